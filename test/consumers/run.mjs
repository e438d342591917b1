// Consumer apps: the package as an app gets it from npm, built with each framework's own tooling,
// run in headless Chromium.
//
//   npm run build && npm run test:consumers     # from the repository root
//   node test/consumers/run.mjs --skip-install  # reuse test/consumers/node_modules (quick loop)
//   node test/consumers/run.mjs vue react19     # only these apps
//   CONSUMERS_ANGULAR=0 node test/consumers/run.mjs   # leave the Angular app out
//
// 1. `npm pack` the built repository (dist/ must exist) into a temporary folder.
// 2. One shared install for every app: `npm ci` in test/consumers/ (an npm workspace root with
//    one committed lockfile, which never names status-widgets), then `npm install --no-save` of
//    the tarball, so the lockfile never pins a tarball's integrity and everything else comes
//    from the registry.
// 3. Each app's own `npm run build` (Vite, the Angular CLI, a copy of the CDN file, or Vite
//    builds plus renderToString at build time for the server-rendered React app).
// 4. Each build served by a small static server on 127.0.0.1, loaded in Chromium. An app passes
//    when every element it names is upgraded and shows the expected text in its shadow root,
//    its handlers saw the `status-change` events it names (recorded in window.consumerEvents),
//    and the page logged no console error, threw no error and had no failed request. Some apps
//    ask for more: the React versions in the bundle, more than one page, or the page loaded with
//    JavaScript disabled first (server-rendered shadow roots).
//
// Ends with "consumers: N passed, N failed" (.ci/run counts it) and exits non-zero on failure.

import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = 20_000;

/**
 * Problems unless the built JavaScript under `root` holds React `major` and no other React
 * (React's builds carry their version as `version: "18.3.1"` / `.version = "19.…"` in react,
 * react-dom and the reconciler). Prints the versions found.
 */
