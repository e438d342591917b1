// Browser benchmark: the longest task (the time the main thread is blocked) while each element
// renders and lays out feeds with the longest text the schema allows (a 20 000-character update
// and summary: words, one unbroken word, a run of combining marks), at a phone width and a
// desktop width, then relayouts after a width change. Long tasks come from Chromium's Long Tasks
// API, which reports tasks of 50 ms and more: "< 50" means none was that long. Uses the built
// CDN module (run `npm run build` first).
//   npm run bench:layout       prints the table (the worst of 3 runs per cell)
import http from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const MODULE = 'dist/cdn/status-widgets.js';
if (!existsSync(MODULE)) {
  console.error(`bench/layout: ${MODULE} is missing; run npm run build first`);
  process.exit(1);
}
const LENGTH = 20_000;
const TEXTS = {
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
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const rows = [];
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => customElements.get('incident-timeline') !== undefined);
  for (const [name, body] of Object.entries(TEXTS)) {
    for (const width of WIDTHS) {
      const row = { text: name, width };
      for (const tag of TAGS) {
        const longest = [];
        for (let run = 0; run < RUNS; run++) {
          longest.push(
            await page.evaluate(
              async (tag, body, width) => {
                const host = document.getElementById('host');
                host.replaceChildren();
                host.style.width = `${width}px`;
                const tasks = [];
                const observer = new PerformanceObserver((list) =>
                  tasks.push(...list.getEntries().map((entry) => entry.duration)),
                );
                observer.observe({ type: 'longtask' });
                const now = Date.now();
                const at = (ms) => new Date(now + ms).toISOString();
                const el = document.createElement(tag);
                el.feed = {
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
              body,
              width,
            ),
          );
        }
        const worst = Math.max(...longest);
        row[tag] = worst < 50 ? '< 50' : worst.toFixed(0);
      }
      rows.push(row);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log('Longest main-thread task while rendering and relayouting, ms (Chromium, worst of 3):');
console.table(rows);
