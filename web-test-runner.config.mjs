// web-test-runner configuration: runs test/browser/**/*.test.ts in Chromium, Firefox ESR and
// WebKit (WebKitGTK's MiniBrowser), all three from Debian packages.
//
//   npm run test:browser                          # all three engines
//   BROWSERS=chromium npm run test:browser        # quick local loop (comma list: chromium,firefox,webkit)
//   TZ=America/Los_Angeles npm run test:browser   # every engine in that time zone
//
// The machinery lives in test/runner/: browsers.mjs (engines, launchers, time zones),
// webkit.mjs (MiniBrowser, WebKitWebDriver, Xvfb), processes.mjs (child processes and their
// cleanup) and plugins.mjs (the emulate-media-features and accessibility-tree commands).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { misbehave } from './test/server/misbehave.mjs';
import { ssrPagesPlugin } from './test/server/ssr-pages.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { browsersFor, CONCURRENCY } from './test/runner/browsers.mjs';
import { accessibilityTreePlugin, cdnOrigin, emulateMediaFeaturesPlugin } from './test/runner/plugins.mjs';

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
    ssrPagesPlugin(),
  ],
  middleware: [misbehave(), cdnOrigin()],
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's development build announces itself once per test file; everything else is kept.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
};
