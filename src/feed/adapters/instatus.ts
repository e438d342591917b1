/**
 * Instatus `summary.json` (`{page, activeIncidents, activeMaintenances}`) → native feed.
 *
 * Mapping rules (status and impact words are read case-insensitively, ignoring `_`, `-` and spaces):
 * - page: `page.name` → name, `page.url` → url (kept only when it is an http(s) URL);
 *   `page.status` (UP | HASISSUES | UNDERMAINTENANCE) is only used to recognise the format.
 * - `activeIncidents[]` → incidents: `name` → title, `started` → startedAt; `status`
 *   INVESTIGATING | IDENTIFIED | MONITORING | RESOLVED → the same in lower case, anything else →
 *   investigating; `impact` MAJOROUTAGE → critical, PARTIALOUTAGE → major,
 *   DEGRADEDPERFORMANCE → minor, UNDERMAINTENANCE → minor, OPERATIONAL → none, absent or
 *   unknown → minor. The summary carries no components and no update texts.
 * - `activeMaintenances[]` → maintenances: `name` → title, `start` → startsAt, endsAt = start +
 *   `duration` minutes (a number or a numeric string; **60 minutes when absent or null**);
 *   `status` NOTSTARTEDYET → scheduled, INPROGRESS → in_progress, COMPLETED → completed, anything
 *   else → scheduled. No impact is given, so the native default (minor) applies.
 * - `url` kept only when it is an http(s) URL. Unknown fields are ignored; null counts as absent.
 */
import * as z from 'zod/mini';
import type { Adapter } from './adapter.js';
import { instatusWord as word, isInstatus } from './detect.js';
import { id, instant, link, nullish, text } from './foreign.js';
import type { FeedDocument, Impact, IncidentStatus, MaintenanceStatus } from '../schema.js';
import { validate } from '../validate.js';
import { parseInstant } from '../instant.js';

const minutes = () =>
  z
    .union([z.number(), z.string()], 'expected a duration in minutes')
    .check(z.refine((v) => Number(v) > 0 && Number(v) < 1e7, 'expected a positive number of minutes'));

const Summary = z.object({
  page: z.object({ name: text(), url: nullish(z.string()) }),
  activeIncidents: nullish(
    z.array(
      z.object({
        id: id(),
        name: text(),
        started: instant(),
        status: nullish(z.string()),
        impact: nullish(z.string()),
        url: nullish(z.string()),
      }),
    ),
  ),
  activeMaintenances: nullish(
    z.array(
      z.object({
        id: id(),
        name: text(),
        start: instant(),
        status: nullish(z.string()),
        duration: nullish(minutes()),
        url: nullish(z.string()),
      }),
    ),
  ),
});

const INCIDENT_STATUSES: readonly string[] = ['INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED'];
const IMPACT: Record<string, Impact> = {
  MAJOROUTAGE: 'critical',
  PARTIALOUTAGE: 'major',
  DEGRADEDPERFORMANCE: 'minor',
  UNDERMAINTENANCE: 'minor',
  OPERATIONAL: 'none',
};
const MAINTENANCE_STATUS: Record<string, MaintenanceStatus> = {
  NOTSTARTEDYET: 'scheduled',
  INPROGRESS: 'in_progress',
  COMPLETED: 'completed',
};

type Native = Required<FeedDocument>;

/** An Instatus summary document (`/summary.json`), as the adapter reads it. Fields it does not read are allowed. */
export type InstatusDocument = z.input<typeof Summary>;

export const instatus: Adapter = {
  format: 'instatus',

  detect: isInstatus,

  toNative(doc) {
    const checked = validate(Summary, doc);
    if (!checked.ok) return checked;
    const s = checked.data;

    const incidents: Native['incidents'] = (s.activeIncidents ?? []).map((i) => {
      const status = word(i.status);
      return {
        id: String(i.id),
        title: i.name,
        impact: IMPACT[word(i.impact)] ?? 'minor',
        status: (INCIDENT_STATUSES.includes(status)
          ? status.toLowerCase()
          : 'investigating') as IncidentStatus,
        startedAt: i.started,
        url: link(i.url),
      };
    });

    const maintenances: Native['maintenances'] = (s.activeMaintenances ?? []).map((m) => ({
      id: String(m.id),
      title: m.name,
      status: MAINTENANCE_STATUS[word(m.status)] ?? 'scheduled',
      startsAt: m.start,
      endsAt: new Date((parseInstant(m.start) ?? 0) + Number(m.duration ?? 60) * 60_000).toISOString(),
      url: link(m.url),
    }));

    return {
      ok: true,
      data: { version: 1, page: { name: s.page.name, url: link(s.page.url) }, incidents, maintenances },
    };
  },
};
