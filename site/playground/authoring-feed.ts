/**
 * What the playground's authoring forms write into a feed, without any DOM: wall-clock times in a
 * zone as ISO 8601 instants with that date's offset, one-off and recurring maintenance windows
 * (an RRULE in the subset `src/feed/rrule.ts` accepts), incident updates, and the check that every
 * document they produce passes `parseFeed` before it reaches the editor.
 *
 * Zone arithmetic is the library's (`src/time/zone.ts`, with its daylight-saving rule), the
 * schedule in words and its next occurrences too (`src/time/recurrence-text.ts`,
 * `src/time/recurrence.ts`), so the preview says exactly what `<maintenance-notice>` will.
 */
import { parseFeed } from '../../src/feed/parse.js';
import { formatIssue, type FeedIssue } from '../../src/feed/errors.js';
import { parseInstant, parseLocalDate, parseWallTime } from '../../src/feed/instant.js';
import { parseRRule, WEEKDAYS } from '../../src/feed/rrule.js';
import type { Impact, IncidentStatus, MaintenanceStatus } from '../../src/feed/schema.js';
import { instantToZoned, zonedToInstant, zoneOffset } from '../../src/time/zone.js';
import { occurrencesAfter } from '../../src/time/recurrence.js';
import { describeRecurrence } from '../../src/time/recurrence-text.js';
import { formatWindow } from '../../src/time/format.js';

/** A problem with one field of a form (`field` is the form's own name for it; '' for the form). */
export interface FieldError {
  field: string;
  message: string;
}

export type Built<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** A JSON object as the editor holds it: any fields, the native ones among them. */
export type Json = Record<string, unknown>;

/** Weekday names, index 0 = Monday (the library's order, `WEEKDAYS`). */
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `+05:30`, `-08:00`, `+00:00` for an offset in minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const whole = Math.round(minutes);
  return `${whole < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(whole) / 60))}:${pad(Math.abs(whole) % 60)}`;
}

/** A local date and time in a zone, as the form's inputs give them. */
export interface WallClock {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`. */
  time: string;
}

export interface ZonedInstant {
  /** ISO 8601 with the zone's offset at that instant: `2026-12-12T17:00:00-08:00`. */
  iso: string;
  /** ms since the epoch. */
  instant: number;
  /**
   * The local time actually written, when it differs from the one asked for: a time skipped
   * when clocks go forward moves on by the gap (02:30 → 03:30), as the library reads such times.
   */
  shiftedTo?: string;
}

/**
 * The instant of a wall-clock time in `timeZone`, written with that zone's offset on that date
 * (so a December date in Los Angeles gets -08:00 and a July one -07:00). `undefined` when the
 * date, the time or the zone cannot be read.
 */
export function zonedIso({ date, time }: WallClock, timeZone: string): ZonedInstant | undefined {
  const day = parseLocalDate(date);
  const minute = parseWallTime(time);
  if (!day || minute === undefined || !isZone(timeZone)) return undefined;
  const instant = zonedToInstant(day.year, day.month, day.day, minute, timeZone);
  const local = instantToZoned(instant, timeZone);
  const written = `${pad(local.hour)}:${pad(local.minute)}`;
  const localDate = `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
  const iso = `${localDate}T${written}:00${formatOffset(zoneOffset(instant, timeZone))}`;
  return {
    iso,
    instant,
    ...((written !== time || localDate !== date) && { shiftedTo: `${localDate} ${written}` }),
  };
}

/** The wall clock in `timeZone` at an instant: what the form's date and time inputs show for "now". */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const local = instantToZoned(instant, isZone(timeZone) ? timeZone : 'UTC');
  return {
    date: `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`,
    time: `${pad(local.hour)}:${pad(local.minute)}`,
  };
}

/** The date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = parseLocalDate(date);
  if (!d) return date;
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

export function isZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z_+\-/0-9]+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zones a zone select offers: the engine's list, with UTC and the given ones, sorted. */
export function zoneChoices(...include: string[]): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // An engine without supportedValuesOf: the given zones and UTC only.
  }
  return [...new Set([...zones, 'UTC', ...include.filter(isZone)])].sort();
}

// --- Recurring windows -------------------------------------------------------------------------

export type Frequency = 'daily' | 'weekly' | 'monthly';

