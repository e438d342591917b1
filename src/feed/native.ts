/**
 * The steps of reading a feed that every path shares, whatever its format: JSON text to a
 * document, the format it is read as, the native schema with the checks types cannot express,
 * and the model. A vendor's document is converted in between by the adapters
 * (`adapters/index.ts`), which `parse.ts` imports and `parse-lazily.ts` loads when a feed needs
 * them; nothing here imports them. None of these functions throws on any input.
 */
import { isRecord } from './adapters/adapter.js';
import { detectForeign, type ForeignFormat } from './adapters/detect.js';
import { FeedError, type FeedIssue } from './errors.js';
import { FEED_FORMATS, type FeedFormat, type ParseResult } from './model.js';
import { FeedSchema, type FeedData } from './schema.js';
import { validate } from './validate.js';
import { tidyStrings } from './text.js';
import { parseInstant } from './instant.js';
import { normalise } from './normalise.js';

export interface ParseOptions {
  /** Read the document as this format instead of detecting it from its shape. */
  format?: FeedFormat | undefined;
}

export type ConvertResult =
  | { ok: true; document: FeedData; format: FeedFormat; warnings: FeedIssue[] }
  | { ok: false; error: FeedError };

type Failure = { ok: false; error: FeedError };

/** The format a parsed JSON document appears to be in (`"version": 1`: native), or `undefined`. */
export function detectFormat(doc: unknown): FeedFormat | undefined {
  if (isRecord(doc) && doc['version'] === 1) return 'native';
  return detectForeign(doc);
}

/**
 * `input` (JSON text or a parsed document) as a checked native feed, when it is one; a vendor's
 * document is handed to `foreign` (the adapters, `adapters/index.ts`, which end with
 * `checkNative`). The format is the one asked for, else the one the document's shape shows.
 * Text that is not JSON, a shape no format has and a format that does not exist are refused here.
 */
export function readFeed<F>(
  input: unknown,
  options: ParseOptions,
  foreign: (doc: unknown, format: ForeignFormat) => F,
): ConvertResult | F {
  const read = readDocument(input, options);
  if (!read.ok) return read;
  return read.format === 'native' ? checkNative(read.doc, 'native') : foreign(read.doc, read.format);
}

function readDocument(
  input: unknown,
  options: ParseOptions,
): { ok: true; doc: unknown; format: FeedFormat } | Failure {
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
  if (!FEED_FORMATS.includes(format)) {
    return fail('schema', [{ path: '', message: `unknown feed format "${String(format)}"` }]);
  }
  return { ok: true, doc, format };
}

/**
 * A native document (as written, or as an adapter made it from a vendor's, with `warnings` about
 * what it cut) against the schema and the checks across fields, with its text tidied.
 */
export function checkNative(native: unknown, format: FeedFormat, warnings: FeedIssue[] = []): ConvertResult {
  // Every problem, not only the first: the checks across fields also run on the parts of a
  // document the schema refuses, wherever the fields they compare can be read.
  const checked = validate(FeedSchema, native);
  const problems = [...(checked.ok ? [] : checked.issues), ...crossCheck(native)];
  if (!checked.ok || problems.length) return fail('schema', problems, format);
  // Runs of combining marks cut to a few (text.ts): shaping thousands on one letter holds a page.
  const document = tidyStrings(checked.data);
  return { ok: true, document, format, warnings: [...warnings, ...unresolvedReferences(document)] };
}

/** A converted feed as the model the elements show. */
export function toModel(converted: ConvertResult): ParseResult {
  if (!converted.ok) return converted;
  const { document, format, warnings } = converted;
  return { ok: true, model: normalise(document), format, warnings };
}

/**
 * `read()`, or the feed refused when it throws. Defensive: a bug in reading must surface as a
 * rejected feed, never as an exception in the host page.
 */
export function safely<R>(read: () => R, format: FeedFormat | undefined): R | Failure {
  try {
    return read();
  } catch (cause) {
    const message = `could not read the feed (${cause instanceof Error ? cause.message : String(cause)})`;
    return fail('schema', [{ path: '', message }], format);
  }
}

export function fail(kind: 'parse' | 'schema', issues: FeedIssue[], format?: FeedFormat): Failure {
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

/** An issue for each entry of `list` (at `path`) whose `field` repeats an earlier entry's. */
function repeats(
  list: unknown[],
  field: 'id' | 'date',
  path: string,
  name: string,
  issues: FeedIssue[],
): void {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const value = isRecord(item) ? item[field] : undefined;
    if (typeof value !== 'string' || !value) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else {
      issues.push({
        path: `${path}[${index}].${field}`,
        message: `duplicate ${field} "${value}" (also ${name}[${first}])`,
      });
    }
  });
}

/**
 * Rules that span fields: window order, one kind of schedule, unique ids and uptime dates. Run on the document
 * whether or not it passed the schema, so they read each field defensively and say nothing about
 * fields they cannot read (the schema names those).
 */
function crossCheck(doc: unknown): FeedIssue[] {
  const issues: FeedIssue[] = [];
  for (const list of ['components', 'regions', 'incidents', 'maintenances']) {
    repeats(entries(doc, list), 'id', list, list, issues);
  }
  entries(doc, 'components').forEach((component, index) =>
    repeats(entries(component, 'uptime'), 'date', `components[${index}].uptime`, 'uptime', issues),
  );
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
