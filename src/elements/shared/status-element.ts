/**
 * What every status element shares: the common attributes of the design, the feed controller,
 * the viewer's locale and zone, and re-rendering at the exact instant a phase changes (on the
 * page's shared scheduler, never by polling). Not registered; subclasses are.
 */
import {
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { FeedFormat, FeedItem, FeedModel, FeedOrigin, StatusPage } from '../../feed/model.js';
import type { FeedInput } from '../../feed/input.js';
import { canonicalLang, nearestLang, resolveLocale, textDirection } from '../../i18n/locale.js';
import { languageReady, loadLanguage } from '../../i18n/languages.js';
import { isTimeZone } from '../../feed/instant.js';
import { sharedClock } from '../../time/clock.js';
import { sharedScheduler } from '../../time/scheduler.js';
import { viewerTimeZone } from '../../time/zone.js';
import { makeFilter, type ItemFilter } from '../../select/filter.js';
import { fill } from '../../i18n/strings.js';
import type { CommonStrings } from '../../i18n/common-strings.js';
import { FeedController } from './feed-controller.js';
import { LangController } from './lang-observer.js';
import { ShownChangeController } from './shown-change.js';
import type { ShownDiff } from '../../select/changes.js';

/**
 * A heading level from an attribute: a whole number from 1 to 6 (0 and below are 1, 7 and
 * above 6), or `fallback` when it is not a number. The same rule in every element.
 */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : fallback;
}

/**
 * The level of the headings one below `level`, or `undefined` at level 6 (there is no level 7:
 * such sections show their titles as labels, never as headings equal to the title's).
 */
export function subheadingLevel(level: number): number | undefined {
  return level < 6 ? level + 1 : undefined;
}

/** One console warning per server for an element rendered in a language that has not loaded. */
function warnServerLanguage(locale: string): void {
  if (serverLanguageWarned) return;
  serverLanguageWarned = true;
  console.warn(
    `status-widgets: an element in "${locale}" rendered an empty shell on the server, where ` +
      `languages other than English cannot load while rendering: import 'status-widgets/languages' ` +
      `on the server before rendering.`,
  );
}

/**
 * The base of every status element: the shared attributes and properties, which each element's
 * manifest entry lists as inherited. Not a custom element itself (no tag).
 */
let feedAttributeWarned = false;
let serverLanguageWarned = false;

/**
 * One console warning per page for a `feed` *attribute*: a framework that sets attributes (React
 * 18, or React 19 before the element is defined) hands over `"[object Object]"`, and the
 * element cannot read a feed from that. It says what to do instead.
 */
function warnFeedAttribute(element: Element): void {
  if (feedAttributeWarned) return;
  feedAttributeWarned = true;
  const tag = element.localName;
  console.warn(
    `status-widgets: <${tag}> has a feed attribute (${JSON.stringify(element.getAttribute('feed')?.slice(0, 40))}), ` +
      `which it ignores: feed is a property. Set it as one (element.feed = document; Vue :feed.prop, ` +
      `Lit .feed), use status-widgets/react in React 18, and in React 19 load the define module ` +
      `before the first render, so React sees a defined element and sets the property.`,
  );
}

export abstract class StatusElement extends LitElement {
  /**
   * Lit's reactive properties, declared without decorators (so no decorator code ships); each
   * field below documents its own. With `useDefineForClassFields: false` a field's initializer
   * is an assignment in the constructor, which goes through Lit's accessor.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    interval: { type: Number },
    feed: { attribute: false },
    format: {},
    withCredentials: { type: Boolean, attribute: 'with-credentials' },
    components: {},
    regions: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    theme: {},
    linkTarget: { attribute: 'link-target' },
    showErrors: { type: Boolean, attribute: 'show-errors' },
    now: { state: true },
  };

  /**
   * URL of the status feed (native format, or a Statuspage, incident.io, Instatus or Better Stack
   * document), or several URLs separated by spaces: the element then shows their merge, each item
   * titled with its page's name.
   */
  src?: string;

  /** Seconds between polls; 0 fetches once. */
  interval = 60;

  /**
   * A feed given directly (frameworks, server rendering, tests): a native or vendor feed object,
   * or JSON text, or an array of them (shown merged, as `src` with several URLs). When set, `src`
   * is not fetched. A property only: as an attribute it would be
   * text such as `[object Object]` (the element warns once and ignores it).
   */
  feed?: FeedInput | undefined;

