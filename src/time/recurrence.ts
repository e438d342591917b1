/**
 * Expands a {@link Recurrence} (an RRULE subset, a wall-clock time and an IANA zone) into
 * concrete windows. The rules, as the README states them:
 *
 * - DTSTART is `startsOn` at `time` in `timeZone`. Only dates that match the rule on or after
 *   `startsOn` are occurrences; DTSTART itself is not added when it does not match (RFC 5545
 *   leaves that case undefined; this is what the `rrule` package and python-dateutil do).
 * - DAILY: every INTERVAL-th day from `startsOn`; BYDAY and BYMONTHDAY filter.
 * - WEEKLY: weeks start on Monday (WKST=MO); every INTERVAL-th week counted from the week of
 *   `startsOn`; BYDAY lists the weekdays (default: the weekday of `startsOn`).
 * - MONTHLY: every INTERVAL-th month from the month of `startsOn`. BYDAY with an ordinal is the
 *   n-th (`1FR`) or n-th last (`-1SU`) such weekday of the month, without one every such
 *   weekday; the BYDAY entries add up (RFC 5545; the `rrule` package instead intersects plain
 *   and ordinal entries given together). BYMONTHDAY counts from the end when negative
 *   (-1 = last day). Both given: days that satisfy both. Neither: the day of the month of
 *   `startsOn`, and months without that day are skipped (no 31st in April).
 * - COUNT counts occurrences from `startsOn`. UNTIL is inclusive: the date form keeps
 *   occurrences whose local start date is on or before it, the instant form those that start
 *   at or before it.
 * - Each occurrence starts at `startMinute` local time in `timeZone` (see `zonedToInstant`: a
 *   time skipped by a daylight-saving change moves forward by the gap, a repeated one is the
 *   first of the two) and lasts `durationMinutes` of elapsed time, so a window may cross
 *   midnight and DST changes. Windows longer than the gap between occurrences overlap; they
 *   stay in start order (and so in end order).
 * - A rule that matches nothing for 50 years (such as BYMONTHDAY=31 with BYDAY=1MO, which never
 *   does) is treated as over from there, and nothing is expanded past the year 9999.
 *
 * Cost: without COUNT the expansion jumps straight to the month near the time asked about; with
 * COUNT it counts matching dates from `startsOn`, a month at a time with integer date arithmetic
 * (bounded by COUNT, the 50-year give-up and the year 9999). Zone conversions happen only for the
 * few windows near the time asked about.
 */
import type { Recurrence } from '../feed/model.js';
import type { RRule } from './rrule.js';
import { localDay, zonedToInstant } from './zone.js';

export interface TimeWindow {
  /** ms since the epoch. */
  startsAt: number;
  /** ms since the epoch; `startsAt` plus the duration. */
  endsAt: number;
}

const DAY = 86_400_000;
/** 9999-12-31. */
const MAX_DAY = 2_932_896;

// Calendar dates are day numbers: days since 1970-01-01 (proleptic Gregorian, no zone).

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(0).setUTCFullYear(y, m - 1, d) / DAY;
}

/** The date of a day number: year, month (1–12) and day of the month. */
function civil(day: number): [year: number, month: number, day: number] {
  const date = new Date(day * DAY);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return ((day % 7) + 10) % 7;
}

/**
 * Calls `visit` with each occurrence date on or after `fromDay`, in order, until it returns
 * false or the series ends. With COUNT it counts from `startsOn`.
 */
type Walk = (fromDay: number, visit: (day: number) => boolean) => void;

/**
 * How to expand a recurrence: the walk over its dates, the window on a date, the day of
 * `startsOn`, the last day an occurrence may start on (UNTIL, year 9999), twice the days in one
 * period (INTERVAL days, weeks or, roughly, months) and the days without a match after which the
 * rule counts as over (longer for huge INTERVALs). `open` leaves out COUNT and UNTIL.
 */
