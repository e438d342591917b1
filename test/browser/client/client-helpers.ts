/**
 * Helpers for the client tests, which all talk to the misbehaving test server
 * (test/server/misbehave.mjs) over real HTTP and count requests there.
 */
import { waitUntil } from '@open-wc/testing';
// One more try for a test that fails in WebKit: see the module.
import '../kit/webkit-retry.js';

let visibility: DocumentVisibilityState = 'visible';

/**
 * Makes this page report itself visible (or `state`) to the client. The runner keeps several
 * test pages open at once, and Chromium reports all but the front tab as hidden, where the
 * client rightly pauses polling; the tests decide visibility themselves instead. Call it before
 * any client starts; later calls change the state and fire `visibilitychange`.
 */
export function setVisibility(state: DocumentVisibilityState = 'visible'): void {
  const changed = state !== visibility;
  visibility = state;
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
  if (changed) document.dispatchEvent(new Event('visibilitychange'));
}

/** All engines share one server at the same time: every counter / state key must be unique. */
export function uniqueKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A feed URL on the test server, counted under `id`. `params` are the server's knobs
 * (`status`, `delay`, `etag`, `contentType`, …).
 */
export function feedUrl(name: string, id: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams({
    id,
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  const url = new URL(`/__feed/${name}?${query}`, location.href).href;
  madeUrls.add(url);
  return url;
}

const madeUrls = new Set<string>();

/**
 * Deletes what the cache stored for the URLs `feedUrl` made so far. The cache keeps at most 10
 * feeds per origin, and all test files of an engine share one origin: a file that leaves its feeds
 * behind would push out the ones another file's test is about to read back. Call it after each
 * test.
 */
export function forgetCachedFeeds(): void {
  for (const url of madeUrls) {
    try {
      localStorage.removeItem(`status-widgets:feed:v1:${url}`);
    } catch {
      // a test replaced Storage; nothing was stored then
    }
  }
  madeUrls.clear();
}

/**
 * `waitUntil` with room for a loaded machine: all engines run test files in parallel against one
 * server, and Web Locks go through the browser's parent process. Polls every 20 ms, gives up
 * after 8 s unless told otherwise.
 */
export function until(
  predicate: () => unknown,
  message: string,
  options: { timeout?: number; interval?: number } = {},
): Promise<void> {
  return waitUntil(predicate, message, { timeout: 8000, interval: 20, ...options });
}

/** How many requests the server has seen for `id`. */
export async function count(id: string): Promise<number> {
  const response = await fetch(`/__count?id=${encodeURIComponent(id)}`, { cache: 'no-store' });
  return ((await response.json()) as { count: number }).count;
}

/** Waits until the server has seen at least `n` requests for `id`. */
export async function untilCount(id: string, n: number, timeout = 8000): Promise<number> {
  let seen = 0;
  await waitUntil(async () => (seen = await count(id)) >= n, `expected at least ${n} requests for ${id}`, {
    timeout,
    interval: 50,
  });
  return seen;
}

/** Stores a document the server then serves at `/__feed/state:<key>` (with a content ETag). */
export async function putState(key: string, body: string): Promise<void> {
  const response = await fetch(`/__feed-state/${encodeURIComponent(key)}`, { method: 'PUT', body });
  if (!response.ok) throw new Error(`PUT state ${key}: ${response.status}`);
}

export async function deleteState(key: string): Promise<void> {
  await fetch(`/__feed-state/${encodeURIComponent(key)}`, { method: 'DELETE' });
}

/** The text of an example feed from demo/feeds/. */
export async function exampleFeed(name: string): Promise<string> {
  const response = await fetch(`/demo/feeds/${name}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.text();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Yields one task (no 4 ms timer clamping): lets locks be granted and requests start. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Lets queued work finish (a client stops a microtask after its last subscriber leaves). */
export function settle(): Promise<void> {
  return sleep(0);
}

/** Replaces `console.warn` with a recorder until `restore()`. */
export function captureWarnings(): { lines: unknown[][]; about(text: string): unknown[][]; restore(): void } {
  const original = console.warn;
  const lines: unknown[][] = [];
  console.warn = (...args: unknown[]) => void lines.push(args);
  return {
    lines,
    about: (text) => lines.filter((args) => args.some((arg) => String(arg).includes(text))),
    restore: () => void (console.warn = original),
  };
}

export interface RecordedFetch {
  url: string;
  init: RequestInit | undefined;
  /** `performance.now()` when the request was made. */
  at: number;
  /** `Date.now()` when the request was made. */
  date: number;
  /** The response status once it arrived (0 for a network failure). */
  status?: number;
}

/** Calls to `window.fetch` (which still go to the network) until `restore()`. */
export function recordFetches(): {
  calls: RecordedFetch[];
  to(url: string): RecordedFetch[];
  restore(): void;
} {
  const original = window.fetch;
  const calls: RecordedFetch[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: RecordedFetch = {
      url: input instanceof Request ? input.url : String(input),
      init,
      at: performance.now(),
      date: Date.now(),
    };
    calls.push(call);
    try {
      const response = await original.call(window, input, init);
      call.status = response.status;
      return response;
    } catch (error) {
      call.status = 0;
      throw error;
    }
  };
  return {
    calls,
    to: (url) => calls.filter((call) => call.url === url),
    restore: () => void (window.fetch = original),
  };
}

/** A request header as the client set it (headers are passed as a plain record). */
export function header(call: RecordedFetch | undefined, name: string): string | undefined {
  const headers = new Headers(call?.init?.headers);
  return headers.get(name) ?? undefined;
}

/** What a test tab (tab.html in an iframe) has heard and done, as it keeps it in `window.tab`. */
export interface TabState {
  ready: boolean;
  failed?: string;
  loads: { source: string; fetchedAt: number; incidents: number }[];
  errors: { kind: string; status?: number; message: string; url: string }[];
  /** This tab's own requests for the feed. */
  fetches: number;
  features: { locks: boolean; broadcast: boolean };
  unsubscribe(): void;
}

export interface TestTab {
  frame: HTMLIFrameElement;
  state: TabState;
  close(): void;
}

const openTabs = new Set<TestTab>();

/**
 * Opens a same-origin "tab" (an iframe with its own page and module instances) that follows
 * `src` with FeedClient at `interval` seconds. `flags`: `nolocks`, `nobroadcast`.
 */
export async function openTab(src: string, interval: number, flags: string[] = []): Promise<TestTab> {
  const frame = document.createElement('iframe');
  const query = new URLSearchParams({ src, interval: String(interval) });
  for (const flag of flags) query.set(flag, '');
  frame.src = `/test/browser/client/tab.html?${query}`;
  document.body.append(frame);
  const tab: TestTab = {
    frame,
    get state() {
      return (frame.contentWindow as (Window & { tab?: TabState }) | null)?.tab as TabState;
    },
    close() {
      openTabs.delete(tab);
      frame.remove();
    },
  };
  openTabs.add(tab);
  await until(() => tab.state?.ready || tab.state?.failed, 'the tab starts', { timeout: 8000 });
  if (tab.state.failed) throw new Error(`the tab failed: ${tab.state.failed}`);
  return tab;
}

/** Closes every tab a test opened. */
export function closeTabs(): void {
  for (const tab of [...openTabs]) tab.close();
}

/** Errors and rejections that reach the page while `run` runs. */
export async function pageErrors(run: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onError = (event: ErrorEvent) => seen.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(event.reason);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

/**
 * Moves this page's device clock (`Date.now`) by `offsetMs` until `restore()`, as a user setting
 * the system clock would. Timers and `performance.now()` are not affected, as in a real jump.
 */
export function shiftDeviceClock(offsetMs: number): { restore(): void } {
  const original = Date.now;
  Date.now = () => original.call(Date) + offsetMs;
  return { restore: () => void (Date.now = original) };
}

/** An in-memory `Storage`, for cache tests that must not share the origin's localStorage. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** Every `setItem` key, in order. */
  readonly writes: string[] = [];

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.writes.push(key);
    this.items.set(key, String(value));
  }
  /** The stored keys that start with `prefix`. */
  keysWith(prefix: string): string[] {
    return [...this.items.keys()].filter((key) => key.startsWith(prefix));
  }
  [name: string]: unknown;
}
