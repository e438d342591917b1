// What each part of the library adds to a minified, brotli-compressed bundle, measured by
// bundling entry points with esbuild: the feed layer alone, then feed + each further module.
//   node scripts/module-size.mjs           prints the table
//   node scripts/module-size.mjs --check   also exits 1 when a part is over its limit below
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';

const time = ['zone', 'recurrence', 'phase', 'scheduler', 'clock', 'format'].map(
  (name) => `src/time/${name}.ts`,
);
const parts = {
  feed: ['src/feed/index.ts'],
  i18n: ['src/i18n/locale.ts', 'src/i18n/strings.ts', 'src/i18n/intl.ts'],
  client: ['src/client/feed-client.ts', 'src/elements/shared/feed-controller.ts'],
};
/** Limits in bytes on what a part adds (the time module's, from its issue: 4 KB). */
const limits = { time: 4000 };

async function brotli(files) {
  const contents = files.map((file) => `export * from ${JSON.stringify(`./${file}`)};`).join('\n');
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

const rows = [];
const over = [];
const row = (part, size, adds, name) => {
  const limit = limits[name];
  if (limit !== undefined && adds > limit) over.push(`${name} adds ${kb(adds)}, over its ${kb(limit)}`);
  rows.push({
    part,
    brotli: kb(size),
    adds: adds === undefined ? '' : kb(adds),
    limit: limit ? kb(limit) : '',
  });
};

const feed = await brotli(parts.feed);
row('feed (zod/mini, parser, adapters)', feed);
const withI18n = await brotli([...parts.feed, ...parts.i18n]);
row('feed + i18n', withI18n, withI18n - feed);
const withClient = await brotli([...parts.feed, ...parts.client]);
row('feed + client', withClient, withClient - feed);
// The time module formats through the i18n tables, so it is measured on top of them.
const withTime = await brotli([...parts.feed, ...parts.i18n, ...time]);
row('feed + i18n + time', withTime, withTime - withI18n, 'time');
const withIcs = await brotli([...parts.feed, ...parts.i18n, ...time, 'src/time/ics.ts']);
row('  + calendar export (loaded on demand)', withIcs, withIcs - withTime);
const all = await brotli([...Object.values(parts).flat(), ...time]);
row('everything on the page', all, all - feed);
console.table(rows);

if (process.argv.includes('--check') && over.length) {
  for (const line of over) console.error(`module-size: ${line}`);
  process.exit(1);
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(2)} KB`;
}
