/**
 * What `<component-status>` shows for one component: a strip of day bars, one per calendar day in
 * the viewer's zone, the last one today.
 *
 * - An incident touches a component when its `components` list names the component's id; one
 *   that names no components touches none (as the `components` filter treats it, filter.ts), so a
 *   page-wide incident colours no bar. It covers `startedAt` to its end (`incidentEnd`: the
 *   resolution, else its latest update, else its start) or, while unresolved, to now.
 * - A maintenance window touches a component the same way. A one-off window covers `startsAt` to
 *   `endsAt`; one the feed says is in progress or verifying covers until now when it runs past
 *   its planned end, and from its oldest `in_progress` update when it began early; a recurring
 *   schedule covers each of its occurrences; a `completed` schedule with
 *   updates, only the occurrences that started before its latest update. Cancelled windows never
 *   count. Everything is clipped to now, so a window that has not begun colours nothing.
 * - A day's level is the worst impact (critical, major, minor) of the incidents that touched the
 *   component that day (impact `none` counts as nothing); else `maintenance` when a window touched
 *   it; else `operational`. A day that ends at or before `historyStart` (the feed knows nothing
 *   about it), or starts after now, is `nodata`.
 * - Daily uptime (`StatusComponent.uptime`, dates as the feed counts them) is matched to the bar of
 *   the same date. It sets `uptime` and does not change the level, except that a day below 100 %
 *   with no incident is at least `minor` (even on a maintenance day: uptime figures leave planned
 *   work out, so a dip is something else). A day with uptime is never `nodata`.
 * - Minutes are whole minutes (rounded down) of the union of the intervals within the day and
 *   before now, so overlapping incidents count once.
 *
 * Cost: the model is indexed once (per model object, which is treated as immutable) by component
 * id; each strip then sorts that component's intervals, merges them, and walks them over the
 * days, so the work grows with the component's items and the days, never with their product.
 */
import type { FeedItem, FeedModel, Incident, Maintenance, StatusComponent } from '../feed/model.js';
import { isTimeZone } from '../feed/instant.js';
import { localDay, zoneOffset, zonedToInstant } from '../time/zone.js';
import { occurrencesAfter } from '../time/recurrence.js';
import { incidentEnd } from './timeline.js';
import { keyOf } from './merge.js';

/** How bad a day was for a component: worst first. 'nodata' = before the feed's history begins (or after now). */
export type DayLevel = 'critical' | 'major' | 'minor' | 'maintenance' | 'operational' | 'nodata';

export interface DayBar {
  /** The calendar day in the viewer's zone, YYYY-MM-DD. */
  date: string;
  /** Its bounds (ms since the epoch); a DST day is 23 or 25 hours long. */
  start: number;
  end: number;
  level: DayLevel;
  /** Minutes of that day under an incident of impact minor or worse that touched the component, clipped to the day and to now (overlaps counted once). */
  incidentMinutes: number;
  /** Minutes of that day under maintenance windows that touched the component (one-off and recurring occurrences), clipped likewise. */
  maintenanceMinutes: number;
  /** Incidents that overlapped that day (start..resolvedAt or now), newest first. */
  incidents: Incident[];
  /** Maintenance windows that overlapped that day: the item and the occurrence's bounds. */
  maintenances: { item: Maintenance; startsAt: number; endsAt: number }[];
  /** Availability percent for the day, only where the feed carries daily uptime for the component. */
  uptime?: number;
}

export interface ComponentHistory {
  componentId: string;
  /** Oldest first, `days` long, the last one is today (in the zone). */
  days: DayBar[];
  /** 'uptime' when the bars come from the feed's daily uptime, else 'incidents'. */
  source: 'uptime' | 'incidents';
  /** Mean availability over the days that have uptime data, only when source is 'uptime'. */
  uptimePercent?: number;
}

export interface HistoryOptions {
  now: number;
  days: number;
  timeZone: string;
}

/** The most days a strip holds. */
export const MAX_HISTORY_DAYS = 365;

