// The Custom Elements Manifest (dist/custom-elements.json, read by IDEs, wrapper generators and
// docs tools) describes what the package ships: built module paths, one tag → class definition
// per element, exactly the documented events with their types, only public members, and the
// same API as the README's generated tables. The test runs the analyzer itself (as
// `npm run build:manifest` does, with custom-elements-manifest.config.mjs) into a temporary
// directory, so it needs no build and never reads a stale dist/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import * as events from '../../src/elements/shared/events.js';

interface Reference {
  name: string;
  module?: string;
  package?: string;
}
interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration extends Item {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: Reference;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Module {
  kind: string;
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: Reference }[];
}
interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

/** What each element fires (its `@fires` tags): every element the feed's events, the banner dismissal too. */
const FIRES: Record<string, string[]> = {
  'status-banner': ['status-load', 'status-error', 'status-change', 'status-dismiss'],
  'maintenance-notice': ['status-load', 'status-error', 'status-change'],
  'incident-timeline': ['status-load', 'status-error', 'status-change'],
  'status-indicator': ['status-load', 'status-error', 'status-change'],
  'component-status': ['status-load', 'status-error', 'status-change'],
};

/** Well below the 366 KB the manifest had with private members, source paths and every module. */
const MAX_BYTES = 160_000;

const readme = readFileSync('README.md', 'utf8');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  customElements: string;
  exports: Record<string, string | { default?: string }>;
};
const README_TAGS = [...readme.matchAll(/<!-- api:([\w-]+):start -->/g)].map((m) => m[1]!);

/** A README table cell as text: no surrounding backticks, `\|` unescaped. */
const cellText = (cell: string) =>
  cell
    .trim()
    .replace(/^`(.*)`$/s, '$1')
    .replace(/\\\|/g, '|');
/** Descriptions as the README writes them: on one line. */
const oneLine = (text: string | undefined) => (text ?? '').replace(/\s*\n\s*/g, ' ');

/** The README's tables for `tag` (between its api markers), keyed by their first header. */
function readmeTables(tag: string): Map<string, Record<string, string>[]> {
  const start = `<!-- api:${tag}:start -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(`<!-- api:${tag}:end -->`);
  assert.ok(from >= 0 && to > from, `README.md has a ${start} … end section`);
  const tables = new Map<string, Record<string, string>[]>();
  for (const block of readme
    .slice(from + start.length, to)
    .trim()
    .split(/\n\s*\n/)) {
    const [header, rule, ...rows] = block.trim().split('\n');
    const cells = (line: string) =>
      line
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map(cellText);
    assert.ok(
      header && rule && /^\|( --- \|)+$/.test(rule),
      `a table in README.md's <${tag}> section:\n${block}`,
    );
    const names = cells(header);
    tables.set(
      names[0]!,
      rows.map((row) => Object.fromEntries(cells(row).map((value, i) => [names[i]!, value]))),
    );
  }
  return tables;
}

let manifest: Manifest;
let manifestBytes = 0;
const outdir = mkdtempSync(join(tmpdir(), 'status-widgets-cem-'));

before(async () => {
  const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  // The analyzer joins --outdir to the working directory, so it takes a relative path.
  try {
    await promisify(execFile)(process.execPath, [
      cem,
      'analyze',
      '--quiet',
      '--outdir',
      relative(process.cwd(), outdir),
    ]);
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    assert.fail(`cem analyze (npm run build:manifest) failed:\n${stderr || message}`);
  }
  const file = join(outdir, 'custom-elements.json');
  manifestBytes = statSync(file).size;
  manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
});
after(() => rmSync(outdir, { recursive: true, force: true }));

const declarations = () =>
  manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ module: m, d })));
const classes = () => declarations().filter(({ d }) => d.kind === 'class');
const definitions = () =>
  manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: m, e })),
  );

function element(tag: string): { module: Module; d: Declaration } {
  const found = classes().filter(({ d }) => d.tagName === tag);
  assert.equal(found.length, 1, `one class with tagName ${tag}`);
  return found[0]!;
}

