// `npm run bench`: how long parseFeed takes on the example feeds and on a large synthetic feed
// (500 incidents, 10 000 updates), then how long each element's selection (what it shows at an
// instant, and when that changes next) takes on them, then both on the pathological feeds of
// test/browser/feed/pathological.ts, then the day strips of `<component-status>` for every
// component of a feed (50 components, 1000 incidents), in Node. Prints tables; asserts nothing.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../src/feed/parse.js';
import type { FeedDocument } from '../src/feed/schema.js';
import type { FeedModel } from '../src/feed/model.js';
import { bannerEntries, nextBannerBoundary } from '../src/select/banner.js';
import { nextNoticeBoundary, noticeEntry } from '../src/select/notice.js';
import { nextTimelineBoundary, timelineEntries } from '../src/select/timeline.js';
import { NO_FILTER } from '../src/select/filter.js';
import { componentHistory } from '../src/select/history.js';
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

// <component-status>: every component's strip, as the element computes them after each fetch.
// "fresh model" is the first computation on a newly read feed (the model's index by component is
// built then); "again" is the same strips on that model (a clock tick or a re-render).
function historyFeed(components: number, incidents: number, now: number): FeedDocument {
  const ids = Array.from({ length: components }, (_, i) => `c${i}`);
  return {
    version: 1,
    page: { name: 'Bench Co', timeZone: 'UTC' },
    components: ids.map((id, i) => ({
      id,
      name: `Component ${i}`,
      // Every fifth component has a year of daily uptime.
      ...(i % 5 === 0 && {
        uptime: Array.from({ length: 365 }, (_, d) => ({
          date: new Date(now - (365 - d) * 86_400_000).toISOString().slice(0, 10),
          percent: d % 17 ? 100 : 99.5,
        })),
      }),
    })),
    // Spread over the year before `now`, each on one to three components, lasting up to 10 hours.
    incidents: Array.from({ length: incidents }, (_, i) => {
      const start = now - 365 * 86_400_000 + Math.floor((i * 365 * 86_400_000) / incidents);
      return {
        id: `inc-${i}`,
        title: `Incident number ${i}`,
        impact: (['minor', 'major', 'critical', 'none'] as const)[i % 4]!,
        status: 'resolved' as const,
        components: ids.filter((_, c) => (c + i) % components < 1 + (i % 3)),
        startedAt: new Date(start).toISOString(),
        resolvedAt: new Date(start + ((i % 20) + 1) * 30 * 60_000).toISOString(),
      };
    }),
    maintenances: [
      ...Array.from({ length: 100 }, (_, i) => {
        const start = now - 365 * 86_400_000 + i * 3.65 * 86_400_000;
        return {
          id: `mnt-${i}`,
          title: `Window ${i}`,
          status: 'completed' as const,
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 4 * 3_600_000).toISOString(),
          components: ids.filter((_, c) => c % 10 === i % 10),
        };
      }),
      {
        id: 'weekly',
        title: 'Weekly checks',
        status: 'scheduled' as const,
        recurrence: {
          rule: 'FREQ=WEEKLY;BYDAY=SA',
          startsOn: '2020-01-04',
          time: '17:00',
          duration: 'PT5H',
          timeZone: 'America/Los_Angeles',
        },
        components: ids.filter((_, c) => c % 2 === 0),
      },
    ],
  };
}

const HISTORY_NOW = Date.parse('2026-11-25T12:00:00Z');
const strips = (feed: FeedModel, days: number, timeZone: string) =>
  feed.components.map((c) => componentHistory(feed, c.id, { now: HISTORY_NOW, days, timeZone }));
const historyFeeds: [string, FeedModel][] = [
  ['demo/feeds/all.json (14 components)', model(readFileSync('demo/feeds/all.json', 'utf8'))],
  [
    'synthetic: 50 components, 1000 incidents, 101 windows',
    model(JSON.stringify(historyFeed(50, 1000, HISTORY_NOW))),
  ],
];
const ms = (work: () => unknown) => `${time(work, 600).ms.toFixed(2)} ms`;
console.table(
  historyFeeds.flatMap(([name, feed]) =>
    [90, 365].map((days) => {
      const zone = 'America/Los_Angeles';
      return {
        feed: name,
        strips: `${feed.components.length} × ${days} days`,
        'fresh model': ms(() => strips({ ...feed }, days, zone)),
        again: ms(() => strips(feed, days, zone)),
      };
    }),
  ),
);
