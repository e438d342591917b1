/**
 * Native feed documents (src/feed/schema.ts) for every browser test, built from what a test talks
 * about and nothing else:
 *
 *   feed({ incidents: [incident('a', 'major')], maintenances: [maintenance('m', HOUR)] })
 *
 * is page "Example" at PAGE_URL with two components (`api` "Public API", `web` "Dashboard") and
 * two regions (`eu` "Europe", `us` "United States"), an active major incident `a` that started an
 * hour ago and a two-hour window `m` starting in an hour. Every default can be overridden by the
 * last argument, a partial item as written in a feed. Instants may be given as numbers (ms since
 * the epoch) or as ISO strings; numbers are written as ISO strings.
 *
 * "Now" is the test clock's (clock.ts) for the builders exported here, read when the item is
 * built; `at(NOW)` returns the same builders around a fixed instant (the selection tests, which
 * pass `now` themselves).
 */
import { parseFeed } from '../../../src/feed/parse.js';
import type { FeedModel } from '../../../src/feed/model.js';
import type { FeedDocument } from '../../../src/feed/schema.js';
import type { FeedInput } from '../../../src/feed/input.js';
import { now as clockNow } from './clock.js';
import { accepted } from './parse.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const iso = (ms: number) => new Date(ms).toISOString();

export type PageDoc = NonNullable<FeedDocument['page']>;
export type ComponentDoc = NonNullable<FeedDocument['components']>[number];
export type RegionDoc = NonNullable<FeedDocument['regions']>[number];
export type IncidentDoc = NonNullable<FeedDocument['incidents']>[number];
export type MaintenanceDoc = NonNullable<FeedDocument['maintenances']>[number];
export type UpdateDoc = NonNullable<IncidentDoc['updates']>[number];
export type RecurrenceDoc = NonNullable<MaintenanceDoc['recurrence']>;
export type Impact = IncidentDoc['impact'];

/** An instant as a test writes it: ms since the epoch, or an ISO 8601 string. */
export type Instant = number | string;
const ms = (at: Instant) => (typeof at === 'number' ? at : Date.parse(at));
const written = (at: Instant) => (typeof at === 'number' ? iso(at) : at);

export const PAGE_URL = 'https://status.example.com/';

// ---------------------------------------------------------------------------------------------
// The catalogue and the feed around the items

export const component = (id: string, name: string, extra: Partial<ComponentDoc> = {}): ComponentDoc => ({
  id,
  name,
  ...extra,
});

export const region = (id: string, name: string): RegionDoc => ({ id, name });

/** The catalogue every built feed has, unless it says otherwise. */
export const CATALOGUE = {
  components: [component('api', 'Public API'), component('web', 'Dashboard')],
  regions: [region('eu', 'Europe'), region('us', 'United States')],
} satisfies Partial<FeedDocument>;

export interface FeedParts {
  /** Merged into page "Example" at PAGE_URL (`{ url: undefined }`: a page without a URL). */
  page?: Partial<PageDoc>;
  components?: ComponentDoc[];
  regions?: RegionDoc[];
  incidents?: IncidentDoc[];
  maintenances?: MaintenanceDoc[];
}

/** A native feed of page "Example" with the catalogue and the items given. */
export function feed({ page = {}, ...parts }: FeedParts = {}): FeedDocument {
  return {
    version: 1,
    page: { name: 'Example', url: PAGE_URL, ...page },
    ...CATALOGUE,
    incidents: [],
    maintenances: [],
    ...parts,
  };
}

/** The model of `feed(parts)`, which must be accepted. */
export function feedModel(parts: FeedParts = {}): FeedModel {
  return accepted(parseFeed(feed(parts)), 'the built feed').model;
}

// ---------------------------------------------------------------------------------------------
// Items

export interface IncidentOptions extends Omit<Partial<IncidentDoc>, 'startedAt' | 'resolvedAt'> {
  /** When it started (default: `ago` before now). */
  startedAt?: Instant;
  /** How long before now it started (default: an hour). */
  ago?: number;
  /** Resolved this long after it started, with a `resolved` update then. */
  lasted?: number;
  resolvedAt?: Instant;
}

export interface MaintenanceOptions extends Omit<Partial<MaintenanceDoc>, 'startsAt' | 'endsAt'> {
  /** Instead of `startsIn` from now. */
  startsAt?: Instant;
  /** Instead of `hours` after the start. */
  endsAt?: Instant;
}

