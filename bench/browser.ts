// `npm run bench:browser`: status-widgets side by side with Atlassian's @statuspage/status-widget
// in headless Chromium, over real HTTP from a server on 127.0.0.1 (nothing leaves the machine),
// on the same Statuspage v2 summary.json (bench/browser-feeds.ts). Run `npm run build` first.
// Prints one table, the median of BENCH_RUNS runs (default 5), and asserts nothing about
// timings: it exits non-zero only when a page fails (its text never shows, a request or script
// fails, a poll does not come).
//   BENCH_RUNS=7 npm run bench:browser
//   BENCH_CDN=../other-worktree/dist/cdn npm run bench:browser     (another CDN build)
//
// Columns: the all-in CDN file dist/cdn/status-widgets.js; the per-element CDN file
// (dist/cdn/status-banner.js, and dist/cdn/incident-timeline.js for the timeline rows) when the
// build has one; the Statuspage widget (its dist/index.js, a classic script, as its README
// embeds it); and status-widgets ÷ Statuspage for every row both can be measured on.
//
// How each row is measured. Every page opens in a fresh browser context (empty HTTP cache and
// storage); one unrecorded load per column comes first, so no column pays for the browser's
// first pages.
// - JS: every response the page's network events report as a script (the file, its chunks,
//   lazy chunks such as a vendor adapter), each compressed with brotli quality 11 (node:zlib) and
//   summed; on a page with one element, once its text is shown and 500 ms more have passed.
// - Requests: a page with ten elements on the same feed, counted from the page's network events
//   (the favicon, which the browser asks for on its own, left out) until all ten show their
//   text and 1 s more has passed.
// - Text on screen: a script that runs before any other (CDP addScriptToEvaluateOnNewDocument)
//   wraps attachShadow, so it sees every shadow root, open or closed (both libraries' are open),
//   and watches each with a MutationObserver; the first callback in which the element's text is
//   in its shadow root records performance.now(), which counts from the navigation's start. The
//   text is in the DOM then and painted in the next frame. The text: the incident's title for
//   <status-banner>, the overall status description for <statuspage-widget> (all it shows).
//   Cold: the first load. Warm: page.reload() in the same context: scripts from the HTTP cache
//   (Cache-Control: public, max-age=600, and an ETag), the feed revalidated (Cache-Control:
//   no-cache and an ETag, so a 304), and status-widgets also has its localStorage copy.
// - Heap after first render: Runtime.getHeapUsage (usedSize) after HeapProfiler.collectGarbage,
//   500 ms after the text is shown.
// - One unchanged poll: <status-banner interval="1"> (seconds; any positive number). After its
//   first poll, a trace (devtools.timeline) covers the next one; the row is the main-thread
//   task time (top-level RunTask events of the page's renderer) from the task that sends the
//   poll's request until 50 ms after its 304 finished. The Statuspage widget fetches once, when
//   an element connects, and never polls.
// - Longest task: the library loads first; then an <incident-timeline src> of 500 incidents
//   with 10 000 updates (a native feed of 0.9 MB) is added, fetched, parsed and rendered; the
//   row is the longest task the Long Tasks API reports (PerformanceObserver 'longtask', which
//   reports tasks of 50 ms or more: "< 50" means none) from the insertion until the newest
//   incident's title is shown and 1 s more has passed.
// - Heap after an hour: "an hour" is 3 600 000 ms of Chromium's virtual time
//   (Emulation.setVirtualTimePolicy, pauseIfNetworkFetchesPending, in 5 s steps, each once no
//   request is in flight): Date.now, performance.now and timers run an hour ahead in a few
//   seconds while the requests are real, so <status-banner> at its default interval
//   (60 s ± 10 %) polls about 60 times. Two rows: every poll answered 304; and every
//   10th request bringing a changed summary.json (one more incident update), which the banner
//   must show at the end. Then measured as after the first render.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, normalize } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import puppeteer, { type Browser, type BrowserContext, type CDPSession, type Page } from 'puppeteer-core';
import {
  INCIDENT_TITLE,
  STATUS_DESCRIPTION,
  TIMELINE_FIRST_TITLE,
  statuspageSummary,
  timelineFeed,
} from './browser-feeds.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** The CDN build to measure. */
const CDN = process.env['BENCH_CDN'] ?? 'dist/cdn';
const STATUSPAGE = 'node_modules/@statuspage/status-widget';
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const TEXT_TIMEOUT_MS = 20_000;
const HOUR_MS = 3_600_000;
/** Virtual time runs in steps this long (under the client's 10 s request timeout). */
const VIRTUAL_STEP_MS = 5_000;
/** In the changing hour, every this many requests bring a changed feed. */
const HOUR_CHANGE_EVERY = 10;
const FEED_PATH = '/api/v2/summary.json';

