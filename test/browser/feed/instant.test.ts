// Dates of every year, the years 0–99 included: Date.UTC reads those as 1900–1999, which the
// feed's instants and RRULE UNTIL used to inherit.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dayNumber, daysFromCivil, parseInstant } from '../../../src/feed/instant.js';
import { parseRRule } from '../../../src/feed/rrule.js';
import { occurrencesAfter, previousOccurrence } from '../../../src/time/recurrence.js';
import { zonedToInstant } from '../../../src/time/zone.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { accepted } from '../kit/parse.js';

/** The instant of a UTC date-time by setUTCFullYear, which takes every year as written. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.setUTCHours(hour, minute, second);
}

const iso = (instant: number) => new Date(instant).toISOString();

describe('instants of the years 0–99', () => {
  it('are read as written, not as 1900–1999', () => {
    expect(iso(parseInstant('0050-06-15T12:30:00Z')!)).to.equal('0050-06-15T12:30:00.000Z');
    expect(parseInstant('0000-01-01T00:00:00Z')).to.equal(-62_167_219_200_000);
    expect(iso(parseInstant('0099-12-31T23:00:00-02:00')!)).to.equal('0100-01-01T01:00:00.000Z');
    expect(iso(parseInstant('0004-02-29T00:00:00.5+01:00')!)).to.equal('0004-02-28T23:00:00.500Z');
    expect(parseInstant('0100-02-29T00:00:00Z')).to.equal(undefined); // not a leap year
  });

  it('agree with setUTCFullYear for every year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (year, month, day, hour, minute) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
          expect(parseInstant(text), text).to.equal(utc(year, month, day, hour, minute));
          expect(daysFromCivil(year, month, day) * 86_400_000, text).to.equal(utc(year, month, day));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('give day numbers of any year', () => {
    expect(dayNumber('1970-01-01')).to.equal(0);
    expect(dayNumber('0001-01-01')).to.equal(-719_162);
    expect(dayNumber('0050-03-01') * 86_400_000).to.equal(utc(50, 3, 1));
    expect(dayNumber('not a date')).to.be.NaN;
  });

  it('as wall-clock times in a zone', () => {
    expect(iso(zonedToInstant(50, 6, 15, 12 * 60, 'UTC'))).to.equal('0050-06-15T12:00:00.000Z');
    // Etc/GMT-5 is five hours east of UTC, in every year.
    expect(iso(zonedToInstant(99, 12, 31, 0, 'Etc/GMT-5'))).to.equal('0099-12-30T19:00:00.000Z');
  });

  it('in a feed', () => {
    const { model } = accepted(
      parseFeed({
        version: 1,
        page: { name: 'Antiquity' },
        incidents: [
          {
            id: 'old',
            title: 'A long time ago',
            impact: 'minor',
            status: 'resolved',
            startedAt: '0099-12-31T22:00:00Z',
            resolvedAt: '0099-12-31T23:00:00Z',
          },
        ],
      }),
    );
    expect(model.incidents[0]!.startedAt).to.equal(utc(99, 12, 31, 22));
    expect(model.incidents[0]!.resolvedAt).to.equal(utc(99, 12, 31, 23));
  });
});

describe('RRULE UNTIL of the years 0–99', () => {
  it('is read as written, in both forms', () => {
    const instant = parseRRule('FREQ=DAILY;UNTIL=00501231T235959Z');
    expect(instant.ok && instant.rule.until).to.deep.equal({ instant: utc(50, 12, 31, 23, 59, 59) });
    const date = parseRRule('FREQ=DAILY;UNTIL=00501231');
    expect(date.ok && date.rule.until).to.deep.equal({ date: '0050-12-31' });
  });

  it('ends a schedule in that year', () => {
    const parsed = parseRRule('FREQ=WEEKLY;BYDAY=SU;UNTIL=00501231T235959Z');
    if (!parsed.ok) throw new Error(parsed.message);
    const r = {
      ruleText: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=00501231T235959Z',
      rule: parsed.rule,
      startsOn: '0050-12-01',
      time: '09:00',
      startMinute: 540,
      durationMinutes: 60,
      timeZone: 'UTC',
    };
    // 0050-12-01 was a Thursday: Sundays 4, 11, 18 and 25.
    expect(occurrencesAfter(r, -Infinity, 10).map((w) => iso(w.startsAt))).to.deep.equal([
      '0050-12-04T09:00:00.000Z',
      '0050-12-11T09:00:00.000Z',
      '0050-12-18T09:00:00.000Z',
      '0050-12-25T09:00:00.000Z',
    ]);
    expect(iso(previousOccurrence(r, Date.UTC(2026, 0, 1))!.startsAt)).to.equal('0050-12-25T09:00:00.000Z');
  });

  it('must be a real date or time', () => {
    for (const rule of [
      'FREQ=DAILY;UNTIL=20260230',
      'FREQ=DAILY;UNTIL=20261301T000000Z',
      'FREQ=DAILY;UNTIL=20260101T240000Z',
    ]) {
      const parsed = parseRRule(rule);
      expect(parsed.ok, rule).to.equal(false);
      expect(!parsed.ok && parsed.message).to.equal(
        'RRULE UNTIL must be a date YYYYMMDD or a UTC time YYYYMMDDTHHMMSSZ',
      );
    }
  });
});
