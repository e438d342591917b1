/**
 * The built-in languages, one module each under `languages/`: English is always there; the
 * others load when an element first needs one (`loadLanguage`), each as a chunk of its own in a
 * bundle, so a page pays only for the language it shows. `status-widgets/languages`
 * (all-languages.ts) registers every one up front instead: on a server, which renders
 * synchronously, or for a page that would rather not wait.
 *
 * Lookups (`languagePack`) are synchronous and fall back to English for a language that has not
 * loaded; an element waits for `loadLanguage` before it renders, so it never shows English first.
 */
import type { BannerOwnStrings } from './banner-strings.js';
import type { CommonStrings } from './common-strings.js';
import type { NoticeOwnStrings } from './notice-strings.js';
import type { TimeStrings } from './strings.js';
import type { TimelineOwnStrings } from './timeline-strings.js';
import type { IndicatorOwnStrings } from './indicator-strings.js';
import type { ComponentStatusOwnStrings } from './component-strings.js';
import { stringsLocale, type SupportedLocale } from './locale.js';
import en from './languages/en.js';

/** Every built-in phrase in one language: the shared words, the time phrases, each element's own. */
export interface LanguagePack {
  common: CommonStrings;
  time: TimeStrings;
  banner: BannerOwnStrings;
  notice: NoticeOwnStrings;
  timeline: TimelineOwnStrings;
  indicator: IndicatorOwnStrings;
  components: ComponentStatusOwnStrings;
}

type Lazy = Exclude<SupportedLocale, 'en'>;

// One literal import per language, so bundlers make each a chunk. One entry per line.
// prettier-ignore
const LOADERS: Readonly<Record<Lazy, () => Promise<{ default: LanguagePack }>>> = {
  de: () => import('./languages/de.js'),
  fr: () => import('./languages/fr.js'),
  es: () => import('./languages/es.js'),
  'pt-BR': () => import('./languages/pt-BR.js'),
  ja: () => import('./languages/ja.js'),
  hi: () => import('./languages/hi.js'),
};

const packs = new Map<SupportedLocale, LanguagePack>([['en', en]]);
const loading = new Map<SupportedLocale, Promise<void>>();
/** Languages whose module could not be loaded: their elements render in English. */
const failed = new Set<SupportedLocale>();

/** Makes `pack` the phrases of `locale` (all-languages.ts, and the loader below). */
export function registerLanguage(locale: SupportedLocale, pack: LanguagePack): void {
  packs.set(locale, pack);
}

/** The phrases for any BCP 47 tag (its nearest built-in language), English until that has loaded. */
export function languagePack(tag: string): LanguagePack {
  return packs.get(stringsLocale(tag)) ?? en;
}

/**
 * Whether the phrases for `tag` are there to render with: English always, another language once
 * it has loaded (or failed to: then the element goes on in English, see `loadLanguage`).
 */
export function languageReady(tag: string): boolean {
  const locale = stringsLocale(tag);
  return packs.has(locale) || failed.has(locale);
}

/**
 * Loads the phrases for `tag` once per page; every caller shares one request. Never rejects: a
 * language that cannot load (a network failure fetching its chunk) is said in one console
 * warning, and elements then render in English rather than nothing.
 */
export function loadLanguage(tag: string): Promise<void> {
  const locale = stringsLocale(tag);
  if (languageReady(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale as Lazy]()
      .then((module) => registerLanguage(locale, module.default))
      .catch((cause: unknown) => {
        failed.add(locale);
        console.warn(
          `status-widgets: could not load the "${locale}" phrases (${cause instanceof Error ? cause.message : String(cause)}); showing English instead`,
        );
      });
    loading.set(locale, promise);
  }
  return promise;
}
