// Property tests: whatever arrives, parseFeed returns a model or a FeedError — never throws,
// never hangs — and the format it is told to use does not change that.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../../src/feed/parse.js';
import { FeedError } from '../../../src/feed/errors.js';
import { FEED_FORMATS, type FeedFormat, type FeedModel, type ParseResult } from '../../../src/feed/model.js';
import { bannerEntries, nextBannerBoundary } from '../../../src/select/banner.js';
import { NO_FILTER } from '../../../src/select/filter.js';
import { nextNoticeBoundary, noticeEntry } from '../../../src/select/notice.js';
import { nextTimelineBoundary, timelineEntries } from '../../../src/select/timeline.js';
import { currentOrNextOccurrence } from '../../../src/time/recurrence.js';
import { accepted, loadJson, rejected } from '../kit/parse.js';
import {
  PATHOLOGICAL_NOW,
  hugeCountFeed,
  manyRecommendationsFeed,
  neverFeed,
  ordinaryFeed,
} from './pathological.js';

const FIXTURES = [
  '/demo/feeds/all.json',
  '/test/fixtures/statuspage/summary.json',
  '/test/fixtures/statuspage/incidents.json',
  '/test/fixtures/incidentio/widget.json',
  '/test/fixtures/instatus/summary.json',
  '/test/fixtures/betterstack/index.json',
];

function wellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(result.model.incidents).to.be.an('array');
    expect(result.model.maintenances).to.be.an('array');
    // Only `version` is required: the page, and its name, only when the feed gives them.
    expect(result.model.page).to.be.an('object');
    if (result.model.page.name !== undefined)
      expect(result.model.page.name).to.be.a('string').and.not.equal('');
  } else {
    expect(result.error).to.be.instanceOf(FeedError);
    expect(['parse', 'schema']).to.include(result.error.kind);
    expect(result.error.message).to.be.a('string').and.not.equal('');
    expect(result.error.issues.length).to.be.greaterThan(0);
  }
}

function parseNeverThrows(input: unknown, format?: FeedFormat): void {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseFeed(input, { format });
  }).not.to.throw();
  wellFormed(result!);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'duplicate' };

const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value under `key` of an array or object; `paths` only names keys that exist. */
function child(value: Json, key: string | number): Json {
  const found = Array.isArray(value) ? value[Number(key)] : isObject(value) ? value[key] : undefined;
  if (found === undefined) throw new Error(`no ${String(key)} in ${JSON.stringify(value)}`);
  return found;
}

function mutate(doc: Json, path: (string | number)[], mutation: Mutation): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = child(parent, key);
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (mutation.kind === 'set') parent[index] = mutation.value;
    else if (mutation.kind === 'delete') parent.splice(index, 1);
    else parent.push(structuredClone(child(parent, index)));
  } else if (isObject(parent)) {
    if (mutation.kind === 'set') parent[last] = mutation.value;
    else if (mutation.kind === 'delete') delete parent[last];
    else parent[`${String(last)}_copy`] = structuredClone(child(parent, last));
  }
  return copy;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.constantFrom<Json>(
      '',
      'x',
      '2026-13-45T99:99:99Z',
      'javascript:alert(1)',
      -1,
      1e308,
      null,
      [],
      {},
      'FREQ=YEARLY',
    ),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'duplicate' as const }),
);

const formatArb = fc.option(fc.constantFrom(...FEED_FORMATS), { nil: undefined });

