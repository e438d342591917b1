/**
 * `parseFeedLazily`: `parseFeed` for the elements and the feed client, without the vendor
 * adapters on the page until a feed needs them.
 *
 * - A native feed, and any feed refused before conversion (not JSON, no known shape, an unknown
 *   `format`), gives its result at once, the same as `parseFeed`'s: no promise, no microtask, so
 *   the `feed` property renders in the same update and on a server.
 * - A vendor's document loads its format's adapter and what the adapters share
 *   (`adapters/foreign.ts`), in parallel: two small chunks in a split build, fetched once per
 *   page. It gives a promise of the result; callers that may get a newer feed in the meantime
 *   drop the older answer themselves.
 * - The promise never rejects: a chunk that cannot be loaded (offline, or a deploy replaced it)
 *   is an `AdapterLoadError`, a `network` failure reported like any other.
 *
 * Nothing here imports the adapters statically (a Node test bundles the elements to check); the
 * public `parseFeed` (`status-widgets/feed`, the CLI) stays synchronous with every adapter.
 */
import type { Adapter } from './adapters/adapter.js';
import type { ForeignFormat } from './adapters/detect.js';
import type { ParseResult } from './model.js';
import { readFeed, safely, toModel, type ParseOptions } from './native.js';

/** The adapter could not be loaded: no fault of the feed, and the next attempt may succeed. */
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

/** Each format's adapter: a dynamic import, which bundlers turn into a chunk of its own. */
// One entry per line, so adding an adapter touches one line.
const ADAPTER_CHUNKS: Readonly<Record<ForeignFormat, () => Promise<Adapter>>> = {
  statuspage: () => import('./adapters/statuspage.js').then((chunk) => chunk.statuspage),
  incidentio: () => import('./adapters/incidentio.js').then((chunk) => chunk.incidentio),
  instatus: () => import('./adapters/instatus.js').then((chunk) => chunk.instatus),
  betterstack: () => import('./adapters/betterstack.js').then((chunk) => chunk.betterstack),
};

/**
 * How a format's adapter is loaded, with `convertWith` (both at once, not one after the other).
 * The browser keeps loaded modules, so nothing is cached here (nor is a failure). Tests replace
 * `load` to make it slow or fail.
 */
export const adapterChunks = {
  load: (format: ForeignFormat) => Promise.all([ADAPTER_CHUNKS[format](), import('./adapters/foreign.js')]),
};

/** Reads a status feed: at once when it is native, else once its adapter is loaded. Never throws. */
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
  return adapterChunks.load(format).then(
    ([adapter, { convertWith }]) => safely(() => toModel(convertWith(adapter, doc)), format),
    (cause: unknown) => ({ ok: false as const, error: new AdapterLoadError(format, cause) }),
  );
}
