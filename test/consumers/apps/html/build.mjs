// The "build" of a page with no build step: the page as written, beside the package's CDN file
// taken from the installed tarball (what a CDN would serve from the published package).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The file a CDN serves (unpkg.com/status-widgets/dist/cdn/status-widgets.js), by its path in the
// package: `status-widgets/cdn` resolves to it only under the `browser` condition, and Node's
// resolution here takes the `node` one (an unbundled module for servers).
const cdnFile = join(dirname(require.resolve('status-widgets/package.json')), 'dist/cdn/status-widgets.js');

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
copyFileSync('index.html', 'dist/index.html');
copyFileSync(cdnFile, 'dist/status-widgets.js');
console.log(`dist/index.html, dist/status-widgets.js (from ${cdnFile})`);
