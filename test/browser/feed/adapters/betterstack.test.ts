import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed, type ParseOptions } from '../../../../src/feed/parse.js';
import { betterstack } from '../../../../src/feed/adapters/betterstack.js';
import { incident, loadJson, maintenance, modelAs, rejection, type Fixture } from '../../kit/parse.js';

let original: Fixture;
let others: Fixture[];

/** A fresh copy of the index.json fixture, safe to change. */
const page = (): Fixture => structuredClone(original);

/** The position in `included` of the item with this id (what an error path names). */
const at = (doc: Fixture, id: string): number => doc.included.findIndex((item: Fixture) => item.id === id);

const model = (input: unknown, options?: ParseOptions) => modelAs('betterstack', input, options);

describe('Better Stack adapter', () => {
  before(async () => {
    original = await loadJson('/test/fixtures/betterstack/index.json');
    others = await Promise.all([
      loadJson('/test/fixtures/incidentio/widget.json'),
      loadJson('/test/fixtures/instatus/summary.json'),
    ]);
  });

  describe('detection', () => {
    it('reads index.json without being told its format', () => {
      expect(detectFormat(page())).to.equal('betterstack');
      const result = parseFeed(JSON.stringify(page()));
      expect(result.ok && result.format).to.equal('betterstack');
    });

    it('needs a JSON:API document whose data is a status_page', () => {
      expect(betterstack.detect({ data: { type: 'status_page' } })).to.equal(true);
      expect(betterstack.detect({ data: { type: 'monitor' } })).to.equal(false);
      expect(betterstack.detect({ data: [{ type: 'status_page' }] })).to.equal(false);
      for (const value of [null, [], 'status_page', 1]) expect(betterstack.detect(value)).to.equal(false);
    });

    it('does not claim the incident.io or Instatus documents', () => {
      for (const doc of others) expect(betterstack.detect(doc)).to.equal(false);
    });

    it('reads the document as Better Stack when the format is given', () => {
      const doc = page();
      doc.data.type = 'page'; // no longer detectable by shape
      expect(detectFormat(doc)).to.equal(undefined);
      expect(model(doc, { format: 'betterstack' }).page.name).to.equal('Orchard Mail');
    });

    it('rejects another vendor’s document read as Better Stack, naming the missing field', () => {
      const error = rejection(others[1], { format: 'betterstack' });
      expect(error.kind).to.equal('schema');
      expect(error.format).to.equal('betterstack');
      expect(error.message).to.equal('data: expected object, got undefined');
    });
  });

  describe('page', () => {
    it('takes name, URL, time zone and update time from data.attributes', () => {
      expect(model(page()).page).to.deep.equal({
        name: 'Orchard Mail',
        url: 'https://orchardmail.example',
        timeZone: 'Europe/Prague',
        updatedAt: Date.UTC(2025, 8, 18, 8, 41, 27),
      });
    });

    it('drops a Rails zone name, a non-http(s) URL and an unreadable update time', () => {
      const doc = page();
      doc.data.attributes.timezone = 'Prague';
      doc.data.attributes.company_url = 'mailto:hello@orchardmail.example';
      doc.data.attributes.updated_at = 'this morning';
      expect(model(doc).page).to.deep.equal({ name: 'Orchard Mail' });
    });
  });

  it('maps resources to components, grouped by section, with mapped statuses', () => {
    const doc = page();
    doc.included[at(doc, '7004')].attributes.status = 'downtime';
    expect(model(doc).components).to.deep.equal([
      {
        id: '7001',
        name: 'SMTP relay',
        group: 'Sending',
        status: 'operational',
        // 3900 s of downtime on 16 September.
        uptime: [
          { date: '2025-09-16', percent: 95.486 },
          { date: '2025-09-17', percent: 100 },
        ],
      },
      { id: '7002', name: 'Inbound parsing', group: 'Sending', status: 'degraded' },
      { id: '7003', name: 'Web dashboard', group: 'Dashboard & API', status: 'maintenance' },
      { id: '7004', name: 'Sending API', group: 'Dashboard & API', status: 'major_outage' },
      { id: '7005', name: 'Legacy webhooks', status: 'operational' }, // no section; not_monitored
    ]);
  });

  describe('daily uptime from status_history', () => {
    /** The uptime of resource 7001 with this history. */
    const uptimeOf = (history: unknown) => {
      const doc = page();
      doc.included[at(doc, '7001')].attributes.status_history = history;
      return model(doc).components[0]!.uptime;
    };
    const day = (day: unknown, downtime: unknown, status: unknown = 'downtime') => ({
      day,
      status,
      downtime_duration: downtime,
      maintenance_duration: 0,
    });

    it('gives each day the share of it without downtime, maintenance aside', () => {
      expect(
        uptimeOf([
          day('2025-09-10', 0, 'operational'),
          { ...day('2025-09-11', 0, 'maintenance'), maintenance_duration: 7200 },
          day('2025-09-12', 864),
          day('2025-09-13', 86_400),
          day('2025-09-14', 90_000), // more than a day: none of it up, not less than none
          day('2025-09-15', 1, 'degraded'),
        ]),
      ).to.deep.equal([
        { date: '2025-09-10', percent: 100 },
        { date: '2025-09-11', percent: 100 },
        { date: '2025-09-12', percent: 99 },
        { date: '2025-09-13', percent: 0 },
        { date: '2025-09-14', percent: 0 },
        { date: '2025-09-15', percent: 99.999 },
      ]);
    });

    it('sorts the days, and leaves out days it cannot give a percent for', () => {
      expect(
        uptimeOf([
          day('2025-09-12', 0, 'operational'),
          day('2025-09-10', 60),
          day('2025-09-11', null), // a status without a duration: no percent made up
          day('2025-09-13', 0, 'not_monitored'),
          day('2025-09-14', -5),
          day('2025-09-14', '60'),
          day('2025-02-30', 0),
          day(20_250_915, 0),
          day('2025-09-12', 600), // the same day again: the first one counts
          'operational',
          null,
        ]),
      ).to.deep.equal([
        { date: '2025-09-10', percent: 99.931 },
        { date: '2025-09-12', percent: 100 },
      ]);
    });

    it('gives no uptime for an empty, missing or unreadable history', () => {
      for (const history of [[], null, undefined, [day('2025-09-11', null)]]) {
        expect(uptimeOf(history)).to.equal(undefined);
      }
      const doc = page();
      doc.included[at(doc, '7001')].attributes.status_history = { day: '2025-09-16' };
      expect(rejection(doc).message).to.match(/^included\[\d+\]\.attributes\.status_history: expected array/);
    });

    it('keeps the newest 366 days of a longer history, with a warning', () => {
      const start = Date.UTC(2024, 0, 1);
      const history = Array.from({ length: 400 }, (_, i) =>
        day(new Date(start + i * 86_400_000).toISOString().slice(0, 10), 0, 'operational'),
      );
      const doc = page();
      doc.included[at(doc, '7001')].attributes.status_history = history.reverse();
      const result = parseFeed(doc);
      if (!result.ok) throw new Error(result.error.message);
      const uptime = result.model.components[0]!.uptime!;
      expect(uptime).to.have.length(366);
      expect(uptime[0]!.date).to.equal('2024-02-04');
      expect(uptime.at(-1)!.date).to.equal('2025-02-03');
      expect(result.warnings).to.deep.include({
        path: 'components[0].uptime',
        message: "kept the newest 366 of 400 (the feed's limit)",
      });
    });
  });

  describe('incidents', () => {
    it('maps an open report, with updates linked by relationship or by status_report_id', () => {
      expect(incident(model(page()), '8801')).to.deep.equal({
        kind: 'incident',
        id: '8801',
        title: 'Inbound mail is parsed with a delay',
        impact: 'minor',
        status: 'investigating',
        components: ['7002'],
        regions: [],
        startedAt: Date.UTC(2025, 8, 18, 7, 20),
        updates: [
          {
            at: Date.UTC(2025, 8, 18, 8, 5),
            status: 'update',
            body: 'We added parsing workers and the queue is shrinking.',
          },
          {
            at: Date.UTC(2025, 8, 18, 7, 24),
            status: 'update',
            body: 'Inbound messages are queuing for about ten minutes before they are parsed. Nothing is lost.',
          },
        ],
      });
    });

    it('maps a closed report as resolved at ends_at, major because an update reported downtime', () => {
      const relay = incident(model(page()), '8802');
      expect(relay.title).to.equal('SMTP relay unreachable');
      expect(relay.status).to.equal('resolved');
      expect(relay.startedAt).to.equal(Date.UTC(2025, 8, 16, 23, 5));
      expect(relay.resolvedAt).to.equal(Date.UTC(2025, 8, 17, 0, 10));
      expect(relay.impact).to.equal('major');
      expect(relay.components).to.deep.equal(['7001']);
      expect(relay.updates.map((u) => u.status)).to.deep.equal(['resolved', 'update']);
    });

    it('takes the impact from the report’s own aggregate_state too', () => {
      const doc = page();
      doc.included[at(doc, '8801')].attributes.aggregate_state = 'downtime';
      expect(incident(model(doc), '8801').impact).to.equal('major');
    });

    it('lists open incidents before resolved ones', () => {
      expect(model(page()).incidents.map((i) => i.id)).to.deep.equal(['8801', '8802']);
    });
  });

  describe('maintenances', () => {
    it('maps a maintenance report in progress, skipping a blank update', () => {
      expect(maintenance(model(page()), '8803')).to.deep.include({
        title: 'New dashboard rollout',
        status: 'in_progress',
        impact: 'minor',
        startsAt: Date.UTC(2025, 8, 18, 6),
        endsAt: Date.UTC(2025, 8, 18, 9),
        components: ['7003'],
        updates: [
          {
            at: Date.UTC(2025, 8, 18, 6),
            status: 'update',
            body: 'The rollout has begun. You may be signed out once while your workspace moves over.',
          },
        ],
      });
    });

    it('maps a maintenance that is not under way as scheduled', () => {
      const rotation = maintenance(model(page()), '8804');
      expect(rotation.status).to.equal('scheduled');
      expect(rotation.startsAt).to.equal(Date.UTC(2025, 8, 25, 2));
      expect(rotation.endsAt).to.equal(Date.UTC(2025, 8, 25, 3));
      expect(rotation.components).to.deep.equal(['7001', '7004']);
      expect(rotation.updates).to.deep.equal([]);
    });

    it('gives a maintenance without ends_at one hour, in progress', () => {
      const patching = maintenance(model(page()), '8805');
      expect(patching.status).to.equal('in_progress');
      expect(patching.startsAt).to.equal(Date.UTC(2025, 8, 18, 8, 30));
      expect(patching.endsAt).to.equal(Date.UTC(2025, 8, 18, 9, 30));
    });

    it('lists in-progress maintenances first, then scheduled ones', () => {
      expect(model(page()).maintenances.map((m) => m.id)).to.deep.equal(['8803', '8805', '8804']);
    });
  });

  describe('errors name the place in the Better Stack document', () => {
    it('a malformed starts_at', () => {
      const doc = page();
      const index = at(doc, '8802');
      doc.included[index].attributes.starts_at = '16/09/2025 23:05';
      const error = rejection(doc);
      expect(error.kind).to.equal('schema');
      expect(error.format).to.equal('betterstack');
      expect(error.path).to.equal(`included[${index}].attributes.starts_at`);
      expect(error.message).to.equal(
        `included[${index}].attributes.starts_at: expected an ISO 8601 date-time with offset`,
      );
    });

    it('a report that ends before it starts', () => {
      const doc = page();
      doc.included[at(doc, '8804')].attributes.ends_at = '2025-09-25T01:00:00.000Z';
      expect(rejection(doc).message).to.equal(
        `included[${at(doc, '8804')}].attributes.ends_at: expected a time after starts_at`,
      );
    });

    it('a resource without a name and an update without a time, all reported', () => {
      const doc = page();
      delete doc.included[at(doc, '7003')].attributes.public_name;
      doc.included[at(doc, '99021')].attributes.published_at = null;
      expect(rejection(doc).issues).to.deep.equal([
        {
          path: `included[${at(doc, '7003')}].attributes.public_name`,
          message: 'expected string, got undefined',
        },
        {
          path: `included[${at(doc, '99021')}].attributes.published_at`,
          message: 'expected string, got null',
        },
      ]);
    });

    it('a page without a company name', () => {
      const doc = page();
      doc.data.attributes.company_name = null;
      expect(rejection(doc).message).to.equal('data.attributes.company_name: expected string, got null');
    });
  });

  it('ignores fields and included types it does not read', () => {
    const doc = page();
    doc.meta = { generated_by: 'status-page' };
    doc.data.attributes.theme = 'dark';
    doc.included.push({ id: '1', type: 'status_page_subscription_option', attributes: { channel: 'rss' } });
    doc.included.push({ type: 'status_page_note' }); // no id: not a type this adapter reads
    doc.included[at(doc, '8801')].attributes.internal_note = { text: 'ask the parsing team' };
    expect(model(doc)).to.deep.equal(model(page()));
  });
});
