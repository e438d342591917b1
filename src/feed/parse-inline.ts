/**
 * The classic script's `parseFeedLazily` (vite.cdn.config.ts puts it in place of
 * parse-lazily.ts there): the classic script holds every adapter anyway, so a vendor's feed is
 * read at once too, by `parseFeed`, without the code that loads adapters as chunks.
 */
import { parseFeed } from './parse.js';
import type { LazyParseResult } from './parse-lazily.js';
import type { ParseOptions } from './native.js';

export type { LazyParseResult };

export const parseFeedLazily: (input: unknown, options?: ParseOptions) => LazyParseResult = parseFeed;
