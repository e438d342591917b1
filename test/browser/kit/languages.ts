/**
 * Every built-in language's phrases, read from their modules directly (nothing registered: an
 * element under test still loads its language the way a page does), for tests that compare
 * what an element shows with the tables.
 */
import type { LanguagePack } from '../../../src/i18n/languages.js';
import type { SupportedLocale } from '../../../src/i18n/locale.js';
import en from '../../../src/i18n/languages/en.js';
import de from '../../../src/i18n/languages/de.js';
import fr from '../../../src/i18n/languages/fr.js';
import es from '../../../src/i18n/languages/es.js';
import ptBR from '../../../src/i18n/languages/pt-BR.js';
import ja from '../../../src/i18n/languages/ja.js';
import hi from '../../../src/i18n/languages/hi.js';

export const LANGUAGES: Readonly<Record<SupportedLocale, LanguagePack>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  hi,
};
