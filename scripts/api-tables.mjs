// The API tables of one element (attributes, properties, events, parts, CSS properties), as
// Markdown, from its declaration in the Custom Elements Manifest. Shared by the README
// (scripts/readme-api.mjs) and the documentation site (site/layout/api.ts), so both show the
// same tables, generated from the JSDoc.
import { readFileSync } from 'node:fs';

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** The manifest written by `npm run build:manifest`. */
export function readManifest(path = 'dist/custom-elements.json') {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every element declaration in the manifest (those with a tag name). */
export function elementDeclarations(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
}

/**
 * The element's tables, each `{ id, title, markdown }`: attributes, properties without an
 * attribute (only when there are any), events, parts and CSS custom properties.
 */
export function apiSections(element) {
  const attributes = element.attributes ?? [];
  const table = (head, rows) =>
    [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows].join('\n');
  const sections = [
    {
      id: 'attributes',
      title: 'Attributes',
      markdown: table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributes.map(
          (a) =>
            `| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)} |`,
        ),
      ),
    },
  ];
  const propertiesOnly = (element.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.privacy &&
      !m.static &&
      !attributes.some((a) => a.fieldName === m.name) &&
      m.description,
  );
  if (propertiesOnly.length) {
    sections.push({
      id: 'properties',
      title: 'Properties',
      markdown: table(
        ['property (no attribute)', 'type', 'description'],
        propertiesOnly.map((p) => `| ${code(p.name)} | ${code(p.type?.text)} | ${cell(p.description)} |`),
      ),
    });
  }
  sections.push(
    {
      id: 'events',
      title: 'Events',
      markdown: table(
        ['event', 'type', 'description'],
        (element.events ?? []).map(
          (e) => `| ${code(e.name)} | ${code(e.type?.text)} | ${cell(e.description)} |`,
        ),
      ),
    },
    {
      id: 'parts',
      title: 'Parts',
      markdown: table(
        ['part', 'description'],
        (element.cssParts ?? []).map((p) => `| ${code(p.name)} | ${cell(p.description)} |`),
      ),
    },
    {
      id: 'css-properties',
      title: 'CSS custom properties',
      markdown: table(
        ['CSS property', 'description'],
        (element.cssProperties ?? []).map((p) => `| ${code(p.name)} | ${cell(p.description)} |`),
      ),
    },
  );
  return sections;
}

/** The element's tables as one Markdown block (what the README holds). */
export function apiTables(element) {
  return apiSections(element)
    .map((section) => section.markdown)
    .join('\n\n');
}
