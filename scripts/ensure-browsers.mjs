#!/usr/bin/env node
// Makes sure the browsers that the browser tests drive are installed.
//
// All three engines come from Debian packages; nothing here ever downloads a browser build of its
// own (that cannot work on the project's machines). Usage:
//
//   node scripts/ensure-browsers.mjs              # check the engines in $BROWSERS (default: all)
//   node scripts/ensure-browsers.mjs --no-install # only check, never run apt-get
//   ENSURE_BROWSERS_INSTALL=0 node scripts/...    # same as --no-install
//
// When something is missing and we are root on a machine with apt-get (a developer machine or CI),
// the missing packages are installed non-interactively. Otherwise one message naming the install
// command is printed and the exit code is 1. web-test-runner.config.mjs imports this module for
// the path constants and the check (it never installs from there).

import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { arch } from 'node:process';
import { fileURLToPath } from 'node:url';

/** Engines the test runner knows, in the order they are reported. */
export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** Debian multiarch triplet, needed for MiniBrowser's path (it is not on PATH). */
const MULTIARCH = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[arch] ?? `${arch}-linux-gnu`;

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = `/usr/lib/${MULTIARCH}/webkit2gtk-4.1/MiniBrowser`;
export const XVFB_PATH = '/usr/bin/Xvfb';

export const INSTALL_COMMAND =
  'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

/**
 * What each engine needs, as [binary, Debian package]. MiniBrowser ships in libwebkit2gtk-4.1-0,
 * which webkit2gtk-driver depends on, so installing the driver brings it.
 * @type {Record<string, Array<[string, string]>>}
 */
const REQUIREMENTS = {
  chromium: [[CHROMIUM_PATH, 'chromium']],
  firefox: [[FIREFOX_PATH, 'firefox-esr']],
  webkit: [
    [WEBKIT_DRIVER_PATH, 'webkit2gtk-driver'],
    [MINIBROWSER_PATH, 'webkit2gtk-driver'],
    // MiniBrowser has no headless mode; an existing display (DISPLAY set) makes Xvfb unnecessary.
    ...(process.env.DISPLAY ? [] : [[XVFB_PATH, 'xvfb']]),
  ],
};

/**
 * Parses a BROWSERS-style list ("chromium,webkit"); empty or unset means all engines.
 * Throws on unknown names so a typo does not silently run nothing.
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function parseBrowsers(value = process.env.BROWSERS) {
  const names = (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) return [...ENGINES];
  const unknown = names.filter((n) => !ENGINES.includes(/** @type {any} */ (n)));
  if (unknown.length > 0) {
    throw new Error(
      `BROWSERS: unknown engine(s) ${unknown.join(', ')}; use a comma list of ${ENGINES.join(', ')}`,
    );
  }
  // Keep the canonical order and drop duplicates.
  return ENGINES.filter((e) => names.includes(e));
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Lists what is missing for the given engines.
 * @param {string[]} engines
 * @returns {{ binaries: string[], packages: string[] }}
 */
export function findMissing(engines) {
  const binaries = [];
  const packages = new Set();
  for (const engine of engines) {
    for (const [binary, pkg] of REQUIREMENTS[engine] ?? []) {
      if (!isExecutable(binary)) {
        binaries.push(binary);
        packages.add(pkg);
      }
    }
  }
  return { binaries, packages: [...packages] };
}

/** The one message printed when browsers are missing. */
export function missingMessage(binaries) {
  return (
    `Browser tests need ${binaries.join(', ')}, which ${binaries.length === 1 ? 'is' : 'are'} not installed.\n` +
    `Install the browsers (as root) with:\n\n  ${INSTALL_COMMAND}\n`
  );
}

/**
 * Checks the selected engines. With `install: true`, root and apt-get, installs what is missing.
 * Returns true when everything is present afterwards; otherwise prints the message and returns
 * false (callers exit non-zero).
 * @param {{ engines?: string[], install?: boolean }} [options]
 */
export function ensureBrowsers({ engines = parseBrowsers(), install = false } = {}) {
  let missing = findMissing(engines);
  if (missing.binaries.length === 0) return true;

  const canInstall = install && process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
  if (canInstall) {
    console.error(`Installing ${missing.packages.join(' ')} for the browser tests…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) =>
      spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
    if (run(['update']) && run(['install', '-y', ...missing.packages])) {
      missing = findMissing(engines);
      if (missing.binaries.length === 0) return true;
    }
  }
  console.error(missingMessage(missing.binaries));
  return false;
}

// Run as a script (not imported): check $BROWSERS, install when allowed.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const noInstall = process.argv.includes('--no-install') || process.env.ENSURE_BROWSERS_INSTALL === '0';
  let engines;
  try {
    engines = parseBrowsers();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  process.exit(ensureBrowsers({ engines, install: !noInstall }) ? 0 : 1);
}
