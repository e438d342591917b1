/**
 * Markdown for the site (CHANGELOG.md, the API tables, the schema's descriptions), with `marked`.
 * HTML written in the Markdown is shown as text, never parsed: `"<title>: <status>"` in a
 * changelog line is words about Atom titles, not a tag.
 */
import { Marked } from 'marked';
import { escapeHtml } from './html.js';

const marked = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

export const markdown = (text: string): string => marked.parse(text, { async: false });
export const markdownInline = (text: string): string => marked.parseInline(text, { async: false });
