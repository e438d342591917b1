/** Errors and warnings that parsing a feed can report. Nothing here throws into the host page. */

/** `parse`: the text is not JSON. `schema`: the JSON is not a feed this library can read. */
export type FeedErrorKind = 'parse' | 'schema';

/** One problem at one place in the document, e.g. `maintenances[2].endsAt`. */
export interface FeedIssue {
  /** Where in the document: `incidents[0].updates[3].at`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

/** At most this many problems are reported for one feed (`FeedError.issues`). */
export const ISSUE_LIMIT = 20;
/** How many of them `FeedError.message` spells out. */
const MESSAGE_ISSUES = 5;

/**
 * Why a feed was rejected. `issues` lists every problem found, each with its path (at most
 * `ISSUE_LIMIT`, in document order within the schema's checks, then the checks across fields);
 * `message` spells out the first five, joined by "; "
 * ("maintenances[2].endsAt: expected an ISO 8601 date-time with offset; incidents[0].id: …"),
 * and counts the rest ("(and 3 more)").
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  /** The path of the first issue (empty for the whole document). */
  readonly path: string;
  readonly issues: readonly FeedIssue[];
  /** The format the document was read as, when known. */
  readonly format: string | undefined;

  constructor(kind: FeedErrorKind, issues: readonly FeedIssue[], format?: string) {
    const listed = issues.slice(0, ISSUE_LIMIT);
    const shown = listed.length ? listed.slice(0, MESSAGE_ISSUES) : [{ path: '', message: 'invalid feed' }];
    const more = listed.length > MESSAGE_ISSUES ? ` (and ${listed.length - MESSAGE_ISSUES} more)` : '';
    super(`${shown.map(formatIssue).join('; ')}${more}`);
    this.kind = kind;
    this.path = shown[0]!.path;
    this.issues = listed;
    this.format = format;
  }
}

/** "path: message", or just the message for the document itself. */
export function formatIssue(issue: FeedIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** `['maintenances', 2, 'endsAt']` → `maintenances[2].endsAt`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** A short name for the JSON type of a value, for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
