/**
 * Every date, time, relative time, duration and schedule the elements display, through `Intl`:
 * no locale data ships, and every locale the browser knows works. Formatter instances are
 * costly to create, so they are cached by (kind, locale, options).
 *
 * - Times always name their zone (`timeZoneName: 'short'`): "PDT", "MESZ", or a bare offset
 *   such as "GMT+5:30" where the locale has no abbreviation for that zone.
 * - A locale that `Intl` rejects falls back to `en`; a time zone it rejects, to UTC (named).
 * - `describeRecurrence` is the only function that uses the built-in phrase tables
 *   (src/i18n/strings.ts); the others are `Intl` alone and take any BCP 47 tag. When their
 *   output goes inside a built-in phrase, pass `displayLocale(tag)` so the phrase and its
 *   parts are in one language.
 */
import type { Recurrence } from '../feed/model.js';
import type { ByDay } from './rrule.js';
import { displayLocale } from '../i18n/locale.js';
import { capitalize, fill, pick, timeStrings, type Phrase } from '../i18n/strings.js';
import { instantToZoned, zoneOffset, zonedToInstant } from './zone.js';

export interface ZonedFormatOptions {
  /** BCP 47 tag, e.g. from `resolveLocale`. */
  locale: string;
  /** IANA zone to show the time in (and to name). */
  timeZone: string;
}

export interface FormattedWindow {
  /** "Sat, Jul 15, 5:00 – 10:00 PM PDT"; both dates when it crosses midnight. */
  text: string;
  /** Whether it ends on a later local date than it starts (then `text` names both dates). */
  crossesMidnight: boolean;
}

export interface RecurrenceFormatOptions {
  locale: string;
  /**
   * The zone to show the times in; default the recurrence's own. Used only when the
   * occurrence falls on the same date there (else the weekdays and days in the sentence would be
   * wrong); otherwise the recurrence's own zone is shown, named as always.
   */
  timeZone?: string;
  /**
   * The start (ms since the epoch) of the occurrence whose times and zone name to show (its
   * abbreviation differs between summer and winter); default the start on `startsOn`.
   */
  at?: number;
}

type Formatter<T> = new (locale: string, options: object) => T;

/** `Intl.DurationFormat` (Chromium 129, Firefox 136, Safari 16.4), not yet in TypeScript's lib. */
type DurationFormat = Formatter<{ format(duration: Record<string, number>): string }>;

const cache = new Map<string, unknown>();

