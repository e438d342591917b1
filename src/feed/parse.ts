/**
 * `parseFeed`: JSON text or a parsed document in, a normalised `FeedModel` or a `FeedError`
 * out. Foreign formats are read by the adapters; everything then passes the native schema
 * and the checks types cannot express. It never throws.
 *
 * This is the public, synchronous API (`status-widgets/feed`, the CLI), with every adapter
 * imported. The elements and the feed client read feeds through `parse-lazily.ts` instead, which
 * takes the same steps (`native.ts`) and loads the adapters only for a vendor's feed.
 */
import { convertForeign } from './adapters/index.js';
import type { ParseResult } from './model.js';
import { readFeed, safely, toModel, type ConvertResult, type ParseOptions } from './native.js';

export { detectFormat } from './native.js';
export type { ConvertResult, ParseOptions } from './native.js';

/**
 * Reads a feed in any supported format and returns it as a validated native document
 * (what `status-widgets convert` prints). It never throws.
 */
export function convertFeed(input: unknown, options: ParseOptions = {}): ConvertResult {
  return safely(() => readFeed(input, options, convertForeign), options.format);
}

/** Reads a status feed. `input` is JSON text or an already parsed document. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  return safely(() => toModel(readFeed(input, options, convertForeign)), options.format);
}
