/**
 * Feeds the examples compute in the page instead of fetching, so they work from any static
 * host: `data-feed="live"` (an incident and a short window on a six-minute cycle, recomputed
 * every 15 seconds), `data-feed="history"` (four months of history that end yesterday),
 * `data-feed="critical"` (all.json with its active incident raised to critical, the one impact
 * the example feeds do not have open) and `data-feed="invalid"` (a document no element can read,
 * for the `show-errors` examples). Each goes in through the element's `feed` property.
 */
import all from '../../demo/feeds/all.json';
import { historyFeed } from '../../demo/history-feed.js';
import { liveFeed } from '../../demo/live-feed.js';
import type { FeedDocument } from '../../src/feed/schema.js';

const base = all as unknown as Required<FeedDocument>;
const FEEDS: Record<string, () => unknown> = {
  live: () => liveFeed(Date.now(), base.page),
  history: () => historyFeed(Date.now(), base),
  critical: () => ({
    ...base,
    incidents: base.incidents.map((incident) =>
      incident.status === 'resolved' ? incident : { ...incident, impact: 'critical' as const },
    ),
  }),
  invalid: () => ({ version: 2, incidents: 'none' }),
};

function apply(which?: string): void {
  for (const element of document.querySelectorAll<HTMLElement & { feed?: unknown }>('[data-feed]')) {
    const name = element.dataset.feed!;
    if (which && name !== which) continue;
    const make = FEEDS[name];
    if (make) element.feed = make();
    else console.warn(`data-feed="${name}": no such feed (live, history, critical, invalid)`);
  }
}

export function startFeeds(): void {
  apply();
  if (document.querySelector('[data-feed="live"]')) setInterval(() => apply('live'), 15_000);
}
