// The demo's /feeds/history.json (demo/history-feed.ts) gives a full 90-day strip on any date:
// the library reads it without a warning, nothing in it lies in the future, and the strips of
// `<component-status>` (src/select/history.ts) have incidents, maintenance and uptime throughout.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { historyFeed } from '../../demo/history-feed.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedModel } from '../../src/feed/model.js';
import { componentHistory, historyStart } from '../../src/select/history.js';

const DAY = 86_400_000;
const all = JSON.parse(readFileSync('demo/feeds/all.json', 'utf8'));

function read(now: number): FeedModel {
  const result = parseFeed(JSON.stringify(historyFeed(now, all)));
  if (!result.ok) assert.fail(`${result.error.path ?? ''} ${result.error.message}`);
  assert.deepEqual(result.warnings, []);
  return result.model;
}

// Around both 2026 clock changes in Los Angeles, a leap day, far ahead, and today.
const DATES = [
  '2026-03-09T06:00:00Z',
  '2026-11-01T23:59:00Z',
  '2028-02-29T12:00:00Z',
  '2031-07-04T00:00:00Z',
  new Date().toISOString(),
];

describe('demo history feed', () => {
  for (const date of DATES) {
    it(`on ${date}: read cleanly, all in the past, a full 90-day strip`, () => {
      const now = Date.parse(date);
      const model = read(now);
      const today = Math.floor(now / DAY) * DAY;
      for (const i of model.incidents) {
        assert.equal(i.status, 'resolved', i.id);
        assert.ok(i.resolvedAt! <= today, i.id);
      }
      for (const m of model.maintenances) if (m.endsAt !== undefined) assert.ok(m.endsAt <= today, m.id);

      const options = { now, days: 90, timeZone: 'America/Los_Angeles' };
      const strips = model.components.map((c) => componentHistory(model, c.id, options));
      for (const strip of strips) {
        assert.equal(strip.days.length, 90);
        assert.deepEqual(
          strip.days.filter((d) => d.level === 'nodata').map((d) => d.date),
          [],
          strip.componentId,
        );
      }
      const days = strips.flatMap((s) => s.days);
      const levels = new Set(days.map((d) => d.level));
      for (const level of ['critical', 'major', 'minor', 'maintenance', 'operational'] as const) {
        assert.ok(levels.has(level), level);
      }
      assert.ok(strips.filter((s) => s.days.some((d) => d.incidents.length)).length >= 12);
      const uptime = strips.filter((s) => s.source === 'uptime');
      assert.deepEqual(
        uptime.map((s) => s.componentId),
        ['ingest-api', 'public-api'],
      );
      for (const strip of uptime) {
        assert.ok(strip.uptimePercent! > 99 && strip.uptimePercent! < 100, strip.componentId);
        // Yesterday has a figure (in the page's zone, Los Angeles); today not yet.
        assert.equal(strip.days.filter((d) => d.uptime !== undefined).length >= 88, true);
      }
    });
  }

  it('says when its history begins, so a longer strip shows "no data" before it', () => {
    const now = Date.parse('2027-05-20T15:00:00Z');
    const model = read(now);
    const today = Date.parse('2027-05-20T00:00:00Z');
    assert.equal(historyStart(model), today - 120 * DAY);
    const { days } = componentHistory(model, 'dashboard', { now, days: 365, timeZone: 'UTC' });
    assert.equal(days.filter((d) => d.level === 'nodata').length, 365 - 121);
    assert.notEqual(days[365 - 121]!.level, 'nodata');
  });

  it('is the same document all day', () => {
    const morning = historyFeed(Date.parse('2027-01-10T00:00:00Z'), all);
    assert.deepEqual(historyFeed(Date.parse('2027-01-10T23:59:59Z'), all), morning);
    assert.notDeepEqual(historyFeed(Date.parse('2027-01-11T00:00:00Z'), all), morning);
  });
});
