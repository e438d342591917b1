// The public API as a visible list: every name each package entry point exports (values and
// types, read by the TypeScript compiler from the sources the entry's .d.ts is built from),
// against test/node/exports.snapshot.txt and, for the main entry, the README's list. A change
// to the API shows up as a diff of the snapshot (`UPDATE_SNAPSHOT=1 npm run test:node` rewrites
// it) and fails until the README says the same.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const SNAPSHOT = 'test/node/exports.snapshot.txt';

interface Entry {
  /** The import specifier (`status-widgets`, `status-widgets/feed`, …). */
  name: string;
  /** The source file its types come from. */
  source: string;
}

/** Every entry point of package.json with types, and the source its `.d.ts` is built from. */
function entries(): Entry[] {
  const pkg = JSON.parse(read('package.json')) as { name: string; exports: Record<string, unknown> };
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const types = typeof target === 'object' && target ? (target as { types?: string }).types : undefined;
    if (!types) return [];
    const source = types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts');
    return [{ name: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, source }];
  });
}

/** `entry kind name` lines, sorted: what each entry exports, as a value or as a type only. */
function exportLines(list: Entry[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    new URL('tsconfig.json', root).pathname,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(String(d.messageText)) },
  )!;
  const files = list.map((entry) => new URL(entry.source, root).pathname);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const lines: string[] = [];
  for (const [index, entry] of list.entries()) {
    const file = program.getSourceFile(files[index]!);
    assert.ok(file, `${entry.source} (the source of ${entry.name}) exists`);
    const module = checker.getSymbolAtLocation(file);
    assert.ok(module, `${entry.source} is a module`);
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const kind = target.flags & ts.SymbolFlags.Value ? 'value' : 'type';
      lines.push(`${entry.name} ${kind} ${symbol.name}`);
    }
  }
  return lines.sort();
}

/** The names in the README's list of what `status-widgets` exports, by kind. */
function readmeList(): { values: string[]; types: string[] } {
  const readme = read('README.md');
  const block = /<!-- exports:start -->([\s\S]*?)<!-- exports:end -->/.exec(readme)?.[1];
  assert.ok(block, 'the README has an <!-- exports:start --> … <!-- exports:end --> list');
  const rows = block
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const names = (kind: string) =>
    rows
      .filter((cells) => cells[1] === kind)
      .flatMap((cells) => [...cells[3]!.matchAll(/`([A-Za-z_]\w*)`/g)].map((m) => m[1]!));
  return { values: names('value').sort(), types: names('type').sort() };
}

describe('the public API', () => {
  const list = entries();
  const lines = exportLines(list);

  it('is the list in test/node/exports.snapshot.txt', () => {
    const text = `${lines.join('\n')}\n`;
    if (process.env['UPDATE_SNAPSHOT']) writeFileSync(new URL(SNAPSHOT, root), text);
    assert.equal(
      text,
      read(SNAPSHOT),
      `run UPDATE_SNAPSHOT=1 npm run test:node and review the diff of ${SNAPSHOT}`,
    );
  });

  it('of the main entry is what the README lists', () => {
    const main = lines.filter((line) => line.startsWith('status-widgets '));
    const actual = (kind: string) =>
      main
        .filter((line) => line.split(' ')[1] === kind)
        .map((line) => line.split(' ')[2]!)
        .sort();
    const readme = readmeList();
    assert.deepEqual(readme.values, actual('value'), 'values exported by status-widgets');
    assert.deepEqual(readme.types, actual('type'), 'types exported by status-widgets');
  });

  it('leaves out the internals', () => {
    const main = new Set(
      lines.filter((line) => line.startsWith('status-widgets ')).map((l) => l.split(' ')[2]),
    );
    for (const internal of [
      'sharedClock',
      'Scheduler',
      'sharedScheduler',
      'defineElement',
      'FeedClient',
      'FeedController',
      'StatusElement',
    ]) {
      assert.ok(!main.has(internal), `${internal} is not exported`);
    }
    assert.ok(main.has('NoticeEntry'), 'NoticeEntry, the type of MaintenanceNotice.shown, is exported');
  });

  it('covers every entry point with types', () => {
    assert.deepEqual(
      list.map((entry) => entry.name),
      [
        'status-widgets',
        'status-widgets/feed',
        'status-widgets/status-banner',
        'status-widgets/status-banner/define',
        'status-widgets/maintenance-notice',
        'status-widgets/maintenance-notice/define',
        'status-widgets/incident-timeline',
        'status-widgets/incident-timeline/define',
        'status-widgets/react',
      ],
    );
  });
});
