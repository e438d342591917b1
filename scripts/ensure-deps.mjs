// Runs `npm ci` when node_modules is missing or older than package-lock.json, so `npm start`
// and `npm test` work on a fresh clone. Uses only Node's own modules.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log(
    'status-widgets: node_modules is missing or older than package-lock.json: running npm ci once…',
  );
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
}
