import { expect } from '@open-wc/testing';
import { detectFormat, parseFeed, type ParseOptions } from '../../../../src/feed/parse.js';
import { incidentio } from '../../../../src/feed/adapters/incidentio.js';
import { incident, loadJson, maintenance, modelAs, rejection, type Fixture } from '../../kit/parse.js';

const EU_SLOWDOWN = '01J8Z6Q4K2ZP3T5V7W9X1Y3A5C';
const EXPORTS_DOWN = '01J8Z7B1M3N5P7R9T1V3X5Z7B9';
const SSO_ERRORS = '01J8Z8C2D4F6H8K0M2P4R6T8V0';
const WAREHOUSE = '01J8ZM1WAREHOUSEMIGRATION1';
const DB_UPGRADE = '01J8ZM2DATABASEUPGRADE0002';
const SYDNEY = '01J8ZM3SYDNEYNETWORK000003';
const DASHBOARDS = '01J8Y0DASHBOARDS0000000001';

let original: Fixture;
let others: Fixture[];

/** A fresh copy of the widget fixture, safe to change. */
const widget = (): Fixture => structuredClone(original);

const model = (input: unknown, options?: ParseOptions) => modelAs('incidentio', input, options);

describe('incident.io adapter', () => {
  before(async () => {
    original = await loadJson('/test/fixtures/incidentio/widget.json');
    others = await Promise.all([
      loadJson('/test/fixtures/instatus/summary.json'),
      loadJson('/test/fixtures/betterstack/index.json'),
    ]);
  });

  describe('detection', () => {
    it('reads the widget document without being told its format', () => {
      expect(detectFormat(widget())).to.equal('incidentio');
      const result = parseFeed(JSON.stringify(widget()));
      expect(result.ok && result.format).to.equal('incidentio');
    });

    it('recognises a page with only one of the three lists', () => {
      expect(incidentio.detect({ page_title: 'Quiet page', scheduled_maintenances: [] })).to.equal(true);
    });

    it('needs page_title as a string and at least one list', () => {
      expect(incidentio.detect({ page_title: 'Quiet page' })).to.equal(false);
      expect(incidentio.detect({ page_title: 42, ongoing_incidents: [] })).to.equal(false);
      expect(incidentio.detect({ ongoing_incidents: [] })).to.equal(false);
      for (const value of [null, [], 'text', 3]) expect(incidentio.detect(value)).to.equal(false);
    });

    it('does not claim the Instatus or Better Stack documents', () => {
      for (const doc of others) expect(incidentio.detect(doc)).to.equal(false);
    });

    it('reads the document as incident.io when the format is given', () => {
      const m = model(widget(), { format: 'incidentio' });
      expect(m.page.name).to.equal('Larkspur Analytics');
    });

    it('rejects another vendor’s document read as incident.io, naming the missing field', () => {
      const error = rejection(others[0], { format: 'incidentio' });
      expect(error.kind).to.equal('schema');
      expect(error.format).to.equal('incidentio');
      expect(error.path).to.equal('page_title');
      expect(error.message).to.equal('page_title: expected string, got undefined');
    });
  });

  describe('page', () => {
    it('takes the name and URL from page_title and page_url', () => {
      expect(model(widget()).page).to.deep.equal({
        name: 'Larkspur Analytics',
        url: 'https://status.larkspur.example',
      });
    });

    it('drops a page_url that is not http(s)', () => {
      const doc = widget();
      doc.page_url = 'javascript:alert(1)';
      expect(model(doc).page).to.deep.equal({ name: 'Larkspur Analytics' });
    });
  });

  describe('components', () => {
    it('collects affected components once each, with groups and mapped statuses', () => {
      expect(model(widget()).components).to.deep.equal([
        // Listed by three items: degraded, partial outage and operational; the worst wins.
        { id: DASHBOARDS, name: 'Dashboards', group: 'Web app', status: 'partial_outage' },
        { id: '01J8Y0EUDATAPLANE000000002', name: 'EU data plane', group: 'Regions', status: 'degraded' },
        // group_name null → no group; full_outage → major_outage
        { id: '01J8Y0EXPORTS0000000000003', name: 'Scheduled exports', status: 'major_outage' },
        // no current_status → operational
        { id: '01J8Y0SSO00000000000000004', name: 'Single sign-on', status: 'operational' },
        {
          id: '01J8Y0WAREHOUSE00000000005',
          name: 'Data warehouse',
          group: 'Platform',
          status: 'maintenance',
        },
        { id: '01J8Y0PUBLICAPI00000000006', name: 'Public API', group: 'Platform', status: 'operational' },
      ]);
    });
  });

  describe('incidents', () => {
    it('maps an identified incident with its start, impact, components, link and last update', () => {
      expect(incident(model(widget()), EU_SLOWDOWN)).to.deep.equal({
        kind: 'incident',
        id: EU_SLOWDOWN,
        title: 'Dashboards load slowly in the EU region',
        impact: 'minor',
        status: 'identified',
        components: [DASHBOARDS, '01J8Y0EUDATAPLANE000000002'],
        regions: [],
        startedAt: Date.UTC(2025, 2, 12, 8, 55),
        url: `https://status.larkspur.example/incidents/${EU_SLOWDOWN}`,
        updates: [
          {
            at: Date.UTC(2025, 2, 12, 9, 42, 10, 518),
            status: 'identified',
            body: 'We traced the slowdown to an overloaded query cache in Frankfurt and are adding capacity. Reports may take up to a minute to open in the meantime.',
          },
        ],
      });
    });

    it('starts an incident without started_at at its last update, and skips an empty message', () => {
      const exports = incident(model(widget()), EXPORTS_DOWN);
      expect(exports.startedAt).to.equal(Date.UTC(2025, 2, 12, 10, 5)); // 11:05+01:00
      expect(exports.updates).to.deep.equal([]);
      expect(exports.status).to.equal('investigating');
    });

    it('maps current_worst_impact: degraded_performance → minor, partial_outage → major, full_outage → critical', () => {
      const doc = widget();
      expect(incident(model(doc), EU_SLOWDOWN).impact).to.equal('minor');
      expect(incident(model(doc), EXPORTS_DOWN).impact).to.equal('critical');
      doc.ongoing_incidents[1].current_worst_impact = 'partial_outage';
      expect(incident(model(doc), EXPORTS_DOWN).impact).to.equal('major');
    });

    it('without current_worst_impact, takes the worst component status, else minor', () => {
      const doc = widget();
      delete doc.ongoing_incidents[1].current_worst_impact; // components: full_outage, partial_outage
      expect(incident(model(doc), EXPORTS_DOWN).impact).to.equal('critical');
      doc.ongoing_incidents[1].affected_components[0].current_status = 'degraded_performance';
      expect(incident(model(doc), EXPORTS_DOWN).impact).to.equal('major');
      expect(incident(model(doc), SSO_ERRORS).impact).to.equal('minor'); // no statuses at all
    });

    it('keeps the monitoring status and reads an unknown status as investigating', () => {
      const doc = widget();
      expect(incident(model(doc), SSO_ERRORS).status).to.equal('monitoring');
      expect(incident(model(doc), SSO_ERRORS).updates[0]?.status).to.equal('monitoring');
      doc.ongoing_incidents[2].status = 'paused';
      expect(incident(model(doc), SSO_ERRORS).status).to.equal('investigating');
    });

    it('omits a null url and one that is not http(s)', () => {
      const doc = widget();
      doc.ongoing_incidents[0].url = 'ftp://files.larkspur.example/incident';
      const m = model(doc);
      expect(incident(m, SSO_ERRORS)).not.to.have.property('url');
      expect(incident(m, EU_SLOWDOWN)).not.to.have.property('url');
    });
  });

  describe('maintenances', () => {
    it('maps an in-progress maintenance to its window, component and last update', () => {
      expect(maintenance(model(widget()), WAREHOUSE)).to.deep.include({
        title: 'Warehouse storage migration',
        status: 'in_progress',
        impact: 'minor',
        startsAt: Date.UTC(2025, 2, 12, 6),
        endsAt: Date.UTC(2025, 2, 12, 12),
        components: ['01J8Y0WAREHOUSE00000000005'],
        url: `https://status.larkspur.example/maintenance/${WAREHOUSE}`,
        updates: [
          {
            at: Date.UTC(2025, 2, 12, 6),
            status: 'in_progress',
            body: 'The migration has started. Queries against archived data may take longer than usual until it completes.',
          },
        ],
      });
    });

    it('maps a scheduled maintenance from starts_at and ends_at', () => {
      const m = maintenance(model(widget()), DB_UPGRADE);
      expect(m.status).to.equal('scheduled');
      expect(m.startsAt).to.equal(Date.UTC(2025, 2, 15, 22));
      expect(m.endsAt).to.equal(Date.UTC(2025, 2, 16, 1));
      expect(m.components).to.deep.equal([DASHBOARDS, '01J8Y0PUBLICAPI00000000006']);
      expect(m.updates.map((u) => [u.at, u.status])).to.deep.equal([
        [Date.UTC(2025, 2, 10, 15, 30), 'scheduled'],
      ]);
    });

    it('falls back to started_at and scheduled_end_at for a scheduled maintenance, and tolerates nulls', () => {
      const m = maintenance(model(widget()), SYDNEY);
      expect(m.title).to.equal('Network provider changeover in Sydney');
      expect(m.startsAt).to.equal(Date.UTC(2025, 2, 20, 13));
      expect(m.endsAt).to.equal(Date.UTC(2025, 2, 20, 14, 30));
      expect(m.updates).to.deep.equal([]);
      expect(m).not.to.have.property('url');
    });

    it('lists in-progress maintenances first, then scheduled ones soonest first', () => {
      expect(model(widget()).maintenances.map((m) => m.id)).to.deep.equal([WAREHOUSE, DB_UPGRADE, SYDNEY]);
    });

    it('keeps one copy of a maintenance caught in both lists, as in progress', () => {
      const doc = widget();
      doc.scheduled_maintenances.push({
        ...doc.in_progress_maintenances[0],
        status: 'maintenance_scheduled',
      });
      const m = model(doc);
      expect(m.maintenances.filter((x) => x.id === WAREHOUSE).map((x) => x.status)).to.deep.equal([
        'in_progress',
      ]);
    });
  });

  describe('errors name the place in the incident.io document', () => {
    it('a malformed last_update_at', () => {
      const doc = widget();
      doc.ongoing_incidents[1].last_update_at = 'yesterday afternoon';
      const error = rejection(doc);
      expect(error.kind).to.equal('schema');
      expect(error.format).to.equal('incidentio');
      expect(error.path).to.equal('ongoing_incidents[1].last_update_at');
      expect(error.message).to.equal(
        'ongoing_incidents[1].last_update_at: expected an ISO 8601 date-time with offset',
      );
    });

    it('a maintenance without a start', () => {
      const doc = widget();
      delete doc.scheduled_maintenances[1].started_at;
      const error = rejection(doc);
      expect(error.kind).to.equal('schema');
      expect(error.message).to.equal(
        'scheduled_maintenances[1].starts_at: expected an ISO 8601 date-time with offset',
      );
    });

    it('an in-progress maintenance without an end', () => {
      const doc = widget();
      doc.in_progress_maintenances[0].scheduled_end_at = null;
      expect(rejection(doc).message).to.equal(
        'in_progress_maintenances[0].scheduled_end_at: expected an ISO 8601 date-time with offset',
      );
    });

    it('a window that ends before it starts', () => {
      const doc = widget();
      doc.scheduled_maintenances[0].ends_at = '2025-03-15T21:00:00Z';
      expect(rejection(doc).message).to.equal(
        'scheduled_maintenances[0].ends_at: expected a time after starts_at',
      );
    });

    it('a blank name and a component without an id, all reported', () => {
      const doc = widget();
      doc.ongoing_incidents[0].name = '   ';
      delete doc.scheduled_maintenances[0].affected_components[1].id;
      const error = rejection(doc);
      expect(error.kind).to.equal('schema');
      expect(error.issues).to.deep.equal([
        { path: 'ongoing_incidents[0].name', message: 'expected a non-empty string' },
        {
          path: 'scheduled_maintenances[0].affected_components[1].id',
          message: 'expected a non-empty string or integer id',
        },
      ]);
    });

    it('a list that is not a list', () => {
      const doc = widget();
      doc.scheduled_maintenances = { items: [] };
      expect(rejection(doc).message).to.equal('scheduled_maintenances: expected array, got object');
    });
  });

  it('ignores fields it does not read', () => {
    const doc = widget();
    doc.page_id = '01J8PAGE';
    doc.support_url = 'https://larkspur.example/help';
    doc.ongoing_incidents[0].affected_regions = [{ id: 'eu', name: 'Europe' }];
    doc.ongoing_incidents[0].affected_components[0].description = 'Charts and reports';
    doc.in_progress_maintenances[0].maintenance_window_note = { text: 'extended' };
    expect(model(doc)).to.deep.equal(model(widget()));
  });
});
