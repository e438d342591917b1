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
import { instantToZoned, zonedToInstant } from './zone.js';

export interface TimeWindow {
  /** ms since the epoch. */
  startsAt: number;
  /** ms since the epoch; `startsAt` plus the duration. */
  endsAt: number;
}

const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days without a match after which a rule counts as over (longer for huge INTERVALs). */
const GIVE_UP_DAYS = 50 * 366;

// Calendar dates are day numbers: days since 1970-01-01 (proleptic Gregorian, no zone).

function dayNumber(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day) / DAY_MS;
}

function civil(day: number): [year: number, month: number, day: number] {
  const date = new Date(day * DAY_MS);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function monthDays(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

const MAX_DAY = dayNumber(9999, 12, 31);

/** The local calendar day of an instant; ±Infinity outside the range dates can hold. */
function localDay(instant: number, timeZone: string): number {
  const z = Math.abs(instant) <= 8.6e15 ? instantToZoned(instant, timeZone) : undefined;
  const day = z ? dayNumber(z.year, z.month, z.day) : NaN;
  return Number.isNaN(day) ? (instant > 0 ? Infinity : -Infinity) : day;
}

interface Plan {
  rec: Recurrence;
  rule: RRule;
  /** The day of `startsOn`. */
  first: number;
  /** Monday of the week of `startsOn` (WEEKLY), its month as year * 12 + month - 1 (MONTHLY). */
  base: number;
  /** Days in one period (INTERVAL days, weeks or, roughly, months). */
  period: number;
  /** Last day an occurrence may start on (UNTIL, year 9999). */
  lastDay: number;
  /** Days without a match after which the rule counts as over. */
  giveUp: number;
  durationMs: number;
  /** Days of the month the BY* parts (or their defaults) allow, by month length and weekday of the 1st. */
  days: Map<number, number[]>;
}

function plan(rec: Recurrence): Plan | undefined {
  const { rule } = rec;
  const [y, m, d] = rec.startsOn.split('-').map(Number) as [number, number, number];
  const first = dayNumber(y, m, d);
  if (Number.isNaN(first) || !(rule.interval >= 1)) return undefined;
  const until = rule.until;
  let lastDay = MAX_DAY;
  if (until && 'date' in until) {
    const [uy, um, ud] = until.date.split('-').map(Number) as [number, number, number];
    lastDay = Math.min(lastDay, dayNumber(uy, um, ud));
  } else if (until) {
    // Starts grow with the date, so the last day is the one whose start is the last <= UNTIL.
    const day = localDay(until.instant, rec.timeZone) + 1;
    const before = (d: number) => startOn(rec, d) <= until.instant;
    lastDay = Math.min(lastDay, before(day) ? day : before(day - 1) ? day - 1 : day - 2);
  }
  const period = rule.interval * (rule.freq === 'DAILY' ? 1 : rule.freq === 'WEEKLY' ? 7 : 31);
  return {
    rec,
    rule,
    first,
    base: rule.freq === 'WEEKLY' ? first - weekday(first) : y * 12 + m - 1,
    period,
    lastDay,
    giveUp: Math.max(GIVE_UP_DAYS, 2 * period),
    durationMs: rec.durationMinutes * 60_000,
    days: new Map(),
  };
}

/** Whether day `dom` of a month of `n` days, falling on weekday `wd`, passes BYDAY and BYMONTHDAY. */
function allowed(p: Plan, dom: number, n: number, wd: number): boolean {
  const { freq, byDay, byMonthDay } = p.rule;
  if (!byDay.length && !byMonthDay.length) {
    return freq === 'DAILY' || (freq === 'WEEKLY' ? wd === weekday(p.first) : dom === civil(p.first)[2]);
  }
  const nth = (ordinal: number) =>
    ordinal === (ordinal > 0 ? Math.ceil(dom / 7) : -Math.ceil((n - dom + 1) / 7));
  return (
    (!byDay.length || byDay.some((b) => b.weekday === wd && (b.ordinal === undefined || nth(b.ordinal)))) &&
    (!byMonthDay.length || byMonthDay.some((md) => md === dom || md === dom - n - 1))
  );
}

/**
 * Calls `visit` with each occurrence date on or after `fromDay`, in order, until it returns
 * false or the series ends. Walks calendar months; with COUNT it counts from `startsOn`.
 */
function eachDay(p: Plan, fromDay: number, visit: (day: number) => boolean): void {
  const { freq, interval, count = Infinity } = p.rule;
  const start = count < Infinity ? p.first : Math.max(p.first, fromDay);
  if (!(Math.max(start, fromDay) <= p.lastDay)) return;
  const [y, m] = civil(start);
  let month = y * 12 + m - 1;
  // MONTHLY: only every INTERVAL-th month from the first.
  const step = freq === 'MONTHLY' ? interval : 1;
  month += (step - ((month - p.base) % step)) % step;
  let counted = 0;
  let lastMatch = start;
  for (; ; month += step) {
    const year = Math.floor(month / 12);
    const n = monthDays(year, month - year * 12 + 1);
    const from = dayNumber(year, month - year * 12 + 1, 1);
    if (!(from <= p.lastDay) || from - lastMatch > p.giveUp) return;
    const key = n * 7 + weekday(from);
    let doms = p.days.get(key);
    if (!doms) {
      doms = [];
      for (let dom = 1; dom <= n; dom++) if (allowed(p, dom, n, weekday(from + dom - 1))) doms.push(dom);
      p.days.set(key, doms);
    }
    for (const dom of doms) {
      const day = from + dom - 1;
      if (day < start) continue;
      // DAILY: every INTERVAL-th day; WEEKLY: days of every INTERVAL-th week.
      if (freq === 'DAILY' && (day - p.first) % interval) continue;
      if (freq === 'WEEKLY' && ((day - weekday(day) - p.base) / 7) % interval) continue;
      if (day > p.lastDay || counted++ >= count) return;
      lastMatch = day;
      if (day >= fromDay && !visit(day)) return;
    }
  }
}

/** When the occurrence on `day` starts (see zone.ts for skipped and repeated local times). */
function startOn(rec: Recurrence, day: number): number {
  const [y, m, d] = civil(day);
  return zonedToInstant(y, m, d, rec.startMinute, rec.timeZone);
}

function windowOn(p: Plan, day: number): TimeWindow {
  const startsAt = startOn(p.rec, day);
  return { startsAt, endsAt: startsAt + p.durationMs };
}

/** Occurrences, in order, whose end is after `from` (so one in progress at `from` is first); at most `limit`. */
export function occurrencesAfter(recurrence: Recurrence, from: number, limit: number): TimeWindow[] {
  const p = plan(recurrence);
  const out: TimeWindow[] = [];
  if (!p || !(limit >= 1) || Number.isNaN(from)) return out;
  // Occurrences starting two or more local days before `from - duration` have ended by `from`.
  const skip = localDay(from - p.durationMs, recurrence.timeZone) - 2;
  eachDay(p, skip, (day) => {
    const window = windowOn(p, day);
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
  // None starting after day `top` has ended by `at`; all starting on day `ended` or before have.
  const top = Math.min(localDay(at, recurrence.timeZone) + 2, p.lastDay);
  const ended = Math.min(localDay(at - p.durationMs, recurrence.timeZone) - 2, top);
  if (!(top >= p.first)) return undefined;
  const widest = p.giveUp + 2 * p.period + top - ended;
  // Look back from `top` far enough to see one occurrence, widening the search if needed.
  for (let span = 2 * p.period + top - ended; ; span = Math.min(span * 4, widest)) {
    let lastDay: number | undefined;
    let last: TimeWindow | undefined;
    eachDay(p, p.rule.count ? -Infinity : top - span, (day) => {
      if (day <= ended) {
        lastDay = day;
        return true;
      }
      const window = windowOn(p, day);
      if (window.endsAt > at) return false;
      last = window;
      lastDay = undefined;
      return true;
    });
    if (lastDay !== undefined) return windowOn(p, lastDay);
    if (last || p.rule.count || top - span <= p.first || span >= widest) return last;
  }
}
