import { expect } from '@open-wc/testing';
import {
  at,
  DAY,
  feedModel,
  HOUR,
  MINUTE,
  recurrence,
  recurring,
  update,
  type FeedParts,
} from '../kit/feeds.js';
import {
  componentHistory,
  historyStart,
  type DayBar,
  type HistoryOptions,
} from '../../../src/select/history.js';
import { localDay, zonedToInstant } from '../../../src/time/zone.js';
import { dayNumber } from '../../../src/feed/instant.js';
import { keyOf, mergeFeeds } from '../../../src/select/merge.js';

// Saturday 18 July 2026, noon UTC. Every test names its zone, so none depends on the machine's.
const NOW = Date.parse('2026-07-18T12:00:00Z');
const { incident, maintenance } = at(NOW);
/** The feed's history reaches back 200 days, so no bar below is 'nodata' unless a test says so. */
const LONG_AGO = { page: { historyStart: new Date(NOW - 200 * DAY).toISOString() } };

const options = (over: Partial<HistoryOptions> = {}): HistoryOptions => ({
  now: NOW,
  days: 90,
  timeZone: 'UTC',
  ...over,
});

/** The model of a feed with a long history and the items given. */
const model = (parts: FeedParts) => feedModel({ ...LONG_AGO, ...parts });

const day = (bars: DayBar[], date: string) => {
  const bar = bars.find((b) => b.date === date);
  if (!bar) throw new Error(`no bar for ${date} in ${bars[0]?.date} … ${bars.at(-1)?.date}`);
  return bar;
};

describe('component history: the days', () => {
  it('has `days` bars, oldest first, the last one today in the zone', () => {
    const { days } = componentHistory(model({}), 'api', options());
    expect(days).to.have.length(90);
    expect(days[0]!.date).to.equal('2026-04-20');
    expect(days.at(-1)!.date).to.equal('2026-07-18');
    for (let i = 1; i < days.length; i++) expect(days[i]!.start).to.equal(days[i - 1]!.end);
    expect(days.every((d) => d.level === 'operational')).to.equal(true);
  });

  it('uses calendar days of the zone, also at +14 and at half-hour offsets', () => {
    const kiritimati = componentHistory(
      model({}),
      'api',
      options({ days: 2, timeZone: 'Pacific/Kiritimati' }),
    );
    expect(kiritimati.days.map((d) => d.date)).to.deep.equal(['2026-07-18', '2026-07-19']);
    expect(new Date(kiritimati.days[1]!.start).toISOString()).to.equal('2026-07-18T10:00:00.000Z');
    const kolkata = componentHistory(model({}), 'api', options({ days: 1, timeZone: 'Asia/Kolkata' }));
    expect(kolkata.days[0]).to.include({
      date: '2026-07-18',
      start: Date.parse('2026-07-17T18:30:00Z'),
      end: Date.parse('2026-07-18T18:30:00Z'),
    });
    const la = componentHistory(model({}), 'api', options({ days: 1, timeZone: 'America/Los_Angeles' }));
    expect(la.days[0]).to.include({ date: '2026-07-18', start: Date.parse('2026-07-18T07:00:00Z') });
  });

  it('makes daylight-saving days 23 and 25 hours long (Los Angeles, Berlin)', () => {
    const length = (zone: string, date: string, now: string) => {
      const { days } = componentHistory(
        model({}),
        'api',
        options({ now: Date.parse(now), days: 3, timeZone: zone }),
      );
      const bar = day(days, date);
      return (bar.end - bar.start) / HOUR;
    };
    expect(length('America/Los_Angeles', '2026-03-08', '2026-03-09T20:00:00Z')).to.equal(23);
    expect(length('America/Los_Angeles', '2026-11-01', '2026-11-02T20:00:00Z')).to.equal(25);
    expect(length('America/Los_Angeles', '2026-11-02', '2026-11-02T20:00:00Z')).to.equal(24);
    expect(length('Europe/Berlin', '2026-03-29', '2026-03-30T12:00:00Z')).to.equal(23);
    expect(length('Europe/Berlin', '2026-10-25', '2026-10-26T12:00:00Z')).to.equal(25);
  });

  it('keeps `days` within 1 to 365', () => {
    const m = model({});
    expect(componentHistory(m, 'api', options({ days: 0 })).days).to.have.length(1);
    expect(componentHistory(m, 'api', options({ days: 1000 })).days).to.have.length(365);
    expect(componentHistory(m, 'api', options({ days: 30.7 })).days).to.have.length(30);
    expect(componentHistory(m, 'api', options({ days: NaN })).days).to.have.length(90);
  });
});