function plan(
  rec: Recurrence,
  open?: boolean,
):
  | [
      walk: Walk,
      windowOn: (day: number) => TimeWindow,
      first: number,
      lastDay: number,
      span: number,
      giveUp: number,
    ]
  | undefined {
  const { freq, interval, byDay, byMonthDay } = rec.rule;
  const { until, count = Infinity } = open ? ({} as Partial<RRule>) : rec.rule;
  const first = dayNumber(rec.startsOn);
  if (Number.isNaN(first) || !(interval >= 1)) return undefined;
  const [firstYear, firstMonth, firstDom] = civil(first);
  const firstWeekday = weekday(first);
  /** When the occurrence on `day` starts (see zone.ts for skipped and repeated local times). */
  const startOn = (day: number) => zonedToInstant(1970, 1, 1 + day, rec.startMinute, rec.timeZone);
  let lastDay = MAX_DAY;
  if (until && 'date' in until) {
    lastDay = Math.min(lastDay, dayNumber(until.date));
  } else if (until) {
    // Starts grow with the date, so the last day is the one whose start is the last <= UNTIL.
    const day = localDay(until.instant, rec.timeZone) + 1;
    const before = (d: number) => startOn(d) <= until.instant;
    lastDay = Math.min(lastDay, before(day) ? day : before(day - 1) ? day - 1 : day - 2);
  }
  const span = 2 * interval * (freq === 'DAILY' ? 1 : freq === 'WEEKLY' ? 7 : 31);
  const giveUp = Math.max(50 * 366, span);

  /** Whether day `dom` of a month of `n` days, on weekday `wd`, passes BYDAY and BYMONTHDAY (or defaults). */
  const allowed = (dom: number, n: number, wd: number) => {
    const nth = (ordinal: number) =>
      ordinal === (ordinal > 0 ? Math.ceil(dom / 7) : -Math.ceil((n - dom + 1) / 7));
    return byDay.length || byMonthDay.length
      ? (!byDay.length ||
          byDay.some((b) => b.weekday === wd && (b.ordinal === undefined || nth(b.ordinal)))) &&
          (!byMonthDay.length || byMonthDay.some((md) => md === dom || md === dom - n - 1))
      : freq === 'DAILY' || (freq === 'WEEKLY' ? wd === firstWeekday : dom === firstDom);
  };
  /** The days `allowed` in a month, by its length and the weekday of its 1st. */
  const days = new Map<number, number[]>();

  // A month at a time (for MONTHLY only every INTERVAL-th month from the first), with integer date
  // arithmetic inside it. Months are counted from January of the year 0.
  const monthStart = (month: number) => new Date(0).setUTCFullYear(0, month, 1) / DAY;
  const base = firstYear * 12 + firstMonth - 1;
  const step = freq === 'MONTHLY' ? interval : 1;
  const walk: Walk = (fromDay, visit) => {
    const start = count < Infinity ? first : Math.max(first, fromDay);
    if (!(Math.max(start, fromDay) <= lastDay)) return;
    const [year, month] = civil(start);
    let counted = 0;
    let lastMatch = start;
    let m = year * 12 + month - 1;
    for (m += (step - ((m - base) % step)) % step; ; m += step) {
      const from = monthStart(m);
      const n = monthStart(m + 1) - from;
      if (!(from <= lastDay) || from - lastMatch > giveUp) return;
      const key = n * 7 + weekday(from);
      let doms = days.get(key);
      if (!doms) {
        doms = [];
        for (let dom = 1; dom <= n; dom++) if (allowed(dom, n, weekday(from + dom - 1))) doms.push(dom);
        days.set(key, doms);
      }
      for (const dom of doms) {
        const day = from + dom - 1;
        // DAILY: every INTERVAL-th day; WEEKLY: the days of every INTERVAL-th week (from Monday).
        if (
          day < start ||
          (freq === 'DAILY' && (day - first) % interval) ||
          (freq === 'WEEKLY' && ((day - weekday(day) - first + firstWeekday) / 7) % interval)
        )
          continue;
        if (day > lastDay || counted++ >= count) return;
        lastMatch = day;
        if (day >= fromDay && !visit(day)) return;
      }
    }
  };

  const windowOn = (day: number) => {
    const startsAt = startOn(day);
    return { startsAt, endsAt: startsAt + rec.durationMinutes * 60_000 };
  };
  return [walk, windowOn, first, lastDay, span, giveUp];
}

/**
 * The day of the first occurrence on or after `startsOn`, leaving COUNT and UNTIL aside, or of
 * `startsOn` itself when the rule selects none in the next 3700 days (ics.ts: DTSTART must be an
 * occurrence).
 */
export function firstDay(recurrence: Recurrence): number {
  const start = dayNumber(recurrence.startsOn);
  let first = start;
  plan(recurrence, true)?.[0](start, (day) => ((first = day < start + 3700 ? day : start), false));
  return first;
}

/** Occurrences, in order, whose end is after `from` (so one in progress at `from` is first); at most `limit`. */
export function occurrencesAfter(recurrence: Recurrence, from: number, limit: number): TimeWindow[] {
  const p = plan(recurrence);
  const out: TimeWindow[] = [];
  if (!p || !(limit >= 1) || Number.isNaN(from)) return out;
  // Occurrences starting two or more local days before `from - duration` have ended by `from`.
  p[0](localDay(from - recurrence.durationMinutes * 60_000, recurrence.timeZone) - 2, (day) => {
    const window = p[1](day);
    if (window.endsAt > from) out.push(window);
    return out.length < limit;
  });
  return out;
}

/** The occurrence containing `at` (start <= at < end), else the next one; undefined when the series is over. */
export function currentOrNextOccurrence(recurrence: Recurrence, at: number): TimeWindow | undefined {
  return occurrencesAfter(recurrence, at, 1)[0];
}

/** The latest occurrence that ended at or before `at`, or undefined. */
export function previousOccurrence(recurrence: Recurrence, at: number): TimeWindow | undefined {
  const p = plan(recurrence);
  if (!p || Number.isNaN(at)) return undefined;
  const [walk, windowOn, first, lastDay, span, giveUp] = p;
  const { timeZone, durationMinutes, rule } = recurrence;
  // None starting after day `top` has ended by `at`; all starting on day `ended` or before have.
  const top = Math.min(localDay(at, timeZone) + 2, lastDay);
  const ended = Math.min(localDay(at - durationMinutes * 60_000, timeZone) - 2, top);
  if (!(top >= first)) return undefined;
  const widest = giveUp + span + top - ended;
  // Look back from `top` far enough to see one occurrence, widening the search if needed.
  for (let back = span + top - ended; ; back = Math.min(back * 4, widest)) {
    let endedDay: number | undefined;
    let last: TimeWindow | undefined;
    walk(rule.count ? -Infinity : top - back, (day) => {
      if (day <= ended) {
        endedDay = day;
        return true;
      }
      const window = windowOn(day);
      if (window.endsAt > at) return false;
      last = window;
      endedDay = undefined;
      return true;
    });
    if (endedDay !== undefined) return windowOn(endedDay);
    if (last || rule.count || top - back <= first || back >= widest) return last;
  }
}
