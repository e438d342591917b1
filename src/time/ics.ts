/**
 * "Add to calendar": an RFC 5545 iCalendar document for one maintenance, a one-off window or a
 * recurring schedule, that calendar apps import.
 *
 * - One-off windows are written in UTC (`DTSTART:19970714T173000Z`), which every app reads alike.
 * - Recurring schedules keep their wall-clock time: `DTSTART;TZID=<zone>` with the local time,
 *   `DURATION` and `RRULE`, plus a `VTIMEZONE` for the zone built from `Intl` (via zone.ts):
 *   one `STANDARD`/`DAYLIGHT` part per offset change found, so no zone data ships.
 * - Text is escaped, lines end in CRLF and are folded at 75 octets without splitting a character.
 */
import type { Maintenance, Recurrence } from '../feed/model.js';
import { WEEKDAYS, type RRule } from './rrule.js';
import { zoneOffset, zonedToInstant } from './zone.js';

export interface IcsOptions {
  /** When the file is made (ms since the epoch): the `DTSTAMP`. */
  now: number;
  /** The status page's name; prefixes the event's title ("Tidewater Pulse: …"). */
  pageName?: string;
  /** The status page's address: its host makes the `UID` unique, and it is the fallback link. */
  pageUrl?: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const YEAR = 366 * DAY;

/** The iCalendar text (CRLF line endings) for one maintenance. */
export function maintenanceToIcs(maintenance: Maintenance, options: IcsOptions): string {
  const pageUrl = httpUrl(options.pageUrl);
  const url = httpUrl(maintenance.url) ?? pageUrl;
  const host = pageUrl ? new URL(pageUrl).hostname : '';
  const title = options.pageName ? `${options.pageName}: ${maintenance.title}` : maintenance.title;
  const { available, unavailable } = maintenance.availability;
  const description = [
    maintenance.summary,
    maintenance.reason,
    list('Available:', available),
    list('Unavailable:', unavailable),
    url,
  ]
    .filter(Boolean)
    .join('\n\n');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//status-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const event = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${maintenance.id}@${host || 'status-widgets'}`)}`,
    `DTSTAMP:${utcDateTime(options.now)}`,
  ];
  const recurrence = maintenance.recurrence;
  if (recurrence) {
    const zone = recurrence.timeZone;
    const first = firstOccurrenceDay(recurrence);
    const { y, m, d } = civil(first);
    const start = zonedToInstant(y, m, d, recurrence.startMinute, zone);
    const until = untilInstant(recurrence);
    // The zone's changes from a year before the first occurrence to three years after now (or
    // the rule's end), at most twelve years of them: a schedule that began longer ago gets the
    // offset at the start of that span for its oldest occurrences.
    let to = Math.max(start, options.now) + 3 * YEAR;
    if (until !== undefined) to = Math.min(to, Math.max(until, start) + 2 * DAY);
    const from = Math.max(first * DAY - YEAR, to - 12 * YEAR);
    lines.push(...vtimezone(zone, byMinute(from), byMinute(to), start));
    event.push(
      `DTSTART;TZID=${zone}:${localDateTime(y, m, d, recurrence.startMinute)}`,
      `DURATION:${duration(recurrence.durationMinutes)}`,
      `RRULE:${rruleText(recurrence.rule, until)}`,
    );
  } else {
    const startsAt = maintenance.startsAt;
    if (startsAt === undefined) throw new RangeError(`maintenance ${maintenance.id} has no window`);
    event.push(
      `DTSTART:${utcDateTime(startsAt)}`,
      `DTEND:${utcDateTime(Math.max(startsAt, maintenance.endsAt ?? startsAt))}`,
    );
  }
  event.push(`SUMMARY:${escapeText(title)}`);
  if (description) event.push(`DESCRIPTION:${escapeText(description)}`);
  if (url) event.push(`URL:${url}`);
  event.push(
    `STATUS:${maintenance.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  );
  lines.push(...event, 'END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

const RESERVED_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name for the download: the title (or else the id) reduced to lowercase ASCII letters,
 * digits and hyphens, at most 60 of them, then `.ics`. Safe on every file system.
 */
export function icsFileName(maintenance: Maintenance): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '');
  let name = slug(maintenance.title) || slug(maintenance.id) || 'maintenance';
  if (RESERVED_NAME.test(name)) name += '-maintenance';
  return `${name}.ics`;
}

// ---------------------------------------------------------------------------------------------
// Text

function list(heading: string, items: string[]): string {
  return items.length ? [heading, ...items.map((item) => `- ${item}`)].join('\n') : '';
}

/** An absolute http(s) URL, serialised by the URL parser (so no spaces or line breaks), or undefined. */
function httpUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An RFC 5545 TEXT value: `\`, `;` and `,` escaped, line breaks as `\n`, other controls dropped. */
function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- removing the controls RFC 5545 forbids in TEXT
      .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '')
      // A lone surrogate cannot be encoded in UTF-8; the encoder would write U+FFFD anyway.
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}

/** Splits a content line into lines of at most 75 octets (UTF-8), whole characters only. */
function fold(line: string): string {
  let out = '';
  let bytes = 0;
  for (const char of line) {
    const cp = char.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > 75) {
      out += '\r\n ';
      bytes = 1;
    }
    out += char;
    bytes += size;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates and times

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const byMinute = (instant: number) => Math.floor(instant / MINUTE) * MINUTE;

/** `19970714T173000Z` (seconds and below are truncated). */
function utcDateTime(instant: number): string {
  return new Date(instant).toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

/** `19970714T173000`, a floating local date-time. */
function localDateTime(year: number, month: number, day: number, minuteOfDay: number): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(Math.floor(minuteOfDay / 60))}${pad(minuteOfDay % 60)}00`;
}

/** An exact duration in hours and minutes (`PT5H`, `PT26H30M`): no nominal days. */
function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return minutes > 0 ? `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}` : 'PT0S';
}

