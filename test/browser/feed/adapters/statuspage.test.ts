// The Atlassian Statuspage v2 adapter, through parseFeed: what a user of the model sees when a
// feed is one of the three Statuspage documents (fixtures in test/fixtures/statuspage/).
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../../src/feed/parse.js';
import { statuspage } from '../../../../src/feed/adapters/statuspage.js';
import type { FeedError } from '../../../../src/feed/errors.js';
import type { FeedModel } from '../../../../src/feed/model.js';
import { incident, loadJson, maintenance, modelAs, rejection, type Fixture } from '../../kit/parse.js';

const fixtures = new Map<string, Fixture>();

/** A fresh copy of a fixture document, safe to change. */
async function load(name: 'summary' | 'incidents' | 'scheduled-maintenances'): Promise<Fixture> {
  if (!fixtures.has(name)) fixtures.set(name, await loadJson(`/test/fixtures/statuspage/${name}.json`));
  return structuredClone(fixtures.get(name));
}

const read = (doc: unknown, format?: 'statuspage'): FeedModel => modelAs('statuspage', doc, { format });

function reject(doc: unknown): FeedError {
  const error = rejection(doc);
  expect(error.kind).to.equal('schema');
  expect(error.format).to.equal('statuspage');
  return error;
}

const ms = (iso: string) => Date.parse(iso);

