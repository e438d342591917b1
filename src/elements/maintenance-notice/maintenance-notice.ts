/**
 * `<maintenance-notice>`: the full card for one maintenance window, with everything a user needs
 * to prepare. The class only; `define.ts` registers the tag.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { headingLevel, StatusElement, subheadingLevel } from '../shared/status-element.js';
import { relativeTime } from '../shared/relative-time.js';
import { severityIcon, type Severity } from '../shared/severity.js';
import { plainText } from '../shared/plain-text.js';
import { endedAt, noticeEntry, nextNoticeBoundary, type NoticeEntry } from '../../select/notice.js';
import { noticeChange } from '../../select/changes.js';
import { catalogueName } from '../../select/filter.js';
import { noticeStrings, type NoticeOwnStrings, type NoticeStrings } from '../../i18n/notice-strings.js';
import type { StringOverrides } from '../../i18n/common-strings.js';
import { fill, pick, timeStrings } from '../../i18n/strings.js';
import { displayLocale } from '../../i18n/locale.js';
import { formatInstant, formatWindow } from '../../time/format.js';
import { describeRecurrence } from '../../time/recurrence-text.js';
import { occurrencesAfter, type TimeWindow } from '../../time/recurrence.js';
import { intl } from '../../i18n/intl.js';
import { zoneOffset } from '../../time/zone.js';
import { zoneName } from '../shared/zone-name.js';
import type { MaintenancePhase } from '../../time/phase.js';
import type { Maintenance } from '../../feed/model.js';
import { sharedClock } from '../../time/clock.js';
import { styles } from './maintenance-notice.styles.js';

const PHASE_SEVERITY: Record<MaintenancePhase, Severity> = {
  upcoming: 'scheduled',
  in_progress: 'maintenance',
  completed: 'resolved',
  cancelled: 'unavailable',
};

/**
 * The full card for one maintenance window: the one named by `maintenance`, otherwise the one in
 * progress, otherwise one that ended in the last 24 hours (for its after-note), otherwise the
 * next upcoming one (recurring schedules by their next occurrence), after the `components` and
 * `regions` filters. It shows the window in the viewer's zone (and the status page's zone when
 * that differs), a live "starts in / ends in", the phase, the schedule in words, the
 * availability table, recommendations, questions and answers, the after-note, the latest update
 * and an "Add to calendar" button, beside which a "Subscribe to the maintenance calendar" link
 * shows when the page has one (`page.subscribe.calendar`).
 *
 * @tagname maintenance-notice
 * @summary The full card for one maintenance window.
 *
 * @fires {StatusLoadEvent} status-load - A feed was applied; `detail.source` is `network`, `cache`, `peer` or `property` (the `feed` property, once per distinct feed).
 * @fires {StatusErrorEvent} status-error - The feed could not be fetched or read; what is shown does not change.
 * @fires {StatusChangeEvent} status-change - The window shown, or its phase, changed; `detail` has the item, `kind: 'maintenance'` and the phase (`upcoming`, `in_progress`, `completed`, `cancelled`).
 *
 * @csspart base - The card (absent in layout when nothing is shown).
 * @csspart header - The title row: title and phase badge.
 * @csspart title - The window's title (a heading at `heading-level`).
 * @csspart badge - The phase badge (icon and text).
 * @csspart icon - The phase icon.
 * @csspart summary - The summary paragraphs.
 * @csspart window - The times of the window, in the viewer's zone and the page's.
 * @csspart countdown - The ticking "starts in / ends in / ended" text (not a live region).
 * @csspart schedule - A recurring window's schedule in words and its next occurrences.
 * @csspart heading - Each section heading (one level below the title).
 * @csspart availability - The service-availability table.
 * @csspart recommendations - The list of recommendations.
 * @csspart faq - The questions and answers.
 * @csspart faq-item - One question (`<details>`); its `<summary>` is the question.
 * @csspart after-note - The note shown once the window has ended.
 * @csspart update - The latest update.
 * @csspart actions - The row with the calendar button and the status page link.
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart subscribe-link - "Subscribe to the maintenance calendar": the page's `page.subscribe.calendar` link (http(s) or webcal).
 * @csspart link - The link to the status page.
 * @csspart empty - The "no maintenance scheduled" line (`show-empty`).
 *
 * @cssprop --status-font - Font of the card (default: inherited).
 * @cssprop --status-radius - Corner radius (default: 0.5rem).
 * @cssprop --status-padding - Inner spacing (default: 1rem 1.25rem).
 * @cssprop --status-surface-bg - Background of the card (default: Canvas-like white, or dark).
 * @cssprop --status-surface-fg - Text colour of the card.
 * @cssprop --status-border - Border colour of the card and table.
 * @cssprop --status-muted - Colour of secondary text: zone notes, countdown, update times (default: the text colour at 72 %).
 * @cssprop --status-maintenance-bg - Badge background while in progress and upcoming.
 * @cssprop --status-maintenance-fg - Badge text colour while in progress and upcoming.
 * @cssprop --status-operational-bg - Badge background once completed.
 * @cssprop --status-operational-fg - Badge text colour once completed.
 * @cssprop --status-minor-bg - Badge background when cancelled.
 * @cssprop --status-minor-fg - Badge text colour when cancelled.
 * @cssprop --status-focus-ring - Outline of focused links, buttons and questions.
 */
