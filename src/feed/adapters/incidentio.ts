/**
 * incident.io status page widget API (`{page_title, page_url, ongoing_incidents,
 * in_progress_maintenances, scheduled_maintenances}`) → native feed.
 *
 * Mapping rules:
 * - page: `page_title` → name, `page_url` → url (kept only when it is an http(s) URL).
 * - components: every `affected_components[]` entry of every item, deduplicated by `id`;
 *   `group_name` → group; `current_status` `operational | degraded_performance | partial_outage |
 *   full_outage | under_maintenance` → `operational | degraded | partial_outage | major_outage |
 *   maintenance`, operational when absent or unknown. A component listed by several items keeps
 *   its worst status.
 * - `ongoing_incidents[]` → incidents: `name` → title; `status` investigating | identified |
 *   monitoring (| resolved) kept, anything else → investigating; `current_worst_impact`
 *   degraded_performance → minor, partial_outage → major, full_outage → critical; when absent,
 *   the worst `current_status` of its components on the same scale, else minor.
 *   startedAt: `started_at` when present, else `last_update_at` (then required).
 * - `in_progress_maintenances[]` → status in_progress, window `started_at`–`scheduled_end_at`
 *   (`starts_at`/`ends_at` accepted as fallbacks); `scheduled_maintenances[]` → status scheduled,
 *   window `starts_at`–`ends_at` (`started_at`/`scheduled_end_at` accepted as fallbacks). The list
 *   decides the status, not the item's `status` field. Both ends are required; no impact is given,
 *   so the native default (minor) applies.
 * - The last update becomes the one update `{at: last_update_at, status, body:
 *   last_update_message}` when the message is not blank (status: the incident's, or
 *   in_progress / scheduled).
 * - An item whose id repeats an earlier one in the same kind is dropped (an item caught moving
 *   from scheduled to in progress appears once, as in progress).
 * - `url` kept only when it is an http(s) URL. Unknown fields are ignored; null counts as absent.
 */
import * as z from 'zod/mini';
import type { Adapter } from './adapter.js';
import { isIncidentio } from './detect.js';
import { INSTANT, id, instant, link, nullish, text } from './foreign.js';
import type { FeedIssue } from '../errors.js';
import type { ComponentStatus, FeedDocument, Impact, IncidentStatus, UpdateStatus } from '../schema.js';
import { validate } from '../validate.js';
import { parseInstant } from '../instant.js';

const Component = z.object({
  id: id(),
  name: text(),
  group_name: nullish(z.string()),
  current_status: nullish(z.string()),
});

const item = {
  id: id(),
  name: text(),
  url: nullish(z.string()),
  last_update_message: nullish(z.string()),
  affected_components: nullish(z.array(Component)),
};

const Incident = z.object({
  ...item,
  status: nullish(z.string()),
  current_worst_impact: nullish(z.string()),
  started_at: nullish(instant()),
  last_update_at: instant(),
});

const Maintenance = z.object({
  ...item,
  last_update_at: nullish(instant()),
  started_at: nullish(instant()),
  scheduled_end_at: nullish(instant()),
  starts_at: nullish(instant()),
  ends_at: nullish(instant()),
});

const Widget = z.object({
  page_title: text(),
  page_url: nullish(z.string()),
  ongoing_incidents: nullish(z.array(Incident)),
  in_progress_maintenances: nullish(z.array(Maintenance)),
  scheduled_maintenances: nullish(z.array(Maintenance)),
});

type Native = Required<FeedDocument>;
type NativeComponent = Native['components'][number] & { status: ComponentStatus };

const COMPONENT_STATUS: Record<string, ComponentStatus> = {
  degraded_performance: 'degraded',
  partial_outage: 'partial_outage',
  full_outage: 'major_outage',
  under_maintenance: 'maintenance',
};
const SEVERITY: Record<ComponentStatus, number> = {
  operational: 0,
  maintenance: 1,
  degraded: 2,
  partial_outage: 3,
  major_outage: 4,
};
const IMPACT: Record<string, Impact> = {
  degraded_performance: 'minor',
  partial_outage: 'major',
  full_outage: 'critical',
};
const IMPACT_RANK: Impact[] = ['none', 'minor', 'major', 'critical'];
const INCIDENT_STATUSES: readonly string[] = ['investigating', 'identified', 'monitoring', 'resolved'];

