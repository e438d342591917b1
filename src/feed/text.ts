/**
 * Display hygiene for feed text, applied once when a feed is read: a run of more than
 * `MAX_MARKS` combining marks on one character (the "Zalgo" trick) is cut to `MAX_MARKS`. No
 * writing system stacks more than a few marks on one letter, and shaping a cluster of thousands
 * of marks holds a browser's main thread for many seconds (40 s for 100 000 in Chromium).
 */

/** The most combining marks kept on one character. */
export const MAX_MARKS = 8;

const MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');

/** `text` with every run of combining marks cut to `MAX_MARKS`. */
export function tidyText(text: string): string {
  return text.replace(MARK_RUN, '$1');
}

/** A copy of a JSON value with `tidyText` applied to every string in it. */
export function tidyStrings<T>(value: T): T {
  if (typeof value === 'string') return tidyText(value) as T;
  if (Array.isArray(value)) return value.map(tidyStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, tidyStrings(v)])) as T;
  }
  return value;
}
