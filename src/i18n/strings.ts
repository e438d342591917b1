/**
 * The library's built-in phrases, one table per supported language: only what `Intl` cannot
 * say. Weekday and month names, dates, times, time zones, relative times, durations, numbers
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
import type { SupportedLocale } from './locale.js';
import { stringsLocale } from './locale.js';
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

const en: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'every day',
  everyNDays: 'every {n} days',
  everyWeekday: 'every {weekdays}',
  everyNWeeks: 'every {n} weeks on {weekdays}',
  monthly: '{days} of every month',
  everyNMonths: '{days} of every {n} months',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{ordinal}-to-last {weekday}',
  ordinals: ['first', 'second', 'third', 'fourth', 'fifth'],
  last: 'last',
  monthDay: 'day {day}',
  lastDay: 'last day',
  nthLastDay: {
    one: '{n}st-to-last day',
    two: '{n}nd-to-last day',
    few: '{n}rd-to-last day',
    other: '{n}th-to-last day',
  },
  onlyOn: 'only if it falls on a {weekdays}',
  until: 'until {date}',
  times: { one: 'once', other: '{n} times' },
  forDuration: 'for {duration}',
  join: '{a}, {b}',
  starts: 'starts {relative}',
  started: 'started {relative}',
  ends: 'ends {relative}',
  ended: 'ended {relative}',
  lasted: 'lasted {duration}',
  ongoingFor: 'ongoing for {duration}',
  inYourTimeZone: 'in your time zone',
};

const de: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'jeden Tag',
  everyNDays: 'alle {n} Tage',
  everyWeekday: 'jeden {weekdays}',
  everyNWeeks: 'alle {n} Wochen am {weekdays}',
  monthly: 'am {days} jedes Monats',
  everyNMonths: 'alle {n} Monate am {days}',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{n}.-letzten {weekday}',
  ordinals: ['ersten', 'zweiten', 'dritten', 'vierten', 'fünften'],
  last: 'letzten',
  monthDay: '{day}.',
  lastDay: 'letzten Tag',
  nthLastDay: '{n}.-letzten Tag',
  onlyOn: 'sofern es ein {weekdays} ist',
  until: 'bis {date}',
  times: '{n}-mal',
  forDuration: 'Dauer: {duration}',
  join: '{a}, {b}',
  starts: 'beginnt {relative}',
  started: 'begann {relative}',
  ends: 'endet {relative}',
  ended: 'endete {relative}',
  lasted: 'dauerte {duration}',
  ongoingFor: 'läuft seit {duration}',
  inYourTimeZone: 'in Ihrer Zeitzone',
};

const fr: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'tous les jours',
  everyNDays: 'tous les {n} jours',
  everyWeekday: 'chaque {weekdays}',
  everyNWeeks: 'toutes les {n} semaines, le {weekdays}',
  monthly: 'chaque {days} du mois',
  everyNMonths: 'chaque {days} du mois, tous les {n} mois',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{ordinal} {weekday} en partant de la fin',
  ordinals: ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième'],
  last: 'dernier',
  monthDay: { one: '{day}er', other: '{day}' },
  lastDay: 'dernier jour',
  nthLastDay: '{n}e jour en partant de la fin',
  onlyOn: 's’il tombe un {weekdays}',
  until: 'jusqu’au {date}',
  times: '{n} fois',
  forDuration: 'pendant {duration}',
  join: '{a}, {b}',
  starts: 'commence {relative}',
  started: 'a commencé {relative}',
  ends: 'se termine {relative}',
  ended: 'a pris fin {relative}',
  lasted: 'a duré {duration}',
  ongoingFor: 'en cours depuis {duration}',
  inYourTimeZone: 'dans votre fuseau horaire',
};

const es: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'todos los días',
  everyNDays: 'cada {n} días',
  everyWeekday: 'cada {weekdays}',
  everyNWeeks: 'cada {n} semanas, el {weekdays}',
  monthly: 'el {days} de cada mes',
  everyNMonths: 'el {days} de cada {n} meses',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{ordinal} {weekday} contando desde el final',
  ordinals: ['primer', 'segundo', 'tercer', 'cuarto', 'quinto'],
  last: 'último',
  monthDay: 'día {day}',
  lastDay: 'último día',
  nthLastDay: '{n}.º día contando desde el final',
  onlyOn: 'solo si cae en {weekdays}',
  until: 'hasta el {date}',
  times: { one: '{n} vez', other: '{n} veces' },
  forDuration: 'durante {duration}',
  join: '{a}, {b}',
  starts: 'empieza {relative}',
  started: 'empezó {relative}',
  ends: 'termina {relative}',
  ended: 'terminó {relative}',
  lasted: 'duró {duration}',
  ongoingFor: 'en curso desde hace {duration}',
  inYourTimeZone: 'en tu zona horaria',
};

const ptBR: TimeStrings = {
  // segunda-feira … sexta-feira are feminine, sábado and domingo masculine.
  weekdayGenders: 'fffffmm',
  everyDay: 'todos os dias',
  everyNDays: 'a cada {n} dias',
  everyWeekday: { f: 'toda {weekdays}', other: 'todo {weekdays}' },
  everyNWeeks: { f: 'a cada {n} semanas, na {weekdays}', other: 'a cada {n} semanas, no {weekdays}' },
  monthly: '{days} de cada mês',
  everyNMonths: '{days} a cada {n} meses',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{ordinal} {weekday} contando do fim',
  ordinals: [
    { f: 'primeira', other: 'primeiro' },
    { f: 'segunda', other: 'segundo' },
    { f: 'terceira', other: 'terceiro' },
    { f: 'quarta', other: 'quarto' },
    { f: 'quinta', other: 'quinto' },
  ],
  last: { f: 'última', other: 'último' },
  monthDay: 'dia {day}',
  lastDay: 'último dia',
  nthLastDay: '{n}º dia contando do fim',
  onlyOn: { f: 'somente se cair numa {weekdays}', other: 'somente se cair num {weekdays}' },
  until: 'até {date}',
  times: { one: '{n} vez', other: '{n} vezes' },
  forDuration: 'durante {duration}',
  join: '{a}, {b}',
  starts: 'começa {relative}',
  started: 'começou {relative}',
  ends: 'termina {relative}',
  ended: 'terminou {relative}',
  lasted: 'durou {duration}',
  ongoingFor: 'em andamento há {duration}',
  inYourTimeZone: 'no seu fuso horário',
};

const ja: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: '毎日',
  everyNDays: '{n}日ごと',
  everyWeekday: '毎週{weekdays}',
  everyNWeeks: '{n}週間ごとの{weekdays}',
  monthly: '毎月{days}',
  everyNMonths: '{n}か月ごとの{days}',
  nthWeekday: '{ordinal}{weekday}',
  nthLastWeekday: '最後から{n}番目の{weekday}',
  ordinals: ['第1', '第2', '第3', '第4', '第5'],
  last: '最終',
  monthDay: '{day}日',
  lastDay: '末日',
  nthLastDay: '最後から{n}番目の日',
  onlyOn: '{weekdays}に当たる場合のみ',
  until: '{date}まで',
  times: '{n}回',
  forDuration: '期間：{duration}',
  join: '{a}、{b}',
  // "{relative}に開始" would read "今に開始" for "now": the label form works for every value.
  starts: '開始：{relative}',
  started: '開始：{relative}',
  ends: '終了：{relative}',
  ended: '終了：{relative}',
  lasted: '所要時間：{duration}',
  ongoingFor: '{duration}前から継続中',
  inYourTimeZone: 'お使いのタイムゾーンで表示',
};

const hi: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'हर दिन',
  everyNDays: 'हर {n} दिन में',
  everyWeekday: 'हर {weekdays}',
  everyNWeeks: 'हर {n} हफ़्ते में {weekdays} को',
  monthly: 'हर महीने {days} को',
  everyNMonths: 'हर {n} महीने में {days} को',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: 'आख़िर से {ordinal} {weekday}',
  ordinals: ['पहले', 'दूसरे', 'तीसरे', 'चौथे', 'पाँचवें'],
  last: 'आख़िरी',
  monthDay: '{day} तारीख़',
  lastDay: 'आख़िरी दिन',
  nthLastDay: 'आख़िर से {n}वें दिन',
  onlyOn: 'केवल तब, जब वह {weekdays} हो',
  until: '{date} तक',
  times: '{n} बार',
  forDuration: 'अवधि: {duration}',
  join: '{a}, {b}',
  // Label forms: a verb would need the gender of the item (रखरखाव m., घटना f.).
  starts: 'शुरुआत: {relative}',
  started: 'शुरुआत: {relative}',
  ends: 'समाप्ति: {relative}',
  ended: 'समाप्ति: {relative}',
  lasted: 'अवधि: {duration}',
  ongoingFor: '{duration} से जारी',
  inYourTimeZone: 'आपके समय क्षेत्र में',
};

/** Every built-in table, by locale. */
export const TIME_STRINGS: Readonly<Record<SupportedLocale, TimeStrings>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  hi,
};

/** The phrase table for any BCP 47 tag (see `stringsLocale`). */
export function timeStrings(locale: string): TimeStrings {
  return TIME_STRINGS[stringsLocale(locale)];
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
