/**
 * The library's time phrases (the tables, one module per language, are in `languages/`): only
 * what `Intl` cannot say. Weekday and month names, dates, times, time zones, relative times, durations, numbers
 * and lists all come from `Intl` (src/time/format.ts), never from these tables.
 *
 * - Placeholders are `{name}`, filled by `fill`.
 * - A phrase may vary (`Phrase` as an object): by the plural category of its number
 *   (`Intl.PluralRules`: `one`, `few`, … — cardinal for counts, ordinal where noted), or by the
 *   grammatical gender of the weekday it goes with (`f`; see `weekdayGenders`). `other` is
 *   always there and is the form for everything not listed.
 * - Recurrence phrases are lower case where the language allows, so they compose;
 *   `describeRecurrence` capitalises the finished sentence (`capitalize`).
 * - Status phrases ("starts {relative}") are fragments too: capitalise them at the start of a
 *   sentence. Each takes the output of `formatRelative` / `formatDuration` in the same language.
 */
import { languagePack } from './languages.js';
import { intl } from './intl.js';

/** A phrase, or its forms by category; `other` is the default form. */
export type Phrase = string | { readonly other: string; readonly [category: string]: string };

export interface TimeStrings {
  /** Each weekday name's grammatical gender, Monday first: `m` or `f` (selects `f` forms). */
  weekdayGenders: string;
  /** "every day" */
  everyDay: Phrase;
  /** "every {n} days" (n ≥ 2; by plural of n) */
  everyNDays: Phrase;
  /** "every {weekdays}": one weekday or an "and" list (by the first weekday's gender) */
  everyWeekday: Phrase;
  /** "every {n} weeks on {weekdays}" (n ≥ 2) */
  everyNWeeks: Phrase;
  /** "{days} of every month": `days` is a list of `nthWeekday`, `monthDay`, … items */
  monthly: Phrase;
  /** "{days} of every {n} months" (n ≥ 2) */
  everyNMonths: Phrase;
  /** "{ordinal} {weekday}": "first Friday", "last Sunday" */
  nthWeekday: Phrase;
  /** The n-th last weekday for n = 2…5, with `{ordinal}` (from `ordinals`) or `{n}`: "second-to-last Friday" */
  nthLastWeekday: Phrase;
  /** "first" … "fifth", as used in `nthWeekday` (by the weekday's gender) */
  ordinals: readonly Phrase[];
  /** "last", as used in `nthWeekday` */
  last: Phrase;
  /** "day {day}" (by ordinal plural of day: French "1er") */
  monthDay: Phrase;
  /** "last day" (of the month) */
  lastDay: Phrase;
  /** The n-th last day for n ≥ 2: "{n}nd-to-last day" (by ordinal plural of n) */
  nthLastDay: Phrase;
  /** A weekday condition on a date: "only if it falls on a {weekdays}" ("or" list) */
  onlyOn: Phrase;
  /** "until {date}" */
  until: Phrase;
  /** "{n} times" (by plural of n) */
  times: Phrase;
  /** How long each occurrence lasts, for those of a day or more: "for {duration}" */
  forDuration: Phrase;
  /** How a sentence gets its next part: "{a}, {b}" */
  join: Phrase;
  /** "starts {relative}" ("starts in 2 hours") */
  starts: Phrase;
  /** "started {relative}" ("started 5 minutes ago") */
  started: Phrase;
  /** "ends {relative}" */
  ends: Phrase;
  /** "ended {relative}" */
  ended: Phrase;
  /** "lasted {duration}" */
  lasted: Phrase;
  /** "ongoing for {duration}" */
  ongoingFor: Phrase;
  /** "in your time zone" */
  inYourTimeZone: Phrase;
}

/** The phrase table for any BCP 47 tag (see `stringsLocale`). */
export function timeStrings(locale: string): TimeStrings {
  return languagePack(locale).time;
}

/** The form of a phrase for a category (a plural category or `f`); `other` otherwise. */
export function pick(phrase: Phrase, category = 'other'): string {
  return typeof phrase === 'string' ? phrase : (phrase[category] ?? phrase.other);
}

/** Replaces each `{name}` with its value; unknown names are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The text with its first letter in upper case, by the rules of `locale`. */
export function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * The plural category of `count` in `locale` (`one`, `few`, `other`, …), from the cached
 * `Intl.PluralRules` (intl.ts: `one` for 1 and `other` for the rest where an engine lacks it).
 */
export function pluralCategory(count: number, locale: string, type?: Intl.PluralRuleType): string {
  return intl(Intl.PluralRules, locale, { type }).select(count);
}

/** A counted phrase in its form for `count` in `locale`, with `{n}` (and `values`) filled. */
export function counted(
  phrase: Phrase,
  count: number,
  locale: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(pick(phrase, pluralCategory(count, locale)), { n: count, ...values });
}