function fail(message: string): never {
  console.error(`bench:browser: ${message}`);
  process.exit(1);
}
if (!Number.isInteger(RUNS) || RUNS < 1) fail('BENCH_RUNS must be a whole number of at least 1');
if (!existsSync(join(CDN, 'status-widgets.js')))
  fail(`${CDN}/status-widgets.js is missing; run npm run build first`);
if (!existsSync(join(STATUSPAGE, 'dist/index.js'))) fail(`${STATUSPAGE} is missing (a devDependency)`);
if (!existsSync(CHROMIUM))
  fail(`${CHROMIUM} is missing; node scripts/ensure-browsers.mjs says how to install it`);
const statuspageVersion = (
  JSON.parse(readFileSync(join(STATUSPAGE, 'package.json'), 'utf8')) as { version: string }
).version;

// ---------------------------------------------------------------------------------------------
// What is compared

interface Script {
  src: string;
  module: boolean;
}
interface Column {
  key: string;
  label: string;
  library: 'status-widgets' | 'statuspage';
  /** The script a page with `tag` loads; undefined when the build has none. */
  script(tag: string): Script | undefined;
  /** Page errors the library throws as shipped: noted, not failures. */
  knownPageErrors?: RegExp[];
}

const perElement = (tag: string) =>
  existsSync(join(CDN, `${tag}.js`)) ? { src: `/cdn/${tag}.js`, module: true } : undefined;
const columns: Column[] = [
  {
    key: 'all',
    label: 'status-widgets.js',
    library: 'status-widgets',
    script: () => ({ src: '/cdn/status-widgets.js', module: true }),
  },
  ...(perElement('status-banner')
    ? [{ key: 'element', label: 'per-element file', library: 'status-widgets' as const, script: perElement }]
    : []),
  {
    key: 'statuspage',
    label: `@statuspage/status-widget ${statuspageVersion}`,
    library: 'statuspage',
    script: () => ({ src: '/statuspage/index.js', module: false }),
    // Its dist/index.js begins with "use strict" and then assigns the undeclared global
    // `parcelRequire`: embedded as its README says, it throws this once, after its modules ran
    // (the element is defined and works).
    knownPageErrors: [/^parcelRequire is not defined$/],
  },
];
const ours = columns.filter((c) => c.library === 'status-widgets');
const theirs = columns.find((c) => c.library === 'statuspage')!;

// ---------------------------------------------------------------------------------------------
// The server: the CDN files, the Statuspage widget, the feeds and the pages, with validators.

const NOW = Date.now();
const summaryText = JSON.stringify(statuspageSummary(NOW));
const timelineText = JSON.stringify(timelineFeed(NOW));
/** Requests for each hour page's feed, by its id. */
const hourRequests = new Map<string, number>();

function send(
  request: IncomingMessage,
  response: ServerResponse,
  body: string | Buffer,
  type: string,
  cacheControl: string,
) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  response.setHeader('content-type', type);
  response.setHeader('cache-control', cacheControl);
  response.setHeader('etag', etag);
  const asked = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
  if (asked.includes(etag)) {
    response.statusCode = 304;
    response.end();
  } else response.end(body);
}

function file(root: string, path: string): Buffer | undefined {
  const full = normalize(join(root, path));
  return full.startsWith(`${normalize(root)}/`) && existsSync(full) ? readFileSync(full) : undefined;
}

