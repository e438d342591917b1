/**
 * A recurring schedule in words (`describeRecurrence`), from the built-in phrases
 * (src/i18n/strings.ts) and `Intl`: what `<maintenance-notice>` says about a recurring window.
 * Apart from format.ts so that a page without the notice does not load it.
 */
import type { Recurrence } from '../feed/model.js';
import type { ByDay } from '../feed/rrule.js';
import { dayNumber, weekday } from './recurrence.js';
import { displayLocale } from '../i18n/locale.js';
import { capitalize, fill, pick, timeStrings, type Phrase } from '../i18n/strings.js';
import { intl } from '../i18n/intl.js';
import { localDay, zonedToInstant } from './zone.js';
import { formatDuration, hoursFormat, joinEnds, sameOffset } from './format.js';

const { DateTimeFormat } = Intl;
const MINUTE = 60_000;
const DAY = 86_400_000;

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
