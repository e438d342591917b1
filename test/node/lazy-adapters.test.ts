// The vendor adapters stay out of what the elements load for a native feed. Bundled with esbuild
// and code splitting, as an app's bundler would, the elements' modules and the chunks they import
// statically hold the shape checks (src/feed/adapters/detect.ts) and the lazy parser, but none of
// the adapters: those are one chunk of their own, reached only by the lazy parser's dynamic
// import. `status-widgets/feed` keeps them statically, as its `parseFeed` is synchronous.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What reading a vendor's feed needs: the converters, their zod building blocks and the limits. */
const ADAPTERS = ['index', 'statuspage', 'incidentio', 'instatus', 'betterstack', 'foreign', 'limits'].map(
  (name) => `src/feed/adapters/${name}.ts`,
);

const ELEMENTS = ['status-banner', 'maintenance-notice', 'incident-timeline'].flatMap((tag) => [
  `src/elements/${tag}/${tag}.ts`,
  `src/elements/${tag}/define.ts`,
]);

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

  it('the adapters are one chunk of their own, the one the lazy parser imports', async () => {
    const metafile = await bundle(ELEMENTS);
    const holding = Object.entries(metafile.outputs).filter(([, output]) =>
      ADAPTERS.some((source) => source in output.inputs),
    );
    assert.equal(
      holding.length,
      1,
      `one output holds the adapters: ${holding.map(([name]) => name).join(', ')}`,
    );
    const [chunk, { inputs }] = holding[0]!;
    assert.deepEqual(
      ADAPTERS.filter((source) => !(source in inputs)),
      [],
      'every adapter is in that chunk',
    );
    assert.ok(!('src/feed/adapters/detect.ts' in inputs), 'the shape checks are not in it');
    const importers = Object.entries(metafile.outputs).filter(([, output]) =>
      output.imports.some((i) => i.path === chunk),
    );
    assert.ok(importers.length > 0);
    for (const [name, output] of importers) {
      const kinds = output.imports.filter((i) => i.path === chunk).map((i) => i.kind);
      assert.deepEqual(kinds, ['dynamic-import'], `${name} imports the adapters' chunk dynamically`);
    }
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
    assert.deepEqual(
      adapters.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
      ['src/feed/adapters/index.ts'],
    );
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
