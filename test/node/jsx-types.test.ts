// The JSX and template types shipped as status-widgets/jsx/{react,preact,solid,vue,svelte}
// (scripts/jsx-types.ts, written to dist/jsx/ by `npm run build`). The test makes them as the
// build does, from a manifest it analyzes itself and the declarations tsc emits, into
// test/types/.generated/dist/; checks that they list each tag's attributes, properties and
// events as the manifest does; and type-checks the consumer files in test/types/<framework>/
// against them (React's types installed; Preact, Solid, Vue and Svelte's from test/types/stubs/),
// where every wrong prop marked `@ts-expect-error` must be an error. test/consumers/apps/vue and
// apps/svelte check real templates against the same files with the real vue-tsc and svelte-check.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { FRAMEWORKS, jsxTypes, type Manifest } from '../../scripts/jsx-types.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const GENERATED = 'test/types/.generated';
const DIST = `${GENERATED}/dist`;

/** Which module each framework file augments. */
const AUGMENTS: Record<(typeof FRAMEWORKS)[number], string> = {
  react: 'react',
  preact: 'preact',
  solid: 'solid-js',
  vue: 'vue',
  svelte: 'svelte/elements',
};

async function node(args: string[], what: string): Promise<void> {
  try {
    await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr, message } = error as { stdout?: string; stderr?: string; message: string };
    assert.fail(`${what} failed:\n${stdout || stderr || message}`);
  }
}

/** The manifest as `npm run build:manifest` makes it, analyzed into a temporary directory. */
async function analyze(): Promise<Manifest> {
  const outdir = mkdtempSync(join(tmpdir(), 'status-widgets-jsx-'));
  try {
    const cem = require.resolve('@custom-elements-manifest/analyzer/cem.js');
    // The analyzer joins --outdir to the working directory, so it takes a relative path.
    await node([cem, 'analyze', '--quiet', '--outdir', relative(process.cwd(), outdir)], 'cem analyze');
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

let manifest: Manifest;
let files: Record<string, string>;

before(async () => {
  rmSync(GENERATED, { recursive: true, force: true });
  // What `npm run build` puts in dist/: the declarations (npm run build:types) and the manifest.
  const emitted = node(
    [TSC, '-p', 'tsconfig.build.json', '--outDir', DIST, '--declarationMap', 'false'],
    'tsc -p tsconfig.build.json',
  );
  [manifest] = await Promise.all([analyze(), emitted]);
  files = jsxTypes(manifest);
  // As .ts files beside the declarations: the same text, checked even with skipLibCheck.
  mkdirSync(`${DIST}/jsx`, { recursive: true });
  for (const [name, text] of Object.entries(files))
    writeFileSync(`${DIST}/jsx/${name.replace(/\.d\.ts$/, '.ts')}`, text);
});

/** Each element of the manifest: its tag, class, attribute and property names, events. */
function elements() {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({
        tag: d.tagName!,
        className: d.name,
        attributes: (d.attributes ?? []).map((a) => a.name),
        properties: (d.members ?? [])
          .filter(
            (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
          )
          .map((m) => m.name),
        events: (d.events ?? []).map((e) => e.name),
      })),
  );
}

describe('status-widgets/jsx/…', () => {
  it('is one file per framework, each opt-in entry in package.json', () => {
    assert.deepEqual(
      Object.keys(files).sort(),
      ['elements.d.ts', ...FRAMEWORKS.map((f) => `${f}.d.ts`)].sort(),
    );
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
    for (const framework of FRAMEWORKS) {
      assert.deepEqual(pkg.exports[`./jsx/${framework}`], { types: `./dist/jsx/${framework}.d.ts` });
    }
  });

  it('names each tag with its attributes, properties and events, as the manifest does', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      'test/types/tsconfig.base.json',
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(String(d.messageText)) },
    )!;
    const file = `${DIST}/jsx/elements.ts`;
    const program = ts.createProgram([file], { ...config.options, noEmit: true });
    const checker = program.getTypeChecker();
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
    const members = (name: string) => {
      const symbol = exports.find((s) => s.name === name);
      assert.ok(symbol, `elements.d.ts exports ${name}`);
      return checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol));
    };
    const list = elements();
    assert.deepEqual(list.map((e) => e.tag).sort(), [
      'component-status',
      'incident-timeline',
      'maintenance-notice',
      'status-banner',
      'status-indicator',
    ]);
    assert.deepEqual(
      members('StatusWidgetsElements').map((p) => p.name),
      list.map((e) => e.tag).sort(),
    );
    for (const element of list) {
      const props = members(`${element.className}TemplateProps`);
      assert.deepEqual(
        props.map((p) => p.name).sort(),
        [...new Set([...element.properties, ...element.attributes])].sort(),
        `<${element.tag}>: every property and attribute, nothing else`,
      );
      assert.ok(element.attributes.includes('with-credentials') && element.properties.includes('feed'));
      const feed = props.find((p) => p.name === 'feed')!;
      assert.equal(checker.typeToString(checker.getTypeOfSymbol(feed)), 'FeedInput | undefined');
      assert.deepEqual(
        members(`${element.className}Events`).map((p) => p.name),
        element.events,
        `<${element.tag}>: the events it fires`,
      );
    }
  });

  it('augments only its own framework, and nothing else in the package imports a framework', () => {
    for (const framework of FRAMEWORKS) {
      const modules = [...files[`${framework}.d.ts`]!.matchAll(/^declare module '([^']+)'/gm)].map(
        (m) => m[1],
      );
      assert.deepEqual(modules, [AUGMENTS[framework]], `${framework}.d.ts`);
    }
    assert.doesNotMatch(files['elements.d.ts']!, /declare module|from '(?!\.)/);
    // The declarations npm run build emits: only status-widgets/react imports a framework (React).
    const frameworks = new RegExp(`from '(${Object.values(AUGMENTS).join('|')}|@lit/react)'`);
    for (const name of readdirSync(DIST, { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.d.ts')) continue;
      const text = readFileSync(join(DIST, name), 'utf8');
      if (name === join('react', 'index.d.ts')) assert.match(text, /from 'react'/);
      else assert.doesNotMatch(text, frameworks, `${name} imports no framework`);
    }
  });

  describe('type-checks each framework consumer in test/types/', { concurrency: true }, () => {
    for (const framework of FRAMEWORKS) {
      const stubbed = framework === 'react' ? "with React's own types" : `against test/types/stubs`;
      it(`${framework}, ${stubbed}`, async () => {
        const config = `test/types/${framework}/tsconfig.json`;
        await node([TSC, '-p', config, '--noEmit'], `tsc -p ${config}`);
      });
    }
  });
});
