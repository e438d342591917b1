/**
 * `parseFeedLazily`: `parseFeed` for the elements and the feed client, without the vendor
 * adapters on the page until a feed needs them.
 *
 * - A native feed, and any feed refused before conversion (not JSON, no known shape, an unknown
 *   `format`), gives its result at once, the same as `parseFeed`'s: no promise, no microtask, so
 *   the `feed` property renders in the same update and on a server.
 * - A vendor's document loads the adapters (`adapters/index.ts`: a chunk of their own in a split
 *   build, fetched once per page) and gives a promise of the result. Callers that may get a newer
 *   feed in the meantime drop the older answer themselves.
 * - The promise never rejects: a chunk that cannot be loaded (offline, or a deploy replaced it)
 *   is an `AdapterLoadError`, a `network` failure reported like any other.
 *
 * Nothing here imports the adapters statically (a Node test bundles the elements to check); the
 * public `parseFeed` (`status-widgets/feed`, the CLI) stays synchronous with every adapter.
 */
import type { ForeignFormat } from './adapters/detect.js';
import type { ParseResult } from './model.js';
import { readFeed, safely, toModel, type ParseOptions } from './native.js';

/** The adapters could not be loaded: no fault of the feed, and the next attempt may succeed. */
export class AdapterLoadError extends Error {
  override readonly name = 'AdapterLoadError';
  /** As `StatusErrorKind` names a failure to fetch. */
  readonly kind = 'network';
  /** The whole document (as `FeedError.path`). */
  readonly path = '';

  constructor(
    /** The format the document was to be read as. */
    readonly format: ForeignFormat,
    cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`could not load the adapter for ${format} feeds (${detail})`);
  }
}

export type LazyParseResult = ParseResult | { ok: false; error: AdapterLoadError };

/**
 * How the adapters are loaded: a dynamic import, which bundlers turn into a chunk of its own.
 * The browser keeps the loaded module, so this is not cached here (nor is a failure). Tests
 * replace `load` to make the load slow or fail.
 */
export const adapterChunk = {
  load: () => import('./adapters/index.js'),
};

/** Reads a status feed: at once when it is native, else once the adapters are loaded. Never throws. */
export function parseFeedLazily(
  input: unknown,
  options: ParseOptions = {},
): LazyParseResult | Promise<LazyParseResult> {
  return safely(() => {
    const converted = readFeed(input, options, loadAndConvert);
    return converted instanceof Promise ? converted : toModel(converted);
  }, options.format);
}

function loadAndConvert(doc: unknown, format: ForeignFormat): Promise<LazyParseResult> {
  return adapterChunk.load().then(
    ({ convertForeign }) => safely(() => toModel(convertForeign(doc, format)), format),
    (cause: unknown) => ({ ok: false as const, error: new AdapterLoadError(format, cause) }),
  );
}
