/**
 * status-widgets: web components that show a status feed's maintenance windows and incidents
 * inside an app. This entry exports the public API without registering any element.
 */
export * from './api.js';
export { maintenanceToIcs, icsFileName } from './time/ics.js';
export type { IcsOptions } from './time/ics.js';