/** A cached `Intl` formatter; a bad locale falls back to `en`, a bad time zone to UTC. */
function intl<T>(kind: Formatter<T>, locale: string, options: Intl.DateTimeFormatOptions | object = {}): T {
  const key = `${kind.name} ${locale} ${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = new kind(locale, options);
    } catch {
      try {
        formatter = new kind('en', options);
      } catch {
        formatter = new kind('en', { ...options, timeZone: 'UTC' });
      }
    }
    if (cache.size >= 200) cache.clear();
    cache.set(key, formatter);
  }
  return formatter;
}

const { DateTimeFormat, RelativeTimeFormat, ListFormat, NumberFormat, PluralRules } = Intl;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const DATE_TIME = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
} as const;

function sameLocalDate(a: number, b: number, timeZone: string): boolean {
  const x = instantToZoned(a, timeZone);
  const y = instantToZoned(b, timeZone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

const HOURS = { hour: 'numeric', minute: '2-digit' } as const;

/**
 * Whether two instants have the same UTC offset in `timeZone`. When they do not (a window across
 * a daylight-saving change), `formatRange` must not be used: ICU names only the end's zone,
 * "1:00 – 4:00 AM PDT" for 1:00 PST – 4:00 PDT, so each end is formatted with its own.
 */
function sameOffset(a: number, b: number, timeZone: string): boolean {
  return zoneOffset(a, timeZone) === zoneOffset(b, timeZone);
}

/**
 * What the locale puts between two complete date-times ("{0} – {1}": " – ", "～"), read from
 * `formatRangeToParts` of a range that ICU can only show with its fallback pattern.
 */
function rangeSeparator(locale: string): string {
  const parts = intl(DateTimeFormat, locale, { ...HOURS, timeZone: 'UTC' }).formatRangeToParts(0, 2 * DAY);
  let separator = '';
  for (
    let i = parts.findIndex((part) => part.source === 'endRange') - 1;
    parts[i]?.source === 'shared';
    i--
  ) {
    separator = parts[i]!.value + separator;
  }
  return separator || ' – ';
}

/**
 * A window in `timeZone`, zone named: "Sat, Jul 15, 5:00 – 10:00 PM PDT" (en-US),
 * "Sat 15 Jul, 17:00–22:00 GMT-7" (en-GB), both dates when it crosses local midnight.
 */
export function formatWindow(
  startsAt: number,
  endsAt: number,
  { locale, timeZone: requested }: ZonedFormatOptions,
): FormattedWindow {
  const [from, to] = startsAt <= endsAt ? [startsAt, endsAt] : [endsAt, startsAt];
  const named = intl(DateTimeFormat, locale, { ...DATE_TIME, timeZone: requested });
  // The zone Intl accepted (UTC in place of one it rejects).
  const { timeZone } = named.resolvedOptions();
  const crossesMidnight = !sameLocalDate(from, to, timeZone);
  return {
    text: sameOffset(from, to, timeZone)
      ? named.formatRange(from, to)
      : named.format(from) +
        rangeSeparator(locale) +
        (crossesMidnight
          ? named
          : intl(DateTimeFormat, locale, { ...HOURS, timeZone, timeZoneName: 'short' })
        ).format(to),
    crossesMidnight,
  };
}

/** One instant in `timeZone`, zone named: "Sat, Jul 15, 5:00 PM PDT"; `year` adds the year. */
export function formatInstant(
  at: number,
  { locale, timeZone, year }: ZonedFormatOptions & { year?: boolean },
): string {
  return intl(DateTimeFormat, locale, { ...DATE_TIME, timeZone, ...(year && { year: 'numeric' }) }).format(
    at,
  );
}

/**
 * `target` relative to `now`: "in 2 hours", "5 minutes ago", "in 3 days", "now".
 * The unit is the largest that is at least 1 once rounded: under 30 s is "now" (`numeric:
 * 'auto'`), then minutes below 60, hours below 24, days beyond (never weeks or months). Each is
 * rounded to the nearest, halves away from now: 1 h 30 min is "in 2 hours", 1 h 29 min "in 1 hour".
 */
export function formatRelative(target: number, now: number, locale: string): string {
  const distance = Math.abs(target - now);
  const sign = target < now ? -1 : 1;
  const format = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
    intl(RelativeTimeFormat, locale, { numeric: 'always' }).format(sign * value, unit);
  const minutes = Math.round(distance / MINUTE);
  if (!minutes) return intl(RelativeTimeFormat, locale, { numeric: 'auto' }).format(0, 'second');
  if (minutes < 60) return format(minutes, 'minute');
  const hours = Math.round(distance / HOUR);
  return hours < 24 ? format(hours, 'hour') : format(Math.round(distance / DAY), 'day');
}

/**
 * A duration of whole minutes (rounded; negative counts as 0): "7 hr, 45 min", "1 day, 5 hr",
 * "0 min". `Intl.DurationFormat` (style `short`) where the engine has it; elsewhere each unit
 * through `Intl.NumberFormat` (`unitDisplay: 'short'`) joined by `Intl.ListFormat` (`unit`,
 * `narrow`): "7 hr 45 min". Zero units are left out; days from 24 hours on.
 */
export function formatDuration(minutes: number, locale: string): string {
  const total = Math.max(0, Math.round(minutes)) || 0;
  const values = {
    days: Math.floor(total / 1440),
    hours: Math.floor((total % 1440) / 60),
    minutes: total % 60,
  };
  const Native = (Intl as unknown as { DurationFormat?: DurationFormat }).DurationFormat;
  if (Native && total) return intl(Native, locale, { style: 'short' }).format(values);
  const units = (['day', 'hour', 'minute'] as const)
    .map((unit, i) => [unit, [values.days, values.hours, values.minutes][i]!] as const)
    .filter(([unit, value]) => value || (!total && unit === 'minute'));
  return intl(ListFormat, locale, { type: 'unit', style: 'narrow' }).format(
    units.map(([unit, value]) =>
      intl(NumberFormat, locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value),
    ),
  );
}

/**
 * The hours of one occurrence, zone named: "5:00 – 10:00 PM PDT". `formatRange` would add full
 * dates to a range that crosses midnight, and names one zone for two offsets, so those ranges
 * are put together from their ends: "11:00 PM – 1:00 AM EST", "1:00 AM GMT+11 – 2:30 AM GMT+10:30".
 */
function formatHours(start: number, end: number, timeZone: string, locale: string): string {
  const named = intl(DateTimeFormat, locale, { ...HOURS, timeZone, timeZoneName: 'short' });
  const offsets = sameOffset(start, end, timeZone);
  if (offsets && sameLocalDate(start, end, timeZone)) return named.formatRange(start, end);
  const first = offsets ? intl(DateTimeFormat, locale, { ...HOURS, timeZone }) : named;
  return first.format(start) + rangeSeparator(locale) + named.format(end);
}

/**
 * A recurring schedule in words with its hours, zone named, in the built-in language closest to
 * `locale`: "Every Saturday, 5:00 – 10:00 PM PDT", "First Friday of every month, 11:00 PM – 1:00
 * AM EST", "Every 2 weeks on Monday and Thursday, …, until Dec 31, 2026"; a window of a day or
 * more gives its start and duration: "Every Saturday, 5:00 PM PDT, for 2 days".
 *
 * Follows the expansion rules of recurrence.ts: WEEKLY without BYDAY is the weekday of
 * `startsOn`, MONTHLY without BYDAY or BYMONTHDAY its day of the month; BYDAY entries add up;
 * BYDAY with BYMONTHDAY (and BYDAY on DAILY with an INTERVAL) is a condition on the date;
 * DAILY with BYMONTHDAY is monthly. The few combinations there are no words for (DAILY with
 * both INTERVAL and BYMONTHDAY, ordinal BYDAY with BYMONTHDAY) show the RRULE text itself.
 */
export function describeRecurrence(recurrence: Recurrence, options: RecurrenceFormatOptions): string {
  const locale = displayLocale(options.locale);
  const strings = timeStrings(locale);
  const { rule, timeZone: ruleZone, durationMinutes } = recurrence;
  const [year, month, day] = recurrence.startsOn.split('-').map(Number) as [number, number, number];
  const start = options.at ?? zonedToInstant(year, month, day, recurrence.startMinute, ruleZone);
  const end = start + durationMinutes * MINUTE;
  const localDate = (timeZone: string) => {
    const { year, month, day } = instantToZoned(start, timeZone);
    return `${year}-${month}-${day}`;
  };
  let zone = options.timeZone ?? ruleZone;
  if (localDate(zone) !== localDate(ruleZone)) zone = ruleZone;

  const plural = (n: number, type: Intl.PluralRuleType = 'cardinal') =>
    intl(PluralRules, locale, { type }).select(n);
  const gender = (weekday: number) => (strings.weekdayGenders[weekday] === 'f' ? 'f' : 'other');
  const weekdayName = (weekday: number) =>
    intl(DateTimeFormat, locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + weekday));
  const list = (items: string[], type: Intl.ListFormatType = 'conjunction') =>
    intl(ListFormat, locale, { type }).format(items);
  const weekdays = (days: number[], type?: Intl.ListFormatType) =>
    list([...new Set(days)].sort((a, b) => a - b).map(weekdayName), type);
  const say = (phrase: Phrase, values: Record<string, string | number>, category?: string) =>
    fill(pick(phrase, category), values);

  const nthWeekday = ({ weekday, ordinal = 0 }: ByDay) => {
    const values = { weekday: weekdayName(weekday), n: -ordinal };
    if (ordinal === -1 || ordinal > 0) {
      const word = ordinal > 0 ? strings.ordinals[ordinal - 1]! : strings.last;
      return say(strings.nthWeekday, { ...values, ordinal: pick(word, gender(weekday)) }, gender(weekday));
    }
    const word = pick(strings.ordinals[-ordinal - 1]!, gender(weekday));
    return say(strings.nthLastWeekday, { ...values, ordinal: word }, gender(weekday));
  };
  const monthDay = (d: number) =>
    d > 0
      ? say(strings.monthDay, { day: d }, plural(d, 'ordinal'))
      : d === -1
        ? pick(strings.lastDay)
        : say(strings.nthLastDay, { n: -d }, plural(-d, 'ordinal'));

  const n = rule.interval;
  const plain = rule.byDay.filter((b) => !b.ordinal).map((b) => b.weekday);
  const ordinals = rule.byDay.filter((b) => b.ordinal);
  const startWeekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  const onlyOn = (text: string, days: number[]) =>
    say(strings.join, {
      a: text,
      b: say(strings.onlyOn, { weekdays: weekdays(days, 'disjunction') }, gender(Math.min(...days))),
    });

  let text: string;
  const onlyWeekdays = plain.length > 0 && !ordinals.length && !rule.byMonthDay.length;
  if (rule.freq === 'WEEKLY' || (onlyWeekdays && (rule.freq === 'DAILY' || n === 1))) {
    // Every Monday of every month is every Monday.
    const days = plain.length ? plain : [startWeekday];
    const category = gender(Math.min(...days));
    if (rule.freq === 'DAILY' && n > 1) {
      text = onlyOn(say(strings.everyNDays, { n }, plural(n)), days);
    } else {
      text =
        n > 1
          ? say(strings.everyNWeeks, { n, weekdays: weekdays(days) }, category)
          : say(strings.everyWeekday, { weekdays: weekdays(days) }, category);
    }
  } else if (rule.freq === 'DAILY' && !rule.byMonthDay.length) {
    text = n > 1 ? say(strings.everyNDays, { n }, plural(n)) : pick(strings.everyDay);
  } else if ((rule.freq === 'DAILY' && n > 1) || (ordinals.length && rule.byMonthDay.length)) {
    text = recurrence.ruleText;
  } else {
    // MONTHLY, or DAILY limited to days of the month (which is monthly).
    const byDate = rule.byMonthDay.length > 0;
    const items = byDate
      ? rule.byMonthDay.map(monthDay)
      : rule.byDay.length
        ? rule.byDay.map((b) => (b.ordinal ? nthWeekday(b) : weekdayName(b.weekday)))
        : [monthDay(day)];
    const first = rule.byDay[0];
    const category = !byDate && first ? gender(first.weekday) : 'other';
    text =
      n > 1 && rule.freq === 'MONTHLY'
        ? say(strings.everyNMonths, { n, days: list(items) }, category)
        : say(strings.monthly, { days: list(items) }, category);
    if (byDate && plain.length) text = onlyOn(text, plain);
  }

  // A day or longer: the start and the duration ("5:00 PM PDT, for 2 days"), since an end
  // weekday would be wrong for every other occurrence of a DAILY rule.
  const hours =
    durationMinutes < 1440
      ? formatHours(start, end, zone, locale)
      : say(strings.join, {
          a: intl(DateTimeFormat, locale, { ...HOURS, timeZone: zone, timeZoneName: 'short' }).format(start),
          b: say(strings.forDuration, { duration: formatDuration(durationMinutes, locale) }),
        });
  text = say(strings.join, { a: text, b: hours });
  if (rule.count)
    text = say(strings.join, { a: text, b: say(strings.times, { n: rule.count }, plural(rule.count)) });
  if (rule.until) {
    const until =
      'date' in rule.until
        ? intl(DateTimeFormat, locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
            Date.parse(`${rule.until.date}T00:00:00Z`),
          )
        : intl(DateTimeFormat, locale, { dateStyle: 'medium', timeZone: zone }).format(rule.until.instant);
    text = say(strings.join, { a: text, b: say(strings.until, { date: until }) });
  }
  return capitalize(text, locale);
}
