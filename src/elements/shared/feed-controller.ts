/**
 * The ReactiveController through which an element reads its feed: from the `feed` property
 * (no network at all) or from the shared client for `src`. On a server (Lit SSR) only the
 * `feed` property is read, so the HTML holds its content; `src` is fetched in the browser. It holds the current model and its
 * state, fires `status-load` / `status-error` on the host, and asks the host to render only
 * when the model really changed (structural equality), so an unchanged poll renders nothing.
 *
 * The `feed` property follows the rules of the network path:
 * - At most 1 MB (1,000,000 bytes of UTF-8 JSON, as for a response body): a longer JSON text is
 *   refused unread, an object whose JSON would be longer likewise, with a `schema` error that
 *   names the limit. Like any bad feed, it never replaces the last good one.
 * - `status-load` (`source: 'property'`, `url: ''`) once per distinct model: setting an equal
 *   feed again (a framework handing over a fresh copy on every render) is no news; a good feed
 *   after an error is.
 * - `status-error` (`source: 'property'`, `url: ''`) and one console warning ("status-widgets:
 *   schema error for the feed property: …") once per distinct error, until a good feed comes.
 * - A native feed is read at once, in the update that set it. A vendor's document (Statuspage,
 *   incident.io, …) is read once its adapter is loaded (`parse-lazily.ts`), so it shows a moment
 *   later; the state is `loading` meanwhile if nothing is shown yet, and a feed set after it wins
 *   even when the vendor's is read later. Adapters that cannot be loaded are a `network` error.
 * - On a server, a vendor's document renders the same empty shell as no feed at all (it cannot be
 *   read synchronously), and the browser renders it after hydration. A native feed, such as the
 *   output of `status-widgets convert`, renders on the server.
 *
 * Several feeds (`src` lists URLs separated by white space, or `feed` is an array of documents):
 * - Each URL is its own shared client (one request per URL per page, one poller across tabs);
 *   each document of an array is read as a `feed` property is (the 1 MB limit is per document).
 *   A URL listed twice is read once. One URL, or an array of one document, is one feed, as before.
 * - `model` is their merge (select/merge.ts), shown as soon as any of them has been read: a
 *   feed that has not answered, or fails, never holds the others back. `complete` says whether
 *   every listed feed has been read; only then may an element say that nothing is wrong
 *   ("All systems operational", "No incidents"), since the others may not agree.
 * - `status-load` goes out once per feed applied, with that feed's own model and URL (`index`
 *   for a document of an array); `status-error` once per fault of a feed, naming its URL (or
 *   `index`). What the other feeds show stays.
 * - `state`: that of the feeds when they all agree; else `stale` while something is shown (not
 *   all of it current), `loading` while a feed may still come, `error` when none can be read.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parseFeedLazily, type LazyParseResult } from '../../feed/parse-lazily.js';
import type { FeedFormat, FeedModel } from '../../feed/model.js';
import { describeError, tooLargeMessage, type StatusErrorDetail } from '../../client/errors.js';
import { FeedClient, type FeedClientOptions, type FeedSnapshot } from '../../client/feed-client.js';
import { mergeFeeds } from '../../select/merge.js';
import { StatusErrorEvent, StatusLoadEvent } from './events.js';

/** What an element using the controller exposes. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** A feed URL, or several separated by white space. */
  src?: string | undefined;
  /** Poll seconds; 0 = fetch once. */
  interval: number;
  /** A feed object or JSON text given directly, or an array of them; when set, `src` is not fetched. */
  feed?: unknown;
  format?: FeedFormat | undefined;
  /** Send cookies with the request. */
  withCredentials?: boolean;
}

/**
 * `idle`: no `src` and no `feed`. `loading`: waiting for the first feed. `ready`: showing a
 * current feed. `stale`: showing a cached feed not yet confirmed, or the last good feed after
 * a failure. `error`: no feed could be read.
 */
export type FeedState = 'idle' | 'loading' | 'ready' | 'stale' | 'error';

/** The largest `feed` property accepted, in bytes of JSON (as the client's default `maxBytes`). */
export const MAX_FEED_PROPERTY_BYTES = 1_000_000;

/** One listed feed: a URL's client, or one document of the `feed` property (`url` `''`). */
interface Source {
  readonly url: string;
  /** Its position in a `feed` array (undefined for a single document and for URLs). */
  readonly index?: number | undefined;
  model?: FeedModel;
  /** `model` as JSON: what tells a changed feed from the same one again. */
  json: string;
  state: FeedState;
  error?: StatusErrorDetail | undefined;
  /** The snapshot last announced (a URL), or the JSON of the model last announced (a document). */
  announced?: FeedSnapshot | string;
  /** The error last announced (a URL). */
  announcedError?: StatusErrorDetail;
  unsubscribe?: (() => void) | undefined;
  /** A document's format and JSON text (an equal one set again is no news), and the errors warned about since. */
  format?: string | undefined;
  text?: string | undefined;
  warned?: Set<string>;
  /** Counts the documents given to the parser: a vendor's read later than a newer one is dropped. */
  parse?: number;
}

