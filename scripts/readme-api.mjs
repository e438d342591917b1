// Writes each element's API tables (attributes, properties, events, parts, CSS properties) into
// README.md between `<!-- api:TAG:start -->` and `<!-- api:TAG:end -->`, from the Custom Elements
// Manifest, so the README is generated from the JSDoc and never hand-kept.
//   npm run build:manifest && node scripts/readme-api.mjs          # rewrite README.md
//   node scripts/readme-api.mjs --check                            # exit 1 when README.md is stale
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function tables(element) {
  const out = [];
  const attributes = element.attributes ?? [];
  out.push('| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
  for (const a of attributes) {
    out.push(
      `| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)} |`,
    );
  }
  const propertiesOnly = (element.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.privacy &&
      !m.static &&
      !attributes.some((a) => a.fieldName === m.name) &&
      m.description,
  );
  if (propertiesOnly.length) {
    out.push('', '| property (no attribute) | type | description |', '| --- | --- | --- |');
    for (const p of propertiesOnly)
      out.push(`| ${code(p.name)} | ${code(p.type?.text)} | ${cell(p.description)} |`);
  }
  out.push('', '| event | type | description |', '| --- | --- | --- |');
  for (const e of element.events ?? [])
    out.push(`| ${code(e.name)} | ${code(e.type?.text)} | ${cell(e.description)} |`);
  out.push('', '| part | description |', '| --- | --- |');
  for (const p of element.cssParts ?? []) out.push(`| ${code(p.name)} | ${cell(p.description)} |`);
  out.push('', '| CSS property | description |', '| --- | --- |');
  for (const p of element.cssProperties ?? []) out.push(`| ${code(p.name)} | ${cell(p.description)} |`);
  return out.join('\n');
}

let readme = readFileSync('README.md', 'utf8');
const original = readme;
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
for (const [, tag] of readme.matchAll(/<!-- api:([\w-]+):start -->/g)) {
  if (!tags.includes(tag)) {
    console.error(`README.md has API tables for <${tag}>, which the manifest does not list as an element`);
    process.exit(1);
  }
}
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
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
