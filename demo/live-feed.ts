/**
 * A native feed that changes while the demo runs: an incident walks through investigating →
 * identified → monitoring → resolved on a six-minute cycle, and a short maintenance window
 * opens and closes inside each cycle, so phase changes can be watched live.
 */
import type { FeedDocument } from '../src/feed/schema.js';

const CYCLE = 6 * 60_000;
const STEPS = [
  {
    after: 0,
    status: 'investigating',
    body: 'Exports from the reports page are failing for some workspaces. We are looking into it.',
  },
  {
    after: 90_000,
    status: 'identified',
    body: 'A full disk on one export worker is the cause. We are moving jobs to healthy workers.',
  },
  {
    after: 180_000,
    status: 'monitoring',
    body: 'Exports are completing again. We are watching the queue drain.',
  },
  {
    after: 270_000,
    status: 'resolved',
    body: 'The export queue is empty and every delayed export has been delivered.',
  },
] as const;

export function liveFeed(now: number, page: FeedDocument['page']): FeedDocument {
  const cycleStart = now - (now % CYCLE);
  const steps = STEPS.filter((step) => cycleStart + step.after <= now);
  const latest = steps[steps.length - 1] ?? STEPS[0];
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    version: 1,
    page: { ...page, updatedAt: iso(cycleStart + latest.after) },
    components: [
      { id: 'reports', name: 'Reports', status: latest.status === 'resolved' ? 'operational' : 'degraded' },
    ],
    incidents: [
      {
        id: `live-${cycleStart}`,
        title: 'Report exports delayed',
        impact: 'minor',
        status: latest.status,
        components: ['reports'],
        startedAt: iso(cycleStart),
        ...(latest.status === 'resolved' && { resolvedAt: iso(cycleStart + latest.after) }),
        updates: steps.map((step) => ({
          at: iso(cycleStart + step.after),
          status: step.status,
          body: step.body,
        })),
      },
    ],
    maintenances: [
      {
        id: `live-window-${cycleStart}`,
        title: 'Reports index rebuild',
        summary: 'Reports may load slowly for two minutes while their search index is rebuilt.',
        status: 'scheduled',
        impact: 'minor',
        startsAt: iso(cycleStart + 3 * 60_000),
        endsAt: iso(cycleStart + 5 * 60_000),
        components: ['reports'],
      },
    ],
  };
}