let origin = '';
const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', origin);
  const js = 'text/javascript; charset=utf-8';
  const json = 'application/json; charset=utf-8';
  const scripts = 'public, max-age=600';
  const cdnFile = url.pathname.startsWith('/cdn/') ? file(CDN, url.pathname.slice(5)) : undefined;
  // /hour/<page id>/<every how many requests the feed changes, 0: never>/api/v2/summary.json
  const hour = /^\/hour\/(\w+)\/(\d+)\/api\/v2\/summary\.json$/.exec(url.pathname);
  if (cdnFile) send(request, response, cdnFile, js, scripts);
  else if (url.pathname === '/statuspage/index.js') {
    send(request, response, readFileSync(join(STATUSPAGE, 'dist/index.js')), js, scripts);
  } else if (url.pathname === FEED_PATH) send(request, response, summaryText, json, 'no-cache');
  else if (hour) {
    const count = (hourRequests.get(hour[1]!) ?? 0) + 1;
    hourRequests.set(hour[1]!, count);
    const every = Number(hour[2]);
    const doc = statuspageSummary(NOW, { extraUpdates: every ? Math.floor((count - 1) / every) : 0 });
    send(request, response, JSON.stringify(doc), json, 'no-cache');
  } else if (url.pathname === '/timeline.json') send(request, response, timelineText, json, 'no-cache');
  else if (url.pathname === '/page') {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('cache-control', 'no-cache');
    response.end(pageHtml(url.searchParams));
  } else {
    response.statusCode = url.pathname === '/favicon.ico' ? 204 : 404;
    response.end();
  }
});

/**
 * A page: `column`, `tag` (status-banner, incident-timeline or statuspage-widget), `n` elements
 * (0: the script alone), and for status-widgets `src` and `interval`.
 */
function pageHtml(params: URLSearchParams): string {
  const column = columns.find((c) => c.key === params.get('column'))!;
  const tag = params.get('tag')!;
  const n = Number(params.get('n') ?? 1);
  const script = column.script(tag)!;
  const interval = params.get('interval');
  const attrs =
    column.library === 'statuspage'
      ? ` src="${origin}"`
      : ` src="${params.get('src') ?? FEED_PATH}"${interval ? ` interval="${interval}"` : ''}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bench:browser</title>
    <script${script.module ? ' type="module"' : ''} src="${script.src}"></script>
  </head>
  <body>
    ${Array.from({ length: n }, () => `<${tag}${attrs}></${tag}>`).join('\n    ')}
  </body>
</html>`;
}

const pageUrl = (column: Column, tag: string, extra: Record<string, string> = {}) =>
  `${origin}/page?${new URLSearchParams({ column: column.key, tag, ...extra }).toString()}`;

// ---------------------------------------------------------------------------------------------
// In the page

declare global {
  interface Window {
    __bench: { shownAt: number | undefined; roots: number; longest: number };
  }
}

/**
 * Runs in the page before any of its scripts: records in `__bench.shownAt` the performance.now()
 * at which `count` shadow roots first contain `text`.
 */
function watchShadowRoots(text: string, count: number) {
  const roots: ShadowRoot[] = [];
  const bench: Window['__bench'] = (window.__bench = { shownAt: undefined, roots: 0, longest: 0 });
  const check = () => {
    if (bench.shownAt !== undefined) return;
    let found = 0;
    for (const root of roots) if (root.textContent?.includes(text)) found++;
    if (found >= count) bench.shownAt = performance.now();
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    bench.roots = roots.length;
    new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
}

async function textShown(page: Page, what: string): Promise<number> {
  try {
    await page.waitForFunction(() => window.__bench.shownAt !== undefined, {
      polling: 50,
      timeout: TEXT_TIMEOUT_MS,
    });
  } catch {
    const roots = await page.evaluate(() => window.__bench.roots).catch(() => '?');
    throw new Error(
      `${what}: the text never appeared within ${TEXT_TIMEOUT_MS / 1000} s (${roots} shadow roots)`,
    );
  }
  return page.evaluate(() => window.__bench.shownAt!);
}

// ---------------------------------------------------------------------------------------------
// Around the page

const brotliSizes = new Map<string, number>();
function brotli(body: Buffer): number {
  const key = createHash('sha1').update(body).digest('hex');
  let size = brotliSizes.get(key);
  if (size === undefined) {
    size = brotliCompressSync(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length;
    brotliSizes.set(key, size);
  }
  return size;
}

interface ScriptResponse {
  path: string;
  status: number;
  body?: Buffer;
  error?: string;
}
interface NetworkLog {
  /** Paths of the requests, the favicon left out. */
  requests: string[];
  responses: { path: string; status: number }[];
  scripts: Promise<ScriptResponse>[];
  failures: string[];
  knownErrors: string[];
  /** Console warnings and errors. */
  console: string[];
  /** Requests sent and not yet finished or failed. */
  inFlight: number;
}

/** What the page fetches and what goes wrong in it. */
function network(page: Page, known: RegExp[] = []): NetworkLog {
  const log: NetworkLog = {
    requests: [],
    responses: [],
    scripts: [],
    failures: [],
    knownErrors: [],
    console: [],
    inFlight: 0,
  };
  page.on('requestfinished', () => log.inFlight--);
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') log.console.push(message.text());
  });
  const pathOf = (url: string) => new URL(url).pathname;
  page.on('request', (request) => {
    log.inFlight++;
    if (pathOf(request.url()) !== '/favicon.ico') log.requests.push(pathOf(request.url()));
  });
  page.on('response', (response) => {
    const path = pathOf(response.url());
    log.responses.push({ path, status: response.status() });
    if (response.request().resourceType() === 'script') {
      log.scripts.push(
        response.buffer().then(
          (body) => ({ path, status: response.status(), body }),
          (error: Error) => ({ path, status: response.status(), error: error.message }),
        ),
      );
    }
  });
  page.on('requestfailed', (request) => {
    log.inFlight--;
    // A 304 whose empty body nobody reads is reported as cancelled; it did arrive.
    if (!request.response()) log.failures.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (known.some((pattern) => pattern.test(message))) log.knownErrors.push(message);
    else log.failures.push(`page error: ${message}`);
  });
  return log;
}

