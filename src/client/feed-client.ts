/**
 * The shared per-URL feed client. Every element on a page with the same `src` shares one
 * client and so one request; across tabs one leader polls (see tabs.ts).
 *
 * Contract:
 * - Polls every `interval` seconds (the shortest any subscriber asks for; 0 = fetch once) with
 *   ±10 % jitter, using conditional requests, so an unchanged feed costs a 304 and no parse.
 * - Pauses while every tab is hidden; fetches at once when a tab becomes visible again or the
 *   browser comes back online.
 * - Faults never replace a good feed. After a failure it retries after
 *   `min(interval × 2^failures, max(interval, 15 min))` ±20 % (30 s base when interval is 0),
 *   and never sooner than a `Retry-After` header asks (capped at a day). An HTTP-date
 *   `Retry-After` is read against the same response's `Date` (the server's own clock), and every
 *   wait runs on the monotonic clock, so neither a server clock that is off nor the device clock
 *   being set back or forward changes it. `retryAt` in errors is on the server-corrected clock.
 * - The run of failures (count, Retry-After, last error) belongs to the feed, not to the client:
 *   it is kept in page memory, keyed like the clients, and in the feed's cache entry, until the
 *   next success (for at most a day). A client created later for the same feed — an element
 *   mounted again, another tab taking over, the next page load — waits out the same retry and
 *   hears the same error at once, without a request and without a second warning in the page.
 * - The last good feed is cached (localStorage, memory fallback; bounded, see cache.ts) with its
 *   validators and shown at once on the next page load — unless older than `cacheMaxAge` — then
 *   revalidated.
 * - Each response's `Date` header corrects the shared clock.
 * - When the last subscriber leaves, the client stops (timers, request, Web Lock, channel) and
 *   is dropped, in a microtask: an element moved in the DOM, which disconnects and reconnects
 *   at once, keeps it.
 */
import { parseFeedLazily, type LazyParseResult } from '../feed/parse-lazily.js';
import type { FeedFormat, FeedModel } from '../feed/model.js';
import type { FeedIssue } from '../feed/errors.js';
import { sharedClock, type CorrectedClock } from '../time/clock.js';
import { CACHE_MAX_AGE_MS, FeedCache, type CachedFeed, type StoredRetry } from './cache.js';
import { describeError, type StatusErrorDetail } from './errors.js';
import { MAX_RETRY_AFTER_MS, fetchFeed, type FetchOutcome } from './fetch-feed.js';
import { TabCoordinator } from './tabs.js';

/**
 * Where an applied feed came from: the network, this browser's cache, another tab (`peer`), or
 * an element's `feed` property (`property`, never from a client).
 */
export type FeedSource = 'network' | 'cache' | 'peer' | 'property';

export interface FeedSnapshot {
  model: FeedModel;
  source: Exclude<FeedSource, 'property'>;
  /** When the feed was fetched (server-corrected ms since the epoch). */
  fetchedAt: number;
  /** Non-fatal problems, such as references to unknown components. */
  warnings: FeedIssue[];
}

export interface FeedListener {
  /** A new or changed feed. */
  load?(snapshot: FeedSnapshot): void;
  /** A fault; the last good feed stays. */
  error?(error: StatusErrorDetail): void;
}

export interface FeedClientOptions {
  /** Send cookies (`include`) or not (`omit`, the default). */
  credentials?: RequestCredentials;
  /** Read the feed as this format instead of detecting it. */
  format?: FeedFormat | undefined;
  /** Request timeout in ms (default 10 000). */
  timeoutMs?: number;
  /** Largest accepted body in bytes (default 1 MB). */
  maxBytes?: number;
  /** Cached feeds older than this (ms) are not shown (default 24 h). */
  cacheMaxAge?: number;
}

interface Subscription {
  listener: FeedListener;
  /** Seconds; 0 = fetch once. */
  interval: number;
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 1_000_000, cacheMaxAge: CACHE_MAX_AGE_MS };
const MAX_BACKOFF_MS = 15 * 60_000;
const ONCE_RETRY_BASE_MS = 30_000;
/** A stored run of failures older than this is forgotten. */
const MAX_STREAK_AGE_MS = 86_400_000;
/** Page memory keeps the runs of failures of at most this many feeds. */
const MAX_STREAKS = 50;

const registry = new Map<string, FeedClient>();
let sharedCache: FeedCache | undefined;

/**
 * A feed's run of failures. It outlives the client (see the contract above). Times are on the
 * monotonic clock (`performance.now()`).
 */
