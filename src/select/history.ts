/**
 * What `<component-status>` shows for one component: a strip of day bars, one per calendar day in
 * the viewer's zone, the last one today.
 *
 * - An incident touches a component when its `components` list names the component's id; one
 *   that names no components touches none (as the `components` filter treats it, filter.ts), so a
 *   page-wide incident colours no bar. It covers `startedAt` to its end (`incidentEnd`: the
 *   resolution, else its latest update, else its start) or, while unresolved, to now.
 * - A maintenance window touches a component the same way. A one-off window covers `startsAt` to
 *   `endsAt` (one the feed still says is in progress or verifying covers until now, past its
 *   planned end); a recurring schedule covers each of its occurrences; a `completed` schedule with
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
import type { FeedModel, Incident, Maintenance } from '../feed/model.js';
import { localDay, zonedToInstant } from '../time/zone.js';
import { occurrencesAfter } from '../time/recurrence.js';
import { incidentEnd } from './timeline.js';

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

/** The first instant of a day number's date in `timeZone` (a skipped midnight: the first instant there is). */
function dayStart(day: number, timeZone: string): number {
  return zonedToInstant(1970, 1, 1 + day, 0, timeZone);
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
    for (const item of model.incidents)
      for (const id of new Set(item.components)) entry(id).incidents.push(item);
    for (const item of model.maintenances) {
      if (item.status === 'cancelled') continue;
      for (const id of new Set(item.components)) entry(id).maintenances.push(item);
    }
    indexes.set(model, index);
  }
  return index.get(componentId);
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
  const running = item.status === 'in_progress' || item.status === 'verifying';
  const endsAt = running && now >= item.startsAt ? Math.max(item.endsAt, now) : item.endsAt;
  return item.startsAt < to && endsAt > from ? [{ item, startsAt: item.startsAt, endsAt }] : [];
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

/** Adds the length of each interval's part in each day to `minutes` (as ms). */
function spread(intervals: [number, number][], starts: readonly number[], ms: number[]): void {
  for (const [start, end] of intervals) {
    for (let i = dayIndex(starts, start); i < ms.length && starts[i]! < end; i++) {
      ms[i]! += Math.min(end, starts[i + 1]!) - Math.max(start, starts[i]!);
    }
  }
}

/** The instant a date of the feed's uptime list begins (page zone, else UTC). */
function uptimeDayStart(date: string, model: FeedModel): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return zonedToInstant(y, m, d, 0, model.page.timeZone ?? 'UTC');
}

/**
 * When the feed's history begins (ms): the earliest of its oldest incident start, oldest
 * maintenance start (a one-off window's start, a schedule's first occurrence; cancelled windows
 * aside), the start of its oldest uptime day, and `page.historyStart`; undefined when the feed
 * has none of them. Days wholly before it are 'nodata'.
 */
export function historyStart(model: FeedModel): number | undefined {
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
    if (oldest) start = Math.min(start, uptimeDayStart(oldest.date, model));
  }
  return start === Infinity || start !== start ? undefined : start;
}

/** One component's day bars. Unknown id -> all days 'nodata'. */
export function componentHistory(
  model: FeedModel,
  componentId: string,
  options: HistoryOptions,
): ComponentHistory {
  const { now, timeZone } = options;
  const count = stripDays(options.days);
  const today = localDay(now, timeZone);
  const first = today - count + 1;
  const starts: number[] = [];
  for (let day = first; day <= today + 1; day++) starts.push(dayStart(day, timeZone));
  const from = starts[0]!;
  const to = Math.min(starts[count]!, now);

  const component = model.components.find((c) => c.id === componentId);
  const items = component ? itemsOf(model, componentId) : undefined;
  const begins = historyStart(model) ?? Infinity;

  const incidentMs = new Array<number>(count).fill(0);
  const maintenanceMs = new Array<number>(count).fill(0);
  const worst = new Array<number>(count).fill(Infinity);
  const dayIncidents: Incident[][] = Array.from({ length: count }, () => []);
  const dayMaintenances: Occurrence[][] = Array.from({ length: count }, () => []);

  const counting: [number, number][] = [];
  for (const incident of items?.incidents ?? []) {
    const start = incident.startedAt;
    // A zero-length incident still marks the instant it happened.
    const end = Math.max(incidentUntil(incident, now), start + 1);
    if (!(start < to && end > from)) continue;
    const clipped: [number, number] = [Math.max(start, from), Math.min(end, to)];
    for (let i = dayIndex(starts, clipped[0]); i < count && starts[i]! < clipped[1]; i++) {
      dayIncidents[i]!.push(incident);
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
        dayMaintenances[i]!.push(occurrence);
      }
      windows.push(clipped);
    }
  }
  spread(union(windows), starts, maintenanceMs);

  const uptime = new Map((component?.uptime ?? []).map((u) => [u.date, u.percent]));
  let uptimeSum = 0;
  let uptimeDays = 0;
  const days: DayBar[] = [];
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    const end = starts[i + 1]!;
    const date = dateOfDay(first + i);
    const percent = component ? uptime.get(date) : undefined;
    let level: DayLevel;
    if (!component || start > now || (end <= begins && percent === undefined)) level = 'nodata';
    else if (worst[i]! < Infinity) level = LEVELS[worst[i]!]!;
    else if (percent !== undefined && percent < 100) level = 'minor';
    else level = dayMaintenances[i]!.length ? 'maintenance' : 'operational';
    if (percent !== undefined) {
      uptimeSum += percent;
      uptimeDays++;
    }
    days.push({
      date,
      start,
      end,
      level,
      incidentMinutes: Math.floor(incidentMs[i]! / MINUTE),
      maintenanceMinutes: Math.floor(maintenanceMs[i]! / MINUTE),
      incidents: dayIncidents[i]!.sort(newestFirst),
      maintenances: dayMaintenances[i]!.sort((a, b) => b.startsAt - a.startsAt || byId(a.item, b.item)),
      ...(percent !== undefined && { uptime: percent }),
    });
  }
  return uptimeDays
    ? { componentId, days, source: 'uptime', uptimePercent: uptimeSum / uptimeDays }
    : { componentId, days, source: 'incidents' };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newestFirst = (a: Incident, b: Incident) => b.startedAt - a.startedAt || byId(a, b);
