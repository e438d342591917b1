import { expect } from '@open-wc/testing';
import { instantToZoned, zonedToInstant, zoneOffset } from '../../../src/time/zone.js';

const at = (iso: string) => Date.parse(iso);

describe('zonedToInstant: one rule for daylight-saving edges', () => {
  const cases: [string, [number, number, number, string], string, string][] = [
    // [zone, [year, month, day, HH:MM], expected instant, what]
    [
      'America/Los_Angeles',
      [2026, 3, 8, '02:30'],
      '2026-03-08T10:30:00Z',
      'skipped: read with PST, so 03:30 PDT',
    ],
    ['America/Los_Angeles', [2026, 11, 1, '01:30'], '2026-11-01T08:30:00Z', 'repeated: the first, PDT'],
    [
      'Europe/Berlin',
      [2026, 3, 29, '02:30'],
      '2026-03-29T01:30:00Z',
      'skipped: read with CET, so 03:30 CEST',
    ],
    ['Europe/Berlin', [2026, 10, 25, '02:30'], '2026-10-25T00:30:00Z', 'repeated: the first, CEST'],
    [
      'Australia/Lord_Howe',
      [2026, 10, 4, '02:15'],
      '2026-10-03T15:45:00Z',
      'skipped half hour: 02:45 +11:00',
    ],
    [
      'Australia/Lord_Howe',
      [2026, 4, 5, '01:45'],
      '2026-04-04T14:45:00Z',
      'repeated half hour: the first, +11:00',
    ],
    ['Pacific/Chatham', [2026, 9, 27, '03:00'], '2026-09-26T14:15:00Z', 'skipped: 04:00 +13:45'],
    ['Pacific/Chatham', [2026, 4, 5, '03:00'], '2026-04-04T13:15:00Z', 'repeated: the first, +13:45'],
    ['Asia/Kolkata', [2026, 7, 1, '17:00'], '2026-07-01T11:30:00Z', 'no DST, +05:30'],
  ];
  for (const [zone, [y, m, d, hhmm], expected, what] of cases) {
    it(`${zone} ${y}-${m}-${d} ${hhmm}: ${what}`, () => {
      const [h, min] = hhmm.split(':').map(Number) as [number, number];
      expect(new Date(zonedToInstant(y, m, d, h * 60 + min, zone)).toISOString()).to.equal(
        new Date(at(expected)).toISOString(),
      );
    });
  }

  it('round-trips every quarter hour of 2026 in Lord Howe and Chatham outside the gaps', () => {
    for (const zone of ['Australia/Lord_Howe', 'Pacific/Chatham']) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 6 * 3_600_000 + 15 * 60_000) {
        const local = instantToZoned(t, zone);
        const back = zonedToInstant(local.year, local.month, local.day, local.hour * 60 + local.minute, zone);
        // A repeated local time maps back to its first reading, which is at or before t.
        expect(back, `${zone} ${new Date(t).toISOString()}`).to.be.at.most(t);
        expect(t - back).to.be.oneOf([0, 30 * 60_000, 60 * 60_000]);
      }
    }
  });

  it('reads offsets east and west, including 45-minute ones', () => {
    expect(zoneOffset(at('2026-01-15T00:00:00Z'), 'Pacific/Chatham')).to.equal(13 * 60 + 45);
    expect(zoneOffset(at('2026-07-15T00:00:00Z'), 'Pacific/Chatham')).to.equal(12 * 60 + 45);
    expect(zoneOffset(at('2026-07-15T00:00:00Z'), 'Australia/Lord_Howe')).to.equal(10 * 60 + 30);
    expect(zoneOffset(at('2026-07-15T00:00:00Z'), 'America/Los_Angeles')).to.equal(-7 * 60);
  });
});
