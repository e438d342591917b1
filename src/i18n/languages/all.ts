/**
 * Every built-in language's phrases, by locale, imported statically: for
 * `status-widgets/languages` (all-languages.ts, which registers them) and for tests that compare
 * what an element shows with the tables. The elements never import this module: they load one
 * language at a time (languages.ts).
 */
import type { LanguagePack } from '../languages.js';
import type { SupportedLocale } from '../locale.js';
import en from './en.js';
import de from './de.js';
import fr from './fr.js';
import es from './es.js';
import ptBR from './pt-BR.js';
import ja from './ja.js';
import hi from './hi.js';

export const LANGUAGES: Readonly<Record<SupportedLocale, LanguagePack>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  hi,
};
