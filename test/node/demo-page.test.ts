// The demo page (`npm start`): its own markup adds no live region (only the elements' regions,
// inside their shadow roots, are live, so loading the page announces nothing but what they
// show), and each element sits in the section named after it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const html = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');
const script = readFileSync(new URL('../../demo/main.ts', import.meta.url), 'utf8');

/** The inner markup of the one `<section class="…">` with the given class. */
function section(name: string): string {
  const matches = [...html.matchAll(/<section\b[^>]*\bclass="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g)].filter(
    (match) => match[1]!.split(/\s+/).includes(name),
  );
  assert.equal(matches.length, 1, `one <section class="${name}">`);
  return matches[0]![2]!;
}

const tags = (markup: string): string[] =>
  [...markup.matchAll(/<(status-banner|maintenance-notice|incident-timeline|status-indicator)\b/g)].map(
    (match) => match[1]!,
  );

describe('the demo page', () => {
  it('has one <main> and no live region of its own (the feed dump is not announced)', () => {
    const mains = [...html.matchAll(/<main\b[^>]*>/g)];
    assert.equal(mains.length, 1, 'one <main>');
    assert.doesNotMatch(html, /aria-live|role="(status|alert|log)"/, 'live region in demo/index.html');
    assert.doesNotMatch(script, /aria-live|ariaLive|\brole\b/, 'demo/main.ts makes a live region');
  });

  it('keeps each element in its own section', () => {
    const expected = {
      banners: 'status-banner',
      notices: 'maintenance-notice',
      timelines: 'incident-timeline',
      indicators: 'status-indicator',
    } as const;
    for (const [name, tag] of Object.entries(expected)) {
      const found = tags(section(name));
      assert.ok(found.length > 0, `the ${name} section shows <${tag}>`);
      assert.deepEqual(
        found.filter((other) => other !== tag),
        [],
        `the ${name} section holds only <${tag}>`,
      );
    }
  });
});
