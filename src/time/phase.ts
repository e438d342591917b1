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

/** The phase of a maintenance at `now`, and the window it refers to. */
export function maintenanceState(m: Maintenance, now: number): MaintenanceState {
  const window = windowAt(m, now);
  switch (m.status) {
    case 'cancelled':
      return withWindow('cancelled', window);
    case 'completed':
      return withWindow('completed', window);
    case 'in_progress':
    case 'verifying':
      if (!m.recurrence) return withWindow('in_progress', window);
  }
  if (!window) return { phase: 'completed' };
  if (now < window.startsAt) return { phase: 'upcoming', window };
  if (now < window.endsAt) return { phase: 'in_progress', window };
  return { phase: 'completed', window };
}

function withWindow(phase: MaintenancePhase, window: TimeWindow | undefined): MaintenanceState {
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
  if (m.status === 'cancelled' || m.status === 'completed') return undefined;
  if (!m.recurrence && (m.status === 'in_progress' || m.status === 'verifying')) return undefined;
  const window = m.recurrence ? currentOrNextOccurrence(m.recurrence, now) : windowAt(m, now);
  if (!window) return undefined;
  const candidates = [window.startsAt - leadMs, window.startsAt, window.endsAt];
  return candidates.find((at) => at > now);
}

export type IncidentPhase = 'active' | 'resolved';

export function incidentPhase(incident: Incident): IncidentPhase {
  return incident.status === 'resolved' ? 'resolved' : 'active';
}

/** Minutes from the start to the resolution, or to `now` while the incident is active. */
export function incidentDurationMinutes(incident: Incident, now: number): number {
  const end = incident.status === 'resolved' ? (incident.resolvedAt ?? now) : now;
  return Math.max(0, Math.floor((end - incident.startedAt) / 60_000));
}
