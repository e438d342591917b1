// web-test-runner configuration: runs test/browser/**/*.test.ts in Chromium, Firefox ESR and
// WebKit (WebKitGTK's MiniBrowser), all three from Debian packages.
//
//   npm run test:browser                          # all three engines
//   BROWSERS=chromium npm run test:browser        # quick local loop (comma list: chromium,firefox,webkit)
//   TZ=America/Los_Angeles npm run test:browser   # every engine in that time zone
//
// Time zones. Each engine takes its time zone from the TZ environment variable of its process,
// and the launchers below pass TZ on (checked by test/browser/test-server.test.ts, which compares
// the page's Intl time zone with the runner's TZ):
//   - Chromium: honours TZ (puppeteer hands the environment to the Debian /usr/bin/chromium
//     wrapper, which passes it to the browser and renderer processes).
//   - Firefox ESR: honours TZ (the content processes inherit it; nothing in the automation
//     profile turns on resistFingerprinting, which would force UTC).
//   - WebKit: honours TZ; MiniBrowser and its web processes inherit it from WebKitWebDriver, so a
//     time zone needs its own WebKitWebDriver: browsersFor({ tz }) starts one per time zone.
// Without TZ the engines use the machine's zone (UTC here). A later test group that needs a fixed
// zone can use its own launchers without changing the default run:
//   groups: [{ name: 'la', files: 'test/browser/tz/**/*.test.ts',
//              browsers: browsersFor({ tz: 'America/Los_Angeles' }) }]
//
// Processes. Xvfb (only when DISPLAY is unset) and WebKitWebDriver are started by this file, and
// only when a WebKit test session actually starts. They are stopped (with MiniBrowser and its
// helper processes) when WebKit's sessions are done, and in any case on exit, SIGINT, SIGTERM and
// SIGHUP; they also get SIGTERM from the kernel if this process is killed outright (setpriv
// --pdeathsig). Puppeteer closes Chromium and Firefox on the same signals; after a SIGKILL of the
// runner Chromium still quits (it talks over a pipe that closes), Firefox does not.

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { constants as osConstants } from 'node:os';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { defaultReporter } from '@web/test-runner';
import { misbehave } from './test/server/misbehave.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import {
  CHROMIUM_PATH,
  FIREFOX_PATH,
  MINIBROWSER_PATH,
  WEBKIT_DRIVER_PATH,
  XVFB_PATH,
  ensureBrowsers,
  parseBrowsers,
} from './scripts/ensure-browsers.mjs';

// ---------------------------------------------------------------------------------------------
// Engine selection and the up-front check (never installs from here; `npm run test:browser`
// runs scripts/ensure-browsers.mjs first, which may).

let engines;
try {
  engines = parseBrowsers(process.env.BROWSERS);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (!ensureBrowsers({ engines, install: false })) process.exit(1);

// ---------------------------------------------------------------------------------------------
// Child processes we own, and their cleanup.

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
const SETPRIV = '/usr/bin/setpriv';

/**
 * Spawns a helper in its own process group (so it and whatever it starts, e.g. MiniBrowser and
 * its web processes, can be signalled together) that receives SIGTERM if we die first.
 */
function spawnOwned(command, args, options) {
  const child = spawn(SETPRIV, ['--pdeathsig', 'TERM', '--', command, ...args], {
    ...options,
    detached: true,
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  // Keep a tail of the output for error messages; reading it also keeps the pipes from filling.
  child.outputTail = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (text) => (child.outputTail = (child.outputTail + text).slice(-4000)));
  }
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Processes of a process group that are still running (zombies waiting for init don't count). */
function liveGroupMembers(pgid) {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') count++;
    } catch {
      // the process ended while we looked
    }
  }
  return count;
}

/**
 * Stops one helper and everything it started: SIGTERM to its process group, then SIGKILL for
 * whatever is still running after `graceMs`.
 */
async function stopOwned(child, graceMs = 3000) {
  const pgid = child.pid;
  if (pgid === undefined) return;
  signalGroup(child, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (liveGroupMembers(pgid) > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (liveGroupMembers(pgid) > 0) signalGroup(child, 'SIGKILL');
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
}

function killAllNow() {
  for (const child of children) signalGroup(child, 'SIGTERM');
}

// 'exit' handlers must be synchronous: signalling is, waiting is not needed.
process.on('exit', killAllNow);
// web-test-runner stops gracefully on SIGINT (and exits, which runs killAllNow); this is the
// fallback in case that graceful stop hangs. SIGTERM/SIGHUP would otherwise kill us without
// running 'exit' handlers, or (once puppeteer has registered listeners) not kill us at all.
process.on('SIGINT', () => {
  setTimeout(() => process.exit(130), 5000).unref();
});
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killAllNow();
    process.exit(128 + osConstants.signals[signal]);
  });
}

