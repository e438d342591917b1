/**
 * The banner's own words in each built-in language. Times, relative times and durations come
 * from `Intl` and the time phrases (strings.ts), the shared labels from common-strings.ts; a
 * `strings` property on the element overrides any entry. Placeholders are `{name}`, filled by `fill`.
 */
import type { SupportedLocale } from './locale.js';
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string the banner shows: the common ones (common-strings.ts) and its own. */
export type BannerStrings = ElementStrings<BannerOwnStrings>;

export interface BannerOwnStrings {
  /** The line shown with `show-operational` when nothing is wrong. */
  operational: string;
  /** A link to the status page when more items wait: "+{n} more". */
  more: string;
  /** The dismiss button's accessible name: "Dismiss: {title}". */
  dismiss: string;
}

const en: BannerOwnStrings = {
  operational: 'All systems operational',
  more: '+{n} more',
  dismiss: 'Dismiss: {title}',
};

const de: BannerOwnStrings = {
  operational: 'Alle Systeme betriebsbereit',
  more: '+{n} weitere',
  dismiss: 'Ausblenden: {title}',
};

const fr: BannerOwnStrings = {
  operational: 'Tous les systèmes sont opérationnels',
  more: '+{n} de plus',
  dismiss: 'Masquer : {title}',
};

const es: BannerOwnStrings = {
  operational: 'Todos los sistemas funcionan con normalidad',
  more: '+{n} más',
  dismiss: 'Descartar: {title}',
};

const ptBR: BannerOwnStrings = {
  operational: 'Todos os sistemas operacionais',
  more: '+{n} outros',
  dismiss: 'Dispensar: {title}',
};

const ja: BannerOwnStrings = {
  operational: 'すべてのシステムは正常に稼働しています',
  more: 'ほか{n}件',
  dismiss: '閉じる：{title}',
};

const hi: BannerOwnStrings = {
  operational: 'सभी सिस्टम सामान्य रूप से चल रहे हैं',
  more: '+{n} और',
  dismiss: 'हटाएँ: {title}',
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
