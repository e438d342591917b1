/** Every foreign-format adapter, in the order shape detection tries them. */
import type { Adapter } from './adapter.js';
import { statuspage } from './statuspage.js';
import { incidentio } from './incidentio.js';
import { instatus } from './instatus.js';
import { betterstack } from './betterstack.js';

// One entry per line, so adding an adapter touches one line.
// prettier-ignore
export const ADAPTERS: readonly Adapter[] = [
  statuspage,
  incidentio,
  instatus,
  betterstack,
];
