/**
 * The ReactiveController through which an element reads its feed: from the `feed` property
 * (no network at all) or from the shared client for `src`. It holds the current model and its
 * state, fires `status-load` / `status-error` on the host, and asks the host to render only
 * when the model really changed (structural equality), so an unchanged poll renders nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseFeed } from '../../feed/parse.js';
import type { FeedFormat, FeedModel } from '../../feed/model.js';
import { describeError, type StatusErrorDetail } from '../../client/errors.js';
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

  constructor(private readonly host: FeedHost) {
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

  private sync(): void {
    if (!this.connected) return;
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
    } else if (src) {
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
    const result = parseFeed(feed, { format });
    if (result.ok) {
      this.error = undefined;
      this.show(result.model);
      this.setState('ready');
      return;
    }
    const { kind, message, path } = result.error;
    const error: StatusErrorDetail = { kind, url: 'feed property', message, ...(path && { path }) };
    console.warn(describeError(error));
    this.onError(error);
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
    queueMicrotask(() => this.host.dispatchEvent(event));
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
