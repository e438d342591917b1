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
import type { ByDay } from '../feed/rrule.js';
import { dayNumber, weekday } from './recurrence.js';
import { displayLocale } from '../i18n/locale.js';
import { capitalize, fill, pick, timeStrings, type Phrase } from '../i18n/strings.js';
import { intl, type Formatter } from '../i18n/intl.js';
import { localDay, zoneOffset, zonedToInstant } from './zone.js';

/** `Intl.DurationFormat` (Chromium 129, Firefox 136, Safari 16.4), not yet in TypeScript's lib. */
type DurationFormat = Formatter<{ format(duration: Record<string, number>): string }>;

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

// Read when used, not at load: an engine without ListFormat, RelativeTimeFormat or PluralRules
// gets the stand-ins of `intl` (zone.ts) instead of a TypeError.
const { DateTimeFormat, NumberFormat } = Intl;
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

/** Hours and minutes in `timeZone`, with the zone's name unless `bare`. */
function hoursFormat(locale: string, timeZone: string, bare?: boolean) {
  return intl(DateTimeFormat, locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: bare ? undefined : 'short',
  });
}

/**
 * Whether two instants have the same UTC offset in `timeZone`. When they do not (a window across
 * a daylight-saving change), `formatRange` must not be used: ICU names only the end's zone,
 * "1:00 – 4:00 AM PDT" for 1:00 PST – 4:00 PDT, so each end is formatted with its own.
 */
function sameOffset(a: number, b: number, timeZone: string): boolean {
  return zoneOffset(a, timeZone) === zoneOffset(b, timeZone);
}

/**
 * Two ends formatted apart, with what the locale puts between two complete date-times
 * ("{0} – {1}": " – ", "～"), read from `formatRangeToParts` of a range that ICU can only show
 * with its fallback pattern.
 */
function joinEnds(locale: string, start: string, end: string): string {
  const parts = hoursFormat(locale, 'UTC', true).formatRangeToParts(0, 2 * DAY);
  let separator = '';
  for (
    let i = parts.findIndex((part) => part.source === 'endRange') - 1;
    parts[i]?.source === 'shared';
    i--
  ) {
    separator = parts[i]!.value + separator;
  }
  return start + (separator || ' – ') + end;
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
  const crossesMidnight = localDay(from, timeZone) !== localDay(to, timeZone);
  return {
    text: sameOffset(from, to, timeZone)
      ? named.formatRange(from, to)
      : joinEnds(
          locale,
          named.format(from),
          (crossesMidnight ? named : hoursFormat(locale, timeZone)).format(to),
        ),
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
  const minutes = Math.round(distance / MINUTE);
  const hours = Math.round(distance / HOUR);
  if (!minutes) return intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }).format(0, 'second');
  const [value, unit] =
    minutes < 60 ? [minutes, 'minute'] : hours < 24 ? [hours, 'hour'] : [Math.round(distance / DAY), 'day'];
  return intl(Intl.RelativeTimeFormat, locale).format(
    target < now ? -value : value,
    unit as Intl.RelativeTimeFormatUnit,
  );
}

/**
 * A duration of whole minutes (rounded; negative counts as 0): "7 hr, 45 min", "1 day, 5 hr",
 * "0 min". `Intl.DurationFormat` (style `short`) where the engine has it; elsewhere each unit
 * through `Intl.NumberFormat` (`unitDisplay: 'short'`) joined by `Intl.ListFormat` (`unit`,
 * `narrow`): "7 hr 45 min". Zero units are left out; days from 24 hours on.
 */