// ---------------------------------------------------------------------------------------------
// Xvfb and WebKitWebDriver

/** @type {Promise<{ display: string, stop: () => Promise<void> }> | undefined} */
let xvfbPromise;
let displayUsers = 0;

/**
 * The X display for MiniBrowser: $DISPLAY, or an Xvfb shared by all WebKit drivers, started with
 * the first and stopped with the last. Call the returned release() when done with it.
 */
async function acquireDisplay() {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, release: async () => {} };
  displayUsers++;
  xvfbPromise ??= startXvfb();
  const release = async () => {
    if (--displayUsers > 0) return;
    const xvfb = xvfbPromise;
    xvfbPromise = undefined;
    await (await xvfb?.catch(() => undefined))?.stop();
  };
  try {
    return { display: (await xvfbPromise).display, release };
  } catch (error) {
    await release();
    throw error;
  }
}

async function startXvfb() {
  // -displayfd 3: Xvfb picks a free display number and writes it to fd 3 once it accepts clients.
  const xvfb = spawnOwned(
    XVFB_PATH,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const fd3 = /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]);
  fd3.setEncoding('utf8');
  let text = '';
  const display = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('Xvfb did not report a display within 10 s')), 10_000);
    const onExit = (code) => fail(new Error(`Xvfb exited early (code ${code})`));
    function fail(error) {
      clearTimeout(timer);
      stopOwned(xvfb);
      reject(new Error(`${error.message}\n${xvfb.outputTail}`));
    }
    fd3.on('data', (chunk) => {
      text += chunk;
      if (!text.includes('\n')) return;
      clearTimeout(timer);
      xvfb.off('error', fail).off('exit', onExit);
      resolve(`:${text.trim()}`);
    });
    xvfb.once('error', fail);
    xvfb.once('exit', onExit);
  });
  fd3.destroy();
  return { display, stop: () => stopOwned(xvfb) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a WebKitWebDriver whose MiniBrowser sessions see the given environment (TZ in
 * particular), and waits until it answers /status.
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
async function startWebKitDriver(env) {
  const { display, release } = await acquireDisplay();
  // The port comes from the kernel and is handed over; a clash in between is possible but
  // unlikely, so one retry covers it.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const driver = spawnOwned(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=local'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, DISPLAY: display },
    });
    try {
      await waitForDriver(driver, port);
      return { port, stop: () => stopOwned(driver).then(release) };
    } catch (error) {
      await stopOwned(driver);
      if (attempt >= 2) {
        await release();
        throw error;
      }
    }
  }
}

async function waitForDriver(driver, port) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null || driver.signalCode !== null) {
      throw new Error(`WebKitWebDriver exited early:\n${driver.outputTail}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 10 s:\n${driver.outputTail}`);
}

/**
 * web-test-runner's WebDriver launcher, pointed at a WebKitWebDriver that it starts itself when
 * the first WebKit session starts and stops when WebKit is done.
 */
class WebKitLauncher extends WebdriverLauncher {
  /** @type {Promise<{ port: number, stop: () => Promise<void> }> | undefined} */
  #driver;
  #env;

