// Property test: recurrence expansion agrees with the `rrule` package (a dev-only oracle) on
// random rules of the supported subset.
//
// rrule runs on "floating" dates: DTSTART is Date.UTC(startsOn, time) with no tzid, so its
// results are local wall times. Their instants come from a separate, brute-force conversion
// over Intl.DateTimeFormat (first reading of a repeated time, a skipped time moved forward by
// the gap), which also decides which occurrences end after `from`.
//
// Not generated, because rrule reads them differently on purpose: BYDAY lists that mix plain and
// ordinal weekdays (rrule intersects them; RFC 5545 and we take the union — see
// recurrence.test.ts). rrule's UNTIL in date form is midnight, so the oracle passes 23:59:59 of
// that date (ours keeps every occurrence starting on that local date).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RRule, type Options, type Weekday } from 'rrule';
import type { Recurrence } from '../../../src/feed/model.js';
import { parseRRule } from '../../../src/feed/rrule.js';
import {
  currentOrNextOccurrence,
  occurrencesAfter,
  previousOccurrence,
} from '../../../src/time/recurrence.js';

const DAY_MS = 86_400_000;
const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/St_Johns',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];
const RR_WEEKDAYS: Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** How many occurrences after `from` are compared. */
const N = 8;
/** rrule expands no further than this many years after startsOn (ours gives up after 50 years without a match). */
const HORIZON_YEARS = 40;

// --- an independent wall-clock conversion, by brute force over Intl -----------------------------

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a zone, as a floating UTC timestamp. */
function wallOf(instant: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!);
}

/** The instant of a floating wall time: the first reading if repeated, shifted by the gap if skipped. */
function instantOfWall(wall: number, timeZone: string): number {
  const before = wallOf(wall - DAY_MS, timeZone) - (wall - DAY_MS);
  const after = wallOf(wall + DAY_MS, timeZone) - (wall + DAY_MS);
  const readings = [wall - before, wall - after].filter((t) => wallOf(t, timeZone) === wall);
  return readings.length ? Math.min(...readings) : wall - before;
}

function isoDate(floating: number): string {
  return new Date(floating).toISOString().slice(0, 10);
}

// --- random rules ------------------------------------------------------------------------------

interface Case {
  ruleText: string;
  startsOn: string;
  startMinute: number;
  durationMinutes: number;
  timeZone: string;
  /** ms since the epoch. */
  from: number;
}

