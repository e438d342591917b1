/**
 * Every foreign-format adapter, for the synchronous `parseFeed`. The elements do not import this
 * module: they load the one adapter a feed needs (`../parse-lazily.ts`). How each format is
 * recognised, and in which order, is in `detect.ts`.
 */
import type { Adapter } from './adapter.js';
import type { ForeignFormat } from './detect.js';
import { convertWith } from './foreign.js';
import type { ConvertResult } from '../native.js';
import { statuspage } from './statuspage.js';
import { incidentio } from './incidentio.js';
import { instatus } from './instatus.js';
import { betterstack } from './betterstack.js';

// One entry per line, so adding an adapter touches one line.
const ADAPTERS: Readonly<Record<ForeignFormat, Adapter>> = {
  statuspage,
  incidentio,
  instatus,
  betterstack,
};

/** `doc` read as `format` by its adapter, then checked as a native feed (`convertWith`). */
export function convertForeign(doc: unknown, format: ForeignFormat): ConvertResult {
  return convertWith(ADAPTERS[format], doc);
}
