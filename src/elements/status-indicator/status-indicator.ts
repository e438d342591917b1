/**
 * `<status-indicator>`: a compact, live summary of the overall state for a nav bar, a footer, a
 * help menu or a login page. The class only; `define.ts` registers the tag.
 */
import {
  html,
  isServer,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { StatusElement } from '../shared/status-element.js';
import { afterFrame } from '../shared/after-frame.js';
import {
  indicatorSelection,
  nextIndicatorBoundary,
  type IndicatorSelection,
  type IndicatorState,
} from '../../select/indicator.js';
import { indicatorChange } from '../../select/changes.js';
import {
  indicatorStrings,
  type IndicatorOwnStrings,
  type IndicatorStrings,
} from '../../i18n/indicator-strings.js';
import type { StringOverrides } from '../../i18n/common-strings.js';
import { fill } from '../../i18n/strings.js';
import { styles } from './status-indicator.styles.js';

/** What the indicator can show: a state, or the `show-errors` line. */
type Shown = IndicatorState | 'unavailable';

/** The looks: a dot and the state's name, the dot alone, or a pill. */
export type IndicatorVariant = 'text' | 'dot' | 'badge';
const VARIANTS: readonly IndicatorVariant[] = ['text', 'dot', 'badge'];

/**
 * The mark inside the dot of `variant="dot"`, where no text stands beside it: a different shape
 * for every state, so the dot never tells the state by colour alone (16 × 16 grid).
 */
const GLYPHS: Record<Shown, SVGTemplateResult> = {
  operational: svg`<path class="glyph" d="M4.6 8.3 7 10.7l4.4-4.9" />`,
  degraded: svg`<path class="glyph" d="M4.6 8h6.8" />`,
  partial_outage: svg`<path class="glyph" d="M8 4.3v4.4M8 11.5v.2" />`,
  major_outage: svg`<path class="glyph" d="m5.4 5.4 5.2 5.2m0-5.2-5.2 5.2" />`,
  maintenance: svg`<path
    class="glyph solid"
    d="m12.7 11.6-3.6-3.6c.4-.9.2-2-.6-2.8-.8-.8-2-1-3-.5L7.3 6.5 6.1 7.7 4.4 6c-.5 1-.3 2.2.5 3 .8.8 1.8 1 2.8.6l3.6 3.6c.2.2.4.2.6 0l.8-.9c.2-.2.2-.5 0-.7Z"
  />`,
  unavailable: svg`<path class="glyph" d="M6.2 6.3a1.9 1.9 0 1 1 2.7 1.7c-.6.3-.9.7-.9 1.3v.3M8 11.6v.2" />`,
};

/** Margin the tooltip keeps from the edges of the viewport (px). */
const EDGE = 4;

/**
 * The overall state of the feed in a few words: all systems operational, degraded performance,
 * partial outage, major outage, or maintenance in progress (its own state, never an outage).
 * Filtered by `components` and `regions`, it is the state of those. The worst of the active items
 * (by the banner's precedence: an unresolved incident by impact — critical → major outage, major →
 * partial outage, minor or none → degraded —, else a window in progress → maintenance) and of the
 * components' statuses decides, so an unresolved incident never reads as operational, even when
 * every component says `operational`. It changes at the exact instant a window starts or ends,
 * and when the feed changes; a change after the first state is announced politely. Over several
 * feeds (`src` with several URLs) it is the worst state of them all: a state that is not
 * operational shows as soon as a feed says it, "operational" only once every feed has been read.
 *
 * By default a coloured dot and the state's name; `variant="dot"` shows the dot alone (with a mark
 * of its own for each state, an accessible name and a tooltip on hover and keyboard focus);
 * `variant="badge"` a pill. It links to the status page (the feed's `page.url`, or `href`), opening
 * as `link-target` says. Before the feed is known it shows nothing and takes no space (with
 * `show-errors`, a short line when the feed cannot be read).
 *
 * @tagname status-indicator
 * @summary A compact live dot, pill or line with the overall state.
 *
 * @fires {StatusLoadEvent} status-load - A feed was applied; `detail.source` is `network`, `cache`, `peer` or `property` (the `feed` property, once per distinct feed).
 * @fires {StatusErrorEvent} status-error - The feed could not be fetched or read; what is shown does not change.
 * @fires {StatusChangeEvent} status-change - The overall state changed (the first state known included); `detail.state` is the new one (`operational`, `degraded`, `partial_outage`, `major_outage` or `maintenance`), and `item`, `kind` and `phase` the active item that decides it (an incident, `active`, or a window, `in_progress`). When a component's status decides, they are `undefined`; when all is operational, `phase` is `operational`.
 *
 * @csspart base - The indicator: the dot and the state's name (the pill with `variant="badge"`); empty when nothing is known.
 * @csspart link - The link to the status page around the dot and the name.
 * @csspart dot - The coloured dot (an `svg`).
 * @csspart label - The state's name ("Partial outage"); not rendered with `variant="dot"`.
 * @csspart tooltip - The tooltip of `variant="dot"`, shown on hover and keyboard focus (Escape hides it).
 * @csspart announcer - The polite live region (visually hidden) that announces a change of state.
 *
 * @cssprop --status-font - Font of the indicator (default: inherited).
 * @cssprop --status-dot-size - Diameter of the dot (default: 0.625em; 1.125em with `variant="dot"`).
 * @cssprop --status-operational-dot - Dot colour when all systems are operational.
 * @cssprop --status-minor-dot - Dot colour for degraded performance.
 * @cssprop --status-major-dot - Dot colour for a partial outage.
 * @cssprop --status-critical-dot - Dot colour for a major outage.
 * @cssprop --status-maintenance-dot - Dot colour for maintenance in progress.
 * @cssprop --status-unavailable-dot - Dot colour of the `show-errors` line.
 * @cssprop --status-dot-mark - Colour of the mark inside the dot of `variant="dot"` (default: white, or near-black in the dark theme).
 * @cssprop --status-operational-bg - Pill background when all systems are operational (`variant="badge"`).
 * @cssprop --status-operational-fg - Pill text colour when all systems are operational.
 * @cssprop --status-minor-bg - Pill background for degraded performance (and the `show-errors` line).
 * @cssprop --status-minor-fg - Pill text colour for degraded performance (and the `show-errors` line).
 * @cssprop --status-major-bg - Pill background for a partial outage.
 * @cssprop --status-major-fg - Pill text colour for a partial outage.
 * @cssprop --status-critical-bg - Pill background for a major outage.
 * @cssprop --status-critical-fg - Pill text colour for a major outage.
 * @cssprop --status-maintenance-bg - Pill background for maintenance in progress.
 * @cssprop --status-maintenance-fg - Pill text colour for maintenance in progress.
 * @cssprop --status-surface-bg - Background of the tooltip (default: white, or dark).
 * @cssprop --status-surface-fg - Text colour of the tooltip.
 * @cssprop --status-border - Border colour of the tooltip.
 * @cssprop --status-focus-ring - Outline of the focused link.
 * @cssprop --status-z-index - Stacking order of the tooltip (default: 10).
 */
export class StatusIndicator extends StatusElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    variant: {},
    href: {},
    strings: { attribute: false },
    liveReady: { state: true },
    tooltipHidden: { state: true },
  };

  /**
   * Finalized now rather than at `customElements.define`, so the accessors of `properties` are on
   * the prototype even when another copy of the library holds the tag (see StatusBanner).
   */
  static {
    this.finalize();
  }

  /** `text` (a dot and the state's name), `dot` (the dot alone, with a tooltip) or `badge` (a pill). */
  variant: IndicatorVariant = 'text';

  /**
   * Where the indicator links: an http(s) URL (relative to the page, or absolute); default: the
   * feed's status page (`page.url`). Anything else is ignored. Without either it links nowhere.
   */
  href?: string;

  /** Replace any built-in string (see `IndicatorStrings`: `operational`, `degraded`, `partialOutage`, `majorOutage`, `maintenance`, `label`, `unavailable`). */
  strings?: StringOverrides<IndicatorOwnStrings>;

  /**
   * Whether the live region has been on the page for a rendered frame. Until then it stays
   * empty, so an announcement never enters the region in the render that creates it (a screen
   * reader would not take it as a change). On a server, and when hydrating server HTML, it is.
   */
  private liveReady = isServer || this.serverRendered;
  private liveWait: Promise<void> | undefined;
  /** Whether Escape hid the tooltip (until the pointer leaves or focus moves on). */
  private tooltipHidden = false;
  /** What this update shows (computed in `willUpdate`, read by `render`). */
  private selection: IndicatorSelection | undefined;
  /** `status-change` at each new state, and the announcement of each change after the first. */
  private readonly changes = this.shownChanges<IndicatorState, IndicatorState>(
    (memory) => (this.selection ? indicatorChange(memory, this.selection) : undefined),
    (state) => {
      const words = indicatorStrings(this.resolvedLocale, this.strings);
      return fill(words.label, { state: stateName(words, state) });
    },
  );
  /** Hides the tooltip on Escape wherever focus is, while the pointer is over the dot. */
  private readonly onDocumentKeydown = (event: KeyboardEvent) => this.onKeydown(event);

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  protected nextBoundary(now: number): number | undefined {
    return this.model ? nextIndicatorBoundary(this.model, { now, filter: this.filter }) : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const selection = this.model
      ? indicatorSelection(this.model, { now: this.now, filter: this.filter })
      : undefined;
    // "Operational" speaks for every listed feed: only once each has been read.
    this.selection = selection?.state === 'operational' && !this.allFeedsRead ? undefined : selection;
  }

  protected override firstUpdated(): void {
    if (this.liveReady) return;
    this.liveWait = afterFrame().then(() => {
      this.liveReady = true;
    });
  }

  /** Also waits until the live region may take content (see `liveReady`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.liveReady || !this.liveWait) return done;
    await this.liveWait;
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  /** The link's target: `href` when it is an http(s) URL, else the status page, else none. */
  private get linkHref(): string | undefined {
    return safeLink(this.href) ?? this.model?.page.url;
  }

  protected override render() {
    const words = indicatorStrings(this.resolvedLocale, this.strings);
    const shown: Shown | undefined =
      this.selection?.state ?? (this.showsErrorLine ? 'unavailable' : undefined);
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'text';
    const { lang, dir } = this.contentLang;
    // One wrapper whatever is shown, so the live region is one node for the element's lifetime.
    return html`<span class="root" lang=${lang ?? nothing} dir=${dir ?? nothing}>
      <span
        part="base"
        class="base variant-${variant} ${shown ?? 'empty'}${this.tooltipHidden ? ' tooltip-hidden' : ''}"
        @pointerenter=${this.showTooltip}
        @pointerleave=${this.leaveTooltip}
        @focusin=${this.showTooltip}
        @focusout=${this.leaveTooltip}
        >${shown ? this.renderShown(shown, variant, words) : nothing}</span
      ><span part="announcer" class="visually-hidden" role="status" aria-atomic="true"
        >${this.liveReady ? keyed(this.changes.announcements, this.changes.announcement) : nothing}</span
      >
    </span>`;
  }

  private renderShown(shown: Shown, variant: IndicatorVariant, words: IndicatorStrings): TemplateResult {
    const text = stateName(words, shown);
    // The accessible name: the state in a sentence ("Service status: Partial outage"); the error
    // line is a sentence already.
    const name = shown === 'unavailable' ? text : fill(words.label, { state: text });
    const href = this.linkHref;
    const alone = variant === 'dot';
    const dot = html`<svg part="dot" class="dot" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="8" />
      ${alone ? GLYPHS[shown] : nothing}
    </svg>`;
    const label = html`<span part="label" class="label" dir="auto">${text}</span>`;
    const tooltip = alone
      ? html`<span part="tooltip" class="tooltip" aria-hidden="true" dir="auto">${name}</span>`
      : nothing;
    if (href) {
      // The link is named by the sentence, which holds the visible name (WCAG 2.5.3).
      return html`<a
          part="link"
          class="link"
          href=${href}
          target=${this.linkTarget ?? nothing}
          rel="noopener noreferrer"
          aria-label=${name}
          >${dot}${alone ? nothing : label}</a
        >${tooltip}`;
    }
    if (alone) {
      return html`<span class="status" role="img" aria-label=${name}>${dot}</span>${tooltip}`;
    }
    // Read as content: the sentence around the visible name, its other words visually hidden.
    const [before, after] = around(shown === 'unavailable' ? '{state}' : words.label);
    return html`<span class="status"
      >${dot}${before ? html`<span class="visually-hidden">${before}</span>` : nothing}${label}${
        after ? html`<span class="visually-hidden">${after}</span>` : nothing
      }</span
    >`;
  }

  /**
   * Puts the tooltip where it fits: moved along the line so it stays inside the viewport, and
   * above the dot when there is no room below. Measured in the event (it is laid out, hidden).
   */
  private readonly showTooltip = (event: Event): void => {
    if (event.type === 'pointerenter') document.addEventListener('keydown', this.onDocumentKeydown);
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tip) return;
    tip.style.setProperty('--_shift', '0px');
    tip.classList.remove('above');
    const rect = tip.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const shift =
      rect.left < EDGE ? EDGE - rect.left : rect.right > width - EDGE ? width - EDGE - rect.right : 0;
    tip.style.setProperty('--_shift', `${Math.round(shift)}px`);
    const base = tip.parentElement!.getBoundingClientRect();
    if (rect.bottom > innerHeight - EDGE && base.top - rect.height > EDGE) tip.classList.add('above');
  };

  /** The pointer left or focus moved on: Escape's hiding ends with it. */
  private readonly leaveTooltip = (event: Event): void => {
    if (event.type === 'pointerleave') document.removeEventListener('keydown', this.onDocumentKeydown);
    this.tooltipHidden = false;
  };

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || this.tooltipHidden) return;
    const base = this.renderRoot.querySelector('.base');
    if (!base?.querySelector('.tooltip') || !(base.matches(':hover') || base.matches(':focus-within')))
      return;
    event.preventDefault();
    this.tooltipHidden = true;
  }
}

/** A state's name in `words`. */
function stateName(words: IndicatorStrings, shown: Shown): string {
  switch (shown) {
    case 'operational':
      return words.operational;
    case 'degraded':
      return words.degraded;
    case 'partial_outage':
      return words.partialOutage;
    case 'major_outage':
      return words.majorOutage;
    case 'maintenance':
      return words.maintenance;
    case 'unavailable':
      return words.unavailable;
  }
}

/** The words of a `{state}` sentence before and after the state (all of it before, without one). */
function around(sentence: string): [string, string] {
  const at = sentence.indexOf('{state}');
  return at < 0 ? [`${sentence} `, ''] : [sentence.slice(0, at), sentence.slice(at + '{state}'.length)];
}

/**
 * `value` when it is a link to an http(s) URL (absolute, or relative to the page, which cannot
 * change the scheme), else `undefined`: the same parser the browser follows the link with.
 */
function safeLink(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const base = typeof document === 'undefined' ? 'https://localhost/' : document.baseURI;
    const { protocol } = new URL(value, base);
    return protocol === 'http:' || protocol === 'https:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'status-indicator': StatusIndicator;
  }
}
