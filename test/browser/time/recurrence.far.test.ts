// Recurrence expansion for schedules that start long ago, count very far, or never match: the
// occurrences near the time asked about, checked by date arithmetic and against the `rrule`
// package (a dev-only oracle). Before expansion jumped to the time asked about, the COUNT=999999
// cases took seconds each (walking every occurrence from startsOn).
//
// rrule reads the years 0–99 as 1900–1999 (it builds dates with Date.UTC), so schedules that
// start before the year 100 are given to it 2000 years later (five 400-year cycles: the same
// calendar, weekdays included) and its answers are moved back. Every case is in UTC, so moving
// whole cycles changes no offset.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RRule, type Options, type Weekday } from 'rrule';
import type { Recurrence } from '../../../src/feed/model.js';
import { parseRRule } from '../../../src/feed/rrule.js';
import {
  currentOrNextOccurrence,
  dayNumber,
  firstDay,
  occurrencesAfter,
  previousOccurrence,
  type TimeWindow,
} from '../../../src/time/recurrence.js';
import { NEVER_RULES } from '../feed/pathological.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const NOW = Date.UTC(2026, 10, 25, 12, 0);

function recurrence(
  ruleText: string,
  startsOn: string,
  time = '02:00',
  durationMinutes = 120,
  timeZone = 'UTC',
): Recurrence {
  const parsed = parseRRule(ruleText);
  if (!parsed.ok) throw new Error(`${ruleText}: ${parsed.message}`);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return {
    ruleText,
    rule: parsed.rule,
    startsOn,
    time,
    startMinute: hours * 60 + minutes,
    durationMinutes,
    timeZone,
  };
}

/** An instant of any year (Date.UTC would read the years 0–99 as 1900–1999). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** `0001-01-01T02:00Z`, also for the years 0–999. */
function iso(instant: number): string {
  return new Date(instant).toISOString().replace(':00.000Z', 'Z');
}

const show = (windows: (TimeWindow | undefined)[]) =>
  windows.map((w) => (w ? `${iso(w.startsAt)}/${iso(w.endsAt)}` : 'undefined'));

describe('recurrence: DAILY;COUNT=999999 from the year 1', () => {
  // Occurrence n starts n days after 0001-01-01 at 02:00 UTC; the last is number 999,998.
  const r = recurrence('FREQ=DAILY;COUNT=999999', '0001-01-01');
  const firstStart = utc(1, 1, 1, 2);
  const last = firstStart + 999_998 * DAY;

  it('finds the occurrences around now by arithmetic, not by walking', () => {
    expect(show(occurrencesAfter(r, NOW, 2))).to.deep.equal([
      '2026-11-26T02:00Z/2026-11-26T04:00Z',
      '2026-11-27T02:00Z/2026-11-27T04:00Z',
    ]);
    expect(show([previousOccurrence(r, NOW)])).to.deep.equal(['2026-11-25T02:00Z/2026-11-25T04:00Z']);
    expect(show([currentOrNextOccurrence(r, Date.UTC(2026, 10, 25, 3))])).to.deep.equal([
      '2026-11-25T02:00Z/2026-11-25T04:00Z',
    ]);
  });

  it('starts on startsOn and ends after COUNT occurrences', () => {
    expect(show(occurrencesAfter(r, -Infinity, 2))).to.deep.equal([
      '0001-01-01T02:00Z/0001-01-01T04:00Z',
      '0001-01-02T02:00Z/0001-01-02T04:00Z',
    ]);
    expect(iso(last)).to.equal('2738-11-27T02:00Z');
    expect(show(occurrencesAfter(r, last - DAY, 5))).to.deep.equal([
      '2738-11-26T02:00Z/2738-11-26T04:00Z',
      '2738-11-27T02:00Z/2738-11-27T04:00Z',
    ]);
    expect(currentOrNextOccurrence(r, last + 2 * 60 * MINUTE)).to.equal(undefined);
    expect(show([previousOccurrence(r, utc(5000, 1, 1))])).to.deep.equal([
      '2738-11-27T02:00Z/2738-11-27T04:00Z',
    ]);
    expect(firstDay(r)).to.equal(dayNumber('0001-01-01'));
    expect(firstStart).to.equal(-62_135_589_600_000);
  });

  it('is the same in a zone with daylight saving', () => {
    const berlin = recurrence('FREQ=DAILY;COUNT=999999', '0001-01-01', '02:30', 60, 'Europe/Berlin');
    expect(show(occurrencesAfter(berlin, Date.UTC(2026, 2, 28, 12), 2))).to.deep.equal([
      '2026-03-29T01:30Z/2026-03-29T02:30Z', // 02:30 is skipped: 03:30 CEST
      '2026-03-30T00:30Z/2026-03-30T01:30Z',
    ]);
  });

  it('gives the same windows to every caller without expanding again', () => {
    const fresh = recurrence('FREQ=DAILY;COUNT=999999', '0001-01-01');
    const once = currentOrNextOccurrence(fresh, NOW);
    expect(currentOrNextOccurrence(fresh, NOW)).to.equal(once);
    expect(occurrencesAfter(fresh, NOW - 1000, 1)[0]).to.equal(once);
    expect(previousOccurrence(fresh, Date.UTC(2026, 10, 26, 4))).to.equal(once);
  });
});

