/**
 * Deep links: every heading in the page's content gets an id (its own, or one made from its
 * text, unique in the page) and becomes a link to itself, so any section can be linked to; a
 * page with three sections or more starts with a list of them ("On this page").
 * Tables get a wrapper that scrolls sideways on its own (a keyboard can reach it), so a wide
 * table never makes the page scroll at 320 px.
 */
import { slug } from './html.js';

export function linkHeadings(content: string): string {
  const used = new Set([...content.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const heading = /<h([1-6])((?:\s[^>]*)?)>([\s\S]*?)<\/h\1>/g;
  let lastHeading = '';
  const sections: { id: string; inner: string }[] = [];
  let withIds = content.replace(heading, (_all, level: string, attrs: string, inner: string) => {
    let id = /\sid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) {
      const base = slug(inner);
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      attrs = `${attrs} id="${id}"`;
    }
    if (level === '2') sections.push({ id, inner: inner.trim() });
    return `<h${level}${attrs}><a class="self-link" href="#${id}">${inner.trim()}</a></h${level}>`;
  });
  // Pages with three sections or more list them before the first.
  const first = withIds.search(/<h2[\s>]/);
  if (sections.length >= 3 && first >= 0) {
    const items = sections
      .map((section) => `<li><a href="#${section.id}">${section.inner}</a></li>`)
      .join('');
    const toc = `<nav class="on-this-page" aria-labelledby="on-this-page"><p id="on-this-page">On this page</p><ul>${items}</ul></nav>\n`;
    withIds = withIds.slice(0, first) + toc + withIds.slice(first);
  }
  // Each table scrolls in its own box, named after the heading above it.
  return withIds.replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>|<table\b[\s\S]*?<\/table>/g, (match) => {
    if (!match.startsWith('<table')) {
      lastHeading = match.replace(/<[^>]*>/g, '').trim();
      return match;
    }
    const label = lastHeading ? `${lastHeading} (table)` : 'Table';
    return `<div class="table-wrap" tabindex="0" role="region" aria-label="${label.replace(/"/g, '&quot;')}">${match}</div>`;
  });
}
