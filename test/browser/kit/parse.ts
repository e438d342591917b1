/**
 * Feeds read back, for the browser tests: loading files from the test server, unwrapping
 * `parseFeed` results, and finding items in a model. They assert only what every caller needs.
 * (Feed documents to read are built with feeds.ts.)
 */
import { expect } from '@open-wc/testing';
import { parseFeed, type ParseOptions } from '../../../src/feed/parse.js';
import type { FeedError } from '../../../src/feed/errors.js';
import type { FeedFormat, FeedModel, Incident, Maintenance, ParseResult } from '../../../src/feed/model.js';

/**
 * A vendor fixture, typed loosely on purpose: the adapter tests reach deep into it and break
 * it in ways its vendor's types would not allow.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are mutated freely
export type Fixture = any;

/** The text of a file served by the test server (`/test/fixtures/…`, `/demo/feeds/…`). */
export async function loadText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  expect(response.status, `${url}: HTTP status`).to.equal(200);
  return response.text();
}

/** A JSON file served by the test server, parsed. */
export async function loadJson(url: string): Promise<unknown> {
  return JSON.parse(await loadText(url)) as unknown;
}

/** The result of a feed that had to be accepted; fails the test with the feed's error otherwise. */
export function accepted(result: ParseResult, what = 'the feed'): Extract<ParseResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ${what} to be accepted, got: ${result.error.message}`);
  return result;
}

/** The error of a feed that had to be rejected. */
export function rejected(result: ParseResult): FeedError {
  if (result.ok) throw new Error('expected the feed to be rejected');
  return result.error;
}

/** The model of `input`, which must parse and be read as `format`. */
export function modelAs(format: FeedFormat, input: unknown, options?: ParseOptions): FeedModel {
  const result = accepted(parseFeed(input, options));
  expect(result.format).to.equal(format);
  return result.model;
}

/** Why `input` is rejected (it must be). */
export function rejection(input: unknown, options?: ParseOptions): FeedError {
  return rejected(parseFeed(input, options));
}

/** The incident with this id; fails the test when there is none. */
export function incident(model: FeedModel, id: string): Incident {
  const found = model.incidents.find((i) => i.id === id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
}

/** The maintenance with this id; fails the test when there is none. */
export function maintenance(model: FeedModel, id: string): Maintenance {
  const found = model.maintenances.find((m) => m.id === id);
  if (!found) throw new Error(`no maintenance ${id}`);
  return found;
}