export interface RecurrenceInput {
  frequency: Frequency;
  /** Every n-th day, week or month (1 = every). */
  interval: number;
  /** Weekly: the weekdays (0 = Monday). Daily: only on these (none: every day). */
  weekdays: number[];
  /** Monthly: the n-th (1…4) or last (-1) `weekday` of the month. */
  ordinal: number;
  weekday: number;
  /** Local start and end (`HH:MM`); an end at or before the start is on the next day. */
  startTime: string;
  endTime: string;
  timeZone: string;
  /** The first local date the rule applies from (`YYYY-MM-DD`). */
  startsOn: string;
  end: { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; count: number };
}

/** The feed's `recurrence` object. */
export interface RecurrenceDoc {
  rule: string;
  startsOn: string;
  time: string;
  duration: string;
  timeZone: string;
}

/** An ISO 8601 duration for a number of minutes: `PT5H`, `PT1H30M`, `P1D`. */
export function isoDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** The RRULE for a recurrence input (no checks beyond what builds it; see `buildRecurrence`). */
export function buildRRule(input: RecurrenceInput): string {
  const parts = [`FREQ=${input.frequency.toUpperCase()}`];
  if (input.interval > 1) parts.push(`INTERVAL=${input.interval}`);
  if (input.frequency === 'monthly') {
    parts.push(`BYDAY=${input.ordinal}${WEEKDAYS[input.weekday]}`);
  } else if (input.weekdays.length) {
    const days = [...new Set(input.weekdays)].sort((a, b) => a - b);
    parts.push(`BYDAY=${days.map((d) => WEEKDAYS[d]).join(',')}`);
  }
  if (input.end.kind === 'until') parts.push(`UNTIL=${input.end.date.replaceAll('-', '')}`);
  if (input.end.kind === 'count') parts.push(`COUNT=${input.end.count}`);
  return parts.join(';');
}

/** The feed's `recurrence` for the inputs, or what is wrong with them (by field). */
export function buildRecurrence(input: RecurrenceInput): Built<RecurrenceDoc> {
  const errors: FieldError[] = [];
  const start = parseWallTime(input.startTime);
  const end = parseWallTime(input.endTime);
  if (start === undefined) errors.push({ field: 'startTime', message: 'Enter a start time as HH:MM.' });
  if (end === undefined) errors.push({ field: 'endTime', message: 'Enter an end time as HH:MM.' });
  else if (start === end) {
    errors.push({ field: 'endTime', message: 'The end time must differ from the start time.' });
  }
  if (!isZone(input.timeZone)) errors.push({ field: 'timeZone', message: 'Choose a time zone.' });
  if (!parseLocalDate(input.startsOn)) {
    errors.push({ field: 'startsOn', message: 'Enter the first date as YYYY-MM-DD.' });
  }
  if (!Number.isInteger(input.interval) || input.interval < 1 || input.interval > 99) {
    errors.push({ field: 'interval', message: 'Enter a whole number from 1 to 99.' });
  }
  if (input.frequency === 'weekly' && !input.weekdays.length) {
    errors.push({ field: 'weekdays', message: 'Choose at least one weekday.' });
  }
  if (
    input.frequency === 'monthly' &&
    (![1, 2, 3, 4, -1].includes(input.ordinal) || !WEEKDAYS[input.weekday])
  ) {
    errors.push({ field: 'ordinal', message: 'Choose which weekday of the month.' });
  }
  if (input.end.kind === 'until') {
    if (!parseLocalDate(input.end.date)) {
      errors.push({ field: 'until', message: 'Enter the last date as YYYY-MM-DD.' });
    } else if (parseLocalDate(input.startsOn) && input.end.date < input.startsOn) {
      errors.push({ field: 'until', message: 'The last date must not be before the first date.' });
    }
  }
  if (input.end.kind === 'count') {
    const { count } = input.end;
    if (!Number.isInteger(count) || count < 1 || count > 9999) {
      errors.push({ field: 'count', message: 'Enter a number of occurrences from 1 to 9999.' });
    }
  }
  if (errors.length || start === undefined || end === undefined) return { ok: false, errors };

  const rule = buildRRule(input);
  const parsed = parseRRule(rule);
  if (!parsed.ok) return { ok: false, errors: [{ field: 'frequency', message: parsed.message }] };
  const minutes = end > start ? end - start : end + 1440 - start;
  return {
    ok: true,
    value: {
      rule,
      startsOn: input.startsOn,
      time: input.startTime,
      duration: isoDuration(minutes),
      timeZone: input.timeZone,
    },
  };
}

