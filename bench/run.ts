// `npm run bench`: how long parseFeed takes on the example feeds and on a large synthetic feed
// (500 incidents, 10 000 updates), then how long each element's selection (what it shows at an
// instant, and when that changes next) takes on them, then both on the pathological feeds of
// test/browser/feed/pathological.ts, in Node. Prints tables; asserts nothing.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../src/feed/parse.js';
import type { FeedDocument } from '../src/feed/schema.js';
import type { FeedModel } from '../src/feed/model.js';
import { bannerEntries, nextBannerBoundary } from '../src/select/banner.js';
import { nextNoticeBoundary, noticeEntry } from '../src/select/notice.js';
import { nextTimelineBoundary, timelineEntries } from '../src/select/timeline.js';
import { NO_FILTER } from '../src/select/filter.js';
import {
  PATHOLOGICAL_NOW,
  hugeCountFeed,
  manyRecommendationsFeed,
  neverFeed,
  ordinaryFeed,
} from '../test/browser/feed/pathological.js';

function largeFeed(incidents: number, updatesEach: number): FeedDocument {
  const start = Date.UTC(2026, 0, 1);
  return {
    version: 1,
    page: { name: 'Bench Co' },
    components: Array.from({ length: 40 }, (_, i) => ({
      id: `c${i}`,
      name: `Component ${i}`,
      status: 'operational' as const,
    })),
    incidents: Array.from({ length: incidents }, (_, i) => ({
      id: `inc-${i}`,
      title: `Incident number ${i}`,
      impact: (['minor', 'major', 'critical', 'none'] as const)[i % 4]!,
      status: 'resolved' as const,
      components: [`c${i % 40}`],
      startedAt: new Date(start + i * 3_600_000).toISOString(),
      updates: Array.from({ length: updatesEach }, (_, u) => ({
        at: new Date(start + i * 3_600_000 + u * 60_000).toISOString(),
        status: u === updatesEach - 1 ? ('resolved' as const) : ('investigating' as const),
        body: `Update ${u} for incident ${i}: we are still looking at the cause and will write again soon.`,
      })),
    })),
  };
}

function measure(name: string, text: string, minMs = 400) {
  parseFeed(text); // warm up
  let runs = 0;
  const begin = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || runs < 3) {
    const result = parseFeed(text);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    runs++;
    elapsed = performance.now() - begin;
  }
  return {
    feed: name,
    'size (KB)': (text.length / 1000).toFixed(1),
    runs,
    'ms per parse': (elapsed / runs).toFixed(3),
  };
}

const rows = ['operational', 'maintenance-notice', 'incident-resolved', 'status-page', 'all'].map((name) =>
  measure(`demo/feeds/${name}.json`, readFileSync(`demo/feeds/${name}.json`, 'utf8')),
);
rows.push(measure('synthetic: 500 incidents, 10 000 updates', JSON.stringify(largeFeed(500, 20)), 1500));
const statuspage = readFileSync('test/fixtures/statuspage/incidents.json', 'utf8');
rows.push(measure('statuspage incidents.json (adapter)', statuspage));
console.table(rows);

/** Runs `work` for at least `minMs` (and 3 times), after a warm-up; milliseconds per run. */
function time(work: () => unknown, minMs = 300): { runs: number; ms: number } {
  work();
  let runs = 0;
  const begin = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || runs < 3) {
    work();
    runs++;
    elapsed = performance.now() - begin;
  }
  return { runs, ms: elapsed / runs };
}

function model(text: string): FeedModel {
  const result = parseFeed(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.model;
}

const feeds: [string, FeedModel, number][] = [
  [
    'demo/feeds/all.json',
    model(readFileSync('demo/feeds/all.json', 'utf8')),
    Date.parse('2026-11-25T12:00:00Z'),
  ],
  [
    'synthetic: 500 incidents, 10 000 updates',
    model(JSON.stringify(largeFeed(500, 20))),
    // A day after the last incident: all 500 are within the 90-day history.
    Date.UTC(2026, 0, 1) + 524 * 3_600_000,
  ],
];
const selections = feeds.flatMap(([name, feed, now]) => {
  const banner = { now, leadMs: 48 * 3_600_000, filter: NO_FILTER };
  const notice = { now, filter: NO_FILTER };
  const timeline = { now, days: 90, filter: NO_FILTER, includeMaintenance: true };
  return (
    [
      ['<status-banner>', () => (bannerEntries(feed, banner), nextBannerBoundary(feed, banner))],
      ['<maintenance-notice>', () => (noticeEntry(feed, notice), nextNoticeBoundary(feed, notice))],
      ['<incident-timeline>', () => (timelineEntries(feed, timeline), nextTimelineBoundary(feed, timeline))],
    ] as const
  ).map(([element, work]) => {
    const { runs, ms } = time(work);
    return { feed: name, element, runs, 'µs per selection': (ms * 1000).toFixed(1) };
  });
});
console.table(selections);

// Pathological feeds: parse; parse and then all three elements' selections on the fresh model (what
// a page with three elements does after each fetch: expansion included); then each element's
// selection again on that model (as its boundary timers and clock ticks do). A run that takes
// longer than a second is reported alone, not repeated.
function timeOnce(work: () => unknown): string {
  const begin = performance.now();
  work();
  const first = performance.now() - begin;
  const ms = first > 1000 ? first : time(work, 200).ms;
  return ms >= 10 ? `${ms.toFixed(0)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}

const pathological: [string, FeedDocument][] = [
  ['50 × FREQ=DAILY;COUNT=999999 from 0001-01-01', hugeCountFeed()],
  ['50 rules that never match', neverFeed()],
  ['200 ordinary recurring windows', ordinaryFeed()],
  ['1 window, 10 000 recommendations', manyRecommendationsFeed()],
];
const now = PATHOLOGICAL_NOW;
const bannerOptions = { now, leadMs: 48 * 3_600_000, filter: NO_FILTER };
const noticeOptions = { now, filter: NO_FILTER };
const timelineOptions = { now, days: 90, filter: NO_FILTER, includeMaintenance: true };
const banner = (feed: FeedModel) => [
  bannerEntries(feed, bannerOptions),
  nextBannerBoundary(feed, bannerOptions),
];
const notice = (feed: FeedModel) => [
  noticeEntry(feed, noticeOptions),
  nextNoticeBoundary(feed, noticeOptions),
];
const timeline = (feed: FeedModel) => [
  timelineEntries(feed, timelineOptions),
  nextTimelineBoundary(feed, timelineOptions),
];
console.table(
  pathological.map(([name, doc]) => {
    const text = JSON.stringify(doc);
    const result = parseFeed(text);
    const row: Record<string, string> = {
      feed: name,
      'size (KB)': (text.length / 1000).toFixed(1),
      parse: timeOnce(() => parseFeed(text)),
      result: result.ok ? 'accepted' : `rejected: ${result.error.message.slice(0, 60)}`,
    };
    if (!result.ok) return row;
    row['parse + 3 selections'] = timeOnce(() => {
      const fresh = parseFeed(text);
      if (fresh.ok) [banner, notice, timeline].forEach((select) => select(fresh.model));
    });
    row['<status-banner> again'] = timeOnce(() => banner(result.model));
    row['<maintenance-notice> again'] = timeOnce(() => notice(result.model));
    row['<incident-timeline> again'] = timeOnce(() => timeline(result.model));
    return row;
  }),
);
