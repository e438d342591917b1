// parseFeedLazily, what the elements and the feed client read feeds with: the same results as
// parseFeed, at once for a native feed and for anything refused before conversion, a promise
// (that never rejects) for a vendor's document, and a network failure when the adapters cannot
// be loaded.
import { expect } from '@open-wc/testing';
import { parseFeed, type ParseOptions } from '../../../src/feed/parse.js';
import type { FeedFormat } from '../../../src/feed/model.js';
import {
  AdapterLoadError,
  adapterChunks,
  parseFeedLazily,
  type LazyParseResult,
} from '../../../src/feed/parse-lazily.js';
import { loadText } from '../kit/parse.js';
import { LOAD_FAILURE, loadAdapter, restoreAdapters, unloadableAdapters } from '../kit/vendor-feeds.js';

const VENDOR_FIXTURES = [
  '/test/fixtures/statuspage/summary.json',
  '/test/fixtures/statuspage/incidents.json',
  '/test/fixtures/statuspage/scheduled-maintenances.json',
  '/test/fixtures/incidentio/widget.json',
  '/test/fixtures/instatus/summary.json',
  '/test/fixtures/betterstack/index.json',
];
const NATIVE_FEEDS = ['/demo/feeds/all.json', '/demo/feeds/status-page.json', '/demo/feeds/operational.json'];

/** A result with its error as plain data (errors compare by identity and stack otherwise). */
function plain(result: LazyParseResult) {
  if (result.ok) return result;
  const { name, kind, message, path } = result.error;
  const issues = 'issues' in result.error ? result.error.issues : undefined;
  return { ok: false, error: { name, kind, message, path, issues, format: result.error.format } };
}

describe('parseFeedLazily', () => {
  afterEach(restoreAdapters);

  it('reads a native feed at once, as parseFeed does', async () => {
    for (const url of NATIVE_FEEDS) {
      const text = await loadText(url);
      const result = parseFeedLazily(text);
      expect(result, url).not.to.be.instanceOf(Promise);
      expect(result, url).to.deep.equal(parseFeed(text));
      expect(parseFeedLazily(JSON.parse(text) as unknown), url).to.deep.equal(parseFeed(text));
    }
  });

  it('refuses at once, with parseFeed’s error, what it can refuse without the adapters', () => {
    const inputs: [unknown, ParseOptions?][] = [
      ['{"version": 1,'],
      [{ hello: 'world' }],
      [{ version: 1, incidents: [{ id: 'x' }] }],
      [{ version: 1 }, { format: 'nonsense' as FeedFormat }],
    ];
    for (const [input, options] of inputs) {
      const result = parseFeedLazily(input, options);
      expect(result).not.to.be.instanceOf(Promise);
      expect(plain(result as LazyParseResult)).to.deep.equal(plain(parseFeed(input, options)));
      expect(result).to.have.property('ok', false);
    }
  });

  it('reads every vendor fixture once the adapters are loaded, to what parseFeed reads', async () => {
    for (const url of VENDOR_FIXTURES) {
      const text = await loadText(url);
      const result = parseFeedLazily(text);
      expect(result, url).to.be.instanceOf(Promise);
      expect(await result, url).to.deep.equal(parseFeed(text));
    }
  });

  it('gives a vendor document’s errors as parseFeed does, naming paths in the vendor document', async () => {
    const broken = JSON.parse(await loadText('/test/fixtures/statuspage/summary.json')) as {
      incidents: { created_at: unknown }[];
    };
    broken.incidents[0]!.created_at = 'yesterday';
    const result = await parseFeedLazily(broken);
    expect(plain(result)).to.deep.equal(plain(parseFeed(broken)));
    expect(!result.ok && result.error.path).to.equal('incidents[0].created_at');
  });

  it('reads a document as the format asked for, loading only that format’s adapter', async () => {
    const text = await loadText('/demo/feeds/operational.json');
    expect(parseFeedLazily(text, { format: 'native' })).not.to.be.instanceOf(Promise);
    const loads: string[] = [];
    adapterChunks.load = (format) => {
      loads.push(format);
      return loadAdapter(format);
    };
    const asVendor = await parseFeedLazily(text, { format: 'statuspage' });
    expect(asVendor.ok).to.equal(false);
    expect(plain(asVendor)).to.deep.equal(plain(parseFeed(text, { format: 'statuspage' })));
    expect(loads, 'the one adapter asked for').to.deep.equal(['statuspage']);
  });

  it('resolves to a network failure, never a rejection, when the adapter cannot be loaded', async () => {
    unloadableAdapters();
    const text = await loadText('/test/fixtures/instatus/summary.json');
    const result = await parseFeedLazily(text);
    expect(result.ok).to.equal(false);
    const { error } = result as Extract<typeof result, { ok: false }>;
    expect(error).to.be.instanceOf(AdapterLoadError);
    expect(error).to.include({ kind: 'network', path: '', format: 'instatus' });
    expect(error.message).to.equal(`could not load the adapter for instatus feeds (${LOAD_FAILURE})`);
    // The next feed tries again.
    restoreAdapters();
    expect((await parseFeedLazily(text)).ok).to.equal(true);
  });
});
