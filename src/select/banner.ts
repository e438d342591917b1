/**
 * What `<status-banner>` shows, by the precedence of the design:
 * 1. active incidents with impact critical, then major, then minor (`none` is never shown),
 *    newest first within one impact;
 * 2. maintenance in progress, the earliest started first;
 * 3. maintenance starting within the `lead` period, the soonest first;
 * then nothing (or an "all systems operational" line, which the element adds).
 * Dismissed entries are left out; the first remaining entry is the one shown.
 */
import type { FeedModel, Incident, Maintenance } from '../feed/model.js';
import { isWithinLead, maintenanceState } from '../time/phase.js';
import { earliestAfter, nextShownChange } from './boundary.js';
import type { TimeWindow } from '../time/recurrence.js';
import { matchesFilter, type ItemFilter } from './filter.js';
import { keyOf } from './merge.js';

export type BannerPhase = 'active' | 'in_progress' | 'upcoming';

export type BannerEntry =
  | {
      kind: 'incident';
      item: Incident;
      phase: 'active';
      /** The key a dismissal stores. */
      key: string;
      /** The stored keys that keep this entry hidden: its own, and those of the same update at a higher impact. */
      hiddenBy: string[];
    }
  | {
      kind: 'maintenance';
      item: Maintenance;
      phase: 'in_progress' | 'upcoming';
      window: TimeWindow;
      key: string;
      hiddenBy: string[];
    };

export interface BannerOptions {
  now: number;
  /** How long before its start a window is announced (ms). */
  leadMs: number;
  filter: ItemFilter;
}

const IMPACT_RANK = { critical: 0, major: 1, minor: 2, none: 3 } as const;

/**
 * The key under which dismissing an entry is remembered: the item, its phase, the occurrence
 * (for recurring windows) and its latest update, and for an incident its impact, so a new
 * update, a new phase or a worse impact shows it again. `id` is the item's `keyOf` (its id, after
 * its feed's identity in an element reading several feeds).
 */
export function dismissalKey(
  kind: 'incident' | 'maintenance',
  id: string,
  phase: BannerPhase,
  version: number,
  impact?: Incident['impact'],
): string {
  return `${kind}:${id}:${phase}:${version}${impact ? `:${impact}` : ''}`;
}

/** Impacts from the worst down. */
const IMPACTS_DOWN = ['critical', 'major', 'minor', 'none'] as const;

/** Every entry the banner could show at `now`, in precedence order (before dismissal). */
export function bannerEntries(model: FeedModel, options: BannerOptions): BannerEntry[] {
  const { now, leadMs, filter } = options;
  const incidents: BannerEntry[] = model.incidents
    .filter((i) => i.status !== 'resolved' && i.impact !== 'none' && matchesFilter(i, model, filter))
    .sort((a, b) => IMPACT_RANK[a.impact] - IMPACT_RANK[b.impact] || b.startedAt - a.startedAt)
    .map((item) => {
      const version = item.updates[0]?.at ?? item.startedAt;
      // Dismissed at this impact or a worse one: still hidden. At a milder one: shown again.
      const hiddenBy = IMPACTS_DOWN.slice(0, IMPACTS_DOWN.indexOf(item.impact) + 1).map((impact) =>
        dismissalKey('incident', keyOf(item), 'active', version, impact),
      );
      return { kind: 'incident', item, phase: 'active', key: hiddenBy.at(-1)!, hiddenBy };
    });

  const running: BannerEntry[] = [];
  const upcoming: BannerEntry[] = [];
  for (const item of model.maintenances) {
    if (!matchesFilter(item, model, filter)) continue;
    const state = maintenanceState(item, now);
    if (!state.window) continue;
    const version = Math.max(item.updates[0]?.at ?? 0, state.window.startsAt);
    if (state.phase === 'in_progress') {
      const key = dismissalKey('maintenance', keyOf(item), 'in_progress', version);
      running.push({
        kind: 'maintenance',
        item,
        phase: 'in_progress',
        window: state.window,
        key,
        hiddenBy: [key],
      });
    } else if (isWithinLead(state, now, leadMs)) {
      const key = dismissalKey('maintenance', keyOf(item), 'upcoming', version);
      upcoming.push({
        kind: 'maintenance',
        item,
        phase: 'upcoming',
        window: state.window,
        key,
        hiddenBy: [key],
      });
    }
  }
  const byStart = (a: BannerEntry, b: BannerEntry) =>
    (a.kind === 'maintenance' ? a.window.startsAt : 0) - (b.kind === 'maintenance' ? b.window.startsAt : 0);
  return [...incidents, ...running.sort(byStart), ...upcoming.sort(byStart)];
}

/** The next instant at which what the banner shows may change by the clock alone. */
export function nextBannerBoundary(model: FeedModel, options: BannerOptions): number | undefined {
  const { now, leadMs, filter } = options;
  return earliestAfter(
    now,
    model.maintenances
      .filter((item) => matchesFilter(item, model, filter))
      .map((item) => nextShownChange(item, now, leadMs)),
  );
}
