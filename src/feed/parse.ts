/**
 * `parseFeed`: JSON text or a parsed document in, a normalised `FeedModel` or a `FeedError`
 * out. Foreign formats are read by the adapters; everything then passes the native schema
 * and the checks types cannot express. It never throws.
 */
import { ADAPTERS } from './adapters/index.js';
import { isRecord } from './adapters/adapter.js';
import { withinLimits } from './adapters/limits.js';
import { FeedError, type FeedIssue } from './errors.js';
import type {
  FeedFormat,
  FeedModel,
  Incident,
  Maintenance,
  ParseResult,
  Recurrence,
  StatusUpdate,
} from './model.js';
import { FeedSchema, type FeedData, type UpdateData } from './schema.js';
import { validate } from './validate.js';
import { tidyStrings } from './text.js';
import { dayNumber, parseDuration, parseInstant, parseWallTime } from './instant.js';
import { parseRRule } from './rrule.js';

export interface ParseOptions {
  /** Read the document as this format instead of detecting it from its shape. */
  format?: FeedFormat | undefined;
}

/** The format a parsed JSON document appears to be in (`"version": 1`: native), or `undefined`. */
export function detectFormat(doc: unknown): FeedFormat | undefined {
  if (isRecord(doc) && doc['version'] === 1) return 'native';
  return ADAPTERS.find((adapter) => adapter.detect(doc))?.format;
}

/**
 * Reads a feed in any supported format and returns it as a validated native document
 * (what `status-widgets convert` prints). It never throws.
 */
export function convertFeed(input: unknown, options: ParseOptions = {}): ConvertResult {
  try {
    return convertUnsafe(input, options);
  } catch (cause) {
    return { ok: false, error: internalError(cause, options.format) };
  }
}

export type ConvertResult =
  | { ok: true; document: FeedData; format: FeedFormat; warnings: FeedIssue[] }
  | { ok: false; error: FeedError };

/** Reads a status feed. `input` is JSON text or an already parsed document. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    const converted = convertUnsafe(input, options);
    if (!converted.ok) return converted;
    const { document, format, warnings } = converted;
    return { ok: true, model: normalise(document), format, warnings };
  } catch (cause) {
    return { ok: false, error: internalError(cause, options.format) };
  }
}

/** Defensive: a bug here must surface as a rejected feed, never as an exception in the host. */
function internalError(cause: unknown, format: FeedFormat | undefined): FeedError {
  const message = `could not read the feed (${cause instanceof Error ? cause.message : String(cause)})`;
  return new FeedError('schema', [{ path: '', message }], format);
}

function convertUnsafe(input: unknown, options: ParseOptions): ConvertResult {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : 'invalid JSON';
      return fail('parse', [{ path: '', message: `not valid JSON: ${detail}` }], options.format);
    }
  }

  const format = options.format ?? detectFormat(doc);
  if (!format) {
    const message =
      'not a recognised status feed (expected the native format with "version": 1, or a Statuspage, incident.io, Instatus or Better Stack document)';
    return fail('schema', [{ path: '', message }]);
  }

  let native: unknown = doc;
  let cut: FeedIssue[] = [];
  if (format !== 'native') {
    const adapter = ADAPTERS.find((a) => a.format === format);
    if (!adapter) return fail('schema', [{ path: '', message: `unknown feed format "${String(format)}"` }]);
    const converted = adapter.toNative(doc);
    if (!converted.ok) return fail('schema', converted.issues, format);
    ({ document: native, warnings: cut } = withinLimits(converted.data));
  }

  // Every problem, not only the first: the checks across fields also run on the parts of a
  // document the schema refuses, wherever the fields they compare can be read.
  const checked = validate(FeedSchema, native);
  const problems = [...(checked.ok ? [] : checked.issues), ...crossCheck(native)];
  if (!checked.ok || problems.length) return fail('schema', problems, format);
  // Runs of combining marks cut to a few (text.ts): shaping thousands on one letter holds a page.
  const document = tidyStrings(checked.data);
  return { ok: true, document, format, warnings: [...cut, ...unresolvedReferences(document)] };
}

function fail(
  kind: 'parse' | 'schema',
  issues: FeedIssue[],
  format?: FeedFormat,
): { ok: false; error: FeedError } {
  return { ok: false, error: new FeedError(kind, issues, format) };
}

/** The entries of a list in a document that may not have passed the schema (none when not a list). */
function entries(doc: unknown, key: string): unknown[] {
  const value = isRecord(doc) ? doc[key] : undefined;
  return Array.isArray(value) ? value : [];
}

/** An instant that may not have passed the schema: NaN (comparing false) when unreadable. */
function readInstant(value: unknown): number {
  return typeof value === 'string' ? (parseInstant(value) ?? NaN) : NaN;
}