/** `+0530`, `-0330`, `+1345`. */
function utcOffset(minutes: number): string {
  const abs = Math.round(Math.abs(minutes));
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** A calendar date from its day number (days since 1970-01-01); weekday 0 = Monday. */
function civil(dayNumber: number): { y: number; m: number; d: number; weekday: number } {
  const date = new Date(dayNumber * DAY);
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    weekday: (date.getUTCDay() + 6) % 7,
  };
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

// ---------------------------------------------------------------------------------------------
// Recurrence

/**
 * The local date of the schedule's first occurrence: `startsOn`, or the first day after it the
 * rule selects. RFC 5545 counts DTSTART as an occurrence whether or not the rule matches it, so
 * DTSTART must be a real occurrence. Moving it within the rule's own period grid keeps INTERVAL's
 * alignment (weeks start on Monday, RFC 5545's default WKST).
 */
function firstOccurrenceDay(recurrence: Recurrence): number {
  const start = dayNumber(recurrence.startsOn);
  for (let day = start; day < start + 3700; day++) {
    if (matches(recurrence.rule, start, day)) return day;
  }
  return start;
}

function matches(rule: RRule, startDay: number, day: number): boolean {
  const a = civil(startDay);
  const b = civil(day);
  const { freq, interval, byDay, byMonthDay } = rule;
  if (freq === 'DAILY') {
    if ((day - startDay) % interval) return false;
  } else if (freq === 'WEEKLY') {
    if ((day - b.weekday - (startDay - a.weekday)) % (7 * interval)) return false;
    if (!byDay.length) return b.weekday === a.weekday;
  } else {
    if (((b.y - a.y) * 12 + b.m - a.m) % interval) return false;
    if (!byDay.length && !byMonthDay.length) return b.d === a.d;
  }
  const monthDays = new Date(Date.UTC(b.y, b.m, 0)).getUTCDate();
  if (byMonthDay.length && !byMonthDay.some((n) => (n > 0 ? n : monthDays + 1 + n) === b.d)) return false;
  return (
    !byDay.length ||
    byDay.some(
      ({ weekday, ordinal }) =>
        weekday === b.weekday &&
        (ordinal === undefined ||
          (ordinal > 0 ? Math.ceil(b.d / 7) : -Math.ceil((monthDays + 1 - b.d) / 7)) === ordinal),
    )
  );
}

/**
 * The rule's UNTIL as an instant. A date-only UNTIL (inclusive, in the schedule's zone) becomes
 * the last second of that local day: RFC 5545 wants UNTIL in UTC when DTSTART has a TZID.
 */
function untilInstant(recurrence: Recurrence): number | undefined {
  const until = recurrence.rule.until;
  if (!until) return undefined;
  if ('instant' in until) return until.instant;
  const next = civil(dayNumber(until.date) + 1);
  return zonedToInstant(next.y, next.m, next.d, 0, recurrence.timeZone) - 1000;
}

function rruleText(rule: RRule, until: number | undefined): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length) {
    parts.push(
      `BYDAY=${rule.byDay.map(({ weekday, ordinal }) => `${ordinal ?? ''}${WEEKDAYS[weekday]}`).join(',')}`,
    );
  }
  if (rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (until !== undefined) parts.push(`UNTIL=${utcDateTime(until)}`);
  return parts.join(';');
}