const ORDINALS = [1, 2, 3, 4, 5, -1, -2, -3, -4, -5];

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    plainDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
    ordinalDays: fc.uniqueArray(
      fc.record({ weekday: fc.integer({ min: 0, max: 6 }), ordinal: fc.constantFrom(...ORDINALS) }),
      { minLength: 1, maxLength: 3, selector: (d) => `${d.ordinal}${d.weekday}` },
    ),
    useOrdinals: fc.boolean(),
    monthDays: fc.uniqueArray(
      fc.integer({ min: -31, max: 31 }).filter((n) => n !== 0),
      { maxLength: 3 },
    ),
    end: fc.oneof(
      fc.constant({ kind: 'none' as const, value: 0 }),
      fc.record({ kind: fc.constant('count' as const), value: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('untilDate' as const), value: fc.integer({ min: -3, max: 1500 }) }),
      fc.record({
        kind: fc.constant('untilInstant' as const),
        value: fc.integer({ min: -3 * 24, max: 1500 * 24 }),
      }),
    ),
    startsOn: fc.integer({ min: Date.UTC(2024, 0, 1) / DAY_MS, max: Date.UTC(2028, 11, 31) / DAY_MS }),
    startMinute: fc.oneof(
      fc.integer({ min: 0, max: 1439 }),
      // around the hours that DST changes skip or repeat
      fc.integer({ min: 60, max: 240 }),
    ),
    durationMinutes: fc.integer({ min: 1, max: 3000 }),
    timeZone: fc.constantFrom(...ZONES),
    // soon after startsOn (short COUNT and UNTIL series are still running), or up to 4 years on
    fromHours: fc.oneof(
      fc.integer({ min: -60 * 24, max: 120 * 24 }),
      fc.integer({ min: -60 * 24, max: 1500 * 24 }),
    ),
  })
  .map((c) => {
    const parts = [`FREQ=${c.freq}`];
    if (c.interval !== 1 || c.useOrdinals) parts.push(`INTERVAL=${c.interval}`);
    if (c.freq === 'MONTHLY' && c.useOrdinals) {
      parts.push(`BYDAY=${c.ordinalDays.map((d) => `${d.ordinal}${CODES[d.weekday]}`).join(',')}`);
    } else if (c.plainDays.length) {
      parts.push(`BYDAY=${c.plainDays.map((d) => CODES[d]).join(',')}`);
    }
    if (c.freq !== 'WEEKLY' && c.monthDays.length) parts.push(`BYMONTHDAY=${c.monthDays.join(',')}`);
    const startsOn = isoDate(c.startsOn * DAY_MS);
    const untilDate = isoDate((c.startsOn + c.end.value) * DAY_MS).replaceAll('-', '');
    const untilInstant = new Date(c.startsOn * DAY_MS + c.end.value * 3_600_000)
      .toISOString()
      .replace(/[-:]|\.\d+/g, '');
    if (c.end.kind === 'count') parts.push(`COUNT=${c.end.value}`);
    if (c.end.kind === 'untilDate') parts.push(`UNTIL=${untilDate}`);
    if (c.end.kind === 'untilInstant') parts.push(`UNTIL=${untilInstant}`);
    return {
      ruleText: parts.join(';'),
      startsOn,
      startMinute: c.startMinute,
      durationMinutes: c.durationMinutes,
      timeZone: c.timeZone,
      from: c.startsOn * DAY_MS + c.fromHours * 3_600_000,
    };
  });

function recurrenceOf(c: Case): Recurrence {
  const parsed = parseRRule(c.ruleText);
  if (!parsed.ok) throw new Error(`${c.ruleText}: ${parsed.message}`);
  const hh = String(Math.floor(c.startMinute / 60)).padStart(2, '0');
  const mm = String(c.startMinute % 60).padStart(2, '0');
  return {
    ruleText: c.ruleText,
    rule: parsed.rule,
    startsOn: c.startsOn,
    time: `${hh}:${mm}`,
    startMinute: c.startMinute,
    durationMinutes: c.durationMinutes,
    timeZone: c.timeZone,
  };
}

// --- the oracle --------------------------------------------------------------------------------

const FREQ = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY };

interface Expected {
  /** The first N occurrences ending after `from`, as `local date @ UTC start`. */
  after: string[];
  previous: string | undefined;
}

interface Actual extends Expected {
  current: string | undefined;
}

function label(floating: number, startsAt: number): string {
  return `${isoDate(floating)} @ ${new Date(startsAt).toISOString()}`;
}

