/**
 * The fake clock slider's range and words: from a week before the real now to two weeks after,
 * in steps of 15 minutes, and the chosen instant written in the chosen zone. Pure.
 */

export const MINUTE = 60_000;
export const CLOCK_MIN_MINUTES = -7 * 24 * 60;
export const CLOCK_MAX_MINUTES = 14 * 24 * 60;
export const CLOCK_STEP_MINUTES = 15;

/** Keeps an offset inside the slider's range, in whole minutes. */
export function clampOffset(minutes: number): number {
  if (!Number.isFinite(minutes)) return 0;
  return Math.min(CLOCK_MAX_MINUTES, Math.max(CLOCK_MIN_MINUTES, Math.round(minutes)));
}

/** "+2 days 3 h 15 min", "−45 min", "0 min". */
export function describeOffset(minutes: number): string {
  if (minutes === 0) return '0 min';
  const sign = minutes < 0 ? '−' : '+';
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts = [];
  if (days) parts.push(`${days} ${days === 1 ? 'day' : 'days'}`);
  if (hours) parts.push(`${hours} h`);
  if (mins) parts.push(`${mins} min`);
  return `${sign}${parts.join(' ')}`;
}

/** The instant in `timeZone` (the viewer's when empty or unknown), its zone named. */
export function formatInstant(ms: number, timeZone: string | undefined, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat(locale || 'en', { ...options, ...(timeZone && { timeZone }) }).format(ms);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(ms);
  }
}