/** Levels from the worst down (the `DayLevel` order). */
const LEVELS = ['critical', 'major', 'minor', 'maintenance', 'operational', 'nodata'] as const;
const RANK = { critical: 0, major: 1, minor: 2 } as const;
/** No impact that day (a rank below every impact's). */
const NONE = 9;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** A strip's length: a whole number from 1 to 365 (90 for anything that is not a number). */
export function stripDays(days: number): number {
  return Number.isFinite(days) ? Math.min(MAX_HISTORY_DAYS, Math.max(1, Math.floor(days))) : 90;
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** A strip's days: `starts[i]` the first instant of day `i` (`starts[n]` the end of the last), and their dates. */
interface Days {
  starts: number[];
  dates: string[];
}

/** The last few strips' days, by zone, first day and length: every component's strip shares them. */
const dayCache = new Map<string, Days>();

/**
 * The bounds and dates of `count` days from day number `first` in `timeZone`. Each day starts at
 * its local midnight (a skipped midnight: the first instant there is, as `zonedToInstant` reads
 * it). The offset at one midnight is tried for the next and checked with one zone lookup; only
 * near a change of offset is the midnight worked out in full.
 */
function stripDaysIn(first: number, count: number, timeZone: string): Days {
  const key = `${timeZone} ${first} ${count}`;
  let days = dayCache.get(key);
  if (!days) {
    const starts: number[] = [];
    const dates: string[] = [];
    let offset = NaN;
    for (let day = first; day <= first + count; day++) {
      const guess = day * DAY - offset * MINUTE;
      let start = guess;
      if (!(offset === offset && zoneOffset(guess, timeZone) === offset)) {
        start = zonedToInstant(1970, 1, 1 + day, 0, timeZone);
        offset = zoneOffset(start, timeZone);
      }
      starts.push(start);
      if (day < first + count) dates.push(dateOfDay(day));
    }
    days = { starts, dates };
    if (dayCache.size >= 8) dayCache.delete(dayCache.keys().next().value!);
    dayCache.set(key, days);
  }
  return days;
}

interface Occurrence {
  item: Maintenance;
  startsAt: number;
  endsAt: number;
}

interface ComponentItems {
  incidents: Incident[];
  maintenances: Maintenance[];
}

const indexes = new WeakMap<FeedModel, Map<string, ComponentItems>>();

/** The incidents and maintenances naming each component id, made once per model. */
function itemsOf(model: FeedModel, componentId: string): ComponentItems | undefined {
  let index = indexes.get(model);
  if (!index) {
    index = new Map();
    const entry = (id: string) => {
      let items = index!.get(id);
      if (!items) index!.set(id, (items = { incidents: [], maintenances: [] }));
      return items;
    };
    // By `keyOf` (over several feeds, a component is named only by the items of its own feed).
    const key = (id: string, item: FeedItem) => keyOf({ id, origin: item.origin });
    for (const item of model.incidents)
      for (const id of new Set(item.components)) entry(key(id, item)).incidents.push(item);
    for (const item of model.maintenances) {
      if (item.status === 'cancelled') continue;
      for (const id of new Set(item.components)) entry(key(id, item)).maintenances.push(item);
    }
    indexes.set(model, index);
  }
  return index.get(componentId);
}

const uptimes = new WeakMap<StatusComponent, Map<string, number>>();

/** A component's daily uptime by date, made once per component object. */
function uptimeByDate(component: StatusComponent): Map<string, number> {
  let map = uptimes.get(component);
  if (!map) uptimes.set(component, (map = new Map(component.uptime?.map((u) => [u.date, u.percent]))));
  return map;
}

/** When an incident stops covering time at `now`: its end once resolved, else now. */
function incidentUntil(incident: Incident, now: number): number {
  return incident.status === 'resolved' ? incidentEnd(incident) : now;
}

/** The windows of a maintenance that overlap `from`..`to` (both bounds of the strip, `to` at most now). */
function occurrences(item: Maintenance, from: number, to: number, now: number): Occurrence[] {
  if (item.recurrence) {
    const rec = item.recurrence;
    // A schedule marked completed stopped at its latest update (when it says so).
    const stop = item.status === 'completed' && item.updates[0] ? Math.min(to, item.updates[0].at) : to;
    const out: Occurrence[] = [];
    // At most one occurrence starts per day (DAILY is the finest frequency), and one may run
    // in from before `from`: the strip's days plus a few bound the list.
    const limit = Math.ceil((stop - from) / DAY) + 3;
    for (const w of occurrencesAfter(rec, from, limit)) {
      if (w.startsAt >= stop) break;
      out.push({ item, startsAt: w.startsAt, endsAt: w.endsAt });
    }
    return out;
  }
  if (item.startsAt === undefined || item.endsAt === undefined) return [];
  let { startsAt, endsAt } = item;
  if (item.status === 'in_progress' || item.status === 'verifying') {
    // Started early: from its oldest `in_progress` update.
    for (const u of item.updates) if (u.status === 'in_progress' && u.at < startsAt) startsAt = u.at;
    // Running late: until now.
    if (now >= startsAt) endsAt = Math.max(endsAt, now);
  }
  return startsAt < to && endsAt > from ? [{ item, startsAt, endsAt }] : [];
}

/**
 * The union of intervals (each `[start, end)`), as sorted disjoint intervals. Sorts `list` in
 * place by start.
 */
function union(list: [number, number][]): [number, number][] {
  list.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of list) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) out.push([start, end]);
  }
  return out;
}

