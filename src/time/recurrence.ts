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
 * - A rule that selects no date at all (such as BYMONTHDAY=31 with BYDAY=1MO) has no occurrences,
 *   and nothing is expanded past the year 9999.
 *
 * Cost: nothing is walked from `startsOn`. The dates a rule's grid selects (before COUNT and
 * UNTIL) repeat: the calendar, weekdays included, repeats every 400 years (4800 months, 146,097
 * days), so a rule's steps (its INTERVAL-th days, weeks or months) repeat after at most 4800
 * steps (DAILY with BYMONTHDAY: after 4800 × INTERVAL / gcd(INTERVAL, 146097) months, or at the
 * year 10000). The dates of one such period are counted once, keeping a running total per step
 * (at most 4800 numbers for MONTHLY), so how many occurrences come before any date is a few
 * integer operations, and the date of the n-th a bisection over days: the work does not grow with
 * COUNT or with how far back `startsOn` lies, and a rule that never matches is known from that one
 * count. The counts, and the windows computed near the times asked about, are kept per
 * `Recurrence` object (treated as immutable, like the windows returned), so every element and
 * boundary timer asking about the same schedule shares them. Zone conversions happen only for the
 * few windows near the time asked about.
 */
import type { Recurrence } from '../feed/model.js';
import { dayNumber, daysFromCivil } from '../feed/instant.js';
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
/** Months from January of the year 0 to January of the year 10000. */
const MAX_MONTH = 120_000;
/** Months in the 400-year cycle of the calendar. */
const CYCLE = 4800;

// Calendar dates are day numbers: days since 1970-01-01 (proleptic Gregorian, no zone); months
// are counted from January of the year 0.

export { dayNumber };

