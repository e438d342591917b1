/**
 * The banner's own words in each built-in language. Times, relative times and durations come
 * from `Intl` and the time phrases (strings.ts), the shared labels from common-strings.ts; a
 * `strings` property on the element overrides any entry. Placeholders are `{name}`, filled by `fill`.
 */
import type { SupportedLocale } from './locale.js';
import type { Phrase } from './strings.js';
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string the banner shows: the common ones (common-strings.ts) and its own. */
export type BannerStrings = ElementStrings<BannerOwnStrings>;

export interface BannerOwnStrings {
  /** The line shown with `show-operational` when nothing is wrong. */
  operational: string;
  /** A link to the status page when more items wait: "+{n} more" (by the plural of n). */
  more: Phrase;
  /** The dismiss button's accessible name: "Dismiss: {title}". */
  dismiss: string;
  /** Shows the rest of a long update. */
  showMore: string;
  /** Shows only its first line again. */
  showLess: string;
}

const en: BannerOwnStrings = {
  operational: 'All systems operational',
  more: '+{n} more',
  dismiss: 'Dismiss: {title}',
  showMore: 'Show more',
  showLess: 'Show less',
};

const de: BannerOwnStrings = {
  operational: 'Alle Systeme betriebsbereit',
  more: { one: '+{n} weiterer Eintrag', other: '+{n} weitere Einträge' },
  dismiss: 'Ausblenden: {title}',
  showMore: 'Mehr anzeigen',
  showLess: 'Weniger anzeigen',
};

const fr: BannerOwnStrings = {
  operational: 'Tous les systèmes sont opérationnels',
  more: { one: '+{n} autre', other: '+{n} autres' },
  dismiss: 'Masquer : {title}',
  showMore: 'Afficher plus',
  showLess: 'Afficher moins',
};

const es: BannerOwnStrings = {
  operational: 'Todos los sistemas funcionan con normalidad',
  more: '+{n} más',
  dismiss: 'Descartar: {title}',
  showMore: 'Mostrar más',
  showLess: 'Mostrar menos',
};

const ptBR: BannerOwnStrings = {
  operational: 'Todos os sistemas operacionais',
  more: { one: '+{n} outro', other: '+{n} outros' },
  dismiss: 'Dispensar: {title}',
  showMore: 'Mostrar mais',
  showLess: 'Mostrar menos',
};

const ja: BannerOwnStrings = {
  operational: 'すべてのシステムは正常に稼働しています',
  more: 'ほか{n}件',
  dismiss: '閉じる：{title}',
  showMore: 'さらに表示',
  showLess: '表示を減らす',
};

const hi: BannerOwnStrings = {
  operational: 'सभी सिस्टम सामान्य रूप से चल रहे हैं',
  more: '+{n} और',
  dismiss: 'हटाएँ: {title}',
  showMore: 'और दिखाएँ',
  showLess: 'कम दिखाएँ',
};

export const BANNER_STRINGS: Readonly<Record<SupportedLocale, BannerOwnStrings>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  hi,
};

/** The banner's words for a BCP 47 tag, with any overrides applied. */
export function bannerStrings(locale: string, overrides?: StringOverrides<BannerOwnStrings>): BannerStrings {
  return elementStrings(BANNER_STRINGS, locale, overrides);
}