describe('component history: incidents', () => {
  it('colours the day of an incident by its impact, with its minutes and the incident', () => {
    const m = model({
      incidents: [
        incident('outage', 'major', { startedAt: '2026-07-10T08:00:00Z', lasted: 7 * HOUR + 45 * MINUTE }),
      ],
    });
    const { days, source } = componentHistory(m, 'api', options());
    expect(source).to.equal('incidents');
    const bar = day(days, '2026-07-10');
    expect(bar).to.include({ level: 'major', incidentMinutes: 465, maintenanceMinutes: 0 });
    expect(bar.incidents.map((i) => i.id)).to.deep.equal(['outage']);
    expect(day(days, '2026-07-09').level).to.equal('operational');
    expect(day(days, '2026-07-11').level).to.equal('operational');
    expect(days.filter((d) => d.incidents.length)).to.have.length(1);
  });

  it('splits an incident over the days it spans in the viewer zone', () => {
    // 22:00 to 03:00 Los Angeles time (PDT, UTC-7), 17 to 18 July.
    const m = model({
      incidents: [incident('night', 'minor', { startedAt: '2026-07-17T05:00:00Z', lasted: 5 * HOUR })],
    });
    const la = componentHistory(m, 'api', options({ timeZone: 'America/Los_Angeles' })).days;
    expect(day(la, '2026-07-16')).to.include({ level: 'minor', incidentMinutes: 120 });
    expect(day(la, '2026-07-17')).to.include({ level: 'minor', incidentMinutes: 180 });
    // In UTC the same incident is inside one day.
    const utc = componentHistory(m, 'api', options()).days;
    expect(day(utc, '2026-07-17')).to.include({ level: 'minor', incidentMinutes: 300 });
    expect(day(utc, '2026-07-16').level).to.equal('operational');
  });

  it('takes the worst impact of the day; impact none is listed but counts as nothing', () => {
    const m = model({
      incidents: [
        incident('small', 'minor', { startedAt: '2026-07-05T01:00:00Z', lasted: HOUR }),
        incident('big', 'critical', { startedAt: '2026-07-05T10:00:00Z', lasted: 30 * MINUTE }),
        incident('note', 'none', { startedAt: '2026-07-06T10:00:00Z', lasted: 3 * HOUR }),
      ],
    });
    const { days } = componentHistory(m, 'api', options());
    expect(day(days, '2026-07-05')).to.include({ level: 'critical', incidentMinutes: 90 });
    expect(day(days, '2026-07-05').incidents.map((i) => i.id)).to.deep.equal(['big', 'small']);
    expect(day(days, '2026-07-06')).to.include({ level: 'operational', incidentMinutes: 0 });
    expect(day(days, '2026-07-06').incidents.map((i) => i.id)).to.deep.equal(['note']);
  });

  it('counts overlapping incidents once', () => {
    const m = model({
      incidents: [
        incident('a', 'minor', { startedAt: '2026-07-05T10:00:00Z', lasted: 2 * HOUR }),
        incident('b', 'major', { startedAt: '2026-07-05T11:00:00Z', lasted: 2 * HOUR }),
        incident('c', 'minor', { startedAt: '2026-07-05T11:30:00Z', lasted: 10 * MINUTE }),
      ],
    });
    expect(day(componentHistory(m, 'api', options()).days, '2026-07-05')).to.include({
      level: 'major',
      incidentMinutes: 180,
    });
  });

  it('runs an unresolved incident until now, and today is clipped to now', () => {
    const m = model({ incidents: [incident('open', 'critical', { startedAt: '2026-07-17T20:00:00Z' })] });
    const { days } = componentHistory(m, 'api', options());
    expect(day(days, '2026-07-17')).to.include({ level: 'critical', incidentMinutes: 240 });
    expect(day(days, '2026-07-18')).to.include({ level: 'critical', incidentMinutes: 720 });
  });

  it('counts only incidents that name the component; one naming none touches no bar', () => {
    const m = model({
      incidents: [
        incident('web-only', 'major', {
          startedAt: '2026-07-05T10:00:00Z',
          lasted: HOUR,
          components: ['web'],
        }),
        incident('page-wide', 'critical', {
          startedAt: '2026-07-06T10:00:00Z',
          lasted: HOUR,
          components: [],
        }),
      ],
    });
    const api = componentHistory(m, 'api', options()).days;
    expect(api.every((d) => d.level === 'operational' && !d.incidents.length)).to.equal(true);
    expect(day(componentHistory(m, 'web', options()).days, '2026-07-05').level).to.equal('major');
    expect(day(componentHistory(m, 'web', options()).days, '2026-07-06').level).to.equal('operational');
  });

  it('shows an incident that started before the strip on the days it still covered', () => {
    const m = model({
      incidents: [incident('long', 'minor', { startedAt: '2026-04-18T00:00:00Z', lasted: 3 * DAY })],
    });
    const { days } = componentHistory(m, 'api', options());
    expect(days[0]).to.include({ date: '2026-04-20', level: 'minor', incidentMinutes: 1440 });
    expect(days[1]).to.include({ level: 'operational' });
  });
});