export class FeedController implements ReactiveController {
  model: FeedModel | undefined;
  state: FeedState = 'idle';
  error: StatusErrorDetail | undefined;
  private modelKey = '';
  /** The listed feeds, in the order listed. */
  private sources: Source[] = [];
  private followed:
    | {
        src?: string | undefined;
        interval: number;
        feed?: unknown;
        format?: string | undefined;
        credentials: boolean;
      }
    | undefined;
  private connected = false;

  /**
   * @param emit How the host fires an event (its one path for all its events); by default
   *   `dispatchEvent` on the host.
   */
  constructor(
    private readonly host: FeedHost,
    private readonly emit: (event: Event) => void = (event) => host.dispatchEvent(event),
  ) {
    host.addController(this);
  }

  /** Whether every listed feed has been read (from the network, the cache, a tab or the property). */
  get complete(): boolean {
    return this.sources.length > 0 && this.sources.every((source) => source.model);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe();
    this.followed = undefined;
  }

  /** Re-reads the host's `src`, `interval`, `feed` and `format` before each render. */
  hostUpdate(): void {
    this.sync();
  }

  private unsubscribe(): void {
    for (const source of this.sources) {
      source.unsubscribe?.();
      source.unsubscribe = undefined;
    }
  }

  /**
   * Follows the host's current `src`, `interval`, `feed`, `format` and `withCredentials`; cheap
   * when nothing changed. Hosts call it at the start of `willUpdate` (Lit runs controllers'
   * `hostUpdate` after `willUpdate`), so what they compute there sees the current feed.
   */
  sync(): void {
    // A server renders from the `feed` property alone: no network, no events.
    if (!this.connected && !isServer) return;
    const { src, interval, feed, format, withCredentials } = this.host;
    const wanted = { src, interval, feed, format, credentials: Boolean(withCredentials) };
    const f = this.followed;
    if (
      f &&
      f.src === src &&
      f.interval === interval &&
      f.feed === feed &&
      f.format === format &&
      f.credentials === wanted.credentials
    ) {
      return;
    }
    this.followed = wanted;
    this.unsubscribe();

    if (feed !== undefined && feed !== null) {
      // The documents, each kept at its position (with its last good model) while it is there.
      const many = Array.isArray(feed);
      const documents: unknown[] = many ? feed : [feed];
      const kept = this.sources;
      this.sources = documents.map((_, i) => {
        const index = many ? i : undefined;
        const old = kept[i];
        return old?.url === '' && old.index === index ? old : { url: '', json: '', state: 'loading', index };
      });
      this.sources.forEach((source, index) => this.fromProperty(source, documents[index], format));
      this.combine();
      return;
    }
    const kept = new Map(this.sources.map((source) => [source.url, source]));
    this.sources = [];
    if (src && !isServer) {
      const options: FeedClientOptions = { format, credentials: withCredentials ? 'include' : 'omit' };
      // By absolute URL: a URL listed twice (or as written two ways) is one feed.
      const clients = new Map(
        src
          .split(/\s+/)
          .filter(Boolean)
          .map((url) => FeedClient.for(url, options))
          .map((client) => [client.url, client]),
      );
      this.sources = [...clients].map(([url, client]) => {
        const source = kept.get(url) ?? { url, json: '', state: 'loading' };
        if (!client.snapshot) source.state = 'loading';
        return source;
      });
      for (const source of this.sources) {
        source.unsubscribe = clients.get(source.url)!.subscribe(
          {
            load: (snapshot) => this.onLoad(source, snapshot),
            error: (error) => this.onError(source, error),
          },
          Number.isFinite(interval) ? interval : 60,
        );
      }
    }
    this.combine();
  }

  private fromProperty(source: Source, feed: unknown, format: FeedFormat | undefined): void {
    const measured = measure(feed);
    // The same document again (a framework handing over an equal copy): the same outcome.
    if (measured.text !== undefined && measured.text === source.text && format === source.format) return;
    source.format = format;
    source.text = measured.text;

    const parse = (source.parse = (source.parse ?? 0) + 1);
    if (measured.error) return this.applyProperty(source, { ok: false, error: measured.error });
    const result = parseFeedLazily(feed, { format });
    if (!(result instanceof Promise)) return this.applyProperty(source, result);
    // A vendor's document, read once its adapter is loaded, unless a newer feed came first. A
    // server renders the empty shell (see above); the adapter may load there, its answer unused.
    if (isServer) return;
    if (!this.model) source.state = 'loading';
    void result.then((later) => {
      if (parse === source.parse && this.sources.includes(source)) {
        this.applyProperty(source, later);
        this.combine();
      }
    });
  }

