/**
 * Several feeds in one element (`src` lists several URLs, or `feed` is an array): one model
 * from them, which every selection reads as it reads one feed's.
 *
 * - Every item, component and region of a merge carries its `origin` (model.ts): the page of
 *   its feed and `feed`, its identity in keys (`keyOf`): the feed's URL, or `#` and the position
 *   of a document in a `feed` array. So two feeds' `inc-1` are two items. An element reading one feed gets that feed's model itself:
 *   no origins, and keys exactly as before.
 * - A merge is tagged as soon as the element lists two feeds, loaded or not, so its keys (and
 *   stored dismissals) do not change when the second feed comes in.
 * - Items keep the model's order (normalise.ts) across feeds; `page` is the page of the first
 *   listed feed that has been read (list your own first), and `pages` the page of each read feed
 *   (their subscribe links show after their page's name).
 */
import type { FeedModel, FeedOrigin } from '../feed/model.js';
import { compareIncidents, compareMaintenances } from '../feed/normalise.js';

/** One listed feed: its URL (`''` for a document of a `feed` array) and its model once read. */
export interface ListedFeed {
  readonly url: string;
  readonly model?: FeedModel | undefined;
}

/**
 * The identity of an item (or component, region) in keys: its id, after its feed's identity
 * when it comes from a merge (a URL holds no space, so the two never run together).
 */
export function keyOf(entry: { id: string; origin?: FeedOrigin | undefined }): string {
  return entry.origin ? `${entry.origin.feed} ${entry.id}` : entry.id;
}

/** The one model of the listed feeds that have been read; `undefined` while none has. */
export function mergeFeeds(feeds: readonly ListedFeed[]): FeedModel | undefined {
  if (feeds.length < 2) return feeds[0]?.model;
  const read = feeds.flatMap(({ url, model }, index) =>
    model ? [{ model, origin: { ...model.page, feed: url || `#${index}` } }] : [],
  );
  if (!read.length) return undefined;
  const tagged = <T>(list: (model: FeedModel) => T[]): (T & { origin: FeedOrigin })[] =>
    read.flatMap(({ model, origin }) => list(model).map((entry) => ({ ...entry, origin })));
  return {
    page: read[0]!.model.page,
    pages: read.map(({ origin }) => origin),
    components: tagged((m) => m.components),
    regions: tagged((m) => m.regions),
    incidents: tagged((m) => m.incidents).sort(compareIncidents),
    maintenances: tagged((m) => m.maintenances).sort(compareMaintenances),
  };
}
