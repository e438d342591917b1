/**
 * "Add to calendar": an RFC 5545 iCalendar document for one maintenance, a one-off window or a
 * recurring schedule, that calendar apps import. Its event (`maintenanceEvent`) is also the one
 * the calendar of a whole feed holds for that maintenance (ics-calendar.ts, `status-widgets ics`).
 *
 * - One-off windows are written in UTC (`DTSTART:19970714T173000Z`), which every app reads alike.
 * - Recurring schedules keep their wall-clock time: `DTSTART;TZID=<zone>` with the local time,
 *   `DURATION` and `RRULE`, plus a `VTIMEZONE` for the zone built from `Intl` (via zone.ts):
 *   one `STANDARD`/`DAYLIGHT` part per offset change found, so no zone data ships.
 * - Text is escaped, lines end in CRLF and are folded at 75 octets without splitting a character.
 */
import type { Maintenance } from '../feed/model.js';
import { dayNumber, firstDay } from './recurrence.js';
import { WEEKDAYS } from '../feed/rrule.js';
import { intl } from '../i18n/intl.js';
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

/** The zone a recurring schedule's event is in, and the span its `VTIMEZONE` must cover (ms). */
export interface IcsZoneSpan {
  zone: string;
  from: number;
  to: number;
  /** The schedule's first occurrence: an observance in force then must be written. */
  start: number;
}

/** One maintenance as a `VEVENT`: its content lines (each ending in "\n", unfolded) and zone. */
export interface IcsEvent {
  lines: string;
  /** Set for a recurring schedule (DTSTART has a TZID): the VTIMEZONE it needs. */
  zone?: IcsZoneSpan;
}

/** The start of every calendar this module writes, up to its first component. */
export const CALENDAR_START = `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//status-widgets//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
`;

/** The iCalendar text (CRLF line endings) for one maintenance. */
export function maintenanceToIcs(maintenance: Maintenance, options: IcsOptions): string {
  const event = maintenanceEvent(maintenance, options);
  return icsText(`${CALENDAR_START}${event.zone ? vtimezone(event.zone) : ''}${event.lines}END:VCALENDAR\n`);
}

/**
 * The `VEVENT` of one maintenance, shared by the "Add to calendar" file and the feed's calendar:
 * the same `UID`, times, title, description, link and status in both. `revision`: content lines
 * (each ending in "\n") that go after `DTSTAMP`, the calendar's `SEQUENCE` and `LAST-MODIFIED`.
 */
export function maintenanceEvent(maintenance: Maintenance, options: IcsOptions, revision = ''): IcsEvent {
  const { id, title, recurrence, startsAt, availability } = maintenance;
  const pageUrl = httpUrl(options.pageUrl);
  const url = httpUrl(maintenance.url) ?? pageUrl;
  const host = pageUrl ? new URL(pageUrl).hostname : '';
  const description = [
    maintenance.summary,
    maintenance.reason,
    list('Available:', availability.available),
    list('Unavailable:', availability.unavailable),
    url,
  ]
    .filter(Boolean)
    .join('\n\n');

  let zone: IcsZoneSpan | undefined;
  let when: string;
  if (recurrence) {
    const { rule, timeZone, startMinute } = recurrence;
    const first = firstDay(recurrence);
    const start = zonedToInstant(1970, 1, 1 + first, startMinute, timeZone);
    // The rule's UNTIL as an instant. A date-only UNTIL (inclusive, in the schedule's zone) becomes
    // the last second of that local day: RFC 5545 wants UNTIL in UTC when DTSTART has a TZID.
    const until =
      rule.until &&
      ('instant' in rule.until
        ? rule.until.instant
        : zonedToInstant(1970, 1, 2 + dayNumber(rule.until.date), 0, timeZone) - 1000);
    // The zone's changes from a year before the first occurrence to three years after now (or
    // the rule's end), at most twelve years of them: a schedule that began longer ago gets the
    // offset at the start of that span for its oldest occurrences.
    let to = Math.max(start, options.now) + 3 * YEAR;
    if (until !== undefined) to = Math.min(to, Math.max(until, start) + 2 * DAY);
    const from = Math.max(first * DAY - YEAR, to - 12 * YEAR);
    zone = { zone: timeZone, from: byMinute(from), to: byMinute(to), start };
    const parts = [
      `FREQ=${rule.freq}`,
      rule.interval !== 1 && `INTERVAL=${rule.interval}`,
      rule.byDay.length &&
        `BYDAY=${rule.byDay.map(({ weekday, ordinal }) => `${ordinal ?? ''}${WEEKDAYS[weekday]}`).join(',')}`,
      rule.byMonthDay.length && `BYMONTHDAY=${rule.byMonthDay.join(',')}`,
      rule.count !== undefined && `COUNT=${rule.count}`,
      until !== undefined && `UNTIL=${utcDateTime(until)}`,
    ];
    when = `DTSTART;TZID=${timeZone}:${localDateTime(first * DAY + startMinute * MINUTE)}
DURATION:${duration(recurrence.durationMinutes)}
RRULE:${parts.filter(Boolean).join(';')}`;
  } else {
    if (startsAt === undefined) throw new RangeError(`maintenance ${id} has no window`);
    when = `DTSTART:${utcDateTime(startsAt)}
DTEND:${utcDateTime(Math.max(startsAt, maintenance.endsAt ?? startsAt))}`;
  }
  // The content lines, one per "\n" (no value holds one: text is escaped, URLs are serialised).
  const lines = `BEGIN:VEVENT
UID:${escapeText(`${id}@${host || 'status-widgets'}`)}
DTSTAMP:${utcDateTime(options.now)}
${revision}${when}
SUMMARY:${escapeText(options.pageName ? `${options.pageName}: ${title}` : title)}
${description ? `DESCRIPTION:${escapeText(description)}\n` : ''}${url ? `URL:${url}\n` : ''}STATUS:${
    maintenance.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'
  }
TRANSP:TRANSPARENT
END:VEVENT
`;
  return { lines, zone };
}

