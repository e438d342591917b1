/**
 * The timeline's own words (one table per language in `languages/`). Times, relative times and durations come
 * from `Intl` and the time phrases (strings.ts: "lasted {duration}", "ongoing for {duration}"),
 * the shared labels and status words from common-strings.ts; a `strings` property on the element
 * overrides any entry. Placeholders are `{name}`, filled by `fill`; an entry given as an object
 * has one form per plural category of its number (`one`, `other`, …; see `Phrase`).
 */
import type { Phrase } from './strings.js';
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string the timeline shows: the common ones (common-strings.ts) and its own. */
export type TimelineStrings = ElementStrings<TimelineOwnStrings>;

export interface TimelineOwnStrings {
  /** The accessible name of the list of incidents. */
  incidents: string;
  /** The badge of an incident of impact `none`. */
  noImpact: string;
  /** The badge of a completed maintenance window in the history. */
  maintenanceDone: string;
  /** With `show-empty`, when nothing happened in the window: "No incidents in the last {days} days". */
  empty: Phrase;
  /** With `show-empty` and `incident`, when the feed has no incident with that id. */
  notFound: string;
  /** Labels of the facts about an item. */
  affected: string;
  regionsLabel: string;
  startedLabel: string;
  resolvedLabel: string;
  windowLabel: string;
  /** The accessible name of an item's list of updates. */
  updates: string;
  /** Expands a long list of updates: "Show all {n} updates". */
  showAll: Phrase;
  /** Collapses it again. */
  showFewer: string;
  /** Reveals the next page of items: "Show {n} more". */
  showMore: Phrase;
  /** The polite announcement of a new update: "Update on {title}: {status}". */
  announce: string;
}

/** The timeline's words for a BCP 47 tag, with any overrides applied. */
export function timelineStrings(
  locale: string,
  overrides?: StringOverrides<TimelineOwnStrings>,
): TimelineStrings {
  return elementStrings('timeline', locale, overrides);
}
