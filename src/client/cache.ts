/**
 * The last good feed per URL, kept in localStorage so a reload shows the widgets before the
 * network answers. Storage that is missing, full, disabled or throwing falls back to memory
 * without an error reaching the page.
 *
 * A feed fetched with credentials (cookies) may be about the signed-in user: it is kept in this
 * page's memory only, under its own `scope`, never in localStorage (where it would outlive a
 * sign-out) and never shown to a client of the same URL without credentials.
 */
import { pageStorage } from './storage.js';

export interface CachedFeed {
  url: string;
  /** The feed text as received (it is parsed again when read back). */
  text: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Server-corrected time the feed was fetched (ms since the epoch). */
  fetchedAt: number;
}

const PREFIX = 'status-widgets:feed:v1:';

export class FeedCache {
  private readonly memory = new Map<string, CachedFeed>();

  constructor(private readonly storage: () => Storage | undefined = pageStorage) {}

  /**
   * The newest copy this page or any other tab of the origin has stored; with a `scope`
   * (credentialed requests), only what this page keeps in memory under it.
   */
  read(url: string, scope?: string): CachedFeed | undefined {
    if (scope !== undefined) return this.memory.get(`${scope} ${url}`);
    const inMemory = this.memory.get(url);
    const stored = this.readStorage(url);
    if (inMemory && stored) return stored.fetchedAt > inMemory.fetchedAt ? stored : inMemory;
    return inMemory ?? stored;
  }

  private readStorage(url: string): CachedFeed | undefined {
    try {
      const raw = this.storage()?.getItem(PREFIX + url);
      if (!raw) return undefined;
      const entry = JSON.parse(raw) as Partial<CachedFeed>;
      if (entry.url !== url || typeof entry.text !== 'string' || typeof entry.fetchedAt !== 'number')
        return undefined;
      return entry as CachedFeed;
    } catch {
      return undefined;
    }
  }

  write(entry: CachedFeed, scope?: string): void {
    if (scope !== undefined) {
      this.memory.set(`${scope} ${entry.url}`, entry);
      return;
    }
    this.memory.set(entry.url, entry);
    try {
      this.storage()?.setItem(PREFIX + entry.url, JSON.stringify(entry));
    } catch {
      // Full, disabled or blocked storage: the in-memory copy serves this page.
    }
  }
}
