// Runs with the browsers themselves in America/Los_Angeles (see the group in
// web-test-runner.config.mjs), so the default "viewer's zone" path is tested outside UTC.
import { expect } from '@open-wc/testing';
import { viewerTimeZone, instantToZoned } from '../../../src/time/zone.js';
import { parseRRule } from '../../../src/feed/rrule.js';
import { currentOrNextOccurrence } from '../../../src/time/recurrence.js';
import type { Recurrence } from '../../../src/feed/model.js';

describe('in a browser whose own zone is America/Los_Angeles', () => {
  it('reports that zone as the viewer zone', () => {
    expect(viewerTimeZone()).to.equal('America/Los_Angeles');
    expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()).to.equal(420);
  });

  it('expands a Berlin schedule independently of the browser zone, across both DST changes', () => {
    const parsed = parseRRule('FREQ=WEEKLY;BYDAY=MO');
    if (!parsed.ok) throw new Error(parsed.message);
    const recurrence: Recurrence = {
      ruleText: 'FREQ=WEEKLY;BYDAY=MO',
      rule: parsed.rule,
      startsOn: '2026-01-05',
      time: '09:00',
      startMinute: 540,
      durationMinutes: 60,
      timeZone: 'Europe/Berlin',
    };
    // Berlin moves to CEST on 2026-03-29; Los Angeles moved three weeks earlier, on 2026-03-08.
    const march = currentOrNextOccurrence(recurrence, Date.UTC(2026, 2, 10))!;
    expect(march.startsAt).to.equal(Date.UTC(2026, 2, 16, 8, 0));
    const april = currentOrNextOccurrence(recurrence, Date.UTC(2026, 2, 31))!;
    expect(april.startsAt).to.equal(Date.UTC(2026, 3, 6, 7, 0));
    expect(instantToZoned(april.startsAt, viewerTimeZone())).to.include({ day: 6, hour: 0, minute: 0 });
  });
});
