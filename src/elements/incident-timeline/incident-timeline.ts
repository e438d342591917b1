/**
 * `<incident-timeline>`: incidents (active first, then the history window), each with its impact,
 * what it touched, when, how long, and its updates as a timeline; or one incident by id.
 * The class only; `define.ts` registers the tag.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { headingLevel, StatusElement } from '../shared/status-element.js';
import { elapsedTime, relativeTime } from '../shared/relative-time.js';
import { plainText } from '../shared/plain-text.js';
import { impactSeverity, severityIcon, type Severity } from '../shared/severity.js';
import type { FeedModel } from '../../feed/model.js';
import {
  historyDays,
  incidentEnd,
  nextTimelineBoundary,
  timelineEntries,
  type TimelineEntry,
  type TimelineOptions,
  updateKey,
} from '../../select/timeline.js';
import { timelineChanges, type TimelineMemory } from '../../select/changes.js';
import { keyOf } from '../../select/merge.js';
import {
  timelineStrings,
  type TimelineOwnStrings,
  type TimelineStrings,
} from '../../i18n/timeline-strings.js';
import type { StringOverrides } from '../../i18n/common-strings.js';
import { capitalize, counted, fill, pick, timeStrings, type Phrase } from '../../i18n/strings.js';
import { displayLocale } from '../../i18n/locale.js';
import { formatDuration, formatInstant, formatWindow } from '../../time/format.js';
import { intl } from '../../i18n/intl.js';
import { subscribeLists } from '../shared/subscribe.js';
import { styles } from './incident-timeline.styles.js';

const MINUTE = 60_000;
/** Updates shown per item before "Show all N updates" (in lists; one named incident shows all). */
const COLLAPSED_UPDATES = 3;
/**
 * Long lists of updates are rendered in pieces: this many at first, as many more in each later
 * task, so no render of a long timeline holds the page for long.
 */
const UPDATE_CHUNK = 50;

