/**
 * A validated native feed → the `FeedModel` the elements read: instants as epoch ms, defaults
 * filled in, recurrences parsed, updates newest first, incidents and maintenances in display order.
 */
import type { FeedModel, Incident, Maintenance, Recurrence, StatusUpdate } from './model.js';
import type { FeedData, SubscribeLinks, UpdateData } from './schema.js';
import { dayNumber, parseDuration, parseInstant, parseWallTime } from './instant.js';
import { parseRRule } from './rrule.js';

/** Only called on validated text, so the instant is known to parse. */
function instant(text: string): number {
  return parseInstant(text) ?? NaN;
}

function optionalInstant(text: string | undefined): number | undefined {
  return text === undefined ? undefined : instant(text);
}

function updates(list: UpdateData[] | undefined): StatusUpdate[] {
  const out = (list ?? []).map((u, index) => ({
    update: { at: instant(u.at), status: u.status, body: u.body },
    index,
  }));
  out.sort((a, b) => b.update.at - a.update.at || a.index - b.index);
  return out.map((entry) => entry.update);
}

export function normalise(feed: FeedData): FeedModel {
  const incidents: Incident[] = (feed.incidents ?? []).map((i) => {
    const list = updates(i.updates);
    const resolvedAt =
      optionalInstant(i.resolvedAt) ??
      (i.status === 'resolved' ? list.find((u) => u.status === 'resolved')?.at : undefined);
    return {
      kind: 'incident',
      id: i.id,
      title: i.title,
      impact: i.impact,
      status: i.status,
      components: i.components ?? [],
      regions: i.regions ?? [],
      startedAt: instant(i.startedAt),
      ...(resolvedAt !== undefined && { resolvedAt }),
      ...(i.url !== undefined && { url: i.url }),
      ...(i.reportUrl !== undefined && { reportUrl: i.reportUrl }),
      updates: list,
    };
  });

  const maintenances: Maintenance[] = (feed.maintenances ?? []).map((m) => {
    let recurrence: Recurrence | undefined;
    if (m.recurrence) {
      const parsed = parseRRule(m.recurrence.rule);
      if (parsed.ok) {
        recurrence = {
          ruleText: m.recurrence.rule,
          rule: parsed.rule,
          startsOn: m.recurrence.startsOn,
          time: m.recurrence.time,
          startMinute: parseWallTime(m.recurrence.time) ?? 0,
          durationMinutes: parseDuration(m.recurrence.duration) ?? 0,
          timeZone: m.recurrence.timeZone,
        };
      }
    }
    return {
      kind: 'maintenance',
      id: m.id,
      title: m.title,
      ...(m.summary !== undefined && { summary: m.summary }),
      ...(m.reason !== undefined && { reason: m.reason }),
      status: m.status,
      impact: m.impact,
      ...(m.startsAt !== undefined && { startsAt: instant(m.startsAt) }),
      ...(m.endsAt !== undefined && { endsAt: instant(m.endsAt) }),
      ...(recurrence && { recurrence }),
      components: m.components ?? [],
      regions: m.regions ?? [],
      availability: {
        available: m.availability?.available ?? [],
        unavailable: m.availability?.unavailable ?? [],
      },
      recommendations: (m.recommendations ?? []).map((r) => ({
        title: r.title,
        ...(r.body !== undefined && { body: r.body }),
      })),
      faq: (m.faq ?? []).map((f) => ({ question: f.question, answer: f.answer })),
      ...(m.afterNote !== undefined && { afterNote: m.afterNote }),
      ...(m.url !== undefined && { url: m.url }),
      updates: updates(m.updates),
    };
  });

  const page = feed.page ?? {};
  // Only the links given; none at all when the feed gives none.
  const links = Object.entries(page.subscribe ?? {}).filter(([, url]) => url !== undefined);
  const subscribe = links.length ? (Object.fromEntries(links) as SubscribeLinks) : undefined;
  return {
    page: {
      ...(page.name !== undefined && { name: page.name }),
      ...(page.url !== undefined && { url: page.url }),
      ...(page.timeZone !== undefined && { timeZone: page.timeZone }),
      ...(page.updatedAt !== undefined && { updatedAt: instant(page.updatedAt) }),
      ...(page.historyStart !== undefined && { historyStart: instant(page.historyStart) }),
      ...(subscribe && { subscribe }),
    },
    components: (feed.components ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.group !== undefined && { group: c.group }),
      status: c.status,
      ...(c.uptime?.length && {
        uptime: c.uptime
          .map((u) => ({ date: u.date, percent: u.percent }))
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      }),
    })),
    regions: (feed.regions ?? []).map((r) => ({ id: r.id, name: r.name })),
    incidents: incidents.sort(compareIncidents),
    maintenances: maintenances.sort(compareMaintenances),
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Active first, then newest first (and by id): the model's order, also of a merge (select/merge.ts). */
export function compareIncidents(a: Incident, b: Incident): number {
  const active = Number(a.status === 'resolved') - Number(b.status === 'resolved');
  return active || b.startedAt - a.startedAt || byId(a, b);
}

const MAINTENANCE_RANK = { in_progress: 0, verifying: 0, scheduled: 1, completed: 2, cancelled: 2 } as const;

/** The start used for ordering; a recurring schedule sorts by the day it starts on. */
function orderingStart(m: Maintenance): number {
  return m.startsAt ?? (m.recurrence ? dayNumber(m.recurrence.startsOn) * 86_400_000 : 0);
}

/** In progress, then scheduled (soonest first), then completed or cancelled (latest first). */
export function compareMaintenances(a: Maintenance, b: Maintenance): number {
  const rank = MAINTENANCE_RANK[a.status] - MAINTENANCE_RANK[b.status];
  if (rank) return rank;
  const order =
    MAINTENANCE_RANK[a.status] === 2
      ? orderingStart(b) - orderingStart(a)
      : orderingStart(a) - orderingStart(b);
  return order || byId(a, b);
}