function onlyReact(root, major) {
  const versions = new Set();
  const files = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : /\.m?js$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  for (const file of files(root)) {
    for (const [, version] of readFileSync(file, 'utf8').matchAll(
      /[vV]ersion\s*[:=]\s*["'`](\d+\.\d+\.\d+)[^"'`]*["'`]/g,
    )) {
      versions.add(version);
    }
  }
  const found = [...versions].sort();
  console.log(`consumers:   bundle under ${relative(here, root)}: React ${found.join(', ') || 'not found'}`);
  const others = found.filter((version) => !version.startsWith(`${major}.`));
  if (!found.length) return [`the bundle holds no React version string (looked for React ${major})`];
  if (others.length) return [`the bundle holds React ${found.join(' and ')}, not React ${major} alone`];
  return [];
}

/**
 * The apps. `out` is the built folder to serve; `elements` the selectors to check and the text
 * each shadow root must contain; `events` the handlers (the `element` field of an entry in
 * window.consumerEvents) that must have seen a `status-change` for `title`, or `[handler, title]`
 * for another item's title. `notes` returns lines to print about what the page recorded,
 * without judging it. Optional: `marks`, `[element, type]` entries window.consumerEvents must
 * hold besides the events; `bundle(root)`, problems found in the built files; `pages`, the
 * pages to check (paths under `out`, default `['']`, the index; or `{ path, …fields }` for a
 * page whose elements, events, … differ from the app's); `warnings`, patterns the library's
 * console warnings must match one each (default none: any warning starting "status-widgets:"
 * fails the page); `scriptsOff`, selectors and
 * texts each shadow root must show on the index page loaded with JavaScript disabled (the
 * server's HTML alone: declarative shadow DOM, no element upgraded, no script run).
 */
const APPS = [
  {
    name: 'vue',
    out: 'dist',
    title: 'Login is slow (vue)',
    elements: [
      ['status-banner', 'Login is slow (vue)'],
      ['incident-timeline', 'We are looking into slow logins (vue).'],
      ['status-indicator', 'Partial outage'],
      ['component-status', 'Login (vue)'],
    ],
    events: ['status-banner', 'incident-timeline', 'status-indicator', 'component-status'],
  },
  {
    name: 'svelte',
    out: 'dist',
    title: 'Login is slow (svelte)',
    elements: [
      ['status-banner', 'Login is slow (svelte)'],
      ['maintenance-notice', 'Database upgrade (svelte)'],
    ],
    events: ['status-banner', ['maintenance-notice', 'Database upgrade (svelte)']],
  },
  {
    name: 'react19',
    out: 'dist',
    title: 'Login is slow (react19)',
    // After 100 ms the app adds a critical incident, which every banner then shows; the runner
    // clicks a button that mounts one more banner, on the first feed.
    before: async (page) => {
      await page.waitForSelector('#show');
      await page.click('#show');
    },
    elements: [
      ['#use-effect-after-click', 'Login is slow (react19)'],
      ['#on-prop', 'Sign-up is down (react19)'],
      ['#use-effect', 'Sign-up is down (react19)'],
      ['#use-layout-effect', 'Sign-up is down (react19)'],
      ['#ref-callback', 'Sign-up is down (react19)'],
    ],
    // The first status-change ("Login is slow") reaches the recipes that attach their listener
    // in React's commit; the useEffect recipe must see the second one, and its miss of the
    // first is reported, not judged (see README.md).
    events: [
      'on-prop',
      'use-layout-effect',
      'ref-callback',
      ['on-prop', 'Sign-up is down (react19)'],
      ['use-effect', 'Sign-up is down (react19)'],
      ['use-layout-effect', 'Sign-up is down (react19)'],
      ['ref-callback', 'Sign-up is down (react19)'],
    ],
    pages: [
      '',
      // The define module loaded after React's first render: React 19 then sets `feed` as an
      // attribute ("[object Object]"), the element warns once with the fix, and shows the feed
      // from the next render on, when React sees a defined element and sets the property.
      {
        path: 'late.html',
        before: undefined,
        notes: undefined,
        elements: [['#late', 'Sign-up is down (react19)']],
        events: [['late', 'Sign-up is down (react19)']],
        marks: [['late', 'defined']],
        warnings: [
          /^status-widgets: <status-banner> has a feed attribute \("\[object Object\]"\).*load the define module before the first render/,
        ],
      },
    ],
    notes: (seen) =>
      ['on-prop', 'use-effect', 'use-layout-effect', 'ref-callback', 'use-effect-after-click'].map(
        (recipe) => {
          const mine = seen.filter((entry) => entry.element === recipe);
          const order = mine.map((entry) =>
            entry.type === 'listener-attached' ? 'listener attached' : `"${entry.title}"`,
          );
          return `${recipe}: ${order.join(' → ') || 'nothing'}`;
        },
      ),
  },
  {
    name: 'react18-wrapper',
    out: 'dist',
    title: 'Login is slow (react18-wrapper)',
    // status-widgets/react's StatusBanner and MaintenanceNotice on React 18, which sets only
    // attributes on a bare tag: the wrapper sets `feed` and adds the listener before the first
    // render, so the text shows and the first status-change reaches onStatusChange.
    elements: [
      ['#banner', 'Login is slow (react18-wrapper)'],
      ['#notice', 'Database upgrade (react18-wrapper)'],
    ],
    events: ['status-banner', ['maintenance-notice', 'Database upgrade (react18-wrapper)']],
    // The app runs on React 18, and the bundle holds React 18 alone (vite.config.js dedupes the
    // hoisted package's `react` import onto the app's own React).
    marks: [['app', 'react-18']],
    bundle: (root) => onlyReact(root, 18),
    pages: [
      '',
      // A bare <status-banner feed={doc}> without the wrapper: React 18 sets the attribute
      // "[object Object]", the banner stays empty, and one console warning names the wrapper.
      {
        path: 'bare.html',
        elements: [['#bare', '']],
        events: [],
        marks: [
          ['app', 'react-18'],
          ['bare', 'attribute [object Object]'],
        ],
        warnings: [
          /^status-widgets: <status-banner> has a feed attribute \("\[object Object\]"\).*use status-widgets\/react in React 18/,
        ],
      },
    ],
  },
  {
    name: 'react19-ssr',
    out: 'dist',
    title: 'Login is slow (react19-ssr)',
    // Server-rendered at build time by renderToString with @lit-labs/ssr-react: the page's HTML
    // has each element's shadow root (declarative shadow DOM). With scripts off the text is
    // there, from the server alone; with scripts, hydrateRoot takes the page over without a
    // mismatch (React reports one with console.error, or as an uncaught error), the wrapper sets
    // `feed`, and the element's first render in the browser replaces the server's shadow content
    // and fires its first status-change, which onStatusChange sees. `dev/` is the same page with
    // React's development build, which reports attribute differences too.
    scriptsOff: [
      ['#banner', 'Login is slow (react19-ssr)'],
      ['#timeline', 'We are looking into slow logins (react19-ssr).'],
    ],
    pages: ['', 'dev/'],
    elements: [
      ['#banner', 'Login is slow (react19-ssr)'],
      ['#timeline', 'We are looking into slow logins (react19-ssr).'],
    ],
    events: ['status-banner', 'incident-timeline'],
    marks: [['app', 'hydrated']],
    bundle: (root) => onlyReact(root, 19),
    notes: (seen) => [
      `saw: ${seen.map((entry) => (entry.title ? `${entry.element} "${entry.title}"` : `${entry.element} ${entry.type}`)).join(' → ')}`,
    ],
  },
  {
    name: 'angular',
    out: 'dist/browser',
    title: 'Login is slow (angular)',
    elements: [['status-banner', 'Login is slow (angular)']],
    events: ['status-banner'],
    // CONSUMERS_ANGULAR=0 leaves it out (its install is still part of the shared one).
    skipWith: 'CONSUMERS_ANGULAR',
  },
  {
    name: 'html',
    out: 'dist',
    title: 'Login is slow (html)',
    elements: [['status-banner', 'Login is slow (html)']],
    events: ['status-banner'],
  },
];

const args = process.argv.slice(2);
const skipInstall = args.includes('--skip-install');
const skipBuild = args.includes('--skip-build');
const only = args.filter((arg) => !arg.startsWith('--'));
const unknown = only.filter((name) => !APPS.some((app) => app.name === name));
if (unknown.length) {
  console.error(
    `consumers: no app named ${unknown.join(', ')} (apps: ${APPS.map((a) => a.name).join(', ')})`,
  );
  process.exit(2);
}
const apps = APPS.filter((app) => {
  if (only.length) return only.includes(app.name);
  return !app.skipWith || process.env[app.skipWith] !== '0';
});
const skipped = APPS.filter((app) => !apps.includes(app)).map((app) => app.name);

const timings = [];
function timed(label, fn) {
  const start = performance.now();
  try {
    return fn();
  } finally {
    const seconds = (performance.now() - start) / 1000;
    timings.push([label, seconds]);
    console.log(`consumers: ${label} took ${seconds.toFixed(1)} s`);
  }
}

/** Runs a command with its output shown; throws with the command line when it fails. */
function run(command, commandArgs, cwd, env = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${commandArgs.join(' ')} (in ${relative(repo, cwd) || '.'}) exited ${result.status ?? result.signal}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 1–3: pack, install, build.

for (const file of ['dist/index.js', 'dist/cdn/status-widgets.js', 'dist/elements/status-banner/define.js']) {
  if (!existsSync(join(repo, file))) {
    console.error(`consumers: ${file} is missing; run \`npm run build\` first`);
    console.log('consumers: 0 passed, 1 failed');
    process.exit(1);
  }
}

const packDir = mkdtempSync(join(tmpdir(), 'status-widgets-pack-'));
process.on('exit', () => rmSync(packDir, { recursive: true, force: true }));

const results = [];
let setupError;
try {
  const tarball = timed('npm pack', () => {
    // --ignore-scripts: dist/ is already built (the package has no pack scripts today), so this
    // is the tarball `npm publish` would upload from this tree.
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [{ filename, size, entryCount }] = JSON.parse(out);
    console.log(`consumers: packed ${filename} (${(size / 1024).toFixed(0)} KiB, ${entryCount} files)`);
    return join(packDir, filename);
  });

  if (!skipInstall) {
    timed('shared install (npm ci)', () => run('npm', ['ci', '--no-audit', '--no-fund'], here));
  }
  timed('tarball install (npm install --no-save)', () =>
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], here),
  );
  const installed = join(here, 'node_modules/status-widgets');
  const real = realpathSync(installed);
  if (real !== installed || !statSync(join(installed, 'dist/index.js')).isFile()) {
    throw new Error(`node_modules/status-widgets is not the unpacked tarball (it is ${real})`);
  }

  if (!skipBuild) {
    for (const app of apps) {
      timed(`build ${app.name}`, () =>
        run('npm', ['run', 'build'], join(here, 'apps', app.name), { NG_CLI_ANALYTICS: 'false' }),
      );
    }
  }
} catch (error) {
  setupError = error;
  console.error(`consumers: ${error.message}`);
}

