/**
 * The `components` and `regions` filters: comma lists of ids or names, matched without regard to
 * case. An item shows when, for every filter that is set, it touches at least one listed entry.
 * An item that names no components (or no regions) touches none, so a set filter hides it.
 * Over several feeds an item's ids are looked up in its own feed's catalogue, so a listed id or
 * name matches in any of the feeds (`api`: every feed's `api`; `Payments`: the feed that names one so).
 */
import type { FeedItem, FeedModel, FeedOrigin } from '../feed/model.js';

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
    touches(item, item.components, model.components, filter.components) &&
    touches(item, item.regions, model.regions, filter.regions)
  );
}

type Catalogue = readonly { id: string; name: string; origin?: FeedOrigin }[];

/** The name of component or region `id` in the catalogue of `item`'s own feed. */
export function catalogueName(known: Catalogue, id: string, item: FeedItem): string | undefined {
  return known.find((entry) => entry.id === id && entry.origin?.feed === item.origin?.feed)?.name;
}

function touches(
  item: FeedItem,
  ids: readonly string[],
  known: Catalogue,
  wanted: readonly string[],
): boolean {
  if (!wanted.length) return true;
  return ids.some((id) => {
    const name = catalogueName(known, id, item);
    return wanted.includes(id.toLowerCase()) || (name !== undefined && wanted.includes(name.toLowerCase()));
  });
}