  /** Read the feed as this format instead of detecting it: `native`, `statuspage`, `incidentio`, `instatus`, `betterstack`. */
  format?: FeedFormat;

  /** Send cookies with the feed request (`credentials: 'include'`). */
  withCredentials = false;

  /** Only items touching these components (comma list of ids or names, any case). */
  components?: string;

  /** Only items touching these regions (comma list of ids or names, any case). */
  regions?: string;

  /** BCP 47 language tag; default: the nearest `lang` attribute, then the browser's language. */
  locale?: string;

  /** IANA time zone to show times in; default: the viewer's own. */
  timeZone?: string;

  /** `light`, `dark` or `auto` (follows the operating system). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** Where links open: a browsing context name such as `_blank` (default: the same page). */
  linkTarget?: string;

  /** Show a short line when the feed cannot be read and nothing is known yet. */
  showErrors = false;

  protected readonly data = new FeedController(this, (event) => this.emit(event));

  /**
   * Whether the element came with server-rendered content (declarative shadow DOM from Lit
   * SSR). It stays on screen, untouched, until the element knows its feed; then the first
   * render replaces it in one task (see `update`).
   */
  protected readonly serverRendered: boolean = !isServer && Boolean(this.shadowRoot?.firstChild);
  private serverContent = this.serverRendered;

  /** Custom states (`:state(dark)`) that style the host from its properties; none on a server. */
  private readonly states: CustomStateSet | undefined = isServer ? undefined : this.attachInternals().states;

  /** Re-renders when a `lang` attribute changes on the page (run-time language switch). */
  protected readonly langs = new LangController(this);

  /** Re-rendered at each phase boundary; the instant the current render is for. */
  protected now = sharedClock().now();

  private cancelBoundary: (() => void) | undefined;

  /**
   * The feed to show. On a server, none while the element's language has not loaded: server
   * rendering is synchronous and cannot wait for it, so the element renders its empty shell
   * (the browser then renders it in full) rather than English words on a German page.
   */
  protected get model(): FeedModel | undefined {
    if (isServer && !languageReady(this.resolvedLocale)) {
      warnServerLanguage(this.resolvedLocale);
      return undefined;
    }
    return this.data.model;
  }

  protected get resolvedLocale(): string {
    return resolveLocale(this.locale, this);
  }

  /**
   * `lang` and `dir` for the element's content when its language differs from the page's
   * (WCAG 3.1.2, language of parts): a screen reader then reads it in the right voice, and a
   * right-to-left language (Arabic, Hebrew, …, with or without built-in strings) reads right to
   * left in a left-to-right page and the other way round. Only for a `locale` the author set;
   * empty when the page's language applies.
   */
  protected get contentLang(): { lang?: string; dir?: 'ltr' | 'rtl' } {
    if (!canonicalLang(this.locale)) return {};
    const locale = this.resolvedLocale;
    const page = canonicalLang(nearestLang(this));
    if (page?.toLowerCase() === locale.toLowerCase()) return {};
    return { lang: locale, dir: textDirection(locale) };
  }

