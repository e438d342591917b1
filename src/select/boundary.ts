/**
 * When what an element shows changes by the clock alone: the selections' shared boundary helpers.
 */
import type { Maintenance } from '../feed/model.js';
import { nextMaintenanceBoundary, windowAt } from '../time/phase.js';

/**
 * The first instant after `now` at which what an element shows of this maintenance may change by
 * the clock: its phase boundary (`nextMaintenanceBoundary`), and also the window's own start and end when the status
 * decides the phase (a window still marked in progress loses its "ends in" at its planned end).
 */
export function nextShownChange(m: Maintenance, now: number, leadMs: number): number | undefined {
  const window = windowAt(m, now);
  return earliestAfter(now, [nextMaintenanceBoundary(m, now, leadMs), window?.startsAt, window?.endsAt]);
}

/** The earliest of `instants` after `now`, or undefined. */
export function earliestAfter(now: number, instants: Iterable<number | undefined>): number | undefined {
  let next: number | undefined;
  for (const at of instants) if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
  return next;
}
