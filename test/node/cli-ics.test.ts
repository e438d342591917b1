// `status-widgets ics`: the calendar of a whole feed, read back with ical.js as the oracle:
// every window with its instants and UID, recurring schedules expanded against the library's own
// recurrence expansion across daylight-saving changes, cancellation, revisions (SEQUENCE,
// LAST-MODIFIED), stability across runs, line endings and folding, every input format.
import { describe, it, afterEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { FeedModel, Maintenance } from '../../src/feed/model.js';
import { maintenanceToIcs } from '../../src/time/ics.js';
import { feedToIcs, SEQUENCE_EPOCH } from '../../src/time/ics-calendar.js';
import { occurrencesAfter } from '../../src/time/recurrence.js';
import { cli, EVERY_FORMAT, feed, model, modelOf, schedule, window } from './kit/cli.js';

const NOW = Date.UTC(2026, 10, 25, 12, 5, 30);
const HOUR = 3_600_000;
const dir = mkdtempSync(join(tmpdir(), 'status-widgets-ics-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const calendar = (ics: string) => new ICAL.Component(ICAL.parse(ics));
const iso = (instant: number) => new Date(instant).toISOString();

/** The calendar's events by UID. */
function events(ics: string): Map<string, ICAL.Component> {
  const found = new Map<string, ICAL.Component>();
  for (const event of calendar(ics).getAllSubcomponents('vevent')) {
    const uid = String(event.getFirstPropertyValue('uid'));
    assert.ok(!found.has(uid), `UID ${uid} appears twice`);
    found.set(uid, event);
  }
  return found;
}

/** The UID a maintenance's own "Add to calendar" file gives it. */
function ownUid(m: Maintenance, model: FeedModel): string {
  const own = maintenanceToIcs(m, { now: NOW, pageName: model.page.name, pageUrl: model.page.url });
  return String(calendar(own).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid'));
}

/** The unfolded content lines of a VEVENT's text, from BEGIN:VEVENT to END:VEVENT, by UID. */
function eventLines(ics: string, uid: string): string[] {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  const at = lines.indexOf(`UID:${uid}`);
  assert.ok(at > 0, `no event ${uid}`);
  return lines.slice(at - 1, lines.indexOf('END:VEVENT', at) + 1);
}

const registered: string[] = [];
afterEach(() => {
  for (const tzid of registered.splice(0)) ICAL.TimezoneService.remove(tzid);
});

/** The first `limit` occurrences ical.js expands for the event `uid`, with the calendar's zones registered. */
function expand(ics: string, uid: string, limit: number): { startsAt: number; endsAt: number }[] {
  const vcalendar = calendar(ics);
  for (const zone of vcalendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
    registered.push(String(zone.getFirstPropertyValue('tzid')));
  }
  const event = new ICAL.Event(events(ics).get(uid)!);
  const iterator = event.iterator();
  const found = [];
  for (let next = iterator.next(); next && found.length < limit; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    found.push({
      startsAt: details.startDate.toUnixTime() * 1000,
      endsAt: details.endDate.toUnixTime() * 1000,
    });
  }
  return found;
}

/** The UTC offset of `timeZone` at an instant, as Intl says it ("GMT+02:00"). */
function offsetIn(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!.value;
}

/** The local date in `timeZone` ("2026-03-29"). */
const localDate = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );

describe('status-widgets ics: the calendar of a feed', () => {
  it('holds every maintenance window once, under the UID of its own "Add to calendar" file', () => {
    const all = modelOf('demo/feeds/all.json');
    assert.ok(all.maintenances.some((m) => m.recurrence) && all.maintenances.some((m) => !m.recurrence));
    const ics = feedToIcs(all, { now: NOW });
    const found = events(ics);
    assert.equal(found.size, all.maintenances.length);
    for (const m of all.maintenances) {
      const uid = ownUid(m, all);
      assert.ok(found.has(uid), `${m.id}: ${uid}`);
      const event = new ICAL.Event(found.get(uid)!);
      if (m.recurrence) {
        assert.equal(event.isRecurring(), true, m.id);
      } else {
        // One-off windows in UTC, to the second.
        assert.ok(eventLines(ics, uid).includes(`DTSTART:${iso(m.startsAt!).replace(/[-:]|\.\d+/g, '')}`));
        assert.equal(event.startDate.zone?.tzid, 'UTC', m.id);
        assert.equal(event.startDate.toUnixTime() * 1000, m.startsAt, m.id);
        assert.equal(event.endDate.toUnixTime() * 1000, m.endsAt, m.id);
      }
    }
  });

  it('writes each window as its own file does, adding only SEQUENCE and LAST-MODIFIED', () => {
    const all = modelOf('demo/feeds/all.json');
    const ics = feedToIcs(all, { now: NOW });
    for (const m of all.maintenances) {
      const own = maintenanceToIcs(m, { now: NOW, pageName: all.page.name, pageUrl: all.page.url });
      const uid = ownUid(m, all);
      const lines = eventLines(ics, uid);
      assert.deepEqual(
        lines.filter((line) => !/^(SEQUENCE|LAST-MODIFIED):/.test(line)),
        eventLines(own, uid),
        m.id,
      );
      // The summary, the availability lines and the window's link.
      const event = events(ics).get(uid)!;
      const description = String(event.getFirstPropertyValue('description'));
      if (m.summary) assert.ok(description.startsWith(m.summary), m.id);
      for (const item of m.availability.unavailable) assert.ok(description.includes(`- ${item}`), m.id);
      assert.equal(event.getFirstPropertyValue('url'), new URL(m.url ?? all.page.url!).href, m.id);
      assert.equal(event.getFirstPropertyValue('summary'), `${all.page.name}: ${m.title}`);
    }
  });

  it('names the calendar after the page, links it and asks to be read again hourly', () => {
    const source = 'https://status.tidewaterpulse.example/maintenance.ics';
    const vcalendar = calendar(feedToIcs(modelOf('demo/feeds/all.json'), { now: NOW, source }));
    assert.equal(vcalendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(vcalendar.getFirstPropertyValue('method'), 'PUBLISH');
    assert.equal(vcalendar.getFirstPropertyValue('name'), 'Tidewater Pulse maintenance');
    assert.equal(vcalendar.getFirstPropertyValue('x-wr-calname'), 'Tidewater Pulse maintenance');
    assert.equal(vcalendar.getFirstPropertyValue('url'), 'https://status.tidewaterpulse.example/');
    assert.equal(vcalendar.getFirstPropertyValue('source'), source);
    const refresh = vcalendar.getFirstProperty('refresh-interval')!;
    assert.equal(refresh.type, 'duration');
    assert.equal((refresh.getFirstValue() as ICAL.Duration).toSeconds(), 3600);
    assert.equal(vcalendar.getFirstPropertyValue('x-published-ttl'), 'PT1H');

    const bare = calendar(feedToIcs(model({ version: 1, maintenances: [window('a')] }), { now: NOW }));
    assert.equal(bare.getFirstPropertyValue('name'), 'Maintenance');
    assert.equal(bare.hasProperty('url'), false);
    assert.equal(bare.hasProperty('source'), false);
    assert.equal(bare.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid'), 'a@status-widgets');
  });

  it('marks cancelled windows and schedules CANCELLED and keeps them in the calendar', () => {
    const pageModel = modelOf('demo/feeds/status-page.json');
    const cancelled = pageModel.maintenances.find((m) => m.id === 'mnt-2026-11-14-mumbai-network')!;
    assert.equal(cancelled.status, 'cancelled');
    const found = events(feedToIcs(pageModel, { now: NOW }));
    assert.equal(found.get(ownUid(cancelled, pageModel))!.getFirstPropertyValue('status'), 'CANCELLED');
    const others = pageModel.maintenances.filter((m) => m.status !== 'cancelled');
    for (const m of others)
      assert.equal(found.get(ownUid(m, pageModel))!.getFirstPropertyValue('status'), 'CONFIRMED');

    const series = model(
      feed({
        maintenances: [
          schedule('weekly', 'FREQ=WEEKLY;BYDAY=TU', '2026-01-06', '06:00', 'PT1H', 'Europe/Berlin', {
            status: 'cancelled',
          }),
        ],
      }),
    );
    const event = events(feedToIcs(series, { now: NOW })).get('weekly@status.quillfeather.example')!;
    assert.equal(event.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(new ICAL.Event(event).isRecurring(), true);
  });
});

describe('status-widgets ics: recurring schedules', () => {
  it('every Saturday 17:00 Los Angeles expands in ical.js to the library occurrences, through four clock changes', () => {
    const pageModel = modelOf('demo/feeds/status-page.json');
    const weekly = pageModel.maintenances.find((m) => m.id === 'mnt-weekly-saturday-upkeep')!;
    const ics = feedToIcs(pageModel, { now: NOW });
    const lines = eventLines(ics, ownUid(weekly, pageModel));
    assert.ok(lines.includes('DTSTART;TZID=America/Los_Angeles:20260103T170000'));
    assert.ok(lines.includes('RRULE:FREQ=WEEKLY;BYDAY=SA'));
    const theirs = expand(ics, ownUid(weekly, pageModel), 110);
    const ours = occurrencesAfter(weekly.recurrence!, 0, 110);
    assert.equal(theirs.length, 110);
    assert.deepEqual(
      theirs.map((o) => [iso(o.startsAt), iso(o.endsAt)]),
      ours.map((o) => [iso(o.startsAt), iso(o.endsAt)]),
    );
    // Both sides of both 2026 changes: 17:00 PST is 01:00Z, 17:00 PDT is 00:00Z.
    const starts = theirs.map((o) => iso(o.startsAt));
    for (const start of [
      '2026-03-08T01:00:00.000Z',
      '2026-03-15T00:00:00.000Z',
      '2026-11-01T00:00:00.000Z',
      '2026-11-08T01:00:00.000Z',
    ])
      assert.ok(starts.includes(start), start);
  });

  // Europe/Berlin moves from +01:00 to +02:00 at 02:00 on the last Sunday of March (02:30 does not
  // exist that day) and back at 03:00 on the last Sunday of October (02:30 happens twice). Both
  // RFC 5545 and the library read a skipped time with the offset before the gap, and a repeated
  // one as the first of the two.
  const berlin = feed({
    maintenances: [
      schedule('nightly', 'FREQ=DAILY', '2026-03-20', '02:30', 'PT45M', 'Europe/Berlin'),
      schedule('last-sunday', 'FREQ=MONTHLY;BYDAY=-1SU', '2026-01-01', '02:30', 'PT2H', 'Europe/Berlin'),
      schedule(
        'fortnightly',
        'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=40',
        '2026-02-02',
        '23:15',
        'PT90M',
        'Europe/Berlin',
      ),
      schedule('since-2019', 'FREQ=WEEKLY;BYDAY=SA', '2019-01-05', '22:00', 'PT5H', 'Europe/Berlin'),
      schedule(
        'la-first-sunday',
        'FREQ=MONTHLY;BYDAY=1SU;UNTIL=20281231',
        '2026-01-01',
        '01:30',
        'PT1H',
        'America/Los_Angeles',
      ),
    ],
  });

  // [id, occurrences compared, how many of them lie near a clock change]
  for (const [id, count, nearChanges] of [
    ['nightly', 400, 3],
    ['last-sunday', 36, 6],
    ['fortnightly', 40, 0],
    ['since-2019', 520, 20],
    ['la-first-sunday', 36, 3],
  ] as const) {
    it(`${id}: ical.js expands the event to the library's ${count} occurrences`, () => {
      const m = model(berlin).maintenances.find((item) => item.id === id)!;
      const { timeZone, durationMinutes } = m.recurrence!;
      const ics = feedToIcs(model(berlin), { now: NOW });
      // One more than compared, for the series that end.
      const theirs = expand(ics, `${id}@status.quillfeather.example`, count + 1);
      const ours = occurrencesAfter(m.recurrence!, 0, count + 1);
      assert.equal(ours.length, theirs.length);
      assert.ok(ours.length >= count, `${id}: ${ours.length} occurrences`);
      let near = 0;
      ours.forEach((o, i) => {
        const t = theirs[i]!;
        if (offsetIn(o.startsAt - 3 * HOUR, timeZone) === offsetIn(o.endsAt + 3 * HOUR, timeZone)) {
          assert.deepEqual([iso(t.startsAt), iso(t.endsAt)], [iso(o.startsAt), iso(o.endsAt)], `${id} #${i}`);
          return;
        }
        // Near a clock change ical.js departs from RFC 5545: it reads a skipped local time with
        // the offset after the gap and a repeated one as the second (3.3.5 says the offset
        // before the gap, and the first), and adds DURATION on the wall clock (3.3.6: hours are
        // exact time). The occurrence is still the same day's; the library's is RFC 5545's.
        near++;
        assert.equal(localDate(t.startsAt, timeZone), localDate(o.startsAt, timeZone), `${id} #${i}`);
        assert.equal(o.endsAt - o.startsAt, durationMinutes * 60_000);
      });
      assert.equal(near, nearChanges, `${id}: occurrences near a clock change`);
    });
  }

  it('reads a skipped or repeated local time as RFC 5545 does (the offset before the gap; the first)', () => {
    const berlinModel = model(berlin);
    const start = (id: string, from: number) =>
      iso(
        occurrencesAfter(berlinModel.maintenances.find((m) => m.id === id)!.recurrence!, from, 1)[0]!
          .startsAt,
      );
    // Berlin, 29 March 2026: 02:30 does not exist; with +01:00 it is 01:30Z (03:30 CEST).
    assert.equal(start('nightly', Date.UTC(2026, 2, 28, 12)), '2026-03-29T01:30:00.000Z');
    assert.equal(start('last-sunday', Date.UTC(2026, 2, 1)), '2026-03-29T01:30:00.000Z');
    // 25 October: 02:30 happens twice; the first is CEST, 00:30Z.
    assert.equal(start('nightly', Date.UTC(2026, 9, 24, 12)), '2026-10-25T00:30:00.000Z');
    // Los Angeles, 1 November: 01:30 happens twice; the first is PDT, 08:30Z.
    assert.equal(start('la-first-sunday', Date.UTC(2026, 9, 15)), '2026-11-01T08:30:00.000Z');
    // Either side, the plain readings.
    assert.equal(start('nightly', Date.UTC(2026, 2, 29, 12)), '2026-03-30T00:30:00.000Z');
    assert.equal(start('nightly', Date.UTC(2026, 9, 25, 12)), '2026-10-26T01:30:00.000Z');
  });

  it('writes one VTIMEZONE per zone, covering every schedule in it', () => {
    const ics = feedToIcs(model(berlin), { now: NOW });
    const zones = calendar(ics)
      .getAllSubcomponents('vtimezone')
      .map((zone) => String(zone.getFirstPropertyValue('tzid')));
    assert.deepEqual(zones.sort(), ['America/Los_Angeles', 'Europe/Berlin']);
    // The Berlin zone reaches back to 2018 for the schedule of 2019 …
    const berlinZone = calendar(ics)
      .getAllSubcomponents('vtimezone')
      .find((zone) => zone.getFirstPropertyValue('tzid') === 'Europe/Berlin')!;
    const years = berlinZone
      .getAllSubcomponents()
      .map((observance) => (observance.getFirstPropertyValue('dtstart') as ICAL.Time).year);
    assert.ok(Math.min(...years) <= 2018 && Math.max(...years) >= 2029, years.join(','));
  });
});

describe('status-widgets ics: revisions', () => {
  const before = feed({
    maintenances: [
      window('moved', {
        updates: [
          {
            at: '2026-11-20T09:00:00Z',
            status: 'scheduled',
            body: 'The editor storage moves on 5 December.',
          },
        ],
      }),
      window('steady', {
        startsAt: '2026-12-12T21:00:00Z',
        endsAt: '2026-12-12T22:00:00Z',
        updates: [{ at: '2026-11-21T10:30:15Z', status: 'scheduled', body: 'Search index rebuild.' }],
      }),
      window('quiet', { startsAt: '2026-12-19T21:00:00Z', endsAt: '2026-12-19T22:00:00Z' }),
    ],
  });
  const moved = structuredClone(before);
  Object.assign(moved.maintenances![0]!, {
    startsAt: '2026-12-06T21:00:00Z',
    endsAt: '2026-12-06T23:30:00Z',
    updates: [
      {
        at: '2026-11-26T14:00:00Z',
        status: 'scheduled',
        body: 'Moved to 6 December, and half an hour longer.',
      },
      ...before.maintenances![0]!.updates!,
    ],
  });
  const cancelled = structuredClone(moved);
  Object.assign(cancelled.maintenances![0]!, {
    status: 'cancelled',
    updates: [
      { at: '2026-11-30T08:00:00Z', status: 'cancelled', body: 'Called off: the new storage is not ready.' },
      ...moved.maintenances![0]!.updates!,
    ],
  });
  const revision = (doc: typeof before, id: string) => {
    const event = events(feedToIcs(model(doc), { now: NOW })).get(`${id}@status.quillfeather.example`)!;
    const modified = event.getFirstPropertyValue('last-modified') as ICAL.Time | null;
    return {
      sequence: Number(event.getFirstPropertyValue('sequence')),
      lastModified: modified ? modified.toUnixTime() * 1000 : undefined,
      status: event.getFirstPropertyValue('status'),
      start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toUnixTime() * 1000,
    };
  };

  it('SEQUENCE is the latest update in seconds since 2020, LAST-MODIFIED its time; 0 and none without updates', () => {
    const at = Date.parse('2026-11-21T10:30:15Z');
    assert.deepEqual(revision(before, 'steady'), {
      sequence: (at - SEQUENCE_EPOCH) / 1000,
      lastModified: at,
      status: 'CONFIRMED',
      start: Date.parse('2026-12-12T21:00:00Z'),
    });
    assert.equal(revision(before, 'quiet').sequence, 0);
    assert.equal(revision(before, 'quiet').lastModified, undefined);
    // An update from before 2020 is 0, not negative.
    const old = feed({
      maintenances: [
        window('old', { updates: [{ at: '2019-06-01T00:00:00Z', status: 'scheduled', body: 'Long ago.' }] }),
      ],
    });
    assert.equal(revision(old, 'old').sequence, 0);
  });

  it('SEQUENCE and LAST-MODIFIED grow when a window is moved, then cancelled; the others stay', () => {
    const [a, b, c] = [revision(before, 'moved'), revision(moved, 'moved'), revision(cancelled, 'moved')];
    assert.ok(
      a.sequence < b.sequence && b.sequence < c.sequence,
      `${a.sequence} ${b.sequence} ${c.sequence}`,
    );
    assert.ok(a.lastModified! < b.lastModified! && b.lastModified! < c.lastModified!);
    assert.equal(b.start, Date.parse('2026-12-06T21:00:00Z'));
    assert.equal(c.status, 'CANCELLED');
    for (const doc of [moved, cancelled]) {
      assert.deepEqual(revision(doc, 'steady'), revision(before, 'steady'));
      assert.deepEqual(revision(doc, 'quiet'), revision(before, 'quiet'));
    }
  });

  it('keeps SEQUENCE growing when a vendor keeps only the newest updates (their number stays the same)', () => {
    // Six notices, newest first; a vendor document that keeps five shows 2–6, then 1–5 … 0–4.
    const notices = Array.from({ length: 6 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 25 - i)).toISOString(),
      status: 'scheduled' as const,
      body: `Notice ${6 - i}.`,
    }));
    const keeping = (updates: typeof notices) => feed({ maintenances: [window('w', { updates })] });
    const older = revision(keeping(notices.slice(1)), 'w');
    const newer = revision(keeping(notices.slice(0, 5)), 'w');
    assert.ok(newer.sequence > older.sequence, `${newer.sequence} > ${older.sequence}`);
    assert.equal(newer.lastModified, Date.UTC(2026, 10, 25));
  });

  it('gives the same calendar on every run over the same feed, apart from DTSTAMP', () => {
    const all = modelOf('demo/feeds/all.json');
    const first = feedToIcs(all, { now: NOW });
    assert.equal(feedToIcs(modelOf('demo/feeds/all.json'), { now: NOW }), first);
    const later = feedToIcs(all, { now: NOW + 3 * HOUR });
    const strip = (ics: string) => ics.replace(/\r\nDTSTAMP:[0-9TZ]+/g, '');
    assert.notEqual(later, first);
    assert.equal(strip(later), strip(first));
    assert.match(later, /\r\nDTSTAMP:20261125T150530Z\r\n/);
  });
});

describe('status-widgets ics: text', () => {
  it('ends every line in CRLF and folds at 75 octets without splitting a character', () => {
    const long = feed({
      page: { name: 'Quillfeather Docs — ドキュメント' },
      maintenances: [
        window('long', {
          title: 'Umzug des Editorspeichers: Entwürfe bleiben lokal, veröffentlichte Seiten lesbar 📝🚧',
          summary: 'メンテナンス中は公開ページの閲覧のみご利用いただけます。'.repeat(4) + ' tail'.repeat(30),
          availability: { available: ['Lesen; Suchen, Teilen'], unavailable: ['Speichern \\ Hochladen'] },
        }),
      ],
    });
    for (const ics of [
      feedToIcs(model(long), { now: NOW }),
      feedToIcs(modelOf('demo/feeds/all.json'), { now: NOW }),
    ]) {
      assert.ok(ics.endsWith('\r\n'));
      assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/);
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let folded = 0;
      for (const line of ics.split('\r\n').slice(0, -1)) {
        const bytes = Buffer.from(line, 'utf8');
        assert.ok(bytes.length <= 75, line);
        assert.equal(decoder.decode(bytes), line);
        if (line.startsWith(' ')) folded++;
        else assert.match(line, /^[A-Z-]+[;:]/, line);
      }
      assert.ok(folded > 3);
    }
    const event = events(feedToIcs(model(long), { now: NOW })).get('long@status.quillfeather.example')!;
    assert.equal(
      event.getFirstPropertyValue('summary'),
      'Quillfeather Docs — ドキュメント: Umzug des Editorspeichers: Entwürfe bleiben lokal, veröffentlichte Seiten lesbar 📝🚧',
    );
    assert.match(
      String(event.getFirstPropertyValue('description')),
      /- Lesen; Suchen, Teilen\n\nUnavailable:\n- Speichern \\ Hochladen/,
    );
    assert.equal(
      calendar(feedToIcs(model(long), { now: NOW })).getFirstPropertyValue('x-wr-calname'),
      'Quillfeather Docs — ドキュメント maintenance',
    );
  });
});

describe('status-widgets ics: every input format', () => {
  for (const file of EVERY_FORMAT) {
    it(`${file}: one event per window, at its instants`, async () => {
      const result = await cli('ics', file);
      assert.equal(result.code, 0, result.err);
      const fileModel = modelOf(file);
      const found = events(result.out);
      assert.equal(found.size, fileModel.maintenances.length);
      for (const m of fileModel.maintenances) {
        const event = found.get(ownUid(m, fileModel));
        assert.ok(event, m.id);
        if (m.startsAt !== undefined) {
          assert.equal(
            new ICAL.Event(event).startDate.toUnixTime() * 1000,
            Math.floor(m.startsAt / 1000) * 1000,
          );
          assert.equal(
            new ICAL.Event(event).endDate.toUnixTime() * 1000,
            Math.floor(m.endsAt! / 1000) * 1000,
          );
        }
        assert.equal(
          event.getFirstPropertyValue('status'),
          m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
        );
      }
    });
  }
});

describe('status-widgets ics on the command line', () => {
  it('writes --out whole, says what it wrote, and prints the same calendar without it', async () => {
    const out = join(dir, 'maintenance.ics');
    const written = await cli(
      'ics',
      'demo/feeds/all.json',
      '--out',
      out,
      '--self',
      'https://status.tidewaterpulse.example/maintenance.ics',
    );
    assert.equal(written.code, 0, written.err);
    assert.equal(written.out, `✓ ${out}: 9 maintenance windows from demo/feeds/all.json\n`);
    const printed = await cli(
      'ics',
      'demo/feeds/all.json',
      '--self',
      'https://status.tidewaterpulse.example/maintenance.ics',
    );
    const strip = (ics: string) => ics.replace(/\r\nDTSTAMP:[0-9TZ]+/g, '');
    assert.equal(strip(readFileSync(out, 'utf8')), strip(printed.out));
    assert.match(printed.out, /\r\nSOURCE:https:\/\/status\.tidewaterpulse\.example\/maintenance\.ics\r\n/);
    // Replaced, not appended to; no temporary file left beside it.
    await cli('ics', 'demo/feeds/maintenance-notice.json', '--out', out);
    assert.equal(events(readFileSync(out, 'utf8')).size, 1);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.startsWith('maintenance.ics')),
      ['maintenance.ics'],
    );
  });

  it('refuses an invalid feed as validate does, exit 1 with the path, and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(feed({ maintenances: [window('a', { endsAt: 'soon' })] })));
    const out = join(dir, 'never.ics');
    const result = await cli('ics', bad, '--out', out);
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    assert.match(
      result.err,
      /^✗ .*bad\.json: invalid native feed \(schema error\)\n {2}maintenances\[0\]\.endsAt: expected an ISO 8601 date-time with offset/,
    );
    assert.equal(existsSync(out), false);
    const missing = await cli('ics', join(dir, 'missing.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /missing\.json: no such file/);
  });

  it('says so, exit 1, when the file cannot be written', async () => {
    const result = await cli(
      'ics',
      'demo/feeds/all.json',
      '--out',
      join(dir, 'no-such-folder', 'maintenance.ics'),
    );
    assert.equal(result.code, 1);
    assert.match(result.err, /no-such-folder\/maintenance\.ics: cannot write \(ENOENT\)/);
  });

  it('reads a vendor document from a URL', async () => {
    const text = readFileSync('test/fixtures/statuspage/scheduled-maintenances.json', 'utf8');
    const server = createServer((_req, res) => res.end(text));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const result = await cli(
        'ics',
        `http://127.0.0.1:${port}/api/v2/scheduled-maintenances.json`,
        '--from',
        'statuspage',
      );
      assert.equal(result.code, 0, result.err);
      assert.equal(
        events(result.out).size,
        modelOf('test/fixtures/statuspage/scheduled-maintenances.json').maintenances.length,
      );
    } finally {
      server.close();
    }
  });

  it('refuses wrong usage with exit 2', async () => {
    for (const argv of [
      ['ics'],
      ['ics', 'demo/feeds/all.json', '--limit', '5'],
      ['ics', 'demo/feeds/all.json', '--self', 'webcal://status.example/m.ics'],
      ['ics', 'demo/feeds/all.json', '--out', ''],
      ['ics', 'demo/feeds/all.json', '--from', 'rss'],
      ['validate', 'demo/feeds/all.json', '--out', join(dir, 'x.ics')],
    ]) {
      const result = await cli(...argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.err, /Usage: status-widgets/);
    }
  });
});
