/**
 * What `<status-indicator>` shows: the overall state of the feed, or of the components and
 * regions it is filtered to, at an instant. One of five, worst first:
 *
 *   major_outage > partial_outage > degraded > maintenance > operational
 *
 * The worst of these decides:
 * - the active items, by the banner's precedence (select/banner.ts): an unresolved incident by its
 *   impact (`IMPACT_STATE`: critical → major outage, major → partial outage, minor → degraded, and
 *   `none` → degraded too, so an open incident never reads as operational), else a maintenance
 *   window in progress → maintenance (its own state, never an outage);
 * - the components' own statuses (`operational`, `degraded`, `partial_outage`, `major_outage`,
 *   `maintenance`). A component's `maintenance` counts while a window that names it is in
 *   progress (so the state changes at the window's exact end, not at the next poll), or always
 *   when no window in the feed names it (the feed's word is all there is).
 *
 * Filters: items as for every element (filter.ts). Components by `components` (id or name); with
 * a `regions` filter component statuses do not count, since a component names no region (as an
 * item that names no region is hidden by a regions filter).
 *
 * On a tie between an item and a component, the item is the cause: `item` is the active item that
 * decides the state, or `undefined` when the state is operational or comes from a component.
 */
import type { FeedModel, Incident, Maintenance, StatusComponent } from '../feed/model.js';
import type { Impact } from '../feed/schema.js';
import { maintenanceState } from '../time/phase.js';
import { bannerEntries, nextBannerBoundary } from './banner.js';
import { matchesFilter, type ItemFilter } from './filter.js';

/** The overall state, in the words of a component's status. */
export type IndicatorState = 'operational' | 'degraded' | 'partial_outage' | 'major_outage' | 'maintenance';

/** Every state, mildest first. */
export const INDICATOR_STATES: readonly IndicatorState[] = [
  'operational',
  'maintenance',
  'degraded',
  'partial_outage',
  'major_outage',
];

/** The state an unresolved incident of each impact stands for. */
export const IMPACT_STATE: Readonly<Record<Impact, IndicatorState>> = {
  critical: 'major_outage',
  major: 'partial_outage',
  minor: 'degraded',
  none: 'degraded',
};

/** The active item behind a state: an unresolved incident, or a window in progress. */
export type IndicatorCause =
  | { kind: 'incident'; item: Incident; phase: 'active' }
  | { kind: 'maintenance'; item: Maintenance; phase: 'in_progress' };

export interface IndicatorSelection {
  state: IndicatorState;
  /** The item that decides `state`; `undefined` when all is operational or a component decides. */
  cause?: IndicatorCause;
}

export interface IndicatorOptions {
  now: number;
  filter: ItemFilter;
}

const rank = (state: IndicatorState) => INDICATOR_STATES.indexOf(state);

/** The overall state at `now` (see above). */
export function indicatorSelection(model: FeedModel, { now, filter }: IndicatorOptions): IndicatorSelection {
  let selection: IndicatorSelection = { state: 'operational' };
  const consider = (state: IndicatorState, cause?: IndicatorCause) => {
    if (rank(state) > rank(selection.state)) selection = cause ? { state, cause } : { state };
  };

  // The banner's first active entry: the worst incident (impact none is not among them), else
  // the window in progress that started first.
  const top = bannerEntries(model, { now, leadMs: 0, filter }).find((entry) => entry.phase !== 'upcoming');
  if (top?.kind === 'incident') consider(IMPACT_STATE[top.item.impact], top);
  else if (top?.kind === 'maintenance')
    consider('maintenance', { kind: 'maintenance', item: top.item, phase: 'in_progress' });
  // An unresolved incident of impact none: still not operational.
  const quiet = model.incidents.find(
    (i) => i.status !== 'resolved' && i.impact === 'none' && matchesFilter(i, model, filter),
  );
  if (quiet) consider(IMPACT_STATE.none, { kind: 'incident', item: quiet, phase: 'active' });

  if (!filter.regions.length) {
    for (const component of model.components) {
      if (!componentMatches(component, filter)) continue;
      if (component.status === 'maintenance' && !maintenanceStands(component, model, now)) continue;
      consider(component.status);
    }
  }
  return selection;
}

/** The next instant at which the state may change by the clock alone: a window's start or end. */
export function nextIndicatorBoundary(
  model: FeedModel,
  { now, filter }: IndicatorOptions,
): number | undefined {
  return nextBannerBoundary(model, { now, leadMs: 0, filter });
}

/** Whether a `components` filter lets this component's status count (by id or name, any case). */
function componentMatches(component: StatusComponent, filter: ItemFilter): boolean {
  const wanted = filter.components;
  return (
    !wanted.length ||
    wanted.includes(component.id.toLowerCase()) ||
    wanted.includes(component.name.toLowerCase())
  );
}

/**
 * Whether a component's `maintenance` status stands at `now`: a window that names it is in
 * progress, or no window in the feed names it.
 */
function maintenanceStands(component: StatusComponent, model: FeedModel, now: number): boolean {
  const named = model.maintenances.filter((m) => m.components.includes(component.id));
  return !named.length || named.some((m) => maintenanceState(m, now).phase === 'in_progress');
}