export interface RecurrencePreview {
  /** The schedule in words, as `<maintenance-notice>` says it: "Every Saturday, 5:00 – 10:00 PM PST". */
  sentence: string;
  /** The next occurrences from `now`, each in words in the schedule's zone. */
  next: { startsAt: number; endsAt: number; text: string }[];
}

/**
 * The schedule in words and its next few occurrences, read through the library itself (the
 * recurrence is parsed as a one-item feed), so the preview cannot disagree with the elements.
 */
export function previewRecurrence(
  recurrence: RecurrenceDoc,
  { locale = 'en', now = Date.now(), count = 5 }: { locale?: string; now?: number; count?: number } = {},
): RecurrencePreview | undefined {
  const parsed = parseFeed({
    version: 1,
    maintenances: [{ id: 'preview', title: 'preview', status: 'scheduled', recurrence }],
  });
  const model = parsed.ok ? parsed.model.maintenances[0]?.recurrence : undefined;
  if (!model) return undefined;
  const windows = occurrencesAfter(model, now, count);
  const options = { locale, timeZone: recurrence.timeZone };
  return {
    sentence: describeRecurrence(model, { ...options, ...(windows[0] && { at: windows[0].startsAt }) }),
    next: windows.map((w) => ({ ...w, text: formatWindow(w.startsAt, w.endsAt, options).text })),
  };
}

// --- Maintenance windows -----------------------------------------------------------------------

export interface MaintenanceInput {
  title: string;
  summary: string;
  impact: Impact;
  status: MaintenanceStatus;
  components: string[];
  schedule:
    | { kind: 'once'; timeZone: string; start: WallClock; end: WallClock }
    | { kind: 'recurring'; recurrence: RecurrenceInput };
}

/**
 * An id from a title that no item in `taken` has: `database-upgrade`, then `database-upgrade-2`.
 * Falls back to `fallback` when the title has no letters or digits.
 */
