// Property tests: whatever arrives, parseFeed returns a model or a FeedError — never throws,
// never hangs — and the format it is told to use does not change that.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../../src/feed/parse.js';
import { FeedError } from '../../../src/feed/errors.js';
import { FEED_FORMATS, type FeedFormat, type ParseResult } from '../../../src/feed/model.js';
import { loadJson } from '../helpers.js';

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
    expect(result.model.page.name).to.be.a('string');
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
