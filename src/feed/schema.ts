/**
 * The native status feed, version 1: the single source of truth for the feed's shape.
 * TypeScript types are inferred from it and `status-feed.schema.json` is generated from it
 * (`npm run schema`). Uses `zod/mini` because it ships to browsers.
 *
 * Unknown fields are ignored. Times are ISO 8601 date-times with an offset; text is plain
 * text (blank lines separate paragraphs, http(s) URLs become links when rendered). Lists and
 * texts have upper limits (`FEED_LIMITS`), so a feed cannot grow without bound what every
 * page that shows it has to read: a native feed over one is rejected with the path named; a
 * vendor document is cut to them (newest items and updates kept).
 */
import * as z from 'zod/mini';
import { isTimeZone, parseDuration, parseInstant, parseLocalDate, parseWallTime } from './instant.js';
import { parseRRule } from './rrule.js';

/** The most a native feed may hold: items per list, and characters per text. */
export const FEED_LIMITS = {
  components: 500,
  regions: 200,
  incidents: 1000,
  maintenances: 500,
  /** Updates of one incident or maintenance. */
  updates: 500,
  /** Component ids, and region ids, one incident or maintenance names. */
  references: 500,
  /** Recommendations, FAQ entries, and entries of each availability list, of one maintenance. */
  entries: 100,
  /** Characters of a name, title, question, availability entry or RRULE. */
  title: 500,
  /** Characters of a body, summary, reason, answer, recommendation or after-note. */
  text: 20_000,
  /** Characters of an id. */
  id: 200,
  /** Characters of a URL. */
  url: 2000,
  /** Days of daily uptime per component: a year, leap day included. */
  uptime: 366,
} as const;

const text = (max: number = FEED_LIMITS.title) =>
  z.string().check(z.trim(), z.minLength(1, 'expected a non-empty string'), z.maxLength(max));
const body = () => text(FEED_LIMITS.text);
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/** An ISO 8601 date-time with an explicit offset (`Z` or `±HH:MM`). */
const instant = () =>
  z
    .string()
    .check(z.refine((s) => parseInstant(s) !== undefined, 'expected an ISO 8601 date-time with offset'));

