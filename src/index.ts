/**
 * status-widgets: web components that show a status feed's maintenance windows and incidents
 * inside an app. This entry exports the public API without registering any element.
 */
export * from './feed/index.js';
