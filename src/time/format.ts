/**
 * Every date, time, relative time, duration and schedule the elements display, through `Intl`:
 * no locale data ships, and every locale the browser knows works. Formatter instances are
 * costly to create, so they are cached by (kind, locale, options).
 *
 * - Times always name their zone (`timeZoneName: 'short'`): "PDT", "MESZ", or a bare offset
 *   such as "GMT+5:30" where the locale has no abbreviation for that zone.
 * - A locale that `Intl` rejects falls back to `en`; a time zone it rejects, to UTC (named).
 * - These are `Intl` alone and take any BCP 47 tag; schedules in words, which need the built-in
 *   phrases, are in recurrence-text.ts (only the notice loads it). When their output goes inside
 *   a built-in phrase, pass `displayLocale(tag)` so the phrase and its parts are in one language.
 */
import { intl, type Formatter } from '../i18n/intl.js';
import { localDay, zoneOffset } from './zone.js';

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
export function hoursFormat(locale: string, timeZone: string, bare?: boolean) {
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
export function sameOffset(a: number, b: number, timeZone: string): boolean {
  return zoneOffset(a, timeZone) === zoneOffset(b, timeZone);
}

/**
 * Two ends formatted apart, with what the locale puts between two complete date-times
 * ("{0} – {1}": " – ", "～"), read from `formatRangeToParts` of a range that ICU can only show
 * with its fallback pattern.
 */
export function joinEnds(locale: string, start: string, end: string): string {
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