/**
 * Rules that span fields: window order, one kind of schedule, unique ids. Run on the document
 * whether or not it passed the schema, so they read each field defensively and say nothing about
 * fields they cannot read (the schema names those).
 */
function crossCheck(doc: unknown): FeedIssue[] {
  const issues: FeedIssue[] = [];
  for (const list of ['components', 'regions', 'incidents', 'maintenances']) {
    const seen = new Map<string, number>();
    entries(doc, list).forEach((item, index) => {
      const id = isRecord(item) ? item['id'] : undefined;
      if (typeof id !== 'string' || !id) return;
      const first = seen.get(id);
      if (first !== undefined) {
        issues.push({
          path: `${list}[${index}].id`,
          message: `duplicate id "${id}" (also ${list}[${first}])`,
        });
      } else seen.set(id, index);
    });
  }
  entries(doc, 'incidents').forEach((incident, index) => {
    if (isRecord(incident) && readInstant(incident['resolvedAt']) < readInstant(incident['startedAt'])) {
      issues.push({ path: `incidents[${index}].resolvedAt`, message: 'expected a time after startedAt' });
    }
  });
  entries(doc, 'maintenances').forEach((m, index) => {
    if (!isRecord(m)) return;
    const path = `maintenances[${index}]`;
    const hasWindow = m['startsAt'] !== undefined || m['endsAt'] !== undefined;
    if (hasWindow && m['recurrence'] !== undefined) {
      issues.push({ path, message: 'expected either startsAt/endsAt or recurrence, not both' });
    } else if (!hasWindow && m['recurrence'] === undefined) {
      issues.push({ path, message: 'expected startsAt and endsAt, or a recurrence' });
    } else if (hasWindow) {
      if (m['startsAt'] === undefined)
        issues.push({ path: `${path}.startsAt`, message: 'expected a start with endsAt' });
      else if (m['endsAt'] === undefined)
        issues.push({ path: `${path}.endsAt`, message: 'expected an end with startsAt' });
      else if (readInstant(m['endsAt']) <= readInstant(m['startsAt'])) {
        issues.push({ path: `${path}.endsAt`, message: 'expected a time after startsAt' });
      }
    }
  });
  return issues;
}

/** References to components and regions the feed does not list: reported, not fatal. */
function unresolvedReferences(feed: FeedData): FeedIssue[] {
  const warnings: FeedIssue[] = [];
  const components = new Set(feed.components?.map((c) => c.id));
  const regions = new Set(feed.regions?.map((r) => r.id));
  const check = (
    list: 'incidents' | 'maintenances',
    items: FeedData['incidents'] | FeedData['maintenances'],
  ) =>
    items?.forEach((item, index) => {
      item.components?.forEach((ref, i) => {
        if (!components.has(ref)) {
          warnings.push({
            path: `${list}[${index}].components[${i}]`,
            message: `unknown component "${ref}"`,
          });
        }
      });
      item.regions?.forEach((ref, i) => {
        if (!regions.has(ref)) {
          warnings.push({ path: `${list}[${index}].regions[${i}]`, message: `unknown region "${ref}"` });
        }
      });
    });
  check('incidents', feed.incidents);
  check('maintenances', feed.maintenances);
  return warnings;
}

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

function normalise(feed: FeedData): FeedModel {
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
  return {
    page: {
      ...(page.name !== undefined && { name: page.name }),
      ...(page.url !== undefined && { url: page.url }),
      ...(page.timeZone !== undefined && { timeZone: page.timeZone }),
      ...(page.updatedAt !== undefined && { updatedAt: instant(page.updatedAt) }),
    },
    components: (feed.components ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.group !== undefined && { group: c.group }),
      status: c.status,
    })),
    regions: (feed.regions ?? []).map((r) => ({ id: r.id, name: r.name })),
    incidents: incidents.sort(compareIncidents),
    maintenances: maintenances.sort(compareMaintenances),
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function compareIncidents(a: Incident, b: Incident): number {
  const active = Number(a.status === 'resolved') - Number(b.status === 'resolved');
  return active || b.startedAt - a.startedAt || byId(a, b);
}

const MAINTENANCE_RANK = { in_progress: 0, verifying: 0, scheduled: 1, completed: 2, cancelled: 2 } as const;

/** The start used for ordering; a recurring schedule sorts by the day it starts on. */
function orderingStart(m: Maintenance): number {
  return m.startsAt ?? (m.recurrence ? dayNumber(m.recurrence.startsOn) * 86_400_000 : 0);
}

function compareMaintenances(a: Maintenance, b: Maintenance): number {
  const rank = MAINTENANCE_RANK[a.status] - MAINTENANCE_RANK[b.status];
  if (rank) return rank;
  const order =
    MAINTENANCE_RANK[a.status] === 2
      ? orderingStart(b) - orderingStart(a)
      : orderingStart(a) - orderingStart(b);
  return order || byId(a, b);
}
