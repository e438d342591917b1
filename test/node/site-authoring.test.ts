// The playground's authoring forms (site/playground/authoring-feed.ts): wall-clock times in a zone
// become instants with that date's offset, recurring windows become an RRULE the library accepts
// and keep their local time across daylight-saving changes, and every document the forms write
// passes parseFeed (an invalid one is refused with the field named).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../../src/feed/parse.js';
import { parseRRule } from '../../src/feed/rrule.js';
import { occurrencesAfter } from '../../src/time/recurrence.js';
import { instantToZoned } from '../../src/time/zone.js';
import {
  addIncidentUpdate,
  addMaintenance,
  buildRecurrence,
  buildRRule,
  componentsOf,
  incidentsOf,
  isoDuration,
  previewRecurrence,
  readDocument,
  uniqueId,
  wallClockAt,
  zonedIso,
  type MaintenanceInput,
  type RecurrenceInput,
  type UpdateInput,
} from '../../site/playground/authoring-feed.js';

const LA = 'America/Los_Angeles';
const allFeed = readFileSync('demo/feeds/all.json', 'utf8');
const minimal = JSON.stringify({
  version: 1,
  components: [
    { id: 'api', name: 'Public API' },
    { id: 'web', name: 'Web app' },
  ],
  incidents: [
    {
      id: 'slow-api',
      title: 'Slow API',
      impact: 'minor',
      status: 'investigating',
      components: ['api'],
      startedAt: '2026-11-20T10:00:00Z',
      updates: [{ at: '2026-11-20T10:05:00Z', status: 'investigating', body: 'Looking into it.' }],
    },
  ],
});

const weeklySaturday = (overrides: Partial<RecurrenceInput> = {}): RecurrenceInput => ({
  frequency: 'weekly',
  interval: 1,
  weekdays: [5],
  ordinal: 1,
  weekday: 4,
  startTime: '17:00',
  endTime: '22:00',
  timeZone: LA,
  startsOn: '2026-10-01',
  end: { kind: 'never' },
  ...overrides,
});

const window = (overrides: Partial<MaintenanceInput> = {}): MaintenanceInput => ({
  title: 'Database upgrade',
  summary: 'The primary database moves to a new version.',
  impact: 'major',
  status: 'scheduled',
  components: ['api'],
  schedule: {
    kind: 'once',
    timeZone: LA,
    start: { date: '2026-12-12', time: '17:00' },
    end: { date: '2026-12-12', time: '22:00' },
  },
  ...overrides,
});

describe('wall-clock time in a zone', () => {
  it('is written with the offset of that date, winter and summer', () => {
    assert.equal(zonedIso({ date: '2026-12-12', time: '17:00' }, LA)?.iso, '2026-12-12T17:00:00-08:00');
    assert.equal(zonedIso({ date: '2026-07-04', time: '17:00' }, LA)?.iso, '2026-07-04T17:00:00-07:00');
    assert.equal(
      zonedIso({ date: '2026-07-04', time: '09:15' }, 'Asia/Kolkata')?.iso,
      '2026-07-04T09:15:00+05:30',
    );
    assert.equal(zonedIso({ date: '2026-07-04', time: '09:15' }, 'UTC')?.iso, '2026-07-04T09:15:00+00:00');
    assert.equal(
      zonedIso({ date: '2026-12-12', time: '17:00' }, LA)?.instant,
      Date.parse('2026-12-13T01:00:00Z'),
    );
  });

  it('follows the library across the DST changes: a skipped time moves on, a repeated one is the first', () => {
    // 8 March 2026: 02:00 → 03:00 in Los Angeles.
    const skipped = zonedIso({ date: '2026-03-08', time: '02:30' }, LA);
    assert.equal(skipped?.iso, '2026-03-08T03:30:00-07:00');
    assert.equal(skipped?.shiftedTo, '2026-03-08 03:30');
    // 1 November 2026: 02:00 → 01:00; 01:30 is read as PDT, the first of the two.
    const repeated = zonedIso({ date: '2026-11-01', time: '01:30' }, LA);
    assert.equal(repeated?.iso, '2026-11-01T01:30:00-07:00');
    assert.equal(repeated?.shiftedTo, undefined);
  });

  it('refuses what it cannot read', () => {
    assert.equal(zonedIso({ date: '2026-02-30', time: '10:00' }, LA), undefined);
    assert.equal(zonedIso({ date: '2026-02-03', time: '24:00' }, LA), undefined);
    assert.equal(zonedIso({ date: '2026-02-03', time: '10:00' }, 'Mars/Olympus'), undefined);
  });

  it('reads "now" in the chosen zone', () => {
    const at = Date.parse('2026-12-01T06:30:00Z');
    assert.deepEqual(wallClockAt(at, LA), { date: '2026-11-30', time: '22:30' });
    assert.deepEqual(wallClockAt(at, 'Europe/Berlin'), { date: '2026-12-01', time: '07:30' });
  });
});

