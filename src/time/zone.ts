/**
 * Wall-clock times in IANA zones, both ways, with one rule for daylight-saving edges:
 *
 * - A local time that does not exist (it falls in the hour skipped when clocks go forward) is
 *   read with the offset in force before the change, so it lands that much later:
 *   02:30 on the spring-forward day in Los Angeles is 03:30 PDT. This is RFC 5545's rule.
 * - A local time that happens twice (clocks go back) is the first of the two: 01:30 on the
 *   fall-back day in Los Angeles is 01:30 PDT, not PST.
 *
 * Offsets come from `@date-fns/tz`'s `tzOffset`, which reads them from `Intl`; no zone data ships.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import { daysFromCivil } from '../feed/instant.js';

export interface LocalDateTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday (RFC 5545 order). */
  weekday: number;
}

/**
 * The instant (ms since the epoch) of a wall-clock time in `timeZone`, by the DST rule above.
 * The offsets a day before and a day after bracket any transition near the time (zones change
 * at most once a day); each is tried, and a reading is valid when the zone really has that
 * offset at the resulting instant.
 */
export function zonedToInstant(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): number {
  // Not Date.UTC: it reads the years 0–99 as 1900–1999.
  const asUtc = daysFromCivil(year, month, day) * 86_400_000 + minuteOfDay * 60_000;
  const reading = (offsetAt: number) => asUtc - zoneOffset(offsetAt, timeZone) * 60_000;
  const valid = (instant: number) => reading(instant) === instant;
  const before = reading(asUtc - 86_400_000);
  const after = reading(asUtc + 86_400_000);
  // Repeated time: the first reading. Skipped time (no reading): the offset before the change.
  return valid(after) && !(valid(before) && before < after) ? after : before;
}

/** The wall-clock reading of an instant in `timeZone`. */
export function instantToZoned(instant: number, timeZone: string): LocalDateTime {
  const local = new Date(instant + zoneOffset(instant, timeZone) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: (local.getUTCDay() + 6) % 7,
  };
}

/** The zone's offset from UTC at an instant, in minutes (east positive: Kolkata is +330). */
export function zoneOffset(instant: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(instant));
}

/**
 * The local calendar day of an instant in `timeZone`, as a day number (days since 1970-01-01);
 * ±Infinity outside the range dates can hold (and for an unknown zone).
 */
export function localDay(instant: number, timeZone: string): number {
  const day =
    Math.abs(instant) <= 8.6e15
      ? Math.floor((instant + zoneOffset(instant, timeZone) * 60_000) / 86_400_000)
      : NaN;
  return day === day ? day : instant > 0 ? Infinity : -Infinity;
}

/** The viewer's own zone, as the browser (or Node) reports it. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
