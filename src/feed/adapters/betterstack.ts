/**
 * Better Stack (Better Uptime) status page `index.json`, a JSON:API document → native feed.
 *
 * Format, as far as it could be confirmed: Better Stack's "JSON API status" docs page shows
 * `data {id, type: 'status_page', attributes {company_name, company_url, timezone, announcement,
 * aggregate_state (operational | degraded | downtime | maintenance), updated_at, …},
 * relationships {sections, resources, status_reports}}` plus `included[]`, and lists resource
 * statuses `operational | degraded | downtime | maintenance | not_monitored`. Its Uptime API docs
 * give `status_report` attributes (`title, report_type manual | automatic | maintenance,
 * starts_at, ends_at (null while open), affected_resources [{status_page_resource_id, status}],
 * aggregate_state`, `relationships.status_updates.data [{id, type}]`) and `status_update`
 * attributes (`message, published_at, status_report_id` (an integer), `affected_resources`).
 * `status_page_section` (`name`) and `status_page_resource` (`public_name`,
 * `status_page_section_id` (an integer), `status`) come from third-party code reading real pages.
 * Not confirmed: that `index.json` puts `status_update` items in `included` (so updates are
 * linked both from the report's relationships and by their `status_report_id`), and what a
 * maintenance report's `aggregate_state` is before and after its window.
 *
 * Mapping rules:
 * - page: `company_name` → name; `company_url` → url when it is an http(s) URL; `timezone` →
 *   timeZone only when the engine knows it as an IANA zone (Rails names such as "Prague" are
 *   dropped); `updated_at` → updatedAt when it is a valid instant. `announcement` is not mapped.
 * - `status_page_resource` → components: `public_name` → name, the section's `name` → group;
 *   status operational | degraded | downtime | maintenance → operational | degraded |
 *   major_outage | maintenance, anything else (not_monitored) → operational.
 * - A resource's `status_history` (in the captured document: `[{day: "YYYY-MM-DD", status,
 *   downtime_duration, maintenance_duration}]`, the durations in seconds, a day per entry) →
 *   its `uptime`: percent = 100 × (1 − downtime_duration / 86,400), rounded to 0.001 and at
 *   least 0; the day is the page's calendar day, as the native `uptime` dates are. Maintenance
 *   time is not downtime. Only days with a downtime duration count: a day without one, a
 *   `not_monitored` day, an unreadable date or a date given twice is left out (a day's status
 *   alone gives no percent, and none is made up). The resource's `availability` (a fraction over
 *   a period the document does not state) is not mapped: the element averages the days it shows.
 * - `status_update` → updates of its report: `published_at` → at, `message` → body (blank ones
 *   skipped).
 * - `status_report` with `report_type` maintenance → maintenances: startsAt = `starts_at`,
 *   endsAt = `ends_at`, or **starts_at + 1 hour** when null. The adapter has no clock, so:
 *   in_progress when `ends_at` is null or `aggregate_state` is maintenance, otherwise scheduled
 *   (the window's times then tell upcoming from past). Update status: update.
 * - Other reports → incidents: startedAt = `starts_at`; resolved with resolvedAt = `ends_at` when
 *   set, else investigating; impact major when `downtime` appears in the report's or its updates'
 *   states, else minor. Update status: resolved when every resource it lists is resolved or
 *   operational, else update.
 * - components of a report: the resources named by it and its updates (`affected_resources`).
 * - Unknown `included` types and fields are ignored; null counts as absent.
 */
import * as z from 'zod/mini';
import { isRecord, type Adapter } from './adapter.js';
import { isBetterStack } from './detect.js';
import { id, instant, link, nullish, text } from './foreign.js';
import type { FeedIssue } from '../errors.js';
import type { ComponentStatus, FeedDocument } from '../schema.js';
import { validate } from '../validate.js';
import { isTimeZone, parseInstant, parseLocalDate } from '../instant.js';

const affected = () =>
  nullish(z.array(z.object({ status_page_resource_id: id(), status: nullish(z.string()) })));

const Document = z.object({
  data: z.object({
    attributes: z.object({
      company_name: text(),
      company_url: nullish(z.string()),
      timezone: nullish(z.string()),
      updated_at: nullish(z.string()),
    }),
  }),
  included: nullish(z.array(z.unknown())),
});

const Section = z.object({ id: id(), attributes: z.object({ name: nullish(z.string()) }) });
const Resource = z.object({
  id: id(),
  attributes: z.object({
    public_name: text(),
    status_page_section_id: nullish(id()),
    status: nullish(z.string()),
    // Read entry by entry (uptimeOf): a bad day is left out, not a reason to refuse the page.
    status_history: nullish(z.array(z.unknown())),
  }),
});
const Report = z.object({
  id: id(),
  attributes: z.object({
    title: text(),
    report_type: nullish(z.string()),
    starts_at: instant(),
    ends_at: nullish(instant()),
    aggregate_state: nullish(z.string()),
    affected_resources: affected(),
  }),
  relationships: nullish(
    z.object({ status_updates: nullish(z.object({ data: nullish(z.array(z.object({ id: id() }))) })) }),
  ),
});
const Update = z.object({
  id: id(),
  attributes: z.object({
    message: nullish(z.string()),
    published_at: instant(),
    status_report_id: nullish(id()),
    affected_resources: affected(),
  }),
});

const COMPONENT_STATUS: Record<string, ComponentStatus> = {
  degraded: 'degraded',
  downtime: 'major_outage',
  maintenance: 'maintenance',
};

type Native = Required<FeedDocument>;