describe('component history: maintenance', () => {
  it('marks the days of a window that touched the component, below any incident', () => {
    const m = model({
      incidents: [
        incident('during', 'minor', { startedAt: '2026-07-02T23:00:00Z', lasted: HOUR, components: ['web'] }),
      ],
      maintenances: [
        maintenance('upgrade', 0, 0, {
          startsAt: '2026-07-01T22:00:00Z',
          endsAt: '2026-07-03T02:00:00Z',
          status: 'completed',
        }),
      ],
    });
    const { days } = componentHistory(m, 'web', options());
    expect(day(days, '2026-07-01')).to.include({ level: 'maintenance', maintenanceMinutes: 120 });
    expect(day(days, '2026-07-02')).to.include({
      level: 'minor',
      maintenanceMinutes: 1440,
      incidentMinutes: 60,
    });
    expect(day(days, '2026-07-03')).to.include({ level: 'maintenance', maintenanceMinutes: 120 });
    expect(day(days, '2026-07-03').maintenances).to.deep.equal([
      {
        item: m.maintenances[0],
        startsAt: Date.parse('2026-07-01T22:00:00Z'),
        endsAt: Date.parse('2026-07-03T02:00:00Z'),
      },
    ]);
    expect(componentHistory(m, 'api', options()).days.every((d) => d.level === 'operational')).to.equal(true);
  });

  it('never counts cancelled windows, nor the part of a window after now', () => {
    const m = model({
      maintenances: [
        maintenance('off', 0, 0, {
          startsAt: '2026-07-01T10:00:00Z',
          endsAt: '2026-07-01T12:00:00Z',
          status: 'cancelled',
        }),
        maintenance('today', 0, 0, { startsAt: '2026-07-18T11:00:00Z', endsAt: '2026-07-18T15:00:00Z' }),
        maintenance('later', 0, 0, { startsAt: '2026-07-18T13:00:00Z', endsAt: '2026-07-18T15:00:00Z' }),
      ],
    });
    const { days } = componentHistory(m, 'web', options());
    expect(day(days, '2026-07-01')).to.include({ level: 'operational', maintenanceMinutes: 0 });
    expect(day(days, '2026-07-01').maintenances).to.deep.equal([]);
    expect(day(days, '2026-07-18')).to.include({ level: 'maintenance', maintenanceMinutes: 60 });
    expect(day(days, '2026-07-18').maintenances.map((o) => o.item.id)).to.deep.equal(['today']);
  });

  it('runs a window still in progress past its planned end until now', () => {
    const m = model({
      maintenances: [
        maintenance('overrun', 0, 0, {
          startsAt: '2026-07-18T06:00:00Z',
          endsAt: '2026-07-18T08:00:00Z',
          status: 'in_progress',
        }),
      ],
    });
    expect(day(componentHistory(m, 'web', options()).days, '2026-07-18').maintenanceMinutes).to.equal(360);
  });

  it('runs a window in progress from its first in_progress update when it began early', () => {
    const m = model({
      maintenances: [
        maintenance('early', 0, 0, {
          startsAt: '2026-07-18T14:00:00Z',
          endsAt: '2026-07-18T16:00:00Z',
          status: 'in_progress',
          updates: [
            update('2026-07-18T10:30:00Z', 'in_progress', 'Started early.'),
            update('2026-07-18T11:00:00Z', 'in_progress', 'Still going.'),
          ],
        }),
      ],
    });
    const bar = day(componentHistory(m, 'web', options()).days, '2026-07-18');
    expect(bar).to.include({ level: 'maintenance', maintenanceMinutes: 90 });
    expect(bar.maintenances[0]).to.include({ startsAt: Date.parse('2026-07-18T10:30:00Z') });
  });

  it('marks each occurrence of a recurring window, at its wall-clock time across DST', () => {
    // Every Saturday 22:00-02:00 in Berlin, from March: the strip covers the change on 29 March.
    const m = model({
      maintenances: [
        recurring(
          'weekly',
          recurrence('FREQ=WEEKLY;BYDAY=SA', {
            startsOn: '2026-03-01',
            time: '22:00',
            duration: 'PT4H',
            timeZone: 'Europe/Berlin',
          }),
        ),
      ],
    });
    const now = Date.parse('2026-04-06T12:00:00Z');
    const { days } = componentHistory(m, 'web', options({ now, days: 30, timeZone: 'Europe/Berlin' }));
    const marked = days.filter((d) => d.level === 'maintenance').map((d) => [d.date, d.maintenanceMinutes]);
    expect(marked).to.deep.equal([
      // The tail of Saturday 7 March's window, which began before the strip.
      ['2026-03-08', 120],
      ['2026-03-14', 120],
      ['2026-03-15', 120],
      ['2026-03-21', 120],
      ['2026-03-22', 120],
      ['2026-03-28', 120],
      ['2026-03-29', 120],
      ['2026-04-04', 120],
      ['2026-04-05', 120],
    ]);
    const sunday = day(days, '2026-03-29').maintenances[0]!;
    expect(new Date(sunday.startsAt).toISOString()).to.equal('2026-03-28T21:00:00.000Z');
    const april = day(days, '2026-04-04').maintenances[0]!;
    expect(new Date(april.startsAt).toISOString()).to.equal('2026-04-04T20:00:00.000Z');
  });
});