interface Streak {
  /** Failures in a row. */
  failures: number;
  /** No request before this (0 = none): what the server's `Retry-After` asked for. */
  notBefore: number;
  /** When the retry announced in `error.retryAt` is due. */
  retryDue: number;
  /** The error last reported, until the next good feed. */
  error: StatusErrorDetail | undefined;
  /** Console lines already warned about on this page: one warning per distinct error. */
  readonly warned: Set<string>;
  /**
   * When this tab last learned something about it (a failure of its own, a success, a stored copy
   * taken over; device ms since the epoch), to tell it from an older or newer stored copy.
   */
  at: number;
}

/** The runs of failures on this page, keyed like the registry. */
const streaks = new Map<string, Streak>();

/** No failures; known since `at` (0: nothing known yet, so any stored run is newer). */
function freshStreak(at = 0): Streak {
  return { failures: 0, notBefore: 0, retryDue: 0, error: undefined, warned: new Set(), at };
}

function keepStreak(key: string, streak: Streak): void {
  streaks.delete(key);
  streaks.set(key, streak);
  for (const oldest of streaks.keys()) {
    if (streaks.size <= MAX_STREAKS) break;
    streaks.delete(oldest);
  }
}

export class FeedClient {
  /** The page's client for a URL and options; created on first use, dropped when unused. */
  static for(src: string, options: FeedClientOptions = {}): FeedClient {
    const url = absolute(src);
    const key = `${options.credentials ?? 'omit'} ${options.format ?? ''} ${url}`;
    let client = registry.get(key);
    if (!client) {
      client = new FeedClient(url, key, options);
      registry.set(key, client);
    }
    return client;
  }

  /** How many clients are alive on this page (for leak checks). */
  static get active(): number {
    return registry.size;
  }

  private readonly subscriptions = new Set<Subscription>();
  private readonly options: Required<Omit<FeedClientOptions, 'format'>> & { format?: FeedFormat | undefined };
  private readonly clock: CorrectedClock = sharedClock();
  private readonly cache: FeedCache;
  private tabs: TabCoordinator | undefined;
  private current:
    (FeedSnapshot & { etag?: string | undefined; lastModified?: string | undefined }) | undefined;
  private lastText: string | undefined;
  /** Counts the feeds handed to the parser: a slower parse (a vendor's feed) never overwrites a newer one. */
  private parses = 0;
  /** This feed's run of failures, shared with earlier and later clients of the feed. */
  private streak: Streak;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the scheduled poll is due (`performance.now()`), while one is scheduled. */
  private dueAt: number | undefined;
  private inFlight: AbortController | undefined;
  private pausedWhileHidden = false;
  private lastAttempt = 0;
  private started = false;
  private stopQueued = false;

  private constructor(
    readonly url: string,
    /** The registry key: credentials, format and URL (one poller and one lock per key). */
    private readonly key: string,
    options: FeedClientOptions,
  ) {
    this.options = { ...DEFAULTS, credentials: 'omit', ...options };
    this.cache = sharedCache ??= new FeedCache();
    this.streak = streaks.get(key) ?? freshStreak();
  }

  /** Credentialed feeds are cached in memory only, apart from the others (see cache.ts). */
  private get cacheScope(): string | undefined {
    return this.options.credentials === 'omit' ? undefined : `credentials:${this.options.credentials}`;
  }

  /** The latest good feed, if any. */
  get snapshot(): FeedSnapshot | undefined {
    return this.current;
  }

  /** The latest fault since the last good feed, if any. */
  get error(): StatusErrorDetail | undefined {
    return this.streak.error;
  }

  /**
   * Starts following the feed (the first subscriber starts polling). The listener hears the
   * current feed, and the current fault, at once if there are any. Returns a function that
   * unsubscribes.
   */
  subscribe(listener: FeedListener, interval = 60): () => void {
    const subscription: Subscription = { listener, interval: Math.max(0, interval) };
    this.subscriptions.add(subscription);
    if (!this.started) this.start();
    else {
      if (this.current) safely(() => listener.load?.(this.current!));
      const { error } = this.streak;
      if (error) safely(() => listener.error?.(error));
      // A shorter interval may bring the next poll forward. A new subscriber never postpones it
      // (or every connect would push it out) and never cuts a backoff or Retry-After short.
      const delay = this.nextDelay();
      const earlier = this.dueAt === undefined || performance.now() + delay < this.dueAt;
      if (this.tabs?.isLeader && !this.inFlight && this.streak.failures === 0 && delay >= 0 && earlier) {
        this.schedule(delay);
      }
    }
    return () => {
      if (!this.subscriptions.delete(subscription) || this.subscriptions.size > 0 || this.stopQueued) return;
      // Stop once the current task is done: an element moved in the DOM disconnects and
      // reconnects at once, and must not tear down the client (lock, channel, timers) and start
      // a new one that shows the cache as stale and fetches again.
      this.stopQueued = true;
      queueMicrotask(() => {
        this.stopQueued = false;
        if (this.subscriptions.size === 0 && this.started) this.stop();
      });
    };
  }