  /** Shows what a document of the `feed` property gave, or reports why it cannot be read. */
  private applyProperty(
    source: Source,
    result: LazyParseResult | { ok: false; error: { kind: 'schema'; message: string; path?: string } },
  ): void {
    const { index } = source;
    const warned = (source.warned ??= new Set());
    if (result.ok) {
      warned.clear();
      source.error = undefined;
      source.json = JSON.stringify((source.model = result.model));
      source.state = 'ready';
      // Once per distinct model; after an error, the good feed again is news too.
      if (source.json === source.announced) return;
      source.announced = source.json;
      this.dispatch(
        new StatusLoadEvent({ source: 'property', stale: false, model: result.model, url: '', index }),
      );
      return;
    }
    const { kind, message, path } = result.error;
    const error: StatusErrorDetail = {
      kind,
      url: '',
      source: 'property',
      message,
      ...(path && { path }),
      index,
    };
    source.announced = '';
    source.error = error;
    source.state = this.model ? 'stale' : 'error';
    // One warning and one event per distinct error, as for a feed URL.
    const line = describeError(error);
    if (warned.has(line)) return;
    warned.add(line);
    console.warn(line);
    this.dispatch(new StatusErrorEvent(error));
  }

  private onLoad(source: Source, snapshot: FeedSnapshot): void {
    source.error = undefined;
    const stale = snapshot.source === 'cache';
    source.json = JSON.stringify((source.model = snapshot.model));
    source.state = stale ? 'stale' : 'ready';
    this.combine();
    // A client hands its current feed to every new subscriber; an element that was moved in the
    // DOM (disconnected and connected again) has announced that one already.
    if (snapshot === source.announced) return;
    source.announced = snapshot;
    this.dispatch(
      new StatusLoadEvent({ source: snapshot.source, stale, model: snapshot.model, url: source.url }),
    );
  }

  private onError(source: Source, error: StatusErrorDetail): void {
    source.error = error;
    source.state = this.model ? 'stale' : 'error';
    this.combine();
    if (error === source.announcedError) return;
    source.announcedError = error;
    this.dispatch(new StatusErrorEvent(error));
  }

  /**
   * Events go out in a microtask, so a listener added right after the element is connected
   * still hears a feed that was applied synchronously (from the cache or a shared client).
   */
  private dispatch(event: Event): void {
    if (!isServer) queueMicrotask(() => this.emit(event));
  }

  /**
   * The merge of the feeds read, replacing the model only when it differs structurally (renders
   * only then; while no listed feed has been read the last model stays), and the state.
   */
  private combine(): void {
    const sources = this.sources;
    const key = sources.map((source) => `${source.url} ${source.json}`).join('\n');
    if (key !== this.modelKey && (!key || sources.some((source) => source.model))) {
      this.modelKey = key;
      this.model = mergeFeeds(sources);
      this.host.requestUpdate();
    }
    this.error = sources.find((source) => source.error)?.error;
    const states = new Set(sources.map((source) => source.state));
    const state: FeedState =
      states.size < 2
        ? ([...states][0] ?? 'idle')
        : this.model
          ? 'stale'
          : states.has('loading')
            ? 'loading'
            : 'error';
    if (state === this.state) return;
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * The `feed` property as JSON text (for a string, the string itself), or the error that keeps it
 * from being read: over `MAX_FEED_PROPERTY_BYTES`, or an object that is not JSON (a cycle, a
 * BigInt). A string is measured, never parsed, here.
 */
function measure(feed: unknown): {
  text?: string;
  error?: { kind: 'schema'; message: string; path?: string };
} {
  let text: string;
  try {
    text = typeof feed === 'string' ? feed : JSON.stringify(feed);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { error: { kind: 'schema', message: `the feed is not a JSON document (${detail})` } };
  }
  if (typeof text !== 'string') return {}; // e.g. a function: the parser names what is wrong
  if (overUtf8Limit(text, MAX_FEED_PROPERTY_BYTES)) {
    return { text, error: { kind: 'schema', message: tooLargeMessage(MAX_FEED_PROPERTY_BYTES) } };
  }
  return { text };
}

/** Whether `text` is longer than `limit` bytes in UTF-8 (counted only as far as needed). */
function overUtf8Limit(text: string, limit: number): boolean {
  if (text.length > limit) return true; // at least one byte per UTF-16 unit
  if (text.length * 3 <= limit) return false; // at most three bytes per UTF-16 unit
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}
