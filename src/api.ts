/**
 * The public API except the calendar export (`src/index.ts` adds `maintenanceToIcs` and
 * `icsFileName`): cdn-api.ts, and the functions that read a feed in any format. What is here is
 * what the README documents; `test/node/exports.test.ts` keeps this list and the README's in step.
 */
export * from './cdn-api.js';
export { parseFeed, convertFeed, detectFormat } from './feed/parse.js';
