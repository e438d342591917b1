// "Add to calendar" files, read back with ical.js as the oracle: the event's instants, every
// occurrence of a recurring schedule across daylight-saving changes, the generated VTIMEZONE
// against Intl, escaping, folding and the download's file name.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { FeedModel, Maintenance } from '../../../src/feed/model.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { icsFileName, maintenanceToIcs } from '../../../src/time/ics.js';
import { parseRRule } from '../../../src/feed/rrule.js';
import { accepted, loadText, maintenance } from '../kit/parse.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12, 5, 30, 750);

async function feed(name: string): Promise<FeedModel> {
  return accepted(parseFeed(await loadText(`/demo/feeds/${name}.json`)), name).model;
}

function base(extra: Partial<Maintenance> = {}): Maintenance {
  return {
    kind: 'maintenance',
    id: 'mnt-test',
    title: 'Database upgrade',
    status: 'scheduled',
    impact: 'minor',
    components: [],
    regions: [],
    availability: { available: [], unavailable: [] },
    recommendations: [],
    faq: [],
    updates: [],
    ...extra,
  };
}

function oneOff(extra: Partial<Maintenance> = {}): Maintenance {
  return base({ startsAt: Date.UTC(2026, 11, 5, 21), endsAt: Date.UTC(2026, 11, 6, 1), ...extra });
}

function recurring(
  rule: string,
  startsOn: string,
  time: string,
  durationMinutes: number,
  timeZone: string,
): Maintenance {
  const parsed = parseRRule(rule);
  if (!parsed.ok) throw new Error(parsed.message);
  const [h, m] = time.split(':').map(Number) as [number, number];
  return base({
    recurrence: {
      ruleText: rule,
      rule: parsed.rule,
      startsOn,
      time,
      startMinute: h * 60 + m,
      durationMinutes,
      timeZone,
    },
  });
}

/** The unfolded, CRLF-split content lines. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}

function calendar(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function vevent(ics: string): ICAL.Component {
  const events = calendar(ics).getAllSubcomponents('vevent');
  expect(events).to.have.length(1);
  return events[0]!;
}

const registered: string[] = [];
afterEach(() => {
  for (const tzid of registered.splice(0)) ICAL.TimezoneService.remove(tzid);
});

interface Occurrence {
  start: number;
  end: number;
  /** The wall clock ical.js itself gives the occurrence (in DTSTART's zone). */
  hour: number;
  minute: number;
}

/** The first `limit` occurrences ical.js expands, with the VTIMEZONE registered. */
function occurrences(ics: string, limit = 1000): Occurrence[] {
  const vcalendar = calendar(ics);
  for (const zone of vcalendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
    registered.push(String(zone.getFirstPropertyValue('tzid')));
  }
  const event = new ICAL.Event(vcalendar.getFirstSubcomponent('vevent')!);
  const iterator = event.iterator();
  const found: Occurrence[] = [];
  for (let next = iterator.next(); next && found.length < limit; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    found.push({
      start: details.startDate.toUnixTime() * 1000,
      end: details.endDate.toUnixTime() * 1000,
      hour: next.hour,
      minute: next.minute,
    });
  }
  return found;
}

// An oracle independent of src/time: the wall clock and offset Intl gives for an instant.
const wallFormats = new Map<string, Intl.DateTimeFormat>();
function wall(instant: number, timeZone: string) {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    wallFormats.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    weekday: p.weekday!,
  };
}

function intlOffset(instant: number, timeZone: string): number {
  const w = wall(instant, timeZone);
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return (local - Math.floor(instant / MINUTE) * MINUTE) / MINUTE;
}

const iso = (instant: number) => new Date(instant).toISOString().replace('.000', '');

