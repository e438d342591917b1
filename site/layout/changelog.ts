/** `<!-- changelog -->`: CHANGELOG.md as HTML, without its own top heading (the page has one). */
import { readFileSync } from 'node:fs';
import { markdown } from './markdown.js';

export function changelogHtml(path: string): string {
  const text = readFileSync(path, 'utf8').replace(/^# .*\n/, '');
  return markdown(text);
}
