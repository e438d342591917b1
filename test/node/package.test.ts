// The package as npm publishes it: `npm pack` of the build, unpacked into a temporary
// node_modules/status-widgets next to links to its declared dependencies only (so an import of
// anything undeclared fails here, as it would for a consumer), then checked file by file: what
// package.json points at is there, every source map resolves inside the tarball, every module of
// custom-elements.json is there, every entry point imports in Node, and the CLI runs. It needs
// dist/ (`npm run build`) and is skipped without it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface PackageJson {
  name: string;
  version: string;
  main?: string;
  module?: string;
  types?: string;
  bin?: Record<string, string>;
  customElements?: string;
  sideEffects?: string[];
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const TAGS = [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
];
const built = existsSync('dist/index.js') && existsSync('dist/cdn/status-widgets.js');

let tmp = '';
/** The unpacked package: <tmp>/node_modules/status-widgets. */
let root = '';
/** Its URL as Node reports where a module resolved (symbolic links resolved), ending in `/`. */
let rootUrl = '';
/** Every packed file, as a path relative to the package root with `/`. */
let files = new Set<string>();

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file a value of `exports` names, through nested conditions: [subpath, condition path, file]. */
function exportTargets(): [string, string, string][] {
  const targets: [string, string, string][] = [];
  const visit = (subpath: string, conditions: string, value: unknown) => {
    if (typeof value === 'string') targets.push([subpath, conditions, value]);
    else if (value && typeof value === 'object')
      for (const [condition, inner] of Object.entries(value))
        visit(subpath, conditions ? `${conditions}.${condition}` : condition, inner);
  };
  for (const [subpath, value] of Object.entries(pkg.exports)) visit(subpath, '', value);
  return targets;
}