// ---------------------------------------------------------------------------------------------
// 4: serve and load each app.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server for one folder on 127.0.0.1 (a random port): files as they are, `/` → index.html. */
async function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** In the page: each element's state and its shadow root's text (nested shadow roots too). */
function inspect(selectors) {
  const deepText = (node) => {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style') {
        text += ' ' + deepText(child);
        if (child.shadowRoot) text += ' ' + deepText(child.shadowRoot);
      }
    }
    return text;
  };
  return {
    elements: selectors.map((selector) => {
      const element = document.querySelector(selector);
      if (!element) return { selector, found: false };
      const definition = customElements.get(element.localName);
      return {
        selector,
        found: true,
        upgraded: Boolean(definition) && element instanceof definition,
        hasShadow: Boolean(element.shadowRoot),
        text: element.shadowRoot ? deepText(element.shadowRoot).replace(/\s+/g, ' ').trim() : '',
      };
    }),
    seen: window.consumerEvents ?? null,
  };
}

/** `[handler, title]` for each event the app's handlers must have seen. */
const expectedEvents = (app) =>
  app.events.map((event) => (Array.isArray(event) ? event : [event, app.title]));

function judge(app, state) {
  const problems = [];
  for (const [selector, text] of app.elements) {
    const element = state.elements.find((entry) => entry.selector === selector);
    if (!element?.found) problems.push(`${selector}: not in the page`);
    else if (!element.upgraded) problems.push(`${selector}: not upgraded`);
    else if (!element.hasShadow) problems.push(`${selector}: no shadow root`);
    else if (!element.text.includes(text)) {
      problems.push(`${selector}: shadow root lacks "${text}" (has "${element.text.slice(0, 120)}")`);
    }
  }
  if (!Array.isArray(state.seen)) problems.push('window.consumerEvents was never set: the app did not run');
  else {
    for (const [handler, title] of expectedEvents(app)) {
      const saw = state.seen.some(
        (entry) => entry.element === handler && entry.type === 'status-change' && entry.title === title,
      );
      if (!saw) problems.push(`handler ${handler}: saw no status-change for "${title}"`);
    }
    for (const [element, type] of app.marks ?? []) {
      if (!state.seen.some((entry) => entry.element === element && entry.type === type))
        problems.push(`window.consumerEvents has no ${element} "${type}" entry`);
    }
  }
  return problems;
}

