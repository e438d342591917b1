// The feed's limits (FEED_LIMITS): a native feed over one is rejected with the path named; a
// vendor document is cut to them, newest items and updates kept, with a warning per cut.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/feed/parse.js';
import { FEED_LIMITS, type FeedDocument } from '../../../src/feed/schema.js';
import { accepted, loadJson, rejected, type Fixture } from '../kit/parse.js';
import { manyRecommendationsFeed } from './pathological.js';

type MaintenanceDocument = NonNullable<FeedDocument['maintenances']>[number];
type IncidentDocument = NonNullable<FeedDocument['incidents']>[number];

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const START = Date.UTC(2026, 0, 1);

function incident(i: number, extra: Partial<IncidentDocument> = {}): IncidentDocument {
  return {
    id: `i${i}`,
    title: `Incident ${i}`,
    impact: 'minor',
    status: 'resolved',
    startedAt: iso(START + i * HOUR),
    ...extra,
  };
}

function window(extra: Partial<MaintenanceDocument> = {}): MaintenanceDocument {
  return {
    id: 'upgrade',
    title: 'Upgrade',
    status: 'scheduled',
    startsAt: '2026-11-26T20:00:00Z',
    endsAt: '2026-11-26T22:00:00Z',
    ...extra,
  };
}

/** `n` days of uptime from 1 January 2026. */
const days = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ date: iso(START + i * 86_400_000).slice(0, 10), percent: 99.9 }));

const feed = (doc: Partial<FeedDocument>): FeedDocument => ({ version: 1, ...doc });

describe('feed limits', () => {
  it('are one exported object', () => {
    expect(FEED_LIMITS).to.deep.equal({
      components: 500,
      regions: 200,
      incidents: 1000,
      maintenances: 500,
      updates: 500,
      references: 500,
      entries: 100,
      title: 500,
      text: 20_000,
      id: 200,
      url: 2000,
      uptime: 366,
    });
  });

  it('accept a native feed at every limit', () => {
    const updates = Array.from({ length: 500 }, (_, u) => ({
      at: iso(START + u * 60_000),
      status: 'update' as const,
      body: 'x'.repeat(20_000),
    }));
    const result = accepted(
      parseFeed(
        feed({
          components: [{ id: 'api', name: 'API', uptime: days(366) }],
          incidents: Array.from({ length: 1000 }, (_, i) => incident(i, i ? {} : { updates })),
          maintenances: [
            window({
              title: 't'.repeat(500),
              recommendations: Array.from({ length: 100 }, (_, i) => ({ title: `Step ${i}` })),
              faq: Array.from({ length: 100 }, (_, i) => ({
                question: `Q${i}?`,
                answer: 'a'.repeat(20_000),
              })),
              availability: { available: Array.from({ length: 100 }, (_, i) => `Service ${i}`) },
            }),
          ],
        }),
      ),
    );
    expect(result.model.incidents).to.have.length(1000);
    expect(result.model.maintenances[0]!.recommendations).to.have.length(100);
    expect(result.model.components[0]!.uptime).to.have.length(366);
  });

  it('reject a native feed over one, naming the path', () => {
    const cases: [Partial<FeedDocument>, string][] = [
      [
        { incidents: Array.from({ length: 1001 }, (_, i) => incident(i)) },
        'incidents: expected at most 1000 items',
      ],
      [
        { maintenances: Array.from({ length: 501 }, (_, i) => window({ id: `m${i}` })) },
        'maintenances: expected at most 500 items',
      ],
      [
        { components: Array.from({ length: 501 }, (_, i) => ({ id: `c${i}`, name: `C${i}` })) },
        'components: expected at most 500 items',
      ],
      [
        { components: [{ id: 'api', name: 'API', uptime: days(367) }] },
        'components[0].uptime: expected at most 366 items',
      ],
      [
        { regions: Array.from({ length: 201 }, (_, i) => ({ id: `r${i}`, name: `R${i}` })) },
        'regions: expected at most 200 items',
      ],
      [
        {
          incidents: [
            incident(0, {
              updates: Array.from({ length: 501 }, (_, u) => ({
                at: iso(START + u * 60_000),
                status: 'update' as const,
                body: 'More.',
              })),
            }),
          ],
        },
        'incidents[0].updates: expected at most 500 items',
      ],
      [
        { incidents: [incident(0, { title: 't'.repeat(501) })] },
        'incidents[0].title: expected at most 500 characters',
      ],
      [
        { maintenances: [window({ summary: 's'.repeat(20_001) })] },
        'maintenances[0].summary: expected at most 20000 characters',
      ],
      [
        { maintenances: [window({ faq: [{ question: 'Why?', answer: 'a'.repeat(20_001) }] })] },
        'maintenances[0].faq[0].answer: expected at most 20000 characters',
      ],
      [
        { maintenances: [window({ availability: { unavailable: Array.from({ length: 101 }, () => 'x') } })] },
        'maintenances[0].availability.unavailable: expected at most 100 items',
      ],
      [
        { maintenances: [window({ components: Array.from({ length: 501 }, (_, i) => `c${i}`) })] },
        'maintenances[0].components: expected at most 500 items',
      ],
      [
        { maintenances: [window({ url: `https://example.com/${'x'.repeat(2000)}` })] },
        'maintenances[0].url: expected at most 2000 characters',
      ],
    ];
    for (const [doc, message] of cases) expect(rejected(parseFeed(feed(doc))).message).to.equal(message);
  });

  it('reject the window with 10,000 recommendations', () => {
    const error = rejected(parseFeed(JSON.stringify(manyRecommendationsFeed())));
    expect(error.path).to.equal('maintenances[0].recommendations');
    expect(error.message).to.equal('maintenances[0].recommendations: expected at most 100 items');
  });

  it('count text after trimming, as the feed is shown', () => {
    const padded = `  ${'t'.repeat(500)}\n`;
    expect(
      accepted(parseFeed(feed({ incidents: [incident(0, { title: padded })] }))).model.incidents[0]!.title,
    ).to.have.length(500);
  });
});

