/**
 * `<!-- api:TAG -->`: the element's API tables (attributes, properties, events, parts, CSS
 * custom properties) from the Custom Elements Manifest, the same tables as the README's
 * (scripts/api-tables.mjs), each under its own heading.
 */
import { existsSync } from 'node:fs';
import { markdown } from './markdown.js';
import { apiSections, elementDeclarations, readManifest } from '../../scripts/api-tables.mjs';

export function apiHtml(tag: string, manifestPath: string): string {
  if (!existsSync(manifestPath))
    throw new Error(`<!-- api:${tag} -->: ${manifestPath} is missing; run \`npm run build:manifest\` first`);
  const element = elementDeclarations(readManifest(manifestPath)).find((d) => d.tagName === tag);
  if (!element)
    throw new Error(`<!-- api:${tag} -->: the manifest (${manifestPath}) has no element <${tag}>`);
  return apiSections(element)
    .map((section) => `<h3 id="${section.id}">${section.title}</h3>\n${markdown(section.markdown)}`)
    .join('\n');
}
