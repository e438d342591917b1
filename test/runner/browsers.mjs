// The browsers the tests run in, each from Debian's packages: Chromium and Firefox ESR through
// puppeteer (Firefox over WebDriver BiDi), WebKit through test/runner/webkit.mjs. BROWSERS (a comma
// list of chromium, firefox, webkit) picks them; TZ fixes their time zone.
//
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
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import {
  CHROMIUM_PATH,
  FIREFOX_PATH,
  ensureBrowsers,
  parseBrowsers,
} from '../../scripts/ensure-browsers.mjs';
import { WebKitLauncher } from './webkit.mjs';

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
export const CONCURRENCY = 2;

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
