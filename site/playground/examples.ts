/**
 * The feeds the playground starts from: the example files the site serves from ./feeds/ (copied
 * from demo/feeds/), the two feeds the demo generates (a live incident cycle, four months of
 * history ending yesterday), and any URL the user pastes. Fetching is in the browser, so a feed
 * on another origin without CORS headers fails; the message says how to mirror it.
 */
import { historyFeed } from '../../demo/history-feed.js';
import { liveFeed } from '../../demo/live-feed.js';
import type { FeedDocument } from '../../src/feed/schema.js';

export interface Example {
  readonly id: string;
  readonly label: string;
  /** The element that shows this feed best. */
  readonly tag: string;
}

export const EXAMPLES: readonly Example[] = [
  { id: 'maintenance-notice', label: 'Scheduled maintenance (one window)', tag: 'maintenance-notice' },
  { id: 'all', label: 'Everything at once (active incident, maintenance)', tag: 'status-banner' },
  { id: 'incident-resolved', label: 'A resolved regional incident', tag: 'incident-timeline' },
  { id: 'incident-history', label: '90 days of incidents', tag: 'incident-timeline' },
  { id: 'status-page', label: 'Status page with recurring windows', tag: 'maintenance-notice' },
  { id: 'operational', label: 'All systems operational', tag: 'status-indicator' },
  { id: 'live', label: 'Generated: an incident cycle around now', tag: 'status-banner' },
  { id: 'history', label: 'Generated: four months of history to yesterday', tag: 'component-status' },
];

export const DEFAULT_EXAMPLE = 'maintenance-notice';

async function getText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal, credentials: 'omit' });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** An example's text, pretty-printed; `now` places the generated feeds. */
export async function loadExample(id: string, now: number, base = './feeds/'): Promise<string> {
  if (id === 'live' || id === 'history') {
    const all = JSON.parse(await getText(`${base}all.json`)) as Required<FeedDocument>;
    const feed = id === 'live' ? liveFeed(now, all.page) : historyFeed(now, all);
    return `${JSON.stringify(feed, null, 2)}\n`;
  }
  const text = await getText(`${base}${id}.json`);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The message shown when a pasted URL cannot be read. */
export function fetchFailure(url: string, error: unknown): string {
  if (error instanceof TypeError) {
    return (
      `The browser could not read ${url}: the request was blocked or failed, most often because ` +
      `the server does not send CORS headers (Access-Control-Allow-Origin) for this page's origin. ` +
      `Mirror the feed instead: run \`npx status-widgets convert ${url} > feed.json\` and serve ` +
      `feed.json from your own origin (it also converts a Statuspage, incident.io, Instatus or ` +
      `Better Stack document into the native format).`
    );
  }
  if (error instanceof Error) return `Could not load ${url}: ${error.message}`;
  return `Could not load ${url}.`;
}

/** Fetches a pasted URL; rejects with a readable message. */
export async function loadUrl(url: string, signal?: AbortSignal): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url, document.baseURI);
  } catch {
    throw new Error(`“${url}” is not a URL.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error('Only http(s) URLs can be fetched.');
  try {
    return await getText(parsed.href, signal);
  } catch (error) {
    throw new Error(fetchFailure(parsed.href, error));
  }
}
