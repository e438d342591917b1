// The vendor adapters stay out of what the elements load for a native feed. Bundled with esbuild
// and code splitting, as an app's bundler would, the elements' modules and the chunks they import
// statically hold the shape checks (src/feed/adapters/detect.ts) and the lazy parser, but none of
// the adapters: each is a chunk of its own, and what they share (adapters/foreign.ts, with the
// limits) another, all reached only by the lazy parser's dynamic imports. `status-widgets/feed` keeps them statically, as its `parseFeed` is synchronous.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const adapter = (name: string) => `src/feed/adapters/${name}.ts`;

/** One module per vendor format. */
const VENDORS = ['statuspage', 'incidentio', 'instatus', 'betterstack'].map(adapter);
/** What every vendor's feed needs besides its adapter. */
const SHARED = ['foreign', 'limits'].map(adapter);
/** Everything a vendor's feed needs, and the list of all adapters (for parseFeed alone). */
const ADAPTERS = [...VENDORS, ...SHARED, adapter('index')];

const ELEMENTS = [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
].flatMap((tag) => [`src/elements/${tag}/${tag}.ts`, `src/elements/${tag}/define.ts`]);

/** The metafile of `entries` bundled with code splitting (dependencies left out, for speed). */
async function bundle(entries: string[]): Promise<Metafile> {
  const result = await build({
    entryPoints: entries,
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', '@date-fns/*', 'date-fns', 'date-fns/*'],
  });
  return result.metafile;
}

/** The outputs a page loads for `entries` before any dynamic import, and the sources they hold. */
function loadedAtOnce(metafile: Metafile, entries: string[]): { outputs: Set<string>; sources: Set<string> } {
  const outputs = new Set<string>();
  const visit = (output: string) => {
    if (outputs.has(output)) return;
    outputs.add(output);
    for (const { path, kind } of metafile.outputs[output]!.imports) {
      if (kind === 'import-statement' && path in metafile.outputs) visit(path);
    }
  };
  for (const [output, { entryPoint }] of Object.entries(metafile.outputs)) {
    if (entryPoint && entries.includes(entryPoint)) visit(output);
  }
  const sources = new Set([...outputs].flatMap((output) => Object.keys(metafile.outputs[output]!.inputs)));
  return { outputs, sources };
}

describe('the vendor adapters load lazily in the elements', () => {
  it('the elements load the shape checks and the lazy parser, not the adapters', async () => {
    const metafile = await bundle(ELEMENTS);
    const { sources } = loadedAtOnce(metafile, ELEMENTS);
    for (const source of ['src/feed/adapters/detect.ts', 'src/feed/parse-lazily.ts', 'src/feed/native.ts']) {
      assert.ok(sources.has(source), `${source} is loaded with the elements`);
    }
    assert.deepEqual(
      ADAPTERS.filter((source) => sources.has(source)),
      [],
      'no adapter is loaded with the elements',
    );
    assert.ok(!sources.has('src/feed/parse.ts'), 'the synchronous parseFeed is not loaded either');
  });

  it('each adapter is a chunk of its own, and what they share one more, imported only dynamically', async () => {
    const metafile = await bundle(ELEMENTS);
    const outputsOf = (source: string) =>
      Object.entries(metafile.outputs).filter(([, output]) => source in output.inputs);
    const dynamicOnly = (chunk: string) => {
      const imports = Object.values(metafile.outputs).flatMap((output) =>
        output.imports.filter((i) => i.path === chunk),
      );
      return imports.length > 0 && imports.every((i) => i.kind === 'dynamic-import');
    };
    for (const vendor of VENDORS) {
      const holding = outputsOf(vendor);
      assert.equal(holding.length, 1, `one output holds ${vendor}`);
      const [chunk, { inputs }] = holding[0]!;
      const others = ADAPTERS.filter((source) => source !== vendor && source in inputs);
      assert.deepEqual(others, [], `${chunk} holds ${vendor} alone`);
      assert.ok(dynamicOnly(chunk), `${chunk} is imported only dynamically`);
    }
    const shared = outputsOf(SHARED[0]!);
    assert.equal(shared.length, 1);
    const [chunk, { inputs }] = shared[0]!;
    assert.deepEqual(
      SHARED.filter((source) => !(source in inputs)),
      [],
      `${chunk} holds what the adapters share`,
    );
    assert.ok(!(adapter('detect') in inputs), 'the shape checks are not in it');
    assert.deepEqual(outputsOf(adapter('index')), [], 'the list for parseFeed is not bundled at all');
  });

  it('the lazy parser imports the adapters only dynamically', async () => {
    const metafile = await bundle(['src/feed/parse-lazily.ts']);
    const imports = metafile.inputs['src/feed/parse-lazily.ts']!.imports;
    const adapters = imports.filter((i) => i.path.startsWith('src/feed/adapters/'));
    assert.deepEqual(
      adapters.filter((i) => i.kind !== 'dynamic-import').map((i) => i.path),
      [],
      'no static import of an adapter module (type-only imports are erased)',
    );
    assert.deepEqual(adapters.map((i) => i.path).sort(), [...VENDORS, adapter('foreign')].sort());
  });

  it('status-widgets/feed holds every adapter statically: its parseFeed is synchronous', async () => {
    const entry = 'src/feed/index.ts';
    const { sources } = loadedAtOnce(await bundle([entry]), [entry]);
    assert.deepEqual(
      ADAPTERS.filter((source) => !sources.has(source)),
      [],
    );
  });
});
