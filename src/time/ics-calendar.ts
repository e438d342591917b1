/**
 * The calendar of a whole feed (`status-widgets ics`): every maintenance window in one RFC 5545
 * document that calendar apps subscribe to by URL (webcal) and re-read on their own schedule.
 *
 * - Each maintenance is the event its "Add to calendar" file holds (ics.ts `maintenanceEvent`:
 *   the same `UID`, times, title, description, link and status), so one-off windows are UTC
 *   events and recurring schedules one event with `RRULE`, plus one `VTIMEZONE` per zone that
 *   covers every schedule in it. A cancelled window stays in, as `STATUS:CANCELLED`, so a
 *   subscribed calendar removes it rather than keeping a stale copy.
 * - Revisions come from the feed alone, so the same feed gives the same events on every run:
 *   `SEQUENCE` is the time of the window's latest update in whole seconds since
 *   2020-01-01T00:00:00Z (0 without an update), and `LAST-MODIFIED` that update's time. Every new
 *   update raises both, however many older updates the feed keeps. A window edited without a new
 *   update keeps its `SEQUENCE`; calendars that subscribe still show the edit, as they replace
 *   the events they read on each refresh, and `DTSTAMP` (when the file was written, as
 *   `METHOD:PUBLISH` asks) is newer.
 * - The calendar is named after the page (`NAME`, and `X-WR-CALNAME` for apps that read only
 *   that), links it (`URL`), names its own address when given (`SOURCE`), and asks to be read
 *   again hourly (`REFRESH-INTERVAL`, `X-PUBLISHED-TTL`).
 */
import type { FeedModel, Maintenance } from '../feed/model.js';
import {
  CALENDAR_START,
  escapeText,
  httpUrl,
  icsText,
  maintenanceEvent,
  utcDateTime,
  vtimezone,
  type IcsZoneSpan,
} from './ics.js';

export interface CalendarOptions {
  /** When the file is written (ms since the epoch): every event's `DTSTAMP`. */
  now: number;
  /** The address the calendar is published at (`SOURCE`); an http(s) URL, else left out. */
  source?: string;
}

/** 2020-01-01T00:00:00Z: `SEQUENCE` counts seconds from here (a 32-bit integer until 2088). */
export const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
const MAX_SEQUENCE = 2 ** 31 - 1;
/** How often a subscribed calendar should read the file again. */
const REFRESH = 'PT1H';

/** The `SEQUENCE` and `LAST-MODIFIED` lines of a maintenance's event, from its latest update. */
export function revisionLines(maintenance: Maintenance): string {
  if (!maintenance.updates.length) return 'SEQUENCE:0\n';
  const latest = Math.max(...maintenance.updates.map((update) => update.at));
  const sequence = Math.min(MAX_SEQUENCE, Math.max(0, Math.floor((latest - SEQUENCE_EPOCH) / 1000)));
  return `SEQUENCE:${sequence}\nLAST-MODIFIED:${utcDateTime(latest)}\n`;
}

/** The iCalendar text (CRLF line endings) of every maintenance window in a feed. */
export function feedToIcs(model: FeedModel, options: CalendarOptions): string {
  const { name, url } = model.page;
  const eventOptions = { now: options.now, pageName: name, pageUrl: url };
  const zones = new Map<string, IcsZoneSpan>();
  let events = '';
  for (const maintenance of model.maintenances) {
    // A validated feed gives every maintenance a window; anything else has no event to write.
    if (!maintenance.recurrence && maintenance.startsAt === undefined) continue;
    const event = maintenanceEvent(maintenance, eventOptions, revisionLines(maintenance));
    events += event.lines;
    const span = event.zone;
    if (!span) continue;
    // One VTIMEZONE per TZID: the union of what the zone's schedules need.
    const known = zones.get(span.zone);
    zones.set(
      span.zone,
      known
        ? {
            zone: span.zone,
            from: Math.min(known.from, span.from),
            to: Math.max(known.to, span.to),
            start: Math.min(known.start, span.start),
          }
        : span,
    );
  }
  const title = escapeText(name ? `${name} maintenance` : 'Maintenance');
  const pageUrl = httpUrl(url);
  const source = httpUrl(options.source);
  const head = `${CALENDAR_START}NAME:${title}
X-WR-CALNAME:${title}
${pageUrl ? `URL:${pageUrl}\n` : ''}${source ? `SOURCE:${source}\n` : ''}REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}
X-PUBLISHED-TTL:${REFRESH}
`;
  return icsText(`${head}${[...zones.values()].map(vtimezone).join('')}${events}END:VCALENDAR\n`);
}