describe('maintenanceToIcs', () => {
  describe('a one-off window', () => {
    it('round-trips the window, UID, DTSTAMP, title, description, URL and status', async () => {
      const model = await feed('maintenance-notice');
      const m = maintenance(model, 'mnt-2026-12-05-storage-upgrade');
      const ics = maintenanceToIcs(m, { now: NOW, pageName: model.page.name, pageUrl: model.page.url });

      const vcalendar = calendar(ics);
      expect(vcalendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(vcalendar.getFirstPropertyValue('prodid')).to.equal('-//status-widgets//EN');
      expect(vcalendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
      expect(vcalendar.getFirstPropertyValue('method')).to.equal('PUBLISH');

      const event = new ICAL.Event(vevent(ics));
      expect(event.startDate.toUnixTime() * 1000).to.equal(m.startsAt);
      expect(event.endDate.toUnixTime() * 1000).to.equal(m.endsAt);
      expect(event.uid).to.equal('mnt-2026-12-05-storage-upgrade@status.tidewaterpulse.example');
      expect(event.summary).to.equal(
        'Tidewater Pulse: Analytics storage upgrade in the EU and India regions',
      );
      expect(event.description).to.equal(
        [
          m.summary,
          ['Available:', ...m.availability.available.map((item) => `- ${item}`)].join('\n'),
          ['Unavailable:', ...m.availability.unavailable.map((item) => `- ${item}`)].join('\n'),
          m.url,
        ].join('\n\n'),
      );
      const component = vevent(ics);
      expect(component.getFirstPropertyValue('url')).to.equal(m.url);
      expect(component.getFirstPropertyValue('status')).to.equal('CONFIRMED');
      expect(component.getFirstPropertyValue('transp')).to.equal('TRANSPARENT');
      const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toUnixTime()).to.equal(Math.floor(NOW / 1000));

      const lines = contentLines(ics);
      expect(lines).to.include('DTSTAMP:20261125T120530Z');
      expect(lines).to.include('DTSTART:20261205T210000Z');
      expect(lines).to.include('DTEND:20261206T010000Z');
      expect(lines.filter((line) => /^(RRULE|DURATION|BEGIN:VTIMEZONE)/.test(line))).to.deep.equal([]);
    });

    it('without page options: the bare title, a status-widgets UID and no URL when the item has none', () => {
      const ics = maintenanceToIcs(oneOff(), { now: NOW });
      const event = vevent(ics);
      expect(event.getFirstPropertyValue('uid')).to.equal('mnt-test@status-widgets');
      expect(event.getFirstPropertyValue('summary')).to.equal('Database upgrade');
      expect(event.getFirstPropertyValue('dtstamp')).to.not.equal(null);
      expect(event.hasProperty('url')).to.equal(false);
      expect(event.hasProperty('description')).to.equal(false);
    });

    it('links the status page when the maintenance has no URL of its own; ignores non-http URLs', () => {
      const page = 'https://status.example.com:8443/';
      let event = vevent(maintenanceToIcs(oneOff(), { now: NOW, pageUrl: page }));
      expect(event.getFirstPropertyValue('url')).to.equal(page);
      expect(event.getFirstPropertyValue('uid')).to.equal('mnt-test@status.example.com');
      expect(event.getFirstPropertyValue('description')).to.equal(page);

      event = vevent(maintenanceToIcs(oneOff({ url: 'javascript:alert(1)' }), { now: NOW, pageUrl: 'nope' }));
      expect(event.hasProperty('url')).to.equal(false);
      expect(event.getFirstPropertyValue('uid')).to.equal('mnt-test@status-widgets');
    });

    it('marks a cancelled maintenance CANCELLED', async () => {
      const model = await feed('status-page');
      const m = maintenance(model, 'mnt-2026-11-14-mumbai-network');
      expect(m.status).to.equal('cancelled');
      const event = vevent(maintenanceToIcs(m, { now: NOW }));
      expect(event.getFirstPropertyValue('status')).to.equal('CANCELLED');
      expect(new ICAL.Event(event).startDate.toUnixTime() * 1000).to.equal(m.startsAt);
    });

    it('turns every maintenance of the example feeds into one well-formed event', async () => {
      for (const name of ['status-page', 'maintenance-notice', 'all']) {
        const model = await feed(name);
        for (const m of model.maintenances) {
          const ics = maintenanceToIcs(m, { now: NOW, pageName: model.page.name, pageUrl: model.page.url });
          const event = vevent(ics);
          for (const property of ['uid', 'dtstamp', 'dtstart', 'summary', 'status', 'transp']) {
            expect(event.hasProperty(property), `${m.id} ${property}`).to.equal(true);
          }
          expect(event.hasProperty(m.recurrence ? 'duration' : 'dtend'), m.id).to.equal(true);
          expect(calendar(ics).getAllSubcomponents('vtimezone'), m.id).to.have.length(m.recurrence ? 1 : 0);
          const first = occurrences(ics, 1)[0]!;
          if (m.startsAt !== undefined)
            expect([first.start, first.end], m.id).to.deep.equal([m.startsAt, m.endsAt]);
          else expect(first.end - first.start, m.id).to.equal(m.recurrence!.durationMinutes * MINUTE);
        }
      }
    });
  });

  describe('a recurring schedule', () => {
    it('every Saturday 17:00 Los Angeles stays 17:00 through both 2026 clock changes', async () => {
      const model = await feed('status-page');
      const m = maintenance(model, 'mnt-weekly-saturday-upkeep');
      const ics = maintenanceToIcs(m, { now: NOW, pageName: model.page.name, pageUrl: model.page.url });
      const lines = contentLines(ics);
      expect(lines).to.include('DTSTART;TZID=America/Los_Angeles:20260103T170000');
      expect(lines).to.include('DURATION:PT5H');
      expect(lines).to.include('RRULE:FREQ=WEEKLY;BYDAY=SA');

      const found = occurrences(ics, 60);
      expect(found).to.have.length(60);
      found.forEach((o, i) => {
        const local = wall(o.start, 'America/Los_Angeles');
        expect([local.weekday, local.hour, local.minute], iso(o.start)).to.deep.equal(['Sat', 17, 0]);
        expect([o.hour, o.minute]).to.deep.equal([17, 0]);
        expect(o.end - o.start).to.equal(5 * HOUR);
        if (i > 0) expect(Math.round((o.start - found[i - 1]!.start) / DAY)).to.equal(7);
      });
      const starts = found.map((o) => iso(o.start));
      expect(starts[0]).to.equal('2026-01-04T01:00:00Z');
      // The last Saturday before 8 March is PST (UTC-8), the first after it PDT (UTC-7)…
      expect(starts).to.include.members(['2026-03-08T01:00:00Z', '2026-03-15T00:00:00Z']);
      // …and back on 1 November.
      expect(starts).to.include.members(['2026-11-01T00:00:00Z', '2026-11-08T01:00:00Z']);
      expect(new Set(found.map((o) => new Date(o.start).getUTCHours()))).to.deep.equal(new Set([0, 1]));
    });

    it('a monthly first-Friday rule in New York lands on the first Friday at 23:00 every month', async () => {
      const model = await feed('status-page');
      const m = maintenance(model, 'mnt-monthly-first-friday-patches');
      const ics = maintenanceToIcs(m, { now: NOW });
      expect(contentLines(ics)).to.include('RRULE:FREQ=MONTHLY;BYDAY=1FR');
      const found = occurrences(ics, 36);
      expect(found).to.have.length(36);
      found.forEach((o, i) => {
        const local = wall(o.start, 'America/New_York');
        expect([local.weekday, local.hour, local.minute], iso(o.start)).to.deep.equal(['Fri', 23, 0]);
        expect(local.day).to.be.at.most(7);
        expect((local.year - 2026) * 12 + local.month - 1).to.equal(i);
        expect(o.end - o.start).to.equal(2 * HOUR);
      });
    });

    it('converts a date-only UNTIL into the end of that local day in UTC (Asia/Kolkata)', async () => {
      const model = await feed('status-page');
      const m = maintenance(model, 'mnt-quarterly-key-rotation-in');
      const ics = maintenanceToIcs(m, { now: NOW });
      const lines = contentLines(ics);
      // 2027-12-31 23:59:59 +05:30
      expect(lines).to.include('RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;UNTIL=20271231T182959Z');
      expect(lines).to.include('DTSTART;TZID=Asia/Kolkata:20260915T013000');
      // No offset change in range: one STANDARD with the fixed offset.
      expect(calendar(ics).getFirstSubcomponent('vtimezone')!.getAllSubcomponents()).to.have.length(1);
      expect(lines).to.include.members(['BEGIN:STANDARD', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530']);
      const found = occurrences(ics);
      expect(found.map((o) => iso(o.start))).to.deep.equal([
        '2026-09-14T20:00:00Z',
        '2026-12-14T20:00:00Z',
        '2027-03-14T20:00:00Z',
        '2027-06-14T20:00:00Z',
        '2027-09-14T20:00:00Z',
        '2027-12-14T20:00:00Z',
      ]);
    });

    it('keeps an occurrence late on the UNTIL day, across a clock change', () => {
      const m = recurring('FREQ=DAILY;UNTIL=20260310', '2026-03-05', '23:30', 60, 'America/Los_Angeles');
      const ics = maintenanceToIcs(m, { now: NOW });
      // The end of 10 March in Los Angeles (PDT) is 06:59:59 UTC on the 11th.
      expect(contentLines(ics)).to.include('RRULE:FREQ=DAILY;UNTIL=20260311T065959Z');
      const found = occurrences(ics);
      expect(found.map((o) => iso(o.start))).to.deep.equal([
        '2026-03-06T07:30:00Z',
        '2026-03-07T07:30:00Z',
        '2026-03-08T07:30:00Z',
        '2026-03-09T06:30:00Z',
        '2026-03-10T06:30:00Z',
        '2026-03-11T06:30:00Z',
      ]);
    });

    it('gets the +1245/+1345 offsets of Pacific/Chatham right', () => {
      const m = recurring('FREQ=WEEKLY;BYDAY=MO', '2026-03-02', '09:00', 90, 'Pacific/Chatham');
      const ics = maintenanceToIcs(m, { now: Date.UTC(2026, 0, 1) });
      const lines = contentLines(ics);
      expect(lines).to.include.members(['TZOFFSETFROM:+1245', 'TZOFFSETTO:+1345']);
      expect(lines).to.include.members(['TZOFFSETFROM:+1345', 'TZOFFSETTO:+1245']);
      const found = occurrences(ics, 60);
      const offsets = new Set<number>();
      for (const o of found) {
        const local = wall(o.start, 'Pacific/Chatham');
        expect([local.weekday, local.hour, local.minute], iso(o.start)).to.deep.equal(['Mon', 9, 0]);
        offsets.add(intlOffset(o.start, 'Pacific/Chatham'));
      }
      expect(offsets).to.deep.equal(new Set([825, 765]));
      // 9 March 2026 is NZDT-time in Chatham (+13:45); 13 April is standard time (+12:45).
      expect(found.map((o) => iso(o.start))).to.include.members([
        '2026-03-08T19:15:00Z',
        '2026-04-12T20:15:00Z',
      ]);
    });

    it('gets the half-hour daylight saving of Australia/Lord_Howe (+1030/+11) right', () => {
      const m = recurring('FREQ=WEEKLY;BYDAY=SU', '2026-03-01', '10:00', 60, 'Australia/Lord_Howe');
      const ics = maintenanceToIcs(m, { now: Date.UTC(2026, 0, 1) });
      const lines = contentLines(ics);
      expect(lines).to.include.members(['TZOFFSETFROM:+1100', 'TZOFFSETTO:+1030']);
      expect(lines).to.include.members(['TZOFFSETFROM:+1030', 'TZOFFSETTO:+1100']);
      const found = occurrences(ics, 60);
      for (const o of found) {
        const local = wall(o.start, 'Australia/Lord_Howe');
        expect([local.weekday, local.hour, local.minute], iso(o.start)).to.deep.equal(['Sun', 10, 0]);
      }
      // Daylight time ends on 5 April 2026 at 02:00.
      expect(found.map((o) => iso(o.start))).to.include.members([
        '2026-03-28T23:00:00Z',
        '2026-04-04T23:30:00Z',
      ]);
    });

    const zoneShapes = [
      'America/Los_Angeles',
      'America/St_Johns',
      'America/Santiago',
      'Europe/London',
      'Europe/Dublin',
      'Africa/Casablanca',
      'Asia/Tehran',
      'Asia/Kathmandu',
      'Asia/Kolkata',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'UTC',
    ];
    for (const zone of zoneShapes) {
      it(`writes a VTIMEZONE for ${zone} that agrees with Intl, to the minute`, () => {
        const m = recurring('FREQ=DAILY', '2026-01-01', '12:00', 60, zone);
        const ics = maintenanceToIcs(m, { now: Date.UTC(2026, 0, 1) });
        const vtimezone = calendar(ics).getFirstSubcomponent('vtimezone')!;
        expect(vtimezone.getFirstPropertyValue('tzid')).to.equal(zone);

        // As many changes in 2026–2028 as Intl shows (sampled daily, 2026–2028 is in range)…
        let expected = 0;
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2029, 0, 1); t += DAY) {
          if (intlOffset(t, zone) !== intlOffset(t + DAY, zone)) expected++;
        }
        let written = 0;
        // …and each happens exactly where Intl says the offset changes.
        for (const observance of vtimezone.getAllSubcomponents()) {
          const start = observance.getFirstPropertyValue('dtstart') as ICAL.Time;
          const from = (observance.getFirstPropertyValue('tzoffsetfrom') as ICAL.UtcOffset).toSeconds() / 60;
          const to = (observance.getFirstPropertyValue('tzoffsetto') as ICAL.UtcOffset).toSeconds() / 60;
          if (start.year === 1970) continue;
          expect(to, `${zone} change at ${start.toString()}`).to.not.equal(from);
          const at =
            Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute) - from * MINUTE;
          expect([intlOffset(at - MINUTE, zone), intlOffset(at, zone)], `${zone} ${iso(at)}`).to.deep.equal([
            from,
            to,
          ]);
          expect(observance.name, `${zone} ${iso(at)}`).to.equal(to > from ? 'daylight' : 'standard');
          if (at >= Date.UTC(2026, 0, 1) && at < Date.UTC(2029, 0, 1) + DAY) written++;
        }
        expect(written, zone).to.equal(expected);

        // ical.js, reading only this VTIMEZONE, turns wall-clock times over three years into the
        // instants Intl gives. (Local to UTC is the direction event expansion uses; ical.js's
        // UTC-to-local conversion looks offsets up by the UTC reading, which is off near changes
        // by design. Hours skipped or repeated by a change are left to the check above.)
        const tz = new ICAL.Timezone(vtimezone);
        let checked = 0;
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2029, 0, 1); t += 23 * HOUR + 7 * MINUTE) {
          const offset = intlOffset(t, zone);
          if (intlOffset(t - 3 * HOUR, zone) !== offset || intlOffset(t + 3 * HOUR, zone) !== offset)
            continue;
          const w = wall(t, zone);
          const local = new ICAL.Time(
            { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute },
            tz,
          );
          expect(local.toUnixTime() * 1000, `${zone} ${iso(t)}`).to.equal(Math.floor(t / MINUTE) * MINUTE);
          checked++;
        }
        expect(checked).to.be.greaterThan(1000);
      });
    }

    it('covers the years around now even when the schedule began long ago', () => {
      const m = recurring('FREQ=WEEKLY;BYDAY=SA', '2019-01-05', '17:00', 300, 'America/Los_Angeles');
      const ics = maintenanceToIcs(m, { now: NOW });
      const found = occurrences(ics, 700).filter((o) => o.start > NOW && o.start < NOW + 2 * 366 * DAY);
      expect(found.length).to.be.greaterThan(100);
      for (const o of found) expect(wall(o.start, 'America/Los_Angeles').hour, iso(o.start)).to.equal(17);
    });

    it('starts on the first day the rule selects, so DTSTART is a real occurrence', () => {
      // Wednesday 7 January: the first Saturday is the 10th.
      let ics = maintenanceToIcs(
        recurring('FREQ=WEEKLY;BYDAY=SA;COUNT=3', '2026-01-07', '17:00', 60, 'America/Los_Angeles'),
        { now: NOW },
      );
      expect(contentLines(ics)).to.include('DTSTART;TZID=America/Los_Angeles:20260110T170000');
      expect(occurrences(ics).map((o) => wall(o.start, 'America/Los_Angeles').day)).to.deep.equal([
        10, 17, 24,
      ]);

      // The last Sunday of January.
      ics = maintenanceToIcs(
        recurring('FREQ=MONTHLY;BYDAY=-1SU', '2026-01-01', '03:00', 60, 'Europe/Berlin'),
        {
          now: NOW,
        },
      );
      expect(contentLines(ics)).to.include('DTSTART;TZID=Europe/Berlin:20260125T030000');

      // Every other week from Sunday 4 January (weeks start on Monday): the week of 5 January
      // is skipped, so the first Monday is the 12th.
      ics = maintenanceToIcs(
        recurring('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', '2026-01-04', '08:00', 60, 'Europe/Berlin'),
        { now: NOW },
      );
      expect(contentLines(ics)).to.include('DTSTART;TZID=Europe/Berlin:20260112T080000');
      expect(occurrences(ics, 3).map((o) => wall(o.start, 'Europe/Berlin').day)).to.deep.equal([12, 26, 9]);

      // The 31st, every second month from February: April and June have none, August has.
      ics = maintenanceToIcs(
        recurring('FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31', '2026-02-01', '08:00', 60, 'Europe/Berlin'),
        { now: NOW },
      );
      expect(contentLines(ics)).to.include('DTSTART;TZID=Europe/Berlin:20260831T080000');
    });

    it('normalises the rule text and writes long durations in hours', () => {
      const m = recurring(
        'rrule:freq=weekly;byday=sa,su;interval=1',
        '2026-01-03',
        '17:00',
        26 * 60 + 10,
        'UTC',
      );
      const lines = contentLines(maintenanceToIcs(m, { now: NOW }));
      expect(lines).to.include('RRULE:FREQ=WEEKLY;BYDAY=SA,SU');
      expect(lines).to.include('DURATION:PT26H10M');
      expect(lines).to.include('DTSTART;TZID=UTC:20260103T170000');
    });
  });

  describe('text', () => {
    it('escapes backslashes, semicolons, commas and line breaks, and they round-trip', () => {
      const title = 'Backup; restore, then C:\\data\\new\nand again';
      const summary = 'Line one\r\nLine two, with; all\\ of it\rLine three\n\nParagraph';
      const ics = maintenanceToIcs(oneOff({ title, summary }), { now: NOW, pageName: 'Acme, Inc.' });
      const lines = contentLines(ics);
      expect(lines).to.include(
        'SUMMARY:Acme\\, Inc.: Backup\\; restore\\, then C:\\\\data\\\\new\\nand again',
      );
      const event = vevent(ics);
      expect(event.getFirstPropertyValue('summary')).to.equal(`Acme, Inc.: ${title}`);
      expect(event.getFirstPropertyValue('description')).to.equal(
        'Line one\nLine two, with; all\\ of it\nLine three\n\nParagraph',
      );
    });

    it('drops control characters that iCalendar text cannot hold, keeps tabs', () => {
      const event = vevent(maintenanceToIcs(oneOff({ title: 'Bell\u0007 and\ttab\u007f' }), { now: NOW }));
      expect(event.getFirstPropertyValue('summary')).to.equal('Bell and\ttab');
    });

    it('folds at 75 octets without splitting a character, with CRLF everywhere', () => {
      const title =
        'アナリティクス基盤の計画メンテナンス（東京リージョン）のお知らせ — विश्लेषण भंडारण का उन्नयन 🛠️🚧';
      const summary = [
        'हम यूरोपीय संघ और भारत क्षेत्रों में विश्लेषण भंडारण को नए इंजन पर ले जा रहे हैं। इस दौरान रिपोर्ट उपलब्ध नहीं होंगी।',
        'メンテナンス中はダッシュボードへのサインインとサポートへの問い合わせのみご利用いただけます。'.repeat(
          3,
        ),
        'Zürich, Москва, القاهرة, 👩‍👩‍👧‍👦 family emoji and a' + ' long ASCII tail'.repeat(20),
      ].join('\n\n');
      const m = oneOff({
        title,
        summary,
        availability: { available: ['サインイン'], unavailable: ['分析クエリ、レポート、書き出し'] },
      });
      const ics = maintenanceToIcs(m, { now: NOW, pageName: 'タイドウォーター' });

      expect(ics.endsWith('\r\n')).to.equal(true);
      expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
      const encoder = new TextEncoder();
      const decoder = new TextDecoder('utf-8', { fatal: true });
      const physical = ics.split('\r\n').slice(0, -1);
      let folded = 0;
      for (const line of physical) {
        const bytes = encoder.encode(line);
        expect(bytes.length, line).to.be.at.most(75);
        // Re-decoding each physical line on its own throws if a character was cut in two.
        expect(decoder.decode(bytes)).to.equal(line);
        if (line.startsWith(' ')) folded++;
      }
      expect(folded).to.be.greaterThan(10);

      const event = vevent(ics);
      expect(event.getFirstPropertyValue('summary')).to.equal(`タイドウォーター: ${title}`);
      expect(event.getFirstPropertyValue('description')).to.equal(
        `${summary}\n\nAvailable:\n- サインイン\n\nUnavailable:\n- 分析クエリ、レポート、書き出し`,
      );
    });

    it('folds plain ASCII into a first line of 75 octets and continuations of a space and 74', () => {
      const ics = maintenanceToIcs(oneOff({ title: 'x'.repeat(200) }), { now: NOW });
      const start = ics.indexOf('SUMMARY:');
      const pieces = ics.slice(start).split('\r\n').slice(0, 3);
      // 'SUMMARY:' and 200 characters: 75, then a space and 74, then a space and the last 59.
      expect(pieces.map((p) => p.length)).to.deep.equal([75, 75, 60]);
      expect(pieces.slice(1).every((p) => p.startsWith(' ') && !p.startsWith('  '))).to.equal(true);
    });
  });
});

