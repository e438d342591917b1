import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed, type ParseOptions } from '../../../../src/feed/parse.js';
import { instatus } from '../../../../src/feed/adapters/instatus.js';
import { incident, loadJson, maintenance, modelAs, rejection, type Fixture } from '../../kit/parse.js';

const CARDS = 'cm2f8k1qa0001pc7yx3n5b9td';
const PAYOUTS = 'cm2f8k1qa0002pc7yx3n5b9te';
const WEBHOOKS = 'cm2f8k1qa0003pc7yx3n5b9tf';
const FAILOVER = 'cm2f9m7re0001pc7y0z2c4e6g';
const LOGIN = 'cm2f9m7re0002pc7y0z2c4e6h';
const SETTLEMENT = 'cm2f9m7re0003pc7y0z2c4e6i';

let original: Fixture;
let others: Fixture[];

/** A fresh copy of the summary fixture, safe to change. */
const summary = (): Fixture => structuredClone(original);

const model = (input: unknown, options?: ParseOptions) => modelAs('instatus', input, options);

describe('Instatus adapter', () => {
  before(async () => {
    original = await loadJson('/test/fixtures/instatus/summary.json');
    others = await Promise.all([
      loadJson('/test/fixtures/incidentio/widget.json'),
      loadJson('/test/fixtures/betterstack/index.json'),
    ]);
  });

  describe('detection', () => {
    it('reads summary.json without being told its format', () => {
      expect(detectFormat(summary())).to.equal('instatus');
      const result = parseFeed(JSON.stringify(summary()));
      expect(result.ok && result.format).to.equal('instatus');
    });

    it('recognises the page status alone, in any case', () => {
      for (const status of ['UP', 'HASISSUES', 'UNDERMAINTENANCE', 'up']) {
        expect(instatus.detect({ page: { name: 'Pinecrest Payments', status } })).to.equal(true);
      }
    });

    it('recognises the incident or maintenance list next to a page', () => {
      expect(instatus.detect({ page: { name: 'Pinecrest Payments' }, activeMaintenances: [] })).to.equal(
        true,
      );
      expect(instatus.detect({ page: { name: 'Pinecrest Payments' }, activeIncidents: [] })).to.equal(true);
    });

    it('needs a page', () => {
      expect(instatus.detect({ page: { name: 'Pinecrest Payments', status: 'GREEN' } })).to.equal(false);
      expect(instatus.detect({ activeIncidents: [] })).to.equal(false);
      for (const value of [null, [], 'UP', 0]) expect(instatus.detect(value)).to.equal(false);
    });

    it('does not claim the incident.io or Better Stack documents', () => {
      for (const doc of others) expect(instatus.detect(doc)).to.equal(false);
    });

    it('reads the document as Instatus when the format is given', () => {
      const doc = summary();
      delete doc.page.status;
      delete doc.activeIncidents;
      delete doc.activeMaintenances; // no longer detectable by shape
      expect(detectFormat(doc)).to.equal(undefined);
      expect(model(doc, { format: 'instatus' }).page.name).to.equal('Pinecrest Payments');
    });

    it('rejects another vendor’s document read as Instatus, naming the missing field', () => {
      const error = rejection(others[0], { format: 'instatus' });
      expect(error.kind).to.equal('schema');
      expect(error.format).to.equal('instatus');
      expect(error.message).to.equal('page: expected object, got undefined');
    });
  });

  describe('page', () => {
    it('takes the name and URL from page', () => {
      expect(model(summary()).page).to.deep.equal({
        name: 'Pinecrest Payments',
        url: 'https://status.pinecrest.example',
      });
    });

    it('drops a URL that is not http(s)', () => {
      const doc = summary();
      doc.page.url = 'status.pinecrest.example';
      expect(model(doc).page).to.deep.equal({ name: 'Pinecrest Payments' });
    });
  });

  describe('incidents', () => {
    it('maps a major outage under investigation', () => {
      expect(incident(model(summary()), CARDS)).to.deep.equal({
        kind: 'incident',
        id: CARDS,
        title: 'Card authorisations failing for some merchants',
        impact: 'critical',
        status: 'investigating',
        components: [],
        regions: [],
        startedAt: Date.UTC(2025, 5, 3, 14, 12),
        url: `https://status.pinecrest.example/${CARDS}`,
        updates: [],
      });
    });

    it('maps statuses and impacts whatever their case', () => {
      const m = model(summary());
      expect([PAYOUTS, WEBHOOKS].map((id) => [incident(m, id).status, incident(m, id).impact])).to.deep.equal(
        [
          ['monitoring', 'minor'], // MONITORING, DEGRADEDPERFORMANCE
          ['identified', 'major'], // identified, PartialOutage
        ],
      );
    });

    it('maps UNDERMAINTENANCE → minor, OPERATIONAL → none, unknown or null → minor', () => {
      const doc = summary();
      const impacts = ['UNDERMAINTENANCE', 'OPERATIONAL', 'SOMETHINGNEW', null];
      const found = impacts.map((impact) => {
        doc.activeIncidents[0].impact = impact;
        return incident(model(doc), CARDS).impact;
      });
      expect(found).to.deep.equal(['minor', 'none', 'minor', 'minor']);
    });

    it('reads RESOLVED as resolved and an unknown status as investigating', () => {
      const doc = summary();
      doc.activeIncidents[1].status = 'RESOLVED';
      doc.activeIncidents[2].status = 'POSTPONED';
      const m = model(doc);
      expect(incident(m, PAYOUTS).status).to.equal('resolved');
      expect(incident(m, WEBHOOKS).status).to.equal('investigating');
    });

    it('keeps the offset of the start and omits a null url', () => {
      const webhooks = incident(model(summary()), WEBHOOKS);
      expect(webhooks.startedAt).to.equal(Date.UTC(2025, 5, 2, 20)); // 22:00+02:00
      expect(webhooks).not.to.have.property('url');
    });
  });

  describe('maintenances', () => {
    it('maps an in-progress maintenance: the window is start + duration minutes', () => {
      expect(maintenance(model(summary()), FAILOVER)).to.deep.include({
        title: 'Ledger database failover drill',
        status: 'in_progress',
        impact: 'minor',
        startsAt: Date.UTC(2025, 5, 3, 13),
        endsAt: Date.UTC(2025, 5, 3, 15),
        url: `https://status.pinecrest.example/maintenance/${FAILOVER}`,
        components: [],
        updates: [],
      });
    });

    it('reads a duration given as a numeric string', () => {
      const login = maintenance(model(summary()), LOGIN);
      expect(login.status).to.equal('scheduled');
      expect(login.startsAt).to.equal(Date.UTC(2025, 5, 7, 1));
      expect(login.endsAt).to.equal(Date.UTC(2025, 5, 7, 1, 45));
    });

    it('assumes 60 minutes when the duration is null or absent', () => {
      const doc = summary();
      expect(maintenance(model(doc), SETTLEMENT).endsAt).to.equal(Date.UTC(2025, 5, 10, 5));
      delete doc.activeMaintenances[2].duration;
      expect(maintenance(model(doc), SETTLEMENT).endsAt).to.equal(Date.UTC(2025, 5, 10, 5));
    });

    it('maps COMPLETED → completed and an unknown status → scheduled', () => {
      const doc = summary();
      doc.activeMaintenances[0].status = 'completed';
      doc.activeMaintenances[1].status = 'DELAYED';
      const m = model(doc);
      expect(maintenance(m, FAILOVER).status).to.equal('completed');
      expect(maintenance(m, LOGIN).status).to.equal('scheduled');
    });

    it('lists in-progress maintenances first, then scheduled ones soonest first', () => {
      expect(model(summary()).maintenances.map((m) => m.id)).to.deep.equal([FAILOVER, LOGIN, SETTLEMENT]);
    });
  });

  describe('errors name the place in the Instatus document', () => {
    it('a malformed start', () => {
      const doc = summary();
      doc.activeMaintenances[1].start = '2025-06-07 01:00';
      const error = rejection(doc);
      expect(error.kind).to.equal('schema');
      expect(error.format).to.equal('instatus');
      expect(error.path).to.equal('activeMaintenances[1].start');
      expect(error.message).to.equal(
        'activeMaintenances[1].start: expected an ISO 8601 date-time with offset',
      );
    });

    it('a duration that is not a positive number of minutes', () => {
      for (const duration of ['about an hour', 0, '-30']) {
        const doc = summary();
        doc.activeMaintenances[0].duration = duration;
        expect(rejection(doc).message).to.equal(
          'activeMaintenances[0].duration: expected a positive number of minutes',
        );
      }
      const doc = summary();
      doc.activeMaintenances[0].duration = { minutes: 90 };
      expect(rejection(doc).message).to.equal(
        'activeMaintenances[0].duration: expected a duration in minutes',
      );
    });

    it('a missing start time and an empty name, all reported', () => {
      const doc = summary();
      delete doc.activeIncidents[2].started;
      doc.activeMaintenances[2].name = '';
      expect(rejection(doc).issues).to.deep.equal([
        { path: 'activeIncidents[2].started', message: 'expected string, got undefined' },
        { path: 'activeMaintenances[2].name', message: 'expected a non-empty string' },
      ]);
    });
  });

  it('ignores fields it does not read', () => {
    const doc = summary();
    doc.page.logoUrl = 'https://pinecrest.example/logo.svg';
    doc.activeIncidents[0].components = [{ id: 'c1', name: 'Card API' }];
    doc.activeIncidents[0].updatedAt = '2025-06-03T14:40:00.000Z';
    doc.activeMaintenances[0].autoEnd = true;
    doc.subscribers = 1200;
    expect(model(doc)).to.deep.equal(model(summary()));
  });
});
