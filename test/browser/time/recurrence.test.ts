// Recurrence expansion, case by case, with the instants worked out by hand from the zones'
// published offsets and 2026 transitions (UTC offsets in the comments).
import { expect } from '@open-wc/testing';
import type { Recurrence } from '../../../src/feed/model.js';
import { parseRRule } from '../../../src/feed/rrule.js';
import { instantToZoned } from '../../../src/time/zone.js';
import {
  currentOrNextOccurrence,
  occurrencesAfter,
  previousOccurrence,
  type TimeWindow,
} from '../../../src/time/recurrence.js';

/** A Recurrence from an RRULE, the way the feed parser builds one. */
function recurrence(
  ruleText: string,
  startsOn: string,
  time: string,
  durationMinutes: number,
  timeZone: string,
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

/** `2026-03-01T01:00Z` */
function iso(instant: number): string {
  return new Date(instant).toISOString().replace(':00.000Z', 'Z');
}

/** Windows as `start/end`, minute precision, UTC. */
function show(windows: (TimeWindow | undefined)[]): string[] {
  return windows.map((w) => (w ? `${iso(w.startsAt)}/${iso(w.endsAt)}` : 'undefined'));
}

/** Start times only. */
function starts(windows: TimeWindow[]): string[] {
  return windows.map((w) => iso(w.startsAt));
}

const at = (text: string) => Date.parse(text);

describe('recurrence: weekly across daylight-saving changes', () => {
  // "Every Saturday 17:00–22:00" in Los Angeles; 2026 DST starts Mar 8 and ends Nov 1.
  const saturdays = recurrence('FREQ=WEEKLY;BYDAY=SA', '2026-01-03', '17:00', 300, 'America/Los_Angeles');

  it('keeps 17:00 local while the UTC start moves an hour in March', () => {
    const windows = occurrencesAfter(saturdays, at('2026-02-27T00:00Z'), 4);
    expect(show(windows)).to.deep.equal([
      '2026-03-01T01:00Z/2026-03-01T06:00Z', // Feb 28, PST (-8)
      '2026-03-08T01:00Z/2026-03-08T06:00Z', // Mar 7, PST
      '2026-03-15T00:00Z/2026-03-15T05:00Z', // Mar 14, PDT (-7)
      '2026-03-22T00:00Z/2026-03-22T05:00Z',
    ]);
    for (const w of windows) {
      const local = instantToZoned(w.startsAt, 'America/Los_Angeles');
      expect([local.weekday, local.hour, local.minute]).to.deep.equal([5, 17, 0]);
    }
  });

  it('and back in November', () => {
    expect(show(occurrencesAfter(saturdays, at('2026-10-20T00:00Z'), 4))).to.deep.equal([
      '2026-10-25T00:00Z/2026-10-25T05:00Z', // Oct 24, PDT
      '2026-11-01T00:00Z/2026-11-01T05:00Z', // Oct 31, PDT (the change is at 02:00 on Nov 1)
      '2026-11-08T01:00Z/2026-11-08T06:00Z', // Nov 7, PST
      '2026-11-15T01:00Z/2026-11-15T06:00Z',
    ]);
  });

  it('starts from startsOn, however early `from` is', () => {
    expect(starts(occurrencesAfter(saturdays, at('2000-01-01T00:00Z'), 2))).to.deep.equal([
      '2026-01-04T01:00Z',
      '2026-01-11T01:00Z',
    ]);
  });

  it('returns nothing for a limit below one', () => {
    expect(occurrencesAfter(saturdays, at('2026-02-27T00:00Z'), 0)).to.deep.equal([]);
  });

  it('finds the current, next and previous window', () => {
    // Inside Saturday Mar 14, 17:00–22:00 PDT = 00:00–05:00Z on the 15th.
    const inside = at('2026-03-15T02:00Z');
    expect(show([currentOrNextOccurrence(saturdays, inside)])).to.deep.equal([
      '2026-03-15T00:00Z/2026-03-15T05:00Z',
    ]);
    expect(show([previousOccurrence(saturdays, inside)])).to.deep.equal([
      '2026-03-08T01:00Z/2026-03-08T06:00Z',
    ]);
    // Between windows (Wednesday): the next one, and the last one that has ended.
    const between = at('2026-03-18T12:00Z');
    expect(show([currentOrNextOccurrence(saturdays, between)])).to.deep.equal([
      '2026-03-22T00:00Z/2026-03-22T05:00Z',
    ]);
    expect(show([previousOccurrence(saturdays, between)])).to.deep.equal([
      '2026-03-15T00:00Z/2026-03-15T05:00Z',
    ]);
  });

  it('treats the start as inside and the end as outside a window', () => {
    expect(show([currentOrNextOccurrence(saturdays, at('2026-03-15T00:00Z'))])).to.deep.equal([
      '2026-03-15T00:00Z/2026-03-15T05:00Z',
    ]);
    const end = at('2026-03-15T05:00Z');
    expect(show([currentOrNextOccurrence(saturdays, end)])).to.deep.equal([
      '2026-03-22T00:00Z/2026-03-22T05:00Z',
    ]);
    expect(show([previousOccurrence(saturdays, end)])).to.deep.equal(['2026-03-15T00:00Z/2026-03-15T05:00Z']);
    expect(show(occurrencesAfter(saturdays, end - 1, 1))).to.deep.equal([
      '2026-03-15T00:00Z/2026-03-15T05:00Z',
    ]);
  });

  it('has no previous window before the first has ended', () => {
    expect(previousOccurrence(saturdays, at('2026-01-04T05:59Z'))).to.equal(undefined);
    expect(show([previousOccurrence(saturdays, at('2026-01-04T06:00Z'))])).to.deep.equal([
      '2026-01-04T01:00Z/2026-01-04T06:00Z',
    ]);
  });

  it('skips DTSTART when it does not match the rule', () => {
    // 2026-01-01 is a Thursday; the first Saturday is Jan 3.
    const r = recurrence('FREQ=WEEKLY;BYDAY=SA;COUNT=2', '2026-01-01', '17:00', 300, 'America/Los_Angeles');
    expect(starts(occurrencesAfter(r, 0, 5))).to.deep.equal(['2026-01-04T01:00Z', '2026-01-11T01:00Z']);
  });

  it('defaults BYDAY to the weekday of startsOn', () => {
    const r = recurrence('FREQ=WEEKLY', '2026-01-06', '09:00', 60, 'UTC'); // a Tuesday
    expect(starts(occurrencesAfter(r, 0, 3))).to.deep.equal([
      '2026-01-06T09:00Z',
      '2026-01-13T09:00Z',
      '2026-01-20T09:00Z',
    ]);
  });
});

describe('recurrence: INTERVAL', () => {
  it('WEEKLY;INTERVAL=2 counts weeks from the week of startsOn', () => {
    // startsOn is Thursday Jan 8; its week (Mon Jan 5) is week 0, so Jan 6 is before the start.
    const r = recurrence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', '2026-01-08', '12:00', 60, 'Europe/Berlin');
    expect(starts(occurrencesAfter(r, 0, 5))).to.deep.equal([
      '2026-01-08T11:00Z', // CET (+1)
      '2026-01-20T11:00Z',
      '2026-01-22T11:00Z',
      '2026-02-03T11:00Z',
      '2026-02-05T11:00Z',
    ]);
    // Far later, jumping ahead: weeks of Mon Mar 30 and Apr 13 are counted weeks (CEST, +2).
    expect(starts(occurrencesAfter(r, at('2026-04-01T00:00Z'), 3))).to.deep.equal([
      '2026-04-02T10:00Z',
      '2026-04-14T10:00Z',
      '2026-04-16T10:00Z',
    ]);
  });

  it('weeks start on Monday (WKST=MO)', () => {
    // startsOn is Sunday Jan 4, the last day of the week of Mon Dec 29; with WKST=SU the
    // Monday Jan 5 would be in the same week and come next.
    const r = recurrence('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU', '2026-01-04', '08:00', 30, 'UTC');
    expect(starts(occurrencesAfter(r, 0, 5))).to.deep.equal([
      '2026-01-04T08:00Z',
      '2026-01-12T08:00Z',
      '2026-01-18T08:00Z',
      '2026-01-26T08:00Z',
      '2026-02-01T08:00Z',
    ]);
  });

  it('DAILY;INTERVAL=3 with a BYDAY filter', () => {
    const r = recurrence('FREQ=DAILY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR', '2026-01-01', '06:00', 60, 'UTC');
    // Jan 1 (Th), 4 (Su: filtered), 7 (We), 10 (Sa), 13 (Tu), 16 (Fr), 19 (Mo)
    expect(starts(occurrencesAfter(r, 0, 5))).to.deep.equal([
      '2026-01-01T06:00Z',
      '2026-01-07T06:00Z',
      '2026-01-13T06:00Z',
      '2026-01-16T06:00Z',
      '2026-01-19T06:00Z',
    ]);
  });

  it('MONTHLY;INTERVAL=3 counts months from the month of startsOn', () => {
    const r = recurrence('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', '2026-02-20', '10:00', 60, 'UTC');
    expect(starts(occurrencesAfter(r, 0, 3))).to.deep.equal([
      '2026-05-15T10:00Z',
      '2026-08-15T10:00Z',
      '2026-11-15T10:00Z',
    ]);
  });
});

describe('recurrence: monthly rules', () => {
  it('first Friday of each month', () => {
    const r = recurrence('FREQ=MONTHLY;BYDAY=1FR', '2026-01-01', '18:00', 120, 'America/Los_Angeles');
    expect(show(occurrencesAfter(r, 0, 5))).to.deep.equal([
      '2026-01-03T02:00Z/2026-01-03T04:00Z', // Jan 2, PST
      '2026-02-07T02:00Z/2026-02-07T04:00Z', // Feb 6
      '2026-03-07T02:00Z/2026-03-07T04:00Z', // Mar 6, still PST
      '2026-04-04T01:00Z/2026-04-04T03:00Z', // Apr 3, PDT
      '2026-05-02T01:00Z/2026-05-02T03:00Z', // May 1
    ]);
  });

  it('last Sunday (-1SU), at a time skipped and a time repeated in Berlin', () => {
    // 02:30 does not exist on Mar 29 (02:00 CET → 03:00 CEST): 03:30 CEST. On Oct 25 it
    // happens twice: the first, CEST.
    const r = recurrence('FREQ=MONTHLY;BYDAY=-1SU', '2026-01-01', '02:30', 60, 'Europe/Berlin');
    expect(starts(occurrencesAfter(r, 0, 11))).to.deep.equal([
      '2026-01-25T01:30Z', // CET
      '2026-02-22T01:30Z',
      '2026-03-29T01:30Z', // 03:30 CEST
      '2026-04-26T00:30Z', // CEST
      '2026-05-31T00:30Z',
      '2026-06-28T00:30Z',
      '2026-07-26T00:30Z',
      '2026-08-30T00:30Z',
      '2026-09-27T00:30Z',
      '2026-10-25T00:30Z', // 02:30 CEST, the first of the two
      '2026-11-29T01:30Z', // CET
    ]);
  });

  it('every such weekday when BYDAY has no ordinal', () => {
    const r = recurrence('FREQ=MONTHLY;INTERVAL=2;BYDAY=WE', '2026-01-20', '09:00', 60, 'UTC');
    expect(starts(occurrencesAfter(r, 0, 6))).to.deep.equal([
      '2026-01-21T09:00Z',
      '2026-01-28T09:00Z',
      '2026-03-04T09:00Z',
      '2026-03-11T09:00Z',
      '2026-03-18T09:00Z',
      '2026-03-25T09:00Z',
    ]);
  });

  it('BYMONTHDAY=-1 is the last day of each month, leap February included', () => {
    // Kolkata is +05:30 all year.
    const r = recurrence('FREQ=MONTHLY;BYMONTHDAY=-1', '2028-01-15', '23:30', 60, 'Asia/Kolkata');
    expect(show(occurrencesAfter(r, 0, 4))).to.deep.equal([
      '2028-01-31T18:00Z/2028-01-31T19:00Z',
      '2028-02-29T18:00Z/2028-02-29T19:00Z',
      '2028-03-31T18:00Z/2028-03-31T19:00Z',
      '2028-04-30T18:00Z/2028-04-30T19:00Z',
    ]);
  });

  it('the 31st (from startsOn) skips months without one', () => {
    const r = recurrence('FREQ=MONTHLY', '2026-01-31', '10:00', 60, 'Asia/Kolkata');
    expect(starts(occurrencesAfter(r, 0, 7))).to.deep.equal([
      '2026-01-31T04:30Z',
      '2026-03-31T04:30Z',
      '2026-05-31T04:30Z',
      '2026-07-31T04:30Z',
      '2026-08-31T04:30Z',
      '2026-10-31T04:30Z',
      '2026-12-31T04:30Z',
    ]);
  });

  it('BYDAY and BYMONTHDAY together: days that satisfy both', () => {
    // Friday the 13th.
    const r = recurrence('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', '2026-01-01', '13:00', 60, 'UTC');
    expect(starts(occurrencesAfter(r, 0, 3))).to.deep.equal([
      '2026-02-13T13:00Z',
      '2026-03-13T13:00Z',
      '2026-11-13T13:00Z',
    ]);
  });

  it('BYDAY entries with and without ordinals add up (RFC 5545)', () => {
    // The first Monday, and every Friday.
    const r = recurrence('FREQ=MONTHLY;BYDAY=1MO,FR', '2026-06-01', '09:00', 60, 'UTC');
    expect(starts(occurrencesAfter(r, 0, 7))).to.deep.equal([
      '2026-06-01T09:00Z',
      '2026-06-05T09:00Z',
      '2026-06-12T09:00Z',
      '2026-06-19T09:00Z',
      '2026-06-26T09:00Z',
      '2026-07-03T09:00Z',
      '2026-07-06T09:00Z',
    ]);
  });

  it('a fifth weekday only in months that have one', () => {
    const r = recurrence('FREQ=MONTHLY;BYDAY=5TH', '2026-01-01', '09:00', 60, 'UTC');
    expect(starts(occurrencesAfter(r, 0, 4))).to.deep.equal([
      '2026-01-29T09:00Z',
      '2026-04-30T09:00Z',
      '2026-07-30T09:00Z',
      '2026-10-29T09:00Z',
    ]);
  });
});

describe('recurrence: COUNT and UNTIL', () => {
  // 2026-01-01 is a Thursday: the occurrences are Mon 5, Wed 7, Mon 12.
  const counted = recurrence('FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3', '2026-01-01', '10:00', 60, 'UTC');

  it('COUNT counts occurrences from startsOn, even when asked from later', () => {
    expect(starts(occurrencesAfter(counted, 0, 10))).to.deep.equal([
      '2026-01-05T10:00Z',
      '2026-01-07T10:00Z',
      '2026-01-12T10:00Z',
    ]);
    expect(starts(occurrencesAfter(counted, at('2026-01-06T00:00Z'), 10))).to.deep.equal([
      '2026-01-07T10:00Z',
      '2026-01-12T10:00Z',
    ]);
  });

  it('a series that is over has no current or next window, but a previous one', () => {
    const after = at('2026-02-01T00:00Z');
    expect(currentOrNextOccurrence(counted, after)).to.equal(undefined);
    expect(occurrencesAfter(counted, after, 5)).to.deep.equal([]);
    expect(show([previousOccurrence(counted, after)])).to.deep.equal(['2026-01-12T10:00Z/2026-01-12T11:00Z']);
    // Long after, too.
    expect(show([previousOccurrence(counted, at('2090-01-01T00:00Z'))])).to.deep.equal([
      '2026-01-12T10:00Z/2026-01-12T11:00Z',
    ]);
    // During the last one it is current.
    expect(show([currentOrNextOccurrence(counted, at('2026-01-12T10:30Z'))])).to.deep.equal([
      '2026-01-12T10:00Z/2026-01-12T11:00Z',
    ]);
  });

  it('UNTIL as a date keeps occurrences starting on that local date', () => {
    // 23:00 PST on Jan 5 is 07:00Z on Jan 6: still included.
    const r = recurrence('FREQ=DAILY;UNTIL=20260105', '2026-01-01', '23:00', 60, 'America/Los_Angeles');
    expect(starts(occurrencesAfter(r, 0, 10))).to.deep.equal([
      '2026-01-02T07:00Z',
      '2026-01-03T07:00Z',
      '2026-01-04T07:00Z',
      '2026-01-05T07:00Z',
      '2026-01-06T07:00Z',
    ]);
    expect(currentOrNextOccurrence(r, at('2026-01-06T08:00Z'))).to.equal(undefined);
    expect(show([previousOccurrence(r, at('2030-01-01T00:00Z'))])).to.deep.equal([
      '2026-01-06T07:00Z/2026-01-06T08:00Z',
    ]);
  });

  it('UNTIL as an instant keeps occurrences starting at or before it', () => {
    // Jan 4, 23:00 PST is exactly the UNTIL instant.
    const r = recurrence(
      'FREQ=DAILY;UNTIL=20260105T070000Z',
      '2026-01-01',
      '23:00',
      60,
      'America/Los_Angeles',
    );
    expect(starts(occurrencesAfter(r, 0, 10))).to.deep.equal([
      '2026-01-02T07:00Z',
      '2026-01-03T07:00Z',
      '2026-01-04T07:00Z',
      '2026-01-05T07:00Z',
    ]);
    const early = recurrence(
      'FREQ=DAILY;UNTIL=20260105T065959Z',
      '2026-01-01',
      '23:00',
      60,
      'America/Los_Angeles',
    );
    expect(occurrencesAfter(early, 0, 10)).to.have.length(3);
    expect(show([previousOccurrence(early, at('2027-01-01T00:00Z'))])).to.deep.equal([
      '2026-01-04T07:00Z/2026-01-04T08:00Z',
    ]);
  });

  it('UNTIL before startsOn: no occurrences at all', () => {
    const r = recurrence('FREQ=DAILY;UNTIL=20251231', '2026-01-01', '09:00', 60, 'UTC');
    expect(occurrencesAfter(r, 0, 10)).to.deep.equal([]);
    expect(previousOccurrence(r, at('2027-01-01T00:00Z'))).to.equal(undefined);
  });
});

describe('recurrence: windows crossing midnight and overlapping', () => {
  it('a window crossing midnight is current after midnight', () => {
    // Saturdays 22:00–02:00 in Berlin (CET): 21:00Z–01:00Z.
    const r = recurrence('FREQ=WEEKLY;BYDAY=SA', '2026-01-03', '22:00', 240, 'Europe/Berlin');
    const sundayOneAm = at('2026-01-11T00:00Z'); // 01:00 on Sunday in Berlin
    expect(show([currentOrNextOccurrence(r, sundayOneAm)])).to.deep.equal([
      '2026-01-10T21:00Z/2026-01-11T01:00Z',
    ]);
    expect(show(occurrencesAfter(r, sundayOneAm, 2))).to.deep.equal([
      '2026-01-10T21:00Z/2026-01-11T01:00Z',
      '2026-01-17T21:00Z/2026-01-18T01:00Z',
    ]);
    expect(show([previousOccurrence(r, sundayOneAm)])).to.deep.equal(['2026-01-03T21:00Z/2026-01-04T01:00Z']);
  });

  it('lasts elapsed time across a DST change', () => {
    // Saturday Mar 28, 22:00 CET for 6 hours: clocks skip 02:00–03:00, so it ends 05:00 CEST.
    const r = recurrence('FREQ=WEEKLY;BYDAY=SA', '2026-03-01', '22:00', 360, 'Europe/Berlin');
    const [w] = occurrencesAfter(r, at('2026-03-25T00:00Z'), 1);
    expect(show([w])).to.deep.equal(['2026-03-28T21:00Z/2026-03-29T03:00Z']);
    const end = instantToZoned(w!.endsAt, 'Europe/Berlin');
    expect([end.day, end.hour]).to.deep.equal([29, 5]);
  });

  it('overlapping windows stay in start order; the earliest unfinished comes first', () => {
    // Every day at 12:00 UTC for 30 hours: two windows are open from 12:00 to 18:00.
    const r = recurrence('FREQ=DAILY', '2026-01-01', '12:00', 1800, 'UTC');
    const noonish = at('2026-01-03T13:00Z');
    expect(show(occurrencesAfter(r, noonish, 3))).to.deep.equal([
      '2026-01-02T12:00Z/2026-01-03T18:00Z',
      '2026-01-03T12:00Z/2026-01-04T18:00Z',
      '2026-01-04T12:00Z/2026-01-05T18:00Z',
    ]);
    expect(show([currentOrNextOccurrence(r, noonish)])).to.deep.equal([
      '2026-01-02T12:00Z/2026-01-03T18:00Z',
    ]);
    expect(show([previousOccurrence(r, noonish)])).to.deep.equal(['2026-01-01T12:00Z/2026-01-02T18:00Z']);
  });
});

describe('recurrence: times skipped or repeated by DST', () => {
  it('Los Angeles: 02:30 on Mar 8 is 03:30 PDT; 01:30 on Nov 1 is the first, PDT', () => {
    const spring = recurrence('FREQ=DAILY', '2026-03-07', '02:30', 60, 'America/Los_Angeles');
    expect(starts(occurrencesAfter(spring, 0, 3))).to.deep.equal([
      '2026-03-07T10:30Z', // PST
      '2026-03-08T10:30Z', // 03:30 PDT
      '2026-03-09T09:30Z', // PDT
    ]);
    const fall = recurrence('FREQ=DAILY', '2026-10-31', '01:30', 60, 'America/Los_Angeles');
    expect(starts(occurrencesAfter(fall, 0, 3))).to.deep.equal([
      '2026-10-31T08:30Z', // PDT
      '2026-11-01T08:30Z', // 01:30 PDT, the first of two
      '2026-11-02T09:30Z', // PST
    ]);
  });

  it('Europe/Berlin: 10:00 on the Sundays around Mar 29 and Oct 25', () => {
    const r = recurrence('FREQ=WEEKLY;BYDAY=SU', '2026-01-01', '10:00', 60, 'Europe/Berlin');
    expect(starts(occurrencesAfter(r, at('2026-03-20T00:00Z'), 2))).to.deep.equal([
      '2026-03-22T09:00Z', // CET (+1)
      '2026-03-29T08:00Z', // CEST (+2)
    ]);
    expect(starts(occurrencesAfter(r, at('2026-10-15T00:00Z'), 2))).to.deep.equal([
      '2026-10-18T08:00Z',
      '2026-10-25T09:00Z',
    ]);
  });

  it('Australia/Lord_Howe: a 30-minute shift (Apr 5 and Oct 4)', () => {
    // +11:00 in summer, +10:30 in winter.
    const daily = recurrence('FREQ=DAILY', '2026-04-04', '09:00', 60, 'Australia/Lord_Howe');
    expect(starts(occurrencesAfter(daily, 0, 2))).to.deep.equal(['2026-04-03T22:00Z', '2026-04-04T22:30Z']);
    expect(starts(occurrencesAfter(daily, at('2026-10-02T00:00Z'), 2))).to.deep.equal([
      '2026-10-02T22:30Z',
      '2026-10-03T22:00Z',
    ]);
    // 02:15 on Oct 4 is skipped (02:00 → 02:30): 02:45 +11:00.
    const skipped = recurrence('FREQ=DAILY;COUNT=1', '2026-10-04', '02:15', 60, 'Australia/Lord_Howe');
    expect(starts(occurrencesAfter(skipped, 0, 5))).to.deep.equal(['2026-10-03T15:45Z']);
    // 01:45 on Apr 5 happens twice (02:00 → 01:30): the first, +11:00.
    const repeated = recurrence('FREQ=DAILY;COUNT=1', '2026-04-05', '01:45', 60, 'Australia/Lord_Howe');
    expect(starts(occurrencesAfter(repeated, 0, 5))).to.deep.equal(['2026-04-04T14:45Z']);
  });

  it('Pacific/Chatham: +13:45 / +12:45 (Apr 5 and Sep 27)', () => {
    const sundays = recurrence('FREQ=WEEKLY;BYDAY=SU', '2026-03-01', '12:00', 90, 'Pacific/Chatham');
    expect(starts(occurrencesAfter(sundays, at('2026-03-27T00:00Z'), 2))).to.deep.equal([
      '2026-03-28T22:15Z', // Mar 29, +13:45
      '2026-04-04T23:15Z', // Apr 5, +12:45
    ]);
    expect(starts(occurrencesAfter(sundays, at('2026-09-18T00:00Z'), 2))).to.deep.equal([
      '2026-09-19T23:15Z', // Sep 20, +12:45
      '2026-09-26T22:15Z', // Sep 27, +13:45
    ]);
    // 03:00 on Sep 27 is skipped (02:45 → 03:45): 04:00 +13:45.
    const skipped = recurrence(
      'FREQ=MONTHLY;BYDAY=-1SU;COUNT=9',
      '2026-01-01',
      '03:00',
      30,
      'Pacific/Chatham',
    );
    expect(starts(occurrencesAfter(skipped, 0, 9)).slice(-1)).to.deep.equal(['2026-09-26T14:15Z']);
  });

  it('Asia/Kolkata: +05:30 all year', () => {
    const r = recurrence('FREQ=MONTHLY;BYMONTHDAY=1', '2026-01-01', '00:15', 45, 'Asia/Kolkata');
    const windows = occurrencesAfter(r, 0, 12);
    expect(windows).to.have.length(12);
    windows.forEach((w, i) => {
      expect(iso(w.startsAt)).to.equal(iso(Date.UTC(2026, i, 1, 0, 15) - 330 * 60_000));
      expect(w.endsAt - w.startsAt).to.equal(45 * 60_000);
    });
  });
});

describe('recurrence: bounded work', () => {
  it('a rule that never matches gives up instead of looping', () => {
    const never = recurrence('FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=31', '2026-01-01', '09:00', 60, 'UTC');
    expect(occurrencesAfter(never, 0, 3)).to.deep.equal([]);
    expect(currentOrNextOccurrence(never, at('2026-06-01T00:00Z'))).to.equal(undefined);
    expect(previousOccurrence(never, at('2040-06-01T00:00Z'))).to.equal(undefined);
    const february30 = recurrence('FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30', '2026-02-01', '09:00', 60, 'UTC');
    expect(occurrencesAfter(february30, 0, 3)).to.deep.equal([]);
  });

  it('leap days are found years apart', () => {
    const leap = recurrence('FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=29', '2025-02-01', '09:00', 60, 'UTC');
    expect(starts(occurrencesAfter(leap, at('2096-03-01T00:00Z'), 1))).to.deep.equal(['2104-02-29T09:00Z']);
    expect(show([previousOccurrence(leap, at('2103-01-01T00:00Z'))])).to.deep.equal([
      '2096-02-29T09:00Z/2096-02-29T10:00Z',
    ]);
  });

  it('jumps ahead without COUNT and walks briskly with it', () => {
    const daily = recurrence('FREQ=DAILY', '2026-01-01', '09:00', 60, 'Europe/Berlin');
    const counted = recurrence('FREQ=DAILY;COUNT=999999', '2026-01-01', '09:00', 60, 'Europe/Berlin');
    const monthly = recurrence('FREQ=MONTHLY;BYDAY=-1FR;COUNT=999999', '2026-01-01', '09:00', 60, 'UTC');
    const far = at('2500-01-01T00:00Z');
    const t0 = performance.now();
    expect(starts(occurrencesAfter(daily, far, 1))).to.deep.equal(['2500-01-01T08:00Z']);
    expect(starts(occurrencesAfter(counted, far, 1))).to.deep.equal(['2500-01-01T08:00Z']);
    expect(starts(occurrencesAfter(monthly, far, 1))).to.deep.equal(['2500-01-29T09:00Z']);
    expect(show([previousOccurrence(counted, far)])).to.deep.equal(['2499-12-31T08:00Z/2499-12-31T09:00Z']);
    expect(performance.now() - t0).to.be.below(2000);
  });

  it('stops at the year 9999 and at unusable input', () => {
    const daily = recurrence('FREQ=DAILY', '2026-01-01', '09:00', 60, 'UTC');
    expect(occurrencesAfter(daily, Infinity, 3)).to.deep.equal([]);
    expect(occurrencesAfter(daily, NaN, 3)).to.deep.equal([]);
    expect(starts(occurrencesAfter(daily, -Infinity, 1))).to.deep.equal(['2026-01-01T09:00Z']);
    expect(show([previousOccurrence(daily, Infinity)])).to.deep.equal([
      '9999-12-31T09:00Z/9999-12-31T10:00Z',
    ]);
    expect(previousOccurrence(daily, -Infinity)).to.equal(undefined);
  });
});