function noFailures(log: NetworkLog, what: string) {
  if (log.failures.length) throw new Error(`${what}: ${log.failures.join('; ')}`);
}

interface Fresh {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  log: NetworkLog;
}

/** A fresh context (its own cache and storage) and page, watching for `text` in `count` roots. */
async function freshPage(browser: Browser, column: Column, text: string, count = 1): Promise<Fresh> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // tsx compiles this file with esbuild's keepNames, which wraps the named functions inside the
  // ones handed to the page in __name(…): the page needs it too.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.evaluateOnNewDocument(watchShadowRoots, text, count);
  const cdp = await page.createCDPSession();
  return { context, page, cdp, log: network(page, column.knownPageErrors) };
}

async function withPage<T>(
  browser: Browser,
  column: Column,
  text: string,
  count: number,
  work: (fresh: Fresh) => Promise<T>,
): Promise<T> {
  const fresh = await freshPage(browser, column, text, count);
  try {
    return await work(fresh);
  } finally {
    await fresh.context.close();
  }
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the page's responses for `path` once there are `n`. */
async function responses(log: NetworkLog, path: string, n: number, timeoutMs = 10_000) {
  const begin = Date.now();
  for (;;) {
    const seen = log.responses.filter((r) => r.path === path);
    if (seen.length >= n) return seen;
    if (Date.now() - begin > timeoutMs)
      throw new Error(`no response number ${n} for ${path} within ${timeoutMs} ms`);
    await sleep(10);
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      requestId?: string;
      frames?: { processId: number; isOutermostMainFrame?: boolean }[];
    };
  };
}

/** The page renderer's main-thread events and its top-level tasks (µs). */
function mainThread(events: TraceEvent[]) {
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  const pid = (frames.find((f) => f.isOutermostMainFrame) ?? frames[0])?.processId;
  const thread = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  );
  if (!thread) throw new Error('the trace has no main thread for the page');
  const own = events.filter((e) => e.pid === pid && e.tid === thread.tid);
  const tasks: { start: number; end: number }[] = [];
  for (const e of own.filter((e) => e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts)) {
    const last = tasks.at(-1);
    if (last && e.ts < last.end) continue; // nested in the previous task
    tasks.push({ start: e.ts, end: e.ts + (e.dur ?? 0) });
  }
  return { own, tasks };
}

// ---------------------------------------------------------------------------------------------
// The measurements, one run each

const textOf = (column: Column) => (column.library === 'statuspage' ? STATUS_DESCRIPTION : INCIDENT_TITLE);
const tagOf = (column: Column) => (column.library === 'statuspage' ? 'statuspage-widget' : 'status-banner');

