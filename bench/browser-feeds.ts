// The documents `npm run bench:browser` serves (bench/browser.ts), also read by
// test/node/bench-feeds.test.ts:
// - statuspageSummary(now): an Atlassian Statuspage v2 `/api/v2/summary.json` for a fictional
//   company (Fernhill Freight, shipping software), with every field Statuspage publishes: a page,
//   grouped components, one active major incident with three updates, one scheduled maintenance,
//   and the overall status. Both widgets read this same document.
// - timelineFeed(now): a native feed of 500 resolved incidents with 20 updates each (10 000 in
//   all), every one within the last 90 days of `now`, under the client's 1 MB response limit.
// Times are relative to `now` so the incident is current and the maintenance upcoming whenever
// the bench runs.

import type { FeedDocument } from '../src/feed/schema.js';

const PAGE_ID = 'fh3k8w2q9d1x';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The incident's title: what <status-banner> shows. */
export const INCIDENT_TITLE = 'Shipping labels fail for some DPD and GLS shipments';
/** The overall status: what <statuspage-widget> shows (it reads only `status`). */
export const STATUS_DESCRIPTION = 'Partial System Outage';

const iso = (ms: number) => new Date(ms).toISOString();

type ComponentStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage';

/** A component as summary.json lists it; `group` (a container's id) or `members` (a container's components). */
function component(
  id: string,
  name: string,
  position: number,
  status: ComponentStatus,
  {
    group,
    members,
    description = null,
  }: { group?: string; members?: string[]; description?: string | null } = {},
) {
  return {
    id,
    name,
    status,
    created_at: '2022-09-05T14:12:09.118Z',
    updated_at: '2022-09-05T14:12:09.118Z',
    position,
    description,
    showcase: true,
    start_date: '2022-09-05',
    group_id: group ?? null,
    page_id: PAGE_ID,
    group: Boolean(members),
    only_show_if_degraded: false,
    ...(members && { components: members }),
  };
}

const COMPONENTS = [
  component('g0shipapi001', 'Shipping API', 1, 'partial_outage', {
    members: ['c0rates00001', 'c0labels0001', 'c0track00001'],
  }),
  component('c0rates00001', 'Rate quotes', 2, 'operational', {
    group: 'g0shipapi001',
    description: 'Carrier prices and delivery estimates.',
  }),
  component('c0labels0001', 'Label printing', 3, 'partial_outage', {
    group: 'g0shipapi001',
    description: 'Shipping labels and customs forms.',
  }),
  component('c0track00001', 'Tracking webhooks', 4, 'operational', { group: 'g0shipapi001' }),
  component('c0dash000001', 'Web dashboard', 5, 'operational'),
  component('c0mobile0001', 'Warehouse scanner app', 6, 'operational'),
  component('g0integr0001', 'Integrations', 7, 'operational', {
    members: ['c0shopify001', 'c0erp0000001'],
  }),
  component('c0shopify001', 'Shopify sync', 8, 'operational', { group: 'g0integr0001' }),
  component('c0erp0000001', 'ERP connector', 9, 'operational', { group: 'g0integr0001' }),
  component('c0notify0001', 'Customer notifications', 10, 'operational', {
    description: 'Delivery e-mails and text messages to your customers.',
  }),
];
const byId = new Map(COMPONENTS.map((c) => [c.id, c]));
const componentById = (id: string) => byId.get(id)!;

