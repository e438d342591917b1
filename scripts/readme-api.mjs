// Writes each element's API tables (attributes, properties, events, parts, CSS properties) into
// README.md between `<!-- api:TAG:start -->` and `<!-- api:TAG:end -->`, from the Custom Elements
// Manifest, so the README is generated from the JSDoc and never hand-kept. The tables themselves
// come from scripts/api-tables.mjs, which the documentation site uses too.
//   npm run build:manifest && node scripts/readme-api.mjs          # rewrite README.md
//   node scripts/readme-api.mjs --check                            # exit 1 when README.md is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { apiTables as tables, elementDeclarations, readManifest } from './api-tables.mjs';

const manifest = readManifest();

let readme = readFileSync('README.md', 'utf8');
const original = readme;
const tags = elementDeclarations(manifest).map((d) => d.tagName);
for (const [, tag] of readme.matchAll(/<!-- api:([\w-]+):start -->/g)) {
  if (!tags.includes(tag)) {
    console.error(`README.md has API tables for <${tag}>, which the manifest does not list as an element`);
    process.exit(1);
  }
}
for (const declaration of elementDeclarations(manifest)) {
  const start = `<!-- api:${declaration.tagName}:start -->`;
  const end = `<!-- api:${declaration.tagName}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`README.md has no ${start} … ${end} section for <${declaration.tagName}>`);
    process.exit(1);
  }
  readme = `${readme.slice(0, from + start.length)}\n${tables(declaration)}\n${readme.slice(to)}`;
}
if (process.argv.includes('--check')) {
  if (readme !== original) {
    console.error('README.md API tables are out of date: run `npm run docs`');
    process.exit(1);
  }
} else if (readme !== original) {
  writeFileSync('README.md', readme);
  console.log('README.md API tables updated');
}
