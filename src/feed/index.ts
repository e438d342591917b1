/**
 * `status-widgets/feed`: the headless data layer — read, validate and normalise status feeds
 * in the native format or a vendor's. No DOM elements are defined by importing it.
 */
export * from './exports.js';
export { parseFeed, convertFeed, detectFormat } from './parse.js';
