/**
 * A vendor's document is not refused for its size: what an adapter made of it is cut to the
 * native feed's limits (`FEED_LIMITS`) before it is validated. Lists keep their newest entries
 * (incidents by `startedAt`, maintenances by `startsAt` with schedules kept, updates by `at`, a
 * component's daily uptime by `date`) or
 * their first ones (components, regions, the ids an item names, recommendations, FAQ,
 * availability); names, titles and texts are cut to end in "…". Each cut is a warning naming the
 * list or text in the converted document.
 */
import type { FeedIssue } from '../errors.js';
import { FEED_LIMITS as LIMITS, type FeedDocument } from '../schema.js';
import { parseInstant } from '../instant.js';
import { isRecord } from './adapter.js';

/** Lists cut to their newest entries, by the field that dates them. */
const DATED: Record<string, string> = {
  incidents: 'startedAt',
  maintenances: 'startsAt',
  updates: 'at',
  uptime: 'date',
};
/** Fields holding a body text (the rest of the texts below are names and titles). */
const BODIES = new Set(['body', 'summary', 'reason', 'afterNote', 'answer']);
const TITLES = new Set(['name', 'title', 'group', 'question', 'available', 'unavailable']);

/** `doc` within the limits, and what was cut. */
export function withinLimits(doc: FeedDocument): { document: FeedDocument; warnings: FeedIssue[] } {
  const warnings: FeedIssue[] = [];
  const fit = (value: unknown, key: string, path: string, top: boolean): unknown => {
    if (typeof value === 'string') {
      const max = BODIES.has(key) ? LIMITS.text : TITLES.has(key) ? LIMITS.title : Infinity;
      const text = value.trim();
      if (text.length <= max) return value;
      warnings.push({ path, message: `cut to ${max} characters (the feed's limit)` });
      // A pair of surrogates stays whole.
      return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
    }
    if (Array.isArray(value)) {
      const max = top
        ? LIMITS[key as 'components' | 'regions' | 'incidents' | 'maintenances']
        : key === 'updates' || key === 'uptime'
          ? LIMITS[key]
          : key === 'components' || key === 'regions'
            ? LIMITS.references
            : LIMITS.entries;
      let list = value;
      if (list.length > max) {
        const field = DATED[key];
        warnings.push({
          path,
          message: `kept the ${field ? 'newest' : 'first'} ${max} of ${list.length} (the feed's limit)`,
        });
        if (field) {
          // Latest first (undated ones, such as schedules, count as latest), then in their own order.
          const at = (item: unknown) => {
            const value = String(isRecord(item) && item[field]);
            // A date (YYYY-MM-DD) counts from its midnight in UTC: only their order matters.
            return parseInstant(value.length === 10 ? `${value}T00:00Z` : value) ?? Infinity;
          };
          const order = list.map((item, index) => ({ at: at(item), index }));
          order.sort((a, b) => b.at - a.at || a.index - b.index);
          const keep = new Set(order.slice(0, max).map((entry) => entry.index));
          list = list.filter((_, index) => keep.has(index));
        } else list = list.slice(0, max);
      }
      return list.map((item, index) => fit(item, key, `${path}[${index}]`, false));
    }
    // (fromEntries defines a "__proto__" key as data, never as the prototype.)
    return isRecord(value)
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, fit(v, k, path ? `${path}.${k}` : k, !path)]),
        )
      : value;
  };
  return { document: fit(doc, '', '', false) as FeedDocument, warnings };
}