/** An absolute URL of one of `schemes` (`http:` and `https:` unless told otherwise). */
const httpUrl = (schemes = ['http:', 'https:'], message = 'expected an absolute http(s) URL') =>
  z.string().check(
    z.maxLength(FEED_LIMITS.url),
    z.refine((s) => {
      try {
        return schemes.includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, message),
  );

/** A calendar date, `YYYY-MM-DD`. */
const localDate = () =>
  z.string().check(z.refine((s) => parseLocalDate(s) !== undefined, 'expected a date as YYYY-MM-DD'));

const timeZone = () =>
  z.string().check(z.refine(isTimeZone, 'expected an IANA time zone such as Europe/Berlin'));
const id = () => z.string().check(z.minLength(1, 'expected a non-empty id'), z.maxLength(FEED_LIMITS.id));
const idList = () => z.optional(list(id(), FEED_LIMITS.references));
const updates = () => z.optional(list(UpdateSchema, FEED_LIMITS.updates));

export const IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export const COMPONENT_STATUSES = [
  'operational',
  'degraded',
  'partial_outage',
  'major_outage',
  'maintenance',
] as const;
export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export const MAINTENANCE_STATUSES = [
  'scheduled',
  'in_progress',
  'verifying',
  'completed',
  'cancelled',
] as const;
export const UPDATE_STATUSES = [
  ...INCIDENT_STATUSES,
  'postmortem',
  ...MAINTENANCE_STATUSES,
  'update',
] as const;

export const UpdateSchema = z.object({
  at: instant(),
  status: z.enum(UPDATE_STATUSES),
  body: body(),
});

/**
 * One day of a component's availability: `date` is a calendar day in the page's `timeZone` (UTC
 * when the page names none), `percent` from 0 to 100.
 */
export const UptimeSchema = z.object({
  date: localDate(),
  percent: z.number().check(z.refine((n) => n >= 0 && n <= 100, 'expected a percent from 0 to 100')),
});

export const ComponentSchema = z.object({
  id: id(),
  name: text(),
  group: z.optional(text()),
  status: z._default(z.enum(COMPONENT_STATUSES), 'operational'),
  /** Daily availability, one entry per date, in any order. */
  uptime: z.optional(list(UptimeSchema, FEED_LIMITS.uptime)),
});

export const RegionSchema = z.object({
  id: id(),
  name: text(),
});

export const IncidentSchema = z.object({
  id: id(),
  title: text(),
  impact: z.enum(IMPACTS),
  status: z.enum(INCIDENT_STATUSES),
  components: idList(),
  regions: idList(),
  startedAt: instant(),
  resolvedAt: z.optional(instant()),
  url: z.optional(httpUrl()),
  /** The post-incident review (postmortem), linked once the incident is resolved. */
  reportUrl: z.optional(httpUrl()),
  updates: updates(),
});

export const RecurrenceSchema = z.object({
  rule: z.string().check(
    z.maxLength(FEED_LIMITS.title),
    z.superRefine((value, ctx) => {
      const parsed = parseRRule(value);
      if (!parsed.ok) ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
    }),
  ),
  startsOn: localDate(),
  time: z
    .string()
    .check(z.refine((s) => parseWallTime(s) !== undefined, 'expected a wall-clock time as HH:MM')),
  duration: z
    .string()
    .check(
      z.refine(
        (s) => parseDuration(s) !== undefined,
        'expected an ISO 8601 duration such as PT5H or PT1H30M',
      ),
    ),
  timeZone: timeZone(),
});

export const MaintenanceSchema = z.object({
  id: id(),
  title: text(),
  summary: z.optional(body()),
  status: z.enum(MAINTENANCE_STATUSES),
  impact: z._default(z.enum(IMPACTS), 'minor'),
  startsAt: z.optional(instant()),
  endsAt: z.optional(instant()),
  recurrence: z.optional(RecurrenceSchema),
  reason: z.optional(body()),
  components: idList(),
  regions: idList(),
  availability: z.optional(
    z.object({
      available: z.optional(list(text(), FEED_LIMITS.entries)),
      unavailable: z.optional(list(text(), FEED_LIMITS.entries)),
    }),
  ),
  recommendations: z.optional(
    list(z.object({ title: text(), body: z.optional(body()) }), FEED_LIMITS.entries),
  ),
  faq: z.optional(list(z.object({ question: text(), answer: body() }), FEED_LIMITS.entries)),
  afterNote: z.optional(body()),
  url: z.optional(httpUrl()),
  updates: updates(),
});

/**
 * Where people can follow the page's news: each an absolute http(s) URL; the calendar may also be
 * a `webcal:` one (calendar apps subscribe to it).
 */
export const SubscribeSchema = z.object({
  calendar: z.optional(httpUrl(['http:', 'https:', 'webcal:'], 'expected an absolute http(s) or webcal URL')),
  atom: z.optional(httpUrl()),
  email: z.optional(httpUrl()),
  slack: z.optional(httpUrl()),
  webhook: z.optional(httpUrl()),
});

/**
 * The whole feed. Only `version` is required: `{"version": 1, "maintenances": [...]}` is a
 * feed; the page's name and URL are used where given.
 */
export const FeedSchema = z.object({
  version: z.literal(1),
  page: z.optional(
    z.object({
      name: z.optional(text()),
      url: z.optional(httpUrl()),
      timeZone: z.optional(timeZone()),
      updatedAt: z.optional(instant()),
      historyStart: z.optional(instant()),
      subscribe: z.optional(SubscribeSchema),
    }),
  ),
  components: z.optional(list(ComponentSchema, FEED_LIMITS.components)),
  regions: z.optional(list(RegionSchema, FEED_LIMITS.regions)),
  incidents: z.optional(list(IncidentSchema, FEED_LIMITS.incidents)),
  maintenances: z.optional(list(MaintenanceSchema, FEED_LIMITS.maintenances)),
});

/** A native feed document as written (input side: defaults not yet applied). */
export type FeedDocument = z.input<typeof FeedSchema>;
/** A native feed document after validation (defaults applied). */
export type FeedData = z.output<typeof FeedSchema>;
export type UpdateData = z.output<typeof UpdateSchema>;
/** The page's subscribe links (`page.subscribe`). */
export type SubscribeLinks = z.output<typeof SubscribeSchema>;
export type Impact = (typeof IMPACTS)[number];
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];
