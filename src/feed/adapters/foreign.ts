/**
 * What every adapter in this folder shares: zod/mini building blocks for reading foreign (vendor)
 * documents, and `convertWith`, the steps after an adapter. The building blocks are lenient where
 * vendors differ (`null` or missing, string or integer ids) and strict where the native feed
 * needs a value; their messages are part of the errors users see, so keep them stable.
 *
 * Small on purpose: this ships to browsers. The elements load it, in parallel with the one
 * adapter a vendor's feed needs (`../parse-lazily.ts`); as one module it stays one small chunk
 * in a split build (a second module loaded beside it would split what they share further).
 */
import * as z from 'zod/mini';
import { parseInstant } from '../instant.js';
import { checkNative, fail, type ConvertResult } from '../native.js';
import type { Adapter } from './adapter.js';
import { withinLimits } from './limits.js';

/**
 * `doc` read by `adapter` (problems it finds name paths in `doc`), cut to the native feed's
 * limits (each cut a warning), then checked as any native feed is.
 */
export function convertWith(adapter: Adapter, doc: unknown): ConvertResult {
  const converted = adapter.toNative(doc);
  if (!converted.ok) return fail('schema', converted.issues, adapter.format);
  const { document, warnings } = withinLimits(converted.data);
  return checkNative(document, adapter.format, warnings);
}

/** The message for a missing or unreadable date-time; adapters reuse it for their own checks. */
export const INSTANT = 'expected an ISO 8601 date-time with offset';

/** An optional field that may also be `null`: vendors write either for "absent". */
export const nullish = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

/** A string that is not blank, trimmed (the native feed trims its text the same way). */
export const text = () => z.string().check(z.trim(), z.minLength(1, 'expected a non-empty string'));

/** An id as vendors write them: a non-blank string of at most 200 characters, or an integer. */
export const id = () =>
  z
    .unknown()
    .check(
      z.refine(
        (v) => (typeof v === 'string' && v.trim() !== '' && v.length <= 200) || Number.isInteger(v),
        'expected a non-empty string or integer id',
      ),
    );

/** An ISO 8601 date-time with an explicit offset, as `parseInstant` reads it. Kept as written. */
export const instant = () => z.string().check(z.refine((s) => parseInstant(s) !== undefined, INSTANT));

/** The URL when it is an absolute http(s) URL, else `undefined` (never throws). */
export function link(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
