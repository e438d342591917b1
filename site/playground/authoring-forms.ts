/**
 * The playground's feed-authoring panel: "Add a maintenance window" and "Add an incident update".
 * Each form reads the editor's feed through the `AuthoringHost`, builds the new item with
 * `authoring-feed.ts` (which checks the whole document with `parseFeed`) and writes it back only
 * when the library accepts it; otherwise the problems are shown next to the fields they concern.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AuthoringHost } from './panels.js';
import {
  addDays,
  addIncidentUpdate,
  addMaintenance,
  buildRecurrence,
  buildWindow,
  componentsOf,
  incidentsOf,
  previewRecurrence,
  readDocument,
  WEEKDAY_NAMES,
  wallClockAt,
  zoneChoices,
  type FieldError,
  type Frequency,
  type MaintenanceInput,
  type RecurrenceInput,
  type UpdateInput,
} from './authoring-feed.js';
import { IMPACTS, INCIDENT_STATUSES, MAINTENANCE_STATUSES } from '../../src/feed/schema.js';
import type { Impact, IncidentStatus, MaintenanceStatus } from '../../src/feed/schema.js';
import { formatWindow } from '../../src/time/format.js';

const WORDS: Record<string, string> = {
  none: 'None',
  minor: 'Minor',
  major: 'Major',
  critical: 'Critical',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
  cancelled: 'Cancelled',
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};
const word = (value: string) => WORDS[value] ?? value;
const ORDINALS: [number, string][] = [
  [1, 'First'],
  [2, 'Second'],
  [3, 'Third'],
  [4, 'Fourth'],
  [-1, 'Last'],
];

interface WindowState {
  title: string;
  summary: string;
  impact: Impact;
  status: MaintenanceStatus;
  components: string[];
  kind: 'once' | 'recurring';
  zone: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  frequency: Frequency;
  interval: string;
  weekdays: number[];
  ordinal: number;
  weekday: number;
  startsOn: string;
  endKind: 'never' | 'until' | 'count';
  until: string;
  count: string;
  /** Shown once "Add" was pressed, then kept up to date as the fields change. */
  tried: boolean;
  errors: FieldError[];
  message: string;
}

interface UpdateState {
  /** An incident id, or '' for a new incident. */
  incident: string;
  title: string;
  impact: Impact;
  components: string[];
  status: IncidentStatus;
  body: string;
  zone: string;
  /** While untouched, the time is "now" in the zone. */
  date: string;
  time: string;
  timeSet: boolean;
  tried: boolean;
  errors: FieldError[];
  message: string;
}

let mounts = 0;

