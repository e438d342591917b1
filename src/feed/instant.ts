/**
 * Strict ISO 8601 / RFC 3339 instants with an explicit offset, parsed by hand so every engine
 * reads them the same way (engines disagree on fractions longer than milliseconds and on
 * minute-only times).
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/i;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Milliseconds since the epoch for an ISO 8601 date-time with offset, or `undefined`. */
export function parseInstant(text: string): number | undefined {
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  if (month === 2 && day === 29 && !isLeapYear(year)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    ms
  );
}

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD` date; NaN for other text. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

/**
 * Days since 1970-01-01 of a date in the proleptic Gregorian calendar (month 1–12; the day may
 * run past the month), for every year: unlike `Date.UTC`, years 0–99 are not read as 1900–1999.
 * Integer arithmetic after H. Hinnant's `days_from_civil`, with 400-year eras of 146,097 days.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month > 2 ? year : year - 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `{year, month, day}` for a plain `YYYY-MM-DD` calendar date, or `undefined`. */
export function parseLocalDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = LOCAL_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  if (month === 2 && day === 29 && !isLeapYear(year)) return undefined;
  return { year, month, day };
}

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for a `HH:MM` wall-clock time, or `undefined`. */
export function parseWallTime(text: string): number | undefined {
  const m = WALL_TIME.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/**
 * Minutes in an ISO 8601 duration of days, hours and minutes (`PT5H`, `PT1H30M`, `P1DT2H`);
 * `undefined` for anything else or for a zero duration.
 */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return minutes > 0 ? minutes : undefined;
}

const zoneCache = new Map<string, boolean>();

/** Whether the running engine knows this IANA time zone. */
export function isTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = /^[A-Za-z_+\-/0-9]+$/.test(zone);
    } catch {
      known = false;
    }
    zoneCache.set(zone, known);
  }
  return known;
}
