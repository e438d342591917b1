/**
 * `<status-banner>`: one line at the top of an app with the single most important thing now.
 * The class only; `define.ts` registers the tag.
 */
import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { StatusElement } from '../shared/status-element.js';
import { relativeTime } from '../shared/relative-time.js';
import { severityIcon, type Severity } from '../shared/severity.js';
import { StatusDismissEvent } from '../shared/events.js';
import { bannerEntries, nextBannerBoundary, type BannerEntry } from '../../select/banner.js';
import { bannerChange } from '../../select/changes.js';
import { sharedDismissals } from './dismissal.js';
import { bannerStrings, type BannerStrings } from '../../i18n/banner-strings.js';
import type { StringOverrides } from '../../i18n/common-strings.js';
import type { BannerOwnStrings } from '../../i18n/banner-strings.js';
import { counted, fill, pick, timeStrings } from '../../i18n/strings.js';
import { displayLocale } from '../../i18n/locale.js';
import { formatWindow } from '../../time/format.js';
import { styles } from './status-banner.styles.js';

/**
 * Between the title and what follows: a space on screen, and a colon for screen readers, since a
 * space where the line wraps is dropped from the accessibility tree (the live region would say
 * "Queue delaysWe are looking into it").
 */
const SPOKEN_SEPARATOR = html` <span class="visually-hidden">: </span>`;

/**
 * The single most important status line now: an active incident (critical > major > minor),
 * else maintenance in progress, else maintenance starting within `lead` hours, else nothing (or
 * "all systems operational" with `show-operational`, once every listed feed has been read).
 * Dismissing it reveals the next item.
 *
 * @tagname status-banner
 * @summary One status line for the top of an app.
 *
 * @fires {StatusLoadEvent} status-load - A feed was applied; `detail.source` is `network`, `cache`, `peer` or `property` (the `feed` property, once per distinct feed).
 * @fires {StatusErrorEvent} status-error - The feed could not be fetched or read; what is shown does not change.
 * @fires {StatusChangeEvent} status-change - What the banner shows changed; `detail` has the item, its kind and phase. When the "all systems operational" line appears, `detail` is `{ item: undefined, kind: undefined, phase: 'operational' }`; when nothing is shown any more, all three are `undefined`.
 * @fires {StatusDismissEvent} status-dismiss - The user dismissed the shown item; `detail` has the item, its kind and phase.
 *
 * @csspart base - The banner box (absent in layout when nothing is shown).
 * @csspart icon - The severity icon.
 * @csspart label - The severity label ("Major outage", "Scheduled maintenance").
 * @csspart message - The title and latest update or window; the live region.
 * @csspart countdown - The ticking "starts in / ends in" text, outside the live region.
 * @csspart more - The "+N more" link to the status page.
 * @csspart link - The link to the item's own page.
 * @csspart close-button - The dismiss button.
 * @csspart toggle - The "Show more" / "Show less" button of a long update.
 *
 * @cssprop --status-font - Font of the banner (default: inherited).
 * @cssprop --status-radius - Corner radius (default: 0.5rem).
 * @cssprop --status-padding - Inner spacing (default: 0.625rem 1rem).
 * @cssprop --status-critical-bg - Background for critical incidents.
 * @cssprop --status-critical-fg - Text colour for critical incidents.
 * @cssprop --status-major-bg - Background for major incidents.
 * @cssprop --status-major-fg - Text colour for major incidents.
 * @cssprop --status-minor-bg - Background for minor incidents.
 * @cssprop --status-minor-fg - Text colour for minor incidents.
 * @cssprop --status-maintenance-bg - Background for maintenance.
 * @cssprop --status-maintenance-fg - Text colour for maintenance.
 * @cssprop --status-operational-bg - Background of the "all systems operational" line.
 * @cssprop --status-operational-fg - Text colour of the "all systems operational" line.
 * @cssprop --status-focus-ring - Outline of focused links and buttons.
 * @cssprop --status-z-index - Stacking order with `position="sticky"` or `"fixed"` (default: 10).
 */
