/**
 * The published JSON Schema of the native feed, generated from the zod schema (the single
 * source of truth) and annotated with descriptions, formats and patterns for editors and
 * other languages. Used by the CLI and `npm run schema`; browsers never load this module.
 */
import * as z from 'zod/mini';
import { FeedSchema } from './schema.js';

export const SCHEMA_ID = 'https://unpkg.com/status-widgets/schema/status-feed.schema.json';

const INSTANT = {
  format: 'date-time',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|z|[+-]\\d{2}:\\d{2})$',
};
const URL_FIELD = { format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://' };
const ZONE = { examples: ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata'] };
const TEXT =
  'Plain text: blank lines separate paragraphs and http(s) URLs become links. Never HTML or Markdown.';
const UPDATES = 'Updates in any order (shown newest first).';
const UPDATE_STATUS =
  'The status this update reports (an incident or maintenance status), `postmortem` for a post-incident review, or `update` for news that changes no status.';
const COMPONENT_REFS = 'Ids of affected entries in `components`; unknown ids are reported, not fatal.';
const REGION_REFS = 'Ids of affected entries in `regions`; unknown ids are reported, not fatal.';

/** Annotations by path: `[]` stands for "every array item". */
const ANNOTATIONS: Record<string, Record<string, unknown>> = {
  '': {
    title: 'status-widgets feed',
    description:
      "A status feed (version 1): maintenance windows and incidents shown by the status-widgets elements. Only `version` is required; unknown fields are ignored. Lists and texts have upper limits (maxItems, maxLength: the library's FEED_LIMITS); a feed over one is rejected.",
  },
  version: { description: 'Format version; always 1.' },
  page: { description: 'The status page this feed belongs to; its name and URL are shown where given.' },
  'page.name': { description: 'Name of the service or company, e.g. "Acme Cloud".' },
  'page.url': { description: 'Public status page; elements link to it.', ...URL_FIELD },
  'page.timeZone': {
    description: "IANA zone the page's own times are written in; shown beside the viewer's zone.",
    ...ZONE,
  },
  'page.updatedAt': { description: 'When the feed was last changed.', ...INSTANT },
  'page.historyStart': {
    description:
      'Since when the feed records incidents and maintenance. Day bars before it (and before the oldest incident, maintenance or uptime day when this is not given) show "no data" rather than healthy days.',
    ...INSTANT,
  },
  'page.subscribe': {
    description:
      'Where people can follow the page\'s news. Each link is optional; the elements list the ones given (the notice the calendar, the timeline and component status all) under "Get updates", in the viewer\'s language.',
  },
  'page.subscribe.calendar': {
    description:
      'A calendar of the maintenance windows to subscribe to (an .ics URL); the only link that may also be webcal:. The notice shows it beside "Add to calendar".',
    format: 'uri',
    pattern: '^([hH][tT][tT][pP][sS]?|[wW][eE][bB][cC][aA][lL])://',
  },
  'page.subscribe.atom': { description: 'An Atom or RSS feed of incidents and maintenance.', ...URL_FIELD },
  'page.subscribe.email': { description: 'A page where people sign up for e-mail updates.', ...URL_FIELD },
  'page.subscribe.slack': { description: 'A page that adds the updates to a Slack workspace.', ...URL_FIELD },
  'page.subscribe.webhook': {
    description: 'A page where developers register a webhook for the updates.',
    ...URL_FIELD,
  },
  components: {
    description: 'Parts of the service that incidents and maintenances can affect, in display order.',
  },
  'components[].id': { description: 'Stable id, referenced by incidents and maintenances.' },
  'components[].name': { description: 'Name shown to readers, e.g. "Public API".' },
  'components[].group': { description: 'Name of the group the component is listed under.' },
  'components[].status': { description: 'Current status of the component.' },
  'components[].uptime': {
    description:
      "Daily availability, one entry per date (any order; a date given twice is rejected). Where given, the component's day bars carry the percentage and the element shows its mean; a day below 100 with no incident shows at least as a minor disruption.",
  },
  'components[].uptime[].date': {
    description:
      "The calendar day, YYYY-MM-DD, in the page's timeZone (UTC when the page names none). The viewer's bar of the same date shows it.",
    format: 'date',
  },
  'components[].uptime[].percent': {
    description: 'Share of the day the component was available, from 0 to 100 (e.g. 99.95).',
    minimum: 0,
    maximum: 100,
  },
  regions: { description: 'Geographic or deployment regions that items can be scoped to.' },
  'regions[].id': { description: 'Stable id, referenced by incidents and maintenances.' },
  'regions[].name': { description: 'Name shown to readers, e.g. "Europe (Frankfurt)".' },
  incidents: { description: 'Unplanned disruptions, active and past.' },
  'incidents[].id': { description: 'Stable id: keys dismissals, announcements and calendar entries.' },
  'incidents[].title': {
    description: 'What is wrong, in a few words; the headline everywhere (plain text).',
  },
  'incidents[].impact': {
    description:
      'How bad: `none` is not shown in the banner; `major` and `critical` are announced assertively.',
  },
  'incidents[].status': { description: 'Where the incident is in its lifecycle; `resolved` ends it.' },
  'incidents[].components': { description: COMPONENT_REFS },
  'incidents[].regions': { description: REGION_REFS },
  'incidents[].startedAt': { description: 'When the disruption began.', ...INSTANT },
  'incidents[].resolvedAt': {
    description: 'When it ended; defaults to the time of the `resolved` update.',
    ...INSTANT,
  },
  'incidents[].url': { description: "The incident's own page.", ...URL_FIELD },
  'incidents[].reportUrl': {
    description:
      'The post-incident review (postmortem). Once the incident is resolved, the timeline links it as "Read the post-incident review".',
    ...URL_FIELD,
  },
  'incidents[].updates': { description: UPDATES },
  'incidents[].updates[].at': { description: 'When the update was posted.', ...INSTANT },
  'incidents[].updates[].status': {
    description: UPDATE_STATUS,
  },
  'incidents[].updates[].body': { description: TEXT },
  maintenances: {
    description:
      'Planned maintenance: one-off windows (`startsAt`/`endsAt`) or recurring schedules (`recurrence`).',
  },
  'maintenances[].id': {
    description: 'Stable id: keys dismissals, announcements and calendar entries (UID).',
  },
  'maintenances[].title': {
    description: 'What the work is, in a few words; the headline everywhere (plain text).',
  },
  'maintenances[].summary': { description: `Overview of the work and its impact. ${TEXT}` },
  'maintenances[].reason': { description: `Why it is needed (for rare, long events). ${TEXT}` },
  'maintenances[].status': {
    description: 'Lifecycle status; together with the times it decides the phase shown.',
  },
  'maintenances[].impact': { description: 'Expected disruption while the window is open.' },
  'maintenances[].startsAt': {
    description: 'Start of a one-off window (give endsAt too; not with recurrence).',
    ...INSTANT,
  },
  'maintenances[].endsAt': { description: 'End of a one-off window; must be after startsAt.', ...INSTANT },
  'maintenances[].recurrence': {
    description:
      'A recurring window, expanded in its own time zone so wall-clock times hold across daylight-saving changes.',
  },
  'maintenances[].recurrence.rule': {
    description:
      'RFC 5545 RRULE subset: FREQ (DAILY, WEEKLY, MONTHLY), INTERVAL, BYDAY (ordinals like 1FR or -1SU with MONTHLY), BYMONTHDAY, COUNT, UNTIL. Other parts are rejected.',
    examples: ['FREQ=WEEKLY;BYDAY=SA', 'FREQ=MONTHLY;BYDAY=1FR'],
  },
  'maintenances[].recurrence.startsOn': {
    description: 'First local date the rule applies from (its DTSTART date).',
    format: 'date',
  },
  'maintenances[].recurrence.time': {
    description: 'Local start time in `timeZone`, HH:MM.',
    pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  },
  'maintenances[].recurrence.duration': {
    description: 'Length of each window as an ISO 8601 duration of days, hours and minutes.',
    pattern: '^P(\\d+D)?(T(\\d+H)?(\\d+M)?)?$',
    examples: ['PT5H', 'PT1H30M'],
  },
  'maintenances[].recurrence.timeZone': { description: 'IANA zone of `time`.', ...ZONE },
  'maintenances[].components': { description: COMPONENT_REFS },
  'maintenances[].regions': { description: REGION_REFS },
  'maintenances[].availability': {
    description: 'What stays available during the window and what does not, shown as a table.',
  },
  'maintenances[].availability.available': { description: 'Features that keep working during the window.' },
  'maintenances[].availability.unavailable': {
    description: 'Features that are down or read-only during the window.',
  },
  'maintenances[].recommendations': { description: 'What users should do to prepare.' },
  'maintenances[].recommendations[].title': { description: 'The advice in a few words.' },
  'maintenances[].recommendations[].body': { description: `The advice in full. ${TEXT}` },
  'maintenances[].faq': { description: 'Questions and answers, shown expandable.' },
  'maintenances[].faq[].question': { description: 'A question readers ask.' },
  'maintenances[].faq[].answer': { description: `Its answer. ${TEXT}` },
  'maintenances[].afterNote': { description: `What happens once the window has ended. ${TEXT}` },
  'maintenances[].url': { description: "The maintenance's own page.", ...URL_FIELD },
  'maintenances[].updates': { description: UPDATES },
  'maintenances[].updates[].at': { description: 'When the update was posted.', ...INSTANT },
  'maintenances[].updates[].status': {
    description: UPDATE_STATUS,
  },
  'maintenances[].updates[].body': { description: TEXT },
};

type JsonObject = Record<string, unknown>;

function annotate(node: JsonObject, path: string, used: Set<string>): void {
  const extra = ANNOTATIONS[path];
  if (extra) {
    Object.assign(node, extra);
    used.add(path);
  }
  const properties = node['properties'] as Record<string, JsonObject> | undefined;
  if (properties) {
    for (const [key, child] of Object.entries(properties))
      annotate(child, path ? `${path}.${key}` : key, used);
  }
  const items = node['items'] as JsonObject | undefined;
  if (items) annotate(items, `${path}[]`, used);
}

/** The JSON Schema (draft 2020-12) of the native feed. */
export function feedJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(FeedSchema, { io: 'input', target: 'draft-2020-12' }) as JsonObject;
  const { $schema, ...rest } = generated;
  const schema: JsonObject = { $schema, $id: SCHEMA_ID };
  const used = new Set<string>();
  annotate(rest, '', used);
  const stale = Object.keys(ANNOTATIONS).filter((path) => !used.has(path));
  if (stale.length) throw new Error(`JSON Schema annotations for missing fields: ${stale.join(', ')}`);
  return Object.assign(schema, rest);
}

/** The schema as the committed file holds it. */
export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}