describe('component history: no data', () => {
  it('marks days wholly before the history begins, and every day of an unknown component', () => {
    const m = feedModel({
      incidents: [incident('first', 'minor', { startedAt: '2026-07-10T08:00:00Z', lasted: HOUR })],
    });
    expect(historyStart(m)).to.equal(Date.parse('2026-07-10T08:00:00Z'));
    const { days } = componentHistory(m, 'api', options());
    expect(day(days, '2026-07-09').level).to.equal('nodata');
    expect(day(days, '2026-07-10').level).to.equal('minor');
    expect(day(days, '2026-07-11').level).to.equal('operational');
    expect(days.filter((d) => d.level === 'nodata')).to.have.length(81);
    const unknown = componentHistory(m, 'nope', options());
    expect(unknown.componentId).to.equal('nope');
    expect(unknown.days).to.have.length(90);
    expect(unknown.days.every((d) => d.level === 'nodata')).to.equal(true);
  });

  it('is all no data for a feed with nothing in it', () => {
    const m = feedModel({});
    expect(historyStart(m)).to.equal(undefined);
    expect(componentHistory(m, 'api', options()).days.every((d) => d.level === 'nodata')).to.equal(true);
  });

  it('begins at the oldest incident or maintenance start, cancelled windows aside', () => {
    const m = feedModel({
      incidents: [incident('i', 'minor', { startedAt: '2026-06-01T00:00:00Z', lasted: HOUR })],
      maintenances: [
        maintenance('m', 0, 0, {
          startsAt: '2026-05-01T00:00:00Z',
          endsAt: '2026-05-01T02:00:00Z',
          status: 'completed',
        }),
        maintenance('x', 0, 0, {
          startsAt: '2026-01-01T00:00:00Z',
          endsAt: '2026-01-01T02:00:00Z',
          status: 'cancelled',
        }),
        recurring('r', recurrence('FREQ=WEEKLY;BYDAY=MO', { startsOn: '2026-04-01', time: '03:00' })),
      ],
    });
    // The schedule's first occurrence: Monday 6 April, 03:00 UTC.
    expect(historyStart(m)).to.equal(Date.parse('2026-04-06T03:00:00Z'));
  });
});

