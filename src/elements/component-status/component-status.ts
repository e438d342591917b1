/**
 * `<component-status>`: the feed's components, flat or grouped, each with its status now and a
 * strip of day bars. The class only; `define.ts` registers the tag.
 */
import {
  html,
  isServer,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { headingLevel, StatusElement } from '../shared/status-element.js';
import { impactSeverity, severityIcon, type Severity } from '../shared/severity.js';
import type { ComponentStatus } from '../../feed/schema.js';
import type { FeedModel } from '../../feed/model.js';
import {
  componentChanges,
  componentEntries,
  componentSections,
  daysThatFit,
  nextComponentBoundary,
  regionItems,
  type ComponentEntry,
  type ComponentMemory,
  type ComponentSection,
} from '../../select/components.js';
import {
  componentHistory,
  stripDays,
  type ComponentHistory,
  type DayBar,
  type DayLevel,
} from '../../select/history.js';
import { incidentEnd } from '../../select/timeline.js';
import { earliestAfter } from '../../select/boundary.js';
import { keyOf } from '../../select/merge.js';
import {
  componentStatusStrings,
  type ComponentStatusOwnStrings,
  type ComponentStatusStrings,
} from '../../i18n/component-strings.js';
import type { StringOverrides } from '../../i18n/common-strings.js';
import { capitalize, counted, fill, type Phrase } from '../../i18n/strings.js';
import { displayLocale } from '../../i18n/locale.js';
import { intl } from '../../i18n/intl.js';
import { formatDuration, formatInstant, formatWindow } from '../../time/format.js';
import { subscribeLists } from '../shared/subscribe.js';
import { styles } from './component-status.styles.js';

const MINUTE = 60_000;
/** The strip's length when `days` is not a number. */
const DEFAULT_DAYS = 90;
/** The severity (icon and colours) a component's status is shown with. */
const STATUS_SEVERITY: Readonly<Record<ComponentStatus, Severity>> = {
  operational: 'operational',
  degraded: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
  maintenance: 'maintenance',
};

/**
 * Between a name and what follows it in a row (a status, a count): nothing on screen, where the
 * row's layout sets them apart, and a comma for screen readers, which would otherwise read
 * "Public APIOperational" (the space between two flex items is not in the accessibility tree).
 */
const SPOKEN_SEPARATOR = html`<span class="visually-hidden">,&nbsp;</span>`;

/** Between the element's edge and a strip's, both sides together (border and padding; CSS pixels). */
const STRIP_INSET = 34;

const chevron = svg`<path d="m9 6 6 6-6 6"/>`;

/** The bar with the keyboard's tab stop or the open popover: a component, a day of its strip. */
interface BarRef {
  id: string;
  index: number;
}

/**
 * The components of the feed, as a list for a settings or help page: each with its status now in
 * words and an icon (the feed's status for it, or worse while an active incident or a window in
 * progress touches it) and a strip of day bars, one per calendar day in the viewer's time zone,
 * coloured by the worst thing that touched it that day (incident impact; maintenance in its own
 * colour; days before the feed's history begins as "no data", never as healthy). Where the feed
 * gives daily uptime, the strip says "99.95% uptime over the last 90 days"; otherwise it says
 * what it counts (incidents and maintenance) and never makes up a percentage.
 *
 * Each bar is a button named by its date and what happened ("18 July 2026: major outage, 7 hr,
 * 45 min; 1 incident"); a strip is one tab stop, the arrow keys (mirrored right to left), Home and
 * End move between its days, and hovering, focusing or clicking a bar opens a popover listing that
 * day's incidents and maintenance windows with links (Tab reaches them; Escape closes it). With
 * `show-groups` the components are in the feed's groups (Statuspage groups, incident.io groups,
 * Better Stack sections), each a heading with a button that collapses it.
 *
 * The strip never scrolls sideways: when the element is too narrow for the days at 5 px a day it
 * shows fewer (90, 60, then 30: 30 at 320 px) and its caption says how many. It measures its own
 * width, not the viewport's, so it fits a side panel as well as a phone: before each render (so
 * the first one already fits, even in a page that is not being painted) and again whenever a
 * `ResizeObserver` says it changed size. On a server, where nothing has a width, it renders every
 * day.
 *
 * @tagname component-status
 * @summary The feed's components with their status and a strip of day bars.
 *
 * @fires {StatusLoadEvent} status-load - A feed was applied; `detail.source` is `network`, `cache`, `peer` or `property` (the `feed` property, once per distinct feed).
 * @fires {StatusErrorEvent} status-error - The feed could not be fetched or read; what is shown does not change.
 * @fires {StatusChangeEvent} status-change - A shown component's status changed (one event per such component, announced politely), or else the list of components shown changed (by the feed or a property; one event, for the first shown). `detail.component` is the component with the status it shows now; `item`, `kind` and `phase` are the active incident or the window in progress behind that status, all `undefined` when it is the feed's own status. Day bars changing (a new day, a longer incident) are not reported.
 *
 * @csspart base - The whole element (takes no space when nothing is shown).
 * @csspart list - The list of components (and groups).
 * @csspart group - A group: its heading and its components.
 * @csspart group-heading - A group's heading (at `heading-level`): its toggle and its worst status.
 * @csspart group-toggle - The button that collapses and expands a group.
 * @csspart group-name - A group's name, inside its toggle.
 * @csspart group-count - "3 components", inside a group's toggle.
 * @csspart group-list - The list of a group's components.
 * @csspart component - One component: its name, status and strip.
 * @csspart name - A component's name.
 * @csspart status - A status in words with its icon (a component's, or a group's worst).
 * @csspart icon - The icon inside a status.
 * @csspart strip - A component's row of day bars (one tab stop).
 * @csspart bar - One day's bar; with `bar-critical`, `bar-major`, `bar-minor`, `bar-maintenance`, `bar-operational` or `bar-nodata` for what the day was.
 * @csspart caption - The line under a strip: the uptime, or what the strip counts, and how many days had incidents.
 * @csspart popover - The box with one day's incidents and maintenance windows.
 * @csspart popover-date - The popover's date.
 * @csspart popover-summary - What the day was, and for how long.
 * @csspart popover-item - One incident or window in the popover.
 * @csspart popover-link - The link to an item's own page.
 * @csspart empty - The line shown with `show-errors` when the feed cannot be read.
 * @csspart announcer - The polite live region (visually hidden) that announces changes of status.
 * @csspart subscribe - The "Get updates" list of the page's subscribe links (`page.subscribe`), below the components; one per page over several feeds, named after it.
 * @csspart subscribe-link - One subscribe link (calendar, Atom/RSS feed, e-mail, Slack, webhooks).
 *
 * @cssprop --status-font - Font of the element (default: inherited).
 * @cssprop --status-radius - Corner radius of the list and the popover (default: 0.5rem).
 * @cssprop --status-padding - Inner spacing of each component (default: 0.75rem 1rem).
 * @cssprop --status-surface-bg - Background of the list and the popover (default: white, or dark).
 * @cssprop --status-surface-fg - Text colour.
 * @cssprop --status-muted - Colour of secondary text: captions and counts (default: the text colour at 72 %).
 * @cssprop --status-border - Colour of borders and dividers.
 * @cssprop --status-critical-bg - Status background for a major outage.
 * @cssprop --status-critical-fg - Status text colour for a major outage.
 * @cssprop --status-major-bg - Status background for a partial outage.
 * @cssprop --status-major-fg - Status text colour for a partial outage.
 * @cssprop --status-minor-bg - Status background for degraded performance.
 * @cssprop --status-minor-fg - Status text colour for degraded performance.
 * @cssprop --status-maintenance-bg - Status background under maintenance.
 * @cssprop --status-maintenance-fg - Status text colour under maintenance.
 * @cssprop --status-operational-bg - Status background when operational.
 * @cssprop --status-operational-fg - Status text colour when operational.
 * @cssprop --status-bar-critical - Bar colour of a day with a critical incident.
 * @cssprop --status-bar-major - Bar colour of a day with a major incident.
 * @cssprop --status-bar-minor - Bar colour of a day with a minor incident.
 * @cssprop --status-bar-maintenance - Bar colour of a day with maintenance (and no incident).
 * @cssprop --status-bar-operational - Bar colour of a day with nothing.
 * @cssprop --status-bar-nodata - Outline colour of a day with no data (drawn hatched, not filled).
 * @cssprop --status-bar-height - Height of the bars (default: 2rem).
 * @cssprop --status-focus-ring - Outline of focused bars, links and buttons.
 */
export class ComponentStatusElement extends StatusElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    days: { type: Number },
    showGroups: { type: Boolean, attribute: 'show-groups' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
    collapsed: { state: true },
    open: { state: true },
    stops: { state: true },
    width: { state: true },
  };

  /**
   * Finalized now rather than at `customElements.define`, so the accessors of `properties` are on
   * the prototype even when another copy of the library holds the tag (see StatusBanner).
   */
  static {
    this.finalize();
  }

  /** How many days each strip shows, today last (a whole number from 1 to 365; fewer on narrow screens). */
  days = 90;

  /** Show the components in the feed's groups, each collapsible, instead of one flat list. */
  showGroups = false;

  /** The level (1–6) of the group headings (with `show-groups`). */
  headingLevel = 2;

  /** Replace any built-in string (see `ComponentStatusStrings`; `statuses` word by word). */
  strings?: StringOverrides<ComponentStatusOwnStrings>;

  /** The groups the user collapsed, by section key (`group:` and the group's `keyOf`). */
  private collapsed: ReadonlySet<string> = new Set();
  /** The bar whose popover is open. */
  private open: BarRef | undefined;
  /** Each strip's tab stop (its day index), where the user moved it; else today. */
  private stops: ReadonlyMap<string, number> = new Map();
  /** The width of a strip, in CSS pixels, once measured (never on a server). */
  private width = 0;

  /** The bar the pointer is over, and the one with focus: the popover follows the latest of them. */
  private hovered: BarRef | undefined;
  private focused: BarRef | undefined;
  /** While Escape hands focus back from a popover to its bar. */
  private closing = false;

  private readonly resizeObserver = isServer
    ? undefined
    : new ResizeObserver(() => {
        this.measure();
      });

  /** What this update shows (computed in `willUpdate`, read by `render`). */
  private entries: ComponentEntry[] = [];
  private sections: ComponentSection[] = [];
  private histories = new Map<string, ComponentHistory>();
  private historyKey = '';
  private historyUntil = -Infinity;
  private shownDays = DEFAULT_DAYS;

  /** Stable DOM ids for components and groups (feed ids and names may hold any character). */
  private readonly domIds = new Map<string, string>();

  /** `status-change` for each shown component whose status changed, or a changed list; see `componentChanges`. */
  private readonly changes = this.shownChanges<ComponentMemory, ComponentEntry[]>(
    (memory) => (this.model ? componentChanges(memory, this.entries) : undefined),
    (entries) => {
      const words = this.words;
      return intl(Intl.ListFormat, displayLocale(this.resolvedLocale), {
        type: 'unit',
        style: 'short',
      }).format(
        entries.map((entry) =>
          fill(words.announce, {
            name: this.withPage(entry.component, entry.component.name, words),
            status: statusWord(words, entry.status),
          }),
        ),
      );
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private get words(): ComponentStatusStrings {
    return componentStatusStrings(this.resolvedLocale, this.strings);
  }

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const model = this.model;
    const filter = this.filter;
    // Once, before the first render with a width; the ResizeObserver follows changes after it.
    if (!isServer && !this.width && this.isConnected) this.measure();
    this.shownDays = daysThatFit(stripDays(Number(this.days)), this.width);
    this.entries = model ? componentEntries(model, filter, this.now) : [];
    this.sections = componentSections(this.entries, this.showGroups);
    for (const { key } of this.sections) {
      if (!this.domIds.has(key)) this.domIds.set(key, `s${this.domIds.size + 1}`);
    }
    this.selectHistories(model);
  }

  /**
   * Each shown component's days, computed again only when what they depend on changed: the feed,
   * the filters, the zone, the days shown, or the clock past the instant they hold until (the
   * end of today, a window's start or end, the next minute while an incident or window is
   * ongoing). Opening a popover or moving between bars reuses them.
   */
  private selectHistories(model: FeedModel | undefined): void {
    if (!model) {
      this.histories = new Map();
      return;
    }
    const timeZone = this.resolvedTimeZone;
    const key = JSON.stringify([this.components, this.regions, timeZone, this.shownDays]);
    if (model === this.historyModel && key === this.historyKey && this.now < this.historyUntil) return;
    const counted = regionItems(model, this.filter);
    const histories = new Map<string, ComponentHistory>();
    for (const entry of this.entries) {
      const id = keyOf(entry.component);
      histories.set(id, componentHistory(counted, id, { now: this.now, days: this.shownDays, timeZone }));
    }
    this.histories = histories;
    this.historyModel = model;
    this.historyKey = key;
    this.historyUntil = this.historyBoundary(this.now) ?? Infinity;
  }
  private historyModel: FeedModel | undefined;

  /** When the days shown change by the clock alone: the end of today, or the next minute while something is ongoing. */
  private historyBoundary(now: number): number | undefined {
    const today = [...this.histories.values()][0]?.days.at(-1)?.end;
    const ongoing = this.entries.some((entry) => entry.cause);
    return earliestAfter(now, [today, ongoing ? now - (now % MINUTE) + MINUTE : undefined]);
  }

  protected nextBoundary(now: number): number | undefined {
    const model = this.model;
    if (!model) return undefined;
    return earliestAfter(now, [
      nextComponentBoundary(model, this.entries, this.filter, now),
      this.historyUntil,
    ]);
  }

  /**
   * Reads how wide a strip is, so that as many days show as fit: a strip's own width, or before
   * any is rendered the element's, less a component's padding and the list's border (what the
   * styles give them by default). Nothing changes while the element has no width (not displayed).
   */
  private measure(): void {
    const strip = [...this.renderRoot.querySelectorAll<HTMLElement>('.strip')].find((s) => s.clientWidth > 0);
    const width = strip?.clientWidth ?? this.clientWidth - STRIP_INSET;
    if (width > 0 && width !== this.width) this.width = width;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The popover sits under its bar: its position along the strip (0 start … 1 end), set
    // through the CSSOM (a style attribute would need 'unsafe-inline' under a strict CSP).
    const popover = this.renderRoot.querySelector<HTMLElement>('.popover:not([hidden])');
    if (popover && this.open) {
      const days = this.histories.get(this.open.id)?.days.length ?? 1;
      popover.style.setProperty('--_at', String((this.open.index + 0.5) / days));
    }
  }

  protected override render() {
    const words = this.words;
    const locale = this.resolvedLocale;
    let content: TemplateResult | typeof nothing = nothing;
    if (this.sections.length) {
      content = html`<ul part="list" class="list" aria-label=${words.list}>
        ${repeat(
          this.sections,
          (section) => section.key,
          (section) =>
            section.kind === 'group'
              ? this.renderGroup(section, words, locale)
              : this.renderComponent(section.entry, words, locale),
        )}
      </ul>`;
    } else if (this.showsErrorLine) {
      content = html`<p part="empty" class="empty unavailable">${words.unavailable}</p>`;
    }
    const { lang, dir } = this.contentLang;
    return html`<div part="base" class="base" lang=${lang ?? nothing} dir=${dir ?? nothing}>
      <div part="announcer" class="visually-hidden" role="status" aria-atomic="true">
        ${keyed(this.changes.announcements, this.changes.announcement)}
      </div>
      ${content}
      ${
        this.sections.length
          ? subscribeLists(this.model, words, (href, label, part) => this.link(href, label, part))
          : nothing
      }
    </div>`;
  }

  private renderStatus(status: ComponentStatus, words: ComponentStatusStrings): TemplateResult {
    const severity = STATUS_SEVERITY[status];
    return html`<span part="status" class="status ${severity}"
      >${severityIcon(severity)}<span>${statusWord(words, status)}</span></span
    >`;
  }

  private renderGroup(
    group: ComponentSection & { kind: 'group' },
    words: ComponentStatusStrings,
    locale: string,
  ): TemplateResult {
    const id = this.domIds.get(group.key)!;
    const open = !this.collapsed.has(group.key);
    const count = group.entries.length;
    return html`<li part="group" class="group">
      <div part="group-heading" class="group-heading" role="heading" aria-level=${this.level}>
        <button
          part="group-toggle"
          class="group-toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${id}-list"
          @click=${() => this.toggleGroup(group.key)}
        >
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true">${chevron}</svg>
          <span part="group-name" class="group-name" dir="auto"
            >${this.withPage(group.entries[0]!.component, group.name, words)}</span
          >${SPOKEN_SEPARATOR}<span part="group-count" class="group-count"
            >${this.say(words.groupCount, { n: count }, locale, count)}</span
          ></button
        >${SPOKEN_SEPARATOR}${this.renderStatus(group.status, words)}
      </div>
      <ul part="group-list" class="group-list" id="${id}-list" ?hidden=${!open}>
        ${repeat(
          group.entries,
          (entry) => entry.key,
          (entry) => this.renderComponent(entry, words, locale),
        )}
      </ul>
    </li>`;
  }

  private renderComponent(
    entry: ComponentEntry,
    words: ComponentStatusStrings,
    locale: string,
  ): TemplateResult {
    const { component } = entry;
    const id = keyOf(component);
    const history = this.histories.get(id);
    // Over several feeds, named after its page, unless its group's heading says it.
    const name =
      this.showGroups && component.group !== undefined
        ? component.name
        : this.withPage(component, component.name, words);
    return html`<li part="component" class="component">
      <div class="header">
        <span part="name" class="name" dir="auto">${name}</span
        >${SPOKEN_SEPARATOR}${this.renderStatus(entry.status, words)}
      </div>
      ${history ? this.renderHistory(id, name, history, words, locale) : nothing}
    </li>`;
  }

  private renderHistory(
    id: string,
    name: string,
    history: ComponentHistory,
    words: ComponentStatusStrings,
    locale: string,
  ): TemplateResult {
    const days = history.days;
    const count = days.length;
    const stop = Math.min(this.stops.get(id) ?? count - 1, count - 1);
    const open = this.open?.id === id && this.open.index < count ? this.open.index : -1;
    const range = this.say(words.range, { days: count }, locale, count);
    const incidentDays = days.filter(
      (day) => day.level === 'critical' || day.level === 'major' || day.level === 'minor',
    ).length;
    const uptime = history.source === 'uptime' && history.uptimePercent !== undefined;
    const caption = uptime
      ? this.say(
          words.uptime,
          { days: count, percent: this.percent(history.uptimePercent!, locale) },
          locale,
          count,
        )
      : this.say(words.history, { days: count }, locale, count);
    return html`<div
        class="track"
        @keydown=${(event: KeyboardEvent) => this.onKeydown(event, id, count)}
        @focusin=${(event: FocusEvent) => this.onFocusIn(event, id)}
        @focusout=${(event: FocusEvent) => this.onFocusOut(event, id)}
        @pointerleave=${() => this.onPointerLeave(id)}
      >
        <div
          part="strip"
          class="strip"
          role="group"
          aria-label=${fill(words.strip, { name, range })}
          @pointerover=${(event: PointerEvent) => this.onPointerOver(event, id)}
          @click=${(event: MouseEvent) => this.onClick(event, id)}
        >
          ${days.map(
            (day, index) =>
              html`<button
                part="bar bar-${day.level}"
                class="bar ${day.level}"
                type="button"
                tabindex=${index === stop ? '0' : '-1'}
                aria-label=${this.dayLabel(day, words, locale)}
                aria-expanded=${index === open ? 'true' : 'false'}
              ></button>`,
          )}
        </div>
        <div part="popover" class="popover" ?hidden=${open < 0}>
          ${open >= 0 ? this.renderPopover(days[open]!, words, locale) : nothing}
        </div>
      </div>
      <p part="caption" class="caption">
        <span class="caption-text">${caption}</span>
        ${
          uptime
            ? nothing
            : html`<span class="caption-count"
                >${incidentDays ? this.say(words.incidentDays, { n: incidentDays }, locale, incidentDays) : words.noIncidentDays}</span
              >`
        }
      </p>`;
  }

  private renderPopover(day: DayBar, words: ComponentStatusStrings, locale: string): TemplateResult {
    const shown = displayLocale(locale);
    const zoned = { locale, timeZone: this.resolvedTimeZone };
    const item = (severity: Severity, label: string, title: string, url: string | undefined, when: string) =>
      html`<li part="popover-item" class="popover-item">
        <span class="popover-badge ${severity}">${severityIcon(severity)}<span>${label}</span></span>
        <span class="popover-title" dir="auto">${url ? this.link(url, title, 'popover-link') : title}</span>
        <span class="popover-when">${when}</span>
      </li>`;
    const items = [
      ...day.incidents.map((incident) => {
        const severity = impactSeverity(incident.impact);
        const label = incident.impact === 'none' ? words.noImpact : words[incident.impact];
        const when =
          incident.status === 'resolved'
            ? formatWindow(incident.startedAt, incidentEnd(incident), zoned).text
            : `${formatInstant(incident.startedAt, zoned)} · ${words.statuses[incident.status]}`;
        return item(severity, label, this.withPage(incident, incident.title, words), incident.url, when);
      }),
      ...day.maintenances.map(({ item: maintenance, startsAt, endsAt }) =>
        item(
          'maintenance',
          words.maintenanceLabel,
          this.withPage(maintenance, maintenance.title, words),
          maintenance.url,
          formatWindow(startsAt, endsAt, zoned).text,
        ),
      ),
    ];
    return html`<p part="popover-date" class="popover-date">${this.date(day, locale)}</p>
      <p part="popover-summary" class="popover-summary">
        ${capitalize(this.summary(day, words, locale), shown)}
      </p>
      ${
        items.length
          ? html`<ul class="popover-items">
              ${items}
            </ul>`
          : nothing
      }`;
  }

  /** A day's date in the viewer's language: "18 July 2026", "July 18, 2026" (each strip has the same dates: kept). */
  private date(day: DayBar, locale: string): string {
    const key = `${locale} ${day.date}`;
    let text = this.dates.get(key);
    if (text === undefined) {
      const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
      text = intl(Intl.DateTimeFormat, locale, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(year, month - 1, date));
      if (this.dates.size >= 1000) this.dates.clear();
      this.dates.set(key, text);
    }
    return text;
  }
  private readonly dates = new Map<string, string>();

  /** What a day was: "major outage, 7 hr, 45 min" (with the day's uptime first where known). */
  private summary(day: DayBar, words: ComponentStatusStrings, locale: string): string {
    const shown = displayLocale(locale);
    const level = dayWord(words, day.level);
    const minutes =
      day.level === 'maintenance'
        ? day.maintenanceMinutes
        : day.level === 'critical' || day.level === 'major' || day.level === 'minor'
          ? day.incidentMinutes
          : 0;
    let summary =
      minutes > 0 ? fill(words.dayDuration, { level, duration: formatDuration(minutes, shown) }) : level;
    if (day.uptime !== undefined)
      summary = fill(words.dayUptime, { percent: this.percent(day.uptime, locale), summary });
    return summary;
  }

  /**
   * A bar's accessible name: "18 July 2026: major outage, 7 hr, 45 min; 1 incident". Kept per day
   * (the days are kept until they are computed again) for as long as the language and the
   * strings stay: a strip of 90 days is 90 names, and an update for a popover needs none of them.
   */
  private dayLabel(day: DayBar, words: ComponentStatusStrings, locale: string): string {
    if (this.labelsFor !== locale || this.labelStrings !== this.strings) {
      this.labels = new WeakMap();
      this.labelsFor = locale;
      this.labelStrings = this.strings;
    }
    let label = this.labels.get(day);
    if (label === undefined) {
      label = this.describeDay(day, words, locale);
      this.labels.set(day, label);
    }
    return label;
  }
  private labels = new WeakMap<DayBar, string>();
  private labelsFor = '';
  private labelStrings: unknown;

  private describeDay(day: DayBar, words: ComponentStatusStrings, locale: string): string {
    const shown = displayLocale(locale);
    const counts = [
      ...(day.incidents.length
        ? [this.say(words.incidentCount, { n: day.incidents.length }, locale, day.incidents.length)]
        : []),
      ...(day.maintenances.length
        ? [this.say(words.maintenanceCount, { n: day.maintenances.length }, locale, day.maintenances.length)]
        : []),
    ];
    const summary = this.summary(day, words, locale);
    return fill(words.day, {
      date: this.date(day, locale),
      summary: counts.length
        ? fill(words.dayItems, {
            summary,
            items: intl(Intl.ListFormat, shown, { type: 'conjunction' }).format(counts),
          })
        : summary,
    });
  }

  /** A percentage of availability, never rounded up to look better: 99.999 → "99.99%". */
  private percent(value: number, locale: string): string {
    const floored = Math.floor(value * 100 + 1e-9) / 100;
    return intl(Intl.NumberFormat, displayLocale(locale), {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(floored / 100);
  }

  /** A phrase in its plural form for `count`, filled, in the language of the strings. */
  private say(
    phrase: Phrase,
    values: Record<string, string | number>,
    locale: string,
    count: number,
  ): string {
    return counted(phrase, count, displayLocale(locale), values);
  }

  private toggleGroup(name: string): void {
    const collapsed = new Set(this.collapsed);
    if (!collapsed.delete(name)) collapsed.add(name);
    this.collapsed = collapsed;
  }

  /** Opens the popover of `bar` (and makes it its strip's tab stop). */
  private show(bar: BarRef): void {
    if (this.open?.id !== bar.id || this.open.index !== bar.index) this.open = bar;
    if (this.stops.get(bar.id) !== bar.index) this.stops = new Map(this.stops).set(bar.id, bar.index);
  }

  /** The day index of the bar `event` happened on (its place in its strip), if it did. */
  private barAt(event: Event): number | undefined {
    const bar = (event.target as Element | null)?.closest?.('.bar');
    const index = bar?.parentElement ? Array.prototype.indexOf.call(bar.parentElement.children, bar) : -1;
    return index >= 0 ? index : undefined;
  }

  private onClick(event: MouseEvent, id: string): void {
    const index = this.barAt(event);
    if (index !== undefined) this.show({ id, index });
  }

  private onFocusIn(event: FocusEvent, id: string): void {
    const index = this.barAt(event);
    if (index === undefined) return;
    this.focused = { id, index };
    // Focus coming back from a popover closed with Escape does not open it again.
    if (this.closing) this.closing = false;
    else this.show(this.focused);
  }

  /** Focus left the strip and its popover: the popover follows the pointer, if it is still over a bar, else closes. */
  private onFocusOut(event: FocusEvent, id: string): void {
    const track = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && track.contains(event.relatedTarget)) return;
    this.focused = undefined;
    if (this.open?.id === id) this.open = this.hovered;
  }

  private onPointerOver(event: PointerEvent, id: string): void {
    const index = this.barAt(event);
    // Touch has no hover: a tap is a click, which opens the popover as well.
    if (index === undefined || event.pointerType === 'touch') return;
    this.hovered = { id, index };
    this.show(this.hovered);
  }

  private onPointerLeave(id: string): void {
    this.hovered = undefined;
    if (this.open?.id === id) this.open = this.focused?.id === id ? this.focused : undefined;
  }

  /**
   * Arrow keys (mirrored right to left), Home and End move between a strip's days; Escape closes
   * the popover (focus in it goes back to its bar, so it is not lost with the popover).
   */
  private onKeydown(event: KeyboardEvent, id: string, count: number): void {
    if (event.key === 'Escape') {
      if (!this.open) return;
      const index = this.open.index;
      const inPopover = (event.target as Element | null)?.closest?.('.popover');
      this.open = undefined;
      this.hovered = undefined;
      if (inPopover) {
        this.closing = true;
        this.bar(event, index)?.focus();
        this.closing = false;
      }
      event.preventDefault();
      return;
    }
    const from = this.barAt(event);
    if (from === undefined) return;
    const strip = (event.target as HTMLElement).closest('.strip') as HTMLElement;
    const rtl = getComputedStyle(strip).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? count - 1
          : step === undefined
            ? undefined
            : from + step;
    if (to === undefined) return;
    event.preventDefault();
    const target = Math.min(count - 1, Math.max(0, to));
    this.stops = new Map(this.stops).set(id, target);
    this.bar(event, target)?.focus();
  }

  /** The bar at `index` of the strip `event` happened in. */
  private bar(event: Event, index: number): HTMLElement | null | undefined {
    const track = event.currentTarget as HTMLElement;
    return track.querySelectorAll<HTMLElement>('.bar')[index];
  }
}

/** A component status in words. */
function statusWord(words: ComponentStatusStrings, status: ComponentStatus): string {
  switch (status) {
    case 'operational':
      return words.operational;
    case 'degraded':
      return words.degraded;
    case 'partial_outage':
      return words.partialOutage;
    case 'major_outage':
      return words.majorOutage;
    case 'maintenance':
      return words.underMaintenance;
  }
}

/** What a day was, in words. */
function dayWord(words: ComponentStatusStrings, level: DayLevel): string {
  switch (level) {
    case 'critical':
      return words.dayCritical;
    case 'major':
      return words.dayMajor;
    case 'minor':
      return words.dayMinor;
    case 'maintenance':
      return words.dayMaintenance;
    case 'operational':
      return words.dayOperational;
    case 'nodata':
      return words.dayNoData;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'component-status': ComponentStatusElement;
  }
}
