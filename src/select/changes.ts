/**
 * "Is this new?": what each element compares between one render and the next to decide what
 * to report with `status-change` and what to announce in its polite live region. Pure
 * functions: each takes what the last comparison remembered and what is shown now, and returns
 * the memory for next time, the changes, and what to announce. The elements call them through
 * one reactive controller (`elements/shared/shown-change.ts`), which fires the events after
 * the render.
 */
import type { FeedItem, FeedModel, StatusComponent, StatusUpdate } from '../feed/model.js';
import type { IncidentPhase, MaintenancePhase } from '../time/phase.js';
import type { BannerEntry } from './banner.js';
import type { NoticeEntry } from './notice.js';
import type { IndicatorSelection, IndicatorState } from './indicator.js';
import { updateKey, type TimelineEntry } from './timeline.js';
import { keyOf } from './merge.js';

/** What an element reports when what it shows changes: the detail of `status-change`. */
export interface ShownChange {
  /** The item now shown, or `undefined` when the element shows nothing. */
  readonly item: FeedItem | undefined;
  /** The kind of `item`; `undefined` with it. */
  readonly kind: 'incident' | 'maintenance' | undefined;
  /**
   * The phase of `item`: `active` or `resolved` (incident), `upcoming`, `in_progress`,
   * `completed` or `cancelled` (maintenance); `operational` when `<status-banner
   * show-operational>` now shows its "all systems operational" line, or `<status-indicator>` the
   * operational state (with `item` and `kind` undefined); `undefined` when the element shows
   * nothing, or when a component's status decides the indicator's state.
   */
  readonly phase: IncidentPhase | MaintenancePhase | 'operational' | undefined;
  /**
   * The new update that caused the change, when there is one (`<incident-timeline>`: an update
   * that is new in the feed, on a shown item — including the latest update of an item new in the
   * feed; an item that only comes into view, by the clock or a filter, carries none).
   */
  readonly update?: StatusUpdate;
  /**
   * `<status-indicator>`: the overall state now shown (`operational`, `degraded`,
   * `partial_outage`, `major_outage` or `maintenance`).
   */
  readonly state?: IndicatorState;
  /**
   * `<component-status>`: the component whose shown status changed, with that status (for a
   * change of the list of components, the first one shown).
   */
  readonly component?: StatusComponent;
}

/** One comparison: the memory for the next, the changes to report, and what to announce. */
export interface ShownDiff<Memory, Said> {
  readonly memory: Memory;
  readonly changes: readonly ShownChange[];
  /** What to announce now; `null` empties the live region; absent leaves it as it is. */
  readonly announce?: Said | null;
}

const NOTHING: ShownChange = { item: undefined, kind: undefined, phase: undefined };

/**
 * The banner: a change when the shown item or its phase changes, or the "all systems
 * operational" line appears or goes. Nothing is reported while nothing was ever shown. The
 * banner announces through its own regions (the shown item is their content), so this
 * announces nothing.
 */
export function bannerChange(
  previous: string | undefined,
  entry: BannerEntry | undefined,
  operational: boolean,
): ShownDiff<string | undefined, never> {
  const key = entry
    ? `${entry.kind}:${keyOf(entry.item)}:${entry.phase}`
    : operational
      ? 'operational'
      : undefined;
  if (key === previous) return { memory: key, changes: [] };
  if (previous === undefined && key === undefined) return { memory: key, changes: [] };
  const change: ShownChange = entry
    ? { item: entry.item, kind: entry.kind, phase: entry.phase }
    : operational
      ? { ...NOTHING, phase: 'operational' }
      : NOTHING;
  return { memory: key, changes: [change] };
}

/**
 * The notice: a change when the window shown (an occurrence, for a recurring one) or its phase
 * changes. A new phase of the same window is announced; another window, or none, empties the
 * region so a sentence about the old one does not linger. Nothing is reported while nothing
 * was ever shown.
 */