describe('feed limits: vendor documents are cut, not refused', () => {
  let incidents: Fixture;
  let summary: Fixture;
  before(async () => {
    incidents = await loadJson('/test/fixtures/statuspage/incidents.json');
    summary = await loadJson('/test/fixtures/statuspage/summary.json');
  });

  it('keep the newest incidents', () => {
    const doc = structuredClone(incidents);
    const model = doc.incidents[0];
    doc.incidents = Array.from({ length: 1200 }, (_, i) => ({
      ...structuredClone(model),
      id: `inc${i}`,
      // Oldest last, except one old one first: order in the document is not age.
      started_at: iso(START + (i === 0 ? -10 : 1200 - i) * HOUR),
      created_at: iso(START + (i === 0 ? -10 : 1200 - i) * HOUR),
    }));
    const result = accepted(parseFeed(doc));
    expect(result.format).to.equal('statuspage');
    expect(result.model.incidents).to.have.length(1000);
    const ids = new Set(result.model.incidents.map((i) => i.id));
    expect(ids.has('inc0'), 'the oldest one').to.equal(false);
    expect(ids.has('inc1') && ids.has('inc1000'), 'the newest ones').to.equal(true);
    expect(ids.has('inc1001'), 'older than the newest 1000').to.equal(false);
    expect(result.warnings).to.deep.include({
      path: 'incidents',
      message: "kept the newest 1000 of 1200 (the feed's limit)",
    });
  });

  it('keep the newest updates, and cut long texts', () => {
    const doc = structuredClone(incidents);
    const first = doc.incidents[0];
    const update = first.incident_updates[0];
    first.incident_updates = Array.from({ length: 600 }, (_, u) => ({
      ...structuredClone(update),
      id: `u${u}`,
      body: u === 599 ? 'b'.repeat(25_000) : `Update ${u}`,
      created_at: iso(START + u * 60_000),
      display_at: iso(START + u * 60_000),
    }));
    first.name = `${'n'.repeat(600)}`;
    const result = accepted(parseFeed(doc));
    const cut = result.model.incidents.find((i) => i.id === first.id)!;
    expect(cut.updates).to.have.length(500);
    expect(cut.updates[0]!.at).to.equal(START + 599 * 60_000);
    expect(cut.updates[499]!.at).to.equal(START + 100 * 60_000);
    expect(cut.updates[0]!.body).to.have.length(20_000);
    expect(cut.updates[0]!.body.endsWith('b…')).to.equal(true);
    expect(cut.title).to.have.length(500);
    expect(cut.title.endsWith('…')).to.equal(true);
    const paths = result.warnings.map((w) => w.path);
    expect(paths).to.include.members(['incidents[0].updates', 'incidents[0].title']);
  });

  it('keep the first components', () => {
    const doc = structuredClone(summary);
    const component = doc.components.find((c: Fixture) => !c.group);
    doc.components = Array.from({ length: 700 }, (_, i) => ({
      ...structuredClone(component),
      id: `comp${i}`,
      name: `Component ${i}`,
      group_id: null,
    }));
    const result = accepted(parseFeed(doc));
    expect(result.model.components).to.have.length(500);
    expect(result.model.components[499]!.id).to.equal('comp499');
  });
});