/**
 * The library's console warnings (those starting "status-widgets:") against `app.warnings`:
 * each pattern must match exactly one warning, and no other warning may appear.
 */
function judgeWarnings(app, warnings) {
  const problems = [];
  const expected = app.warnings ?? [];
  for (const pattern of expected) {
    const count = warnings.filter((text) => pattern.test(text)).length;
    if (count !== 1) problems.push(`${count} console warnings match ${pattern}, not 1`);
  }
  for (const text of warnings) {
    if (!expected.some((pattern) => pattern.test(text))) problems.push(`console warning: ${text}`);
  }
  return problems;
}

/** The server's HTML alone, with JavaScript disabled: shadow roots from declarative shadow DOM. */
function judgeWithoutScripts(app, state) {
  const problems = [];
  for (const [selector, text] of app.scriptsOff) {
    const element = state.elements.find((entry) => entry.selector === selector);
    if (!element?.found) problems.push(`${selector}: not in the page`);
    else if (element.upgraded) problems.push(`${selector}: upgraded, so a script ran`);
    else if (!element.hasShadow) problems.push(`${selector}: no shadow root (no declarative shadow DOM)`);
    else if (!element.text.includes(text)) {
      problems.push(`${selector}: shadow root lacks "${text}" (has "${element.text.slice(0, 120)}")`);
    }
  }
  if (state.seen !== null) problems.push('window.consumerEvents is set, so a script ran');
  return problems;
}

/** A page in a fresh browser context, collecting console errors, page errors and failed requests. */
async function openPage(browser, problems, { scripts = true, warnings = [] } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (!scripts) await page.setJavaScriptEnabled(false);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    if (/^warn/.test(message.type()) && message.text().startsWith('status-widgets:'))
      warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page };
}

