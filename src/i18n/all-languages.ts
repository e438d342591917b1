/**
 * `status-widgets/languages`: registers every built-in language at once, so no element waits for
 * one to load. Import it on a server before rendering (server rendering is synchronous, and an
 * element whose language has not loaded renders an empty shell there), or in a page that would
 * rather load every language with the elements than one on demand.
 */
import { registerLanguage } from './languages.js';
import { LANGUAGES } from './languages/all.js';
import type { SupportedLocale } from './locale.js';

for (const [locale, pack] of Object.entries(LANGUAGES)) registerLanguage(locale as SupportedLocale, pack);
