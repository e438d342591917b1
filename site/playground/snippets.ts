/**
 * The code the playground's "Copy" offers: the chosen element with its attributes, pointed at
 * the user's feed URL, for plain HTML (CDN script), npm, React (the `status-widgets/react`
 * wrappers), Vue, Svelte and Angular, following the README's recipes. Pure: strings in,
 * strings out (the node tests read every target).
 */

export type SnippetTarget = 'html' | 'npm' | 'react' | 'vue' | 'svelte' | 'angular';

export const SNIPPET_TARGETS: readonly { id: SnippetTarget; label: string }[] = [
  { id: 'html', label: 'HTML (CDN)' },
  { id: 'npm', label: 'npm' },
  { id: 'react', label: 'React' },
  { id: 'vue', label: 'Vue' },
  { id: 'svelte', label: 'Svelte' },
  { id: 'angular', label: 'Angular' },
];

/** One attribute as the element gets it; `value` is '' for a boolean (a bare attribute). */
export interface SnippetAttribute {
  readonly name: string;
  /** The property it sets (`showEmpty` for `show-empty`), for the React wrappers' props. */
  readonly property?: string | undefined;
  readonly kind: 'checkbox' | 'select' | 'number' | 'text';
  readonly value: string;
}

export interface SnippetInput {
  readonly tag: string;
  readonly attributes: readonly SnippetAttribute[];
  /** Where the user's feed is published; becomes `src`. */
  readonly feedUrl: string;
}

export const CDN_BASE = 'https://unpkg.com/status-widgets/dist/cdn/';
export const PLACEHOLDER_FEED_URL = 'https://status.example.com/feed.json';

/** `maintenance-notice` → `MaintenanceNotice` (the React wrapper's name). */
export function componentName(tag: string): string {
  return tag
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `show-empty` → `showEmpty`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function all(input: SnippetInput): SnippetAttribute[] {
  const src = input.feedUrl.trim() || PLACEHOLDER_FEED_URL;
  return [
    { name: 'src', property: 'src', kind: 'text', value: src },
    ...input.attributes.filter((attribute) => attribute.name !== 'src'),
  ];
}

/** The element as an HTML tag: `<maintenance-notice src="…" show-empty></maintenance-notice>`. */
export function htmlTag(input: SnippetInput, indent = ''): string {
  const attributes = all(input).map((attribute) =>
    attribute.kind === 'checkbox'
      ? attribute.name
      : `${attribute.name}="${escapeAttribute(attribute.value)}"`,
  );
  const oneLine = `<${input.tag}${attributes.map((attribute) => ` ${attribute}`).join('')}></${input.tag}>`;
  if (indent.length + oneLine.length <= 120) return `${indent}${oneLine}`;
  return [
    `${indent}<${input.tag}`,
    ...attributes.map((attribute) => `${indent}  ${attribute}`),
    `${indent}></${input.tag}>`,
  ].join('\n');
}

function jsxProp(attribute: SnippetAttribute): string {
  const name = attribute.property ?? camelCase(attribute.name);
  if (attribute.kind === 'checkbox') return name;
  if (attribute.kind === 'number' && /^-?\d+(\.\d+)?$/.test(attribute.value))
    return `${name}={${attribute.value}}`;
  if (/["{}<>\\]/.test(attribute.value)) return `${name}={${JSON.stringify(attribute.value)}}`;
  return `${name}="${attribute.value}"`;
}

function reactElement(input: SnippetInput, indent: string): string {
  const name = componentName(input.tag);
  const props = all(input).map(jsxProp);
  const oneLine = `<${name}${props.map((prop) => ` ${prop}`).join('')} />`;
  if (indent.length + oneLine.length <= 120) return `${indent}${oneLine}`;
  return [`${indent}<${name}`, ...props.map((prop) => `${indent}  ${prop}`), `${indent}/>`].join('\n');
}

const define = (tag: string) => `import 'status-widgets/${tag}/define';`;

/** The snippet for one target. */
export function snippet(target: SnippetTarget, input: SnippetInput): string {
  const { tag } = input;
  switch (target) {
    case 'html':
      return [`<script type="module" src="${CDN_BASE}${tag}.js"></script>`, htmlTag(input), ''].join('\n');
    case 'npm':
      return [
        '// npm install status-widgets',
        '// In your app’s entry module (registers the element):',
        define(tag),
        '',
        '// Then, anywhere in your HTML or templates:',
        '// ' + htmlTag(input).split('\n').join('\n// '),
        '',
      ].join('\n');
    case 'react':
      return [
        '// npm install status-widgets',
        `import { ${componentName(tag)} } from 'status-widgets/react';`,
        '',
        'export function ServiceStatus() {',
        `  return ${reactElement(input, '  ').trimStart()};`,
        '}',
        '',
      ].join('\n');
    case 'vue':
      return [
        '<!-- npm install status-widgets; in vite.config: vue({ template: { compilerOptions: {',
        `     isCustomElement: (tag) => ['${tag}'].includes(tag) } } }) -->`,
        '<script setup>',
        define(tag),
        '</script>',
        '',
        '<template>',
        htmlTag(input, '  '),
        '</template>',
        '',
      ].join('\n');
    case 'svelte':
      return [
        '<!-- npm install status-widgets -->',
        '<script>',
        `  ${define(tag)}`,
        '</script>',
        '',
        htmlTag(input),
        '',
      ].join('\n');
    case 'angular': {
      const template = htmlTag(input, '    ')
        .replace(/\\/g, '\\\\')
        .replace(/`/g, '\\`')
        .replace(/\$\{/g, '\\${');
      return [
        '// npm install status-widgets',
        "import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';",
        define(tag),
        '',
        '@Component({',
        "  selector: 'app-service-status',",
        '  schemas: [CUSTOM_ELEMENTS_SCHEMA],',
        '  template: `',
        template,
        '  `,',
        '})',
        'export class ServiceStatusComponent {}',
        '',
      ].join('\n');
    }
  }
}
