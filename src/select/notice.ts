/**
 * Which maintenance `<maintenance-notice>` shows:
 * 1. the one named by `maintenance` (its id; over several feeds, the first with that id), whatever
 *    its phase and the filters;
 * 2. otherwise, among those passing the filters, the one in progress (the earliest started);
 * 3. otherwise a one-off window that ended within the last `keepMs` (default 24 hours; a window
 *    finished early ended at its `completed` update), so its after-note is seen — the latest first;
 * 4. otherwise the next upcoming one (recurring schedules by their next occurrence), soonest first.
 * Cancelled windows show only when named by id.
 */
import type { FeedModel, Maintenance } from '../feed/model.js';
import { maintenanceState, windowAt, type MaintenanceState } from '../time/phase.js';
import { earliestAfter, nextShownChange } from './boundary.js';
import type { TimeWindow } from '../time/recurrence.js';
import { matchesFilter, type ItemFilter } from './filter.js';

export interface NoticeEntry extends MaintenanceState {
  item: Maintenance;
}

export interface NoticeOptions {
  now: number;
  /** The id given by the `maintenance` attribute. */
  id?: string;
  filter: ItemFilter;
  /** How long a finished one-off window stays shown (ms). */
  keepMs?: number;
}

const DAY = 86_400_000;

/** The maintenance to show at `now`, with its phase and window, or undefined. */
export function noticeEntry(model: FeedModel, options: NoticeOptions): NoticeEntry | undefined {
  const { now, id, filter, keepMs = DAY } = options;
  if (id) {
    const item = model.maintenances.find((m) => m.id === id);
    return item && { item, ...maintenanceState(item, now) };
  }
  let best: { entry: NoticeEntry; rank: number; order: number } | undefined;
  for (const item of model.maintenances) {
    if (!matchesFilter(item, model, filter)) continue;
    const state = maintenanceState(item, now);
    const window = state.window;
    if (!window) continue;
    const [rank, order] =
      state.phase === 'in_progress'
        ? [0, window.startsAt]
        : state.phase === 'completed' && !item.recurrence && endedAt(item, window) > now - keepMs
          ? [1, -endedAt(item, window)]
          : state.phase === 'upcoming'
            ? [2, window.startsAt]
            : [Infinity, 0];
    if (rank < Infinity && (!best || rank < best.rank || (rank === best.rank && order < best.order))) {
      best = { entry: { item, ...state }, rank, order };
    }
  }
  return best?.entry;
}

/**
 * When a finished one-off window ended: its planned end, or the time of its `completed` update
 * when that came earlier (a window finished early).
 */
export function endedAt(item: Maintenance, window: TimeWindow): number {
  const completed = item.updates.find((update) => update.status === 'completed')?.at;
  return completed !== undefined && completed < window.endsAt ? completed : window.endsAt;
}

/** The next instant at which what `<maintenance-notice>` shows may change by the clock alone. */
export function nextNoticeBoundary(model: FeedModel, options: NoticeOptions): number | undefined {
  const { now, id, filter, keepMs = DAY } = options;
  return earliestAfter(
    now,
    model.maintenances
      .filter((item) => (id ? item.id === id : matchesFilter(item, model, filter)))
      .flatMap((item) => {
        // A finished one-off window leaves the notice `keepMs` after it ended.
        const window = item.recurrence ? undefined : windowAt(item, now);
        return [nextShownChange(item, now, 0), window && endedAt(item, window) + keepMs];
      }),
  );
}