export class MaintenanceNotice extends StatusElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    maintenance: {},
    variant: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    occurrences: { type: Number },
    showEmpty: { type: Boolean, attribute: 'show-empty' },
    strings: { attribute: false },
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

  /** The id of the maintenance to show; default: the one in progress, else the next. */
  maintenance?: string;

  /** `full` shows every section; `compact` only the title, window and availability. */
  variant: 'full' | 'compact' = 'full';

  /** Level of the title heading (1–6); section headings are one level below. */
  headingLevel = 2;

  /** How many next occurrences of a recurring window to list (0–20). */
  occurrences = 3;

  /** Show a "no maintenance scheduled" line instead of hiding when there is nothing to show. */
  showEmpty = false;

  /** Replace any built-in string (see `NoticeStrings`; `statuses` word by word). */
  strings?: StringOverrides<NoticeOwnStrings>;

  /** The window this update shows (computed in `willUpdate`, read by `render`). */
  private entry: NoticeEntry | undefined;
  /**
   * `status-change` when the window shown or its phase changes; a phase change of the same
   * window is announced politely (never the ticking countdown).
   */
  private readonly changes = this.shownChanges<string | undefined, NoticeEntry>(
    (memory) => noticeChange(memory, this.entry),
    (entry) => {
      const words = noticeStrings(this.resolvedLocale, this.strings);
      return `${this.withPage(entry.item, entry.item.title, words)}: ${entry.phase === 'upcoming' ? words.upcoming : words.statuses[entry.phase]}`;
    },
  );

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.entry = this.shown;
  }

  protected nextBoundary(now: number): number | undefined {
    return this.model
      ? nextNoticeBoundary(this.model, { now, id: this.maintenance, filter: this.filter })
      : undefined;
  }

  /** The window shown now, with its phase; undefined when nothing is shown. */
  get shown(): NoticeEntry | undefined {
    return this.model
      ? noticeEntry(this.model, { now: this.now, id: this.maintenance, filter: this.filter })
      : undefined;
  }

  /**
   * The calendar file for the window shown (an RFC 5545 `.ics`), as a `File`; undefined when
   * nothing is shown. The calendar code is loaded on first use.
   */
  async calendarFile(): Promise<File | undefined> {
    const entry = this.shown;
    if (!entry) return undefined;
    const { maintenanceToIcs, icsFileName } = await import('../../time/ics.js');
    const text = maintenanceToIcs(entry.item, {
      now: sharedClock().now(),
      pageName: this.pageOf(entry.item)?.name,
      pageUrl: this.pageOf(entry.item)?.url,
    });
    return new File([text], icsFileName(entry.item), { type: 'text/calendar' });
  }

  private async downloadCalendar(): Promise<void> {
    try {
      const file = await this.calendarFile();
      if (!file) return;
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name;
      link.hidden = true;
      this.renderRoot.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      // Nothing reaches the host page; the button simply does nothing.
      console.warn(`status-widgets: could not make the calendar file: ${String(error)}`);
    }
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const words = noticeStrings(locale, this.strings);
    const entry = this.entry;
    const { lang, dir } = this.contentLang;
    // One wrapper whatever is shown, so the live region is one node for the element's lifetime
    // (a region re-created with its sentence would not be announced).
    return html`<div class="root" lang=${lang ?? nothing} dir=${dir ?? nothing}>
      <div class="visually-hidden" role="status">${this.changes.announcement}</div>
      ${entry ? this.renderCard(entry, words, locale) : this.renderEmpty(words)}
    </div>`;
  }

  private renderEmpty(words: NoticeStrings): TemplateResult | typeof nothing {
    const line =
      this.allFeedsRead && this.showEmpty ? words.empty : this.showsErrorLine ? words.unavailable : undefined;
    return line ? html`<p part="empty" class="empty">${line}</p>` : nothing;
  }

  private renderCard(entry: NoticeEntry, words: NoticeStrings, locale: string): TemplateResult {
    const { item, phase, window } = entry;
    const level = headingLevel(this.headingLevel);
    const full = this.variant !== 'compact';
    const badge = phase === 'upcoming' ? words.upcoming : words.statuses[phase];
    return html`<article part="base" class="base ${phase}" aria-labelledby="title">
      <header part="header" class="header">
        <div part="title" class="title" id="title" role="heading" aria-level=${level} dir="auto">
          ${this.withPage(item, item.title, words)}
        </div>
        <span part="badge" class=${`badge ${PHASE_SEVERITY[phase]}`}
          >${severityIcon(PHASE_SEVERITY[phase])}<span>${badge}</span></span
        >
      </header>
      ${full ? html`<div part="summary" class="prose">${plainText(item.summary, this.linkOptions)}</div>` : nothing}
      ${window ? this.renderWindow(item, phase, window, words, locale) : nothing}
      ${full && item.recurrence ? this.renderSchedule(item, window, words, locale) : nothing}
      ${full ? this.renderAffects(item, words) : nothing} ${this.renderAvailability(item, words)}
      ${full ? this.renderSections(item, phase, words, locale, level) : nothing}
      ${full ? this.renderActions(item, phase, words) : nothing}
    </article>`;
  }

  /** `occurrences` as a whole number from 0 to 20 (3 when it is not a number). */
  private get occurrenceCount(): number {
    const count = Math.floor(this.occurrences);
    return Number.isFinite(count) ? Math.min(20, Math.max(0, count)) : 3;
  }

  private get linkOptions() {
    return { target: this.linkTarget };
  }

  private renderWindow(
    item: Maintenance,
    phase: MaintenancePhase,
    window: TimeWindow,
    words: NoticeStrings,
    locale: string,
  ): TemplateResult {
    const viewerZone = this.resolvedTimeZone;
    const pageZone = this.pageOf(item)?.timeZone;
    const viewer = formatWindow(window.startsAt, window.endsAt, { locale, timeZone: viewerZone });
    const showPage =
      pageZone !== undefined &&
      pageZone !== viewerZone &&
      (zoneOffset(window.startsAt, pageZone) !== zoneOffset(window.startsAt, viewerZone) ||
        zoneOffset(window.endsAt, pageZone) !== zoneOffset(window.endsAt, viewerZone));
    const page = showPage
      ? formatWindow(window.startsAt, window.endsAt, { locale, timeZone: pageZone })
      : undefined;
    return html`<dl part="window" class="window">
      <dt>${words.when}</dt>
      <dd>
        <span class="time">${viewer.text}</span>${
          page ? html` <span class="zone-note">(${words.yourTime})</span>` : nothing
        }
      </dd>
      ${
        page
          ? html`<dd>
              <span class="time">${page.text}</span>
              <span class="zone-note">(${this.zoneNote(pageZone!, window.startsAt, words, locale)})</span>
            </dd>`
          : nothing
      }
      ${this.renderCountdown(item, phase, window, locale)}
    </dl>`;
  }

  /**
   * The page's zone as people read it: its generic name in the viewer's language ("Pacific
   * Time", "heure du Pacifique"), or, where `Intl` only has an offset for it, "{city} time" from
   * the zone's exemplar city ("Kolkata time").
   */
  private zoneNote(zone: string, at: number, words: NoticeStrings, locale: string): string {
    const name = zoneName(zone, at, displayLocale(locale));
    return name ?? fill(words.pageTime, { zone: zone.split('/').pop()!.replace(/_/g, ' ') });
  }

  private renderCountdown(
    item: Maintenance,
    phase: MaintenancePhase,
    window: TimeWindow,
    locale: string,
  ): TemplateResult | typeof nothing {
    if (phase === 'cancelled') return nothing;
    const phrases = timeStrings(locale);
    const [target, phrase] =
      phase === 'upcoming'
        ? [window.startsAt, phrases.starts]
        : phase === 'in_progress'
          ? [window.endsAt, phrases.ends]
          : [endedAt(item, window), phrases.ended];
    // A window marked completed before its planned end, without a `completed` update, has no
    // known end time to count from.
    if (phase === 'completed' && target > this.now) return nothing;
    // A window marked in progress past its planned end has no honest "ends in".
    if (phase === 'in_progress' && window.endsAt <= this.now) return nothing;
    return html`<dd part="countdown" class="countdown">
      ${relativeTime(target, displayLocale(locale), (relative) => fill(pick(phrase), { relative }))}
    </dd>`;
  }

  private renderSchedule(
    item: Maintenance,
    window: TimeWindow | undefined,
    words: NoticeStrings,
    locale: string,
  ): TemplateResult {
    const recurrence = item.recurrence!;
    const timeZone = this.resolvedTimeZone;
    const sentence = describeRecurrence(recurrence, { locale, timeZone, at: window?.startsAt });
    const count = this.occurrenceCount;
    const next = occurrencesAfter(recurrence, this.now, count + 1)
      .filter((occurrence) => occurrence.startsAt !== window?.startsAt)
      .slice(0, count);
    return html`<div part="schedule" class="schedule">
      <p><span class="label" dir="auto">${fill(words.colon, { label: words.schedule })}</span> ${sentence}</p>
      ${
        next.length
          ? html`<p class="label" id="next">${words.nextWindows}</p>
              <ul aria-labelledby="next">
                ${next.map(
                  (occurrence) =>
                    html`<li>
                      ${formatWindow(occurrence.startsAt, occurrence.endsAt, { locale, timeZone }).text}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderAffects(item: Maintenance, words: NoticeStrings): TemplateResult | typeof nothing {
    const model = this.model!;
    const names = [
      ...item.components.map((id) => catalogueName(model.components, id, item) ?? id),
      ...item.regions.map((id) => catalogueName(model.regions, id, item) ?? id),
    ];
    if (!names.length) return nothing;
    const list = intl(Intl.ListFormat, displayLocale(this.resolvedLocale), { type: 'conjunction' }).format(
      names,
    );
    return html`<p class="affects">
      <span class="label" dir="auto">${fill(words.colon, { label: words.affects })}</span> ${list}
    </p>`;
  }

  private renderAvailability(item: Maintenance, words: NoticeStrings): TemplateResult | typeof nothing {
    const { available, unavailable } = item.availability;
    if (!available.length && !unavailable.length) return nothing;
    const row = (service: string, ok: boolean) =>
      html`<tr class=${ok ? 'ok' : 'down'}>
        <th scope="row" dir="auto">${service}</th>
        <td>
          <span class="mark" aria-hidden="true">${ok ? '✓' : '✕'}</span>
          ${ok ? words.available : words.notAvailable}
        </td>
      </tr>`;
    return html`<table part="availability" class="availability">
      <caption>
        ${words.availability}
      </caption>
      <thead>
        <tr>
          <th scope="col">${words.service}</th>
          <th scope="col">${words.duringWindow}</th>
        </tr>
      </thead>
      <tbody>
        ${available.map((service) => row(service, true))} ${unavailable.map((service) => row(service, false))}
      </tbody>
    </table>`;
  }

  private renderSections(
    item: Maintenance,
    phase: MaintenancePhase,
    words: NoticeStrings,
    locale: string,
    level: number,
  ): TemplateResult {
    // One level below the title; under a level-6 title the section titles are labels.
    const sub = subheadingLevel(level);
    const section = (name: string, title: string, body: unknown) =>
      html`<section part=${name} class=${name}>
        <div part="heading" class="heading" role=${sub ? 'heading' : nothing} aria-level=${sub ?? nothing}>
          ${title}
        </div>
        ${body}
      </section>`;
    const update = item.updates[0];
    return html`
      ${item.reason ? section('reason', words.reason, html`<div class="prose">${plainText(item.reason, this.linkOptions)}</div>`) : nothing}
      ${
        item.recommendations.length
          ? section(
              'recommendations',
              words.recommendations,
              html`<ul class="recommendation-list" dir="auto">
                ${item.recommendations.map(
                  (r) =>
                    html`<li dir="auto">
                      <strong>${r.title}</strong>${plainText(r.body, this.linkOptions)}
                    </li>`,
                )}
              </ul>`,
            )
          : nothing
      }
      ${
        item.faq.length
          ? section(
              'faq',
              words.faq,
              item.faq.map(
                (entry) =>
                  html`<details part="faq-item" class="faq-item">
                    <summary dir="auto">${entry.question}</summary>
                    <div class="prose">${plainText(entry.answer, this.linkOptions)}</div>
                  </details>`,
              ),
            )
          : nothing
      }
      ${
        phase === 'completed' && item.afterNote
          ? section(
              'after-note',
              words.afterNote,
              html`<div class="prose">${plainText(item.afterNote, this.linkOptions)}</div>`,
            )
          : nothing
      }
      ${
        update
          ? section(
              'update',
              words.latestUpdate,
              html`<p class="update-meta">
                  <strong>${words.statuses[update.status]}</strong> ·
                  <time datetime=${new Date(update.at).toISOString()}
                    >${formatInstant(update.at, { locale, timeZone: this.resolvedTimeZone })}</time
                  >
                </p>
                <div class="prose">${plainText(update.body, this.linkOptions)}</div>`,
            )
          : nothing
      }
    `;
  }

  private renderActions(item: Maintenance, phase: MaintenancePhase, words: NoticeStrings): TemplateResult {
    const url = item.url ?? this.pageOf(item)?.url;
    const calendar = phase === 'upcoming' || phase === 'in_progress';
    // The page's calendar of every window, to subscribe to (its page's, over several feeds).
    const calendarFeed = this.pageOf(item)?.subscribe?.calendar;
    return html`<div part="actions" class="actions">
      ${
        calendar
          ? html`<button
              part="calendar-button"
              class="calendar"
              type="button"
              @click=${() => this.downloadCalendar()}
            >
              ${severityIcon('scheduled', 'button-icon')}${words.addToCalendar}
            </button>`
          : nothing
      }
      ${calendarFeed ? this.link(calendarFeed, words.subscribeCalendar, 'subscribe-link') : nothing}
      ${url ? this.link(url, words.statusPage) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'maintenance-notice': MaintenanceNotice;
  }
}
