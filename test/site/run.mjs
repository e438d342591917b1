// The documentation site's browser check, on the build (run `npm run build && npm run docs:build`
// first): serves build/site/ under a sub-path, opens every page in Debian's Chromium and checks
// that it loads without a console error or a failed request, that every custom element on it is
// defined (and each status-widgets element rendered its shadow root), that every link inside the
// site resolves (pages, files and #ids, on the page and on other pages), that axe-core finds no
// violation in the light and the dark theme, and that at 320 px the page does not scroll
// sideways. Then it runs every test/site/*.check.mjs module:
//   export default async function ({ browser, baseUrl, test }) { test('name', async () => { … }) }
// One line per test, then `site: N passed, N failed`; exits 1 on any failure.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serveStatic } from './server.mjs';

const root = fileURLToPath(new URL('../../build/site/', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const axePath = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const TAGS = [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
];
const TIMEOUT = 90_000;

if (!existsSync(`${root}index.html`)) {
  console.error('build/site/index.html is missing: run `npm run build && npm run docs:build` first');
  console.log('site: 0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
let chain = Promise.resolve();
/** Records one test; tests run one after another, in the order they are declared. */
function test(name, fn) {
  const run = chain.then(async () => {
    let timer;
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT / 1000} s`)), TIMEOUT);
        }),
      ]);
      passed++;
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}\n    ${String(error?.message ?? error).replace(/\n/g, '\n    ')}`);
    } finally {
      clearTimeout(timer);
    }
  });
  chain = run;
  return run;
}

function expect(problems, what) {
  if (problems.length)
    throw new Error(
      `${what}:\n${problems.slice(0, 15).join('\n')}${problems.length > 15 ? `\n… and ${problems.length - 15} more` : ''}`,
    );
}

const server = await serveStatic(root);
const { baseUrl } = server;
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});

const pages = readdirSync(root)
  .filter((name) => name.endsWith('.html'))
  .sort();
/** Ids on each page, for links into another page (`./feed-format.html#feed-page`). */
const idsOf = new Map();
/** Links to another page's #id, checked once every page has been read. */
const deepLinks = [];

/** Opens a page, collecting console errors and failed requests while it loads and settles. */
async function open(name, { width = 1280, dark = false } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (req) =>
    problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`),
  );
  page.on('response', (res) => res.status() >= 400 && problems.push(`HTTP ${res.status()}: ${res.url()}`));
  await page.setViewport({ width, height: 900 });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(new URL(name, baseUrl).href, { waitUntil: 'networkidle0', timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 400));
  return { page, problems };
}

async function axe(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' > '))
          .join('; ')}`,
    );
  });
}

for (const name of pages) {
  let opened;
  test(`${name}: loads without console errors or failed requests`, async () => {
    opened = await open(name);
    expect(opened.problems, 'problems');
  });
  test(`${name}: every custom element is defined and rendered`, async () => {
    const problems = await opened.page.evaluate((tags) => {
      const out = [];
      for (const element of document.querySelectorAll('*')) {
        const tag = element.localName;
        if (!tag.includes('-')) continue;
        if (!customElements.get(tag)) out.push(`<${tag}> is not defined`);
        else if (tags.includes(tag) && !element.shadowRoot) out.push(`<${tag}> has no shadow root`);
      }
      return out;
    }, TAGS);
    expect(problems, 'elements');
  });
  test(`${name}: links inside the site resolve`, async () => {
    const { ids, links } = await opened.page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      links: [...document.querySelectorAll('a[href]')].map((a) => ({
        raw: a.getAttribute('href'),
        href: a.href,
      })),
    }));
    idsOf.set(name, new Set(ids));
    const problems = [];
    for (const { raw, href } of links) {
      const url = new URL(href);
      if (raw.startsWith('/')) problems.push(`${raw}: not a relative URL`);
      if (!href.startsWith(baseUrl)) continue; // another site
      const file = decodeURIComponent(url.pathname.slice(new URL(baseUrl).pathname.length)) || 'index.html';
      if (file === name || raw.startsWith('#')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !ids.includes(id)) problems.push(`${raw}: no element with id "${id}" on this page`);
        continue;
      }
      if (file.endsWith('.html')) {
        if (!pages.includes(file)) problems.push(`${raw}: no page ${file}`);
        else if (url.hash)
          deepLinks.push({ from: name, raw, file, id: decodeURIComponent(url.hash.slice(1)) });
        continue;
      }
      const response = await fetch(url.href, { method: 'HEAD' });
      if (!response.ok) problems.push(`${raw}: HTTP ${response.status}`);
    }
    const headings = await opened.page.evaluate(() =>
      [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')]
        // An app's own headings (data-app: the playground's panels, built at run time) are not sections to link to.
        .filter((h) => !h.closest('[data-app]'))
        .filter((h) => !h.id || !h.querySelector(`a[href="#${CSS.escape(h.id)}"]`))
        .map((h) => `heading without an id and a self-link: ${h.textContent.trim()}`),
    );
    expect([...problems, ...headings], 'links');
  });
  test(`${name}: axe finds no violations (light)`, async () => {
    const violations = await axe(opened.page);
    await opened.page.close();
    expect(violations, 'axe');
  });
  test(`${name}: axe finds no violations (dark)`, async () => {
    const { page, problems } = await open(name, { dark: true });
    const violations = await axe(page);
    await page.close();
    expect([...problems, ...violations], 'axe, dark');
  });
  test(`${name}: no sideways scrolling at 320 px`, async () => {
    const { page } = await open(name, { width: 320 });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map(
          (e) =>
            `${e.localName}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} ends at ${Math.round(e.getBoundingClientRect().right)} px`,
        );
      return [
        `the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`,
        ...wide,
      ];
    });
    await page.close();
    expect(overflow, 'overflow');
  });
}
test('links into other pages land on an id there', async () => {
  const problems = deepLinks
    .filter((link) => !idsOf.get(link.file)?.has(link.id))
    .map((link) => `${link.from}: ${link.raw}: no id "${link.id}" on ${link.file}`);
  expect(problems, 'deep links');
});

await chain;
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.check.mjs'))
  .sort()) {
  try {
    const check = await import(pathToFileURL(`${here}${file}`).href);
    await check.default({ browser, baseUrl, test });
    await chain;
  } catch (error) {
    failed++;
    console.log(`not ok - ${file}: ${error?.message ?? error}`);
  }
}

await browser.close();
await server.close();
console.log(`site: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