  constructor(env) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver is running
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for WebDriver BiDi by default, which WebKitWebDriver refuses
        // ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    });
    this.#env = env;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit'; // instead of the capability label "MiniBrowser"
  }

  async #ensureDriver() {
    this.#driver ??= startWebKitDriver(this.#env);
    this.options.port = (await this.#driver).port;
  }

  async startSession(id, url) {
    await this.#ensureDriver();
    return super.startSession(id, url);
  }

  async startDebugSession(id, url) {
    await this.#ensureDriver();
    return super.startDebugSession(id, url);
  }

  async stop() {
    await super.stop(); // ends the WebDriver session, which closes MiniBrowser
    const driver = this.#driver;
    this.#driver = undefined;
    if (driver) await (await driver.catch(() => undefined))?.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Launchers

const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Test files run in parallel per engine; two suits a 2-core machine. */
const CONCURRENCY = 2;

/**
 * Launchers for the selected engines. `tz` fixes the time zone for them; without it they inherit
 * the runner's TZ (if any).
 * @param {{ tz?: string, engines?: string[] }} [options]
 */
export function browsersFor({ tz, engines: selected = engines } = {}) {
  const env = tz === undefined ? { ...process.env } : { ...process.env, TZ: tz };
  const launchers = {
    chromium: () =>
      chromeLauncher({
        concurrency: CONCURRENCY,
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          headless: true,
          // CDP over a pipe instead of a port: Chromium exits as soon as the runner is gone.
          pipe: true,
          args: CHROMIUM_ARGS,
          env,
        },
      }),
    // chromeLauncher drives Firefox over WebDriver BiDi through puppeteer-core; no geckodriver.
    firefox: () =>
      chromeLauncher({
        concurrency: CONCURRENCY,
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX_PATH,
          headless: true,
          env,
          // Opens Firefox's privileged (chrome) scope to the remote protocol, for the
          // emulate-media-features command below; nothing else uses it.
          args: ['-remote-allow-system-access'],
          // Test pages run side by side, so most are background tabs, whose timers Firefox slows
          // to once a second; the polling and scheduling tests need real timers.
          extraPrefsFirefox: {
            'dom.min_background_timeout_value': 0,
            'dom.min_background_timeout_value_without_budget_throttling': 0,
            'dom.timeout.enable_budget_timer_throttling': false,
          },
        },
      }),
    webkit: () => new WebKitLauncher(env),
  };
  return selected.map((engine) => launchers[engine]());
}

// ---------------------------------------------------------------------------------------------
// Media-feature emulation: the `emulate-media-features` command

/**
 * Tests call `executeServerCommand('emulate-media-features', { forcedColors, colorScheme,
 * reducedMotion })` (each optional; `null` removes that override) and get back whether the
 * engine applied it. web-test-runner's own `emulateMedia` gives forced colors to Playwright only,
 * and through puppeteer it needs CDP, so Firefox (WebDriver BiDi) gets nothing from it.
 *   - Chromium: `Emulation.setEmulatedMedia` on a CDP session of the test's page, kept open per
 *     page (pages are reused by later test files; detaching would drop the overrides). The
 *     command sends every feature it has set each time, since each call replaces the page's set.
 *   - Firefox: WebDriver BiDi has no such command in Firefox ESR 153 (emulation.
 *     setForcedColorsModeThemeOverride is unknown), but its top-level BrowsingContext has the
 *     per-tab overrides DevTools uses (forcedColorsOverride, prefersColorSchemeOverride,
 *     prefersReducedMotionOverride). They are set from Firefox's privileged chrome scope, which
 *     the launcher opens with -remote-allow-system-access; only the test's own tab changes.
 *   - WebKit (WebDriver classic): no emulation; the command answers `{ applied: false }`.
 */
