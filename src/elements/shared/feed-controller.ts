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
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parseFeedLazily, type LazyParseResult } from '../../feed/parse-lazily.js';
import type { FeedFormat, FeedModel } from '../../feed/model.js';
import { describeError, tooLargeMessage, type StatusErrorDetail } from '../../client/errors.js';
import { FeedClient, type FeedClientOptions, type FeedSnapshot } from '../../client/feed-client.js';
import { StatusErrorEvent, StatusLoadEvent } from './events.js';

/** What an element using the controller exposes. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  /** Poll seconds; 0 = fetch once. */
  interval: number;
  /** A feed object or JSON text given directly; when set, `src` is not fetched. */
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

export class FeedController implements ReactiveController {
  model: FeedModel | undefined;
  state: FeedState = 'idle';
  error: StatusErrorDetail | undefined;
  private modelKey = '';
  private unsubscribe: (() => void) | undefined;
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
  /** The feed and the fault last announced with an event. */
  private readonly announced: { load?: FeedSnapshot; error?: StatusErrorDetail } = {};
  /**
   * What the `feed` property last gave, while it is followed: its format and JSON text (so an
   * equal feed set again is no news), the model announced, and the errors warned about since.
   */
  private property:
    | { format: string | undefined; text: string | undefined; announced: string; warned: Set<string> }
    | undefined;
  /**
   * Counts the feeds the `feed` property gave to the parser, and the times it stopped being
   * followed: a vendor's feed read later than a newer feed (or after a switch to `src`) is dropped.
   */
  private parses = 0;

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

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.followed = undefined;
  }

  /** Re-reads the host's `src`, `interval`, `feed` and `format` before each render. */
  hostUpdate(): void {
    this.sync();
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
    this.unsubscribe?.();
    this.unsubscribe = undefined;

    if (feed !== undefined && feed !== null) {
      this.fromProperty(feed, format);
      return;
    }
    this.property = undefined;
    this.parses++;
    if (src && !isServer) {
      const options: FeedClientOptions = { format, credentials: withCredentials ? 'include' : 'omit' };
      const client = FeedClient.for(src, options);
      if (!client.snapshot) this.setState('loading');
      this.unsubscribe = client.subscribe(
        { load: (snapshot) => this.onLoad(snapshot, client.url), error: (error) => this.onError(error) },
        Number.isFinite(interval) ? interval : 60,
      );
    } else {
      this.show(undefined);
      this.setState('idle');
    }
  }

  private fromProperty(feed: unknown, format: FeedFormat | undefined): void {
    const property = (this.property ??= { format, text: undefined, announced: '', warned: new Set() });
    const measured = measure(feed);
    // The same document again (a framework handing over an equal copy): the same outcome.
    if (measured.text !== undefined && measured.text === property.text && format === property.format) return;
    property.format = format;
    property.text = measured.text;

    const parse = ++this.parses;
    if (measured.error) return this.applyProperty(property, { ok: false, error: measured.error });
    const result = parseFeedLazily(feed, { format });
    if (!(result instanceof Promise)) return this.applyProperty(property, result);
    // A vendor's document, read once its adapter is loaded, unless a newer feed came first. A
    // server renders the empty shell (see above); the adapter may load there, its answer unused.
    if (isServer) {
      this.show(undefined);
      this.setState('idle');
      return;
    }
    if (!this.model) this.setState('loading');
    void result.then((later) => {
      if (parse === this.parses) this.applyProperty(property, later);
    });
  }

  /** Shows what the `feed` property gave, or reports why it cannot be read. */
  private applyProperty(
    property: NonNullable<FeedController['property']>,
    result: LazyParseResult | { ok: false; error: { kind: 'schema'; message: string; path?: string } },
  ): void {
    if (result.ok) {
      property.warned.clear();
      this.error = undefined;
      this.show(result.model);
      this.setState('ready');
      // Once per distinct model; after an error, the good feed again is news too.
      if (this.modelKey === property.announced) return;
      property.announced = this.modelKey;
      this.dispatch(new StatusLoadEvent({ source: 'property', stale: false, model: result.model, url: '' }));
      return;
    }
    const { kind, message, path } = result.error;
    const error: StatusErrorDetail = { kind, url: '', source: 'property', message, ...(path && { path }) };
    property.announced = '';
    this.error = error;
    this.setState(this.model ? 'stale' : 'error');
    // One warning and one event per distinct error, as for a feed URL.
    const line = describeError(error);
    if (property.warned.has(line)) return;
    property.warned.add(line);
    console.warn(line);
    this.announced.error = error;
    this.dispatch(new StatusErrorEvent(error));
  }

  private onLoad(snapshot: FeedSnapshot, url: string): void {
    this.error = undefined;
    const stale = snapshot.source === 'cache';
    this.show(snapshot.model);
    this.setState(stale ? 'stale' : 'ready');
    // A client hands its current feed to every new subscriber; an element that was moved in the
    // DOM (disconnected and connected again) has announced that one already.
    if (snapshot === this.announced.load) return;
    this.announced.load = snapshot;
    this.dispatch(new StatusLoadEvent({ source: snapshot.source, stale, model: snapshot.model, url }));
  }

  private onError(error: StatusErrorDetail): void {
    this.error = error;
    this.setState(this.model ? 'stale' : 'error');
    if (error === this.announced.error) return;
    this.announced.error = error;
    this.dispatch(new StatusErrorEvent(error));
  }

  /**
   * Events go out in a microtask, so a listener added right after the element is connected
   * still hears a feed that was applied synchronously (from the cache or a shared client).
   */
  private dispatch(event: Event): void {
    if (!isServer) queueMicrotask(() => this.emit(event));
  }

  /** Replaces the model only when it differs structurally; renders only then. */
  private show(model: FeedModel | undefined): void {
    const key = model ? JSON.stringify(model) : '';
    if (key === this.modelKey) return;
    this.modelKey = key;
    this.model = model;
    this.host.requestUpdate();
  }

  private setState(state: FeedState): void {
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