describe('recurring windows', () => {
  it('writes the weekly Saturday window as the feed recurrence form', () => {
    const built = buildRecurrence(weeklySaturday());
    assert.ok(built.ok);
    assert.deepEqual(built.value, {
      rule: 'FREQ=WEEKLY;BYDAY=SA',
      startsOn: '2026-10-01',
      time: '17:00',
      duration: 'PT5H',
      timeZone: LA,
    });
  });

  it('builds RRULEs the library accepts for each frequency and end', () => {
    const cases: [Partial<RecurrenceInput>, string][] = [
      [{ frequency: 'daily', weekdays: [] }, 'FREQ=DAILY'],
      [{ frequency: 'daily', weekdays: [4, 0, 2] }, 'FREQ=DAILY;BYDAY=MO,WE,FR'],
      [{ interval: 2, weekdays: [3, 0] }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH'],
      [{ frequency: 'monthly', ordinal: 1, weekday: 4 }, 'FREQ=MONTHLY;BYDAY=1FR'],
      [{ frequency: 'monthly', ordinal: -1, weekday: 6 }, 'FREQ=MONTHLY;BYDAY=-1SU'],
      [{ end: { kind: 'until', date: '2027-03-31' } }, 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20270331'],
      [{ end: { kind: 'count', count: 6 } }, 'FREQ=WEEKLY;BYDAY=SA;COUNT=6'],
    ];
    for (const [overrides, rule] of cases) {
      const input = weeklySaturday(overrides);
      assert.equal(buildRRule(input), rule);
      assert.ok(parseRRule(rule).ok, rule);
      const built = buildRecurrence(input);
      assert.ok(built.ok && built.value.rule === rule, rule);
    }
  });

  it('crosses midnight when the end time is before the start', () => {
    const built = buildRecurrence(weeklySaturday({ startTime: '23:00', endTime: '01:30' }));
    assert.ok(built.ok);
    assert.equal(built.value.duration, 'PT2H30M');
    assert.equal(isoDuration(1440), 'P1D');
    assert.equal(isoDuration(90), 'PT1H30M');
  });

  it('names the fields that are wrong', () => {
    const built = buildRecurrence(
      weeklySaturday({ weekdays: [], startTime: '17:00', endTime: '17:00', interval: 0, startsOn: 'soon' }),
    );
    assert.ok(!built.ok);
    assert.deepEqual(built.errors.map((e) => e.field).sort(), [
      'endTime',
      'interval',
      'startsOn',
      'weekdays',
    ]);
    const until = buildRecurrence(weeklySaturday({ end: { kind: 'until', date: '2026-09-01' } }));
    assert.ok(!until.ok && until.errors[0]?.field === 'until');
  });

  it('keeps 17:00 Los Angeles time across the November change (DST case)', () => {
    const built = buildRecurrence(weeklySaturday());
    assert.ok(built.ok);
    const parsed = parseFeed({
      version: 1,
      maintenances: [{ id: 'w', title: 'Weekly', status: 'scheduled', recurrence: built.value }],
    });
    assert.ok(parsed.ok);
    const recurrence = parsed.model.maintenances[0]!.recurrence!;
    // Saturdays 24 and 31 October (PDT) and 7 and 14 November 2026 (PST, after 1 November).
    const windows = occurrencesAfter(recurrence, Date.parse('2026-10-20T00:00:00Z'), 4);
    assert.deepEqual(
      windows.map((w) => new Date(w.startsAt).toISOString()),
      [
        '2026-10-25T00:00:00.000Z',
        '2026-11-01T00:00:00.000Z',
        '2026-11-08T01:00:00.000Z',
        '2026-11-15T01:00:00.000Z',
      ],
    );
    for (const w of windows) {
      const start = instantToZoned(w.startsAt, LA);
      const end = instantToZoned(w.endsAt, LA);
      assert.deepEqual([start.weekday, start.hour, start.minute], [5, 17, 0]);
      assert.deepEqual([end.hour, end.minute], [22, 0]);
    }
  });

  it('previews the schedule in words and its next occurrences', () => {
    const built = buildRecurrence(weeklySaturday());
    assert.ok(built.ok);
    const preview = previewRecurrence(built.value, {
      locale: 'en-US',
      now: Date.parse('2026-11-02T00:00:00Z'),
    });
    assert.ok(preview);
    assert.match(preview.sentence, /^Every Saturday, 5:00\s?–\s?10:00\sPM PST$/);
    assert.equal(preview.next.length, 5);
    assert.match(preview.next[0]!.text, /^Sat, Nov 7, 5:00\s?–\s?10:00\sPM PST$/);
    const monthly = buildRecurrence(weeklySaturday({ frequency: 'monthly', ordinal: 1, weekday: 4 }));
    assert.ok(monthly.ok);
    const first = previewRecurrence(monthly.value, {
      locale: 'en-US',
      now: Date.parse('2026-11-02T00:00:00Z'),
    });
    assert.match(first!.sentence, /^First Friday of every month/);
    assert.match(first!.next[0]!.text, /^Fri, Nov 6,/);
  });
});

describe('adding a maintenance window', () => {
  it('adds a one-off window that parseFeed accepts, with a fresh id', () => {
    const result = addMaintenance(minimal, window());
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.id, 'database-upgrade');
    const doc = JSON.parse(result.json);
    assert.deepEqual(doc.maintenances.at(-1), {
      id: 'database-upgrade',
      title: 'Database upgrade',
      summary: 'The primary database moves to a new version.',
      status: 'scheduled',
      impact: 'major',
      startsAt: '2026-12-12T17:00:00-08:00',
      endsAt: '2026-12-12T22:00:00-08:00',
      components: ['api'],
    });
    assert.equal(result.json, JSON.stringify(doc, null, 2));
    const parsed = parseFeed(result.json);
    assert.ok(parsed.ok);
    assert.equal(parsed.model.maintenances[0]!.startsAt, Date.parse('2026-12-13T01:00:00Z'));
    // Again: the id does not collide.
    const again = addMaintenance(result.json, window());
    assert.ok(again.ok && again.id === 'database-upgrade-2');
  });

  it('adds a recurring window to the full example feed', () => {
    const result = addMaintenance(
      allFeed,
      window({ title: 'Weekly checks', schedule: { kind: 'recurring', recurrence: weeklySaturday() } }),
    );
    assert.ok(result.ok, JSON.stringify(result));
    const parsed = parseFeed(result.json);
    assert.ok(parsed.ok);
    const added = parsed.model.maintenances.find((m) => m.id === result.id)!;
    assert.equal(added.recurrence?.ruleText, 'FREQ=WEEKLY;BYDAY=SA');
    assert.equal(added.recurrence?.durationMinutes, 300);
    // Nothing else in the document changed.
    const before = JSON.parse(allFeed);
    const after = JSON.parse(result.json);
    assert.deepEqual(after.maintenances.slice(0, -1), before.maintenances);
    assert.deepEqual({ ...after, maintenances: null }, { ...before, maintenances: null });
  });

  it('never writes an invalid feed: errors name the field, or say the editor text is not JSON', () => {
    const backwards = addMaintenance(
      minimal,
      window({
        title: '  ',
        schedule: {
          kind: 'once',
          timeZone: LA,
          start: { date: '2026-12-12', time: '17:00' },
          end: { date: '2026-12-12', time: '16:00' },
        },
      }),
    );
    assert.ok(!backwards.ok);
    assert.deepEqual(
      backwards.errors.map((e) => e.field),
      ['title', 'end'],
    );

    const notJson = addMaintenance('{"version": 1,', window());
    assert.ok(!notJson.ok);
    assert.equal(notJson.errors[0]?.field, '');
    assert.match(notJson.errors[0]!.message, /not valid JSON/);

    const broken = addMaintenance(JSON.stringify({ version: 1, incidents: [{ id: 'x' }] }), window());
    assert.ok(!broken.ok);
    assert.match(broken.errors[0]!.message, /not valid yet \(incidents\[0\]\.title/);

    const vendor = readDocument(JSON.stringify({ page: {}, components: [] }));
    assert.ok(!vendor.ok && /native feed/.test(vendor.message));
  });

  it('a title the schema refuses is reported against the title field', () => {
    const long = addMaintenance(minimal, window({ title: 'x'.repeat(600) }));
    assert.ok(!long.ok);
    assert.equal(long.errors[0]?.field, 'title');
    assert.match(long.errors[0]!.message, /^maintenances\[0\]\.title: /);
  });
});

describe('adding an incident update', () => {
  const update = (overrides: Partial<UpdateInput> = {}): UpdateInput => ({
    incident: { kind: 'existing', id: 'slow-api' },
    status: 'identified',
    body: 'A bad deploy; rolling back.',
    at: { date: '2026-11-20', time: '02:30' },
    timeZone: LA,
    ...overrides,
  });

  it('appends an update to an existing incident and moves its status', () => {
    const result = addIncidentUpdate(minimal, update());
    assert.ok(result.ok, JSON.stringify(result));
    const incident = JSON.parse(result.json).incidents[0];
    assert.equal(incident.status, 'identified');
    assert.deepEqual(incident.updates.at(-1), {
      at: '2026-11-20T02:30:00-08:00',
      status: 'identified',
      body: 'A bad deploy; rolling back.',
    });
    assert.ok(parseFeed(result.json).ok);

    const resolved = addIncidentUpdate(
      result.json,
      update({ status: 'resolved', body: 'Fixed.', at: { date: '2026-11-20', time: '04:00' } }),
    );
    assert.ok(resolved.ok);
    const parsed = parseFeed(resolved.json);
    assert.ok(parsed.ok);
    assert.equal(parsed.model.incidents[0]!.status, 'resolved');
    assert.equal(parsed.model.incidents[0]!.resolvedAt, Date.parse('2026-11-20T12:00:00Z'));
    assert.equal(parsed.model.incidents[0]!.updates.length, 3);
  });

  it('an older update is added without changing the status', () => {
    const result = addIncidentUpdate(
      minimal,
      update({ at: { date: '2026-11-20', time: '02:02' }, status: 'identified' }),
    );
    assert.ok(result.ok);
    assert.equal(JSON.parse(result.json).incidents[0].status, 'investigating');
  });

  it('starts a new incident with its first update', () => {
    const result = addIncidentUpdate(
      minimal,
      update({
        incident: { kind: 'new', title: 'Slow API', impact: 'critical', components: ['api', 'web'] },
        status: 'investigating',
        body: 'Errors on every request.',
      }),
    );
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.id, 'slow-api-2');
    const parsed = parseFeed(result.json);
    assert.ok(parsed.ok);
    const incident = parsed.model.incidents.find((i) => i.id === 'slow-api-2')!;
    assert.equal(incident.impact, 'critical');
    assert.deepEqual(incident.components, ['api', 'web']);
    assert.equal(incident.startedAt, Date.parse('2026-11-20T10:30:00Z'));
    assert.equal(incident.updates[0]!.body, 'Errors on every request.');
  });

  it('refuses an empty text, a missing title and an update before the incident started', () => {
    const empty = addIncidentUpdate(minimal, update({ body: ' ' }));
    assert.ok(!empty.ok && empty.errors[0]?.field === 'body');
    const untitled = addIncidentUpdate(
      minimal,
      update({ incident: { kind: 'new', title: '', impact: 'minor', components: [] } }),
    );
    assert.ok(!untitled.ok && untitled.errors[0]?.field === 'title');
    const early = addIncidentUpdate(minimal, update({ at: { date: '2026-11-19', time: '10:00' } }));
    assert.ok(!early.ok && early.errors[0]?.field === 'at');
  });
});

describe('reading the feed for the forms', () => {
  it('lists components and incidents, newest first', () => {
    const read = readDocument(allFeed);
    assert.ok(read.ok);
    const components = componentsOf(read.doc);
    assert.ok(components.some((c) => c.id === 'dashboard' && c.name === 'Dashboard & sign-in'));
    const incidents = incidentsOf(read.doc);
    assert.ok(incidents.length > 1);
    const model = parseFeed(allFeed);
    assert.ok(model.ok);
    assert.equal(new Set(incidents.map((i) => i.id)).size, model.model.incidents.length);
  });

  it('makes ids from titles', () => {
    assert.equal(uniqueId('Base de données: mise à jour', [], 'm'), 'base-de-donnees-mise-a-jour');
    assert.equal(uniqueId('!!!', ['m'], 'm'), 'm-2');
  });
});
