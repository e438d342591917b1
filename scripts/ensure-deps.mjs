// Runs `npm ci` when node_modules is missing or older than package-lock.json, so `npm start`
// and `npm test` work on a fresh clone. Uses only Node's own modules. A node_modules that is a
// symbolic link (a git worktree sharing another checkout's install) is left alone: `npm ci`
// would empty the linked folder for every checkout that shares it.
import { execSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const linked = existsSync('node_modules') && lstatSync('node_modules').isSymbolicLink();
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (linked && stale) {
  console.log('status-widgets: node_modules is a link to a shared install: not reinstalling it here.');
} else if (stale) {
  console.log(
    'status-widgets: node_modules is missing or older than package-lock.json: running npm ci once…',
  );
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
}
