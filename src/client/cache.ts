/**
 * The last good feed per URL, kept in localStorage so a reload shows the widgets before the
 * network answers. Storage that is missing, full, disabled or throwing falls back to memory
 * without an error reaching the page.
 *
 * Bounds. The cache never crowds out the host app's own use of storage: all its entries
 * together hold at most `MAX_CACHE_ENTRIES` (10) feeds and `MAX_CACHE_CHARS` (1,000,000)
 * characters, keys included. Before each save that adds an entry or makes one larger (not the
 * same feed saved again, as after every 304), entries not saved for a day (or for their
 * client's `cacheMaxAge`, if longer) are deleted, then the least recently saved ones until the
 * new entry fits. (A feed is saved each time the network confirms it, so a feed in use is a
 * recently saved one.) A feed that alone is larger than the bound is kept in this page's memory
 * only, and its older stored copy deleted. Entries are found by scanning the keys that start with
 * `status-widgets:feed:v1:`; there is no index to fall out of step. (An entry that does not start
 * with the header this version writes, such as one from an earlier version, counts as expired.)
 * Where the keys cannot be listed, nothing is stored. Page memory keeps at most as many feeds.
 *
 * Each entry also carries the feed's run of failures (`retry`), so another tab or the next page
 * load waits out a backoff or `Retry-After` too (see feed-client.ts).
 *
 * A feed fetched with credentials (cookies) may be about the signed-in user: it is kept in this
 * page's memory only, under its own `scope`, never in localStorage (where it would outlive a
 * sign-out) and never shown to a client of the same URL without credentials.
 */
import type { StatusErrorDetail } from './errors.js';
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

/** A feed's run of failures, as kept for other tabs and the next page load. */
export interface StoredRetry {
  /** The client it is for: credentials, format and URL (a schema error depends on the format). */
  key: string;
  /** Failures in a row. */
  failures: number;
  /** No request before this (device ms since the epoch; 0 = none): the server's `Retry-After`. */
  notBefore: number;
  /** When the retry announced in `error.retryAt` is due (device ms since the epoch). */
  retryDue: number;
  /** The error last reported. */
  error?: StatusErrorDetail | undefined;
  /** When this was recorded (device ms since the epoch). */
  at: number;
}

/** At most this many feeds are stored. */
export const MAX_CACHE_ENTRIES = 10;
/** All stored entries together, keys and values, hold at most this many characters. */
export const MAX_CACHE_CHARS = 1_000_000;
/** Entries not saved for this long (or their client's `cacheMaxAge`, if longer) are deleted. */
export const CACHE_MAX_AGE_MS = 86_400_000;

const PREFIX = 'status-widgets:feed:v1:';
const YEAR = 365 * CACHE_MAX_AGE_MS;

/** What the cache writes: a header it can read without parsing the rest, then the entry. */
interface StoredEntry extends Partial<CachedFeed> {
  /** When it was saved (device ms since the epoch). */
  savedAt: number;
  /** When it may be deleted (device ms since the epoch). */
  expiresAt: number;
  url: string;
  retry?: StoredRetry | undefined;
}

/** `{"savedAt":…,"expiresAt":…`: every entry starts so (JSON keeps the order it was built in). */
const HEADER = /^\{"savedAt":(\d+),"expiresAt":(\d+)[,}]/;

export class FeedCache {
  private readonly memory = new Map<string, CachedFeed>();
  /** The last `savedAt` this cache wrote, so two saves in one millisecond still have an order. */
  private lastSaved = 0;
  /** The last stored text parsed, and what it gave: a client reads its entry more than once. */
  private lastRead: { raw: string; entry: Partial<StoredEntry> | null } | undefined;

  constructor(private readonly storage: () => Storage | undefined = pageStorage) {}

  /**
   * The newest copy this page or any other tab of the origin has stored; with a `scope`
   * (credentialed requests), only what this page keeps in memory under it.
   */
  read(url: string, scope?: string): CachedFeed | undefined {
    if (scope !== undefined) return this.memory.get(`${scope} ${url}`);
    const inMemory = this.memory.get(url);
    const stored = this.readFeed(url);
    if (inMemory && stored) return stored.fetchedAt > inMemory.fetchedAt ? stored : inMemory;
    return inMemory ?? stored;
  }

  /**
   * Keeps the feed (and ends any run of failures stored with it). `maxAge` is the client's
   * `cacheMaxAge`: the entry is kept at least that long (and at least a day) unless it is the
   * least recently saved when room is needed.
   */
  write(entry: CachedFeed, scope?: string, maxAge = CACHE_MAX_AGE_MS): void {
    this.remember(scope === undefined ? entry.url : `${scope} ${entry.url}`, entry);
    if (scope !== undefined) return;
    const { url, text, etag, lastModified, fetchedAt } = entry;
    this.save(url, { url, text, etag, lastModified, fetchedAt }, maxAge);
  }

  /** The run of failures another tab or an earlier page stored for `url`, if any. */
  readRetry(url: string): StoredRetry | undefined {
    const retry = this.readEntry(url)?.retry;
    if (
      !retry ||
      typeof retry.key !== 'string' ||
      ![retry.failures, retry.notBefore, retry.retryDue, retry.at].every((n) => typeof n === 'number')
    )
      return undefined;
    return retry;
  }