/** One element: its JS, cold and warm time to text, heap. */
function onePage(browser: Browser, column: Column) {
  return withPage(browser, column, textOf(column), 1, async ({ page, cdp, log }) => {
    await page.goto(pageUrl(column, tagOf(column)));
    const cold = await textShown(page, `${column.label}, cold`);
    await sleep(500);
    const scripts = await Promise.all(log.scripts);
    for (const s of scripts)
      if (!s.body || s.status !== 200) throw new Error(`${s.path}: ${s.error ?? s.status}`);
    const heap = await heapUsed(cdp);
    noFailures(log, column.label);
    const feedBefore = log.responses.filter((r) => r.path === FEED_PATH).length;
    await page.reload();
    const warm = await textShown(page, `${column.label}, warm`);
    await sleep(300);
    noFailures(log, `${column.label}, warm`);
    const warmFeed = log.responses.filter((r) => r.path === FEED_PATH).slice(feedBefore);
    return {
      js: scripts.reduce((sum, s) => sum + brotli(s.body!), 0),
      jsFiles: scripts.length,
      jsPaths: scripts.map((s) => s.path),
      cold,
      warm,
      warmFeed: warmFeed.map((r) => r.status).join(' ') || 'none',
      heap,
      pageErrors: log.knownErrors,
    };
  });
}

/** Ten elements on one feed: the requests made. */
function tenPage(browser: Browser, column: Column) {
  return withPage(browser, column, textOf(column), 10, async ({ page, log }) => {
    await page.goto(pageUrl(column, tagOf(column), { n: '10' }));
    await textShown(page, `${column.label}, ten elements`);
    await sleep(1000);
    noFailures(log, `${column.label}, ten elements`);
    return { feed: log.requests.filter((path) => path === FEED_PATH).length, all: log.requests.length };
  });
}

/** Main-thread ms of one unchanged (304) poll of <status-banner interval="1">. */
function pollCost(browser: Browser, column: Column) {
  return withPage(browser, column, INCIDENT_TITLE, 1, async ({ page, log }) => {
    await page.goto(pageUrl(column, 'status-banner', { interval: '1' }));
    await textShown(page, `${column.label}, polling`);
    await responses(log, FEED_PATH, 2); // the first poll: the page has settled
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let seen: Awaited<ReturnType<typeof responses>>;
    let trace: Uint8Array | undefined;
    try {
      seen = await responses(log, FEED_PATH, 3);
      await sleep(100);
    } finally {
      trace = await page.tracing.stop(); // also on failure: the next trace could not start otherwise
    }
    if (seen[2]!.status !== 304) throw new Error(`the poll was answered ${seen[2]!.status}, not 304`);
    noFailures(log, `${column.label}, polling`);
    const { traceEvents } = JSON.parse(Buffer.from(trace!).toString('utf8')) as { traceEvents: TraceEvent[] };
    const { own, tasks } = mainThread(traceEvents);
    const sent = own.filter(
      (e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.endsWith(FEED_PATH),
    );
    if (sent.length !== 1) throw new Error(`expected one poll in the trace, found ${sent.length}`);
    const id = sent[0]!.args!.data!.requestId;
    const done =
      own.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id) ??
      own.find((e) => e.name === 'ResourceReceiveResponse' && e.args?.data?.requestId === id);
    const first = tasks.find((t) => t.start <= sent[0]!.ts && sent[0]!.ts <= t.end);
    if (!done || !first) throw new Error('the poll is not complete in the trace');
    const until = done.ts + 50_000;
    const inWindow = tasks.filter((t) => t.start >= first.start && t.start <= until);
    return inWindow.reduce((sum, t) => sum + (t.end - t.start), 0) / 1000;
  });
}

/** The longest task (ms; 0: none of 50 ms or more) while an <incident-timeline> of 500 incidents renders. */
async function timelineTask(browser: Browser, column: Column, limit: string | undefined) {
  if (!column.script('incident-timeline')) return undefined;
  return withPage(browser, column, TIMELINE_FIRST_TITLE, 1, async ({ page, log }) => {
    await page.goto(pageUrl(column, 'incident-timeline', { n: '0' }));
    await page.evaluate(() => customElements.whenDefined('incident-timeline'));
    await sleep(300);
    await page.evaluate((limit) => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__bench.longest = Math.max(window.__bench.longest, entry.duration);
      }).observe({ type: 'longtask' });
      const timeline = document.createElement('incident-timeline');
      timeline.setAttribute('src', '/timeline.json');
      if (limit) timeline.setAttribute('limit', limit);
      document.body.append(timeline);
    }, limit);
    await textShown(page, `${column.label}, timeline`);
    await sleep(1000);
    noFailures(log, `${column.label}, timeline`);
    return page.evaluate(() => window.__bench.longest);
  });
}

/**
 * Runs the page's clock `ms` ahead in virtual time, in steps of VIRTUAL_STEP_MS. Virtual time
 * pauses while a request waits for its response, but not while a body streams in: one budget of
 * an hour ran the client's 10 s timeout out under a body that was on its way. So each step
 * starts only when no request of the page is in flight.
 */
