// Writes the framework JSX and template types to dist/jsx/ from dist/custom-elements.json
// (`npm run build:jsx`, after `npm run build:manifest`); scripts/jsx-types.ts makes them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsxTypes, type Manifest } from './jsx-types.js';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', dist), 'utf8')) as Manifest;
const out = new URL('jsx/', dist);
mkdirSync(out, { recursive: true });
const files = jsxTypes(manifest);
for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, out), text);
console.log(`wrote ${out.pathname}: ${Object.keys(files).join(', ')}`);