const packed = (path: string) => files.has(posix.normalize(path.replace(/^\.\//, '')));

/** Whether an export holds types only (`status-widgets/jsx/*`): nothing to import at run time. */
const typesOnly = (target: unknown) =>
  typeof target === 'object' && target !== null && Object.keys(target).join() === 'types';

/** The specifiers of every entry point that runs, with whether Node imports it as JSON. */
const specifiers = () =>
  Object.entries(pkg.exports as Record<string, unknown>)
    .filter(([, target]) => !typesOnly(target))
    .map(([subpath]) => ({
      specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
      json: subpath.endsWith('.json'),
    }));

/** What a consumer's process saw after importing one entry point. */
interface Imported {
  /** Where the specifier resolved. */
  url: string;
  /** The module's exports. */
  names: string[];
  /** `typeof document`: 'undefined', no DOM was set up. */
  document: string;
  /** The element tags defined afterwards (in Lit's server registry). */
  tags: string[];
}

/** Runs `script` (an ES module) in a fresh Node process in <tmp>, as a consumer's module there. */
async function consumer(script: string, nodeOptions: string[] = []): Promise<unknown> {
  const { stdout } = await run(process.execPath, [...nodeOptions, '--input-type=module', '-e', script], {
    cwd: tmp,
  });
  return JSON.parse(stdout);
}

describe('the packed package', { skip: !built && 'dist/ is not built: run `npm run build` first' }, () => {
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'status-widgets-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]);
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    root = join(tmp, 'node_modules', pkg.name);
    mkdirSync(root, { recursive: true });
    await run('tar', ['-xzf', join(tmp, filename), '-C', root, '--strip-components=1']);
    rootUrl = `${pathToFileURL(realpathSync(root)).href}/`;
    files = new Set(walk(root).map((file) => relative(root, file).split('\\').join('/')));
    // A consumer's node_modules: the dependencies and peers, each linked to this checkout's copy
    // (whose own dependencies then resolve from there); no devDependencies.
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      const installed = resolve('node_modules', name);
      if (!existsSync(installed)) continue; // an optional peer that is not installed
      mkdirSync(dirname(join(tmp, 'node_modules', name)), { recursive: true });
      symlinkSync(installed, join(tmp, 'node_modules', name), 'dir');
    }
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('holds every file package.json points at', () => {
    assert.ok(files.size > 50, `${files.size} files packed`);
    const named = [
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.customElements,
      ...Object.values(pkg.bin ?? {}),
    ].filter((path): path is string => !!path);
    for (const path of named) assert.ok(packed(path), `${path} is not in the tarball`);
    for (const [subpath, conditions, target] of exportTargets())
      assert.ok(
        packed(target),
        `exports["${subpath}"]${conditions ? ` (${conditions})` : ''}: ${target} is not in the tarball`,
      );
    // Every typed entry has its types first, and `./cdn` its browser bundle and a Node module.
    for (const [subpath, value] of Object.entries(pkg.exports)) {
      if (typeof value === 'object' && value && 'types' in value)
        assert.equal(Object.keys(value)[0], 'types', `exports["${subpath}"] lists types first`);
    }
    assert.deepEqual(pkg.exports['./cdn'], {
      types: './dist/cdn.d.ts',
      browser: './dist/cdn/status-widgets.js',
      node: './dist/cdn.js',
      default: './dist/cdn/status-widgets.js',
    });
  });

  it('holds a file for every sideEffects pattern', () => {
    for (const pattern of pkg.sideEffects ?? []) {
      const regex = new RegExp(
        `^${pattern
          .replace(/^\.\//, '')
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')}$`,
      );
      assert.ok(
        [...files].some((file) => regex.test(file)),
        `sideEffects "${pattern}" matches no packed file`,
      );
    }
  });

  it('ships the build, the library source and the docs, and nothing else', () => {
    for (const file of files) {
      assert.match(
        file,
        /^(dist\/.+|src\/.+\.ts|schema\/[^/]+\.json|package\.json|README\.md|CHANGELOG\.md)$/,
        `${file} should not be packed`,
      );
      assert.doesNotMatch(file, /^src\/cli\//, `${file}: the CLI ships built only`);
      assert.doesNotMatch(file, /\.test\.|(^|\/)test\//, `${file} is a test`);
    }
  });

  it('has source maps whose every source is in the tarball, next to the files they map', () => {
    const maps = [...files].filter((file) => file.endsWith('.map'));
    assert.ok(
      maps.some((file) => file.endsWith('.d.ts.map')),
      'declaration maps are packed',
    );
    assert.ok(
      maps.some((file) => file.endsWith('.js.map')),
      'JavaScript maps are packed',
    );
    for (const map of maps) {
      const {
        sources,
        sourcesContent = [],
        sourceRoot = '',
        file,
      } = JSON.parse(readFileSync(join(root, map), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
        sourceRoot?: string;
        file?: string;
      };
      assert.ok(sources.length > 0, `${map} maps no source`);
      assert.ok(packed(map.replace(/\.map$/, '')), `${map}: the file it maps is not packed`);
      if (file)
        assert.equal(posix.basename(file), posix.basename(map.replace(/\.map$/, '')), `${map}: "file"`);
      for (const [index, source] of sources.entries()) {
        // The CDN maps carry their sources' text (Lit and zod are not in the tarball).
        if (typeof sourcesContent[index] === 'string') continue;
        const path = posix.join(posix.dirname(map), sourceRoot, source);
        assert.ok(!path.startsWith('../'), `${map}: source ${source} is outside the package`);
        assert.ok(packed(path), `${map}: source ${source} (${path}) is not in the tarball`);
      }
    }
    // And every sourceMappingURL comment names a packed map.
    for (const file of files) {
      if (!/\.(js|d\.ts)$/.test(file)) continue;
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, file), 'utf8'))?.[1];
      if (url)
        assert.ok(packed(posix.join(posix.dirname(file), url)), `${file}: its map ${url} is not packed`);
    }
  });

  it('has a custom-elements.json whose every module is in the tarball', () => {
    const manifest = readFileSync(join(root, 'dist/custom-elements.json'), 'utf8');
    const { modules } = JSON.parse(manifest) as { modules: { path: string }[] };
    assert.ok(modules.length >= TAGS.length * 2);
    for (const { path } of modules) assert.ok(packed(path), `custom-elements.json names ${path}, not packed`);
    for (const [, module] of manifest.matchAll(/"module":\s*"([^"]*)"/g))
      assert.ok(packed(module!), `custom-elements.json refers to ${module}, not packed`);
  });

  it('imports every entry point in Node, without a DOM, each defining only what it says', async () => {
    const results = await Promise.all(
      specifiers().map(async ({ specifier, json }) => {
        const script = `
          const m = await import(${JSON.stringify(specifier)}${json ? ", { with: { type: 'json' } }" : ''});
          console.log(JSON.stringify({
            url: import.meta.resolve(${JSON.stringify(specifier)}),
            names: Object.keys(m),
            document: typeof document,
            tags: ${JSON.stringify(TAGS)}.filter((tag) => globalThis.customElements?.get(tag)),
          }));`;
        try {
          return { specifier, ...((await consumer(script)) as Imported) };
        } catch (error) {
          const { stderr, message } = error as { stderr?: string; message: string };
          // Node quotes the throwing line, which in a minified file is the whole file.
          const text = (stderr || message).replace(/^(.{200}).+$/gm, '$1…');
          return assert.fail(`import('${specifier}') in Node:\n${text}`);
        }
      }),
    );
    const bySpecifier = new Map(results.map((result) => [result.specifier, result]));
    for (const result of results) {
      assert.equal(result.document, 'undefined', result.specifier);
      assert.ok(
        result.url.startsWith(rootUrl),
        `${result.specifier} resolves inside the package: ${result.url}`,
      );
      const definer = /\/([a-z-]+)\/define$/.exec(result.specifier)?.[1];
      // The CDN module and the React wrappers register every tag; a define module its own.
      const expected = /\/(cdn|react)$/.test(result.specifier) ? TAGS : definer ? [definer] : [];
      assert.deepEqual(result.tags, expected, `what importing ${result.specifier} defines`);
    }
    const cdn = bySpecifier.get(`${pkg.name}/cdn`)!;
    assert.equal(cdn.url, `${rootUrl}dist/cdn.js`);
    assert.ok(cdn.names.includes('FeedError'));
    // Without the calendar export and the three functions that read a feed in any format (they
    // hold every vendor adapter; the CDN elements load an adapter only for a vendor's feed).
    const notInCdn = ['maintenanceToIcs', 'icsFileName', 'parseFeed', 'convertFeed', 'detectFormat'];
    assert.deepEqual(
      [...cdn.names].sort(),
      bySpecifier
        .get(pkg.name)!
        .names.filter((name) => !notInCdn.includes(name))
        .sort(),
      'status-widgets/cdn exports the API of status-widgets without the calendar export and the feed readers',
    );
  });

  it('resolves status-widgets/cdn to the self-contained bundle for browsers', async () => {
    const url = await consumer(`console.log(JSON.stringify(import.meta.resolve('${pkg.name}/cdn')))`, [
      '--conditions=browser',
    ]);
    assert.equal(url, `${rootUrl}dist/cdn/status-widgets.js`);
  });

  it('has a CLI that runs from the tarball: --version, --help, validate', async () => {
    const bin = join(root, pkg.bin!['status-widgets']!);
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    const version = await run(process.execPath, [bin, '--version'], { cwd: tmp });
    assert.equal(version.stdout, `${pkg.version}\n`);
    const help = await run(process.execPath, [bin, '-h'], { cwd: tmp });
    assert.match(help.stdout, /^Usage: status-widgets <command>/);
    const valid = await run(process.execPath, [bin, 'validate', resolve('demo/feeds/all.json')], {
      cwd: tmp,
    });
    assert.match(valid.stdout, /valid native feed/);
  });
});
