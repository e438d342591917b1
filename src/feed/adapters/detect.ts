/**
 * How each foreign format is recognised by its shape: the one copy of each adapter's `detect`.
 * Kept apart from the adapters (their zod schemas and converters) so that telling a native feed
 * from a vendor's costs a page only these few lines; the elements load the adapters themselves
 * when a feed turns out to be a vendor's (`parse-lazily.ts`). No zod here, on purpose.
 */
import type { FeedFormat } from '../model.js';
import { isRecord } from './adapter.js';

export type ForeignFormat = Exclude<FeedFormat, 'native'>;

/** Atlassian Statuspage v2: `page.id` and one of its lists (or the `status` of status.json). */
export function isStatuspage(doc: unknown): boolean {
  try {
    return (
      isRecord(doc) &&
      isRecord(doc['page']) &&
      typeof doc['page']['id'] === 'string' &&
      (Array.isArray(doc['incidents']) ||
        Array.isArray(doc['scheduled_maintenances']) ||
        Array.isArray(doc['components']) ||
        (isRecord(doc['status']) && 'indicator' in doc['status']))
    );
  } catch {
    return false;
  }
}

/** incident.io's widget API: `page_title` and one of its lists. */
export function isIncidentio(doc: unknown): boolean {
  return (
    isRecord(doc) &&
    typeof doc['page_title'] === 'string' &&
    ['ongoing_incidents', 'in_progress_maintenances', 'scheduled_maintenances'].some((key) =>
      Array.isArray(doc[key]),
    )
  );
}

const INSTATUS_PAGE_STATUSES = ['UP', 'HASISSUES', 'UNDERMAINTENANCE'];

/**
 * An Instatus status or impact word as the adapter compares it: `Major_Outage` → `MAJOROUTAGE`
 * (`''` for anything but a string).
 */
export const instatusWord = (value: unknown): string =>
  typeof value === 'string' ? value.toUpperCase().replace(/[\s_-]/g, '') : '';

/** Instatus `summary.json`: a `page` with an Instatus page status, or its active lists. */
export function isInstatus(doc: unknown): boolean {
  if (!isRecord(doc) || !isRecord(doc['page'])) return false;
  return (
    INSTATUS_PAGE_STATUSES.includes(instatusWord(doc['page']['status'])) ||
    Array.isArray(doc['activeIncidents']) ||
    Array.isArray(doc['activeMaintenances'])
  );
}

/** Better Stack `index.json`: a JSON:API document whose `data` is a `status_page`. */
export function isBetterStack(doc: unknown): boolean {
  return isRecord(doc) && isRecord(doc['data']) && doc['data']['type'] === 'status_page';
}

/** Each foreign format's shape, in the order detection tries them: the first match wins. */
// One entry per line, so adding an adapter touches one line.
// prettier-ignore
const SHAPES: readonly (readonly [ForeignFormat, (doc: unknown) => boolean])[] = [
  ['statuspage', isStatuspage],
  ['incidentio', isIncidentio],
  ['instatus', isInstatus],
  ['betterstack', isBetterStack],
];

/** The foreign format a parsed JSON document has the shape of, or `undefined`. Never throws. */
export function detectForeign(doc: unknown): ForeignFormat | undefined {
  return SHAPES.find(([, matches]) => matches(doc))?.[0];
}
