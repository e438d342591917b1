/**
 * The `components` and `regions` filters: comma lists of ids or names, matched without regard to
 * case. An item shows when, for every filter that is set, it touches at least one listed entry.
 * An item that names no components (or no regions) touches none, so a set filter hides it.
 */
import type { FeedItem, FeedModel } from '../feed/model.js';

export interface ItemFilter {
  components: readonly string[];
  regions: readonly string[];
}

export const NO_FILTER: ItemFilter = { components: [], regions: [] };

/** `"API, eu-west ,"` → `['api', 'eu-west']`. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
}

export function makeFilter(components?: string | null, regions?: string | null): ItemFilter {
  return { components: parseList(components), regions: parseList(regions) };
}

/** Whether `item` passes `filter`, matching listed names against ids and display names. */
export function matchesFilter(item: FeedItem, model: FeedModel, filter: ItemFilter): boolean {
  return (
    touches(item.components, model.components, filter.components) &&
    touches(item.regions, model.regions, filter.regions)
  );
}

function touches(
  ids: readonly string[],
  known: readonly { id: string; name: string }[],
  wanted: readonly string[],
): boolean {
  if (!wanted.length) return true;
  return ids.some((id) => {
    const name = known.find((entry) => entry.id === id)?.name;
    return wanted.includes(id.toLowerCase()) || (name !== undefined && wanted.includes(name.toLowerCase()));
  });
}
