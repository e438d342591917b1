/**
 * What `<component-status>` lists (its day bars come from history.ts):
 * - the feed's components in feed order, after the `components` filter (ids or names, any case,
 *   as for the other elements' items);
 * - each with the status it shows now, by the rules of `<status-indicator>` (indicator.ts) for one
 *   component: the worse of what the active items touching it say (an unresolved incident of
 *   impact critical, major, minor or none reads as a major outage, a partial outage, degraded
 *   performance and degraded performance again, so an open incident never reads as operational;
 *   a maintenance window in progress as maintenance) and the feed's own `status` for it, whose
 *   `maintenance` counts while a window that names it is in progress, or always when no window
 *   names it. Incidents rank above maintenance, as in the banner. With a `regions` filter only
 *   the items in those regions count, and the component's own status does not (it names no
 *   region), as for the indicator;
 * - flat, or in sections: a group (the feed's `group`, which the adapters fill from Statuspage
 *   groups, incident.io groups and Better Stack sections) where it first appears, holding every
 *   component of that group in feed order, and each ungrouped component where it stands.
 *
 * Pure functions of the model and the instant, O(components × items touching them).
 */
import type { ComponentStatus } from '../feed/schema.js';
import type { FeedModel, Incident, Maintenance, StatusComponent } from '../feed/model.js';
import { maintenanceState, nextMaintenanceBoundary } from '../time/phase.js';
import { earliestAfter } from './boundary.js';
import { matchesFilter, type ItemFilter } from './filter.js';
import { IMPACT_STATE } from './indicator.js';
import { keyOf } from './merge.js';
import type { ShownChange, ShownDiff } from './changes.js';

/** What made a component's status worse than the feed says: an active incident or a window in progress. */
export type ComponentCause =
  | { kind: 'incident'; item: Incident; phase: 'active' }
  | { kind: 'maintenance'; item: Maintenance; phase: 'in_progress' };

export interface ComponentEntry {
  component: StatusComponent;
  /** Its identity in keys (`keyOf`: its id, after its feed's when the element reads several). */
  key: string;
  /** The status shown now (see above). */
  status: ComponentStatus;
  /** The item behind `status`, when an item is (not only the feed's own status). */
  cause?: ComponentCause;
}

export type ComponentSection =
  | { kind: 'component'; key: string; entry: ComponentEntry }
  | {
      kind: 'group';
      key: string;
      /** The group's name as the feed writes it. */
      name: string;
      /** The name of its feed's page, when the element reads several feeds. */
      page?: string;
      entries: ComponentEntry[];
      /** The worst status of its components. */
      status: ComponentStatus;
    };

/** How bad each status is: the worst one wins. */
export const STATUS_RANK: Readonly<Record<ComponentStatus, number>> = {
  operational: 0,
  maintenance: 1,
  degraded: 2,
  partial_outage: 3,
  major_outage: 4,
};

/** The worse of two statuses. */
export const worseStatus = (a: ComponentStatus, b: ComponentStatus): ComponentStatus =>
  STATUS_RANK[b] > STATUS_RANK[a] ? b : a;

/** Whether `component` is listed by the `components` filter (or there is none). */
export function componentMatches(component: StatusComponent, filter: ItemFilter): boolean {
  const wanted = filter.components;
  return (
    !wanted.length ||
    wanted.includes(component.id.toLowerCase()) ||
    wanted.includes(component.name.toLowerCase())
  );
}

/** The incidents and maintenance windows that count under the `regions` filter (all without one). */
export function regionItems(model: FeedModel, filter: ItemFilter): FeedModel {
  if (!filter.regions.length) return model;
  const regions: ItemFilter = { components: [], regions: filter.regions };
  return {
    ...model,
    incidents: model.incidents.filter((item) => matchesFilter(item, model, regions)),
    maintenances: model.maintenances.filter((item) => matchesFilter(item, model, regions)),
  };
}

/** The components shown at `now`, in feed order, each with its status and its cause. */
export function componentEntries(model: FeedModel, filter: ItemFilter, now: number): ComponentEntry[] {
  const counted = regionItems(model, filter);
  const causes = new Map<string, { status: ComponentStatus; cause: ComponentCause }>();
  const consider = (status: ComponentStatus, cause: ComponentCause) => {
    for (const id of cause.item.components) {
      // An item names the components of its own feed.
      const key = keyOf({ id, origin: cause.item.origin });
      const known = causes.get(key);
      // The worse status wins; between equals, the incident that started last.
      if (!known || STATUS_RANK[status] > STATUS_RANK[known.status]) causes.set(key, { status, cause });
    }
  };
  // Incidents come active first, newest first (model.ts): the first of a rank is the newest.
  for (const item of counted.incidents) {
    if (item.status === 'resolved') break;
    consider(IMPACT_STATE[item.impact], { kind: 'incident', item, phase: 'active' });
  }
  for (const item of counted.maintenances) {
    if (maintenanceState(item, now).phase !== 'in_progress') continue;
    consider('maintenance', { kind: 'maintenance', item, phase: 'in_progress' });
  }
  const entries: ComponentEntry[] = [];
  for (const component of model.components) {
    if (!componentMatches(component, filter)) continue;
    const key = keyOf(component);
    const found = causes.get(key);
    const own: ComponentStatus =
      filter.regions.length || (component.status === 'maintenance' && !maintenanceStands(key, model, now))
        ? 'operational'
        : component.status;
    entries.push(
      found && STATUS_RANK[found.status] >= STATUS_RANK[own]
        ? { component, key, status: found.status, cause: found.cause }
        : { component, key, status: own },
    );
  }
  return entries;
}

