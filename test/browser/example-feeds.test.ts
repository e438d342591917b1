// The example feeds in demo/feeds/ parse cleanly and still cover every reference case
// (see demo/feeds/README.md and /reference/seeds). Values below are the ones the feeds were designed with.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedModel } from '../../src/feed/model.js';
import { accepted, incident, loadText, maintenance } from './kit/parse.js';
import { componentHistory, historyStart } from '../../src/select/history.js';
import '../../src/elements/status-indicator/define.js';
import { createIndicator, indicator } from './kit/harness.js';
import { setClock } from './kit/clock.js';

const FILES = [
  'maintenance-notice',
  'incident-resolved',
  'status-page',
  'all',
  'operational',
  'incident-history',
] as const;
type FeedName = (typeof FILES)[number];

const TODAY = Date.parse('2026-11-25T00:00:00Z');
const DAY = 86_400_000;

/** The model of a feed in demo/feeds/, read from its JSON text. */
async function load(name: FeedName): Promise<FeedModel> {
  const result = accepted(parseFeed(await loadText(`/demo/feeds/${name}.json`)), `${name}.json`);
  expect(result.format).to.equal('native');
  expect(result.warnings, `${name}.json warnings`).to.deep.equal([]);
  return result.model;
}

const COMPONENT_IDS = [
  'dashboard',
  'analytics',
  'reports',
  'ingest-sdk',
  'ingest-api',
  'ingest-batch',
  'journeys',
  'push',
  'email',
  'sms',
  'sms-senders',
  'webhooks',
  'public-api',
  'help-center',
];