async function virtualTime(cdp: CDPSession, log: NetworkLog, ms: number) {
  for (let done = 0; done < ms; done += VIRTUAL_STEP_MS) {
    const begin = Date.now();
    while (log.inFlight > 0) {
      if (Date.now() - begin > 15_000) throw new Error('a request of the page never finished');
      await sleep(2);
    }
    const expired = new Promise<void>((resolve) =>
      cdp.once('Emulation.virtualTimeBudgetExpired', () => resolve()),
    );
    await cdp.send('Emulation.setVirtualTimePolicy', {
      policy: 'pauseIfNetworkFetchesPending',
      budget: Math.min(VIRTUAL_STEP_MS, ms - done),
    });
    await Promise.race([
      expired,
      sleep(30_000).then(() => Promise.reject(new Error('a step of virtual time did not end within 30 s'))),
    ]);
  }
}

let hourPages = 0;
/** The JS heap after an hour of polling in virtual time; every `changeEvery` requests (0: none) a changed feed. */
function hourHeap(browser: Browser, column: Column, changeEvery: number) {
  const id = `h${++hourPages}`;
  return withPage(browser, column, INCIDENT_TITLE, 1, async ({ page, cdp, log }) => {
    await page.goto(pageUrl(column, 'status-banner', { src: `/hour/${id}/${changeEvery}${FEED_PATH}` }));
    await textShown(page, `${column.label}, an hour`);
    await sleep(300);
    await virtualTime(cdp, log, HOUR_MS);
    const heap = await heapUsed(cdp);
    const requests = hourRequests.get(id) ?? 0;
    const changes = changeEvery ? Math.floor((requests - 1) / changeEvery) : 0;
    // The banner shows the latest update of the last changed document.
    const latest = `Labels print again in ${changes} more`;
    const shows = await page.evaluate(
      (latest) => document.querySelector('status-banner')?.shadowRoot?.textContent?.includes(latest),
      latest,
    );
    if (changes > 0 && !shows) throw new Error(`after the hour the banner does not show "${latest} …"`);
    noFailures(log, `${column.label}, an hour`);
    return { heap, polls: requests - 1, changes, warnings: log.console };
  });
}

// ---------------------------------------------------------------------------------------------
// Run, then print

await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});

