/**
 * Which language to speak. Two answers, for two jobs:
 *
 * - `resolveLocale` gives the full BCP 47 tag (region and extensions kept, e.g. `de-AT`) that
 *   `Intl` formats dates, times and numbers with: every locale the engine knows works.
 * - `stringsLocale` gives the built-in phrase table that tag is closest to; `displayLocale` the
 *   tag to give `Intl` when its output goes inside one of those phrases, so a sentence never
 *   mixes two languages ("Every samedi").
 *
 * Nothing here touches `navigator` or `document` at import time (server-side rendering).
 */

/** The languages with built-in phrases. `pt-BR` also serves every other Portuguese. */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'hi'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** The canonical form of a BCP 47 tag (`pt_br` → `pt-BR`), or `undefined` if it is not one. */
export function canonicalLang(tag: string | null | undefined): string | undefined {
  if (!tag?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The value of the nearest `lang` attribute at or above `element`, crossing shadow roots to
 * their hosts; the document's when the element is not in it. An empty `lang` ("unknown", as
 * HTML defines it) ends the search without an answer. On a server, only the element's own.
 */
export function nearestLang(element?: Element): string | null | undefined {
  let node: Element | undefined = element;
  // On a server (Lit's DOM shim) an element knows only its own attributes.
  if (node && typeof node.closest !== 'function') return node.getAttribute?.('lang') ?? undefined;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    node = (node.getRootNode() as Partial<ShadowRoot>).host;
  }
  return typeof document === 'undefined' ? undefined : document.documentElement?.getAttribute('lang');
}

/**
 * The locale to format for: `requested` (an element's `locale` attribute) if it is a valid tag,
 * else the nearest `lang` attribute (see above), else the browser's first preferred language,
 * else `en`. The result is canonical and keeps its region (`de-AT`), for `Intl`.
 */
export function resolveLocale(requested?: string, element?: Element): string {
  const preferred =
    typeof navigator === 'undefined'
      ? []
      : [...(navigator.languages ?? []), navigator.language]
          .map((tag) => canonicalLang(tag))
          .filter((t) => t !== undefined);
  const page = canonicalLang(nearestLang(element));
  return canonicalLang(requested) ?? (page && regional(page, preferred)) ?? preferred[0] ?? 'en';
}

/**
 * A page's bare language (`en`) in the viewer's regional form of it (`en-GB`, the first of the
 * browser's preferred languages in that language), so dates and times follow the viewer's
 * conventions (24-hour clock in en-GB) while the words stay in the page's language. A page tag
 * with a region (or script) is kept as it is.
 */
function regional(page: string, preferred: readonly string[]): string {
  if (page.includes('-')) return page;
  return preferred.find((tag) => tag.split('-')[0] === page && tag !== page) ?? page;
}

/** Languages written right to left (by their primary subtag), and scripts that are. */
const RTL =
  /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|nqo|ps|sd|syr|ug|ur|yi)(-|$)|-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)(-|$)/i;

/** The writing direction of a language tag: `rtl` for Arabic, Hebrew, Persian, Urdu, …; else `ltr`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  return RTL.test(tag) && !/-latn(-|$)/i.test(tag) ? 'rtl' : 'ltr';
}

/**
 * The built-in phrase table for a tag: the same tag if there is one (`pt-BR`), else the one
 * for its language (`en-GB` → `en`, `pt-PT` → `pt-BR`, `de-AT` → `de`), else `en`.
 */
export function stringsLocale(tag: string): SupportedLocale {
  const lower = tag.toLowerCase();
  const language = lower.split(/[-_]/)[0];
  return (
    SUPPORTED_LOCALES.find((l) => l.toLowerCase() === lower) ??
    SUPPORTED_LOCALES.find((l) => l.toLowerCase().split('-')[0] === language) ??
    'en'
  );
}

/**
 * The tag to hand `Intl` for text that goes inside a built-in phrase: `tag` itself when its
 * language has a table (`de-AT`, `pt-PT`), else that table's locale (`zh-CN` → `en`), so
 * weekday names and lists come in the phrase's language.
 */
export function displayLocale(tag: string): string {
  const table = stringsLocale(tag);
  return tag.toLowerCase().split(/[-_]/)[0] === table.toLowerCase().split('-')[0] ? tag : table;
}