  /** Stores (or, with `undefined`, forgets) the run of failures for `url`, next to its feed. */
  writeRetry(url: string, retry: StoredRetry | undefined): void {
    const existing = this.readEntry(url);
    const feed = existing && isFeed(existing, url) ? existing : undefined;
    if (!feed && !retry) {
      this.remove(PREFIX + url);
      return;
    }
    const body = feed
      ? {
          url,
          text: feed.text,
          etag: feed.etag,
          lastModified: feed.lastModified,
          fetchedAt: feed.fetchedAt,
          retry,
        }
      : { url, retry };
    this.save(url, body, existing ? existing.expiresAt - existing.savedAt : CACHE_MAX_AGE_MS);
  }

  private readFeed(url: string): CachedFeed | undefined {
    const entry = this.readEntry(url);
    if (!entry || !isFeed(entry, url)) return undefined;
    const { text, etag, lastModified, fetchedAt } = entry;
    return { url, text, etag, lastModified, fetchedAt };
  }

  private readEntry(url: string): StoredEntry | undefined {
    try {
      const raw = this.storage()?.getItem(PREFIX + url);
      if (!raw) return undefined;
      if (this.lastRead?.raw !== raw)
        this.lastRead = { raw, entry: JSON.parse(raw) as Partial<StoredEntry> | null };
      const { entry } = this.lastRead;
      if (!entry || typeof entry !== 'object' || entry.url !== url) return undefined;
      return {
        ...entry,
        url,
        savedAt: Number(entry.savedAt) || 0,
        expiresAt: Number(entry.expiresAt) || 0,
      };
    } catch {
      return undefined;
    }
  }

  /** This page's copy, most recently written last; the oldest goes past the bound. */
  private remember(key: string, entry: CachedFeed): void {
    this.memory.delete(key);
    this.memory.set(key, entry);
    for (const oldest of this.memory.keys()) {
      if (this.memory.size <= MAX_CACHE_ENTRIES) break;
      this.memory.delete(oldest);
    }
  }

  private save(url: string, body: Omit<StoredEntry, 'savedAt' | 'expiresAt'>, maxAge: number): void {
    const key = PREFIX + url;
    try {
      const storage = this.storage();
      if (!storage) return;
      const savedAt = (this.lastSaved = Math.max(Math.round(Date.now()), this.lastSaved + 1));
      const keep = Math.round(Math.min(Math.max(Number(maxAge) || 0, CACHE_MAX_AGE_MS), YEAR));
      const value = JSON.stringify({ savedAt, expiresAt: savedAt + keep, ...body });
      const size = key.length + value.length;
      // The same feed confirmed again (a 304 on every poll) takes no more room than its stored
      // copy: nothing else needs to be read or made room for.
      const stored = storage.getItem(key);
      const grows = stored === null || stored.length < value.length;
      // Too large to store at all, or no way to see what else is stored: keep it in memory, and
      // drop the older copy so that a reload does not show it.
      if (size > MAX_CACHE_CHARS || (grows && !this.makeRoom(storage, key, size))) {
        this.remove(key);
        return;
      }
      storage.setItem(key, value);
    } catch {
      // Full, disabled or blocked storage: the in-memory copy serves this page.
      this.remove(key);
    }
  }

  /**
   * Deletes expired entries, then the least recently saved ones, until an entry of `size`
   * characters under `key` fits the bounds. Returns false when the keys cannot be listed.
   */
  private makeRoom(storage: Storage, key: string, size: number): boolean {
    const keys: string[] = [];
    try {
      for (let i = 0, n = storage.length; i < n; i++) {
        const other = storage.key(i);
        if (other !== null && other !== key && other.startsWith(PREFIX)) keys.push(other);
      }
    } catch {
      return false;
    }
    const now = Date.now();
    const live: { key: string; size: number; savedAt: number }[] = [];
    for (const other of keys) {
      let raw: string | null;
      try {
        raw = storage.getItem(other);
      } catch {
        this.remove(other);
        continue;
      }
      if (raw === null) continue;
      const header = HEADER.exec(raw);
      const savedAt = Number(header?.[1]);
      // Unreadable, expired, or saved "in the future" by a device clock that was far ahead.
      if (!header || Number(header[2]) <= now || savedAt > now + CACHE_MAX_AGE_MS) {
        this.remove(other);
        continue;
      }
      live.push({ key: other, size: other.length + raw.length, savedAt });
    }
    live.sort((a, b) => b.savedAt - a.savedAt);
    let count = 1;
    let total = size;
    for (const entry of live) {
      if (count < MAX_CACHE_ENTRIES && total + entry.size <= MAX_CACHE_CHARS) {
        count++;
        total += entry.size;
      } else {
        this.remove(entry.key);
      }
    }
    return true;
  }

  private remove(key: string): void {
    try {
      this.storage()?.removeItem(key);
    } catch {
      // Nothing more to do here; the next save looks again.
    }
  }
}

function isFeed(entry: Partial<StoredEntry>, url: string): entry is StoredEntry & CachedFeed {
  return entry.url === url && typeof entry.text === 'string' && typeof entry.fetchedAt === 'number';
}
