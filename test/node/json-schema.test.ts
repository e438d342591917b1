// The published JSON Schema is generated from the zod schema and must be kept up to date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { feedJsonSchema, feedJsonSchemaText } from '../../src/feed/json-schema.js';

describe('schema/status-feed.schema.json', () => {
  it('matches what the zod schema generates (run `npm run schema` after changing the schema)', () => {
    assert.equal(readFileSync('schema/status-feed.schema.json', 'utf8'), feedJsonSchemaText());
  });

  it('documents the fields and their formats', () => {
    const schema = feedJsonSchema() as any;
    const incident = schema.properties.incidents.items.properties;
    assert.equal(incident.startedAt.format, 'date-time');
    assert.match(incident.startedAt.description, /began/);
    const recurrence = schema.properties.maintenances.items.properties.recurrence.properties;
    assert.match(recurrence.rule.description, /RRULE subset/);
    assert.deepEqual(schema.required, ['version', 'page']);
  });
});
