/**
 * `dist/cdn/status-indicator.js`: the CDN file for `<status-indicator>` alone. It defines that one element and
 * exports its class; the code it shares with the other CDN files (Lit, the feed, the client, …)
 * is in chunks they all load, so any of them on one page share one definition per tag and one
 * client per feed. Languages and adapters load as chunks when needed.
 */
import { defineForCdn } from './define.js';
import { StatusIndicator } from '../elements/status-indicator/status-indicator.js';

defineForCdn({ 'status-indicator': StatusIndicator });

export { StatusIndicator };