describe('recurrence: rules that never match', () => {
  for (const rule of NEVER_RULES) {
    for (const startsOn of ['0001-02-01', '2026-02-01']) {
      it(`${rule} from ${startsOn} has no occurrence at all`, () => {
        const r = recurrence(rule, startsOn);
        expect(occurrencesAfter(r, -Infinity, 3)).to.deep.equal([]);
        expect(currentOrNextOccurrence(r, NOW)).to.equal(undefined);
        expect(previousOccurrence(r, Infinity)).to.equal(undefined);
        expect(firstDay(r)).to.equal(dayNumber(startsOn));
      });
    }
  }

  it('but a rule that matches once in 400 years is found', () => {
    // Every 100 years in February from 2100, on the 29th: only 2400 is a leap year.
    const r = recurrence('FREQ=MONTHLY;INTERVAL=1200;BYMONTHDAY=29', '2100-02-01');
    expect(show(occurrencesAfter(r, NOW, 2))).to.deep.equal([
      '2400-02-29T02:00Z/2400-02-29T04:00Z',
      '2800-02-29T02:00Z/2800-02-29T04:00Z',
    ]);
  });
});

// --- far back, against rrule ---------------------------------------------------------------

const RR_WEEKDAYS: Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const FREQ = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY };
const SHIFT_YEARS = 2000;

/** rrule's occurrence starts (UTC) after `from - duration`: the next `n`, and the one before. */
function oracle(r: Recurrence, from: number, n: number): { after: string[]; previous: string | undefined } {
  const { rule } = r;
  const [y, m, d] = r.startsOn.split('-').map(Number) as [number, number, number];
  const shift = y < 100 ? SHIFT_YEARS : 0;
  const move = (instant: number, years: number) => {
    const date = new Date(instant);
    date.setUTCFullYear(date.getUTCFullYear() + years);
    return date;
  };
  const options: Partial<Options> = {
    freq: FREQ[rule.freq],
    interval: rule.interval,
    wkst: RRule.MO,
    dtstart: new Date(utc(y + shift, m, d, 0, r.startMinute)),
    count: rule.count ?? null,
    until: rule.until && 'instant' in rule.until ? move(rule.until.instant, shift) : null,
    byweekday: rule.byDay.length
      ? rule.byDay.map((b) => (b.ordinal ? RR_WEEKDAYS[b.weekday]!.nth(b.ordinal) : RR_WEEKDAYS[b.weekday]!))
      : null,
    bymonthday: rule.byMonthDay.length ? rule.byMonthDay : null,
  };
  const rrule = new RRule(options);
  // An occurrence has ended by `from` when it starts at or before `from - duration`.
  const ended = move(from - r.durationMinutes * MINUTE, shift);
  const after: string[] = [];
  rrule.all((date) => {
    if (date > ended) after.push(iso(move(date.getTime(), -shift).getTime()));
    return after.length < n;
  });
  const previous = rrule.before(ended, true);
  return { after, previous: previous ? iso(move(previous.getTime(), -shift).getTime()) : undefined };
}

