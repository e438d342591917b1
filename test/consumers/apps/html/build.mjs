// The "build" of a page with no build step: the page as written, beside the package's CDN file
// taken from the installed tarball (what a CDN would serve from the published package).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cdnFile = require.resolve('status-widgets/cdn');

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
copyFileSync('index.html', 'dist/index.html');
copyFileSync(cdnFile, 'dist/status-widgets.js');
console.log(`dist/index.html, dist/status-widgets.js (from ${cdnFile})`);
