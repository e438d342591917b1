// The playground's attribute controls come from the Custom Elements Manifest: the control for
// each attribute follows its declared type.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  attributeControls,
  attributesFromValues,
  commonAttributes,
  completions,
  controlKind,
  elementTags,
  feedSuggestions,
  stringLiterals,
  type Manifest,
} from '../../site/playground/attributes.js';

// Shaped as the analyzer writes dist/custom-elements.json.
const manifest: Manifest = {
  modules: [
    {
      declarations: [
        {
          tagName: 'status-banner',
          attributes: [
            {
              name: 'lead',
              fieldName: 'lead',
              type: { text: 'number' },
              default: '48',
              description: 'Hours.',
            },
            {
              name: 'show-operational',
              fieldName: 'showOperational',
              type: { text: 'boolean' },
              default: 'false',
            },
            { name: 'dismissible', fieldName: 'dismissible', type: { text: 'string | undefined' } },
            {
              name: 'position',
              fieldName: 'position',
              type: { text: "'static' | 'sticky' | 'fixed'" },
              default: "'static'",
            },
            { name: 'src', fieldName: 'src', type: { text: 'string | undefined' } },
            { name: 'format', fieldName: 'format', type: { text: 'FeedFormat | undefined' } },
            { name: 'locale', fieldName: 'locale', type: { text: 'string | undefined' } },
            {
              name: 'theme',
              fieldName: 'theme',
              type: { text: "'light' | 'dark' | 'auto'" },
              default: "'light'",
            },
          ],
        },
      ],
    },
    { declarations: [{ name: 'helper' }] },
    {
      declarations: [
        {
          tagName: 'status-indicator',
          attributes: [
            { name: 'variant', fieldName: 'variant', type: { text: 'IndicatorVariant' }, default: "'text'" },
            { name: 'src', fieldName: 'src', type: { text: 'string | undefined' } },
            { name: 'format', fieldName: 'format', type: { text: 'FeedFormat | undefined' } },
            { name: 'locale', fieldName: 'locale', type: { text: 'string | undefined' } },
            {
              name: 'theme',
              fieldName: 'theme',
              type: { text: "'light' | 'dark' | 'auto'" },
              default: "'light'",
            },
          ],
        },
      ],
    },
  ],
};
const aliases = { FeedFormat: ['native', 'statuspage'], IndicatorVariant: ['text', 'dot', 'badge'] };

describe('playground: attribute controls', () => {
  it('lists the elements', () => {
    assert.deepEqual(elementTags(manifest), ['status-banner', 'status-indicator']);
    assert.deepEqual(commonAttributes(manifest), ['src', 'format', 'locale', 'theme']);
  });

  it('chooses a control by type', () => {
    assert.deepEqual(controlKind('boolean'), { kind: 'checkbox', options: [] });
    assert.deepEqual(controlKind('number'), { kind: 'number', options: [] });
    assert.deepEqual(controlKind("'a' | 'b' | undefined"), { kind: 'select', options: ['a', 'b'] });
    assert.deepEqual(controlKind('string | undefined'), { kind: 'text', options: [] });
    assert.deepEqual(controlKind('FeedFormat | undefined', aliases), {
      kind: 'select',
      options: ['native', 'statuspage'],
    });
    assert.deepEqual(controlKind('FeedFormat | undefined'), { kind: 'text', options: [] });
    assert.equal(stringLiterals("'a' | string"), undefined);
  });

  it('builds the controls of one element in order, skipping what the playground sets', () => {
    const controls = attributeControls(manifest, 'status-banner', {
      aliases,
      skip: ['src'],
      suggestions: { locale: ['en', 'de'] },
    });
    assert.deepEqual(
      controls.map((c) => [c.attribute, c.kind, c.defaultValue]),
      [
        ['lead', 'number', '48'],
        ['show-operational', 'checkbox', 'false'],
        ['dismissible', 'text', ''],
        ['position', 'select', 'static'],
        ['format', 'select', ''],
        ['locale', 'text', ''],
        ['theme', 'select', 'light'],
      ],
    );
    assert.deepEqual(controls.find((c) => c.attribute === 'locale')!.suggestions, ['en', 'de']);
    assert.deepEqual(controls.find((c) => c.attribute === 'position')!.options, [
      'static',
      'sticky',
      'fixed',
    ]);
    assert.equal(controls[0]!.property, 'lead');
    assert.equal(controls[0]!.description, 'Hours.');
    assert.deepEqual(attributeControls(manifest, 'no-such-element'), []);
  });

  it('turns control values into attributes', () => {
    const controls = attributeControls(manifest, 'status-banner', { aliases });
    assert.deepEqual(
      attributesFromValues(controls, {
        lead: '12',
        'show-operational': true,
        dismissible: '',
        position: 'static', // the default: no attribute
        theme: 'dark',
        format: 'statuspage',
      }),
      [
        ['lead', '12'],
        ['show-operational', ''],
        ['format', 'statuspage'],
        ['theme', 'dark'],
      ],
    );
    assert.deepEqual(attributesFromValues(controls, { 'show-operational': false, lead: '  ' }), []);
  });

  it('suggests the ids the feed defines', () => {
    const doc = {
      components: [{ id: 'api' }, { id: 'web' }, { id: 'api' }, { name: 'no id' }],
      regions: [{ id: 'eu' }],
      maintenances: [{ id: 'm1' }],
      incidents: 'not a list',
    };
    assert.deepEqual(feedSuggestions(doc), {
      components: ['api', 'web'],
      regions: ['eu'],
      maintenance: ['m1'],
      incident: [],
    });
    assert.deepEqual(feedSuggestions(null), { components: [], regions: [], maintenance: [], incident: [] });
  });

  it('completes comma lists with the ids not yet typed', () => {
    const ids = ['api', 'web', 'db', 'api'];
    assert.deepEqual(completions('components', '', ids), ['api', 'web', 'db']);
    assert.deepEqual(completions('components', 'API, we', ids), ['API, web', 'API, db']);
    assert.deepEqual(completions('regions', 'eu,', ['eu', 'us']), ['eu,us']);
    assert.deepEqual(completions('maintenance', 'x,', ['m1', 'm2']), ['m1', 'm2']);
  });
});
