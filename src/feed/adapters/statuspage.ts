/**
 * Atlassian Statuspage public API v2 (also served in the same shape by other vendors).
 * Reads `summary.json`, `incidents.json` and `scheduled-maintenances.json`, and any other
 * `/api/v2/` document with a `page` and one of the lists below.
 *
 * Only the fields listed here are read; everything else is ignored, and `null` is accepted
 * wherever a field is optional. Problems name paths in the Statuspage document
 * (`incidents[3].incident_updates[0].created_at`).
 *
 * Mapping to the native format:
 * - `page`: `name`; `url` only if it is an http(s) URL; `time_zone` → `timeZone` only if it is
 *   an IANA zone the engine knows; `updated_at` → `updatedAt`. `status` (`indicator`,
 *   `description`) is not read, so the undocumented `maintenance` indicator is harmless.
 * - `components`: group containers (`group: true`) are not components; their `name` becomes
 *   the `group` of the components whose `group_id` points at them. Status
 *   `operational` → operational, `degraded_performance` → degraded, `partial_outage`,
 *   `major_outage` as is, `under_maintenance` → maintenance; any other value is an error.
 *   All are kept (`only_show_if_degraded` and `showcase` are ignored). A document without a
 *   top-level `components` list (incidents.json, scheduled-maintenances.json) gets one built
 *   from the component objects embedded in its items, so affected components have names.
 * - Items of `incidents` without `scheduled_for` are incidents: `name` → `title`; `impact`
 *   `none|minor|major|critical` (the undocumented `maintenance` → minor); `status`
 *   `investigating|identified|monitoring|resolved` (`postmortem` → resolved);
 *   `startedAt` = `started_at ?? created_at`; `resolvedAt` = `resolved_at`, only while the
 *   incident is resolved (a reopened incident keeps a stale `resolved_at`), and a
 *   `resolved_at` before the start is an error; `url` = `shortlink` if it is an http(s) URL;
 *   `components` = the ids of the embedded component objects. `reportUrl` (the post-incident
 *   review) when the incident has one (status `postmortem`, or a `postmortem_published_at` or
 *   `postmortem_body`): Statuspage publishes the review on the incident's page and its API has no
 *   link of its own for it, so this is `shortlink`, else `{page.url}/incidents/{id}`. A
 *   `postmortem_body` no `postmortem` update carries becomes one, at `postmortem_published_at`
 *   (else `resolved_at`); Statuspage writes it as Markdown, shown here as plain text.
 * - Items of `scheduled_maintenances`, and items of `incidents` with a `scheduled_for`
 *   (incidents.json lists maintenances too), are maintenances: `status`
 *   `scheduled|in_progress|verifying|completed` (`resolved`, `postmortem` → completed);
 *   `impact` as above (`maintenance` → minor); `startsAt` = `scheduled_for`; `endsAt` =
 *   `scheduled_until`, or `scheduled_for` + 1 hour when that is missing or not after the
 *   start; `summary` = the body of the oldest update; `url`, `components` as for incidents.
 *   An incident status on a maintenance (or the reverse) is an error.
 * - `incident_updates` → `updates`: `status` as written (both lifecycles), `at` =
 *   `display_at ?? created_at`, `body`. Updates with an empty body (common: a status change
 *   posted without text) are skipped; the item's own status still says where it stands.
 *   Statuspage lists updates newest first; the native parser orders them anyway.
 * - An item listed twice (same id, e.g. in both lists) is read once, the first time.
 */
import * as z from 'zod/mini';
import type { FeedDocument } from '../schema.js';
import { isTimeZone, parseInstant } from '../instant.js';
import { validate } from '../validate.js';
import type { Adapter } from './adapter.js';
import { isStatuspage } from './detect.js';
import { instant, link, nullish, text } from './foreign.js';

type Native = Required<FeedDocument>;