/** Daily uptime from a resource's `status_history` (the rules above); undefined when no day has one. */
function uptimeOf(history: readonly unknown[] | null | undefined) {
  const days = new Map<string, number>();
  for (const entry of history ?? []) {
    if (!isRecord(entry)) continue;
    const { day, status, downtime_duration: down } = entry;
    if (typeof day !== 'string' || !parseLocalDate(day) || days.has(day)) continue;
    if (status === 'not_monitored' || typeof down !== 'number' || !(down >= 0)) continue;
    days.set(day, Math.max(0, Math.round(100_000 - (down * 100_000) / 86_400) / 1000));
  }
  return days.size ? [...days].map(([date, percent]) => ({ date, percent })) : undefined;
}
type Affected = z.output<ReturnType<typeof affected>>;

/** A Better Stack status page `index.json` (JSON:API, with `included`), as the adapter reads it. Fields it does not read are allowed. */
export type BetterStackDocument = z.input<typeof Document>;

export const betterstack: Adapter = {
  format: 'betterstack',

  detect: isBetterStack,

  toNative(doc) {
    const checked = validate(Document, doc);
    if (!checked.ok) return checked;
    const page = checked.data.data.attributes;
    const issues: FeedIssue[] = [];

    /** Validates one included item; issues name `included[i].…`. */
    const read = <S extends z.ZodMiniType>(schema: S, item: unknown, index: number) => {
      const result = validate(schema, item);
      if (result.ok) return result.data;
      for (const issue of result.issues) issues.push({ ...issue, path: `included[${index}].${issue.path}` });
      return undefined;
    };

    const sections = new Map<string, string>();
    const resources: z.output<typeof Resource>[] = [];
    const reports: { report: z.output<typeof Report>; index: number }[] = [];
    const updates = new Map<string, z.output<typeof Update>>();
    (checked.data.included ?? []).forEach((item, index) => {
      const type = isRecord(item) ? item['type'] : undefined;
      if (type === 'status_page_section') {
        const section = read(Section, item, index);
        const name = section?.attributes.name?.trim();
        if (section && name) sections.set(String(section.id), name);
      } else if (type === 'status_page_resource') {
        const resource = read(Resource, item, index);
        if (resource) resources.push(resource);
      } else if (type === 'status_report') {
        const report = read(Report, item, index);
        if (report) reports.push({ report, index });
      } else if (type === 'status_update') {
        const update = read(Update, item, index);
        if (update) updates.set(String(update.id), update);
      }
    });

    const components: Native['components'] = resources.map((r) => {
      const group = sections.get(String(r.attributes.status_page_section_id));
      const uptime = uptimeOf(r.attributes.status_history);
      return {
        id: String(r.id),
        name: r.attributes.public_name,
        ...(group && { group }),
        status: COMPONENT_STATUS[r.attributes.status ?? ''] ?? 'operational',
        ...(uptime && { uptime }),
      };
    });

    const incidents: Native['incidents'] = [];
    const maintenances: Native['maintenances'] = [];
    for (const { report, index } of reports) {
      const key = String(report.id);
      const a = report.attributes;
      const start = parseInstant(a.starts_at) ?? 0;
      if (a.ends_at && (parseInstant(a.ends_at) ?? 0) <= start) {
        issues.push({
          path: `included[${index}].attributes.ends_at`,
          message: 'expected a time after starts_at',
        });
        continue;
      }
      const linked = new Set((report.relationships?.status_updates?.data ?? []).map((d) => String(d.id)));
      const own = [...updates.values()].filter(
        (u) => linked.has(String(u.id)) || String(u.attributes.status_report_id) === key,
      );
      const lists: Affected[] = [a.affected_resources, ...own.map((u) => u.attributes.affected_resources)];
      const touched = lists.flatMap((list) => list ?? []);
      const componentIds = [...new Set(touched.map((r) => String(r.status_page_resource_id)))];
      const maintenance = a.report_type === 'maintenance';
      const timeline = own
        .filter((u) => u.attributes.message?.trim())
        .map((u) => {
          const states = (u.attributes.affected_resources ?? []).map((r) => r.status);
          const resolved =
            !maintenance && states.length > 0 && states.every((s) => s === 'resolved' || s === 'operational');
          return {
            at: u.attributes.published_at,
            status: resolved ? ('resolved' as const) : ('update' as const),
            body: u.attributes.message ?? '',
          };
        });

      if (maintenance) {
        maintenances.push({
          id: key,
          title: a.title,
          status: !a.ends_at || a.aggregate_state === 'maintenance' ? 'in_progress' : 'scheduled',
          startsAt: a.starts_at,
          endsAt: a.ends_at ?? new Date(start + 3_600_000).toISOString(),
          components: componentIds,
          updates: timeline,
        });
      } else {
        const states = [a.aggregate_state, ...touched.map((r) => r.status)];
        incidents.push({
          id: key,
          title: a.title,
          impact: states.includes('downtime') ? 'major' : 'minor',
          status: a.ends_at ? 'resolved' : 'investigating',
          components: componentIds,
          startedAt: a.starts_at,
          resolvedAt: a.ends_at ?? undefined,
          updates: timeline,
        });
      }
    }

    if (issues.length) return { ok: false, issues: issues.slice(0, 20) };
    const timeZone = page.timezone && isTimeZone(page.timezone) ? page.timezone : undefined;
    const updatedAt =
      page.updated_at && parseInstant(page.updated_at) !== undefined ? page.updated_at : undefined;
    return {
      ok: true,
      data: {
        version: 1,
        page: { name: page.company_name, url: link(page.company_url), timeZone, updatedAt },
        components,
        incidents,
        maintenances,
      },
    };
  },
};
