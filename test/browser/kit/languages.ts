/**
 * Every built-in language's phrases (src/i18n/languages/all.ts, which registers nothing: an
 * element under test still loads its language the way a page does), for tests that compare
 * what an element shows with the tables.
 */
export { LANGUAGES } from '../../../src/i18n/languages/all.js';