  /** Fetch now (if this tab leads), e.g. after the user asks for fresh data. */
  refresh(): void {
    if (this.tabs?.isLeader) void this.poll();
  }

  private start(): void {
    this.started = true;
    // A client that stopped and is subscribed to again (someone kept it) is alive again.
    if (!registry.has(this.key)) registry.set(this.key, this);
    // The run of failures an earlier client of this feed (on this page, in another tab or on an
    // earlier page load) was in: its wait still holds, and its error is still the news.
    this.streak = streaks.get(this.key) ?? this.streak;
    this.restoreStreak();
    const cached = this.cache.read(this.url, this.cacheScope);
    if (cached && this.clock.now() - cached.fetchedAt <= this.options.cacheMaxAge)
      this.apply(cached, 'cache');
    // While its retry is pending, the error is still the news (afterwards the request will tell).
    if (this.streak.error && this.pendingWait() > 0) this.report(this.streak.error);
    if (typeof addEventListener === 'function') {
      addEventListener('online', this.onWake);
      document.addEventListener('visibilitychange', this.onVisibility);
    }
    this.tabs = new TabCoordinator(this.key, {
      onLead: () => this.onLead(),
      onPeerFeed: (entry) => this.apply(entry, 'peer'),
      onPeerError: (error) => this.report(error),
      onPeerVisible: () => this.pausedWhileHidden && void this.poll(),
      onPeerJoined: () => this.current && this.lastText && this.tabs?.publishFeed(this.entry()),
    });
    this.tabs.start();
  }

  private stop(): void {
    this.started = false;
    this.schedule(-1);
    this.inFlight?.abort();
    this.tabs?.stop();
    this.tabs = undefined;
    if (typeof removeEventListener === 'function') {
      removeEventListener('online', this.onWake);
      document.removeEventListener('visibilitychange', this.onVisibility);
    }
    if (registry.get(this.key) === this) registry.delete(this.key);
  }

  private onLead(): void {
    // A tab taking over waits out the retry its predecessor announced.
    this.restoreStreak();
    const wait = this.pendingWait();
    if (wait > 0) return this.schedule(wait);
    // A new leader (or a lone tab) fetches now unless a fresh feed already came from a peer.
    const age = this.current ? this.clock.now() - this.current.fetchedAt : Infinity;
    const interval = this.interval() * 1000;
    if (this.current?.source !== 'cache' && interval > 0 && age < interval) this.schedule(interval - age);
    else void this.poll();
  }

  private interval(): number {
    let shortest = 0;
    for (const { interval } of this.subscriptions) {
      if (interval > 0 && (shortest === 0 || interval < shortest)) shortest = interval;
    }
    return shortest;
  }

  /** How long until the retry the last failure announced (≤ 0: none pending). */
  private pendingWait(): number {
    const { failures, notBefore, retryDue } = this.streak;
    return Math.max(notBefore, failures > 0 ? retryDue : 0) - performance.now();
  }

  private nextDelay(): number {
    const interval = this.interval() * 1000;
    const { failures } = this.streak;
    if (failures === 0) return interval === 0 ? -1 : jitter(interval, 0.1);
    const base = interval || ONCE_RETRY_BASE_MS;
    return jitter(Math.min(base * 2 ** failures, Math.max(base, MAX_BACKOFF_MS)), 0.2);
  }

