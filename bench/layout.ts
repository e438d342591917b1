// Browser benchmark: the longest task (the time the main thread is blocked) while each element
// renders and lays out feeds with the longest text the schema allows (a 20 000-character update
// and summary: words, one unbroken word, a run of combining marks), at a phone width and a
// desktop width, then relayouts after a width change. Long tasks come from Chromium's Long Tasks
// API, which reports tasks of 50 ms and more: "< 50" means none was that long. Uses the built
// CDN module (run `npm run build` first).
// A second table does the same for the valid feeds that used to freeze pages (test/browser/feed/
// pathological.ts): huge COUNTs from the year 1, rules that never match, 200 ordinary schedules.
//   npm run bench:layout       prints both tables (the worst of 3 runs per cell)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, existsSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import { hugeCountFeed, neverFeed, ordinaryFeed } from '../test/browser/feed/pathological.js';

const MODULE = 'dist/cdn/status-widgets.js';
if (!existsSync(MODULE)) {
  console.error(`bench/layout: ${MODULE} is missing; run npm run build first`);
  process.exit(1);
}
const LENGTH = 20_000;
const TEXTS: Record<string, string> = {
  words: 'Exports are slower than usual while we move data between clusters. '.repeat(400).slice(0, LENGTH),
  'one word': 'x'.repeat(LENGTH),
  'combining marks': `a${'\u0301'.repeat(LENGTH - 1)}`,
};
const TAGS = ['status-banner', 'maintenance-notice', 'incident-timeline'];
const WIDTHS = [320, 1280];
const RUNS = 3;

const server = http.createServer((request, response) => {
  if (request.url === '/module.js') {
    response.setHeader('content-type', 'text/javascript');
    response.end(readFileSync(MODULE));
    return;
  }
  response.setHeader('content-type', 'text/html');
  response.end(
    '<!doctype html><html lang="en"><body style="margin:0"><div id="host"></div><script type="module" src="/module.js"></script></body></html>',
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
const { port } = server.address() as AddressInfo;

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
type Row = Record<string, string | number>;
const textRows: Row[] = [];
const feedRows: Row[] = [];

/** A feed whose one incident update and one maintenance summary are `body`. */
function textFeed(body: string): unknown {
  const now = Date.now();
  const at = (ms: number) => new Date(now + ms).toISOString();
  return {
    version: 1,
    page: { name: 'Bench' },
    incidents: [
      {
        id: 'i',
        title: 'Exports are slow',
        impact: 'minor',
        status: 'identified',
        startedAt: at(-3_600_000),
        updates: [{ at: at(-60_000), status: 'identified', body }],
      },
    ],
    maintenances: [
      {
        id: 'm',
        title: 'Storage upgrade',
        status: 'scheduled',
        startsAt: at(3_600_000),
        endsAt: at(7_200_000),
        summary: body,
      },
    ],
  };
}

/** The longest task while `tag` renders `doc` at `width` and relayouts three times: "< 50" or ms. */
async function longestTask(page: Page, tag: string, doc: unknown, width: number) {
  const longest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    longest.push(
      await page.evaluate(
        async (tag, doc, width) => {
          const host = document.getElementById('host')!;
          host.replaceChildren();
          host.style.width = `${width}px`;
          const tasks: number[] = [];
          const observer = new PerformanceObserver((list) =>
            tasks.push(...list.getEntries().map((entry) => entry.duration)),
          );
          observer.observe({ type: 'longtask' });
          const el = document.createElement(tag) as HTMLElement & {
            feed: unknown;
            updateComplete: Promise<unknown>;
          };
          // A fresh copy each run: nothing computed for an earlier run's feed is reused.
          el.feed = structuredClone(doc);
          host.append(el);
          await el.updateComplete;
          void document.body.offsetHeight;
          for (const step of [17, 40, 3]) {
            host.style.width = `${width - step}px`;
            void document.body.offsetHeight;
          }
          // Let the observer hear about the last task.
          await new Promise((resolve) => setTimeout(resolve, 50));
          observer.disconnect();
          return Math.max(0, ...tasks);
        },
        tag,
        doc,
        width,
      ),
    );
  }
  const worst = Math.max(...longest);
  return worst < 50 ? '< 50' : worst.toFixed(0);
}

try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => customElements.get('incident-timeline') !== undefined);
  for (const [name, body] of Object.entries(TEXTS)) {
    for (const width of WIDTHS) {
      const row: Row = { text: name, width };
      for (const tag of TAGS) row[tag] = await longestTask(page, tag, textFeed(body), width);
      textRows.push(row);
    }
  }
  const feeds: Record<string, unknown> = {
    '50 × FREQ=DAILY;COUNT=999999 from 0001-01-01': hugeCountFeed(),
    '50 rules that never match': neverFeed(),
    '200 ordinary recurring windows': ordinaryFeed(),
  };
  for (const [name, doc] of Object.entries(feeds)) {
    const row: Row = { feed: name };
    for (const tag of TAGS) row[tag] = await longestTask(page, tag, doc, 1280);
    feedRows.push(row);
  }
} finally {
  await browser.close();
  server.close();
}
console.log('Longest main-thread task while rendering and relayouting, ms (Chromium, worst of 3):');
console.table(textRows);
console.log('The same for feeds that used to freeze pages (1280 px):');
console.table(feedRows);
