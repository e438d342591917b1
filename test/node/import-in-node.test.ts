// Importing the library on a server (SSR frameworks) must not touch the DOM or throw.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

describe('importing in Node', () => {
  it('loads the public entry points without a DOM', async () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    const main = await import('../../src/index.js');
    const feed = await import('../../src/feed/index.js');
    assert.equal(typeof main.parseFeed, 'function');
    assert.equal(feed.parseFeed, main.parseFeed);
  });

  it('parses a feed on the server', async () => {
    const { parseFeed } = await import('../../src/feed/index.js');
    const result = parseFeed({ version: 1, page: { name: 'Example' } });
    assert.ok(result.ok);
    assert.deepEqual(result.model.incidents, []);
    assert.equal(result.model.page.name, 'Example');
  });
});