describe('icsFileName', () => {
  const SAFE = /^[a-z0-9]+(-[a-z0-9]+)*\.ics$/;

  it('names the file after the title', () => {
    expect(icsFileName(oneOff({ title: 'Analytics storage upgrade (EU & India)' }))).to.equal(
      'analytics-storage-upgrade-eu-india.ics',
    );
    expect(icsFileName(oneOff({ title: 'Café Überholung – Zürich' }))).to.equal('cafe-uberholung-zurich.ics');
  });

  it('is safe for hostile titles and falls back to the id', () => {
    const cases: [string, string][] = [
      ['../../etc/passwd', 'mnt-test'],
      ['..\\..\\Windows\\System32\\evil.exe', 'mnt-test'],
      ['<img src=x onerror=alert(1)>', 'mnt-test'],
      ['CON', 'mnt-test'],
      ['lpt1', 'mnt-test'],
      ['a\u0000b\nc\rd"e*f:g?h|', 'mnt-test'],
      ['   ', 'mnt-test'],
      ['計画メンテナンス', 'mnt-2026-12-05'],
      ['विश्लेषण', '../../'],
      ['\u202eexe.ics', 'x'],
      ['x'.repeat(500), 'mnt-test'],
      ['-'.repeat(80) + 'tail', 'mnt-test'],
    ];
    for (const [title, id] of cases) {
      const name = icsFileName(oneOff({ title, id }));
      expect(name, title).to.match(SAFE);
      expect(name.length, title).to.be.at.most(64);
      expect(name.slice(0, -4), title).to.not.match(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    }
    expect(icsFileName(oneOff({ title: '計画メンテナンス', id: 'mnt-2026-12-05' }))).to.equal(
      'mnt-2026-12-05.ics',
    );
    expect(icsFileName(oneOff({ title: 'विश्लेषण', id: '../../' }))).to.equal('maintenance.ics');
    expect(icsFileName(oneOff({ title: 'CON' }))).to.equal('con-maintenance.ics');
    expect(icsFileName(oneOff({ title: '../../etc/passwd' }))).to.equal('etc-passwd.ics');
  });
});