describe('recurrence: far back and counted, as rrule has it', function () {
  // rrule walks every occurrence from startsOn: up to about 50,000 here.
  this.timeout(60_000);

  const cases: [rule: string, startsOn: string, from: number][] = [
    ['FREQ=MONTHLY;BYDAY=-1FR;COUNT=999999', '0001-01-01', NOW],
    ['FREQ=MONTHLY;INTERVAL=5;BYDAY=2TU,-2TH;COUNT=999999', '0001-03-04', NOW],
    ['FREQ=MONTHLY;BYMONTHDAY=31,-3;BYDAY=FR,SA;COUNT=99999', '0096-02-29', NOW],
    ['FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=15000', '0400-01-01', NOW], // over in 1649
    ['FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=15000', '0400-01-01', utc(1649, 12, 1)],
    ['FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;COUNT=999999', '1066-10-14', NOW],
    ['FREQ=WEEKLY;BYDAY=SU;COUNT=30000', '1600-01-01', NOW],
    ['FREQ=DAILY;COUNT=999999', '1900-01-01', NOW],
    ['FREQ=DAILY;INTERVAL=7;BYDAY=MO,WE;COUNT=999999', '1850-06-03', NOW],
    ['FREQ=DAILY;INTERVAL=5;BYMONTHDAY=1,15,-1;COUNT=999999', '1800-03-01', NOW],
    ['FREQ=DAILY;BYMONTHDAY=13;BYDAY=FR;COUNT=999999', '0013-01-01', NOW],
    ['FREQ=DAILY;INTERVAL=3;UNTIL=20261201T000000Z', '1901-01-01', NOW],
  ];
  for (const [rule, startsOn, from] of cases) {
    it(`${rule} from ${startsOn}, asked at ${iso(from)}`, () => {
      const r = recurrence(rule, startsOn);
      const expected = oracle(r, from, 4);
      expect(occurrencesAfter(r, from, 4).map((w) => iso(w.startsAt))).to.deep.equal(expected.after);
      const previous = previousOccurrence(r, from);
      expect(previous && iso(previous.startsAt)).to.equal(expected.previous);
    });
  }
});

describe('recurrence: a schedule started 400 years earlier is the same schedule', () => {
  // The calendar repeats every 400 years (146,097 days, a whole number of weeks), so in UTC a rule
  // from startsOn and from startsOn 400·n years earlier select the same dates once both run —
  // when the rule's steps line up across the shift: INTERVAL 1 or 3 for DAILY and WEEKLY
  // (146,097 = 3³ · 7 · 773), any for MONTHLY up to 4 (4800 months). COUNT=999999 changes
  // nothing while the series still runs.
  const arbitrary = fc.record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    byDay: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    ordinal: fc.constantFrom(0, 1, 2, -1, 5),
    byMonthDay: fc.uniqueArray(
      fc.integer({ min: -31, max: 31 }).filter((n) => n !== 0),
      { maxLength: 2 },
    ),
    counted: fc.boolean(),
    year: fc.integer({ min: 1700, max: 2025 }),
    dayOfYear: fc.integer({ min: 0, max: 364 }),
    cycles: fc.integer({ min: 1, max: 4 }),
    fromDays: fc.integer({ min: 0, max: 3000 }),
  });
  const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

  it('for random rules', () => {
    fc.assert(
      fc.property(arbitrary, (c) => {
        const interval = c.freq === 'MONTHLY' ? c.interval : [1, 3][c.interval % 2]!;
        const parts = [`FREQ=${c.freq}`, `INTERVAL=${interval}`];
        const ordinal = c.freq === 'MONTHLY' && c.ordinal ? String(c.ordinal) : '';
        if (c.byDay.length) parts.push(`BYDAY=${c.byDay.map((d) => `${ordinal}${CODES[d]}`).join(',')}`);
        if (c.freq !== 'WEEKLY' && c.byMonthDay.length) parts.push(`BYMONTHDAY=${c.byMonthDay.join(',')}`);
        const rule = parts.join(';');
        const date = new Date(utc(c.year, 1, 1) + c.dayOfYear * DAY);
        const late = date.toISOString().slice(0, 10);
        date.setUTCFullYear(c.year - 400 * c.cycles);
        const early = date.toISOString().slice(0, 10);
        const from = utc(c.year, 1, 1) + (c.dayOfYear + c.fromDays) * DAY;
        const expected = show(occurrencesAfter(recurrence(rule, late), from, 3));
        const what = `${rule} from ${early} / ${late}, at ${iso(from)}`;
        expect(show(occurrencesAfter(recurrence(rule, early), from, 3)), what).to.deep.equal(expected);
        if (c.counted) {
          const counted = recurrence(`${rule};COUNT=999999`, early);
          expect(show(occurrencesAfter(counted, from, 3)), `${what}, counted`).to.deep.equal(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
