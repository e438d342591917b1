// Size budget: brotli-compressed size of each CDN file, printed as a table; exits 1 when a
// file is over its budget. Budgets live in package.json under "sizeBudget" (KB = 1000 bytes).
import { readFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const budgets = pkg.sizeBudget ?? {};
let over = 0;
const rows = [];
for (const [file, limitKb] of Object.entries(budgets)) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run npm run build first`);
    process.exit(1);
  }
  const raw = readFileSync(file);
  const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const ok = brotli <= limitKb * 1000;
  if (!ok) over++;
  rows.push({
    file,
    minified: kb(raw.length),
    brotli: kb(brotli),
    budget: `${limitKb} KB`,
    status: ok ? 'ok' : 'OVER',
  });
}
console.table(rows);
if (over) {
  console.error(`size: ${over} file(s) over budget`);
  process.exit(1);
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(2)} KB`;
}