// ---------------------------------------------------------------------------------------------
// VTIMEZONE from Intl

/**
 * A VTIMEZONE covering `from`…`to`: the zone's offset is sampled daily and each change found is
 * bisected to the minute, giving one observance per change. When no change precedes `start`
 * (fixed-offset zones such as Asia/Kolkata, or none in range) an observance for the offset at
 * `from` comes first, dated 1970 as is customary, so every time of the event has an offset.
 */
function vtimezone(zone: string, from: number, to: number, start: number): string[] {
  const changes: ZoneChange[] = [];
  let previous = from;
  let previousOffset = zoneOffset(from, zone);
  while (previous < to) {
    const next = Math.min(previous + DAY, to);
    const offset = zoneOffset(next, zone);
    if (offset !== previousOffset) {
      let lo = previous;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (zoneOffset(mid, zone) === previousOffset) lo = mid;
        else hi = mid;
      }
      const before = zoneOffset(hi - MINUTE, zone);
      const after = zoneOffset(hi, zone);
      changes.push({ at: hi, from: before, to: after, daylight: after > before });
    }
    previous = next;
    previousOffset = offset;
  }
  if (!changes.length || changes[0]!.at > start) {
    const offset = zoneOffset(from, zone);
    const daylight = offset > zoneOffset(from + YEAR / 2, zone);
    changes.unshift({ at: from, from: offset, to: offset, daylight, initial: true });
  }

  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  for (const change of changes) {
    const kind = change.daylight ? 'DAYLIGHT' : 'STANDARD';
    // Where the change happens, read on the clock in force before it (TZOFFSETFROM).
    const local = new Date(change.at + change.from * MINUTE);
    const name = zoneName(change.at, zone);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${
        change.initial
          ? '19700101T000000'
          : localDateTime(
              local.getUTCFullYear(),
              local.getUTCMonth() + 1,
              local.getUTCDate(),
              local.getUTCHours() * 60 + local.getUTCMinutes(),
            )
      }`,
      `TZOFFSETFROM:${utcOffset(change.from)}`,
      `TZOFFSETTO:${utcOffset(change.to)}`,
      ...(name ? [`TZNAME:${escapeText(name)}`] : []),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

interface ZoneChange {
  at: number;
  /** Offsets in minutes, before and after. */
  from: number;
  to: number;
  daylight: boolean;
  /** The offset in force from the start of the range (written as in force since 1970). */
  initial?: boolean;
}

const nameFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at an instant as Intl gives it in English ("PDT", "GMT+5:30"). */
function zoneName(instant: number, zone: string): string | undefined {
  try {
    let format = nameFormats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
      nameFormats.set(zone, format);
    }
    return format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}
