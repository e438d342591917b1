/**
 * The classic script, `dist/cdn/status-widgets.iife.js` (`window.StatusWidgets`): the all-in CDN
 * module (cdn.ts) and the functions that read a feed in any format, in one file. Everything is
 * inline, so nothing waits for a chunk: every language is registered here, and vendor feeds are
 * read at once (vite.cdn.config.ts uses feed/parse-inline.ts for feed/parse-lazily.ts).
 */
import './i18n/all-languages.js';

export * from './cdn.js';
export { parseFeed, convertFeed, detectFormat } from './feed/parse.js';
