// What a page loads, measured on the built files (brotli, quality 11; KB = 1000 bytes), printed
// as tables; exits 1 when a budget in package.json "sizeBudget" is exceeded.
//
//   npm run build && npm run size
//
// 1. Every file under dist/cdn/: the ES entries, their chunks, the classic script.
// 2. Pages: what the browser fetches for a page with only <status-banner>, only the notice,
//    only the timeline, only the indicator, only the component list, the first three together
//    (per-element files), every element (the all-in file), in German, with a
//    Statuspage feed, the classic script, and the banner's define module bundled by Vite into
//    an app. A page's files are its entry and every chunk it imports statically (from the
//    build's manifest), plus the lazy chunks that page needs (a language, an adapter).
// 3. Modules: the all-in page's bytes by source (lit, zod, each layer, each element, the
//    styles, the strings), from the source maps, so the table covers everything loaded.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const cdn = join(root, 'dist/cdn');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** What CI enforces (today's figures, so nothing grows unnoticed) and the design's targets. */
const budgets = pkg.sizeBudget ?? {};
const targets = pkg.sizeTarget ?? {};

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;

const manifestFile = join(cdn, '.vite/manifest.json');
if (!existsSync(manifestFile) || !existsSync(join(cdn, 'status-widgets.iife.js'))) {
  console.error('size: dist/cdn/ is not built; run npm run build first');
  process.exit(1);
}
/** Vite's manifest of the ES build: each chunk's file, static `imports` and `dynamicImports`. */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

// ---------------------------------------------------------------------------------------------
// 1. Files

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() && !entry.name.startsWith('.')
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.js')
        ? [join(dir, entry.name)]
        : [],
  );
const sizes = new Map(
  files(cdn).map((file) => {
    const bytes = readFileSync(file);
    return [relative(cdn, file), { minified: bytes.length, brotli: brotli(bytes) }];
  }),
);
console.log('CDN files (dist/cdn/)');
console.table(
  [...sizes]
    .sort(([a], [b]) => Number(a.includes('/')) - Number(b.includes('/')) || a.localeCompare(b))
    .map(([file, size]) => ({ file, minified: kb(size.minified), brotli: kb(size.brotli) })),
);

// ---------------------------------------------------------------------------------------------
// 2. Pages

/** The manifest key of the chunk built from a source file. */
const key = (source) => {
  const found = Object.keys(manifest).find((name) => name === source || name.endsWith(`/${source}`));
  if (!found) throw new Error(`size: no chunk for ${source} in the manifest`);
  return found;
};
/** The files a page loads for these entries: each one and its static imports, transitively. */
function closure(entries) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of manifest[name].imports ?? []) visit(next);
  };
  entries.forEach(visit);
  return [...seen].map((name) => manifest[name].file);
}
/** A lazy chunk (built from `source`) and the chunks it needs that the page has not loaded. */
const lazy = (page, source) => closure([key(source)]).filter((file) => !page.includes(file));

const pageBytes = (list) => list.reduce((sum, file) => sum + sizes.get(file).brotli, 0);
const banner = closure([key('src/cdn-elements/status-banner.ts')]);
const notice = closure([key('src/cdn-elements/maintenance-notice.ts')]);
const timeline = closure([key('src/cdn-elements/incident-timeline.ts')]);
const indicator = closure([key('src/cdn-elements/status-indicator.ts')]);
const components = closure([key('src/cdn-elements/component-status.ts')]);
const perElement = [...new Set([...banner, ...notice, ...timeline])];
const allIn = closure([key('src/cdn.ts')]);
const german = lazy(banner, 'src/i18n/languages/de.ts');
// A Statuspage feed: its adapter's chunk and the shared foreign-format chunk, loaded together.
const statuspage = [
  ...new Set([
    ...lazy(banner, 'src/feed/adapters/statuspage.ts'),
    ...lazy(banner, 'src/feed/adapters/foreign.ts'),
  ]),
];