const COMPONENT_STATUS = {
  operational: 'operational',
  degraded_performance: 'degraded',
  partial_outage: 'partial_outage',
  major_outage: 'major_outage',
  under_maintenance: 'maintenance',
} as const;
const INCIDENT_STATUS = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  postmortem: 'resolved',
} as const;
const MAINTENANCE_STATUS = {
  scheduled: 'scheduled',
  in_progress: 'in_progress',
  verifying: 'verifying',
  completed: 'completed',
  resolved: 'completed',
  postmortem: 'completed',
} as const;
type IncidentStatus = keyof typeof INCIDENT_STATUS;
type MaintenanceStatus = keyof typeof MAINTENANCE_STATUS;

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
// Statuspage ids are always strings, so this is stricter than the shared `id` (and says so).
const id = () => z.string().check(z.minLength(1, 'expected a non-empty id'), z.maxLength(200));
const componentStatus = z.enum(keys(COMPONENT_STATUS));
const itemStatus = () =>
  z.enum([
    'investigating',
    'identified',
    'monitoring',
    'resolved',
    'postmortem',
    'scheduled',
    'in_progress',
    'verifying',
    'completed',
  ]);

const ComponentRef = z.object({
  id: id(),
  name: nullish(z.string()),
  status: nullish(componentStatus),
  group: nullish(z.boolean()),
  group_id: nullish(z.string()),
});

const Component = z.object({
  id: id(),
  name: text(),
  status: componentStatus,
  group: nullish(z.boolean()),
  group_id: nullish(z.string()),
});

const Update = z.object({
  status: itemStatus(),
  body: nullish(z.string()),
  created_at: instant(),
  display_at: nullish(instant()),
});

const oneOf = (o: object) =>
  `expected one of ${Object.keys(o)
    .map((k) => JSON.stringify(k))
    .join(', ')}`;

const item = (maintenance: boolean) =>
  z
    .object({
      id: id(),
      name: text(),
      status: itemStatus(),
      impact: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
      created_at: instant(),
      started_at: nullish(instant()),
      resolved_at: nullish(instant()),
      scheduled_for: maintenance ? instant() : nullish(instant()),
      scheduled_until: nullish(instant()),
      shortlink: nullish(z.string()),
      postmortem_body: nullish(z.string()),
      postmortem_published_at: nullish(instant()),
      components: nullish(z.array(ComponentRef)),
      incident_updates: nullish(z.array(Update)),
    })
    .check(
      z.superRefine((i, ctx) => {
        const statuses = i.scheduled_for ? MAINTENANCE_STATUS : INCIDENT_STATUS;
        if (!(i.status in statuses)) {
          ctx.issues.push({ code: 'custom', path: ['status'], message: oneOf(statuses), input: i.status });
        } else if (
          !i.scheduled_for &&
          i.resolved_at &&
          INCIDENT_STATUS[i.status as IncidentStatus] === 'resolved'
        ) {
          const start = i.started_at ? 'started_at' : 'created_at';
          if (parseInstant(i.resolved_at)! < parseInstant(i[start] ?? '')!) {
            ctx.issues.push({
              code: 'custom',
              path: ['resolved_at'],
              message: `expected a time after ${start}`,
              input: i.resolved_at,
            });
          }
        }
      }),
    );

const StatuspageSchema = z.object({
  page: z.object({
    name: text(),
    url: nullish(z.string()),
    time_zone: nullish(z.string()),
    updated_at: nullish(instant()),
  }),
  components: nullish(z.array(Component)),
  incidents: nullish(z.array(item(false))),
  scheduled_maintenances: nullish(z.array(item(true))),
});

type Item = z.output<ReturnType<typeof item>>;
type Ref = z.output<typeof ComponentRef>;

function updates(i: Item): { at: string; status: Item['status']; body: string }[] {
  const list = (i.incident_updates ?? []).flatMap((u) =>
    u.body?.trim() ? [{ at: u.display_at ?? u.created_at, status: u.status, body: u.body }] : [],
  );
  // The review's text, when no update already carries it, as the review's update.
  const at = i.postmortem_published_at ?? i.resolved_at;
  if (!i.scheduled_for && i.postmortem_body?.trim() && at && !list.some((u) => u.status === 'postmortem')) {
    list.push({ at, status: 'postmortem', body: i.postmortem_body });
  }
  return list;
}