/** Mounts the two authoring forms into `host`. */
export function mountAuthoringForms(host: HTMLElement, api: AuthoringHost): void {
  const mount = mounts++;
  const id = (name: string) => `sw-authoring-${mount}-${name}`;
  const locale = document.documentElement.lang || navigator.language || 'en';
  const startZone = api.timeZone();
  const today = wallClockAt(Date.now(), startZone).date;
  const zones = zoneChoices(startZone);

  const w: WindowState = {
    title: '',
    summary: '',
    impact: 'minor',
    status: 'scheduled',
    components: [],
    kind: 'once',
    zone: startZone,
    startDate: addDays(today, 1),
    startTime: '17:00',
    endDate: addDays(today, 1),
    endTime: '22:00',
    frequency: 'weekly',
    interval: '1',
    weekdays: [5],
    ordinal: 1,
    weekday: 4,
    startsOn: today,
    endKind: 'never',
    until: addDays(today, 90),
    count: '10',
    tried: false,
    errors: [],
    message: '',
  };
  const u: UpdateState = {
    incident: '',
    title: '',
    impact: 'minor',
    components: [],
    status: 'investigating',
    body: '',
    zone: startZone,
    date: '',
    time: '',
    timeSet: false,
    tried: false,
    errors: [],
    message: '',
  };
  let incidentChosen = false;
  /** The incident whose status the status select started from. */
  let statusFrom: string | undefined;
  /** Whether the editor's text was a feed the forms can read at the last render. */
  let readable = true;

  const recurrenceInput = (): RecurrenceInput => ({
    frequency: w.frequency,
    interval: Number(w.interval),
    weekdays: w.weekdays,
    ordinal: w.ordinal,
    weekday: w.weekday,
    startTime: w.startTime,
    endTime: w.endTime,
    timeZone: w.zone,
    startsOn: w.startsOn,
    end:
      w.endKind === 'until'
        ? { kind: 'until', date: w.until }
        : w.endKind === 'count'
          ? { kind: 'count', count: Number(w.count) }
          : { kind: 'never' },
  });
  const windowInput = (): MaintenanceInput => ({
    title: w.title,
    summary: w.summary,
    impact: w.impact,
    status: w.status,
    components: w.components,
    schedule:
      w.kind === 'once'
        ? {
            kind: 'once',
            timeZone: w.zone,
            start: { date: w.startDate, time: w.startTime },
            end: { date: w.endDate, time: w.endTime },
          }
        : { kind: 'recurring', recurrence: recurrenceInput() },
  });
  const updateWhen = () => (u.timeSet ? { date: u.date, time: u.time } : wallClockAt(Date.now(), u.zone));
  const updateInput = (): UpdateInput => ({
    incident: u.incident
      ? { kind: 'existing', id: u.incident }
      : { kind: 'new', title: u.title, impact: u.impact, components: u.components },
    status: u.status,
    body: u.body,
    at: updateWhen(),
    timeZone: u.zone,
  });

  // --- Shared pieces ---------------------------------------------------------------------------

  const errorsFor = (errors: FieldError[], ...fields: string[]) =>
    errors.filter((e) => fields.includes(e.field));
  /** The error line of a field (its id is what the field's aria-describedby names). */
  const errorLine = (form: string, field: string, errors: FieldError[]) => {
    const mine = errorsFor(errors, field);
    return mine.length
      ? html`<p class="sw-error" id=${id(`${form}-${field}-error`)}>
          ${mine.map((e) => e.message).join(' ')}
        </p>`
      : nothing;
  };
  const described = (form: string, field: string, errors: FieldError[], ...more: string[]) => {
    const ids = [...more.map(id), ...(errorsFor(errors, field).length ? [id(`${form}-${field}-error`)] : [])];
    return ids.length ? ids.join(' ') : nothing;
  };
  const invalid = (errors: FieldError[], ...fields: string[]) =>
    errorsFor(errors, ...fields).length ? 'true' : nothing;
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
  const checked = (e: Event) => (e.target as HTMLInputElement).checked;
  const toggle = (list: number[] | string[], item: number | string, on: boolean) =>
    (on ? [...new Set([...list, item])] : list.filter((x) => x !== item)) as typeof list;

  /** A group of radio buttons named `name`: one per `[value, label]`, `current` checked. */
  const radios = <T extends string>(
    name: string,
    choices: readonly (readonly [T, string])[],
    current: T,
    set: (value: T) => void,
  ) =>
    choices.map(
      ([choice, label]) =>
        html`<label class="sw-check">
          <input
            type="radio"
            name=${id(name)}
            .checked=${live(current === choice)}
            @change=${() => {
              set(choice);
              update();
            }}
          />
          <span>${label}</span>
        </label>`,
    );

  const zoneSelect = (
    form: string,
    current: string,
    set: (zone: string) => void,
    errors: FieldError[],
  ) => html`
    <div class="sw-field">
      <label for=${id(`${form}-zone`)}>Time zone</label>
      <select
        id=${id(`${form}-zone`)}
        aria-describedby=${described(form, 'timeZone', errors)}
        aria-invalid=${invalid(errors, 'timeZone')}
        @change=${(e: Event) => {
          set(value(e));
          update();
        }}
      >
        ${zones.map((z) => html`<option value=${z} ?selected=${z === current}>${z.replaceAll('_', ' ')}</option>`)}
      </select>
      ${errorLine(form, 'timeZone', errors)}
    </div>
  `;

  const componentBoxes = (
    form: string,
    components: { id: string; name: string; group?: string }[],
    selected: string[],
    set: (list: string[]) => void,
  ) => html`
    <fieldset class="sw-choices sw-components">
      <legend>Affected components</legend>
      ${
        components.length
          ? components.map(
              (c) =>
                html`<label class="sw-check">
                  <input
                    type="checkbox"
                    .checked=${live(selected.includes(c.id))}
                    @change=${(e: Event) => {
                      set(toggle(selected, c.id, checked(e)) as string[]);
                      update();
                    }}
                  />
                  <span
                    >${c.name}${c.group ? html` <span class="sw-quiet">(${c.group})</span>` : nothing}</span
                  >
                </label>`,
            )
          : html`<p class="sw-quiet">
              ${readable ? 'The feed lists no components.' : 'The components show once the editor holds a feed.'}
            </p>`
      }
    </fieldset>
  `;

  const formErrors = (form: string, errors: FieldError[], problem: string | undefined) => {
    const general = [
      ...new Set([...(problem ? [problem] : []), ...errorsFor(errors, '').map((e) => e.message)]),
    ];
    return general.length
      ? html`<div class="sw-form-errors" id=${id(`${form}-errors`)}>
          ${general.map((message) => html`<p>${message}</p>`)}
        </div>`
      : nothing;
  };

  // --- The maintenance window form -------------------------------------------------------------

  const windowPreview = (): TemplateResult => {
    if (w.kind === 'once') {
      const built = buildWindow({
        kind: 'once',
        timeZone: w.zone,
        start: { date: w.startDate, time: w.startTime },
        end: { date: w.endDate, time: w.endTime },
      });
      if (!built.ok) return html`<p class="sw-quiet">Enter a start and an end to see the window.</p>`;
      const { startsAt, endsAt } = built.value;
      const viewer = api.timeZone();
      const shown = (zone: string) =>
        formatWindow(startsAt.instant, endsAt.instant, { locale, timeZone: zone }).text;
      return html`
        <p class="sw-sentence">${shown(w.zone)}</p>
        ${
          viewer !== w.zone
            ? html`<p class="sw-quiet">
                In the playground's zone (${viewer.replaceAll('_', ' ')}): ${shown(viewer)}
              </p>`
            : nothing
        }
        <p class="sw-quiet">Written as <code>${startsAt.iso}</code> to <code>${endsAt.iso}</code>.</p>
        ${[startsAt, endsAt].map((end, i) =>
          end.shiftedTo
            ? html`<p class="sw-note">
                ${i ? 'The end' : 'The start'} falls in the hour skipped when clocks go forward; it is written
                as ${end.shiftedTo}.
              </p>`
            : nothing,
        )}
      `;
    }
    const built = buildRecurrence(recurrenceInput());
    if (!built.ok) return html`<p class="sw-quiet">Complete the schedule to see it in words.</p>`;
    const preview = previewRecurrence(built.value, { locale, count: 5 });
    if (!preview) return html`<p class="sw-quiet">This schedule cannot be read.</p>`;
    return html`
      <p class="sw-sentence">${preview.sentence}</p>
      <p class="sw-quiet">
        Rule <code>${built.value.rule}</code>, ${built.value.duration} from ${built.value.time}.
      </p>
      ${
        preview.next.length
          ? html`<p class="sw-quiet" id=${id('w-next')}>Next occurrences:</p>
              <ol class="sw-next" aria-labelledby=${id('w-next')}>
                ${preview.next.map((o) => html`<li>${o.text}</li>`)}
              </ol>
              ${
                api.timeZone() !== w.zone
                  ? html`<p class="sw-quiet">
                      The first in the playground's zone (${api.timeZone().replaceAll('_', ' ')}):
                      ${
                        formatWindow(preview.next[0]!.startsAt, preview.next[0]!.endsAt, {
                          locale,
                          timeZone: api.timeZone(),
                        }).text
                      }
                    </p>`
                  : nothing
              }`
          : html`<p class="sw-note">No occurrence is left after now.</p>`
      }
    `;
  };

  const windowForm = (components: ReturnType<typeof componentsOf>, problem: string | undefined) => {
    const errors = w.errors;
    const timeField = (field: 'start' | 'end', label: string, date: string, time: string) => html`
      <fieldset class="sw-inline" aria-describedby=${described('w', field, errors)}>
        <legend>${label}</legend>
        <div class="sw-field">
          <label for=${id(`w-${field}-date`)}>Date</label>
          <input
            id=${id(`w-${field}-date`)}
            type="date"
            required
            .value=${live(date)}
            aria-invalid=${invalid(errors, field)}
            aria-describedby=${described('w', field, errors)}
            @input=${(e: Event) => {
              if (field === 'start') {
                // The end follows a start moved past it, keeping the window on one day.
                if (w.endDate < value(e) || w.endDate === w.startDate) w.endDate = value(e);
                w.startDate = value(e);
              } else w.endDate = value(e);
              update();
            }}
          />
        </div>
        <div class="sw-field">
          <label for=${id(`w-${field}-time`)}>Time</label>
          <input
            id=${id(`w-${field}-time`)}
            type="time"
            required
            .value=${live(time)}
            aria-invalid=${invalid(errors, field)}
            aria-describedby=${described('w', field, errors)}
            @input=${(e: Event) => {
              if (field === 'start') w.startTime = value(e);
              else w.endTime = value(e);
              update();
            }}
          />
        </div>
        ${errorLine('w', field, errors)}
      </fieldset>
    `;
    const recurring = () => html`
      <div class="sw-field">
        <label for=${id('w-frequency')}>Repeats</label>
        <select
          id=${id('w-frequency')}
          aria-describedby=${described('w', 'frequency', errors)}
          @change=${(e: Event) => {
            w.frequency = value(e) as Frequency;
            update();
          }}
        >
          <option value="weekly" ?selected=${w.frequency === 'weekly'}>Weekly, on chosen weekdays</option>
          <option value="daily" ?selected=${w.frequency === 'daily'}>Daily</option>
          <option value="monthly" ?selected=${w.frequency === 'monthly'}>Monthly, on the n-th weekday</option>
        </select>
        ${errorLine('w', 'frequency', errors)}
      </div>
      <div class="sw-field sw-short">
        <label for=${id('w-interval')}
          >Every how many
          ${w.frequency === 'daily' ? 'days' : w.frequency === 'weekly' ? 'weeks' : 'months'}</label
        >
        <input
          id=${id('w-interval')}
          type="number"
          min="1"
          max="99"
          inputmode="numeric"
          .value=${live(w.interval)}
          aria-invalid=${invalid(errors, 'interval')}
          aria-describedby=${described('w', 'interval', errors)}
          @input=${(e: Event) => {
            w.interval = value(e);
            update();
          }}
        />
        ${errorLine('w', 'interval', errors)}
      </div>
      ${
        w.frequency === 'monthly'
          ? html`<fieldset class="sw-inline" aria-describedby=${described('w', 'ordinal', errors)}>
              <legend>Which day of the month</legend>
              <div class="sw-field">
                <label for=${id('w-ordinal')}>Week</label>
                <select
                  id=${id('w-ordinal')}
                  aria-invalid=${invalid(errors, 'ordinal')}
                  @change=${(e: Event) => {
                    w.ordinal = Number(value(e));
                    update();
                  }}
                >
                  ${ORDINALS.map(([n, name]) => html`<option value=${n} ?selected=${n === w.ordinal}>${name}</option>`)}
                </select>
              </div>
              <div class="sw-field">
                <label for=${id('w-weekday')}>Weekday</label>
                <select
                  id=${id('w-weekday')}
                  @change=${(e: Event) => {
                    w.weekday = Number(value(e));
                    update();
                  }}
                >
                  ${WEEKDAY_NAMES.map((name, i) => html`<option value=${i} ?selected=${i === w.weekday}>${name}</option>`)}
                </select>
              </div>
              ${errorLine('w', 'ordinal', errors)}
            </fieldset>`
          : html`<fieldset
              class="sw-choices sw-weekdays"
              aria-describedby=${described('w', 'weekdays', errors, 'w-weekdays-hint')}
            >
              <legend>${w.frequency === 'weekly' ? 'On' : 'Only on'}</legend>
              <p class="sw-quiet" id=${id('w-weekdays-hint')}>
                ${w.frequency === 'weekly' ? 'At least one weekday.' : 'None chosen: every day.'}
              </p>
              ${WEEKDAY_NAMES.map(
                (name, i) =>
                  html`<label class="sw-check">
                    <input
                      type="checkbox"
                      .checked=${live(w.weekdays.includes(i))}
                      aria-invalid=${invalid(errors, 'weekdays')}
                      @change=${(e: Event) => {
                        w.weekdays = toggle(w.weekdays, i, checked(e)) as number[];
                        update();
                      }}
                    />
                    <span>${name}</span>
                  </label>`,
              )}
              ${errorLine('w', 'weekdays', errors)}
            </fieldset>`
      }
      <fieldset class="sw-inline">
        <legend>Local hours</legend>
        <div class="sw-field">
          <label for=${id('w-from')}>From</label>
          <input
            id=${id('w-from')}
            type="time"
            required
            .value=${live(w.startTime)}
            aria-invalid=${invalid(errors, 'startTime')}
            aria-describedby=${described('w', 'startTime', errors)}
            @input=${(e: Event) => {
              w.startTime = value(e);
              update();
            }}
          />
          ${errorLine('w', 'startTime', errors)}
        </div>
        <div class="sw-field">
          <label for=${id('w-to')}>To</label>
          <input
            id=${id('w-to')}
            type="time"
            required
            .value=${live(w.endTime)}
            aria-invalid=${invalid(errors, 'endTime')}
            aria-describedby=${described('w', 'endTime', errors, 'w-to-hint')}
            @input=${(e: Event) => {
              w.endTime = value(e);
              update();
            }}
          />
          ${errorLine('w', 'endTime', errors)}
        </div>
        <p class="sw-quiet sw-wide" id=${id('w-to-hint')}>An end before the start is on the next day.</p>
      </fieldset>
      <div class="sw-field">
        <label for=${id('w-starts-on')}>Starting on</label>
        <input
          id=${id('w-starts-on')}
          type="date"
          required
          .value=${live(w.startsOn)}
          aria-invalid=${invalid(errors, 'startsOn')}
          aria-describedby=${described('w', 'startsOn', errors)}
          @input=${(e: Event) => {
            w.startsOn = value(e);
            update();
          }}
        />
        ${errorLine('w', 'startsOn', errors)}
      </div>
      <fieldset class="sw-choices">
        <legend>Ends</legend>
        ${radios(
          'w-ends',
          [
            ['never', 'Never'],
            ['until', 'On a date'],
            ['count', 'After a number of occurrences'],
          ],
          w.endKind,
          (kind) => (w.endKind = kind),
        )}
        ${
          w.endKind === 'until'
            ? html`<div class="sw-field">
                <label for=${id('w-until')}>Last date</label>
                <input
                  id=${id('w-until')}
                  type="date"
                  .value=${live(w.until)}
                  aria-invalid=${invalid(errors, 'until')}
                  aria-describedby=${described('w', 'until', errors)}
                  @input=${(e: Event) => {
                    w.until = value(e);
                    update();
                  }}
                />
                ${errorLine('w', 'until', errors)}
              </div>`
            : nothing
        }
        ${
          w.endKind === 'count'
            ? html`<div class="sw-field sw-short">
                <label for=${id('w-count')}>Occurrences</label>
                <input
                  id=${id('w-count')}
                  type="number"
                  min="1"
                  max="9999"
                  inputmode="numeric"
                  .value=${live(w.count)}
                  aria-invalid=${invalid(errors, 'count')}
                  aria-describedby=${described('w', 'count', errors)}
                  @input=${(e: Event) => {
                    w.count = value(e);
                    update();
                  }}
                />
                ${errorLine('w', 'count', errors)}
              </div>`
            : nothing
        }
      </fieldset>
    `;

    return html`
      <form class="sw-form" novalidate aria-labelledby=${id('w-heading')} @submit=${submitWindow}>
        <h3 id=${id('w-heading')}>Add a maintenance window</h3>
        ${formErrors('w', errors, problem)}
        <div class="sw-field">
          <label for=${id('w-title')}>Title <span class="sw-quiet">(required)</span></label>
          <input
            id=${id('w-title')}
            type="text"
            required
            autocomplete="off"
            .value=${live(w.title)}
            aria-invalid=${invalid(errors, 'title')}
            aria-describedby=${described('w', 'title', errors)}
            @input=${(e: Event) => {
              w.title = value(e);
              update();
            }}
          />
          ${errorLine('w', 'title', errors)}
        </div>
        <div class="sw-field">
          <label for=${id('w-summary')}>Summary</label>
          <textarea
            id=${id('w-summary')}
            rows="3"
            .value=${live(w.summary)}
            aria-invalid=${invalid(errors, 'summary')}
            aria-describedby=${described('w', 'summary', errors)}
            @input=${(e: Event) => {
              w.summary = value(e);
              update();
            }}
          ></textarea>
          ${errorLine('w', 'summary', errors)}
        </div>
        <div class="sw-row">
          <div class="sw-field">
            <label for=${id('w-impact')}>Impact</label>
            <select
              id=${id('w-impact')}
              @change=${(e: Event) => {
                w.impact = value(e) as Impact;
                update();
              }}
            >
              ${IMPACTS.map((i) => html`<option value=${i} ?selected=${i === w.impact}>${word(i)}</option>`)}
            </select>
          </div>
          <div class="sw-field">
            <label for=${id('w-status')}>Status</label>
            <select
              id=${id('w-status')}
              @change=${(e: Event) => {
                w.status = value(e) as MaintenanceStatus;
                update();
              }}
            >
              ${MAINTENANCE_STATUSES.map(
                (s) => html`<option value=${s} ?selected=${s === w.status}>${word(s)}</option>`,
              )}
            </select>
          </div>
        </div>
        ${componentBoxes('w', components, w.components, (list) => (w.components = list))}
        <fieldset class="sw-choices">
          <legend>When</legend>
          ${radios(
            'w-kind',
            [
              ['once', 'One window'],
              ['recurring', 'A recurring schedule'],
            ],
            w.kind,
            (kind) => (w.kind = kind),
          )}
        </fieldset>
        ${zoneSelect('w', w.zone, (zone) => (w.zone = zone), errors)}
        ${
          w.kind === 'once'
            ? html`${timeField('start', 'Starts', w.startDate, w.startTime)}
              ${timeField('end', 'Ends', w.endDate, w.endTime)}`
            : recurring()
        }
        <section class="sw-preview" aria-labelledby=${id('w-preview')}>
          <h4 id=${id('w-preview')}>What will be added</h4>
          ${windowPreview()}
        </section>
        <div class="sw-actions">
          <button type="submit" aria-describedby=${problem ? id('w-errors') : nothing}>Add window</button>
        </div>
        <p class="sw-status" role="status">${w.message}</p>
      </form>
    `;
  };

  // --- The incident update form ----------------------------------------------------------------

  const updateForm = (
    components: ReturnType<typeof componentsOf>,
    incidents: ReturnType<typeof incidentsOf>,
    problem: string | undefined,
  ) => {
    const errors = u.errors;
    const when = updateWhen();
    return html`
      <form class="sw-form" novalidate aria-labelledby=${id('u-heading')} @submit=${submitUpdate}>
        <h3 id=${id('u-heading')}>Add an incident update</h3>
        ${formErrors('u', errors, problem)}
        <div class="sw-field">
          <label for=${id('u-incident')}>Incident</label>
          <select
            id=${id('u-incident')}
            aria-invalid=${invalid(errors, 'incident')}
            aria-describedby=${described('u', 'incident', errors)}
            @change=${(e: Event) => {
              u.incident = value(e);
              incidentChosen = true;
              update();
            }}
          >
            ${incidents.map(
              (i) =>
                html`<option value=${i.id} ?selected=${i.id === u.incident}>
                  ${i.title} (${word(i.status) || i.id})
                </option>`,
            )}
            <option value="" ?selected=${u.incident === ''}>New incident…</option>
          </select>
          ${errorLine('u', 'incident', errors)}
        </div>
        ${
          u.incident === ''
            ? html`<fieldset class="sw-group">
                <legend>New incident</legend>
                <div class="sw-field">
                  <label for=${id('u-title')}>Title <span class="sw-quiet">(required)</span></label>
                  <input
                    id=${id('u-title')}
                    type="text"
                    required
                    autocomplete="off"
                    .value=${live(u.title)}
                    aria-invalid=${invalid(errors, 'title')}
                    aria-describedby=${described('u', 'title', errors)}
                    @input=${(e: Event) => {
                      u.title = value(e);
                      update();
                    }}
                  />
                  ${errorLine('u', 'title', errors)}
                </div>
                <div class="sw-field">
                  <label for=${id('u-impact')}>Impact</label>
                  <select
                    id=${id('u-impact')}
                    @change=${(e: Event) => {
                      u.impact = value(e) as Impact;
                      update();
                    }}
                  >
                    ${IMPACTS.map((i) => html`<option value=${i} ?selected=${i === u.impact}>${word(i)}</option>`)}
                  </select>
                </div>
                ${componentBoxes('u', components, u.components, (list) => (u.components = list))}
              </fieldset>`
            : nothing
        }
        <div class="sw-field">
          <label for=${id('u-status')}>Status</label>
          <select
            id=${id('u-status')}
            @change=${(e: Event) => {
              u.status = value(e) as IncidentStatus;
              update();
            }}
          >
            ${INCIDENT_STATUSES.map((s) => html`<option value=${s} ?selected=${s === u.status}>${word(s)}</option>`)}
          </select>
        </div>
        <div class="sw-field">
          <label for=${id('u-body')}>Message <span class="sw-quiet">(required)</span></label>
          <textarea
            id=${id('u-body')}
            rows="4"
            required
            .value=${live(u.body)}
            aria-invalid=${invalid(errors, 'body')}
            aria-describedby=${described('u', 'body', errors)}
            @input=${(e: Event) => {
              u.body = value(e);
              update();
            }}
          ></textarea>
          ${errorLine('u', 'body', errors)}
        </div>
        ${zoneSelect('u', u.zone, (zone) => (u.zone = zone), errors)}
        <fieldset class="sw-inline" aria-describedby=${described('u', 'at', errors, 'u-at-hint')}>
          <legend>Time of the update</legend>
          <div class="sw-field">
            <label for=${id('u-date')}>Date</label>
            <input
              id=${id('u-date')}
              type="date"
              .value=${live(when.date)}
              aria-invalid=${invalid(errors, 'at')}
              aria-describedby=${described('u', 'at', errors)}
              @input=${(e: Event) => {
                u.date = value(e);
                u.time ||= when.time;
                u.timeSet = true;
                update();
              }}
            />
          </div>
          <div class="sw-field">
            <label for=${id('u-time')}>Time</label>
            <input
              id=${id('u-time')}
              type="time"
              .value=${live(when.time)}
              aria-invalid=${invalid(errors, 'at')}
              aria-describedby=${described('u', 'at', errors)}
              @input=${(e: Event) => {
                u.time = value(e);
                u.date ||= when.date;
                u.timeSet = true;
                update();
              }}
            />
          </div>
          <button
            type="button"
            class="sw-secondary"
            ?disabled=${!u.timeSet}
            @click=${() => {
              u.timeSet = false;
              u.date = u.time = '';
              u.message = 'The time follows the clock again.';
              update();
            }}
          >
            Now
          </button>
          <p class="sw-quiet sw-wide" id=${id('u-at-hint')}>
            ${u.timeSet ? 'The time you set, in the zone above.' : 'Now, in the zone above, until you change it.'}
          </p>
          ${errorLine('u', 'at', errors)}
        </fieldset>
        <div class="sw-actions">
          <button type="submit" aria-describedby=${problem ? id('u-errors') : nothing}>Add update</button>
        </div>
        <p class="sw-status" role="status">${u.message}</p>
      </form>
    `;
  };

  // --- Submitting ------------------------------------------------------------------------------

  /** After a refused "Add": the first field with a problem gets focus, so it is read out. */
  const focusFirstError = (form: string, errors: FieldError[]) => {
    const box = host.querySelector<HTMLElement>(`#${id(`${form}-errors`)}`);
    const formElement = host.querySelector(`#${id(`${form}-heading`)}`)?.closest('form');
    const target = errors.some((e) => e.field === '')
      ? box
      : (formElement?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? box);
    if (target && !target.matches('input, select, textarea, button')) target.tabIndex = -1;
    target?.focus();
  };

  function submitWindow(event: Event) {
    event.preventDefault();
    const result = addMaintenance(api.getFeed(), windowInput());
    w.tried = true;
    if (result.ok) {
      api.setFeed(result.json);
      w.errors = [];
      w.tried = false;
      w.message = `Added the maintenance window "${result.id}" to the feed.`;
      update();
    } else {
      w.errors = result.errors;
      w.message = `Not added: ${result.errors.length === 1 ? 'one problem' : `${result.errors.length} problems`} to fix.`;
      update();
      focusFirstError('w', result.errors);
    }
  }

  function submitUpdate(event: Event) {
    event.preventDefault();
    const input = updateInput();
    const result = addIncidentUpdate(api.getFeed(), input);
    u.tried = true;
    if (result.ok) {
      api.setFeed(result.json);
      const isNew = input.incident.kind === 'new';
      u.errors = [];
      u.tried = false;
      u.message = isNew
        ? `Added the incident "${result.id}" with its first update.`
        : `Added an update (${word(u.status)}) to "${result.id}".`;
      u.incident = result.id;
      incidentChosen = true;
      u.body = '';
      update();
    } else {
      u.errors = result.errors;
      u.message = `Not added: ${result.errors.length === 1 ? 'one problem' : `${result.errors.length} problems`} to fix.`;
      update();
      focusFirstError('u', result.errors);
    }
  }

  // --- Rendering -------------------------------------------------------------------------------

  function update() {
    const read = readDocument(api.getFeed());
    const doc = read.ok ? read.doc : {};
    const problem = read.ok ? undefined : read.message;
    readable = read.ok;
    const components = componentsOf(doc);
    const incidents = incidentsOf(doc);
    const known = new Set(components.map((c) => c.id));
    w.components = w.components.filter((c) => known.has(c));
    u.components = u.components.filter((c) => known.has(c));
    if (!incidentChosen || (u.incident && !incidents.some((i) => i.id === u.incident))) {
      u.incident = incidents[0]?.id ?? '';
    }
    // Another incident chosen: the status starts from its own (a new incident's from investigating).
    if (u.incident !== statusFrom) {
      const chosen = incidents.find((i) => i.id === u.incident);
      u.status =
        chosen && (INCIDENT_STATUSES as readonly string[]).includes(chosen.status)
          ? (chosen.status as IncidentStatus)
          : 'investigating';
      statusFrom = u.incident;
    }
    // Once "Add" was refused, the errors follow the fields as they are corrected.
    if (w.tried) {
      const result = addMaintenance(api.getFeed(), windowInput());
      w.errors = result.ok ? [] : result.errors;
    }
    if (u.tried) {
      const result = addIncidentUpdate(api.getFeed(), updateInput());
      u.errors = result.ok ? [] : result.errors;
    }
    render(
      html`<div class="sw-authoring">
        ${windowForm(components, problem)} ${updateForm(components, incidents, problem)}
      </div>`,
      host,
    );
  }

  // The forms follow the editor: the host says when its text changed (an example loaded, the
  // user typing); and, in case a change went unsaid, the panel reads it again on the way in.
  api.onFeedChange(() => update());
  host.addEventListener('focusin', (event) => {
    if (!host.contains(event.relatedTarget as Node | null)) update();
  });
  host.addEventListener('pointerenter', () => update());
  update();
}