describe('parseFeed properties', function () {
  this.timeout(60_000);
  let documents: Json[] = [];

  before(async () => {
    // The fixtures are JSON files, so what they parse to is a Json value.
    documents = (await Promise.all(FIXTURES.map((url) => loadJson(url)))) as Json[];
    // And two of the valid feeds that used to freeze the page (see pathological.ts).
    documents.push(hugeCountFeed(5) as Json, neverFeed(5) as Json);
  });

  it('returns a model or a FeedError for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), formatArb, (value, format) => parseNeverThrows(value, format)),
      { numRuns: 300 },
    );
  });

  it('returns a model or a FeedError for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), formatArb, (text, format) => parseNeverThrows(text, format)),
      {
        numRuns: 300,
      },
    );
  });

  it('returns a model or a FeedError for every mutation of a valid feed, in any format', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: FIXTURES.length - 1 }),
        fc.nat(),
        mutationArb,
        formatArb,
        (which, pick, mutation, format) => {
          const doc = documents[which]!;
          const all = paths(doc);
          const mutated = mutate(doc, all[pick % all.length]!, mutation);
          parseNeverThrows(mutated, format);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('reports truncated JSON text as a parse error', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: FIXTURES.length - 1 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (which, fraction) => {
          const text = JSON.stringify(documents[which]);
          const cut = text.slice(0, Math.floor(text.length * fraction));
          const result = parseFeed(cut);
          expect(result.ok).to.equal(false);
          if (!result.ok) expect(result.error.kind).to.equal('parse');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('accepts every unmodified fixture in its detected format', () => {
    for (const doc of documents) {
      const result = parseFeed(doc);
      expect(result.ok, result.ok ? '' : result.error.message).to.equal(true);
    }
  });
});

/** What the banner, the notice and the timeline select at `now`, and when each changes next. */
function select(model: FeedModel, now: number) {
  const banner = { now, leadMs: 48 * 3_600_000, filter: NO_FILTER };
  const notice = { now, filter: NO_FILTER };
  const timeline = { now, days: 90, filter: NO_FILTER, includeMaintenance: true };
  return {
    banner: bannerEntries(model, banner),
    bannerNext: nextBannerBoundary(model, banner),
    notice: noticeEntry(model, notice),
    noticeNext: nextNoticeBoundary(model, notice),
    timeline: timelineEntries(model, timeline),
    timelineNext: nextTimelineBoundary(model, timeline),
  };
}

// The feeds of pathological.ts blocked the main thread for seconds (50 × COUNT=999999 from the
// year 1: about 10 s per element in Chromium). No timing is asserted: they must simply be read
// and selected from within the test runner's default timeout, and correctly.
describe('parseFeed and selection on pathological feeds', () => {
  const now = PATHOLOGICAL_NOW; // 2026-11-25T12:00Z
  const nextStart = Date.UTC(2026, 10, 26, 1, 0); // 02:00 CET on the 26th

  it('50 windows of FREQ=DAILY;COUNT=999999 from the year 1', () => {
    const { model } = accepted(parseFeed(JSON.stringify(hugeCountFeed())));
    const shown = select(model, now);
    expect(shown.banner).to.have.length(50);
    for (const entry of shown.banner) {
      expect(entry.phase).to.equal('upcoming');
      expect(entry.kind === 'maintenance' && entry.window).to.deep.equal({
        startsAt: nextStart,
        endsAt: nextStart + 2 * 3_600_000,
      });
    }
    expect(shown.bannerNext).to.equal(nextStart);
    expect(shown.notice?.item.id).to.equal('w0');
    expect(shown.notice?.phase).to.equal('upcoming');
    expect(shown.noticeNext).to.equal(nextStart);
    expect(shown.timeline).to.deep.equal([]);
    expect(shown.timelineNext).to.equal(nextStart);
    // During the window, every element agrees it is in progress.
    const during = select(model, nextStart + 1);
    expect(during.banner.map((e) => e.phase)).to.deep.equal(Array(50).fill('in_progress'));
    expect(during.timeline).to.have.length(50);
    expect(during.notice?.phase).to.equal('in_progress');
  });

  it('50 windows whose rules never match', () => {
    const { model } = accepted(parseFeed(JSON.stringify(neverFeed())));
    for (const at of [now, -6e13 /* the year 68 */, Date.UTC(9000, 0, 1)]) {
      const shown = select(model, at);
      expect(shown.banner).to.deep.equal([]);
      expect(shown.notice).to.equal(undefined);
      expect(shown.timeline).to.deep.equal([]);
      expect([shown.bannerNext, shown.noticeNext, shown.timelineNext]).to.deep.equal([
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('200 ordinary recurring windows', () => {
    const { model } = accepted(parseFeed(JSON.stringify(ordinaryFeed())));
    expect(model.maintenances).to.have.length(200);
    const shown = select(model, now);
    // The banner lists exactly the windows in progress or starting within 48 hours.
    const expected = model.maintenances.filter((m) => {
      const next = currentOrNextOccurrence(m.recurrence!, now);
      return next !== undefined && next.startsAt - now <= 48 * 3_600_000;
    });
    expect(shown.banner.map((e) => e.item.id).sort()).to.deep.equal(expected.map((m) => m.id).sort());
    expect(shown.banner.length).to.be.greaterThan(20);
    // The timeline changes next when a window starts, or one in progress ends.
    const instants = model.maintenances.flatMap((m) => {
      const next = currentOrNextOccurrence(m.recurrence!, now);
      return next ? [next.startsAt, next.endsAt] : [];
    });
    expect(shown.timelineNext).to.equal(Math.min(...instants.filter((t) => t > now)));
  });

  it('one window with 10,000 recommendations: rejected by the limit', () => {
    const error = rejected(parseFeed(JSON.stringify(manyRecommendationsFeed())));
    expect(error.path).to.equal('maintenances[0].recommendations');
  });
});