describe('component history: daily uptime', () => {
  const uptime = (entries: [string, number][]) => entries.map(([date, percent]) => ({ date, percent }));

  it("puts the feed's percent on the bar of the same date and averages the days shown", () => {
    const m = model({
      components: [
        {
          id: 'api',
          name: 'Public API',
          uptime: uptime([
            ['2026-01-01', 50],
            ['2026-07-16', 100],
            ['2026-07-17', 99.5],
            ['2026-07-18', 100],
          ]),
        },
        { id: 'web', name: 'Dashboard' },
      ],
    });
    const api = componentHistory(m, 'api', options());
    expect(api.source).to.equal('uptime');
    // 1 January is outside the 90 days shown, so it is not in the mean.
    expect(api.uptimePercent).to.be.closeTo(99.8333, 0.0001);
    expect(day(api.days, '2026-07-17')).to.include({ uptime: 99.5, level: 'minor', incidentMinutes: 0 });
    expect(day(api.days, '2026-07-16')).to.include({ uptime: 100, level: 'operational' });
    expect(day(api.days, '2026-07-15')).not.to.have.property('uptime');
    const web = componentHistory(m, 'web', options());
    expect(web.source).to.equal('incidents');
    expect(web).not.to.have.property('uptimePercent');
    expect(web.days.some((d) => 'uptime' in d)).to.equal(false);
  });

  it('takes the level from incidents; a dip below 100 without one is at least minor', () => {
    const m = model({
      components: [
        {
          id: 'api',
          name: 'Public API',
          uptime: uptime([
            ['2026-07-10', 98],
            ['2026-07-11', 99.9],
            ['2026-07-12', 100],
          ]),
        },
        { id: 'web', name: 'Dashboard' },
      ],
      incidents: [incident('cut', 'critical', { startedAt: '2026-07-10T03:00:00Z', lasted: 30 * MINUTE })],
      maintenances: [
        maintenance('work', 0, 0, {
          startsAt: '2026-07-11T01:00:00Z',
          endsAt: '2026-07-11T02:00:00Z',
          status: 'completed',
          components: ['api'],
        }),
        maintenance('more', 0, 0, {
          startsAt: '2026-07-12T01:00:00Z',
          endsAt: '2026-07-12T02:00:00Z',
          status: 'completed',
          components: ['api'],
        }),
      ],
    });
    const { days } = componentHistory(m, 'api', options());
    expect(day(days, '2026-07-10')).to.include({ level: 'critical', uptime: 98 });
    expect(day(days, '2026-07-11')).to.include({ level: 'minor', uptime: 99.9, maintenanceMinutes: 60 });
    expect(day(days, '2026-07-12')).to.include({ level: 'maintenance', uptime: 100 });
  });

  it('starts the history at the oldest uptime day, in the page zone', () => {
    const m = feedModel({
      page: { timeZone: 'Asia/Kolkata' },
      components: [
        {
          id: 'api',
          name: 'Public API',
          uptime: uptime([
            ['2026-07-01', 100],
            ['2026-06-20', 100],
          ]),
        },
      ],
    });
    expect(historyStart(m)).to.equal(Date.parse('2026-06-19T18:30:00Z'));
    const { days } = componentHistory(m, 'api', options());
    expect(day(days, '2026-06-18').level).to.equal('nodata');
    expect(day(days, '2026-06-19').level).to.equal('operational');
    expect(day(days, '2026-06-20')).to.include({ level: 'operational', uptime: 100 });
    const utc = feedModel({
      components: [{ id: 'api', name: 'Public API', uptime: uptime([['2026-06-20', 100]]) }],
    });
    expect(historyStart(utc)).to.equal(Date.parse('2026-06-20T00:00:00Z'));
  });
});