/** The index of the day (by `starts`, ascending, `starts[n]` the end of the last) containing `at`, clamped to 0..n-1. */
function dayIndex(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Adds the length (ms) of each interval's part in each day to that day's entry of `ms`. */
function spread(intervals: [number, number][], starts: readonly number[], ms: Float64Array): void {
  for (const [start, end] of intervals) {
    for (let i = dayIndex(starts, start); i < ms.length && starts[i]! < end; i++) {
      ms[i]! += Math.min(end, starts[i + 1]!) - Math.max(start, starts[i]!);
    }
  }
}

/** The instant a date of a component's uptime list begins (its page's zone, else UTC). */
function uptimeDayStart(date: string, component: StatusComponent, model: FeedModel): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return zonedToInstant(y, m, d, 0, (component.origin ?? model.page).timeZone ?? 'UTC');
}

const historyStarts = new WeakMap<FeedModel, number | undefined>();

/**
 * When the feed's history begins (ms): the earliest of its oldest incident start, oldest
 * maintenance start (a one-off window's start, a schedule's first occurrence; cancelled windows
 * aside), the start of its oldest uptime day, and `page.historyStart`; undefined when the feed
 * has none of them. Days wholly before it are 'nodata'.
 */
export function historyStart(model: FeedModel): number | undefined {
  if (historyStarts.has(model)) return historyStarts.get(model);
  let start = model.page.historyStart ?? Infinity;
  for (const item of model.incidents) start = Math.min(start, item.startedAt);
  for (const item of model.maintenances) {
    if (item.status === 'cancelled') continue;
    const first = item.recurrence
      ? occurrencesAfter(item.recurrence, -Infinity, 1)[0]?.startsAt
      : item.startsAt;
    if (first !== undefined) start = Math.min(start, first);
  }
  for (const component of model.components) {
    const oldest = component.uptime?.[0];
    if (oldest) start = Math.min(start, uptimeDayStart(oldest.date, component, model));
  }
  const found = start === Infinity || start !== start ? undefined : start;
  historyStarts.set(model, found);
  return found;
}

/**
 * One component's day bars. Unknown id -> all days 'nodata'. Over several feeds `componentId` is
 * the component's `keyOf`.
 */