/** Loads `url` with JavaScript disabled and judges what the server's HTML shows. */
async function checkWithoutScripts(browser, app, url) {
  const problems = [];
  const { context, page } = await openPage(browser, problems, { scripts: false });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const state = await page.evaluate(
      inspect,
      app.scriptsOff.map(([selector]) => selector),
    );
    problems.push(...judgeWithoutScripts(app, state));
  } finally {
    await context.close();
  }
  return problems;
}

/** Loads `url` and waits until the app's elements, texts, events and marks are all there. */
async function checkPage(browser, app, url, label = '') {
  const problems = [];
  const warnings = [];
  const { context, page } = await openPage(browser, problems, { warnings });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await app.before?.(page);
    const selectors = app.elements.map(([selector]) => selector);
    // Wait until everything holds (or time out), then settle briefly so late errors show too.
    try {
      await page.waitForFunction(
        (selectors, texts, events, marks) => {
          const seen = window.consumerEvents;
          if (!Array.isArray(seen)) return false;
          const ready = selectors.every((selector, i) => {
            const element = document.querySelector(selector);
            const definition = element && customElements.get(element.localName);
            return (
              definition &&
              element instanceof definition &&
              element.shadowRoot?.textContent.includes(texts[i])
            );
          });
          return (
            ready &&
            events.every(([handler, title]) =>
              seen.some(
                (entry) =>
                  entry.element === handler && entry.type === 'status-change' && entry.title === title,
              ),
            ) &&
            marks.every(([element, type]) =>
              seen.some((entry) => entry.element === element && entry.type === type),
            )
          );
        },
        { timeout: TIMEOUT_MS, polling: 50 },
        selectors,
        app.elements.map(([, text]) => text),
        expectedEvents(app),
        app.marks ?? [],
      );
    } catch {
      // judged below, from what the page has
    }
    await new Promise((done) => setTimeout(done, 300));
    const state = await page.evaluate(inspect, selectors);
    problems.push(...judge(app, state), ...judgeWarnings(app, warnings));
    for (const line of app.notes?.(state.seen ?? []) ?? [])
      console.log(`consumers:   ${app.name}${label} ${line}`);
  } finally {
    await context.close();
  }
  return problems;
}

async function check(browser, app) {
  const root = resolve(here, 'apps', app.name, app.out);
  if (!existsSync(join(root, 'index.html')))
    return [`${relative(here, root)}/index.html is missing (no build)`];
  const problems = [...(app.bundle?.(root) ?? [])];
  const { server, url } = await serve(root);
  try {
    if (app.scriptsOff) {
      for (const problem of await checkWithoutScripts(browser, app, url))
        problems.push(`scripts off: ${problem}`);
    }
    const pages = app.pages ?? [''];
    for (const entry of pages) {
      // A page is a path, or { path, …fields of the app that differ on that page }.
      const { path, ...own } = typeof entry === 'string' ? { path: entry } : entry;
      const found = await checkPage(
        browser,
        { ...app, ...own },
        url + path,
        pages.length > 1 ? ` /${path}` : '',
      );
      problems.push(...(pages.length > 1 ? found.map((problem) => `/${path}: ${problem}`) : found));
    }
  } finally {
    server.close();
  }
  return problems;
}

if (!setupError) {
  const started = performance.now();
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    for (const app of apps) {
      let problems;
      try {
        problems = await check(browser, app);
      } catch (error) {
        problems = [`runner error: ${error.message}`];
      }
      results.push({ name: app.name, problems });
      if (problems.length === 0) console.log(`ok   ${app.name}`);
      else console.log(`FAIL ${app.name}\n${problems.map((problem) => `       ${problem}`).join('\n')}`);
    }
  } finally {
    await browser.close();
  }
  const seconds = (performance.now() - started) / 1000;
  timings.push(['run in Chromium', seconds]);
  console.log(`consumers: run in Chromium took ${seconds.toFixed(1)} s`);
} else {
  for (const app of apps) results.push({ name: app.name, problems: ['not run: setup failed'] });
}

console.log();
console.log(`consumers: timings: ${timings.map(([label, s]) => `${label} ${s.toFixed(1)} s`).join(', ')}`);
if (skipped.length) console.log(`consumers: skipped ${skipped.join(', ')}`);
for (const { name, problems } of results)
  console.log(`consumers: ${problems.length ? 'FAIL' : 'ok  '} ${name}`);
const failed =
  results.filter((result) => result.problems.length).length + (setupError && !results.length ? 1 : 0);
console.log(`consumers: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed || setupError ? 1 : 0;
