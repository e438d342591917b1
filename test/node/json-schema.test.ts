// The published JSON Schema is generated from the zod schema and must be kept up to date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { feedJsonSchema, feedJsonSchemaText } from '../../src/feed/json-schema.js';
import { FEED_LIMITS } from '../../src/feed/schema.js';
import { isRecord } from '../../src/feed/adapters/adapter.js';

/** The value at `path` inside a JSON value; undefined when the path does not exist. */
function at(value: unknown, ...path: string[]): unknown {
  let node = value;
  for (const key of path) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** The string at `path`; fails the test when it is missing or not a string. */
function stringAt(value: unknown, ...path: string[]): string {
  const found = at(value, ...path);
  if (typeof found !== 'string') assert.fail(`${path.join('.')}: expected a string, got ${typeof found}`);
  return found;
}

describe('schema/status-feed.schema.json', () => {
  it('matches what the zod schema generates (run `npm run schema` after changing the schema)', () => {
    assert.equal(readFileSync('schema/status-feed.schema.json', 'utf8'), feedJsonSchemaText());
  });

  it('documents the fields and their formats', () => {
    const schema = feedJsonSchema();
    const incident = at(schema, 'properties', 'incidents', 'items', 'properties');
    assert.equal(at(incident, 'startedAt', 'format'), 'date-time');
    assert.match(stringAt(incident, 'startedAt', 'description'), /began/);
    const recurrence = at(
      schema,
      'properties',
      'maintenances',
      'items',
      'properties',
      'recurrence',
      'properties',
    );
    assert.match(stringAt(recurrence, 'rule', 'description'), /RRULE subset/);
    // Only the version is required: `{"version": 1, "maintenances": [...]}` is a feed.
    assert.deepEqual(schema['required'], ['version']);
    assert.equal(at(schema, 'properties', 'page', 'required'), undefined);
  });

  it('states the limits of FEED_LIMITS', () => {
    const schema = feedJsonSchema();
    const maintenance = at(schema, 'properties', 'maintenances', 'items', 'properties');
    assert.equal(at(schema, 'properties', 'incidents', 'maxItems'), FEED_LIMITS.incidents);
    assert.equal(at(schema, 'properties', 'maintenances', 'maxItems'), FEED_LIMITS.maintenances);
    assert.equal(at(schema, 'properties', 'components', 'maxItems'), FEED_LIMITS.components);
    assert.equal(at(schema, 'properties', 'regions', 'maxItems'), FEED_LIMITS.regions);
    assert.equal(at(maintenance, 'recommendations', 'maxItems'), FEED_LIMITS.entries);
    assert.equal(at(maintenance, 'updates', 'maxItems'), FEED_LIMITS.updates);
    assert.equal(at(maintenance, 'title', 'maxLength'), FEED_LIMITS.title);
    assert.equal(at(maintenance, 'summary', 'maxLength'), FEED_LIMITS.text);
    assert.equal(at(maintenance, 'updates', 'items', 'properties', 'body', 'maxLength'), FEED_LIMITS.text);
  });

  it('documents daily uptime and when the history begins', () => {
    const schema = feedJsonSchema();
    const uptime = at(schema, 'properties', 'components', 'items', 'properties', 'uptime');
    assert.equal(at(uptime, 'maxItems'), FEED_LIMITS.uptime);
    assert.match(stringAt(uptime, 'description'), /one entry per date/);
    const day = at(uptime, 'items');
    assert.deepEqual(at(day, 'required'), ['date', 'percent']);
    assert.equal(at(day, 'properties', 'date', 'format'), 'date');
    assert.match(stringAt(day, 'properties', 'date', 'description'), /page's timeZone \(UTC when/);
    assert.equal(at(day, 'properties', 'percent', 'type'), 'number');
    assert.equal(at(day, 'properties', 'percent', 'minimum'), 0);
    assert.equal(at(day, 'properties', 'percent', 'maximum'), 100);
    const historyStart = at(schema, 'properties', 'page', 'properties', 'historyStart');
    assert.equal(at(historyStart, 'format'), 'date-time');
    assert.match(stringAt(historyStart, 'description'), /no data/);
  });
});