export function componentHistory(
  model: FeedModel,
  componentId: string,
  options: HistoryOptions,
): ComponentHistory {
  const { now } = options;
  // An unknown zone reads as UTC; an instant that is not a time gives no days at all.
  const timeZone = isTimeZone(options.timeZone) ? options.timeZone : 'UTC';
  const today = localDay(now, timeZone);
  if (!Number.isFinite(today)) return { componentId, days: [], source: 'incidents' };
  const count = stripDays(options.days);
  const first = today - count + 1;
  const { starts, dates } = stripDaysIn(first, count, timeZone);
  const from = starts[0]!;
  const to = Math.min(starts[count]!, now);

  const component = model.components.find((c) => keyOf(c) === componentId);
  const items = component ? itemsOf(model, keyOf(component)) : undefined;
  const begins = historyStart(model) ?? Infinity;

  const incidentMs = new Float64Array(count);
  const maintenanceMs = new Float64Array(count);
  /** The worst impact's rank (RANK) each day; NONE for none. */
  const worst = new Uint8Array(count).fill(NONE);
  // Lists only for the days that have something.
  const dayIncidents = new Array<Incident[] | undefined>(count);
  const dayMaintenances = new Array<Occurrence[] | undefined>(count);

  const counting: [number, number][] = [];
  for (const incident of items?.incidents ?? []) {
    const start = incident.startedAt;
    // A zero-length incident still marks the instant it happened.
    const end = Math.max(incidentUntil(incident, now), start + 1);
    if (!(start < to && end > from)) continue;
    const clipped: [number, number] = [Math.max(start, from), Math.min(end, to)];
    for (let i = dayIndex(starts, clipped[0]); i < count && starts[i]! < clipped[1]; i++) {
      (dayIncidents[i] ??= []).push(incident);
      if (incident.impact !== 'none') worst[i] = Math.min(worst[i]!, RANK[incident.impact]);
    }
    if (incident.impact !== 'none') counting.push([clipped[0], Math.min(incidentUntil(incident, now), to)]);
  }
  spread(union(counting), starts, incidentMs);

  const windows: [number, number][] = [];
  for (const item of items?.maintenances ?? []) {
    for (const occurrence of occurrences(item, from, to, now)) {
      const clipped: [number, number] = [
        Math.max(occurrence.startsAt, from),
        Math.min(occurrence.endsAt, to),
      ];
      if (clipped[1] <= clipped[0]) continue;
      for (let i = dayIndex(starts, clipped[0]); i < count && starts[i]! < clipped[1]; i++) {
        (dayMaintenances[i] ??= []).push(occurrence);
      }
      windows.push(clipped);
    }
  }
  spread(union(windows), starts, maintenanceMs);

  const uptime = component?.uptime && uptimeByDate(component);
  let uptimeSum = 0;
  let uptimeDays = 0;
  const days: DayBar[] = [];
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    const end = starts[i + 1]!;
    const date = dates[i]!;
    const percent = uptime?.get(date);
    let level: DayLevel;
    if (!component || start > now || (end <= begins && percent === undefined)) level = 'nodata';
    else if (worst[i]! < NONE) level = LEVELS[worst[i]!]!;
    else if (percent !== undefined && percent < 100) level = 'minor';
    else level = dayMaintenances[i] ? 'maintenance' : 'operational';
    if (percent !== undefined) {
      uptimeSum += percent;
      uptimeDays++;
    }
    const bar: DayBar = {
      date,
      start,
      end,
      level,
      incidentMinutes: Math.floor(incidentMs[i]! / MINUTE),
      maintenanceMinutes: Math.floor(maintenanceMs[i]! / MINUTE),
      incidents: dayIncidents[i]?.sort(newestFirst) ?? [],
      maintenances: dayMaintenances[i]?.sort((a, b) => b.startsAt - a.startsAt || byId(a.item, b.item)) ?? [],
    };
    if (percent !== undefined) bar.uptime = percent;
    days.push(bar);
  }
  return uptimeDays
    ? { componentId, days, source: 'uptime', uptimePercent: uptimeSum / uptimeDays }
    : { componentId, days, source: 'incidents' };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newestFirst = (a: Incident, b: Incident) => b.startedAt - a.startedAt || byId(a, b);
