/** The names of time zones as people read them (display only, so outside the time module). */
import { intl } from '../../i18n/intl.js';

/**
 * A zone's generic name in `locale` ("Pacific Time", "heure du Pacifique nord-américain"), or
 * `undefined` where `Intl` names it only by an offset ("GMT+5:45") or not at all.
 */
export function zoneName(timeZone: string, at: number, locale: string): string | undefined {
  try {
    const part = intl(Intl.DateTimeFormat, locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    return part && !/^(GMT|UTC)([+−-]|$)/.test(part) ? part : undefined;
  } catch {
    return undefined;
  }
}
