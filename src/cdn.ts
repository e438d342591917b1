/**
 * The CDN bundle: one self-contained file (ES module and classic script) with everything in it.
 * The classic script exposes the API as `window.StatusWidgets`.
 */
export * from './index.js';
