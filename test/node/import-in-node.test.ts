// Importing the library on a server (SSR frameworks) must not touch the DOM or throw. The built
// entry points, as packed, are imported in Node by package.test.ts.
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

  it('loads status-widgets/cdn as Node resolves it (src/cdn.ts): the API and the elements', async () => {
    const cdn = await import('../../src/cdn.js');
    assert.equal(typeof cdn.FeedError, 'function');
    // Not the functions that read a feed in any format: they would load every vendor adapter.
    assert.equal('parseFeed' in cdn, false);
    assert.equal(customElements.get('status-banner'), cdn.StatusBanner);
    assert.equal(customElements.get('maintenance-notice'), cdn.MaintenanceNotice);
    assert.equal(customElements.get('incident-timeline'), cdn.IncidentTimeline);
    assert.equal(customElements.get('status-indicator'), cdn.StatusIndicator);
    assert.equal(customElements.get('component-status'), cdn.ComponentStatusElement);
  });

  it('parses a feed on the server', async () => {
    const { parseFeed } = await import('../../src/feed/index.js');
    const result = parseFeed({ version: 1, page: { name: 'Example' } });
    assert.ok(result.ok);
    assert.deepEqual(result.model.incidents, []);
    assert.equal(result.model.page.name, 'Example');
  });
});