describe('component history: day bounds in any zone', () => {
  // Zones with DST at 02:00, at midnight (Santiago, Havana), of half an hour (Lord Howe), none at
  // a half-hour offset (Kolkata), and at +14.
  const ZONES = [
    'America/Los_Angeles',
    'Europe/Berlin',
    'America/Santiago',
    'America/Havana',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Pacific/Kiritimati',
  ];

  for (const zone of ZONES) {
    it(`starts every day of a year at its first instant in ${zone}`, () => {
      const { days } = componentHistory(model({}), 'api', options({ days: 365, timeZone: zone }));
      expect(days).to.have.length(365);
      for (const bar of days) {
        const [y, m, d] = bar.date.split('-').map(Number) as [number, number, number];
        expect(bar.start, bar.date).to.equal(zonedToInstant(y, m, d, 0, zone));
        expect(localDay(bar.start, zone), bar.date).to.equal(dayNumber(bar.date));
        expect(localDay(bar.start - 1, zone), bar.date).to.equal(dayNumber(bar.date) - 1);
        expect((bar.end - bar.start) / HOUR, bar.date).to.be.within(23, 25);
      }
    });
  }

  it('reads an unknown zone as UTC, and gives no days for an instant that is not a time', () => {
    const m = model({});
    expect(componentHistory(m, 'api', options({ timeZone: 'Mars/Olympus' }))).to.deep.equal(
      componentHistory(m, 'api', options({ timeZone: 'UTC' })),
    );
    expect(componentHistory(m, 'api', options({ now: NaN }))).to.deep.equal({
      componentId: 'api',
      days: [],
      source: 'incidents',
    });
  });
});

describe('component history over several feeds', () => {
  const own = model({ incidents: [incident('inc-1', 'minor', { startedAt: NOW - 2 * DAY, lasted: HOUR })] });
  const vendor = model({
    page: { name: 'Stripe', url: 'https://status.stripe.example/', historyStart: LONG_AGO.page.historyStart },
    incidents: [incident('inc-1', 'critical', { startedAt: NOW - DAY, lasted: HOUR })],
  });
  const merged = mergeFeeds([
    { url: 'https://acme.example/feed.json', model: own },
    { url: 'https://acme.example/stripe.json', model: vendor },
  ])!;
  const [ours, theirs] = merged.components.filter((c) => c.id === 'api');

  it("counts for a component only its own feed's items, found by its key", () => {
    const levels = (id: string) =>
      componentHistory(merged, id, options({ days: 3 }))
        .days.map((bar) => bar.level)
        .join(' ');
    expect(levels(keyOf(ours!))).to.equal('minor operational operational');
    expect(levels(keyOf(theirs!))).to.equal('operational critical operational');
    // Over a merge the id alone names no component.
    expect(levels('api')).to.equal('nodata nodata nodata');
  });

  it('reads one feed as before: the model of one feed is the feed itself', () => {
    const one = mergeFeeds([{ url: 'https://acme.example/feed.json', model: own }])!;
    expect(componentHistory(one, 'api', options({ days: 3 }))).to.deep.equal(
      componentHistory(own, 'api', options({ days: 3 })),
    );
  });
});
