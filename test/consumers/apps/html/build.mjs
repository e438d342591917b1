// The "build" of a page with no build step: the page as written, beside the package's CDN folder
// taken from the installed tarball (what a CDN would serve from the published package): the
// all-in file loads its chunks from `chunks/` beside it.
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The `browser` condition of `status-widgets/cdn`: resolved here, in Node, the export's `node`
// condition would give dist/cdn.js, the module for server rendering, which imports Lit.
const require = createRequire(import.meta.url);
const packageFile = require.resolve('status-widgets/package.json');
const cdnFile = join(dirname(packageFile), require(packageFile).exports['./cdn'].browser);

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
copyFileSync('index.html', 'dist/index.html');
cpSync(dirname(cdnFile), 'dist/cdn', { recursive: true });
console.log(`dist/index.html, dist/cdn/ (from ${dirname(cdnFile)})`);