export class StatusBanner extends StatusElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    lead: { type: Number },
    showOperational: { type: Boolean, attribute: 'show-operational' },
    dismissible: {},
    position: {},
    strings: { attribute: false },
    dismissedVersion: { state: true },
    liveReady: { state: true },
    expandedKey: { state: true },
  };

  /**
   * Finalized now rather than at `customElements.define`: Lit then puts the accessors of
   * `properties` on the prototype, as decorators did at once, so they are there even when
   * another copy of the library holds the tag and this class is never defined (the React
   * wrappers look for a property on the prototype to set it as a property, not an attribute).
   */
  static {
    this.finalize();
  }

  /** Hours before its start that a maintenance window is announced. */
  lead = 48;

  /** Show an "all systems operational" line when nothing else is shown. */
  showOperational = false;

  /**
   * Offer a dismiss button. As a bare attribute every item can be dismissed; `non-critical`
   * keeps critical incidents on screen.
   */
  dismissible?: string;

  /** `static` (in normal flow), `sticky` or `fixed` at the top of the viewport. */
  position: 'static' | 'sticky' | 'fixed' = 'static';

  /** Replace any built-in string (see `BannerStrings`; `statuses` word by word). */
  strings?: StringOverrides<BannerOwnStrings>;

  private dismissedVersion = 0;
  /**
   * Whether the live regions have been on the page for a rendered frame. Until then they stay
   * empty, so content never enters a region in the same render that creates it (a screen reader
   * would take it as the region's initial content and not announce it). Server-rendered HTML
   * (and the element hydrating it) holds the content from the start: it is the page's content.
   */
  private liveReady = isServer || this.serverRendered;
  private liveWait: Promise<void> | undefined;
  /** Whether the shown update is expanded past its first line (the "More" toggle). */
  private expandedKey: string | undefined;
  /** What this update shows (computed in `willUpdate`, read by `render`): every entry, in order. */
  private entries: BannerEntry[] = [];
  /** The entry on screen, for the Escape key. */
  private shownEntry: BannerEntry | undefined;
  /** `status-change` when the shown item, its phase or the operational line changes. */
  private readonly changes = this.shownChanges<string | undefined, never>((memory) =>
    bannerChange(memory, this.shownEntry, !this.shownEntry && this.allFeedsRead && this.showOperational),
  );

  constructor() {
    super();
    // On the host, so Escape works from anything focused inside the banner and from a keydown
    // dispatched on the element itself.
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  protected nextBoundary(now: number): number | undefined {
    return this.model
      ? nextBannerBoundary(this.model, { now, leadMs: this.lead * 3_600_000, filter: this.filter })
      : undefined;
  }

  /**
   * Every entry at this instant, in precedence order, without the dismissed ones. Only what this
   * banner lets the user dismiss stays hidden: a critical incident under `non-critical` always
   * shows, and so does an incident whose impact got worse since it was dismissed.
   */
  private visibleEntries(): BannerEntry[] {
    if (!this.model) return [];
    const dismissals = sharedDismissals();
    return bannerEntries(this.model, {
      now: this.now,
      leadMs: this.lead * 3_600_000,
      filter: this.filter,
    }).filter((entry) => !(this.canDismiss(entry) && entry.hiddenBy.some((key) => dismissals.has(key))));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.showState(['sticky', 'fixed'], this.position);
    this.entries = this.visibleEntries();
    this.shownEntry = this.entries[0];
  }

  protected override firstUpdated(): void {
    if (this.liveReady) return;
    this.liveWait = afterFrame().then(() => {
      this.liveReady = true;
    });
  }

  /** Also waits until the live regions may take content (see `liveReady`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.liveReady || !this.liveWait) return done;
    await this.liveWait;
    return super.getUpdateComplete();
  }

  private canDismiss(entry: BannerEntry): boolean {
    if (this.dismissible === undefined || this.dismissible === null) return false;
    return !(
      this.dismissible === 'non-critical' &&
      entry.kind === 'incident' &&
      entry.item.impact === 'critical'
    );
  }

  /**
   * Hides the entry and reveals the next. Focus that was inside the banner stays in it: on the
   * next item's dismiss button, else the banner's first link or button; only when nothing is
   * left does it go back to the document (the browser's default). Focus elsewhere is never taken.
   */
  private dismiss(entry: BannerEntry): void {
    const hadFocus = this.shadowRoot?.activeElement != null;
    sharedDismissals().add(entry.key);
    this.dismissedVersion++;
    this.emit(new StatusDismissEvent({ item: entry.item, kind: entry.kind, phase: entry.phase }));
    if (!hadFocus) return;
    void this.updateComplete.then(() => {
      const root = this.renderRoot;
      const target =
        root.querySelector<HTMLElement>('[part="close-button"]') ??
        root.querySelector<HTMLElement>('a, button');
      target?.focus();
    });
  }

  private onKeydown(event: KeyboardEvent): void {
    const entry = this.shownEntry;
    if (event.key === 'Escape' && !event.defaultPrevented && entry && this.canDismiss(entry)) {
      event.preventDefault();
      this.dismiss(entry);
    }
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const words = bannerStrings(locale, this.strings);
    const entries = this.entries;
    const entry = this.shownEntry;

    let severity: Severity | undefined;
    let content: TemplateResult | typeof nothing = nothing;
    if (entry) {
      severity =
        entry.kind === 'incident'
          ? (entry.item.impact as Severity)
          : entry.phase === 'in_progress'
            ? 'maintenance'
            : 'scheduled';
      content = this.renderEntry(entry, severity, words, locale);
    } else if (this.allFeedsRead && this.showOperational) {
      severity = 'operational';
      content = html`<span part="label" class="label" dir="auto">${words.operational}</span>`;
    } else if (this.showsErrorLine) {
      severity = 'unavailable';
      content = html`<span part="label" class="label" dir="auto">${words.unavailable}</span>`;
    }
    const assertive =
      entry?.kind === 'incident' && (entry.item.impact === 'major' || entry.item.impact === 'critical');
    const pageUrl = this.model?.page.url;
    const more = entries.length - 1;
    // Until the regions have been on screen for a frame they stay empty (and take no space).
    if (!this.liveReady) {
      severity = undefined;
      content = nothing;
    }
    const { lang, dir } = this.contentLang;

    return html`<div
      part="base"
      class="base ${severity ?? 'empty none'}"
      lang=${lang ?? nothing}
      dir=${dir ?? nothing}
    >
      <div class="main">
        ${severity ? severityIcon(severity) : nothing}
        <div class="text">
          <div part="message" class="message" role="alert" aria-atomic="true" dir="auto">
            ${assertive ? content : nothing}
          </div>
          <div part="message" class="message" role="status" aria-atomic="true" dir="auto">
            ${assertive ? nothing : content}
          </div>
          ${severity && entry ? this.renderToggle(entry, words) : nothing}
          ${severity && entry?.kind === 'maintenance' ? this.renderCountdown(entry, locale) : nothing}
        </div>
      </div>
      ${
        severity && more > 0 && pageUrl
          ? this.link(pageUrl, counted(words.more, more, displayLocale(locale)), 'more')
          : nothing
      }
      ${severity && entry?.item.url ? this.link(entry.item.url, words.details) : nothing}
      ${
        severity && entry && this.canDismiss(entry)
          ? html`<button
              part="close-button"
              class="close"
              type="button"
              aria-label=${fill(words.dismiss, { title: this.withPage(entry.item, entry.item.title, words) })}
              @click=${() => this.dismiss(entry)}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path
                  d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12 19 6.4Z"
                />
              </svg>
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderEntry(
    entry: BannerEntry,
    severity: Severity,
    words: BannerStrings,
    locale: string,
  ): TemplateResult {
    const label = words[severity as keyof BannerStrings] as string;
    if (entry.kind === 'incident') {
      const latest = entry.item.updates[0]?.body;
      const short = latest && firstLine(latest);
      // A long update shows its first line until expanded, for everyone: a live region that
      // reads out a whole essay helps nobody, and laying out 20 000 hidden characters at phone
      // widths held the page. "Show more" puts the rest in, and so announces it.
      const shown = !latest || this.expandedKey === entry.key ? latest : short;
      const detail = html`<span class="detail" id="detail" dir="auto">${shown}</span>`;
      return html`<span part="label" class="label" dir="auto">${label}</span>
        <strong class="title" dir="auto">${this.withPage(entry.item, entry.item.title, words)}</strong>${
          latest ? html`${SPOKEN_SEPARATOR}${detail}` : nothing
        }`;
    }
    const window = formatWindow(entry.window.startsAt, entry.window.endsAt, {
      locale,
      timeZone: this.resolvedTimeZone,
    });
    return html`<span part="label" class="label" dir="auto">${label}</span>
      <strong class="title" dir="auto">${this.withPage(entry.item, entry.item.title, words)}</strong
      >${SPOKEN_SEPARATOR}<span class="detail" dir="auto">${window.text}</span>`;
  }

  /** The "More" / "Less" toggle of a long update (outside the live regions). */
  private renderToggle(entry: BannerEntry, words: BannerStrings): TemplateResult | typeof nothing {
    const latest = entry.kind === 'incident' ? entry.item.updates[0]?.body : undefined;
    if (!latest || firstLine(latest) === latest) return nothing;
    const open = this.expandedKey === entry.key;
    return html`<button
      part="toggle"
      class="toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="detail"
      @click=${() => (this.expandedKey = open ? undefined : entry.key)}
    >
      ${open ? words.showLess : words.showMore}
    </button>`;
  }

  private renderCountdown(
    entry: Extract<BannerEntry, { kind: 'maintenance' }>,
    locale: string,
  ): TemplateResult | typeof nothing {
    const phrases = timeStrings(locale);
    const target = entry.phase === 'upcoming' ? entry.window.startsAt : entry.window.endsAt;
    // A window still marked in progress after its planned end has no honest "ends in".
    if (target <= this.now) return nothing;
    const phrase = pick(entry.phase === 'upcoming' ? phrases.starts : phrases.ends);
    return html`<span part="countdown" class="countdown" dir="auto"
      >${relativeTime(target, displayLocale(locale), (relative) => fill(phrase, { relative }))}</span
    >`;
  }
}

/** Characters of an update shown before "More": about two lines of a wide banner. */
const FIRST_LINE = 140;

/**
 * The first line of an update: its first paragraph or line, cut at a word boundary within
 * `FIRST_LINE` characters, with an ellipsis when anything was left out; the text itself when short.
 */
function firstLine(body: string): string {
  const line = body.split(/\r?\n/, 1)[0]!.trim();
  if (line === body.trim() && line.length <= FIRST_LINE) return body;
  if (line.length <= FIRST_LINE) return `${line}…`;
  const cut = line.slice(0, FIRST_LINE + 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > FIRST_LINE / 2 ? cut.slice(0, space) : cut.slice(0, FIRST_LINE)).trimEnd()}…`;
}

/**
 * Resolves after the page has rendered a frame (an animation frame, then a task), or after
 * 100 ms where frames do not come (a hidden page, which no screen reader is reading).
 */
function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }),
      );
    }
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'status-banner': StatusBanner;
  }
}