export interface Builders {
  /**
   * Incident `id`, "Incident <id>", `impact`, on `api` in `eu`: started an hour (`ago`) before
   * now with one update a minute later ("Looking into <id>."); active ("investigating"), or
   * resolved `lasted` later with a "Fixed <id>." update.
   */
  incident(id: string, impact?: Impact, options?: IncidentOptions): IncidentDoc;
  /**
   * One-off window `id`, "Maintenance <id>", "scheduled", on `web` in `us`: starting `startsIn`
   * from now (negative: already running), lasting `hours`.
   */
  maintenance(id: string, startsIn?: number, hours?: number, extra?: MaintenanceOptions): MaintenanceDoc;
  /**
   * The same window with everything a notice shows: summary, availability (signing in
   * available; reports and exports not), a recommendation, two FAQ entries, an after-note and a
   * "scheduled" update a day before it starts.
   */
  fullMaintenance(id: string, startsIn?: number, hours?: number, extra?: MaintenanceOptions): MaintenanceDoc;
  /** `n` updates a minute apart from `start` (default: two hours ago), newest first, "Update number <k>.". */
  updates(n: number, start?: number): UpdateDoc[];
}

/** An update, as written in a feed. */
export const update = (
  at: Instant,
  status: UpdateDoc['status'] = 'investigating',
  body = 'Looking into it.',
): UpdateDoc => ({ at: written(at), status, body });

/**
 * A schedule in a maintenance's `recurrence`: `rule` from `startsOn` at `time` for `duration`
 * in `timeZone` (default: from 1 January 2026, 03:00 for an hour, UTC).
 */
export const recurrence = (rule: string, extra: Partial<RecurrenceDoc> = {}): RecurrenceDoc => ({
  rule,
  startsOn: '2026-01-01',
  time: '03:00',
  duration: 'PT1H',
  timeZone: 'UTC',
  ...extra,
});

/** Recurring window `id`, "Maintenance <id>", "scheduled", on `web` in `us`, on `schedule`. */
export const recurring = (
  id: string,
  schedule: RecurrenceDoc,
  extra: Partial<MaintenanceDoc> = {},
): MaintenanceDoc => ({
  id,
  title: `Maintenance ${id}`,
  status: 'scheduled',
  recurrence: schedule,
  components: ['web'],
  regions: ['us'],
  ...extra,
});

/** The builders around `base`: a fixed instant, or a function read each time an item is built. */
export function at(base: number | (() => number)): Builders {
  const now = typeof base === 'number' ? () => base : base;

  function incident(
    id: string,
    impact: Impact = 'major',
    { startedAt, ago = HOUR, lasted, resolvedAt, ...extra }: IncidentOptions = {},
  ): IncidentDoc {
    const started = startedAt === undefined ? now() - ago : ms(startedAt);
    const resolved = lasted === undefined ? resolvedAt : started + lasted;
    return {
      id,
      title: `Incident ${id}`,
      impact,
      status: resolved === undefined ? 'investigating' : 'resolved',
      startedAt: iso(started),
      ...(resolved !== undefined && { resolvedAt: written(resolved) }),
      components: ['api'],
      regions: ['eu'],
      updates: [
        ...(lasted !== undefined ? [update(started + lasted, 'resolved', `Fixed ${id}.`)] : []),
        update(started + MINUTE, 'investigating', `Looking into ${id}.`),
      ],
      ...extra,
    };
  }

  function maintenance(
    id: string,
    startsIn = 0,
    hours = 2,
    { startsAt, endsAt, ...extra }: MaintenanceOptions = {},
  ): MaintenanceDoc {
    const start = startsAt === undefined ? now() + startsIn : ms(startsAt);
    return {
      id,
      title: `Maintenance ${id}`,
      status: 'scheduled',
      startsAt: iso(start),
      endsAt: endsAt === undefined ? iso(start + hours * HOUR) : written(endsAt),
      components: ['web'],
      regions: ['us'],
      ...extra,
    };
  }

  function fullMaintenance(
    id: string,
    startsIn = 0,
    hours = 2,
    extra: MaintenanceOptions = {},
  ): MaintenanceDoc {
    const startsAt = extra.startsAt ?? now() + startsIn;
    return maintenance(id, 0, hours, {
      summary: `Work on ${id}.`,
      availability: { available: ['Signing in'], unavailable: ['Reports', 'Exports'] },
      recommendations: [{ title: 'Export early', body: 'Download what you need the day before.' }],
      faq: [
        { question: 'Will data be lost?', answer: 'No. Events wait in a queue.' },
        { question: 'Can I still sign in?', answer: 'Yes.' },
      ],
      afterNote: `Everything is back after ${id}.`,
      updates: [update(ms(startsAt) - DAY, 'scheduled', `Planned ${id}.`)],
      ...extra,
      startsAt,
    });
  }

  function updates(n: number, start = now() - 2 * HOUR): UpdateDoc[] {
    return Array.from({ length: n }, (_, i) =>
      update(start + (n - 1 - i) * MINUTE, 'investigating', `Update number ${n - i}.`),
    );
  }

  return { incident, maintenance, fullMaintenance, updates };
}

/** The builders around the test clock's now (clock.ts). */
export const { incident, maintenance, fullMaintenance, updates } = at(clockNow);

/**
 * Any value as the `feed` property's type: for tests that hand an element what a page might
 * (an invalid document, a value of the wrong type), which the element must check, not trust.
 */
export const asFeed = (value: unknown) => value as FeedInput;