  /** Polls after `delay` ms; a negative delay only cancels the scheduled poll. */
  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = undefined;
    if (!this.started || delay < 0) return;
    this.dueAt = performance.now() + delay;
    this.timer = setTimeout(() => void this.poll(), Math.min(delay, 2 ** 31 - 1));
  }

  private async poll(): Promise<void> {
    if (!this.started || !this.tabs?.isLeader) return;
    // Waking up, becoming visible or a refresh never goes before a server's Retry-After.
    const wait = this.streak.notBefore - performance.now();
    if (wait > 0) return this.schedule(wait);
    if (!this.tabs.anyTabVisible) {
      this.pausedWhileHidden = true;
      this.schedule(-1);
      return;
    }
    this.pausedWhileHidden = false;
    this.schedule(-1);
    this.inFlight?.abort();
    const controller = (this.inFlight = new AbortController());
    this.lastAttempt = performance.now();
    const outcome = await fetchFeed({
      url: this.url,
      etag: this.current?.etag,
      lastModified: this.current?.lastModified,
      timeoutMs: this.options.timeoutMs,
      maxBytes: this.options.maxBytes,
      credentials: this.options.credentials,
      signal: controller.signal,
      now: () => this.clock.now(),
    });
    if (controller !== this.inFlight || !this.started) return; // superseded or stopped
    this.inFlight = undefined;
    this.handle(outcome);
  }

  private handle(outcome: FetchOutcome): void {
    if (outcome.type === 'aborted') return;
    this.clock.observe(outcome.date, outcome.receivedAt);
    if (outcome.type === 'error') {
      this.failed({ ...outcome.error, url: this.url }, outcome.retryAfterMs);
    } else if (outcome.type === 'not-modified' && !this.lastText) {
      // A 304 to a request without validators: a server or proxy fault.
      this.failed({
        kind: 'http',
        status: 304,
        url: this.url,
        message: 'the server answered 304 without validators',
      });
    } else {
      const fetchedAt = this.clock.now();
      const entry: CachedFeed =
        outcome.type === 'modified'
          ? {
              url: this.url,
              text: outcome.text,
              etag: outcome.etag,
              lastModified: outcome.lastModified,
              fetchedAt,
            }
          : { ...this.entry(), fetchedAt };
      // The next poll is scheduled once the feed is read (a vendor's feed may take a moment):
      // its success or failure decides the delay.
      this.apply(entry, 'network', (applied) => {
        if (applied) {
          this.cache.write(entry, this.cacheScope, this.options.cacheMaxAge);
          this.tabs?.publishFeed(entry);
        }
        this.scheduleNext();
      });
      return;
    }
    this.scheduleNext();
  }

  /** Schedules the poll after an outcome: after a failure, exactly the delay its `retryAt` announced. */
  private scheduleNext(): void {
    const { failures, retryDue } = this.streak;
    this.schedule(failures > 0 ? Math.max(0, retryDue - performance.now()) : this.nextDelay());
  }

  /**
   * Shows a feed. An unchanged text is not parsed again; listeners hear about it only when it
   * changes what they know: a new model, a cached feed confirmed by the network, or recovery
   * after an error. A feed that is not valid is reported (from the network or a peer). `done`
   * hears whether the feed was applied: at once for a native feed, once the adapters have read a
   * vendor's; `false` when a newer feed came first (that one is shown instead) or the client stopped.
   */
  private apply(entry: CachedFeed, source: FeedSnapshot['source'], done?: (applied: boolean) => void): void {
    // A copy from this browser's cache is no news from the server: it neither recovers from an
    // error nor resets the backoff and Retry-After.
    const recovering = source !== 'cache' && this.streak.error !== undefined;
    if (entry.text === this.lastText && this.current) {
      this.parses++; // a feed still being read is older than this one
      // A cached copy confirmed by the network or by the leading tab is no longer stale.
      const confirmed = source !== 'cache' && this.current.source === 'cache';
      this.current = {
        ...this.current,
        etag: entry.etag,
        lastModified: entry.lastModified,
        fetchedAt: entry.fetchedAt,
      };
      if (source !== 'cache') {
        this.current.source = source;
        this.succeeded();
      }
      if (confirmed || recovering) this.notify();
      done?.(true);
      return;
    }
    const parse = ++this.parses;
    const result = parseFeedLazily(entry.text, { format: this.options.format });
    if (!(result instanceof Promise)) {
      const applied = this.applyParsed(entry, source, result);
      done?.(applied);
      return;
    }
    void result.then((later) => {
      const applied = parse === this.parses && this.started && this.applyParsed(entry, source, later);
      done?.(applied);
    });
  }

  /** Shows a parsed feed, or reports why it is not valid. Returns whether it was applied. */
  private applyParsed(entry: CachedFeed, source: FeedSnapshot['source'], result: LazyParseResult): boolean {
    if (!result.ok) {
      if (source === 'cache') return false; // a cache from an older, incompatible version: ignore it
      const { kind, path, message } = result.error;
      this.failed({ kind, url: this.url, message, ...(path && { path }) });
      return false;
    }
    this.lastText = entry.text;
    this.current = {
      model: result.model,
      source,
      fetchedAt: entry.fetchedAt,
      warnings: result.warnings,
      etag: entry.etag,
      lastModified: entry.lastModified,
    };
    if (source !== 'cache') this.succeeded();
    this.notify();
    return true;
  }

  private notify(): void {
    const snapshot = this.current;
    if (!snapshot) return;
    for (const { listener } of [...this.subscriptions]) safely(() => listener.load?.(snapshot));
  }

  private succeeded(): void {
    // The run of failures is over: the next outage warns again, once per distinct error. (The
    // stored copy goes with the cache write that follows.)
    this.streak = freshStreak(Date.now());
    streaks.delete(this.key);
  }

  private failed(error: StatusErrorDetail, retryAfterMs?: number): void {
    const streak = this.streak;
    streak.failures++;
    const asked = Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
    const delay = Math.max(this.nextDelay(), asked);
    const now = performance.now();
    streak.retryDue = now + delay;
    streak.notBefore = retryAfterMs === undefined ? 0 : now + asked;
    streak.at = Math.max(Date.now(), streak.at + 1);
    const detail: StatusErrorDetail = { ...error, retryAt: this.clock.now() + delay };
    this.report(detail);
    this.tabs?.publishError(detail);
    this.storeStreak();
  }

  private report(error: StatusErrorDetail): void {
    const streak = this.streak;
    streak.error = error;
    keepStreak(this.key, streak);
    const line = describeError(error);
    if (!streak.warned.has(line)) {
      streak.warned.add(line);
      console.warn(line);
    }
    for (const { listener } of [...this.subscriptions]) safely(() => listener.error?.(error));
  }

  /** Leaves the run of failures in the cache entry, for other tabs and the next page load. */
  private storeStreak(): void {
    if (this.cacheScope !== undefined) return; // credentialed: page memory only, like the feed
    const { failures, notBefore, retryDue, error, at } = this.streak;
    const now = performance.now();
    const device = Date.now();
    const onDevice = (t: number) => (t > now ? device + (t - now) : 0);
    const retry: StoredRetry = {
      key: this.key,
      failures,
      notBefore: onDevice(notBefore),
      retryDue: onDevice(retryDue),
      error,
      at,
    };
    this.cache.writeRetry(this.url, retry);
  }

  /** Takes a run of failures another tab or an earlier page stored, if newer than this one. */
  private restoreStreak(): void {
    if (this.cacheScope !== undefined) return;
    const stored = this.cache.readRetry(this.url);
    const device = Date.now();
    if (!stored || stored.key !== this.key || stored.at <= this.streak.at) return;
    if (device - stored.at > MAX_STREAK_AGE_MS || stored.at > device + MAX_STREAK_AGE_MS) return;
    const now = performance.now();
    // Device times back onto the monotonic clock; never more than a day ahead.
    const onMonotonic = (t: number) => (t > device ? now + Math.min(t - device, MAX_RETRY_AFTER_MS) : 0);
    const streak = this.streak;
    streak.failures = Math.max(0, Math.floor(stored.failures));
    streak.notBefore = onMonotonic(stored.notBefore);
    streak.retryDue = onMonotonic(stored.retryDue);
    streak.at = stored.at;
    if (stored.error && typeof stored.error.message === 'string') streak.error ??= stored.error;
    keepStreak(this.key, streak);
  }

  private entry(): CachedFeed {
    return {
      url: this.url,
      text: this.lastText!,
      etag: this.current?.etag,
      lastModified: this.current?.lastModified,
      fetchedAt: this.current!.fetchedAt,
    };
  }

  private onVisibility = (): void => {
    if (document.visibilityState !== 'visible') return;
    // Fetch at once if polling paused, or if background throttling let the feed grow old.
    const interval = this.interval() * 1000;
    if (this.pausedWhileHidden || (interval > 0 && performance.now() - this.lastAttempt > interval))
      void this.poll();
  };

  private onWake = (): void => {
    // Back online: try now (unless the server asked to wait), and forget the backoff.
    this.streak.failures = 0;
    this.streak.retryDue = 0;
    void this.poll();
  };
}

function jitter(ms: number, fraction: number): number {
  return Math.round(ms * (1 - fraction + Math.random() * 2 * fraction));
}

function absolute(src: string): string {
  try {
    return new URL(src, typeof document === 'undefined' ? undefined : document.baseURI).href;
  } catch {
    return src;
  }
}

/** A listener's exception must not break the client or reach the host page. */
function safely(run: () => void): void {
  try {
    run();
  } catch (error) {
    console.warn('status-widgets: a feed listener failed', error);
  }
}
