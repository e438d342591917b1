/**
 * The events every status element fires, each a typed `Event` subclass with a readonly detail,
 * listed in `GlobalEventHandlersEventMap` so `el.addEventListener('status-load', e => e.detail)`
 * is typed. They bubble but are not `composed`: they are dispatched on the element itself.
 */
import type { FeedItem, FeedModel } from '../../feed/model.js';
import type { ShownChange } from '../../select/changes.js';
import type { BannerPhase } from '../../select/banner.js';
import type { StatusErrorDetail } from '../../client/errors.js';
import type { FeedSource } from '../../client/feed-client.js';

/** The shape every status event shares: a bubbling `Event` with a readonly, typed detail. */
export class StatusEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true });
    this.detail = detail;
  }
}

export interface StatusLoadDetail {
  /** Where the applied feed came from: the network, this browser's cache, another tab, or the `feed` property. */
  readonly source: FeedSource;
  /** Whether the data may be out of date (a cached copy not yet confirmed by the network). */
  readonly stale: boolean;
  readonly model: FeedModel;
  /** The feed URL (of the one feed applied, when `src` lists several); empty for the `feed` property. */
  readonly url: string;
  /** For a document of a `feed` array: its position in the array (else undefined). */
  readonly index?: number | undefined;
}

/**
 * A feed was applied (from the network, the cache or another tab). An element reading several
 * feeds fires one per feed applied, with that feed's URL (or `index`) and its own `model`.
 */
export class StatusLoadEvent extends StatusEvent<StatusLoadDetail> {
  static readonly type = 'status-load';
  constructor(detail: StatusLoadDetail) {
    super(StatusLoadEvent.type, detail);
  }
}

/** Fetching or reading the feed failed; what the element shows is unchanged. */
export class StatusErrorEvent extends StatusEvent<StatusErrorDetail> {
  static readonly type = 'status-error';
  constructor(detail: StatusErrorDetail) {
    super(StatusErrorEvent.type, detail);
  }
}

/** What `status-change` says: the item now shown, its kind and phase, and the update that caused it. */
export type StatusChangeDetail = ShownChange;

/** What the element shows changed: another item, another phase, or nothing any more. */
export class StatusChangeEvent extends StatusEvent<StatusChangeDetail> {
  static readonly type = 'status-change';
  constructor(detail: StatusChangeDetail) {
    super(StatusChangeEvent.type, detail);
  }
}

export interface StatusDismissDetail {
  /** The item the user dismissed. */
  readonly item: FeedItem;
  readonly kind: 'incident' | 'maintenance';
  /** Its phase when dismissed: `active` (incident), `in_progress` or `upcoming` (maintenance). */
  readonly phase: BannerPhase;
}

/** The user dismissed the shown item. */
export class StatusDismissEvent extends StatusEvent<StatusDismissDetail> {
  static readonly type = 'status-dismiss';
  constructor(detail: StatusDismissDetail) {
    super(StatusDismissEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'status-load': StatusLoadEvent;
    'status-error': StatusErrorEvent;
    'status-change': StatusChangeEvent;
    'status-dismiss': StatusDismissEvent;
  }
}