/**
 * Where an incident's post-incident review is read, when it has one (status `postmortem`, a
 * `postmortem_published_at` or a `postmortem_body`): Statuspage publishes it on the incident's
 * own page, so its `shortlink`, else `{page.url}/incidents/{id}`. The API has no link of its own
 * for the review.
 */
function reportUrl(i: Item, pageUrl: string | undefined): string | undefined {
  if (i.status !== 'postmortem' && !i.postmortem_published_at && !i.postmortem_body?.trim()) return undefined;
  return (
    link(i.shortlink) ?? (pageUrl && `${pageUrl.replace(/\/+$/, '')}/incidents/${encodeURIComponent(i.id)}`)
  );
}

/** An Atlassian Statuspage v2 document (such as `/api/v2/summary.json`), as the adapter reads it. Fields it does not read are allowed. */
export type StatuspageDocument = z.input<typeof StatuspageSchema> & {
  readonly page: { readonly id: string };
};

export const statuspage: Adapter = {
  format: 'statuspage',

  detect: isStatuspage,

  toNative(doc) {
    const checked = validate(StatuspageSchema, doc);
    if (!checked.ok) return checked;
    const { page, components, incidents, scheduled_maintenances } = checked.data;
    const items = [...(scheduled_maintenances ?? []), ...(incidents ?? [])];

    // Components: the document's own list, else the ones embedded in its items.
    const sources: Ref[] = components ?? items.flatMap((i) => i.components ?? []);
    const groups = new Map<string, string>();
    for (const c of sources) if (c.group && c.name?.trim()) groups.set(c.id, c.name);
    const outComponents = new Map<string, Native['components'][number]>();
    for (const c of sources) {
      if (c.group || !c.name?.trim() || outComponents.has(c.id)) continue;
      const group = c.group_id ? groups.get(c.group_id) : undefined;
      outComponents.set(c.id, {
        id: c.id,
        name: c.name,
        ...(group && { group }),
        ...(c.status && { status: COMPONENT_STATUS[c.status] }),
      });
    }

    const outIncidents = new Map<string, Native['incidents'][number]>();
    const outMaintenances = new Map<string, Native['maintenances'][number]>();
    for (const i of items) {
      const common = {
        id: i.id,
        title: i.name,
        impact: i.impact === 'maintenance' ? ('minor' as const) : i.impact,
        components: [...new Set((i.components ?? []).map((c) => c.id))],
        url: link(i.shortlink),
        updates: updates(i),
      };
      if (i.scheduled_for) {
        if (outMaintenances.has(i.id)) continue;
        const start = parseInstant(i.scheduled_for)!;
        const until = i.scheduled_until;
        let oldest: { at: string; body: string } | undefined;
        for (const u of common.updates)
          if (!oldest || parseInstant(u.at)! <= parseInstant(oldest.at)!) oldest = u;
        outMaintenances.set(i.id, {
          ...common,
          status: MAINTENANCE_STATUS[i.status as MaintenanceStatus],
          summary: oldest?.body,
          startsAt: i.scheduled_for,
          endsAt: until && parseInstant(until)! > start ? until : new Date(start + 3_600_000).toISOString(),
        });
      } else if (!outIncidents.has(i.id)) {
        const status = INCIDENT_STATUS[i.status as IncidentStatus];
        outIncidents.set(i.id, {
          ...common,
          status,
          startedAt: i.started_at ?? i.created_at,
          resolvedAt: (status === 'resolved' && i.resolved_at) || undefined,
          reportUrl: reportUrl(i, link(page.url)),
        });
      }
    }

    return {
      ok: true,
      data: {
        version: 1,
        page: {
          name: page.name,
          url: link(page.url),
          timeZone: page.time_zone && isTimeZone(page.time_zone) ? page.time_zone : undefined,
          updatedAt: page.updated_at ?? undefined,
        },
        components: [...outComponents.values()],
        incidents: [...outIncidents.values()],
        maintenances: [...outMaintenances.values()],
      },
    };
  },
};
