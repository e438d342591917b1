// What each part of the library adds to a minified, brotli-compressed bundle, measured by
// bundling entry points with esbuild: the feed layer alone, then feed + each further module.
//   node scripts/module-size.mjs
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';

const parts = {
  feed: ['src/feed/index.ts'],
  time: [
    'src/time/zone.ts',
    'src/time/recurrence.ts',
    'src/time/phase.ts',
    'src/time/scheduler.ts',
    'src/time/clock.ts',
    'src/time/format.ts',
    'src/time/ics.ts',
  ],
  i18n: ['src/i18n/locale.ts', 'src/i18n/strings.ts'],
  client: ['src/client/feed-client.ts', 'src/elements/shared/feed-controller.ts'],
};

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

const base = await brotli(parts.feed);
const rows = [{ part: 'feed (zod/mini, parser, adapters)', brotli: kb(base), adds: '' }];
for (const [name, files] of Object.entries(parts)) {
  if (name === 'feed') continue;
  const size = await brotli([...parts.feed, ...files]);
  rows.push({ part: `feed + ${name}`, brotli: kb(size), adds: kb(size - base) });
}
const all = await brotli(Object.values(parts).flat());
rows.push({ part: 'everything', brotli: kb(all), adds: kb(all - base) });
console.table(rows);

function kb(bytes) {
  return `${(bytes / 1000).toFixed(2)} KB`;
}
