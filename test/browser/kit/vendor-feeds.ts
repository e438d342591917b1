/**
 * For the tests of the lazy path (the elements and the feed client read a vendor's feed once its
 * adapter is loaded, src/feed/parse-lazily.ts): small vendor documents, and adapters that load
 * slowly or not at all. The adapters' own tests read the full fixtures in test/fixtures/. No clock
 * here: callers pass the instants (the element tests the test clock's).
 */
import type { FeedFormat } from '../../../src/feed/model.js';
import { adapterChunks } from '../../../src/feed/parse-lazily.js';

const load = adapterChunks.load;

/** What a browser says when a chunk cannot be fetched (a deploy removed it, the network is gone). */
export const LOAD_FAILURE = 'Failed to fetch dynamically imported module';

/** Loads `format`'s adapter as a page does (resolves once it is loaded). */
export const loadAdapter = (format: Exclude<FeedFormat, 'native'>) => load(format);

/** The adapters load as in a page again: call it after each test that changed how. */
export function restoreAdapters(): void {
  adapterChunks.load = load;
}

/** From now on the adapters fail to load, with `LOAD_FAILURE`. */
export function unloadableAdapters(): void {
  adapterChunks.load = () => Promise.reject(new TypeError(LOAD_FAILURE));
}

/** From now on the adapters load only after `release()`; `calls()` counts the loads asked for. */
export function slowAdapters(): { release(): void; calls(): number } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  adapterChunks.load = (format) => {
    calls++;
    return gate.then(() => load(format));
  };
  return { release, calls: () => calls };
}

/**
 * An Atlassian Statuspage v2 `summary.json` with one open major incident titled `title`, started
 * at `startedAt` (ms since the epoch), with one update.
 */
export function statuspageSummary(title: string, startedAt: number) {
  const at = new Date(startedAt).toISOString();
  return {
    page: { id: 'nw7q2k', name: 'Northwind', url: 'https://status.northwind.example' },
    components: [{ id: 'cmp-api', name: 'Public API', status: 'major_outage' }],
    incidents: [
      {
        id: `sp-${title.toLowerCase().replace(/\W+/g, '-')}`,
        name: title,
        status: 'investigating',
        impact: 'major',
        created_at: at,
        components: [{ id: 'cmp-api', name: 'Public API', status: 'major_outage' }],
        incident_updates: [{ status: 'investigating', body: 'We are looking into it.', created_at: at }],
      },
    ],
  };
}