function update(
  incidentId: string,
  id: string,
  status: string,
  body: string,
  at: number,
  affected: [code: string, from: ComponentStatus, to: ComponentStatus][] = [],
) {
  return {
    id,
    status,
    body,
    incident_id: incidentId,
    created_at: iso(at),
    updated_at: iso(at),
    display_at: iso(at),
    affected_components: affected.map(([code, old_status, new_status]) => ({
      code,
      name: componentById(code).name,
      old_status,
      new_status,
    })),
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}

/**
 * summary.json at `now`. `extraUpdates` adds that many later "monitoring" updates to the
 * incident: the bench's hour of polling serves a changed document every so often this way.
 */
export function statuspageSummary(now: number, { extraUpdates = 0 } = {}) {
  const started = now - 52 * MINUTE;
  const incidentId = 'in7r4c2m8v5q';
  const updates = [
    update(
      incidentId,
      'up1a9s3d5f7g',
      'investigating',
      'Some labels for DPD and GLS shipments come back with an error instead of a PDF. Other carriers are not affected. We are looking into it.',
      started + 4 * MINUTE,
      [['c0labels0001', 'operational', 'degraded_performance']],
    ),
    update(
      incidentId,
      'up2h4j6k8l0z',
      'identified',
      'A certificate used to sign requests to the two carriers expired overnight. We are rolling out a renewed one, region by region.\n\nLabels that failed can be requested again once this is fixed; the orders themselves are kept.',
      started + 21 * MINUTE,
      [['c0labels0001', 'degraded_performance', 'partial_outage']],
    ),
    update(
      incidentId,
      'up3x5c7v9b1n',
      'identified',
      'The new certificate is live in Germany and Austria and labels there print again. France, Poland and the Benelux follow within the hour.',
      started + 44 * MINUTE,
    ),
    ...Array.from({ length: extraUpdates }, (_, k) =>
      update(
        incidentId,
        `upx${String(k).padStart(9, '0')}`,
        'monitoring',
        `Labels print again in ${k + 1} more ${k === 0 ? 'country' : 'countries'}. We keep watching the error rate.`,
        started + (50 + k) * MINUTE,
      ),
    ),
  ].reverse(); // Statuspage lists updates newest first.
  const latest = updates[0]!.created_at;
  const incident = {
    id: incidentId,
    name: INCIDENT_TITLE,
    status: extraUpdates > 0 ? 'monitoring' : 'identified',
    created_at: iso(started + 4 * MINUTE),
    updated_at: latest,
    monitoring_at: extraUpdates > 0 ? updates[extraUpdates - 1]!.created_at : null,
    resolved_at: null,
    impact: 'major',
    shortlink: 'https://stspg.io/fh-labels',
    started_at: iso(started),
    page_id: PAGE_ID,
    incident_updates: updates,
    components: [componentById('c0labels0001')],
  };

  const windowStart = Math.ceil((now + 3 * 24 * HOUR) / HOUR) * HOUR;
  const maintenanceId = 'mt6y8u0i2o4p';
  const maintenance = {
    id: maintenanceId,
    name: 'Tracking history database upgrade',
    status: 'scheduled',
    created_at: iso(now - 2 * 24 * HOUR),
    updated_at: iso(now - 2 * 24 * HOUR),
    monitoring_at: null,
    resolved_at: null,
    impact: 'maintenance',
    shortlink: 'https://stspg.io/fh-db-upgrade',
    started_at: iso(now - 2 * 24 * HOUR),
    page_id: PAGE_ID,
    incident_updates: [
      update(
        maintenanceId,
        'um1q3w5e7r9t',
        'scheduled',
        'We are moving tracking history to a larger database. Tracking pages and webhooks pause for up to 20 minutes during the window; label printing and rate quotes are not affected.',
        now - 2 * 24 * HOUR,
      ),
    ],
    components: [componentById('c0track00001')],
    scheduled_for: iso(windowStart),
    scheduled_until: iso(windowStart + 2 * HOUR),
    scheduled_remind_prior: true,
    scheduled_reminded_at: null,
    impact_override: null,
    scheduled_auto_in_progress: true,
    scheduled_auto_completed: true,
  };

  return {
    page: {
      id: PAGE_ID,
      name: 'Fernhill Freight',
      url: 'https://status.fernhill-freight.example',
      time_zone: 'Europe/Berlin',
      updated_at: latest,
    },
    components: COMPONENTS,
    incidents: [incident],
    scheduled_maintenances: [maintenance],
    status: { indicator: 'major', description: STATUS_DESCRIPTION },
  };
}

/** Incidents and updates per incident of timelineFeed. */
export const TIMELINE_INCIDENTS = 500;
export const TIMELINE_UPDATES_EACH = 20;

/** The newest incident's title: the first card <incident-timeline> shows. */
export const TIMELINE_FIRST_TITLE = 'Slow rate quotes (incident 1)';

const STEPS = ['investigating', 'identified', 'monitoring'] as const;
const TOPICS = ['Slow rate quotes', 'Label errors', 'Late tracking webhooks', 'Dashboard sign-in fails'];

/**
 * A native feed of 500 resolved incidents, 20 updates each: incident i (1 is the newest) started
 * 3 hours × i before `now` and lasted 40 minutes, so all are within the 90-day history.
 */
export function timelineFeed(now: number): FeedDocument {
  const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const base = Math.floor(now / MINUTE) * MINUTE;
  return {
    version: 1,
    page: { name: 'Fernhill Freight', url: 'https://status.fernhill-freight.example' },
    components: COMPONENTS.filter((c) => !c.group).map((c) => ({
      id: c.id,
      name: c.name,
      status: 'operational' as const,
    })),
    incidents: Array.from({ length: TIMELINE_INCIDENTS }, (_, n) => {
      const i = n + 1;
      const start = base - i * 3 * HOUR;
      return {
        id: `inc-${i}`,
        title: `${TOPICS[n % TOPICS.length]!} (incident ${i})`,
        impact: (['minor', 'major', 'critical'] as const)[n % 3]!,
        status: 'resolved' as const,
        components: [COMPONENTS[1 + (n % 3)]!.id],
        startedAt: at(start),
        resolvedAt: at(start + 40 * MINUTE),
        updates: Array.from({ length: TIMELINE_UPDATES_EACH }, (_, u) => {
          const last = u === TIMELINE_UPDATES_EACH - 1;
          return {
            at: at(start + u * 2 * MINUTE),
            status: last ? ('resolved' as const) : STEPS[Math.min(2, Math.floor(u / 7))]!,
            body: last ? 'Fixed.' : `Step ${u + 1}: checking.`,
          };
        }),
      };
    }),
  };
}