export function uniqueId(title: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The one-off window's two ends, or what is wrong with them. */
export function buildWindow(
  schedule: Extract<MaintenanceInput['schedule'], { kind: 'once' }>,
): Built<{ startsAt: ZonedInstant; endsAt: ZonedInstant }> {
  const errors: FieldError[] = [];
  if (!isZone(schedule.timeZone)) errors.push({ field: 'timeZone', message: 'Choose a time zone.' });
  const startsAt = zonedIso(schedule.start, schedule.timeZone);
  const endsAt = zonedIso(schedule.end, schedule.timeZone);
  if (!startsAt && isZone(schedule.timeZone)) {
    errors.push({ field: 'start', message: 'Enter a start date and time.' });
  }
  if (!endsAt && isZone(schedule.timeZone))
    errors.push({ field: 'end', message: 'Enter an end date and time.' });
  if (startsAt && endsAt && endsAt.instant <= startsAt.instant) {
    errors.push({ field: 'end', message: 'The end must be after the start.' });
  }
  if (errors.length || !startsAt || !endsAt) return { ok: false, errors };
  return { ok: true, value: { startsAt, endsAt } };
}

/** The feed's maintenance object for the form's inputs; `taken` are the ids already in the feed. */
export function buildMaintenance(input: MaintenanceInput, taken: Iterable<string>): Built<Json> {
  const errors: FieldError[] = [];
  const title = input.title.trim();
  if (!title) errors.push({ field: 'title', message: 'Enter a title.' });
  let times: Json = {};
  if (input.schedule.kind === 'once') {
    const window = buildWindow(input.schedule);
    if (window.ok) times = { startsAt: window.value.startsAt.iso, endsAt: window.value.endsAt.iso };
    else errors.push(...window.errors);
  } else {
    const recurrence = buildRecurrence(input.schedule.recurrence);
    if (recurrence.ok) times = { recurrence: recurrence.value };
    else errors.push(...recurrence.errors);
  }
  if (errors.length) return { ok: false, errors };
  const summary = input.summary.trim();
  return {
    ok: true,
    value: {
      id: uniqueId(title, taken, 'maintenance'),
      title,
      ...(summary && { summary }),
      status: input.status,
      impact: input.impact,
      ...times,
      ...(input.components.length && { components: [...input.components] }),
    },
  };
}

// --- Incident updates --------------------------------------------------------------------------

export interface UpdateInput {
  incident:
    { kind: 'existing'; id: string } | { kind: 'new'; title: string; impact: Impact; components: string[] };
  status: IncidentStatus;
  body: string;
  at: WallClock;
  timeZone: string;
}

const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : [];
const ids = (value: unknown) =>
  list(value).flatMap((item) => (typeof item['id'] === 'string' ? [item['id']] : []));

/**
 * The document with the update added: to an existing incident (whose status, and `resolvedAt`,
 * follow the update when it is the newest), or as the first update of a new incident that starts
 * then. `doc` is not changed.
 */
export function withIncidentUpdate(doc: Json, input: UpdateInput): Built<{ doc: Json; id: string }> {
  const errors: FieldError[] = [];
  const body = input.body.trim();
  if (!body) errors.push({ field: 'body', message: 'Enter the text of the update.' });
  if (!isZone(input.timeZone)) errors.push({ field: 'timeZone', message: 'Choose a time zone.' });
  const at = isZone(input.timeZone) ? zonedIso(input.at, input.timeZone) : undefined;
  if (!at && isZone(input.timeZone))
    errors.push({ field: 'at', message: 'Enter the date and time of the update.' });
  const incidents = list(doc['incidents']);
  const update = { at: at?.iso ?? '', status: input.status, body };

  if (input.incident.kind === 'new') {
    const title = input.incident.title.trim();
    if (!title) errors.push({ field: 'title', message: 'Enter a title for the new incident.' });
    if (errors.length || !at) return { ok: false, errors };
    const id = uniqueId(title, ids(doc['incidents']), 'incident');
    const incident: Json = {
      id,
      title,
      impact: input.incident.impact,
      status: input.status,
      ...(input.incident.components.length && { components: [...input.incident.components] }),
      startedAt: at.iso,
      ...(input.status === 'resolved' && { resolvedAt: at.iso }),
      updates: [update],
    };
    return { ok: true, value: { doc: { ...doc, incidents: [...incidents, incident] }, id } };
  }

  const { id } = input.incident;
  const index = incidents.findIndex((i) => i['id'] === id);
  if (index < 0) errors.push({ field: 'incident', message: `The feed has no incident "${id}" any more.` });
  const old = incidents[index];
  const started = typeof old?.['startedAt'] === 'string' ? (parseInstant(old['startedAt']) ?? NaN) : NaN;
  if (at && at.instant < started) {
    errors.push({ field: 'at', message: 'The update is earlier than the incident started (its startedAt).' });
  }
  if (errors.length || !old || !at) return { ok: false, errors };
  const updates = list(old['updates']);
  const newest = updates.every(
    (u) => typeof u['at'] !== 'string' || (parseInstant(u['at']) ?? -Infinity) <= at.instant,
  );
  const incident: Json = { ...old, updates: [...updates, update] };
  if (newest) {
    incident['status'] = input.status;
    if (input.status === 'resolved') incident['resolvedAt'] = at.iso;
    else delete incident['resolvedAt'];
  }
  const next = incidents.slice();
  next[index] = incident;
  return { ok: true, value: { doc: { ...doc, incidents: next }, id } };
}

// --- Reading and checking the editor's text ----------------------------------------------------

export type ReadResult = { ok: true; doc: Json } | { ok: false; message: string };

/** The editor's text as a native feed document the forms can add to, or why not. */
export function readDocument(text: string): ReadResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : 'invalid JSON';
    return { ok: false, message: `The editor's text is not valid JSON (${detail}). Fix it, then add.` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || (doc as Json)['version'] !== 1) {
    return {
      ok: false,
      message: 'The forms add to a native feed ("version": 1); the editor holds something else.',
    };
  }
  return { ok: true, doc: doc as Json };
}

/** The feed's components, for the forms' checkboxes (an unreadable document has none). */
export function componentsOf(doc: Json): { id: string; name: string; group?: string }[] {
  return list(doc['components']).flatMap((c) =>
    typeof c['id'] === 'string' && c['id']
      ? [
          {
            id: c['id'],
            name: typeof c['name'] === 'string' && c['name'].trim() ? c['name'] : c['id'],
            ...(typeof c['group'] === 'string' && { group: c['group'] }),
          },
        ]
      : [],
  );
}