/** An incident.io status page widget document, as the adapter reads it. Fields it does not read are allowed. */
export type IncidentioDocument = z.input<typeof Widget>;

export const incidentio: Adapter = {
  format: 'incidentio',

  detect: isIncidentio,

  toNative(doc) {
    const checked = validate(Widget, doc);
    if (!checked.ok) return checked;
    const w = checked.data;
    const issues: FeedIssue[] = [];
    const components = new Map<string, NativeComponent>();

    /** Registers the affected components; returns their ids and worst impact. */
    const affected = (list: z.output<typeof Component>[] | null | undefined) => {
      const ids = new Set<string>();
      let worst: Impact | undefined;
      for (const c of list ?? []) {
        const key = String(c.id);
        const raw = c.current_status?.toLowerCase() ?? '';
        const status = COMPONENT_STATUS[raw] ?? 'operational';
        const impact = IMPACT[raw];
        if (impact && (!worst || IMPACT_RANK.indexOf(impact) > IMPACT_RANK.indexOf(worst))) worst = impact;
        const seen = components.get(key);
        if (!seen) {
          const group = c.group_name?.trim();
          components.set(key, { id: key, name: c.name, ...(group && { group }), status });
        } else if (SEVERITY[status] > SEVERITY[seen.status]) seen.status = status;
        ids.add(key);
      }
      return { ids: [...ids], worst };
    };

    const update = (at: string | null | undefined, status: UpdateStatus, body: string | null | undefined) =>
      at && body?.trim() ? [{ at, status, body }] : [];

    const incidents: Native['incidents'] = [];
    const incidentIds = new Set<string>();
    for (const i of w.ongoing_incidents ?? []) {
      const key = String(i.id);
      const refs = affected(i.affected_components);
      if (incidentIds.has(key)) continue;
      incidentIds.add(key);
      const raw = i.status?.toLowerCase() ?? '';
      const status = (INCIDENT_STATUSES.includes(raw) ? raw : 'investigating') as IncidentStatus;
      incidents.push({
        id: key,
        title: i.name,
        impact: IMPACT[i.current_worst_impact?.toLowerCase() ?? ''] ?? refs.worst ?? 'minor',
        status,
        components: refs.ids,
        startedAt: i.started_at ?? i.last_update_at,
        url: link(i.url),
        updates: update(i.last_update_at, status, i.last_update_message),
      });
    }

    const maintenances: Native['maintenances'] = [];
    const maintenanceIds = new Set<string>();
    for (const list of ['in_progress_maintenances', 'scheduled_maintenances'] as const) {
      const inProgress = list === 'in_progress_maintenances';
      const status = inProgress ? 'in_progress' : 'scheduled';
      const [startKey, endKey] = inProgress ? ['started_at', 'scheduled_end_at'] : ['starts_at', 'ends_at'];
      for (const [index, m] of (w[list] ?? []).entries()) {
        const refs = affected(m.affected_components);
        const path = `${list}[${index}]`;
        const startsAt = inProgress ? (m.started_at ?? m.starts_at) : (m.starts_at ?? m.started_at);
        const endsAt = inProgress ? (m.scheduled_end_at ?? m.ends_at) : (m.ends_at ?? m.scheduled_end_at);
        if (!startsAt) issues.push({ path: `${path}.${startKey}`, message: INSTANT });
        else if (!endsAt) issues.push({ path: `${path}.${endKey}`, message: INSTANT });
        else if ((parseInstant(endsAt) ?? 0) <= (parseInstant(startsAt) ?? 0)) {
          issues.push({ path: `${path}.${endKey}`, message: `expected a time after ${startKey}` });
        } else if (!maintenanceIds.has(String(m.id))) {
          maintenanceIds.add(String(m.id));
          maintenances.push({
            id: String(m.id),
            title: m.name,
            status,
            startsAt,
            endsAt,
            components: refs.ids,
            url: link(m.url),
            updates: update(m.last_update_at, status, m.last_update_message),
          });
        }
      }
    }

    if (issues.length) return { ok: false, issues };
    return {
      ok: true,
      data: {
        version: 1,
        page: { name: w.page_title, url: link(w.page_url) },
        components: [...components.values()],
        incidents,
        maintenances,
      },
    };
  },
};