export function noticeChange(
  previous: string | undefined,
  entry: NoticeEntry | undefined,
): ShownDiff<string | undefined, NoticeEntry> {
  const window = entry ? `${keyOf(entry.item)}:${entry.window?.startsAt ?? ''}:` : undefined;
  const key = entry ? `${window}${entry.phase}` : undefined;
  if (key === previous) return { memory: key, changes: [] };
  if (previous === undefined && !entry) return { memory: key, changes: [] };
  const samePlace = entry !== undefined && previous?.startsWith(window!) === true;
  return {
    memory: key,
    changes: [entry ? { item: entry.item, kind: 'maintenance', phase: entry.phase } : NOTHING],
    announce: samePlace ? entry : null,
  };
}

/** What the timeline remembers between comparisons. */
export interface TimelineMemory {
  /** The feed the latest updates were read from. */
  readonly model: FeedModel;
  /** `kind:id` → the key of that item's latest update (`''` without updates). */
  readonly latest: ReadonlyMap<string, string>;
  /** The keys of the items shown, one per line. */
  readonly selection: string;
  /** How many items showed, and how many pages were revealed. */
  readonly count: number;
  readonly pages: number;
}

/**
 * The timeline, among the items `shown` (the `pages` revealed): each shown item whose latest
 * update is new in this feed is a change (with that `update`; the newest of them is announced),
 * or else a changed set of shown items is one change (without `update`, for the first shown).
 * Items beyond the revealed pages are neither announced nor reported, and revealing a page
 * ("Show more", the user's own doing) is not a change. Nothing is announced for the first feed,
 * and an empty element reports nothing at first. O(items) when the feed changed, O(shown)
 * otherwise.
 */
export function timelineChanges(
  previous: TimelineMemory | undefined,
  model: FeedModel,
  shown: readonly TimelineEntry[],
  pages: number,
): ShownDiff<TimelineMemory, TimelineEntry> {
  let latest: ReadonlyMap<string, string>;
  const fresh = new Set<string>();
  if (previous && model === previous.model) {
    latest = previous.latest;
  } else {
    const now = new Map<string, string>();
    for (const item of [...model.incidents, ...model.maintenances]) {
      now.set(`${item.kind}:${keyOf(item)}`, item.updates.length ? updateKey(item.updates, 0) : '');
    }
    if (previous) {
      for (const [key, value] of now) if (value && previous.latest.get(key) !== value) fresh.add(key);
    }
    latest = now;
  }

  const updated = fresh.size ? shown.filter((entry) => fresh.has(entry.key)) : [];
  const changes: ShownChange[] = updated.map((entry) => ({
    item: entry.item,
    kind: entry.kind,
    phase: entry.phase,
    update: entry.item.updates[0]!,
  }));
  const newest = updated.reduce<TimelineEntry | undefined>(
    (best, entry) => (!best || entry.item.updates[0]!.at > best.item.updates[0]!.at ? entry : best),
    undefined,
  );

  const keys = shown.map((entry) => entry.key);
  // A page revealed by "Show more": only what showed before is compared.
  const revealed = pages > (previous?.pages ?? 1);
  const compared = (revealed ? keys.slice(0, previous?.count ?? 0) : keys).join('\n');
  const before = previous?.selection;
  if (!changes.length && compared !== before && !(before === undefined && !shown.length)) {
    const top = shown[0];
    changes.push(top ? { item: top.item, kind: top.kind, phase: top.phase } : NOTHING);
  }
  return {
    memory: { model, latest, selection: keys.join('\n'), count: keys.length, pages },
    changes,
    ...(newest ? { announce: newest } : {}),
  };
}

/**
 * The indicator: a change whenever the overall state changes, the first state included (what the
 * element shows went from nothing to it), with the item that decides it (none for a state a
 * component's status decides, `phase: 'operational'` when all is well). Every change after the
 * first is announced; the first is not, so loading a page says nothing.
 */
export function indicatorChange(
  previous: IndicatorState | undefined,
  selection: IndicatorSelection,
): ShownDiff<IndicatorState, IndicatorState> {
  const { state, cause } = selection;
  if (state === previous) return { memory: state, changes: [] };
  const change: ShownChange = {
    item: cause?.item,
    kind: cause?.kind,
    phase: cause?.phase ?? (state === 'operational' ? 'operational' : undefined),
    state,
  };
  return { memory: state, changes: [change], ...(previous !== undefined && { announce: state }) };
}