/** A banner-only app: `import 'status-widgets/status-banner/define'` from dist/, built by Vite. */
async function viteApp() {
  const dir = mkdtempSync(join(tmpdir(), 'size-app-'));
  try {
    const entry = join(dir, 'main.js');
    writeFileSync(entry, `import ${JSON.stringify(join(root, 'dist/elements/status-banner/define.js'))};\n`);
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      build: { write: false, minify: true, target: 'es2022', rollupOptions: { input: entry } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
    const byName = new Map(chunks.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
    const start = [...byName.values()].find((c) => c.isEntry);
    const loaded = new Set();
    const visit = (name) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      for (const next of byName.get(name).imports) visit(next);
    };
    visit(start.fileName);
    return [...loaded].reduce((sum, name) => sum + brotli(Buffer.from(byName.get(name).code)), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
let over = 0;
/** A page row: what it loads, judged against the budget named `budget` (if any). */
function page(name, bytes, loads, budget) {
  const limit = budgets[budget];
  const target = targets[budget];
  const ok = limit === undefined || bytes <= limit * 1000;
  if (!ok) over++;
  rows.push({
    page: name,
    loads,
    brotli: kb(bytes),
    budget: limit === undefined ? '' : `${limit} KB`,
    status: limit === undefined ? '' : ok ? 'ok' : 'OVER',
    target: target === undefined ? '' : `${target} KB${bytes <= target * 1000 ? ' (met)' : ''}`,
  });
}
const count = (list) => `${list.length} file${list.length === 1 ? '' : 's'}`;
page('<status-banner> only (status-banner.js)', pageBytes(banner), count(banner), 'banner page');
page('<maintenance-notice> only', pageBytes(notice), count(notice));
page('<incident-timeline> only', pageBytes(timeline), count(timeline));
page('<status-indicator> only', pageBytes(indicator), count(indicator));
page('<component-status> only', pageBytes(components), count(components));
page(
  'banner, notice and timeline (per-element files)',
  pageBytes(perElement),
  count(perElement),
  'all elements',
);
page('every element (status-widgets.js)', pageBytes(allIn), count(allIn), 'all-in file');
page('  German page: adds', pageBytes(german), count(german), 'German adds');
page('  Statuspage feed: adds', pageBytes(statuspage), count(statuspage), 'vendor feed adds');
page(
  '  calendar file (on click): adds',
  pageBytes(lazy(allIn, 'src/time/ics.ts')),
  count(lazy(allIn, 'src/time/ics.ts')),
);
page(
  'classic script (status-widgets.iife.js)',
  sizes.get('status-widgets.iife.js').brotli,
  '1 file',
  'classic script',
);
page('banner define module, bundled by Vite', await viteApp(), 'app chunk', 'banner define in an app');
console.log('\nWhat a page loads (brotli of every JS file fetched)');
console.table(rows);

// ---------------------------------------------------------------------------------------------
// 3. Modules

/** The group a source file's bytes count under. */
function group(source) {
  const path = source.replace(/\\/g, '/');
  const npm = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (npm) return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(npm[1]) ? 'lit' : npm[1];
  const own = path.match(/src\/(.*)$/)?.[1] ?? path;
  if (/\.styles\.ts$|shared\/tokens\.ts$/.test(own)) return 'styles';
  if (own.startsWith('i18n/languages/'))
    return own === 'i18n/languages/en.ts' ? 'strings: English' : 'strings: other languages (lazy)';
  if (own === 'time/ics.ts') return 'calendar export (lazy)';
  if (own === 'feed/adapters/detect.ts') return 'feed';
  if (own.startsWith('feed/adapters/')) return 'feed: adapters (lazy)';
  if (own.startsWith('cdn')) return 'cdn entries';
  if (own.startsWith('elements/shared/')) return 'elements: shared';
  const [layer, second] = own.split('/');
  if (layer === 'elements') return `elements: ${second}`;
  if (!second) return 'cdn entries';
  return layer;
}

/** Bytes of generated code per group, over the given files, from their source maps. */
function attribute(list) {
  const texts = new Map();
  for (const file of list) {
    const code = readFileSync(join(cdn, file), 'utf8');
    const map = new TraceMap(readFileSync(join(cdn, `${file}.map`), 'utf8'));
    const lines = code.split('\n');
    const segments = [];
    eachMapping(map, (mapping) => segments.push(mapping));
    segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
    // A segment's code runs to the next segment, across lines (a template literal spans many).
    const offsets = [0];
    for (const line of lines) offsets.push(offsets.at(-1) + line.length + 1);
    const at = (segment) => offsets[segment.generatedLine - 1] + segment.generatedColumn;
    const starts = [0, ...segments.map(at)];
    [undefined, ...segments].forEach((segment, index) => {
      const end = starts[index + 1] ?? code.length;
      const name = segment?.source ? group(segment.source) : 'unmapped (chunk imports and exports)';
      texts.set(name, (texts.get(name) ?? '') + code.slice(starts[index], end));
    });
  }
  return texts;
}

const everything = [...sizes.keys()].filter((file) => file !== 'status-widgets.iife.js');
const texts = attribute(everything);
const allInFiles = new Set(allIn);
const onPage = attribute(allIn);
// Each group's code compressed alone, scaled so the groups add up to what the files weigh.
const alone = new Map([...texts].map(([name, text]) => [name, brotli(Buffer.from(text))]));
const scale = pageBytes(everything) / [...alone.values()].reduce((a, b) => a + b, 0);
const moduleRows = [...texts]
  .map(([name, text]) => ({
    module: name,
    minified: kb(text.length),
    brotli: kb(alone.get(name) * scale),
    'on the all-in page': onPage.has(name) ? 'yes' : 'no (lazy)',
    bytes: alone.get(name) * scale,
  }))
  .sort((a, b) => b.bytes - a.bytes);
console.log(
  `\nModules: every CDN module and chunk by source (brotli of each group alone, scaled to the ${kb(pageBytes(everything))} of all ES files; ${allInFiles.size} files on the all-in page)`,
);
console.table(moduleRows.map(({ bytes: _bytes, ...row }) => row));

// The time layer on the banner-only page, by the same attribution, against its own budget.
const bannerTexts = attribute(banner);
const bannerAlone = new Map([...bannerTexts].map(([name, text]) => [name, brotli(Buffer.from(text))]));
const bannerScale = pageBytes(banner) / [...bannerAlone.values()].reduce((a, b) => a + b, 0);
const time = (bannerAlone.get('time') ?? 0) * bannerScale;
const timeOk = budgets['time module'] === undefined || time <= budgets['time module'] * 1000;
console.log(
  `time module on the banner page: ${kb(time)}` +
    (budgets['time module'] === undefined
      ? ''
      : ` (budget ${budgets['time module']} KB: ${timeOk ? 'ok' : 'OVER'})`),
);
if (!timeOk) over++;
if (over) {
  console.error(`size: ${over} over budget`);
  process.exit(1);
}
