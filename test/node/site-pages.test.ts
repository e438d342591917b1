// The documentation site's pages (site/*.html, `npm start`): each is a plain page in the shape the
// layout plugin expects (lang, title, one <main id="content">), its own markup and the site's
// script add no live region (only the elements' regions, inside their shadow roots, are live, so
// loading a page announces nothing but what they show), and each element's page shows only that
// element in its examples. The playground (site/playground.html) has its own tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const site = new URL('../../site/', import.meta.url);
const pages = readdirSync(site).filter((name) => name.endsWith('.html') && name !== 'playground.html');
const read = (name: string) => readFileSync(new URL(name, site), 'utf8');
const TAGS = [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
];

describe('the documentation site pages', () => {
  it('has a page for each element, and the overview', () => {
    for (const name of ['index', ...TAGS]) assert.ok(pages.includes(`${name}.html`), `site/${name}.html`);
  });

  for (const name of pages) {
    it(`${name}: lang, a title, one <main id="content">, and no live region of its own`, () => {
      const html = read(name);
      assert.match(html, /^<!doctype html>\s*<html lang="en">/);
      assert.match(html, /<meta charset="utf-8" \/>/);
      assert.match(html, /<title>[^<]+ · status-widgets<\/title>/);
      assert.equal([...html.matchAll(/<main\b[^>]*>/g)].length, 1, 'one <main>');
      assert.match(html, /<main id="content">/);
      // In a tag, not in the text (the accessibility page writes about role="alert").
      assert.doesNotMatch(
        html,
        /<[^>]*\s(aria-live=|role="(status|alert|log)")[^>]*>/,
        `a live region in site/${name}`,
      );
    });
  }

  it("the site's script makes no live region", () => {
    const client = new URL('client/', site);
    for (const file of readdirSync(client)) {
      const script = readFileSync(new URL(file, client), 'utf8');
      assert.doesNotMatch(script, /aria-live|ariaLive|\brole\b/, `site/client/${file} makes a live region`);
    }
  });

  for (const tag of TAGS) {
    it(`${tag}.html shows only <${tag}> in its examples`, () => {
      const examples = [...read(`${tag}.html`).matchAll(/<site-example\b[^>]*>([\s\S]*?)<\/site-example>/g)];
      assert.ok(examples.length > 0, 'the page has examples');
      for (const [, markup] of examples) {
        const found = [...markup!.matchAll(/<([a-z]+-[a-z-]+)\b/g)].map((match) => match[1]);
        assert.ok(found.includes(tag), `an example without <${tag}>`);
        assert.deepEqual(
          found.filter((other) => other !== tag),
          [],
          `the examples on ${tag}.html hold only <${tag}>`,
        );
      }
    });
  }
});