describe('example feeds (demo/feeds)', () => {
  const models = new Map<FeedName, FeedModel>();

  before(async () => {
    for (const name of FILES) models.set(name, await load(name));
  });
  const get = (name: FeedName) => models.get(name)!;

  it('every feed parses with ok:true, zero warnings, and the same page, components and regions', () => {
    for (const name of FILES) {
      const model = get(name);
      expect(model.page, name).to.deep.equal({
        name: 'Tidewater Pulse',
        url: 'https://status.tidewaterpulse.example',
        timeZone: 'America/Los_Angeles',
        updatedAt: Date.parse('2026-11-25T12:05:00Z'),
        subscribe: {
          calendar: 'webcal://status.tidewaterpulse.example/maintenance.ics',
          atom: 'https://status.tidewaterpulse.example/history.atom',
          email: 'https://status.tidewaterpulse.example/subscribe/email',
          slack: 'https://status.tidewaterpulse.example/subscribe/slack',
          webhook: 'https://status.tidewaterpulse.example/developers/webhooks',
        },
      });
      expect(
        model.components.map((c) => c.id),
        name,
      ).to.deep.equal(COMPONENT_IDS);
      expect(
        model.regions.map((r) => r.id),
        name,
      ).to.deep.equal(['us', 'eu', 'in', 'au']);
      expect(model.components.filter((c) => c.group).length, name).to.equal(13);
    }
  });

  describe('maintenance-notice.json (scheduled maintenance notice)', () => {
    it('has the window, components, regions, summary paragraphs and a link', () => {
      const model = get('maintenance-notice');
      expect(model.incidents).to.have.length(0);
      expect(model.maintenances).to.have.length(1);
      const m = maintenance(model, 'mnt-2026-12-05-storage-upgrade');
      expect(m.status).to.equal('scheduled');
      expect(m.impact).to.equal('major');
      expect(m.startsAt).to.equal(Date.parse('2026-12-05T21:00:00Z'));
      expect(m.endsAt).to.equal(Date.parse('2026-12-06T01:00:00Z'));
      expect(m.recurrence).to.equal(undefined);
      expect(m.components).to.deep.equal([
        'analytics',
        'reports',
        'ingest-sdk',
        'ingest-api',
        'ingest-batch',
        'journeys',
        'push',
      ]);
      expect(m.regions).to.deep.equal(['eu', 'in']);
      expect(m.summary!.split('\n\n')).to.have.length(3);
      expect(m.summary!.match(/https:\/\/\S+/g)).to.have.length(1);
      expect(m.url).to.equal(
        'https://status.tidewaterpulse.example/maintenances/mnt-2026-12-05-storage-upgrade',
      );
    });

    it('has both availability lists, 4 recommendations, 5 FAQ entries, an after-note and a scheduled update', () => {
      const m = maintenance(get('maintenance-notice'), 'mnt-2026-12-05-storage-upgrade');
      expect(m.availability.available).to.have.length(2);
      expect(m.availability.unavailable).to.have.length(4);
      expect(m.recommendations.length).to.be.at.least(4);
      expect(m.recommendations.every((r) => r.title && r.body)).to.equal(true);
      expect(m.faq.length).to.be.at.least(5);
      expect(m.faq.every((f) => f.question.endsWith('?') && f.answer.length > 0)).to.equal(true);
      expect(m.afterNote).to.be.a('string').and.not.equal('');
      expect(m.updates.map((u) => [u.status, u.at])).to.deep.equal([
        ['scheduled', Date.parse('2026-11-20T16:30:00Z')],
      ]);
    });
  });

  describe('incident-resolved.json (regional incident timeline)', () => {
    it('is a resolved, region-scoped major incident', () => {
      const model = get('incident-resolved');
      expect(model.maintenances).to.have.length(0);
      expect(model.incidents).to.have.length(1);
      const i = incident(model, 'inc-2026-11-17-eu-sdk-collection');
      expect(i.status).to.equal('resolved');
      expect(i.impact).to.equal('major');
      expect(i.components).to.deep.equal(['ingest-sdk', 'journeys']);
      expect(i.regions).to.deep.equal(['eu']);
      expect(i.url).to.equal(
        'https://status.tidewaterpulse.example/incidents/inc-2026-11-17-eu-sdk-collection',
      );
    });

    it('has investigating → identified → monitoring → resolved updates and lasts 6 h 20 min', () => {
      const i = incident(get('incident-resolved'), 'inc-2026-11-17-eu-sdk-collection');
      const oldestFirst = [...i.updates].reverse();
      expect(oldestFirst.map((u) => u.status)).to.deep.equal([
        'investigating',
        'investigating',
        'investigating',
        'investigating',
        'investigating',
        'identified',
        'monitoring',
        'resolved',
      ]);
      expect(i.startedAt).to.equal(Date.parse('2026-11-17T06:52:00Z'));
      expect(i.resolvedAt).to.equal(Date.parse('2026-11-17T13:12:00Z'));
      expect((i.resolvedAt! - i.startedAt) / 60_000).to.equal(380);
      expect(oldestFirst[0]!.at).to.equal(i.startedAt);
      expect(oldestFirst[7]!.at).to.equal(i.resolvedAt);
    });
  });

  describe('status-page.json (recurring windows, long event, regional incident, 90 days)', () => {
    it('has a weekly Saturday 17:00 window of 5 h in America/Los_Angeles', () => {
      const m = maintenance(get('status-page'), 'mnt-weekly-saturday-upkeep');
      const r = m.recurrence!;
      expect(r.ruleText).to.equal('FREQ=WEEKLY;BYDAY=SA');
      expect(r.rule.freq).to.equal('WEEKLY');
      expect(r.rule.byDay).to.deep.equal([{ weekday: 5 }]);
      expect(r.time).to.equal('17:00');
      expect(r.startMinute).to.equal(17 * 60);
      expect(r.durationMinutes).to.equal(300);
      expect(r.timeZone).to.equal('America/Los_Angeles');
      expect(r.startsOn).to.equal('2026-01-03');
      expect(m.impact).to.equal('none');
      expect(m.startsAt).to.equal(undefined);
    });

    it('has a monthly first-Friday window and a quarterly rule', () => {
      const model = get('status-page');
      const monthly = maintenance(model, 'mnt-monthly-first-friday-patches').recurrence!;
      expect(monthly.ruleText).to.equal('FREQ=MONTHLY;BYDAY=1FR');
      expect(monthly.rule.byDay).to.deep.equal([{ weekday: 4, ordinal: 1 }]);
      expect([monthly.time, monthly.durationMinutes, monthly.timeZone]).to.deep.equal([
        '23:00',
        120,
        'America/New_York',
      ]);
      const quarterly = maintenance(model, 'mnt-quarterly-key-rotation-in').recurrence!;
      expect(quarterly.rule).to.deep.include({
        freq: 'MONTHLY',
        interval: 3,
        byMonthDay: [15],
        until: { date: '2027-12-31' },
      });
      expect([quarterly.time, quarterly.durationMinutes, quarterly.timeZone]).to.deep.equal([
        '01:30',
        45,
        'Asia/Kolkata',
      ]);
    });

    it('has a completed 29 h resync with a reason and its rules', () => {
      const m = maintenance(get('status-page'), 'mnt-2026-10-10-settings-db-resync');
      expect(m.status).to.equal('completed');
      expect(m.reason).to.be.a('string').and.not.equal('');
      expect(m.startsAt).to.equal(Date.parse('2026-10-10T23:00:00Z'));
      expect(m.endsAt).to.equal(Date.parse('2026-10-12T04:00:00Z'));
      expect((m.endsAt! - m.startsAt!) / 3_600_000).to.equal(29);
      expect(m.recommendations).to.have.length(4);
      expect(m.updates.map((u) => u.status).reverse()).to.deep.equal([
        'scheduled',
        'in_progress',
        'update',
        'verifying',
        'completed',
      ]);
    });

    it('has a region-scoped incident', () => {
      const i = incident(get('status-page'), 'inc-2026-11-03-au-sender-ids');
      expect(i.regions).to.deep.equal(['au']);
      expect(i.components).to.deep.equal(['sms-senders']);
      expect(i.impact).to.equal('minor');
      expect(i.status).to.equal('resolved');
      expect(i.resolvedAt! - i.startedAt).to.equal((26 * 60 + 25) * 60_000);
    });

    it('has 12 resolved incidents in the 90 days before 2026-11-25, one older, every impact', () => {
      const model = get('status-page');
      const from = TODAY - 90 * DAY;
      const resolved = model.incidents.filter((i) => i.status === 'resolved');
      expect(resolved).to.have.length(model.incidents.length);
      const recent = resolved.filter((i) => i.startedAt >= from && i.startedAt < TODAY);
      const older = resolved.filter((i) => i.startedAt < from);
      expect(recent).to.have.length(12);
      expect(older.map((i) => i.id)).to.deep.equal(['inc-2026-07-21-webhook-retries']);
      expect(new Set(recent.map((i) => i.impact))).to.deep.equal(
        new Set(['none', 'minor', 'major', 'critical']),
      );
      for (const i of resolved) {
        // the full timeline of incident-resolved.json is shared; the rest are short histories
        if (i.id !== 'inc-2026-11-17-eu-sdk-collection') expect(i.updates.length, i.id).to.be.within(2, 5);
        expect(i.resolvedAt, i.id).to.be.a('number');
        expect(i.components.length, i.id).to.be.at.least(1);
      }
      expect(resolved.filter((i) => i.regions.length).length).to.be.at.least(10);
      // resolvedAt omitted in the feed: taken from the resolved update
      expect(incident(model, 'inc-2026-09-29-help-search').resolvedAt).to.equal(
        Date.parse('2026-09-29T09:05:00Z'),
      );
      expect(incident(model, 'inc-2026-10-19-email-outage').updates[0]!.status).to.equal('postmortem');
      // Two incidents link their post-incident review; the others have none.
      expect(resolved.filter((i) => i.reportUrl).map((i) => [i.id, i.reportUrl])).to.deep.equal([
        [
          'inc-2026-11-17-eu-sdk-collection',
          'https://status.tidewaterpulse.example/reviews/2026-11-17-eu-sdk-collection',
        ],
        [
          'inc-2026-10-19-email-outage',
          'https://status.tidewaterpulse.example/reviews/2026-10-19-email-sending',
        ],
      ]);
    });

    it('has one cancelled and at least one completed maintenance', () => {
      const model = get('status-page');
      expect(model.maintenances.filter((m) => m.status === 'cancelled').map((m) => m.id)).to.deep.equal([
        'mnt-2026-11-14-mumbai-network',
      ]);
      expect(model.maintenances.filter((m) => m.status === 'completed').map((m) => m.id)).to.deep.equal([
        'mnt-2026-11-08-reports-db-upgrade',
        'mnt-2026-10-10-settings-db-resync',
        'mnt-2026-09-09-api-gateway-upgrade',
      ]);
    });

    it('has 90 days of history for the component strips, with daily uptime for two components', () => {
      const model = get('status-page');
      const options = { now: TODAY + 12 * 3_600_000, days: 90, timeZone: 'America/Los_Angeles' };
      // The weekly window's schedule starts on 3 January: no day of the strip is "no data".
      expect(historyStart(model)).to.be.below(TODAY - 300 * DAY);
      const strips = model.components.map((c) => componentHistory(model, c.id, options));
      for (const strip of strips) {
        expect(strip.days, strip.componentId).to.have.length(90);
        expect(
          strip.days.filter((d) => d.level === 'nodata'),
          strip.componentId,
        ).to.deep.equal([]);
      }
      // Incidents on most components, spread over the three months.
      const touched = strips.filter((s) => s.days.some((d) => d.incidents.length)).map((s) => s.componentId);
      expect(touched).to.have.length.at.least(12);
      const incidentDays = new Set(
        strips.flatMap((s) => s.days.filter((d) => d.incidentMinutes).map((d) => d.date)),
      );
      for (const month of ['2026-08', '2026-09', '2026-10', '2026-11']) {
        expect(
          [...incidentDays].some((date) => date.startsWith(month)),
          month,
        ).to.equal(true);
      }
      const uptime = strips.filter((s) => s.source === 'uptime');
      expect(uptime.map((s) => s.componentId)).to.deep.equal(['ingest-api', 'public-api']);
      for (const { componentId } of uptime) {
        expect(
          model.components.find((c) => c.id === componentId)!.uptime!.map((u) => u.date),
          componentId,
        ).to.have.length(90);
      }
      const ingest = strips.find((s) => s.componentId === 'ingest-api')!;
      // The strip's 89 days up to yesterday have uptime: two below 100 (89.72 and 99.93).
      expect(ingest.uptimePercent).to.be.closeTo((87 * 100 + 89.72 + 99.93) / 89, 1e-9);
      const day = (date: string) => ingest.days.find((d) => d.date === date)!;
      expect(day('2026-10-06')).to.include({ level: 'major', uptime: 89.72, incidentMinutes: 148 });
      // A short dip the feed reports without an incident.
      expect(day('2026-09-17')).to.include({ level: 'minor', uptime: 99.93, incidentMinutes: 0 });
      expect(day('2026-11-13')).to.include({ level: 'minor', uptime: 100, incidentMinutes: 85 });
      // Today has no uptime figure yet.
      expect(day('2026-11-25')).not.to.have.property('uptime');
    });
  });

  describe('incident-history.json (the <incident-timeline> history)', () => {
    it('has one active incident and 7 resolved ones in the 90 days before 2026-11-25, one older', () => {
      const model = get('incident-history');
      const from = TODAY - 90 * DAY;
      const active = model.incidents.filter((i) => i.status !== 'resolved');
      expect(active.map((i) => i.id)).to.deep.equal(['inc-2026-11-25-android-push']);
      const resolved = model.incidents.filter((i) => i.status === 'resolved');
      expect(resolved.filter((i) => i.startedAt >= from)).to.have.length(7);
      expect(resolved.filter((i) => i.startedAt < from).map((i) => i.id)).to.deep.equal([
        'inc-2026-08-11-api-rate-limits',
      ]);
      expect(new Set(model.incidents.map((i) => i.impact))).to.deep.equal(
        new Set(['none', 'minor', 'major', 'critical']),
      );
      expect(incident(model, 'inc-2026-11-06-au-email-throttling').regions).to.deep.equal(['au']);
      expect(model.maintenances.map((m) => m.status)).to.deep.equal(['completed', 'cancelled']);
    });

    it('has the reference-shaped incident: 9 updates investigating → resolved over 7 h 45 min', () => {
      const i = incident(get('incident-history'), 'inc-2026-11-19-in-sdk-ingestion');
      expect([i.impact, i.status, i.regions, i.components]).to.deep.equal([
        'major',
        'resolved',
        ['in'],
        ['ingest-sdk', 'journeys'],
      ]);
      const oldestFirst = [...i.updates].reverse();
      expect(oldestFirst.map((u) => u.status)).to.deep.equal([
        ...Array<string>(6).fill('investigating'),
        'identified',
        'monitoring',
        'resolved',
      ]);
      expect((i.resolvedAt! - i.startedAt) / 60_000).to.equal(465);
      expect(oldestFirst[0]!.at).to.equal(i.startedAt);
      expect(oldestFirst[8]!.at).to.equal(i.resolvedAt);
    });
  });

  describe('all.json (the demo page union)', () => {
    it('holds every item of the other feeds with the same content', () => {
      const all = get('all');
      for (const name of ['maintenance-notice', 'incident-resolved', 'status-page'] as const) {
        for (const i of get(name).incidents) expect(incident(all, i.id), i.id).to.deep.equal(i);
        for (const m of get(name).maintenances) expect(maintenance(all, m.id), m.id).to.deep.equal(m);
      }
      for (const c of get('status-page').components) {
        expect(all.components.find((other) => other.id === c.id)!.uptime, c.id).to.deep.equal(c.uptime);
      }
      expect(all.incidents).to.have.length(14);
      expect(all.maintenances).to.have.length(9);
    });

    it('has an active major incident from this morning and a maintenance in progress', () => {
      const all = get('all');
      const active = all.incidents[0]!;
      expect(active.id).to.equal('inc-2026-11-25-us-webhooks');
      expect([active.status, active.impact]).to.deep.equal(['identified', 'major']);
      expect(active.startedAt).to.equal(Date.parse('2026-11-25T08:14:00Z'));
      expect(active.resolvedAt).to.equal(undefined);
      expect(all.incidents.filter((i) => i.status !== 'resolved')).to.have.length(1);
      const running = all.maintenances[0]!;
      expect(running.id).to.equal('mnt-2026-11-25-reports-storage');
      expect(running.status).to.equal('in_progress');
      expect(running.startsAt).to.equal(Date.parse('2026-11-25T12:00:00Z'));
      expect(running.endsAt).to.equal(Date.parse('2026-11-26T00:00:00Z'));
      const status = Object.fromEntries(all.components.map((c) => [c.id, c.status]));
      expect(status).to.include({
        webhooks: 'major_outage',
        journeys: 'partial_outage',
        'public-api': 'degraded',
        reports: 'maintenance',
        dashboard: 'operational',
      });
    });
  });

  describe('operational.json (all systems operational)', () => {
    it('has no incidents or maintenance and every component operational', () => {
      const model = get('operational');
      expect(model.incidents).to.deep.equal([]);
      expect(model.maintenances).to.deep.equal([]);
      expect(model.components.every((c) => c.status === 'operational')).to.equal(true);
    });
  });
});

describe('<status-indicator> on the example feeds', () => {
  // This morning on the feeds' "today", with the incident of all.json active and its window running.
  beforeEach(() => setClock(Date.parse('2026-11-25T13:00:00Z')));

  for (const [name, attrs, label] of [
    ['operational', {}, 'All systems operational'],
    ['incident-history', {}, 'Degraded performance'],
    ['all', { components: 'journeys' }, 'Partial outage'],
    ['all', {}, 'Major outage'],
    ['all', { components: 'reports' }, 'Maintenance in progress'],
  ] as const) {
    it(`${name}.json${attrs.components ? ` (components="${attrs.components}")` : ''}: ${label}`, async () => {
      const el = await createIndicator(await loadText(`/demo/feeds/${name}.json`), { attrs });
      expect(indicator(el).labelText).to.equal(label);
      expect(indicator(el).link!.href).to.equal('https://status.tidewaterpulse.example/');
    });
  }
});