/** Whether an item names the component keyed `key` (ids are those of the item's own feed). */
const names = (item: Incident | Maintenance, key: string) =>
  item.components.some((id) => keyOf({ id, origin: item.origin }) === key);

/**
 * Whether a component's own `maintenance` status stands at `now`: a window that names it is in
 * progress, or no window in the feed names it (as indicator.ts has it).
 */
function maintenanceStands(key: string, model: FeedModel, now: number): boolean {
  const named = model.maintenances.filter((m) => names(m, key));
  return !named.length || named.some((m) => maintenanceState(m, now).phase === 'in_progress');
}

/** The entries as shown: flat (one section each), or with `grouped` in their groups (see above). */
export function componentSections(entries: readonly ComponentEntry[], grouped: boolean): ComponentSection[] {
  const sections: ComponentSection[] = [];
  const groups = new Map<string, ComponentSection & { kind: 'group' }>();
  for (const entry of entries) {
    const name = grouped ? entry.component.group : undefined;
    if (name === undefined) {
      sections.push({ kind: 'component', key: `component:${entry.key}`, entry });
      continue;
    }
    // Two feeds' groups of one name are two groups.
    const { origin } = entry.component;
    const key = `group:${keyOf({ id: name, origin })}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: 'group', key, name, entries: [], status: 'operational' };
      if (origin?.name) group.page = origin.name;
      groups.set(key, group);
      sections.push(group);
    }
    group.entries.push(entry);
    group.status = worseStatus(group.status, entry.status);
  }
  return sections;
}

/**
 * The next instant after `now` at which a shown status changes by the clock alone: a window
 * touching a shown component starting or ending (which also ends a component's own
 * `maintenance`). (The strips change at midnight too: the
 * element adds the end of today's bar.)
 */
export function nextComponentBoundary(
  model: FeedModel,
  entries: readonly ComponentEntry[],
  filter: ItemFilter,
  now: number,
): number | undefined {
  const shown = new Set(entries.map((entry) => entry.key));
  const instants: (number | undefined)[] = [];
  for (const item of regionItems(model, filter).maintenances) {
    if (item.components.some((id) => shown.has(keyOf({ id, origin: item.origin })))) {
      instants.push(nextMaintenanceBoundary(item, now, 0));
    }
  }
  return earliestAfter(now, instants);
}

/** What the element remembers between comparisons: each shown component's key and status, in order. */
export type ComponentMemory = ReadonlyMap<string, ComponentStatus>;

/** The detail of a component's `status-change`: the item behind its status, and the component. */
function change(entry: ComponentEntry | undefined): ShownChange {
  const cause = entry?.cause;
  return {
    item: cause?.item,
    kind: cause?.kind,
    phase: cause?.phase,
    component: entry && { ...entry.component, status: entry.status },
  };
}

/**
 * What changed since the last comparison: each shown component whose status changed is a change
 * (its detail names the component with its new status, and the item behind it, if any), and
 * those are announced ("Public API: Partial outage"); or else a changed list of components (the
 * feed, a filter) is one change, for the first shown (nothing announced). The first list is a
 * change when it holds anything, announced by nobody; an empty element reports nothing at first.
 */
export function componentChanges(
  previous: ComponentMemory | undefined,
  entries: readonly ComponentEntry[],
): ShownDiff<ComponentMemory, ComponentEntry[]> {
  const memory: ComponentMemory = new Map(entries.map((entry) => [entry.key, entry.status]));
  const changed = previous
    ? entries.filter((entry) => {
        const before = previous.get(entry.key);
        return before !== undefined && before !== entry.status;
      })
    : [];
  if (changed.length) return { memory, changes: changed.map(change), announce: changed };
  const same =
    previous !== undefined &&
    previous.size === memory.size &&
    [...previous.keys()].every((key, index) => entries[index]?.key === key);
  if (same || (previous === undefined && !entries.length)) return { memory, changes: [] };
  return { memory, changes: [change(entries[0])] };
}

/**
 * The narrowest a day may be on screen (bar and gap, CSS pixels). A strip too narrow for its
 * days at this pitch shows fewer — 90, 60, then 30 days (never more than `days`) — so it never
 * scrolls sideways: 320 px shows 30 days.
 */
const MIN_DAY_PITCH = 5;
const FEWER_DAYS = [90, 60, 30];

/** How many of `days` fit a strip `width` pixels wide (see MIN_DAY_PITCH). */
export function daysThatFit(days: number, width: number): number {
  if (!(width > 0) || days * MIN_DAY_PITCH <= width) return days;
  for (const fewer of FEWER_DAYS) if (fewer < days && fewer * MIN_DAY_PITCH <= width) return fewer;
  return Math.min(days, FEWER_DAYS.at(-1)!);
}