function oracle(c: Case, r: Recurrence): Expected {
  const { rule } = r;
  const [y, m, d] = c.startsOn.split('-').map(Number) as [number, number, number];
  const dtstart = Date.UTC(y, m - 1, d, 0, c.startMinute);
  const horizon = Date.UTC(y + HORIZON_YEARS, m - 1, d);
  let until = horizon;
  if (rule.until && 'date' in rule.until) {
    const [uy, um, ud] = rule.until.date.split('-').map(Number) as [number, number, number];
    until = Math.min(until, Date.UTC(uy, um - 1, ud, 23, 59, 59));
  }
  // rrule walks on to the year 9999 once a rule stops matching, whatever UNTIL says. The calendar
  // repeats every 400 years (146097 days), so run it as many 400 years later as fit, and shift back.
  const shift = Math.floor((9999 - HORIZON_YEARS - 1 - y) / 400) * 146_097 * DAY_MS;
  const options: Partial<Options> = {
    freq: FREQ[rule.freq],
    interval: rule.interval,
    wkst: RRule.MO,
    dtstart: new Date(dtstart + shift),
    until: new Date(until + shift),
    count: rule.count ?? null,
    byweekday: rule.byDay.length
      ? rule.byDay.map((b) => (b.ordinal ? RR_WEEKDAYS[b.weekday]!.nth(b.ordinal) : RR_WEEKDAYS[b.weekday]!))
      : null,
    bymonthday: rule.byMonthDay.length ? rule.byMonthDay : null,
  };
  const untilInstant = rule.until && 'instant' in rule.until ? rule.until.instant : Infinity;
  const duration = c.durationMinutes * 60_000;
  // Occurrences on local dates this far before `from` have certainly ended by then.
  const early = wallOf(c.from, c.timeZone) - 5 * DAY_MS;
  const after: string[] = [];
  let previous: number | undefined;
  let previousStart: number | undefined;
  // UNTIL in instant form, read as a wall time: only dates within a day of it need converting.
  const untilWall = untilInstant < Infinity ? wallOf(untilInstant, c.timeZone) : Infinity;
  new RRule(options).all((date) => {
    const floating = date.getTime() - shift;
    if (floating > untilWall + DAY_MS) return false;
    const exact = floating >= early || floating >= untilWall - DAY_MS;
    const startsAt = exact ? instantOfWall(floating, c.timeZone) : undefined;
    if (startsAt !== undefined && startsAt > untilInstant) return false;
    if (startsAt === undefined || startsAt + duration <= c.from) {
      previous = floating;
      previousStart = startsAt;
      return true;
    }
    after.push(label(floating, startsAt));
    return after.length < N;
  });
  return {
    after,
    previous:
      previous === undefined
        ? undefined
        : label(previous, previousStart ?? instantOfWall(previous, c.timeZone)),
  };
}

function actual(c: Case, r: Recurrence): Actual {
  const [y, m, d] = c.startsOn.split('-').map(Number) as [number, number, number];
  const horizon = Date.UTC(y + HORIZON_YEARS, m - 1, d);
  const show = (startsAt: number) => {
    // The local date the rule picked: the wall time, less any forward shift out of a DST gap.
    const wall = wallOf(startsAt, c.timeZone);
    const minute = Math.floor(wall / 60_000) % 1440;
    const date = wall - ((((minute - c.startMinute) % 1440) + 1440) % 1440) * 60_000;
    return { floating: date, text: label(date, startsAt) };
  };
  const after = occurrencesAfter(r, c.from, N)
    .map((w) => show(w.startsAt))
    .filter((s) => s.floating < horizon)
    .map((s) => s.text);
  const previous = previousOccurrence(r, c.from);
  const current = currentOrNextOccurrence(r, c.from);
  return {
    after,
    previous: previous && show(previous.startsAt).text,
    current: current && show(current.startsAt).text,
  };
}

describe('recurrence: agrees with the rrule package', function () {
  this.timeout(120_000);

  it('loads rrule in the browser', () => {
    const rule = new RRule({
      freq: RRule.MONTHLY,
      byweekday: [RRule.FR.nth(1)],
      count: 2,
      dtstart: new Date(Date.UTC(2026, 0, 1, 9)),
    });
    expect(rule.all().map((d) => d.toISOString())).to.deep.equal([
      '2026-01-02T09:00:00.000Z',
      '2026-02-06T09:00:00.000Z',
    ]);
  });

  it('on the first occurrences after a random time, and the one before it', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const r = recurrenceOf(c);
        const expected = oracle(c, r);
        const got = actual(c, r);
        const what = `${c.ruleText} startsOn=${c.startsOn} time=${r.time} ${c.timeZone} duration=${c.durationMinutes}m from=${new Date(c.from).toISOString()}`;
        expect(got.after, `${what}: occurrences after`).to.deep.equal(expected.after);
        expect(got.previous, `${what}: previous`).to.equal(expected.previous);
        if (expected.after.length)
          expect(got.current, `${what}: current or next`).to.equal(expected.after[0]);
      }),
      { numRuns: 400 },
    );
  });
});
