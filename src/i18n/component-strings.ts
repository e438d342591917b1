/**
 * `<component-status>`'s own words (one table per language in `languages/`, under `components`).
 * Dates, durations and percentages come from `Intl` (src/time/format.ts), the severity labels and
 * shared words from common-strings.ts; a `strings` property on the element overrides any entry.
 * Placeholders are `{name}`, filled by `fill`; an entry given as an object has one form per plural
 * category of its number (`one`, `other`, …; see `Phrase`).
 */
import type { Phrase } from './strings.js';
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string `<component-status>` shows: the common ones (common-strings.ts) and its own. */
export type ComponentStatusStrings = ElementStrings<ComponentStatusOwnStrings>;

export interface ComponentStatusOwnStrings {
  /** The accessible name of the list of components. */
  list: string;
  /** A component's current status, in words beside its icon (the feed's `status`, or worse from an active item). */
  operational: string;
  degraded: string;
  partialOutage: string;
  majorOutage: string;
  underMaintenance: string;
  /** Beside a group's name: how many components it holds, "{n} components". */
  groupCount: Phrase;
  /** The accessible name of a component's strip of day bars: "{name}, {range}". */
  strip: string;
  /** How far the strip goes back, by the plural of days: "last {days} days". */
  range: Phrase;
  /** The caption when the feed gives daily uptime, by the plural of days: "{percent} uptime over the last {days} days". */
  uptime: Phrase;
  /** The caption otherwise (no percentage is made up), by the plural of days: "Incidents and maintenance over the last {days} days". */
  history: Phrase;
  /** Days with an incident in the strip, by the plural of n: "{n} days with incidents". */
  incidentDays: Phrase;
  /** When no day of the strip had an incident. */
  noIncidentDays: string;
  /**
   * What a day was, in a bar's label and popover after the date (lower case where the language
   * allows): the worst incident impact, maintenance, nothing at all, or nothing known (a day
   * before the feed's history begins).
   */
  dayCritical: string;
  dayMajor: string;
  dayMinor: string;
  dayMaintenance: string;
  dayOperational: string;
  dayNoData: string;
  /** A bar's accessible name: "{date}: {summary}". */
  day: string;
  /** What a day was, and for how long: "{level}, {duration}". */
  dayDuration: string;
  /** A day's summary and what happened on it: "{summary}; {items}". */
  dayItems: string;
  /** The day's uptime, first in its summary: "{percent} uptime". */
  dayUptime: string;
  /** Incidents on a day, by the plural of n: "{n} incidents". */
  incidentCount: Phrase;
  /** Maintenance windows on a day, by the plural of n: "{n} maintenance windows". */
  maintenanceCount: Phrase;
  /** The badge of an incident of impact `none` in a day's popover. */
  noImpact: string;
  /** The badge of a maintenance window in a day's popover. */
  maintenanceLabel: string;
  /** The polite announcement of a component whose status changed: "{name}: {status}". */
  announce: string;
}

/** `<component-status>`'s words for a BCP 47 tag, with any overrides applied. */
export function componentStatusStrings(
  locale: string,
  overrides?: StringOverrides<ComponentStatusOwnStrings>,
): ComponentStatusStrings {
  return elementStrings('components', locale, overrides);
}