/** samples[row][column key]: one number per run. */
const samples: Record<string, Record<string, number[]>> = {};
const add = (row: string, column: Column, value: number | undefined) => {
  if (value !== undefined) ((samples[row] ??= {})[column.key] ??= []).push(value);
};
const notes = {
  jsPaths: {} as Record<string, string[]>,
  warmFeed: {} as Record<string, string>,
  pageErrors: {} as Record<string, Set<string>>,
  polls: [] as number[],
  changes: [] as number[],
  hourWarnings: new Set<string>(),
};
const began = Date.now();
let version = '';
let failure: string | undefined;
try {
  version = await browser.version();
  for (const column of columns) await onePage(browser, column); // warm-up, not recorded
  for (let run = 1; run <= RUNS; run++) {
    for (const column of columns) {
      const one = await onePage(browser, column);
      add('js', column, one.js);
      add('jsFiles', column, one.jsFiles);
      add('cold', column, one.cold);
      add('warm', column, one.warm);
      add('heapFirst', column, one.heap);
      notes.jsPaths[column.key] = one.jsPaths;
      notes.warmFeed[column.key] = one.warmFeed;
      for (const message of one.pageErrors) (notes.pageErrors[column.key] ??= new Set()).add(message);
      const ten = await tenPage(browser, column);
      add('tenFeed', column, ten.feed);
      add('tenAll', column, ten.all);
    }
    for (const column of ours) {
      add('poll', column, await pollCost(browser, column));
      add('timeline10', column, await timelineTask(browser, column, undefined));
      add('timeline500', column, await timelineTask(browser, column, '500'));
      const unchanged = await hourHeap(browser, column, 0);
      add('heapHour', column, unchanged.heap);
      const changing = await hourHeap(browser, column, HOUR_CHANGE_EVERY);
      add('heapHourChanging', column, changing.heap);
      notes.polls.push(unchanged.polls, changing.polls);
      for (const warning of [...unchanged.warnings, ...changing.warnings]) notes.hourWarnings.add(warning);
      notes.changes.push(changing.changes);
    }
    process.stderr.write(`bench:browser: run ${run} of ${RUNS} done\n`);
  }
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
} finally {
  await browser.close();
  server.close();
}
if (failure) fail(failure);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const longTask = (ms: number) => (ms < 50 ? '< 50' : ms.toFixed(0));
/** [row, measure, format, comparable with the Statuspage widget] */
const ROWS: [string, string, (value: number) => string, boolean][] = [
  ['js', 'JS loaded, one element (KB, brotli 11)', (v) => (v / 1000).toFixed(1), true],
  ['jsFiles', 'JS files loaded, one element', String, true],
  ['tenFeed', 'feed requests, ten elements', String, true],
  ['tenAll', 'all requests, ten elements', String, true],
  ['cold', 'text on screen, cold load (ms)', (v) => v.toFixed(0), true],
  ['warm', 'text on screen, warm reload (ms)', (v) => v.toFixed(0), true],
  ['heapFirst', 'JS heap after first render (MB)', (v) => (v / 1e6).toFixed(2), true],
  ['poll', 'main thread, one unchanged poll (ms) ¹', (v) => v.toFixed(1), false],
  ['heapHour', 'JS heap after an hour of 304 polls (MB) ²', (v) => (v / 1e6).toFixed(2), false],
  ['heapHourChanging', 'same, every 10th poll a new update (MB) ²', (v) => (v / 1e6).toFixed(2), false],
  ['timeline10', 'longest task, timeline of 500 (ms) ³', longTask, false],
  ['timeline500', 'longest task, same, limit="500" (ms) ³', longTask, false],
];
const table = ROWS.map(([key, measure, format, comparable]) => {
  const row: Record<string, string> = { measure };
  for (const column of columns) {
    const values = samples[key]?.[column.key];
    row[column.label] = values ? format(median(values)) : '—';
  }
  for (const column of ours) {
    const ratio = ours.length > 1 ? `ratio (${column.label})` : 'ratio';
    const a = samples[key]?.[column.key];
    const b = samples[key]?.[theirs.key];
    row[ratio] = comparable && a && b ? (median(a) / median(b)).toFixed(2) : '';
  }
  return row;
});

const cpu = cpus();
const range = (values: number[]) =>
  Math.min(...values) === Math.max(...values)
    ? `${values[0]}`
    : `${Math.min(...values)}–${Math.max(...values)}`;
const files = (key: string) => (notes.jsPaths[key] ?? []).map((path) => path.split('/').pop()).join(', ');
console.log(
  `bench:browser ${new Date(began).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${version} · ` +
    `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores · median of ${RUNS} runs · ` +
    `${((Date.now() - began) / 1000).toFixed(0)} s`,
);
console.table(table);
console.log(
  [
    `JS files: ${columns.map((c) => `${c.label}: ${files(c.key)}`).join('; ')}.`,
    ...(perElement('status-banner')
      ? []
      : [`No per-element column: ${CDN}/status-banner.js is not in this build.`]),
    `Warm reload, feed responses: ${columns.map((c) => `${c.label} ${notes.warmFeed[c.key]}`).join('; ')}` +
      ' (status-widgets also shows its localStorage copy before the network answers).',
    ...columns
      .filter((c) => notes.pageErrors[c.key])
      .map(
        (c) =>
          `${c.label} throws on every load as shipped: "${[...notes.pageErrors[c.key]!].join('", "')}"` +
          ' (its dist/index.js is strict code that assigns an undeclared global, after defining the element; it renders).',
      ),
    `— ${theirs.label} has no polling (it fetches ${FEED_PATH} when an element connects, one request shared` +
      ' for 30 s), so the polling rows are status-widgets only; it has no incident timeline.',
    ...[...notes.hourWarnings].map((warning) => `Console during an hour of polling: ${warning}`),
    '¹ Main-thread task time (trace) from the task that sends the poll to 50 ms after its 304, interval="1".',
    `² 3 600 000 ms of Chromium virtual time at the default interval (60 s ± 10 %): ${range(notes.polls)} polls` +
      ` (changing: ${range(notes.changes)} of them a new feed); used heap after a forced GC.`,
    '³ <incident-timeline src>, native feed of 500 incidents × 20 updates, added once the library has loaded:' +
      ' the longest task (Long Tasks API, ≥ 50 ms) until the newest title is shown + 1 s.',
  ].join('\n'),
);
