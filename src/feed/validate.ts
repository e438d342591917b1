/** Runs a zod/mini schema and turns its issues into readable, path-naming `FeedIssue`s. */
import type * as z from 'zod/mini';
import { ISSUE_LIMIT, describeType, formatPath, type FeedIssue } from './errors.js';

type RawIssue = z.core.$ZodRawIssue;

/** Messages in plain English; zod/mini ships no locale, and these name what was expected. */
function message(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}, got ${describeType(issue.input)}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      return values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`;
    }
    case 'too_small':
      return `expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    default:
      return 'invalid value';
  }
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: FeedIssue[] };

/** Validates `input`, never throwing; at most `limit` issues are kept. */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  limit = ISSUE_LIMIT,
): Validated<z.output<S>> {
  const result = schema.safeParse(input, { error: message });
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.slice(0, limit).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  return { ok: false, issues };
}
