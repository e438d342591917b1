/** `<!-- changelog -->`: CHANGELOG.md as HTML, without its own top heading (the page has one). */
import { readFileSync } from 'node:fs';
import { marked } from 'marked';

export function changelogHtml(path: string): string {
  const markdown = readFileSync(path, 'utf8').replace(/^# .*\n/, '');
  return marked.parse(markdown, { async: false });
}
