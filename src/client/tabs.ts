/**
 * One poller per feed (URL, credentials and format) across the tabs of an origin. The tab
 * holding the Web Lock for the feed leads: it polls and broadcasts each feed (and each error)
 * on a BroadcastChannel; the others only listen. When the leader's tab closes, the browser
 * grants the lock to a waiting tab, which takes over. Followers tell the leader when they
 * become visible, so polling pauses only while every tab is hidden. Without Web Locks or
 * BroadcastChannel every tab leads alone, and so does a tab where either fails in any way (a
 * sandboxed frame, a privacy mode, a broken channel): the constructor or `postMessage` throws,
 * `locks.request` throws or rejects. Nothing of it is thrown to the page.
 */
import type { CachedFeed } from './cache.js';
import type { StatusErrorDetail } from './errors.js';

type Message =
  | { type: 'feed'; key: string; entry: CachedFeed }
  | { type: 'error'; key: string; error: StatusErrorDetail }
  | { type: 'hello'; key: string; tab: string; visible: boolean }
  | { type: 'visibility'; key: string; tab: string; visible: boolean }
  | { type: 'bye'; key: string; tab: string }
  | { type: 'leader'; key: string };

export interface TabHandlers {
  /** This tab now leads: it should poll. */
  onLead(): void;
  /** The leader broadcast a new feed. */
  onPeerFeed(entry: CachedFeed): void;
  /** The leader broadcast an error. */
  onPeerError(error: StatusErrorDetail): void;
  /** (Leader only) another tab became visible, or joined: refresh now if polling was paused. */
  onPeerVisible(): void;
  /** (Leader only) a tab joined and wants the current feed. */
  onPeerJoined(): void;
}

const CHANNEL = 'status-widgets';

export class TabCoordinator {
  private leading = false;
  private channel: BroadcastChannel | undefined;
  private readonly tab = Math.random().toString(36).slice(2);
  private readonly visiblePeers = new Set<string>();
  private release: (() => void) | undefined;
  private readonly abort = new AbortController();
  private stopped = false;

  constructor(
    /** The feed: its URL and the options that change the response (credentials, format). */
    private readonly key: string,
    private readonly handlers: TabHandlers,
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  /** Whether this tab or any other tab following this feed is visible. */
  get anyTabVisible(): boolean {
    return isVisible() || this.visiblePeers.size > 0;
  }

  start(): void {
    let locks: LockManager | undefined;
    try {
      locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      if (!locks || typeof locks.request !== 'function' || typeof BroadcastChannel === 'undefined') {
        this.lead();
        return;
      }
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (event: MessageEvent<Message>) => this.receive(event.data);
    } catch {
      this.alone();
      return;
    }
    document.addEventListener('visibilitychange', this.onVisibility);
    addEventListener('pagehide', this.onPageHide);
    this.post({ type: 'hello', key: this.key, tab: this.tab, visible: isVisible() });
    if (this.stopped || this.leading) return; // the channel failed: leading alone already
    try {
      locks
        .request(`status-widgets:${this.key}`, { signal: this.abort.signal }, () => {
          if (this.stopped) return undefined;
          this.lead();
          // Hold the lock until this tab stops following the feed or closes.
          return new Promise<void>((resolve) => (this.release = resolve));
        })
        .catch(() => {
          // Aborted while waiting: this tab stopped before it led. Anything else (a sandboxed
          // frame rejects with SecurityError): no coordination, this tab leads alone.
          if (!this.stopped) this.alone();
        });
    } catch {
      this.alone();
    }
  }

  /** Leader: send a new feed to the other tabs. */
  publishFeed(entry: CachedFeed): void {
    if (this.leading) this.post({ type: 'feed', key: this.key, entry });
  }

  /** Leader: send an error to the other tabs. */
  publishError(error: StatusErrorDetail): void {
    if (this.leading) this.post({ type: 'error', key: this.key, error });
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.post({ type: 'bye', key: this.key, tab: this.tab });
    this.abort.abort();
    this.release?.();
    try {
      this.channel?.close();
    } catch {
      // already unusable
    }
    this.channel = undefined;
    this.leading = false;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
    if (typeof removeEventListener === 'function') removeEventListener('pagehide', this.onPageHide);
  }

  private lead(): void {
    if (this.leading || this.stopped) return;
    this.leading = true;
    this.post({ type: 'leader', key: this.key });
    if (this.leading) this.handlers.onLead();
  }

  /**
   * Web Locks or the channel failed: stop coordinating (no lock held or waited for, no channel)
   * and lead alone, as where neither exists.
   */
  private alone(): void {
    if (this.stopped) return;
    const wasLeading = this.leading;
    this.abort.abort();
    this.release?.();
    this.release = undefined;
    try {
      this.channel?.close();
    } catch {
      // already unusable
    }
    this.channel = undefined;
    this.visiblePeers.clear();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
    if (typeof removeEventListener === 'function') removeEventListener('pagehide', this.onPageHide);
    if (!wasLeading) this.lead();
  }

  private receive(message: Message): void {
    if (!message || message.key !== this.key || this.stopped) return;
    switch (message.type) {
      case 'feed':
        if (!this.leading) this.handlers.onPeerFeed(message.entry);
        break;
      case 'error':
        if (!this.leading) this.handlers.onPeerError(message.error);
        break;
      case 'leader':
        // A new leader does not know who is visible: say so again.
        this.post({ type: 'visibility', key: this.key, tab: this.tab, visible: isVisible() });
        break;
      case 'hello':
      case 'visibility':
        this.trackPeer(message.tab, message.visible);
        if (this.leading && message.type === 'hello') this.handlers.onPeerJoined();
        if (this.leading && message.visible) this.handlers.onPeerVisible();
        break;
      case 'bye':
        this.visiblePeers.delete(message.tab);
        break;
    }
  }

  private trackPeer(tab: string, visible: boolean): void {
    if (visible) this.visiblePeers.add(tab);
    else this.visiblePeers.delete(tab);
  }

  private post(message: Message): void {
    if (!this.channel) return;
    try {
      this.channel.postMessage(message);
    } catch {
      // Every message is a plain object: a channel that cannot send is broken. The other tabs
      // cannot hear this one, so it leads alone (and frees the lock for them).
      this.alone();
    }
  }

  private onVisibility = (): void => {
    this.post({ type: 'visibility', key: this.key, tab: this.tab, visible: isVisible() });
  };

  private onPageHide = (): void => {
    this.post({ type: 'bye', key: this.key, tab: this.tab });
  };
}

function isVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}
