/**
 * Checks the editor's text with the library's own parser (`parseFeed`) and places every problem
 * in the text: JSON syntax errors where the text stops being JSON, schema issues at the value
 * their path names (or its nearest ancestor, for a missing field). Pure: the editor turns the
 * result into lint diagnostics, the page into a plain-text list.
 */
import { parseFeed } from '../../src/feed/index.js';
import { lineColumn, locate, scanJson } from './json-positions.js';

export interface Problem {
  readonly severity: 'error' | 'warning';
  /** The parser's path (`incidents[0].impact`), '' for the document or a syntax error. */
  readonly path: string;
  readonly message: string;
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly column: number;
}

export type FeedCheck =
  | { readonly ok: true; readonly problems: readonly Problem[]; readonly format: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function problem(
  text: string,
  severity: Problem['severity'],
  path: string,
  message: string,
  from: number,
  to: number,
): Problem {
  return { severity, path, message, from, to, ...lineColumn(text, from) };
}

/** Reads `text` as a feed: `ok` when the elements would show it; every problem with its place. */
export function checkFeed(text: string): FeedCheck {
  const scan = scanJson(text);
  if (scan.error) {
    const { from, to, message } = scan.error;
    return { ok: false, problems: [problem(text, 'error', '', `Not JSON: ${message}`, from, to)] };
  }
  const result = parseFeed(text);
  const place = (severity: Problem['severity'], issue: { path: string; message: string }) => {
    const at = locate(scan, issue.path);
    const message = at.exact || !issue.path ? issue.message : `${issue.message} (${issue.path} is missing)`;
    return problem(text, severity, issue.path, message, at.from, at.to);
  };
  if (!result.ok) {
    const issues = result.error.issues.length
      ? result.error.issues
      : [{ path: '', message: result.error.message }];
    return { ok: false, problems: issues.map((issue) => place('error', issue)) };
  }
  return {
    ok: true,
    format: result.format,
    problems: result.warnings.map((issue) => place('warning', issue)),
  };
}

/** One line for the plain-text list: "Line 12, column 17: incidents[0].impact: …". */
export function describeProblem(problem: Problem): string {
  const what = problem.severity === 'warning' ? 'Warning at line' : 'Line';
  const where = problem.path ? `${problem.path}: ` : '';
  return `${what} ${problem.line}, column ${problem.column}: ${where}${problem.message}`;
}
