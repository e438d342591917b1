// The documents `npm run bench:browser` serves (bench/browser-feeds.ts) say what the bench
// expects of them: the library reads them without an error or a warning, and the texts the bench
// waits for are the ones the elements show. The timings themselves are never tested.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  INCIDENT_TITLE,
  STATUS_DESCRIPTION,
  TIMELINE_FIRST_TITLE,
  TIMELINE_INCIDENTS,
  TIMELINE_UPDATES_EACH,
  statuspageSummary,
  timelineFeed,
} from '../../bench/browser-feeds.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedModel } from '../../src/feed/model.js';
import { bannerEntries } from '../../src/select/banner.js';
import { timelineEntries } from '../../src/select/timeline.js';
import { NO_FILTER } from '../../src/select/filter.js';

const NOW = Date.parse('2026-03-14T09:30:00Z');

/** The model of `doc` sent as JSON text, as the client reads a response; fails on any warning. */
function read(doc: unknown, format: string): FeedModel {
  const result = parseFeed(JSON.stringify(doc));
  if (!result.ok) assert.fail(`${result.error.path ?? ''} ${result.error.message}`);
  assert.equal(result.format, format);
  assert.deepEqual(result.warnings, []);
  return result.model;
}

const banner = (model: FeedModel) =>
  bannerEntries(model, { now: NOW, leadMs: 48 * 3_600_000, filter: NO_FILTER });

describe('the browser bench feeds', () => {
  it("summary.json is read by the Statuspage adapter, and the banner shows the incident's title", () => {
    const doc = statuspageSummary(NOW);
    const model = read(doc, 'statuspage');
    assert.equal(doc.status.description, STATUS_DESCRIPTION);
    assert.equal(model.incidents.length, 1);
    assert.equal(model.maintenances.length, 1);
    // Group containers are not components.
    assert.equal(model.components.length, doc.components.filter((c) => !c.group).length);
    const [first, ...rest] = banner(model);
    assert.equal(first?.kind, 'incident');
    assert.equal(first?.item.title, INCIDENT_TITLE);
    // The maintenance starts after the banner's default lead of 48 hours: the incident is alone.
    assert.deepEqual(rest, []);
  });

  it("each changed summary.json of the bench's hour is read, its newest update first", () => {
    for (let extra = 1; extra <= 7; extra++) {
      const [first] = banner(read(statuspageSummary(NOW, { extraUpdates: extra }), 'statuspage'));
      assert.equal(first?.kind, 'incident');
      if (first?.kind !== 'incident') return;
      assert.equal(first.item.title, INCIDENT_TITLE);
      assert.match(first.item.updates[0]?.body ?? '', new RegExp(`^Labels print again in ${extra} more `));
    }
  });

  it('the timeline feed has 500 incidents and 10 000 updates within 90 days, under the 1 MB response limit', () => {
    const doc = timelineFeed(NOW);
    assert.ok(Buffer.byteLength(JSON.stringify(doc)) < 1_000_000, 'the client refuses bodies over 1 MB');
    const model = read(doc, 'native');
    assert.equal(model.incidents.length, TIMELINE_INCIDENTS);
    const updates = model.incidents.reduce((sum, incident) => sum + incident.updates.length, 0);
    assert.equal(updates, TIMELINE_INCIDENTS * TIMELINE_UPDATES_EACH);
    assert.equal(updates, 10_000);
    const entries = timelineEntries(model, { now: NOW, days: 90, filter: NO_FILTER });
    assert.equal(entries.length, TIMELINE_INCIDENTS);
    assert.equal(entries[0]?.item.title, TIMELINE_FIRST_TITLE);
  });
});
