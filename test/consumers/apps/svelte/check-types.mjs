// The build's first step: svelte-check (--fail-on-warnings) over src/ and type-tests/, the
// templates type-checked against status-widgets/jsx/svelte. svelte-check has no
// `@ts-expect-error` for markup (sveltejs/language-tools#1915), so type-tests/*.svelte mark
// each line that must be a type error with a comment `<!-- @expect-error why -->` on the line
// above. Passes when every marked line has an error and nothing else has an error or a warning.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkg = require.resolve('svelte-check/package.json');
const bin = join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin);
const result = spawnSync(
  process.execPath,
  [bin, '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine'],
  { encoding: 'utf8' },
);

// "<time> ERROR "<file>" <line>:<column> "<message>"", the same with WARNING, then COMPLETED.
const found = [];
let completed = false;
for (const line of result.stdout.split('\n')) {
  const m = /^\d+ (ERROR|WARNING) "([^"]+)" (\d+):(\d+) (".*")$/.exec(line);
  if (m) found.push({ kind: m[1], file: m[2], line: Number(m[3]), column: m[4], message: JSON.parse(m[5]) });
  else if (/^\d+ COMPLETED /.test(line)) completed = true;
}
if (!completed) {
  console.error(`svelte-check did not complete (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  process.exit(1);
}

/** `file:line` of each line an `@expect-error` comment marks, with its reason. */
const expected = new Map();
for (const name of readdirSync('type-tests')) {
  if (!name.endsWith('.svelte')) continue;
  const file = `type-tests/${name}`;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const m = /^\s*<!-- @expect-error (.*) -->\s*$/.exec(text);
      if (m) expected.set(`${file}:${index + 2}`, m[1]);
    });
}

const problems = [];
const seen = new Set();
for (const d of found) {
  const at = `${d.file}:${d.line}`;
  if (d.kind === 'ERROR' && expected.has(at)) seen.add(at);
  else problems.push(`${at}:${d.column} ${d.kind.toLowerCase()}: ${d.message}`);
}
for (const [at, why] of expected) {
  if (!seen.has(at)) problems.push(`${at} is no type error, but is marked as one (${why})`);
}
if (problems.length) {
  console.error(`svelte-check: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`svelte-check: no errors or warnings but the ${expected.size} expected in type-tests/`);