/** The month (from January of the year 0) of a day number. */
function monthOf(day: number): number {
  const date = new Date(day * DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

const monthStart = (month: number) => daysFromCivil(Math.floor(month / 12), (month % 12) + 1, 1);

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return ((day % 7) + 10) % 7;
}

let keys: Uint8Array | undefined;

/** A month by its length and the weekday of its 1st: (length - 28) × 7 + weekday. */
function monthKey(month: number): number {
  if (!keys) {
    keys = new Uint8Array(CYCLE);
    for (let m = 0; m < CYCLE; m++)
      keys[m] = (monthStart(m + 1) - monthStart(m) - 28) * 7 + weekday(monthStart(m));
  }
  return keys[month % CYCLE]!;
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

/** The first of `lo`, `lo + 1`, … before `hi` that passes `test` (which stays passed), else `hi`. */
function bisect(lo: number, hi: number, test: (n: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * How to expand one recurrence: the index of the first occurrence that ends after an instant (the
 * number of occurrences when none does), the window of occurrence `i`, the number of occurrences,
 * and the day of the `i`-th date the rule selects (COUNT and UNTIL aside; 0 when it selects none).
 */
type Plan = [
  after: (at: number) => number,
  window: (i: number) => TimeWindow,
  size: number,
  nth: ((i: number) => number) | 0,
];

const plans = new WeakMap<Recurrence, Plan | null>();

/** The plan of a recurrence, made once per object; undefined for unusable input. */
function plan(rec: Recurrence): Plan | undefined {
  let p = plans.get(rec);
  if (p === undefined) plans.set(rec, (p = build(rec) ?? null));
  return p ?? undefined;
}

function build(rec: Recurrence): Plan | undefined {
  const { freq, interval: k, byDay, byMonthDay, until, count = Infinity } = rec.rule;
  const { timeZone, durationMinutes } = rec;
  const first = dayNumber(rec.startsOn);
  // The years 0 to 9999 only (this also turns away NaN).
  if (!(first >= -719_528 && first <= MAX_DAY) || !(k >= 1)) return undefined;
  const base = monthOf(first);
  const firstDom = first - monthStart(base) + 1;
  const firstWeekday = weekday(first);
  /** When the occurrence on `day` starts (see zone.ts for skipped and repeated local times). */
  const startOn = (day: number) => zonedToInstant(1970, 1, 1 + day, rec.startMinute, timeZone);
  // The last day an occurrence may start on (from the day before startsOn: none at all).
  let lastDay = MAX_DAY;
  if (until && 'date' in until) {
    lastDay = dayNumber(until.date);
  } else if (until) {
    // Starts grow with the date: the last day whose start is at or before UNTIL, near its day.
    const day = localDay(until.instant, timeZone) + 1;
    lastDay = bisect(day - 2, day, (d) => startOn(d + 1) > until.instant);
  }
  lastDay = Math.max(first - 1, Math.min(lastDay, MAX_DAY));

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

  // The rule's steps: its months (MONTHLY: every INTERVAL-th from the month of startsOn; DAILY
  // with BYMONTHDAY: every month, keeping every INTERVAL-th day from startsOn), else its weeks
  // (every INTERVAL-th from the Monday of startsOn's week) or its days (every INTERVAL-th).
  const monthly = freq === 'MONTHLY' || (freq === 'DAILY' && byMonthDay.length > 0);
  const months = freq === 'MONTHLY' ? k : 1;
  const origin = freq === 'WEEKLY' ? first - firstWeekday : first;
  const span = freq === 'WEEKLY' ? 7 * k : k;
  const start = (j: number) => (monthly ? monthStart(base + j * months) : origin + j * span);
  const lists: number[][] = [];
  /** The dates the rule selects in step `j`, as days after its start (before COUNT and UNTIL). */
  const dates = (j: number): number[] => {
    const key = monthly ? monthKey(base + j * months) : weekday(start(j));
    const n = monthly ? 28 + Math.floor(key / 7) : freq === 'WEEKLY' ? 7 : 1;
    const list = (lists[key] ??= [...Array(n).keys()].filter((d) => allowed(d + 1, n, (key + d) % 7)));
    return monthly && freq === 'DAILY' ? list.filter((d) => (start(j) + d - first) % k === 0) : list;
  };
  // After `period` steps the dates repeat (see the top of this file), or the year 10000 is reached.
  const period = monthly
    ? Math.min(
        freq === 'MONTHLY' ? CYCLE / gcd(k, CYCLE) : (CYCLE * k) / gcd(k, 146_097),
        Math.floor((MAX_MONTH - base) / months) + 1,
      )
    : freq === 'DAILY' && k % 7
      ? 7
      : 1;
  /** How many dates the steps of the period before each step select. */
  const totals = new Uint32Array(period + 1);
  for (let j = 0; j < period; j++) totals[j + 1] = totals[j]! + dates(j).length;
  const perPeriod = totals[period]!;
  /** How many dates the steps before step `j` select. */
  const upTo = (j: number) => {
    const cycles = Math.floor(j / period);
    return cycles * perPeriod + totals[j - cycles * period]!;
  };
  /** How many dates the rule selects on days before `day` (from the first step on). */
  const grid = (day: number) => {
    const j = Math.floor(monthly ? (monthOf(day) - base) / months : (day - origin) / span);
    const from = start(j);
    return upTo(j) + dates(j).filter((d) => from + d < day).length;
  };
  const skipped = grid(first);
  const before = (day: number) =>
    day > first ? Math.min(count, grid(Math.min(day, lastDay + 1)) - skipped) : 0;
  /** The day of the `i`-th date the rule selects (from 0; COUNT and UNTIL aside). */
  const nth = (i: number) => bisect(first, MAX_DAY + 1, (day) => grid(day + 1) - skipped > i);

  // Only occurrences near the times asked about are computed: a few per day the page is open.
  const windows = new Map<number, TimeWindow>();
  const window = (i: number) => {
    let w = windows.get(i);
    if (!w) {
      const startsAt = startOn(nth(i));
      windows.set(i, (w = { startsAt, endsAt: startsAt + durationMinutes * 60_000 }));
    }
    return w;
  };
  // Zones are less than a day from UTC: occurrences on days three before `at - duration` have
  // ended by `at`, those three days after it have not started; ends grow with starts.
  const day = (at: number, days: number) => before(Math.floor(at / DAY) + days);
  const after = (at: number) =>
    bisect(day(at - durationMinutes * 60_000, -3), day(at, 3), (i) => window(i).endsAt > at);
  return [after, window, before(Infinity), perPeriod && nth];
}

/**
 * The day of the first occurrence on or after `startsOn`, leaving COUNT and UNTIL aside, or of
 * `startsOn` itself when the rule selects none in the next 3700 days (ics.ts: DTSTART must be an
 * occurrence).
 */
export function firstDay(recurrence: Recurrence): number {
  const start = dayNumber(recurrence.startsOn);
  const nth = plan(recurrence)?.[3];
  const day = nth ? nth(0) : start;
  return day < start + 3700 ? day : start;
}

/** Occurrences, in order, whose end is after `from` (so one in progress at `from` is first); at most `limit`. */
export function occurrencesAfter(recurrence: Recurrence, from: number, limit: number): TimeWindow[] {
  const p = plan(recurrence);
  const out: TimeWindow[] = [];
  if (!p || !(limit >= 1) || from !== from /* NaN */) return out;
  for (let i = p[0](from); i < p[2] && out.length < limit; i++) out.push(p[1](i));
  return out;
}

/** The occurrence containing `at` (start <= at < end), else the next one; undefined when the series is over. */
export function currentOrNextOccurrence(recurrence: Recurrence, at: number): TimeWindow | undefined {
  return occurrencesAfter(recurrence, at, 1)[0];
}

/** The latest occurrence that ended at or before `at`, or undefined. */
export function previousOccurrence(recurrence: Recurrence, at: number): TimeWindow | undefined {
  const p = plan(recurrence);
  const i = p && at === at /* not NaN */ ? p[0](at) : 0;
  return i > 0 ? p![1](i - 1) : undefined;
}