/** The files package.json `exports` lets consumers import. */
const exportedFiles = new Set(
  Object.values(packageJson.exports)
    .map((target) => (typeof target === 'string' ? target : target.default))
    .filter((target): target is string => !!target)
    .map((target) => target.replace(/^\.\//, '')),
);

describe('custom-elements.json', () => {
  it('is what package.json names, and small', () => {
    assert.equal(packageJson.customElements, 'dist/custom-elements.json');
    assert.equal(exportedFiles.has('dist/custom-elements.json'), true);
    assert.equal(manifest.schemaVersion, '1.0.0');
    assert.ok(manifestBytes < MAX_BYTES, `${manifestBytes} bytes; at most ${MAX_BYTES}`);
  });

  it('names built modules: dist/…/*.js compiled from src/…/*.ts, and only those', () => {
    const paths = new Set(manifest.modules.map((m) => m.path));
    for (const path of paths) {
      assert.match(path, /^dist\/.+\.js$/);
      const source = path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
      assert.ok(existsSync(source), `${path}: no ${source} builds it`);
    }
    // Every reference (exports, superclasses, inheritance) points to one of these modules.
    const references = JSON.stringify(manifest).matchAll(/"module":"([^"]*)"/g);
    for (const [, module] of references)
      assert.ok(paths.has(module!), `a reference to ${module}, not in the manifest`);
  });

  it('names files npm run build writes (when dist/ is built)', (t) => {
    if (!existsSync('dist/index.js')) {
      t.skip('dist/ is not built: run `npm run build` to check the paths against the build too');
      return;
    }
    for (const { path } of manifest.modules) assert.ok(existsSync(path), `${path} is not in the build`);
  });

  it('lists exactly the elements the README documents', () => {
    const tags = classes()
      .filter(({ d }) => d.customElement)
      .map(({ d }) => d.tagName);
    assert.deepEqual([...tags].sort(), [...README_TAGS].sort());
    assert.deepEqual([...README_TAGS].sort(), Object.keys(FIRES).sort());
  });

  it('does not list the abstract base StatusElement as a custom element', () => {
    const base = classes().filter(({ d }) => d.name === 'StatusElement');
    assert.equal(base.length, 1, 'StatusElement is declared (its elements inherit from it)');
    assert.equal(base[0]!.d.customElement, undefined);
    assert.equal(base[0]!.d.tagName, undefined);
    for (const { d } of classes())
      if (d.customElement) assert.ok(d.tagName, `${d.name} is an element without a tag`);
  });

  it('has no private, protected or internal members, and no element statics', () => {
    for (const { module, d } of classes()) {
      for (const member of [...(d.members ?? []), ...(d.attributes ?? [])]) {
        const where = `${module.path}: ${d.name}.${member.name}`;
        assert.equal(member.privacy ?? 'public', 'public', where);
        assert.doesNotMatch(member.name, /^[#_]/, where);
        assert.doesNotMatch(member.fieldName ?? '', /^[#_]/, where);
        if (d.customElement) assert.notEqual(member.static, true, `${where} is static`);
      }
    }
  });

  for (const tag of Object.keys(FIRES)) {
    describe(`<${tag}>`, () => {
      it('is defined by its define module, which points to the class declaration', () => {
        const { module, d } = element(tag);
        const found = definitions().filter(({ e }) => e.name === tag);
        assert.equal(found.length, 1, `one custom-element-definition for ${tag}`);
        const { module: definer, e } = found[0]!;
        assert.equal(definer.path, `dist/elements/${tag}/define.js`);
        assert.deepEqual(e.declaration, { name: d.name, module: module.path });
        assert.equal(module.path, `dist/elements/${tag}/${tag}.js`);
        // Both are entry points consumers can import (`status-widgets/${tag}` and `/define`).
        assert.ok(exportedFiles.has(module.path), `package.json exports ${module.path}`);
        assert.ok(exportedFiles.has(definer.path), `package.json exports ${definer.path}`);
        const reexport = definer.exports?.find((x) => x.kind === 'js' && x.name === d.name);
        assert.deepEqual(reexport?.declaration, { name: d.name, module: module.path });
      });

      it('fires exactly its documented events, each with its event class as type', () => {
        const { d } = element(tag);
        assert.deepEqual(
          (d.events ?? []).map((e) => e.name),
          FIRES[tag],
        );
        for (const event of d.events ?? []) {
          const type = event.type?.text;
          assert.ok(type, `${tag} ${event.name} has a type`);
          assert.ok(event.description, `${tag} ${event.name} has a description`);
          const eventClass = (events as Record<string, unknown>)[type] as { type?: string } | undefined;
          assert.equal(eventClass?.type, event.name, `${type} is the class of ${event.name}`);
        }
      });

      it('inherits the public attributes and properties of StatusElement', () => {
        const { d } = element(tag);
        const base = classes().find(({ d: b }) => b.name === 'StatusElement')!.d;
        assert.equal(d.superclass?.name, 'StatusElement');
        for (const attribute of base.attributes ?? []) {
          assert.ok(
            d.attributes?.some((a) => a.name === attribute.name),
            `${tag} has the inherited attribute ${attribute.name}`,
          );
        }
        for (const field of base.members ?? []) {
          assert.ok(
            d.members?.some((m) => m.name === field.name),
            `${tag} has the inherited ${field.name}`,
          );
        }
        assert.ok(d.members?.some((m) => m.name === 'feed' && !m.attribute));
      });

      it('has a description for every attribute, property, event, part and CSS property', () => {
        const { d } = element(tag);
        const items = [
          ...(d.attributes ?? []),
          ...(d.members ?? []),
          ...(d.events ?? []),
          ...(d.cssParts ?? []),
          ...(d.cssProperties ?? []),
        ];
        assert.ok(items.length > 40);
        for (const item of items)
          assert.ok(item.description?.trim(), `${tag}: ${item.name} has no description`);
      });

      it("matches the README's tables (run `npm run docs` when this fails)", () => {
        const { d } = element(tag);
        const tables = readmeTables(tag);
        assert.deepEqual(
          [...tables.keys()].sort(),
          ['CSS property', 'attribute', 'event', 'part', 'property (no attribute)'].sort(),
        );
        const attributes = d.attributes ?? [];
        assert.deepEqual(
          tables.get('attribute'),
          attributes.map((a) => ({
            attribute: a.name,
            property: a.fieldName ?? '',
            type: a.type?.text ?? '',
            default: a.default ?? '',
            description: oneLine(a.description),
          })),
        );
        assert.deepEqual(
          tables.get('property (no attribute)'),
          (d.members ?? [])
            .filter((m) => m.kind === 'field' && !attributes.some((a) => a.fieldName === m.name))
            .map((m) => ({
              'property (no attribute)': m.name,
              type: m.type?.text ?? '',
              description: oneLine(m.description),
            })),
        );
        assert.deepEqual(
          tables.get('event'),
          (d.events ?? []).map((e) => ({
            event: e.name,
            type: e.type?.text ?? '',
            description: oneLine(e.description),
          })),
        );
        assert.deepEqual(
          tables.get('part'),
          (d.cssParts ?? []).map((p) => ({ part: p.name, description: oneLine(p.description) })),
        );
        assert.deepEqual(
          tables.get('CSS property'),
          (d.cssProperties ?? []).map((p) => ({
            'CSS property': p.name,
            description: oneLine(p.description),
          })),
        );
      });
    });
  }
});
