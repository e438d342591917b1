// "Copy" in the playground: each target's code names the element, its attributes and the feed
// URL, in the form the README's framework recipes give.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CDN_BASE,
  PLACEHOLDER_FEED_URL,
  SNIPPET_TARGETS,
  camelCase,
  componentName,
  htmlTag,
  snippet,
  type SnippetInput,
} from '../../site/playground/snippets.js';

const input: SnippetInput = {
  tag: 'maintenance-notice',
  feedUrl: 'https://status.acme.example/feed.json',
  attributes: [
    { name: 'show-empty', property: 'showEmpty', kind: 'checkbox', value: '' },
    { name: 'heading-level', property: 'headingLevel', kind: 'number', value: '3' },
  ],
};

describe('playground: snippets', () => {
  it('names things as the package does', () => {
    assert.equal(componentName('maintenance-notice'), 'MaintenanceNotice');
    assert.equal(componentName('component-status'), 'ComponentStatus');
    assert.equal(camelCase('with-credentials'), 'withCredentials');
    assert.deepEqual(
      SNIPPET_TARGETS.map((t) => t.id),
      ['html', 'npm', 'react', 'vue', 'svelte', 'angular'],
    );
  });

  it('writes the tag with src first, booleans bare and values escaped', () => {
    assert.equal(
      htmlTag(input),
      '<maintenance-notice src="https://status.acme.example/feed.json" show-empty heading-level="3"></maintenance-notice>',
    );
    const quoted = htmlTag({
      tag: 'status-banner',
      feedUrl: '',
      attributes: [{ name: 'components', kind: 'text', value: 'a"b<c' }],
    });
    assert.equal(
      quoted,
      `<status-banner src="${PLACEHOLDER_FEED_URL}" components="a&quot;b&lt;c"></status-banner>`,
    );
  });

  it('breaks a long tag into one attribute per line', () => {
    const long = htmlTag({
      ...input,
      attributes: [
        ...input.attributes,
        { name: 'components', kind: 'text', value: 'dashboard,analytics,reports,ingest-api' },
      ],
    });
    const lines = long.split('\n');
    assert.equal(lines[0], '<maintenance-notice');
    assert.equal(lines[1], '  src="https://status.acme.example/feed.json"');
    assert.equal(lines.at(-1), '></maintenance-notice>');
  });

  it('plain HTML loads the element’s CDN file', () => {
    const code = snippet('html', input);
    assert.ok(code.startsWith(`<script type="module" src="${CDN_BASE}maintenance-notice.js"></script>\n`));
    assert.ok(code.includes('<maintenance-notice src="https://status.acme.example/feed.json" show-empty'));
  });

  it('npm imports the define module', () => {
    const code = snippet('npm', input);
    assert.ok(code.includes("import 'status-widgets/maintenance-notice/define';"));
    assert.ok(code.includes('npm install status-widgets'));
  });

  it('React uses the wrapper with typed props', () => {
    const code = snippet('react', input);
    assert.ok(code.includes("import { MaintenanceNotice } from 'status-widgets/react';"));
    assert.ok(
      code.includes(
        '<MaintenanceNotice src="https://status.acme.example/feed.json" showEmpty headingLevel={3} />',
      ),
      code,
    );
    const odd = snippet('react', {
      tag: 'status-banner',
      feedUrl: '',
      attributes: [{ name: 'components', kind: 'text', value: 'a"b' }],
    });
    assert.ok(odd.includes('components={"a\\"b"}'), odd);
  });

  it('Vue names the tag as a custom element', () => {
    const code = snippet('vue', input);
    assert.ok(code.includes("isCustomElement: (tag) => ['maintenance-notice'].includes(tag)"));
    assert.ok(code.includes('<script setup>'));
    assert.ok(code.includes('  <maintenance-notice src='));
  });

  it('Svelte imports the define module in its script', () => {
    const code = snippet('svelte', input);
    assert.ok(code.includes("<script>\n  import 'status-widgets/maintenance-notice/define';\n</script>"));
  });

  it('Angular allows custom elements and escapes its template literal', () => {
    const code = snippet('angular', input);
    assert.ok(code.includes('schemas: [CUSTOM_ELEMENTS_SCHEMA]'));
    assert.ok(code.includes("import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';"));
    const tricky = snippet('angular', {
      tag: 'status-banner',
      feedUrl: '',
      attributes: [{ name: 'components', kind: 'text', value: '`${x}`' }],
    });
    assert.ok(tricky.includes('components="\\`\\${x}\\`"'), tricky);
  });

  it('every target points at the placeholder when no URL is given', () => {
    for (const { id } of SNIPPET_TARGETS) {
      const code = snippet(id, { ...input, feedUrl: '  ' });
      assert.ok(code.includes(PLACEHOLDER_FEED_URL), id);
    }
  });
});