  protected get resolvedTimeZone(): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : viewerTimeZone();
  }

  protected get filter(): ItemFilter {
    return makeFilter(this.components, this.regions);
  }

  /**
   * Whether every listed feed has been read: only then may the element say that nothing is wrong
   * ("All systems operational", "No incidents"). Items from the feeds read show at once.
   */
  protected get allFeedsRead(): boolean {
    return this.model !== undefined && this.data.complete;
  }

  /**
   * `text` (an item's title, a component's or group's name) after the name of the page `entry`
   * comes from, when the element reads several feeds ("Stripe: Payments API degraded").
   */
  protected withPage(entry: { origin?: FeedOrigin | undefined }, text: string, words: CommonStrings): string {
    const page = entry.origin?.name;
    return page ? fill(words.fromPage, { page, title: text }) : text;
  }

  /** The status page an item comes from: its feed's (over several feeds), else the feed's. */
  protected pageOf(item: FeedItem | undefined): StatusPage | undefined {
    return item?.origin ?? this.model?.page;
  }

  /** Whether to show the `show-errors` line: asked for, no feed known, and the feed failed. */
  protected get showsErrorLine(): boolean {
    return !this.model && this.data.state === 'error' && this.showErrors;
  }

  /**
   * A link to a page the feed names (http(s) only, as the schema guarantees), opening as
   * `link-target` says, never passing the referrer or an opener: part and class are `part`.
   */
  protected link(href: string, label: unknown, part = 'link'): TemplateResult {
    return html`<a
      part=${part}
      class=${part}
      dir="auto"
      href=${href}
      target=${this.linkTarget ?? nothing}
      rel="noopener noreferrer"
      >${label}</a
    >`;
  }

  /**
   * Fires `event` on the element: every event of every element goes out here (feed loads and
   * errors, shown changes, dismissals).
   */
  protected emit(event: Event): void {
    this.dispatchEvent(event);
  }

  /**
   * The element's shown-change controller (see `shown-change.ts`), firing through `emit`:
   * `compare` is its comparison from `select/changes.ts`, `say` the sentence for an announcement.
   */
  protected shownChanges<Memory, Said>(
    compare: (memory: Memory | undefined) => ShownDiff<Memory, Said> | undefined,
    say?: (said: Said) => string,
  ): ShownChangeController<Memory, Said> {
    return new ShownChangeController(this, (event) => this.emit(event), compare, say);
  }

  /** The next instant at which what this element shows changes by the clock alone. */
  protected abstract nextBoundary(now: number): number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasAttribute('feed')) warnFeedAttribute(this);
    // Render again on (re)connection: that re-arms the phase timer `disconnectedCallback`
    // cancelled, even when the clock has not moved since the last render.
    this.now = sharedClock().now();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelBoundary?.();
    this.cancelBoundary = undefined;
  }

  /**
   * Every update waits until the phrases of the element's language have loaded (languages.ts;
   * English is always there), so the first render is in the right language and a change of
   * `lang` or `locale` keeps the old words on screen until the new ones are there.
   * `updateComplete` resolves after that render.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.resolvedLocale;
    if (languageReady(locale)) return super.scheduleUpdate();
    return loadLanguage(locale).then(() => super.scheduleUpdate());
  }

  /**
   * Server-rendered content waits for the feed: until the element has one (from its `feed`
   * property, the cache or the network), the server's HTML stays as it is, so nothing flashes
   * empty, and a failing feed leaves it on screen as the last good content.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.serverContent) return super.shouldUpdate(changed);
    this.data.sync();
    return this.model !== undefined;
  }

  /**
   * The first render after server rendering replaces the server's nodes (not its styles) in the
   * same task, instead of hydrating them: the browser's own language, zone and clock may differ
   * from the server's, which hydration cannot take in. Works with and without Lit's hydrate
   * support (`@lit-labs/ssr-client`) on the page: its flag that makes `update` hydrate instead
   * of render is cleared under both its names, `_$needsHydration` in its development build and
   * `_$AG` in its production build (a stable minified name, which Lit never reassigns).
   */
  protected override update(changed: PropertyValues): void {
    if (this.serverContent) {
      this.serverContent = false;
      const hydrateSupport = this as { _$needsHydration?: boolean; _$AG?: boolean };
      hydrateSupport._$needsHydration = false;
      hydrateSupport._$AG = false;
      for (const node of [...this.renderRoot.childNodes]) {
        if (!(node instanceof HTMLStyleElement)) node.remove();
      }
      if (!this.renderOptions.renderBefore?.isConnected) this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  protected override willUpdate(_changed: PropertyValues): void {
    // The feed first (the controller's own hook runs after willUpdate), so what subclasses
    // compute in willUpdate is computed from the current feed.
    this.data.sync();
    this.now = sharedClock().now();
    this.showState(['dark', 'auto'], this.theme);
  }

  /**
   * Makes `value` the one custom state of `names` the host has (`:host(:state(dark))` in the
   * styles), so a property styles the host without the element writing an attribute onto it.
   */
  protected showState(names: readonly string[], value: string): void {
    for (const name of names) {
      if (name === value) this.states?.add(name);
      else this.states?.delete(name);
    }
  }

  protected override updated(_changed: PropertyValues): void {
    this.cancelBoundary?.();
    this.cancelBoundary = undefined;
    const at = this.model ? this.nextBoundary(this.now) : undefined;
    if (at !== undefined && this.isConnected) {
      this.cancelBoundary = sharedScheduler().at(at, () => {
        this.cancelBoundary = undefined;
        this.requestUpdate();
      });
    }
  }
}
