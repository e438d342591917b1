/**
 * The normalised model every element renders from: validated, defaults filled in, times as
 * milliseconds since the epoch, references checked, items in a deterministic order.
 * It is plain JSON-compatible data, so it can be cached, compared and sent between tabs.
 */
import type {
  ComponentStatus,
  Impact,
  IncidentStatus,
  MaintenanceStatus,
  SubscribeLinks,
  UpdateStatus,
} from './schema.js';
import type { RRule } from './rrule.js';
import type { FeedError, FeedIssue } from './errors.js';

export interface StatusUpdate {
  /** When the update was posted (ms since the epoch). */
  at: number;
  status: UpdateStatus;
  /** Plain text; blank lines separate paragraphs. */
  body: string;
}

export interface StatusComponent {
  id: string;
  name: string;
  group?: string;
  status: ComponentStatus;
  /** Daily availability as the feed counts it, oldest first, one entry per date. */
  uptime?: DailyUptime[];
  /** The feed it comes from, in an element that reads several (see `FeedOrigin`). */
  origin?: FeedOrigin;
}

/** One day's availability of a component. */
export interface DailyUptime {
  /** `YYYY-MM-DD`, a calendar day in the page's time zone (UTC when the page names none). */
  date: string;
  /** 0–100. */
  percent: number;
}

export interface StatusRegion {
  id: string;
  name: string;
  origin?: FeedOrigin;
}

/**
 * Where an item, component or region of an element reading several feeds comes from: its feed's
 * page, and `feed`, the identity that keys of dismissal, `status-change` and selection carry (so
 * two feeds' `inc-1` never collide). Absent when the element reads one feed: its keys are then
 * the item ids alone, as they always were.
 */
export interface FeedOrigin extends StatusPage {
  /** The feed URL; for a document of a `feed` array, `#` and its position (`#0`, `#1`, …). */
  feed: string;
}

export interface Incident {
  kind: 'incident';
  id: string;
  title: string;
  impact: Impact;
  status: IncidentStatus;
  /** Component ids (as written in the feed). */
  components: string[];
  /** Region ids (as written in the feed). */
  regions: string[];
  startedAt: number;
  /** When it was resolved: the feed's `resolvedAt`, else the time of its `resolved` update. */
  resolvedAt?: number;
  url?: string;
  /** The post-incident review (an http(s) URL); shown once the incident is resolved. */
  reportUrl?: string;
  /** Newest first. */
  updates: StatusUpdate[];
  origin?: FeedOrigin;
}

export interface Recurrence {
  /** The RRULE text as written. */
  ruleText: string;
  rule: RRule;
  /** First local date the rule applies from (`YYYY-MM-DD`, the RRULE's DTSTART date). */
  startsOn: string;
  /** Local start time as written (`HH:MM`). */
  time: string;
  /** Minutes after local midnight. */
  startMinute: number;
  durationMinutes: number;
  /** IANA zone the wall-clock time is in. */
  timeZone: string;
}

export interface Maintenance {
  kind: 'maintenance';
  id: string;
  title: string;
  summary?: string;
  /** Why it is needed, for rare long events. */
  reason?: string;
  status: MaintenanceStatus;
  impact: Impact;
  /** A one-off window (both set), or… */
  startsAt?: number;
  endsAt?: number;
  /** …a recurring schedule. Exactly one of the two is present. */
  recurrence?: Recurrence;
  components: string[];
  regions: string[];
  availability: { available: string[]; unavailable: string[] };
  recommendations: { title: string; body?: string }[];
  faq: { question: string; answer: string }[];
  afterNote?: string;
  url?: string;
  /** Newest first. */
  updates: StatusUpdate[];
  origin?: FeedOrigin;
}

/** The feed's `page`: each field only when the feed gives it (a minimal feed has none). */
export interface StatusPage {
  name?: string;
  url?: string;
  timeZone?: string;
  updatedAt?: number;
  /** Since when the feed records incidents and maintenance (ms): days before it have no data. */
  historyStart?: number;
  /**
   * Where to follow the page's news: calendar (http(s) or webcal), Atom/RSS feed, e-mail sign-up,
   * Slack, webhooks; only the links the feed gives, and only when it gives one.
   */
  subscribe?: SubscribeLinks;
}

export interface FeedModel {
  page: StatusPage;
  /** In a merge of several feeds (select/merge.ts), the page of each feed read, in the order listed. */
  pages?: FeedOrigin[];
  components: StatusComponent[];
  regions: StatusRegion[];
  /** Active first, then newest first. */
  incidents: Incident[];
  /** In progress first, then scheduled (soonest first), then completed or cancelled (latest first). */
  maintenances: Maintenance[];
}

export type FeedItem = Incident | Maintenance;

/** What `parseFeed` returns: a model (with any non-fatal warnings) or the reason it failed. */
export type ParseResult =
  { ok: true; model: FeedModel; format: FeedFormat; warnings: FeedIssue[] } | { ok: false; error: FeedError };

/** The formats `parseFeed` reads. */
export type FeedFormat = 'native' | 'statuspage' | 'incidentio' | 'instatus' | 'betterstack';
export const FEED_FORMATS: readonly FeedFormat[] = [
  'native',
  'statuspage',
  'incidentio',
  'instatus',
  'betterstack',
];
