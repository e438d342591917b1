/**
 * `dist/cdn/component-status.js`: the CDN file for `<component-status>` alone. It defines that one element and
 * exports its class; the code it shares with the other CDN files (Lit, the feed, the client, …)
 * is in chunks they all load, so any of them on one page share one definition per tag and one
 * client per feed. Languages, adapters and the calendar export load as chunks when needed.
 */
import { defineForCdn } from './define.js';
import { ComponentStatusElement } from '../elements/component-status/component-status.js';

defineForCdn({ 'component-status': ComponentStatusElement });

export { ComponentStatusElement };
