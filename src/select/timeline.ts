/**
 * What `<incident-timeline>` shows:
 * - with an incident id, that incident alone (whatever its age and the filters; over several
 *   feeds, the first with that id);
 * - otherwise the active incidents (newest first), then — with `includeMaintenance` — the
 *   maintenance windows in progress (the earliest started first), then the history: resolved
 *   incidents, and with `includeMaintenance` completed one-off windows, that ended within the
 *   last `days` days, newest first (by start), all after the `components` / `regions` filters.
 *   An item that ended at `end` shows while `now < end + days`: it leaves at exactly `end + days`,
 *   the instant `nextTimelineBoundary` reports.
 *
 * Recurring windows show only while an occurrence is in progress: their past occurrences are
 * routine and would crowd out the incidents. Cancelled windows never show.
 * `limit` (paging) is the element's business: this module returns the whole selection, in
 * O(incidents + maintenances), and never looks at the updates beyond the first.
 */
import type { FeedModel, Incident, Maintenance, StatusUpdate } from '../feed/model.js';
import { incidentPhase, maintenanceState, nextMaintenanceBoundary } from '../time/phase.js';
import { earliestAfter } from './boundary.js';
import type { TimeWindow } from '../time/recurrence.js';
import { matchesFilter, type ItemFilter } from './filter.js';
import { keyOf } from './merge.js';

const DAY = 86_400_000;

export type TimelineEntry =
  | { kind: 'incident'; item: Incident; phase: 'active' | 'resolved'; key: string }
  | {
      kind: 'maintenance';
      item: Maintenance;
      phase: 'in_progress' | 'completed';
      window: TimeWindow;
      key: string;
    };

export interface TimelineOptions {
  now: number;
  /** How far back the history goes, in days (default 90). */
  days?: number;
  filter: ItemFilter;
  /** Show only the incident with this id. */
  incident?: string;
  /** Add maintenance in progress and completed windows to the list. */
  includeMaintenance?: boolean;
}

/** The history window in days: a positive number, else 90. */
export function historyDays(days: number | undefined): number {
  return typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : 90;
}

/**
 * When a resolved incident ended: its resolution, else its latest update, else its start. The
 * history window counts from it, and `<incident-timeline>` shows it as the "Resolved" time and
 * measures "Lasted …" to it (as `incidentDurationMinutes` does).
 */
export function incidentEnd(incident: Incident): number {
  return incident.resolvedAt ?? incident.updates[0]?.at ?? incident.startedAt;
}

function incidentEntry(item: Incident): TimelineEntry {
  return { kind: 'incident', item, phase: incidentPhase(item), key: `incident:${keyOf(item)}` };
}

/** Every entry the timeline shows at `now`, in display order (before paging). */
export function timelineEntries(model: FeedModel, options: TimelineOptions): TimelineEntry[] {
  const { now, filter, incident, includeMaintenance } = options;
  if (incident !== undefined && incident !== '') {
    const found = model.incidents.find((i) => i.id === incident);
    return found ? [incidentEntry(found)] : [];
  }
  const from = now - historyDays(options.days) * DAY;
  const active: Incident[] = [];
  const running: (TimelineEntry & { kind: 'maintenance' })[] = [];
  const history: { entry: TimelineEntry; start: number }[] = [];

  for (const item of model.incidents) {
    if (!matchesFilter(item, model, filter)) continue;
    if (item.status !== 'resolved') active.push(item);
    else if (incidentEnd(item) > from && item.startedAt <= now) {
      history.push({ entry: incidentEntry(item), start: item.startedAt });
    }
  }
  if (includeMaintenance) {
    for (const item of model.maintenances) {
      if (!matchesFilter(item, model, filter)) continue;
      const state = maintenanceState(item, now);
      if (!state.window || state.phase === 'cancelled' || state.phase === 'upcoming') continue;
      if (state.phase === 'in_progress') {
        running.push({
          kind: 'maintenance',
          item,
          phase: 'in_progress',
          window: state.window,
          key: `maintenance:${keyOf(item)}`,
        });
      } else if (!item.recurrence && state.window.endsAt > from && state.window.startsAt <= now) {
        history.push({
          entry: {
            kind: 'maintenance',
            item,
            phase: 'completed',
            window: state.window,
            key: `maintenance:${keyOf(item)}`,
          },
          start: state.window.startsAt,
        });
      }
    }
  }
  active.sort((a, b) => b.startedAt - a.startedAt);
  running.sort((a, b) => a.window.startsAt - b.window.startsAt);
  history.sort((a, b) => b.start - a.start);
  return [...active.map(incidentEntry), ...running, ...history.map(({ entry }) => entry)];
}

/**
 * The next instant after `now` at which `timelineEntries` changes by the clock alone: a resolved
 * incident or a completed window leaving the `days` window (at its end + `days`, the first instant
 * it is no longer listed), or (with `includeMaintenance`) a window starting or ending.
 */
export function nextTimelineBoundary(model: FeedModel, options: TimelineOptions): number | undefined {
  const { now, filter } = options;
  if (options.incident) return undefined;
  const span = historyDays(options.days) * DAY;
  const instants: (number | undefined)[] = [];
  for (const item of model.incidents) {
    if (item.status !== 'resolved' || !matchesFilter(item, model, filter)) continue;
    instants.push(incidentEnd(item) + span, item.startedAt);
  }
  if (options.includeMaintenance) {
    for (const item of model.maintenances) {
      if (!matchesFilter(item, model, filter)) continue;
      instants.push(nextMaintenanceBoundary(item, now, 0));
      if (!item.recurrence && item.endsAt !== undefined) instants.push(item.endsAt + span);
    }
  }
  return earliestAfter(now, instants);
}

/** Time and status: what tells updates apart, but for exact duplicates. */
const baseKey = (update: StatusUpdate) => `${update.at}:${update.status}`;

/** Whether two updates share time and status. */
const same = (a: StatusUpdate, b: StatusUpdate) => a.at === b.at && a.status === b.status;

/**
 * The identity of the update at `index` in `updates` (newest first, as the model sorts them):
 * time and status, and for an update sharing both with older ones, how many of those there are.
 * Counted from the oldest end, so an update prepended by a later feed changes no existing key
 * (and `repeat` keeps their nodes). Duplicates share a time, so they are neighbours in the list:
 * O(duplicates).
 */
export function updateKey(updates: readonly StatusUpdate[], index: number): string {
  const update = updates[index]!;
  let older = 0;
  for (let i = index + 1; i < updates.length && updates[i]!.at === update.at; i++) {
    if (same(updates[i]!, update)) older++;
  }
  return older ? `${baseKey(update)}#${older}` : baseKey(update);
}
