/**
 * Where an item stands at an instant, and when that changes next.
 *
 * The phase rule for maintenance (times and status together):
 * - `cancelled` and `completed` statuses win: a window cancelled or finished early is shown so.
 * - `in_progress` and `verifying` win too: a window started early, or still running after its
 *   planned end, is shown in progress for as long as the feed says so.
 * - `scheduled` follows the clock: upcoming before the start, in progress from the start
 *   (inclusive) to the end (exclusive), completed from the end.
 * - A recurring schedule follows the clock for each occurrence (its status only says whether
 *   the series is cancelled or completed): in progress inside an occurrence, otherwise upcoming
 *   until the next one, and completed once COUNT or UNTIL has run out.
 *
 * Incidents are active until their status is `resolved`; their duration runs from `startedAt`
 * to `resolvedAt` (or to now while active).
 */
import type { Incident, Maintenance } from '../feed/model.js';
import { currentOrNextOccurrence, previousOccurrence, type TimeWindow } from './recurrence.js';

export type MaintenancePhase = 'upcoming' | 'in_progress' | 'completed' | 'cancelled';

export interface MaintenanceState {
  phase: MaintenancePhase;
  /** The window the phase refers to: the one-off window, or the current, next or last occurrence. */
  window?: TimeWindow;
}

/** The phase the status alone decides, whatever the clock says (see above). */
function statusPhase({ status, recurrence }: Maintenance): MaintenancePhase | undefined {
  return status === 'cancelled' || status === 'completed'
    ? status
    : !recurrence && (status === 'in_progress' || status === 'verifying')
      ? 'in_progress'
      : undefined;
}

/** The phase of a maintenance at `now`, and the window it refers to. */
export function maintenanceState(m: Maintenance, now: number): MaintenanceState {
  const window = windowAt(m, now);
  const phase =
    statusPhase(m) ??
    (!window
      ? 'completed'
      : now < window.startsAt
        ? 'upcoming'
        : now < window.endsAt
          ? 'in_progress'
          : 'completed');
  return window ? { phase, window } : { phase };
}

/**
 * The window that matters at `now`: the one-off window, or for a schedule the occurrence in
 * progress, else the next one, else the last one.
 */
export function windowAt(m: Maintenance, now: number): TimeWindow | undefined {
  if (m.recurrence) {
    return currentOrNextOccurrence(m.recurrence, now) ?? previousOccurrence(m.recurrence, now);
  }
  return m.startsAt !== undefined && m.endsAt !== undefined
    ? { startsAt: m.startsAt, endsAt: m.endsAt }
    : undefined;
}

/**
 * Whether an upcoming window is close enough to announce: it starts within `leadMs` of `now`.
 */
export function isWithinLead(state: MaintenanceState, now: number, leadMs: number): boolean {
  return state.phase === 'upcoming' && state.window !== undefined && state.window.startsAt - now <= leadMs;
}

/**
 * The first instant after `now` at which this maintenance's phase, or whether it is within
 * `leadMs` of its start, changes; `undefined` when nothing changes by the clock alone.
 */
export function nextMaintenanceBoundary(m: Maintenance, now: number, leadMs: number): number | undefined {
  // For a schedule that is over, its last window: nothing in it is after `now`.
  const window = statusPhase(m) ? undefined : windowAt(m, now);
  return window && [window.startsAt - leadMs, window.startsAt, window.endsAt].find((at) => at > now);
}

export type IncidentPhase = 'active' | 'resolved';

export function incidentPhase(incident: Incident): IncidentPhase {
  return incident.status === 'resolved' ? 'resolved' : 'active';
}

/**
 * Minutes from the start to the resolution, or to `now` while the incident is active. A resolved
 * incident that says neither when (`resolvedAt`) nor in a `resolved` update ended at its latest
 * update (or, with none, at its start): its duration does not grow with the clock.
 */
export function incidentDurationMinutes(incident: Incident, now: number): number {
  const end =
    incident.status === 'resolved'
      ? (incident.resolvedAt ?? incident.updates[0]?.at ?? incident.startedAt)
      : now;
  return Math.max(0, Math.floor((end - incident.startedAt) / 60_000));
}