export function formatDuration(minutes: number, locale: string): string {
  const total = Math.max(0, Math.round(minutes)) || 0;
  const [days, hours, mins] = [Math.floor(total / 1440), Math.floor(total / 60) % 24, total % 60];
  const Native = (Intl as unknown as { DurationFormat?: DurationFormat }).DurationFormat;
  if (Native && total) {
    return intl(Native, locale, { style: 'short' }).format({ days, hours, minutes: mins });
  }
  return intl(Intl.ListFormat, locale, { type: 'unit', style: 'narrow' }).format(
    (['day', 'hour', 'minute'] as const).flatMap((unit, i) => {
      const value = [days, hours, mins][i]!;
      return value || (!total && i > 1)
        ? [intl(NumberFormat, locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value)]
        : [];
    }),
  );
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
  const { rule, timeZone: ruleZone, durationMinutes, startsOn } = recurrence;
  const { freq, interval: n, byDay, byMonthDay, count, until } = rule;
  const first = dayNumber(startsOn);
  const start = options.at ?? zonedToInstant(1970, 1, 1 + first, recurrence.startMinute, ruleZone);
  const end = start + durationMinutes * MINUTE;
  let zone = options.timeZone ?? ruleZone;
  if (localDay(start, zone) !== localDay(start, ruleZone)) zone = ruleZone;

  const plural = (value: number, type?: Intl.PluralRuleType) =>
    intl(Intl.PluralRules, locale, { type }).select(value);
  /** The grammatical gender of a weekday (selects `f` forms). */
  const gender = (weekday: number) => strings.weekdayGenders[weekday];
  const weekdayName = (weekday: number) =>
    intl(DateTimeFormat, locale, { weekday: 'long', timeZone: 'UTC' }).format((weekday + 4) * DAY);
  const list = (items: string[], type?: Intl.ListFormatType) =>
    intl(Intl.ListFormat, locale, { type }).format(items);
  const weekdays = (days: number[], type?: Intl.ListFormatType) =>
    list([...new Set(days)].sort((a, b) => a - b).map(weekdayName), type);
  const say = (phrase: Phrase, values: Record<string, string | number>, category?: string) =>
    fill(pick(phrase, category), values);
  const join = (a: string, b: string) => say(strings.join, { a, b });

  const nthWeekday = ({ weekday, ordinal = 0 }: ByDay) => {
    const word = ordinal === -1 ? strings.last : strings.ordinals[Math.abs(ordinal) - 1]!;
    return say(
      ordinal < -1 ? strings.nthLastWeekday : strings.nthWeekday,
      { weekday: weekdayName(weekday), n: -ordinal, ordinal: pick(word, gender(weekday)) },
      gender(weekday),
    );
  };
  const monthDay = (d: number) =>
    d === -1
      ? pick(strings.lastDay)
      : say(d > 0 ? strings.monthDay : strings.nthLastDay, { day: d, n: -d }, plural(Math.abs(d), 'ordinal'));

  const plain = byDay.filter((b) => !b.ordinal).map((b) => b.weekday);
  const ordinals = byDay.some((b) => b.ordinal);
  const daily = freq === 'DAILY';
  const onlyOn = (text: string, days: number[]) =>
    join(text, say(strings.onlyOn, { weekdays: weekdays(days, 'disjunction') }, gender(Math.min(...days))));
  const everyNDays = n > 1 ? say(strings.everyNDays, { n }, plural(n)) : pick(strings.everyDay);

  let text: string;
  if (freq === 'WEEKLY' || (plain.length && !ordinals && !byMonthDay.length && (daily || n === 1))) {
    // Every Monday of every month is every Monday.
    const days = plain.length ? plain : [weekday(first)];
    text =
      daily && n > 1
        ? onlyOn(everyNDays, days)
        : say(
            n > 1 ? strings.everyNWeeks : strings.everyWeekday,
            { n, weekdays: weekdays(days) },
            gender(Math.min(...days)),
          );
  } else if (daily && !byMonthDay.length) {
    text = everyNDays;
  } else if ((daily && n > 1) || (ordinals && byMonthDay.length)) {
    text = recurrence.ruleText;
  } else {
    // MONTHLY, or DAILY limited to days of the month (which is monthly).
    const byDate = byMonthDay.length > 0;
    const items = byDate
      ? byMonthDay.map(monthDay)
      : byDay.length
        ? byDay.map((b) => (b.ordinal ? nthWeekday(b) : weekdayName(b.weekday)))
        : [monthDay(Number(startsOn.slice(8)))];
    text = say(
      n > 1 && freq === 'MONTHLY' ? strings.everyNMonths : strings.monthly,
      { n, days: list(items) },
      byDate || !byDay.length ? undefined : gender(byDay[0]!.weekday),
    );
    if (byDate && plain.length) text = onlyOn(text, plain);
  }

  // A day or longer: the start and the duration ("5:00 PM PDT, for 2 days"), since an end
  // weekday would be wrong for every other occurrence of a DAILY rule.
  text = join(
    text,
    durationMinutes < 1440
      ? formatHours(start, end, zone, locale)
      : join(
          hoursFormat(locale, zone).format(start),
          say(strings.forDuration, { duration: formatDuration(durationMinutes, locale) }),
        ),
  );
  if (count) text = join(text, say(strings.times, { n: count }, plural(count)));
  if (until) {
    const [at, timeZone] = 'date' in until ? [dayNumber(until.date) * DAY, 'UTC'] : [until.instant, zone];
    text = join(
      text,
      say(strings.until, {
        date: intl(DateTimeFormat, locale, { dateStyle: 'medium', timeZone }).format(at),
      }),
    );
  }
  return capitalize(text, locale);
}

/**
 * The hours of one occurrence, zone named: "5:00 – 10:00 PM PDT". `formatRange` would add full
 * dates to a range that crosses midnight, and names one zone for two offsets, so those ranges
 * are put together from their ends: "11:00 PM – 1:00 AM EST", "1:00 AM GMT+11 – 2:30 AM GMT+10:30".
 */
function formatHours(start: number, end: number, timeZone: string, locale: string): string {
  const named = hoursFormat(locale, timeZone);
  const offsets = sameOffset(start, end, timeZone);
  return offsets && localDay(start, timeZone) === localDay(end, timeZone)
    ? named.formatRange(start, end)
    : joinEnds(
        locale,
        (offsets ? hoursFormat(locale, timeZone, true) : named).format(start),
        named.format(end),
      );
}
