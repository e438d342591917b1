/**
 * Every foreign-format adapter, and the conversion of a vendor's document into a checked native
 * feed. The synchronous `parseFeed` imports this module; the elements load it on demand
 * (`../parse-lazily.ts`), so it is a chunk of its own in a split build. How each format is
 * recognised (and in which order) is in `detect.ts`, which does not need this module.
 */
import type { Adapter } from './adapter.js';
import type { ForeignFormat } from './detect.js';
import { withinLimits } from './limits.js';
import { checkNative, fail, type ConvertResult } from '../native.js';
import { statuspage } from './statuspage.js';
import { incidentio } from './incidentio.js';
import { instatus } from './instatus.js';
import { betterstack } from './betterstack.js';

// One entry per line, so adding an adapter touches one line.
// prettier-ignore
const ADAPTERS: Readonly<Record<ForeignFormat, Adapter>> = {
  statuspage,
  incidentio,
  instatus,
  betterstack,
};

/**
 * `doc` read as `format` by its adapter, cut to the native feed's limits (each cut a warning),
 * then checked as any native feed is. Problems the adapter finds name paths in `doc`.
 */
export function convertForeign(doc: unknown, format: ForeignFormat): ConvertResult {
  const converted = ADAPTERS[format].toNative(doc);
  if (!converted.ok) return fail('schema', converted.issues, format);
  const { document, warnings } = withinLimits(converted.data);
  return checkNative(document, format, warnings);
}
