/**
 * `<!-- feed-format -->`: the reference of the native feed, generated from its JSON Schema
 * (schema/status-feed.schema.json, itself generated from the zod schema). One table per kind
 * of object — the document, `page`, `components[]`, `incidents[].updates[]`, … — with every
 * field's type (and limits), default, description and an example, taken from the schema's own
 * `examples` or else from the example feeds in demo/feeds/.
 */
import { readFileSync } from 'node:fs';
import { markdownInline } from './markdown.js';
import { escapeHtml } from './html.js';

interface SchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: (string | number)[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

/** An object in the schema, at its path (`incidents[].updates[]`). */
interface ObjectNode {
  path: string;
  node: SchemaNode;
  description?: string;
}

const inline = (text: string | undefined) => (text ? markdownInline(text) : '');
const code = (value: unknown) =>
  `<code>${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}</code>`;
const anchor = (path: string) => `feed-${path.replace(/\[\]/g, '').replace(/\./g, '-') || 'document'}`;

/** Every object in the schema, depth first: the document, then each object field or list item. */
function objects(node: SchemaNode, path = '', description?: string): ObjectNode[] {
  const found: ObjectNode[] = [{ path, node, description: description ?? node.description }];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const childPath = path ? `${path}.${name}` : name;
    if (child.type === 'object') found.push(...objects(child, childPath, child.description));
    if (child.type === 'array' && child.items?.type === 'object')
      found.push(...objects(child.items, `${childPath}[]`, child.description ?? child.items.description));
  }
  return found;
}

function limits(node: SchemaNode): string[] {
  const out: string[] = [];
  if (node.format) out.push(node.format);
  if (node.maxLength !== undefined) out.push(`at most ${node.maxLength.toLocaleString('en')} characters`);
  if (node.maxItems !== undefined) out.push(`at most ${node.maxItems.toLocaleString('en')} items`);
  if (node.minimum !== undefined && node.maximum !== undefined)
    out.push(`${node.minimum} to ${node.maximum}`);
  return out;
}

function typeCell(node: SchemaNode, path: string): string {
  if (node.const !== undefined) return code(node.const);
  if (node.enum) return node.enum.map(code).join(' | ');
  if (node.type === 'object') return `object, see <a href="#${anchor(path)}"><code>${path}</code></a>`;
  if (node.type === 'array') {
    const items = node.items ?? {};
    const note = limits(node).join(', ');
    if (items.type === 'object')
      return `list of objects (${note}), see <a href="#${anchor(`${path}[]`)}"><code>${path}[]</code></a>`;
    const each = limits(items).join(', ');
    return `list of ${items.type ?? 'values'}s${each ? ` (each ${each})` : ''}${note ? `, ${note}` : ''}`;
  }
  const note = limits(node).join(', ');
  return `${node.type ?? 'any'}${note ? ` (${note})` : ''}`;
}

/** The first value at `path` in the example feeds (lists searched item by item). */
function exampleFrom(feeds: unknown[], path: string[]): unknown {
  const find = (value: unknown, rest: string[]): unknown => {
    if (rest.length === 0) return value;
    const [head, ...tail] = rest;
    if (head === '[]') {
      if (!Array.isArray(value)) return undefined;
      for (const item of value) {
        const found = find(item, tail);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (value && typeof value === 'object') return find((value as Record<string, unknown>)[head!], tail);
    return undefined;
  };
  for (const feed of feeds) {
    const found = find(feed, path);
    if (found !== undefined) return found;
  }
  return undefined;
}

function exampleCell(node: SchemaNode, path: string, feeds: unknown[]): string {
  if (node.type === 'object' || (node.type === 'array' && node.items?.type === 'object')) return '';
  if (node.examples?.length) return node.examples.slice(0, 2).map(code).join(', ');
  const segments = path.split(/(\[\])|\./).filter(Boolean);
  let value = exampleFrom(feeds, segments);
  if (value === undefined && node.enum) value = node.enum[0];
  if (value === undefined) return '';
  if (Array.isArray(value)) value = value.slice(0, 3);
  let text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
  if (text.length > 90) text = `${text.slice(0, 86)}…${text.startsWith('"') ? '"' : ''}`;
  return `<code>${escapeHtml(text)}</code>`;
}

function table(object: ObjectNode, feeds: unknown[]): string {
  const required = new Set(object.node.required ?? []);
  const rows = Object.entries(object.node.properties ?? {}).map(([name, child]) => {
    const path = object.path ? `${object.path}.${name}` : name;
    const description = child.description ?? (child.type === 'array' ? child.items?.description : undefined);
    return `<tr>
<th scope="row"><code>${name}</code>${required.has(name) ? ' <span class="required">required</span>' : ''}</th>
<td>${typeCell(child, path)}</td>
<td>${child.default !== undefined ? code(child.default) : ''}</td>
<td>${inline(description)}</td>
<td>${exampleCell(child, path, feeds)}</td>
</tr>`;
  });
  return `<table class="fields">
<thead><tr><th scope="col">field</th><th scope="col">type</th><th scope="col">default</th><th scope="col">description</th><th scope="col">example</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

export function feedFormatHtml(schemaPath: string, feedPaths: string[]): string {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaNode;
  const feeds = feedPaths.map((path) => JSON.parse(readFileSync(path, 'utf8')) as unknown);
  return objects(schema)
    .map((object) => {
      const title = object.path ? `<code>${object.path}</code>` : 'The document';
      return `<h3 id="${anchor(object.path)}">${title}</h3>\n${object.description ? `<p>${inline(object.description)}</p>\n` : ''}${table(object, feeds)}`;
    })
    .join('\n');
}