/**
 * Incidents as a status page shows them, inside an app: active incidents first, then those
 * resolved within the last `days` days (newest first), or the one incident named by `incident`.
 * Each shows its impact (icon and text), status, affected components and regions, its start and
 * resolution in the viewer's zone (named), how long it lasted (or a ticking "ongoing for"), a
 * link to its page (and, once resolved, to its post-incident review), and its updates as a timeline: the latest three, with a button for the rest.
 * `limit` items show at first, with a "Show more" button for the next page (when it reveals the
 * last page, focus moves to the first item revealed). A new update on a shown item is inserted
 * without re-rendering the rest and announced once, politely; items not shown (beyond the pages
 * revealed) are neither announced nor reported. Below the items, a "Get updates" list holds the
 * page's subscribe links (`page.subscribe`), when the feed has them.
 *
 * @tagname incident-timeline
 * @summary Incidents with their updates as a timeline, and the recent history.
 *
 * @fires {StatusLoadEvent} status-load - A feed was applied; `detail.source` is `network`, `cache`, `peer` or `property` (the `feed` property, once per distinct feed).
 * @fires {StatusErrorEvent} status-error - The feed could not be fetched or read; what is shown does not change.
 * @fires {StatusChangeEvent} status-change - A shown item has a new update (one event per such item), or else the set of items shown changed by the feed, the clock or a property (not by "Show more"). `detail` has the item (for a set change, the first shown, or `undefined` when nothing is shown), its kind (`incident` or `maintenance`) and its phase (`active`, `resolved`, `in_progress`, `completed`); `update` only for a new update: a shown item's latest update that is new in this feed, which includes the latest update of an item that is new in the feed. A set change without a new update (an item ageing out of the `days` window, a filter) has no `update`.
 *
 * @csspart base - The whole timeline (takes no space when nothing is shown).
 * @csspart list - The list of items.
 * @csspart incident - One item's card (an incident, or a maintenance window with `include-maintenance`).
 * @csspart header - The row with the badge, the title and the status.
 * @csspart badge - The impact badge: icon and text.
 * @csspart icon - The impact icon inside the badge.
 * @csspart title - The item's title (a heading at `heading-level`).
 * @csspart status - The item's current status ("Resolved", "Monitoring").
 * @csspart meta - The facts: affected components and regions, start and resolution.
 * @csspart duration - "Lasted 7 hr, 45 min" or the ticking "Ongoing for 2 hr, 10 min".
 * @csspart link - The link to the item's own page.
 * @csspart report-link - "Read the post-incident review": a resolved incident's `reportUrl`.
 * @csspart updates - The list of updates.
 * @csspart update - One update.
 * @csspart update-status - An update's status word.
 * @csspart update-time - An update's date and time (zone named).
 * @csspart update-relative - An update's ticking relative time ("3 hours ago").
 * @csspart update-body - An update's text (paragraphs, links).
 * @csspart toggle - The "Show all N updates" / "Show fewer updates" button.
 * @csspart more - The "Show N more" button below the list.
 * @csspart empty - The line shown with `show-empty` when nothing happened (or with `show-errors` when the feed cannot be read).
 * @csspart announcer - The polite live region (visually hidden) that announces new updates.
 * @csspart subscribe - The "Get updates" list of the page's subscribe links (`page.subscribe`), below the items; one per page over several feeds, named after it.
 * @csspart subscribe-link - One subscribe link (calendar, Atom/RSS feed, e-mail, Slack, webhooks).
 *
 * @cssprop --status-font - Font of the timeline (default: inherited).
 * @cssprop --status-radius - Corner radius of the cards (default: 0.5rem).
 * @cssprop --status-padding - Inner spacing of the cards (default: 0.875rem 1rem).
 * @cssprop --status-surface-bg - Background of the cards (default: white, or dark).
 * @cssprop --status-surface-fg - Text colour of the cards.
 * @cssprop --status-muted - Colour of secondary text: times and labels (default: the text colour at 72 %).
 * @cssprop --status-border - Colour of card borders and the timeline rule.
 * @cssprop --status-critical-bg - Badge background for critical incidents.
 * @cssprop --status-critical-fg - Badge text colour for critical incidents.
 * @cssprop --status-major-bg - Badge background for major incidents.
 * @cssprop --status-major-fg - Badge text colour for major incidents.
 * @cssprop --status-minor-bg - Badge background for minor incidents (and impact `none`).
 * @cssprop --status-minor-fg - Badge text colour for minor incidents (and impact `none`).
 * @cssprop --status-maintenance-bg - Badge background for maintenance.
 * @cssprop --status-maintenance-fg - Badge text colour for maintenance.
 * @cssprop --status-operational-bg - Background of the "Resolved" status.
 * @cssprop --status-operational-fg - Text colour of the "Resolved" status.
 * @cssprop --status-focus-ring - Outline of focused links and buttons.
 */