describe('Statuspage v2 adapter', () => {
  describe('detection', () => {
    it('recognises summary.json, incidents.json and scheduled-maintenances.json by shape', async () => {
      for (const name of ['summary', 'incidents', 'scheduled-maintenances'] as const) {
        const result = parseFeed(await load(name));
        expect(result.ok, name).to.equal(true);
        if (result.ok) expect(result.format, name).to.equal('statuspage');
      }
    });

    it('reads JSON text as well as a parsed document', async () => {
      const doc = await load('summary');
      expect(read(JSON.stringify(doc))).to.deep.equal(read(doc));
    });

    it('gives the same model when format: "statuspage" is named', async () => {
      const doc = await load('incidents');
      expect(read(doc, 'statuspage')).to.deep.equal(read(doc));
    });

    it('needs a page with an id and one of the Statuspage lists or status.indicator', () => {
      const page = { id: 'hb7x2k9q4m1z', name: 'Harbor Analytics' };
      expect(statuspage.detect({ page, incidents: [] })).to.equal(true);
      expect(statuspage.detect({ page, scheduled_maintenances: [] })).to.equal(true);
      expect(statuspage.detect({ page, components: [] })).to.equal(true);
      expect(
        statuspage.detect({ page, status: { indicator: 'none', description: 'All Systems Operational' } }),
      ).to.equal(true);
      expect(statuspage.detect({ page })).to.equal(false);
      expect(statuspage.detect({ page: { name: 'Harbor Analytics' }, incidents: [] })).to.equal(false);
      expect(statuspage.detect({ page: 'hb7x2k9q4m1z', incidents: [] })).to.equal(false);
      expect(statuspage.detect({ version: 1, page: { name: 'Harbor Analytics' }, incidents: [] })).to.equal(
        false,
      );
      for (const odd of [null, undefined, 42, 'summary', [], [{ page }]])
        expect(statuspage.detect(odd)).to.equal(false);
    });

    it('does not claim a native feed that happens to have a page id', () => {
      const native = { version: 1, page: { id: 'x', name: 'Harbor Analytics' }, incidents: [] };
      const result = parseFeed(native);
      expect(result.ok && result.format).to.equal('native');
    });
  });

  describe('page', () => {
    it('maps name, url, time_zone and updated_at', async () => {
      const model = read(await load('summary'));
      expect(model.page).to.deep.equal({
        name: 'Harbor Analytics',
        url: 'https://status.harbor-analytics.example',
        timeZone: 'America/Los_Angeles',
        updatedAt: ms('2025-06-12T16:41:07.512Z'),
      });
    });

    it('drops a time_zone that is not an IANA zone and a url that is not http(s)', async () => {
      const doc = await load('scheduled-maintenances');
      expect(doc.page.time_zone).to.equal('Pacific Time (US & Canada)');
      doc.page.url = 'ftp://status.harbor-analytics.example';
      expect(read(doc).page).to.deep.equal({
        name: 'Harbor Analytics',
        updatedAt: ms('2025-06-12T16:41:07.512Z'),
      });
    });

    it('accepts a page without time_zone and with null fields', () => {
      const model = read({
        page: { id: 'hb7x2k9q4m1z', name: 'Harbor Analytics', url: null, updated_at: null },
        incidents: [],
      });
      expect(model.page).to.deep.equal({ name: 'Harbor Analytics' });
    });
  });

  describe('components', () => {
    it('turns group containers into the group names of their children and keeps every component', async () => {
      const model = read(await load('summary'));
      expect(model.components).to.deep.equal([
        { id: 'w9k2m4p6r8s1', name: 'Web App', group: 'Dashboards', status: 'operational' },
        { id: 'r5t7y9u1i3o6', name: 'Report Scheduler', group: 'Dashboards', status: 'degraded' },
        { id: 'e2v4n6t8a1p3', name: 'Event API', group: 'Data Ingestion', status: 'partial_outage' },
        { id: 'b6a8t1c3h5i7', name: 'Batch Import', group: 'Data Ingestion', status: 'maintenance' },
        { id: 's4s6o8n1e3z5', name: 'Single Sign-On', status: 'operational' },
        // only_show_if_degraded: true, still listed
        { id: 'h7k9l2m4n6q8', name: 'Webhooks', status: 'major_outage' },
      ]);
      const ids = model.components.map((c) => c.id);
      expect(ids).not.to.include('d3gq8v1n5r7t'); // the "Dashboards" group itself
      expect(ids).not.to.include('g1h3j5k7l9z2'); // the "Data Ingestion" group itself
    });

    it('rejects an unknown component status, naming the Statuspage path', async () => {
      const doc = await load('summary');
      doc.components[2].status = 'sort_of_working';
      const error = reject(doc);
      expect(error.path).to.equal('components[2].status');
      expect(error.message).to.equal(
        'components[2].status: expected one of "operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"',
      );
    });

    it('builds the component list from the embedded components when the document has none', async () => {
      const model = read(await load('incidents'));
      expect(model.components.map((c) => [c.id, c.name, c.status])).to.deep.equal([
        ['e2v4n6t8a1p3', 'Event API', 'partial_outage'],
        ['r5t7y9u1i3o6', 'Report Scheduler', 'degraded'],
        ['b6a8t1c3h5i7', 'Batch Import', 'maintenance'],
        ['s4s6o8n1e3z5', 'Single Sign-On', 'operational'],
        ['w9k2m4p6r8s1', 'Web App', 'operational'],
      ]);
    });

    it('takes group names from embedded group containers, and only warns about references to them', async () => {
      const result = parseFeed(await load('scheduled-maintenances'));
      if (!result.ok) throw result.error;
      const eventApi = result.model.components.find((c) => c.id === 'e2v4n6t8a1p3');
      expect(eventApi).to.deep.equal({
        id: 'e2v4n6t8a1p3',
        name: 'Event API',
        group: 'Data Ingestion',
        status: 'partial_outage',
      });
      expect(result.model.components.map((c) => c.id)).not.to.include('g1h3j5k7l9z2');
      expect(result.warnings).to.deep.equal([
        { path: 'maintenances[0].components[1]', message: 'unknown component "g1h3j5k7l9z2"' },
      ]);
    });
  });

  describe('incidents', () => {
    it('lists the unresolved incidents of summary.json with title, impact, status, components, start and link', async () => {
      const model = read(await load('summary'));
      expect(model.incidents.map((i) => [i.id, i.title, i.impact, i.status])).to.deep.equal([
        ['k1m2n3b4v5c6', 'Delayed event processing for EU workspaces', 'major', 'identified'],
        // impact "maintenance" on an incident reads as minor
        ['p9o8i7u6y5t4', 'Report exports paused while the search index is rebuilt', 'minor', 'monitoring'],
      ]);
      const eu = incident(model, 'k1m2n3b4v5c6');
      expect(eu.components).to.deep.equal(['e2v4n6t8a1p3']);
      expect(eu.startedAt).to.equal(ms('2025-06-12T14:48:00.000Z')); // started_at, not created_at
      expect(eu.url).to.equal('https://hrbr.example/s/4Fq9');
      expect('resolvedAt' in eu).to.equal(false);
      expect('url' in incident(model, 'p9o8i7u6y5t4')).to.equal(false); // shortlink: null
    });

    it('keeps updates newest first, at display_at, and skips updates without text', async () => {
      const model = read(await load('summary'));
      expect(incident(model, 'k1m2n3b4v5c6').updates).to.deep.equal([
        {
          at: ms('2025-06-12T15:52:40.118Z'),
          status: 'identified',
          body: 'A storage node in the EU ingestion cluster is rejecting writes. Incoming events are queued and none have been lost.\n\nWe are moving the affected partitions to healthy nodes.',
        },
        {
          at: ms('2025-06-12T15:05:12.450Z'),
          status: 'investigating',
          body: 'Events sent to EU workspaces are taking up to 20 minutes to appear in dashboards. We are looking into it.',
        },
      ]);
      // The "monitoring" update of this incident has an empty body.
      expect(incident(model, 'p9o8i7u6y5t4').updates.map((u) => u.status)).to.deep.equal(['identified']);
    });

    it('reads a postmortem as resolved, with resolved_at and the whole timeline', async () => {
      const model = read(await load('incidents'));
      const sso = incident(model, 'z8x7c6v5b4n3');
      expect(sso.title).to.equal('Sign-in failures for Single Sign-On users');
      expect(sso.impact).to.equal('critical');
      expect(sso.status).to.equal('resolved');
      expect(sso.startedAt).to.equal(ms('2025-05-28T13:58:00.000Z'));
      expect(sso.resolvedAt).to.equal(ms('2025-05-28T15:40:22.000Z'));
      expect(sso.components).to.deep.equal(['s4s6o8n1e3z5', 'w9k2m4p6r8s1']);
      expect(sso.updates.map((u) => [u.status, u.at])).to.deep.equal([
        ['postmortem', ms('2025-06-02T18:00:00.000Z')],
        ['resolved', ms('2025-05-28T15:40:22.000Z')],
        ['monitoring', ms('2025-05-28T15:05:00.000Z')],
        ['identified', ms('2025-05-28T14:30:00.000Z')], // display_at, earlier than created_at
        ['investigating', ms('2025-05-28T14:12:09.000Z')],
      ]);
    });

    it('links the post-incident review of a postmortem incident on its own page (the shortlink)', async () => {
      const model = read(await load('incidents'));
      expect(incident(model, 'z8x7c6v5b4n3').reportUrl).to.equal('https://hrbr.example/s/9Kd2');
      // A resolved incident without a postmortem has no review.
      expect('reportUrl' in incident(model, 'c3v4b5n6m7l8')).to.equal(false);
    });

    it('links the review at {page.url}/incidents/{id} without a usable shortlink', async () => {
      const doc = await load('incidents');
      doc.incidents[3].shortlink = 'javascript:alert(1)';
      const sso = incident(read(doc), 'z8x7c6v5b4n3');
      expect(sso.reportUrl).to.equal(`${doc.page.url.replace(/\/+$/, '')}/incidents/z8x7c6v5b4n3`);
      expect('url' in sso).to.equal(false);
    });

    it('reads a published postmortem_body as the review update when no update carries it', async () => {
      const doc = await load('incidents');
      const slow = doc.incidents[4]; // "Slow dashboard loading", resolved, no postmortem yet
      slow.postmortem_body = 'A cache node ran out of memory. It now has twice as much.';
      slow.postmortem_published_at = '2025-05-22T09:00:00.000Z';
      const read2 = incident(read(doc), 'c3v4b5n6m7l8');
      expect(read2.status).to.equal('resolved');
      expect(read2.reportUrl).to.equal(slow.shortlink);
      expect(read2.updates[0]).to.deep.equal({
        at: ms('2025-05-22T09:00:00.000Z'),
        status: 'postmortem',
        body: 'A cache node ran out of memory. It now has twice as much.',
      });
      // The fixture's postmortem incident has its review as an update already: not read twice.
      const sso = incident(read(doc), 'z8x7c6v5b4n3');
      expect(sso.updates.filter((u) => u.status === 'postmortem')).to.have.length(1);
    });

    it('starts an incident without started_at at created_at; null components read as none', async () => {
      const slow = incident(read(await load('incidents')), 'c3v4b5n6m7l8');
      expect(slow.startedAt).to.equal(ms('2025-05-20T09:00:00.000Z'));
      expect(slow.resolvedAt).to.equal(ms('2025-05-20T10:15:00.000Z'));
      expect(slow.components).to.deep.equal([]);
    });

    it('orders active incidents first and keeps maintenances out of the incident list', async () => {
      const model = read(await load('incidents'));
      expect(model.incidents.map((i) => i.id)).to.deep.equal([
        'k1m2n3b4v5c6',
        'p9o8i7u6y5t4',
        'z8x7c6v5b4n3',
        'c3v4b5n6m7l8',
      ]);
      expect(model.maintenances.map((m) => m.id)).to.deep.equal(['m4n5b6v7c8x9', 't5r4e3w2q1a0']);
    });

    it('ignores a stale resolved_at on a reopened incident', async () => {
      const doc = await load('incidents');
      doc.incidents[4].status = 'investigating'; // "Slow dashboard loading", resolved_at still set
      const slow = incident(read(doc), 'c3v4b5n6m7l8');
      expect(slow.status).to.equal('investigating');
      expect('resolvedAt' in slow).to.equal(false);
    });

    it('uses a shortlink only when it is an http(s) URL', async () => {
      const doc = await load('summary');
      doc.incidents[0].shortlink = 'javascript:alert(1)';
      doc.incidents[1].shortlink = 'http://hrbr.example/s/1Ab2';
      const model = read(doc);
      expect('url' in incident(model, 'k1m2n3b4v5c6')).to.equal(false);
      expect(incident(model, 'p9o8i7u6y5t4').url).to.equal('http://hrbr.example/s/1Ab2');
    });
  });

  describe('maintenances', () => {
    it('maps the windows, statuses, impact, components and summary of summary.json', async () => {
      const model = read(await load('summary'));
      expect(
        model.maintenances.map((m) => [m.id, m.title, m.status, m.impact, m.startsAt, m.endsAt]),
      ).to.deep.equal([
        [
          'm4n5b6v7c8x9',
          'Batch Import storage migration',
          'in_progress',
          'minor', // impact "maintenance"
          ms('2025-06-12T15:00:00.000Z'),
          ms('2025-06-12T19:00:00.000Z'),
        ],
        [
          'q2w3e4r5t6y7',
          'Single Sign-On certificate rotation',
          'scheduled',
          'minor',
          ms('2025-06-21T22:00:00.000Z'),
          ms('2025-06-21T22:30:00.000Z'),
        ],
      ]);
      const batch = maintenance(model, 'm4n5b6v7c8x9');
      // The summary is the oldest update's text; updates stay newest first.
      expect(batch.summary).to.equal(
        'We are moving Batch Import to new storage. Uploads through the Batch Import API and the CSV uploader will be unavailable for up to four hours.\n\nLive event collection through the Event API is not affected.',
      );
      expect(batch.updates.map((u) => [u.status, u.at])).to.deep.equal([
        ['in_progress', ms('2025-06-12T15:00:04.220Z')],
        ['scheduled', ms('2025-06-05T17:00:00.000Z')],
      ]);
      expect(batch.components).to.deep.equal(['b6a8t1c3h5i7']);
      expect(batch.url).to.equal('https://hrbr.example/s/7Pq1');
    });

    it('reads items with scheduled_for in incidents.json as maintenances, with both lifecycles of updates', async () => {
      const upgrade = maintenance(read(await load('incidents')), 't5r4e3w2q1a0');
      expect(upgrade.title).to.equal('Database upgrade for the reporting cluster');
      expect(upgrade.status).to.equal('completed');
      expect(upgrade.startsAt).to.equal(ms('2025-05-17T06:00:00.000Z'));
      expect(upgrade.endsAt).to.equal(ms('2025-05-17T08:00:00.000Z'));
      expect(upgrade.components).to.deep.equal(['w9k2m4p6r8s1', 'r5t7y9u1i3o6']);
      // The "verifying" update's body is only spaces.
      expect(upgrade.updates.map((u) => u.status)).to.deep.equal(['completed', 'in_progress', 'scheduled']);
      expect(upgrade.summary).to.equal(
        'We will upgrade the database behind reports. Dashboards stay readable but reports cannot be created or edited.',
      );
    });

    it('gives a window without a usable scheduled_until one hour', async () => {
      const model = read(await load('scheduled-maintenances'));
      const hooks = maintenance(model, 'y6u7i8o9p0a1'); // scheduled_until: null
      expect(hooks.startsAt).to.equal(ms('2025-07-05T09:00:00.000Z'));
      expect(hooks.endsAt).to.equal(ms('2025-07-05T10:00:00.000Z'));
      const balancer = maintenance(model, 's1d2f3g4h5j6'); // scheduled_until equal to scheduled_for
      expect(balancer.startsAt).to.equal(ms('2025-07-12T03:00:00.000Z'));
      expect(balancer.endsAt).to.equal(ms('2025-07-12T04:00:00.000Z'));
      expect('summary' in balancer).to.equal(false); // no updates at all
      expect(balancer.updates).to.deep.equal([]);
    });

    it('orders scheduled-maintenances.json: in progress, then upcoming soonest first, then completed', async () => {
      const model = read(await load('scheduled-maintenances'));
      expect(model.incidents).to.deep.equal([]);
      expect(model.maintenances.map((m) => [m.id, m.status])).to.deep.equal([
        ['m4n5b6v7c8x9', 'in_progress'],
        ['q2w3e4r5t6y7', 'scheduled'],
        ['y6u7i8o9p0a1', 'scheduled'],
        ['s1d2f3g4h5j6', 'scheduled'],
        ['t5r4e3w2q1a0', 'completed'],
      ]);
    });

    it('reads resolved and postmortem maintenances as completed', async () => {
      const doc = await load('scheduled-maintenances');
      doc.scheduled_maintenances[0].status = 'resolved';
      doc.scheduled_maintenances[1].status = 'postmortem';
      const model = read(doc);
      expect(maintenance(model, 's1d2f3g4h5j6').status).to.equal('completed');
      expect(maintenance(model, 'y6u7i8o9p0a1').status).to.equal('completed');
    });

    it('reads an item listed in both incidents and scheduled_maintenances once', async () => {
      const doc = await load('summary');
      doc.incidents.push(structuredClone(doc.scheduled_maintenances[0]));
      const model = read(doc);
      expect(model.maintenances.map((m) => m.id)).to.deep.equal(['m4n5b6v7c8x9', 'q2w3e4r5t6y7']);
      expect(model.incidents.map((i) => i.id)).to.deep.equal(['k1m2n3b4v5c6', 'p9o8i7u6y5t4']);
    });
  });

  describe('tolerance', () => {
    it('is not bothered by status.indicator "maintenance" or any other indicator', async () => {
      const doc = await load('summary');
      expect(doc.status.indicator).to.equal('maintenance');
      const model = read(doc);
      doc.status = { indicator: 'something_new', description: null };
      expect(read(doc)).to.deep.equal(model);
    });

    it('ignores unknown extra fields everywhere', async () => {
      const doc = await load('summary');
      const plain = read(doc);
      doc.api_version = '2.7';
      doc.page.branding = { color: '#1c5d99' };
      doc.components[0].uptime = { last_90_days: 99.98 };
      doc.incidents[0].reminder_intervals = '[3, 6, 12]';
      doc.incidents[0].incident_updates[0].twitter_updated_at = null;
      doc.incidents[0].components[0].automation_email = 'component+e2v4@hrbr.example';
      doc.scheduled_maintenances[0].metadata = { jira: { issue_id: 'OPS-812' } };
      expect(read(doc)).to.deep.equal(plain);
    });

    it('accepts null for every optional field and list', () => {
      const model = read({
        page: { id: 'hb7x2k9q4m1z', name: 'Harbor Analytics', url: null, time_zone: null, updated_at: null },
        components: null,
        scheduled_maintenances: null,
        incidents: [
          {
            id: 'n1u2l3l4s5x6',
            name: 'Intermittent timeouts on the Event API',
            status: 'investigating',
            impact: 'none',
            created_at: '2025-06-12T10:00:00Z',
            started_at: null,
            resolved_at: null,
            monitoring_at: null,
            scheduled_for: null,
            scheduled_until: null,
            shortlink: null,
            components: null,
            incident_updates: [
              {
                id: 'uz1x2c3v4b5n',
                status: 'investigating',
                body: null,
                created_at: '2025-06-12T10:00:00Z',
                display_at: null,
                affected_components: null,
              },
            ],
          },
        ],
      });
      expect(model.components).to.deep.equal([]);
      expect(model.incidents).to.deep.equal([
        {
          kind: 'incident',
          id: 'n1u2l3l4s5x6',
          title: 'Intermittent timeouts on the Event API',
          impact: 'none',
          status: 'investigating',
          components: [],
          regions: [],
          startedAt: ms('2025-06-12T10:00:00Z'),
          updates: [],
        },
      ]);
    });
  });

  describe('rejection', () => {
    it('names the update whose created_at has no offset', async () => {
      const doc = await load('incidents');
      doc.incidents[3].incident_updates[0].created_at = '2025-06-02T18:00:00';
      const error = reject(doc);
      expect(error.path).to.equal('incidents[3].incident_updates[0].created_at');
      expect(error.message).to.equal(
        'incidents[3].incident_updates[0].created_at: expected an ISO 8601 date-time with offset',
      );
    });

    it('names an unknown impact', async () => {
      const doc = await load('scheduled-maintenances');
      doc.scheduled_maintenances[1].impact = 'catastrophic';
      const error = reject(doc);
      expect(error.message).to.equal(
        'scheduled_maintenances[1].impact: expected one of "none", "minor", "major", "critical", "maintenance"',
      );
    });

    it('names an unknown update status', async () => {
      const doc = await load('summary');
      doc.incidents[0].incident_updates[1].status = 'pondering';
      expect(reject(doc).path).to.equal('incidents[0].incident_updates[1].status');
    });

    it('names a maintenance status on an incident, and an incident status on a maintenance', async () => {
      const doc = await load('incidents');
      doc.incidents[0].status = 'in_progress';
      expect(reject(doc).message).to.equal(
        'incidents[0].status: expected one of "investigating", "identified", "monitoring", "resolved", "postmortem"',
      );
      const maint = await load('scheduled-maintenances');
      maint.scheduled_maintenances[0].status = 'identified';
      expect(reject(maint).message).to.equal(
        'scheduled_maintenances[0].status: expected one of "scheduled", "in_progress", "verifying", "completed", "resolved", "postmortem"',
      );
    });

    it('names a scheduled maintenance without scheduled_for', async () => {
      const doc = await load('scheduled-maintenances');
      doc.scheduled_maintenances[2].scheduled_for = null;
      expect(reject(doc).message).to.equal(
        'scheduled_maintenances[2].scheduled_for: expected string, got null',
      );
    });

    it('names a resolved_at before the start', async () => {
      const doc = await load('incidents');
      doc.incidents[3].resolved_at = '2025-05-28T13:00:00.000Z';
      expect(reject(doc).message).to.equal('incidents[3].resolved_at: expected a time after started_at');
    });

    it('names missing required fields and lists every problem', async () => {
      const doc = await load('summary');
      delete doc.page.name;
      doc.components[4].name = '  ';
      doc.incidents[1].id = '';
      const error = reject(doc);
      expect(error.issues.map((i) => i.path)).to.deep.equal([
        'page.name',
        'components[4].name',
        'incidents[1].id',
      ]);
      expect(error.message).to.equal(
        'page.name: expected string, got undefined; components[4].name: expected a non-empty string; incidents[1].id: expected a non-empty id',
      );
    });
  });
});
