/**
 * `Intl` formatters, cached (they are costly to create) by kind, locale and options: the one way
 * the library makes them. Below the time module and the elements, which all format through it.
 */

export type Formatter<T> = new (locale: string, options: object) => T;

const formatters = new Map<string, unknown>();

/** For an engine without the formatter: lists joined by commas, "5 minute(s)", `one` or `other`. */
const STAND_IN = {
  format: (value: unknown, unit?: string) =>
    Array.isArray(value) ? value.join(', ') : unit ? `${String(value)} ${unit}(s)` : String(value),
  select: (n: number) => (n === 1 ? 'one' : 'other'),
  resolvedOptions: () => ({}),
};

/**
 * A cached `Intl` formatter (they are costly to create), by kind, locale and options; a bad
 * locale falls back to `en`, a bad time zone to UTC.
 */
export function intl<T>(kind: Formatter<T> | undefined, locale: string, options: object = {}): T {
  // An engine without `Intl.ListFormat`, `RelativeTimeFormat` or `PluralRules` gets a plain
  // English stand-in rather than an exception in the middle of a render.
  if (typeof kind !== 'function') return STAND_IN as T;
  const key = `${kind.name} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
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
    if (formatters.size >= 200) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}