export class IncidentTimeline extends StatusElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    incident: {},
    days: { type: Number },
    includeMaintenance: { type: Boolean, attribute: 'include-maintenance' },
    limit: { type: Number },
    order: {},
    showEmpty: { type: Boolean, attribute: 'show-empty' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
    pages: { state: true },
    expanded: { state: true },
    updateBudget: { state: true },
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

  /** Show only the incident with this id (whatever its age and the filters). */
  incident?: string;

  /** How many days of resolved incidents the history shows. */
  days = 90;

  /** Add maintenance in progress and completed maintenance windows to the list. */
  includeMaintenance = false;

  /** How many items show at first; a "Show N more" button reveals the next as many. */
  limit = 10;

  /** The order of each item's updates: `newest-first` or `oldest-first`. */
  order: 'newest-first' | 'oldest-first' = 'newest-first';

  /** Show a line ("No incidents in the last 90 days") when there is nothing to show, instead of nothing. */
  showEmpty = false;

  /** The level (1–6) of the item titles' headings. */
  headingLevel = 2;

  /** Replace any built-in string (see `TimelineStrings`; `statuses` word by word). */
  strings?: StringOverrides<TimelineOwnStrings>;

  /** How many pages of `limit` items are shown. */
  private pages = 1;
  /** Keys of the items whose update lists are expanded. */
  private expanded = new Set<string>();
  /** How many updates per item a render may show (grows a piece at a time; see UPDATE_CHUNK). */
  private updateBudget = UPDATE_CHUNK;
  /** Whether the last render left a list of updates short of its budget. */
  private truncated = false;

  /**
   * `status-change` for each shown item with a new update (the newest announced politely), or
   * for a changed set of shown items; see `timelineChanges`.
   */
  private readonly changes = this.shownChanges<TimelineMemory, TimelineEntry>(
    (memory) => (this.model ? timelineChanges(memory, this.model, this.shownEntries, this.pages) : undefined),
    (entry) => {
      const words = timelineStrings(this.resolvedLocale, this.strings);
      return fill(words.announce, {
        title: this.withPage(entry.item, entry.item.title, words),
        status: words.statuses[entry.item.updates[0]!.status],
      });
    },
  );
  /** Stable DOM ids for item keys (feed ids may hold any character). */
  private readonly domIds = new Map<string, string>();
  private names:
    { model: FeedModel; components: Map<string, string>; regions: Map<string, string> } | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.selectShown(changed);
  }

  /** The entries, the pages shown, what is owed to listeners and whether a list is cut short. */
  private selectShown(changed: PropertyValues): void {
    if (
      changed.has('limit') ||
      changed.has('incident') ||
      changed.has('components') ||
      changed.has('regions')
    ) {
      this.pages = 1;
    }
    const model = this.model;
    this.entries = model ? timelineEntries(model, this.options(this.now)) : [];
    this.shownEntries = this.entries.slice(0, this.pageSize * this.pages);
    for (const { key } of this.shownEntries) {
      if (!this.domIds.has(key)) this.domIds.set(key, `item-${this.domIds.size + 1}`);
    }
    if (model && this.names?.model !== model) {
      this.names = {
        model,
        components: new Map(model.components.map((c) => [keyOf(c), c.name])),
        regions: new Map(model.regions.map((r) => [keyOf(r), r.name])),
      };
    }
    this.truncated = this.shownEntries.some((entry) => this.wantedUpdates(entry) > this.updateBudget);
  }

  private options(now: number): TimelineOptions {
    return {
      now,
      days: this.days,
      filter: this.filter,
      incident: this.incident,
      includeMaintenance: this.includeMaintenance,
    };
  }

  protected nextBoundary(now: number): number | undefined {
    return this.model ? nextTimelineBoundary(this.model, this.options(now)) : undefined;
  }

  private get pageSize(): number {
    const limit = Math.floor(this.limit);
    return Number.isFinite(limit) && limit > 0 ? limit : 10;
  }

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  /** What this update shows (computed in `willUpdate`, read by `render`): every entry, and the pages revealed. */
  private entries: TimelineEntry[] = [];
  private shownEntries: TimelineEntry[] = [];

  /** How many of an item's updates to show: all for a named incident or an expanded list, else the latest few. */
  private wantedUpdates(entry: TimelineEntry): number {
    const all = entry.item.updates.length;
    const single = this.incident !== undefined && this.incident !== '';
    return single || this.expanded.has(entry.key) || all <= COLLAPSED_UPDATES ? all : COLLAPSED_UPDATES;
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const words = timelineStrings(locale, this.strings);
    const entries = this.entries;
    const shown = this.shownEntries;
    const rest = entries.length - shown.length;

    let content: TemplateResult | typeof nothing = nothing;
    if (shown.length) {
      content = html`<ul part="list" class="list" aria-label=${words.incidents}>
        ${repeat(
          shown,
          (entry) => entry.key,
          (entry) => this.renderEntry(entry, words, locale),
        )}
      </ul>`;
    } else if (this.allFeedsRead && this.showEmpty) {
      const days = historyDays(this.days);
      content = html`<p part="empty" class="empty">
        ${this.incident ? words.notFound : this.say(words.empty, { days }, locale, days)}
      </p>`;
    } else if (this.showsErrorLine) {
      content = html`<p part="empty" class="empty unavailable">${words.unavailable}</p>`;
    }
    const page = Math.min(rest, this.pageSize);
    const { lang, dir } = this.contentLang;
    return html`<div part="base" class="base" lang=${lang ?? nothing} dir=${dir ?? nothing}>
      <div part="announcer" class="visually-hidden" role="status" aria-atomic="true">
        ${keyed(this.changes.announcements, this.changes.announcement)}
      </div>
      ${content}
      ${
        rest > 0
          ? html`<button part="more" class="more" type="button" @click=${this.showMore}>
              ${this.say(words.showMore, { n: page }, locale, page)}
            </button>`
          : nothing
      }
      ${content === nothing ? nothing : subscribeLists(this.model, words, (href, label, part) => this.link(href, label, part))}
    </div>`;
  }

  /**
   * Reveals the next page. When that was the last page the button goes away, and focus (on it,
   * for a keyboard user) would fall back to the page: it moves to the first item revealed.
   */
  private readonly showMore = async (): Promise<void> => {
    const first = this.shownEntries.length;
    this.pages++;
    await this.updateComplete;
    if (this.renderRoot.querySelector('[part="more"]')) return;
    this.renderRoot.querySelectorAll<HTMLElement>('[part="incident"]')[first]?.focus();
  };

  /** A phrase in its plural form for `count`, filled, in the language of the strings. */
  private say(
    phrase: Phrase,
    values: Record<string, string | number>,
    locale: string,
    count: number,
  ): string {
    return counted(phrase, count, displayLocale(locale), values);
  }

  /** A label and its colon, as the language punctuates it. */
  private label(words: TimelineStrings, label: string): string {
    return fill(words.colon, { label });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Long lists: the next piece in a later task, until every list shows what it should.
    if (this.truncated) {
      this.truncated = false;
      setTimeout(() => (this.updateBudget += UPDATE_CHUNK));
    }
  }

  private renderEntry(entry: TimelineEntry, words: TimelineStrings, locale: string): TemplateResult {
    const { item } = entry;
    const names = this.names!;
    // Joined in the language of the strings, so "and" matches the words around it.
    const list = (ids: string[], known: Map<string, string>) =>
      intl(Intl.ListFormat, displayLocale(locale), { type: 'conjunction' }).format(
        ids.map((id) => known.get(keyOf({ id, origin: item.origin })) ?? id),
      );
    const zoned = { locale, timeZone: this.resolvedTimeZone };
    const time = (at: number) =>
      html`<time datetime=${new Date(at).toISOString()}
        >${formatInstant(at, { ...zoned, year: this.otherYear(at) })}</time
      >`;
    const phrases = timeStrings(locale);
    const shownLocale = displayLocale(locale);
    const phrase = (p: Phrase) => (duration: string) => capitalize(fill(pick(p), { duration }), shownLocale);

    let severity: Severity;
    let label: string;
    let status: string;
    let facts: TemplateResult;
    let duration: TemplateResult | string;
    if (entry.kind === 'incident') {
      severity = impactSeverity(entry.item.impact);
      label = entry.item.impact === 'none' ? words.noImpact : words[entry.item.impact];
      status = words.statuses[entry.item.status];
      const resolvedAt = entry.phase === 'resolved' ? incidentEnd(entry.item) : undefined;
      facts = html`<div>
          <dt dir="auto">${this.label(words, words.startedLabel)}</dt>
          <dd>${time(entry.item.startedAt)}</dd>
        </div>
        ${
          resolvedAt !== undefined
            ? html`<div>
                <dt dir="auto">${this.label(words, words.resolvedLabel)}</dt>
                <dd>${time(resolvedAt)}</dd>
              </div>`
            : nothing
        }`;
      duration =
        entry.phase === 'resolved'
          ? phrase(phrases.lasted)(
              formatDuration(
                Math.max(0, Math.floor((resolvedAt! - entry.item.startedAt) / MINUTE)),
                shownLocale,
              ),
            )
          : html`${elapsedTime(entry.item.startedAt, shownLocale, phrase(phrases.ongoingFor))}`;
    } else {
      severity = 'maintenance';
      label = entry.phase === 'in_progress' ? words.maintenance : words.maintenanceDone;
      status = words.statuses[entry.phase === 'in_progress' ? 'in_progress' : 'completed'];
      const { startsAt, endsAt } = entry.window;
      facts = html`<div>
        <dt dir="auto">${this.label(words, words.windowLabel)}</dt>
        <dd>${formatWindow(startsAt, endsAt, zoned).text}</dd>
      </div>`;
      duration =
        entry.phase === 'completed'
          ? phrase(phrases.lasted)(formatDuration((endsAt - startsAt) / MINUTE, shownLocale))
          : html`${elapsedTime(startsAt, shownLocale, phrase(phrases.ongoingFor))}`;
    }
    const id = this.domIds.get(entry.key)!;
    const resolved = entry.phase === 'resolved' || entry.phase === 'completed';
    return html`<li part="incident" class="incident ${severity}" aria-labelledby="${id}-title" tabindex="-1">
      <div part="header" class="header">
        <span part="badge" class="badge ${severity}">${severityIcon(severity)}<span>${label}</span></span>
        <div part="title" class="title" role="heading" aria-level=${this.level} id="${id}-title">
          ${this.withPage(item, item.title, words)}
        </div>
        <span part="status" class="status ${resolved ? 'resolved' : ''}">${status}</span>
      </div>
      <dl part="meta" class="meta">
        ${
          item.components.length
            ? html`<div>
                <dt dir="auto">${this.label(words, words.affected)}</dt>
                <dd>${list(item.components, names.components)}</dd>
              </div>`
            : nothing
        }
        ${
          item.regions.length
            ? html`<div>
                <dt dir="auto">${this.label(words, words.regionsLabel)}</dt>
                <dd>${list(item.regions, names.regions)}</dd>
              </div>`
            : nothing
        }
        ${facts}
      </dl>
      <p part="duration" class="duration">${duration}</p>
      ${item.url ? this.link(item.url, words.details) : nothing}
      ${
        entry.kind === 'incident' && entry.phase === 'resolved' && entry.item.reportUrl
          ? this.link(entry.item.reportUrl, words.report, 'report-link')
          : nothing
      }
      ${this.renderUpdates(entry, id, words, locale)}
    </li>`;
  }

  private renderUpdates(
    entry: TimelineEntry,
    id: string,
    words: TimelineStrings,
    locale: string,
  ): TemplateResult | typeof nothing {
    const all = entry.item.updates;
    if (!all.length) return nothing;
    // One named incident shows its whole timeline; in a list the latest few, unless expanded.
    const single = this.incident !== undefined && this.incident !== '';
    const open = single || this.expanded.has(entry.key);
    const collapsible = !single && all.length > COLLAPSED_UPDATES;
    // Only what is shown is touched, and a long list a piece at a time.
    const count = Math.min(this.wantedUpdates(entry), this.updateBudget);
    const updates = all.slice(0, count).map((update, index) => ({
      update,
      key: updateKey(all, index),
    }));
    if (this.order === 'oldest-first') updates.reverse();
    const shownLocale = displayLocale(locale);
    const zoned = { locale, timeZone: this.resolvedTimeZone };
    return html`<ol part="updates" class="updates" id="${id}-updates" aria-label=${words.updates}>
        ${repeat(
          updates,
          ({ key }) => key,
          ({ update }) =>
            html`<li part="update" class="update">
              <div class="update-head">
                <strong part="update-status" class="update-status">${words.statuses[update.status]}</strong>
                <time part="update-time" class="update-time" datetime=${new Date(update.at).toISOString()}
                  >${formatInstant(update.at, { ...zoned, year: this.otherYear(update.at) })}</time
                >
                <span class="separator" aria-hidden="true">·</span>
                <span part="update-relative" class="update-relative"
                  >${relativeTime(update.at, shownLocale)}</span
                >
              </div>
              <div part="update-body" class="update-body">
                ${plainText(update.body, { target: this.linkTarget })}
              </div>
            </li>`,
        )}
      </ol>
      ${
        collapsible
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="${id}-updates"
              @click=${() => this.toggle(entry.key)}
            >
              ${open ? words.showFewer : this.say(words.showAll, { n: all.length }, locale, all.length)}
            </button>`
          : nothing
      }`;
  }

  private toggle(key: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(key)) expanded.add(key);
    this.expanded = expanded;
  }

  /** Whether `at` falls in another year than now (then times show the year). */
  private otherYear(at: number): boolean {
    return new Date(at).getUTCFullYear() !== new Date(this.now).getUTCFullYear();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'incident-timeline': IncidentTimeline;
  }
}