/** Content lines (each ending in "\n") as an iCalendar document: folded, each ended with CRLF. */
export function icsText(lines: string): string {
  return lines.split('\n').map(fold).join('\r\n');
}

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
  const name = slug(maintenance.title) || slug(maintenance.id) || 'maintenance';
  // Names Windows reserves.
  return `${name}${/^(con|prn|aux|nul|com\d|lpt\d)$/.test(name) ? '-maintenance' : ''}.ics`;
}

// ---------------------------------------------------------------------------------------------
// Text

function list(heading: string, items: string[]): string {
  return items.length ? [heading, ...items.map((item) => `- ${item}`)].join('\n') : '';
}

/** An absolute http(s) URL, serialised by the URL parser (so no spaces or line breaks), or undefined. */
export function httpUrl(text: string | undefined): string | undefined {
  try {
    const url = new URL(text ?? '');
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An RFC 5545 TEXT value: `\`, `;` and `,` escaped, line breaks as `\n`, other controls dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- removing the controls RFC 5545 forbids in TEXT
      .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '')
      // A lone surrogate cannot be encoded in UTF-8; the encoder would write U+FFFD anyway. (With
      // the u flag, a surrogate pair is one character, so only lone surrogates match.)
      .replace(/[\ud800-\udfff]/gu, '\ufffd')
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

const byMinute = (instant: number) => Math.floor(instant / MINUTE) * MINUTE;

/** `19970714T173000Z`: the UTC date and time (below seconds truncated). */
export function utcDateTime(instant: number): string {
  return new Date(instant).toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

/** `19970714T173000`, a floating local date-time, from its wall-clock reading as if in UTC (no seconds). */
function localDateTime(wall: number): string {
  return utcDateTime(wall).slice(0, 13) + '00';
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
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// VTIMEZONE from Intl

/**
 * A VTIMEZONE for `span.zone` covering `from`…`to`: the zone's offset is sampled daily and each change found is
 * bisected to the minute, giving one observance per change. When no change precedes `start`
 * (fixed-offset zones such as Asia/Kolkata, or none in range) an observance for the offset at
 * `from` comes first, dated 1970 as is customary, so every time of the event has an offset.
 * Its lines each end in "\n".
 */
export function vtimezone({ zone, from, to, start }: IcsZoneSpan): string {
  const offset = (instant: number) => zoneOffset(instant, zone);
  /**
   * The observance for a change at `at` from offset `before` to `after` (minutes). `initial`:
   * the offset in force from the start of the range, written as in force since 1970.
   */
  const observance = (at: number, before: number, after: number, daylight: boolean, initial?: boolean) => {
    const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
    // The zone's short name at the change as Intl gives it in English ("PDT", "GMT+5:30"), if any.
    let name: string | undefined;
    try {
      name = intl(Intl.DateTimeFormat, 'en-US', { timeZone: zone, timeZoneName: 'short' })
        .formatToParts(at)
        .find((part) => part.type === 'timeZoneName')?.value;
    } catch {
      // None: the zone is unknown (so its offsets, and `at`, are NaN).
    }
    // DTSTART: where the change happens, read on the clock in force before it (TZOFFSETFROM).
    return `BEGIN:${kind}
DTSTART:${initial ? '19700101T000000' : localDateTime(at + before * MINUTE)}
TZOFFSETFROM:${utcOffset(before)}
TZOFFSETTO:${utcOffset(after)}
${name ? `TZNAME:${escapeText(name)}\n` : ''}END:${kind}
`;
  };
  const observances: string[] = [];
  let firstChange = Infinity;
  for (let previous = from, previousOffset = offset(from); previous < to;) {
    const next = Math.min(previous + DAY, to);
    const nextOffset = offset(next);
    if (nextOffset !== previousOffset) {
      // The minute of the change: `lo` has the old offset, `hi` does not.
      let lo = previous;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offset(mid) === previousOffset) lo = mid;
        else hi = mid;
      }
      const after = offset(hi);
      firstChange = Math.min(firstChange, hi);
      observances.push(observance(hi, previousOffset, after, after > previousOffset));
    }
    previous = next;
    previousOffset = nextOffset;
  }
  if (!(firstChange <= start)) {
    const initial = offset(from);
    observances.unshift(observance(from, initial, initial, initial > offset(from + YEAR / 2), true));
  }
  return `BEGIN:VTIMEZONE\nTZID:${zone}\n${observances.join('')}END:VTIMEZONE\n`;
}