/** The feed's incidents, newest first as far as their `startedAt` says, for the incident select. */
export function incidentsOf(doc: Json): { id: string; title: string; status: string }[] {
  return list(doc['incidents'])
    .flatMap((i) =>
      typeof i['id'] === 'string' && i['id']
        ? [
            {
              id: i['id'],
              title: typeof i['title'] === 'string' ? i['title'] : i['id'],
              status: typeof i['status'] === 'string' ? i['status'] : '',
              started: typeof i['startedAt'] === 'string' ? (parseInstant(i['startedAt']) ?? 0) : 0,
            },
          ]
        : [],
    )
    .sort((a, b) => b.started - a.started)
    .map(({ id, title, status }) => ({ id, title, status }));
}

export type CheckResult = { ok: true; warnings: FeedIssue[] } | { ok: false; issues: FeedIssue[] };

/** `parseFeed`'s verdict on a document: only a document it accepts is ever written. */
export function checkDocument(doc: Json): CheckResult {
  const result = parseFeed(doc);
  return result.ok
    ? { ok: true, warnings: result.warnings }
    : { ok: false, issues: [...result.error.issues] };
}

/** The outcome of "Add": the new editor text, or the errors to show next to the form. */
export type AddResult = { ok: true; json: string; id: string } | { ok: false; errors: FieldError[] };

/** Fields of the new item that a feed issue's path points at (the rest belong to the form). */
function fieldOf(path: string, prefix: string, fields: Record<string, string>): string {
  if (!path.startsWith(prefix)) return '';
  const rest = path.slice(prefix.length).replace(/^\./, '');
  const key = Object.keys(fields).find(
    (k) => rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`),
  );
  return key ? fields[key]! : '';
}

function issuesToErrors(issues: FeedIssue[], prefix: string, fields: Record<string, string>): FieldError[] {
  return issues.map((issue) => ({ field: fieldOf(issue.path, prefix, fields), message: formatIssue(issue) }));
}

/** First checks: the editor's text is a feed the library accepts (else nothing is added to it). */
function readChecked(text: string): { ok: true; doc: Json } | { ok: false; errors: FieldError[] } {
  const read = readDocument(text);
  if (!read.ok) return { ok: false, errors: [{ field: '', message: read.message }] };
  const before = checkDocument(read.doc);
  if (!before.ok) {
    const shown = before.issues.slice(0, 3).map(formatIssue).join('; ');
    return {
      ok: false,
      errors: [
        { field: '', message: `The feed in the editor is not valid yet (${shown}). Fix it, then add.` },
      ],
    };
  }
  return read;
}

const stringify = (doc: Json) => JSON.stringify(doc, null, 2);

/** The editor's text with a maintenance window added, checked by `parseFeed`; or why not. */
export function addMaintenance(text: string, input: MaintenanceInput): AddResult {
  const read = readChecked(text);
  if (!read.ok) return read;
  const maintenances = list(read.doc['maintenances']);
  const built = buildMaintenance(input, ids(read.doc['maintenances']));
  if (!built.ok) return built;
  const doc = { ...read.doc, maintenances: [...maintenances, built.value] };
  const checked = checkDocument(doc);
  if (!checked.ok) {
    return {
      ok: false,
      errors: issuesToErrors(checked.issues, `maintenances[${maintenances.length}]`, {
        title: 'title',
        summary: 'summary',
        startsAt: 'start',
        endsAt: 'end',
        recurrence: 'frequency',
      }),
    };
  }
  return { ok: true, json: stringify(doc), id: String(built.value['id']) };
}

/** The editor's text with an incident update added, checked by `parseFeed`; or why not. */
export function addIncidentUpdate(text: string, input: UpdateInput): AddResult {
  const read = readChecked(text);
  if (!read.ok) return read;
  const built = withIncidentUpdate(read.doc, input);
  if (!built.ok) return built;
  const { doc, id } = built.value;
  const checked = checkDocument(doc);
  if (!checked.ok) {
    const index = list(doc['incidents']).findIndex((i) => i['id'] === id);
    return {
      ok: false,
      errors: issuesToErrors(checked.issues, `incidents[${index}]`, {
        title: 'title',
        updates: 'body',
        resolvedAt: 'at',
        startedAt: 'at',
      }),
    };
  }
  return { ok: true, json: stringify(doc), id };
}