function emulateMediaFeaturesPlugin() {
  /** @type {WeakMap<object, { cdp: Promise<any>, features: Map<string, string> }>} */
  const chromiumPages = new WeakMap();
  const FEATURES = {
    forcedColors: { cdp: 'forced-colors', firefox: 'forcedColorsOverride', values: ['active', 'none'] },
    colorScheme: {
      cdp: 'prefers-color-scheme',
      firefox: 'prefersColorSchemeOverride',
      values: ['light', 'dark'],
    },
    reducedMotion: {
      cdp: 'prefers-reduced-motion',
      firefox: 'prefersReducedMotionOverride',
      values: ['reduce', 'no-preference'],
    },
  };

  /** @returns {[keyof typeof FEATURES, string | null][]} */
  function validate(payload) {
    if (payload === null || typeof payload !== 'object') {
      throw new Error('emulate-media-features takes an object');
    }
    return Object.entries(payload).map(([key, value]) => {
      const feature = FEATURES[key];
      if (!feature) throw new Error(`emulate-media-features: unknown feature ${key}`);
      if (value !== null && !feature.values.includes(value)) {
        throw new Error(`emulate-media-features: ${key} is one of ${feature.values.join(', ')} or null`);
      }
      return [key, value];
    });
  }

  async function chromium(page, changes) {
    let entry = chromiumPages.get(page);
    if (!entry) {
      entry = { cdp: page.createCDPSession(), features: new Map() };
      chromiumPages.set(page, entry);
    }
    for (const [key, value] of changes) {
      if (value === null) entry.features.delete(FEATURES[key].cdp);
      else entry.features.set(FEATURES[key].cdp, value);
    }
    const features = [...entry.features].map(([name, value]) => ({ name, value }));
    await (await entry.cdp).send('Emulation.setEmulatedMedia', { features });
  }

  async function firefox(page, changes) {
    const connection = page.browser().connection;
    // Asked each time: a chrome window's context ends when the window closes.
    const { result: tree } = await connection.send('browsingContext.getTree', {
      'moz:scope': 'chrome',
      maxDepth: 0,
    });
    const chromeContext = tree.contexts[0]?.context;
    if (!chromeContext) {
      throw new Error(
        'emulate-media-features: no chrome scope (is Firefox started with -remote-allow-system-access?)',
      );
    }
    const assignments = changes
      .map(([key, value]) => `context.${FEATURES[key].firefox} = ${JSON.stringify(value ?? 'none')};`)
      .join(' ');
    const expression = `(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const context = NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)});
      if (!context) throw new Error('no browsing context for the test page');
      ${assignments}
    })()`;
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: chromeContext },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') {
      throw new Error(`emulate-media-features: ${result.exceptionDetails.text}`);
    }
  }

  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const changes = validate(payload);
      if (session.browser.type !== 'puppeteer') return { applied: false };
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol === 'cdp') await chromium(page, changes);
      else await firefox(page, changes);
      return { applied: true };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The accessibility tree: the `accessibility-tree` command

/**
 * Tests call `executeServerCommand('accessibility-tree', { selector })` and get the browser's
 * accessibility tree under the first element matching `selector` (puppeteer's snapshot, with
 * every node: roles, names, levels, live-region state as the engine exposes them to assistive
 * technology), or `{ unsupported: reason }` where the engine cannot give one: Chromium can (CDP);
 * Firefox over WebDriver BiDi and WebKit over WebDriver classic cannot.
 */
function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer') return { unsupported: `${session.browser.type} launcher` };
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol !== 'cdp') return { unsupported: 'WebDriver BiDi' };
      const root = payload?.selector ? await page.$(payload.selector) : null;
      if (payload?.selector && !root)
        throw new Error(`accessibility-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root: root ?? undefined, interestingOnly: false });
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // test/browser/tz/ runs again in its own group with the browsers themselves in
  // America/Los_Angeles, so the default "viewer's zone" path is proven outside UTC too.
  files: ['test/browser/**/*.test.ts', '!test/browser/tz/**'],
  groups: [
    {
      name: 'viewer-in-los-angeles',
      files: ['test/browser/tz/**/*.test.ts'],
      browsers: browsersFor({ tz: 'America/Los_Angeles' }),
    },
  ],
  // The "development" export condition gives Lit's development build, whose warnings catch
  // mistakes (such as class fields shadowing reactive properties) that the production build hides.
  nodeResolve: { exportConditions: ['development'] },
  concurrency: CONCURRENCY, // per engine; the WebDriver launcher reads only this global value
  // Two engines at a time on a 2-core machine: timing-sensitive tests (polling, boundaries)
  // stay reliable, at the cost of some wall time.
  concurrentBrowsers: 2,
  browsers: browsersFor(),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    emulateMediaFeaturesPlugin(),
    accessibilityTreePlugin(),
  ],
  middleware: [misbehave()],
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's development build announces itself once per test file; everything else is kept.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
};
