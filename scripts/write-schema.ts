// Regenerates schema/status-feed.schema.json from the zod schema (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { feedJsonSchemaText } from '../src/feed/json-schema.js';

const target = new URL('../schema/status-feed.schema.json', import.meta.url);
writeFileSync(target, feedJsonSchemaText());
console.log(`wrote ${target.pathname}`);
