// The CDN builds in a plain HTML page with no bundler: one <script> tag and a <status-banner>.
// They are read from dist/cdn/, which `npm run build` writes; when it has not been built the
// tests say so and skip (CI builds before it tests).
import { expect, waitUntil } from '@open-wc/testing';
import { feed, incident } from './kit/feeds.js';
import { requireBuilt } from './kit/cdn.js';

const CLASSIC = '/dist/cdn/status-widgets.iife.js';
const MODULE = '/dist/cdn/status-widgets.js';

/** A feed with a major incident that started an hour ago. */
const feedOf = (title: string) => feed({ incidents: [incident('cdn', 'major', { title })] });

interface PageWindow extends Window {
  __errors: string[];
  StatusWidgets?: Record<string, unknown>;
}

/**
 * A page of its own (an iframe whose srcdoc is plain HTML, no imports) with `scripts` in its
 * head and `body` (default: a <status-banner> and an inline script that hands it its feed). It
 * inherits this page's URL as its base, so `/dist/…` resolves on the test server.
 */
async function page(scripts: string, body?: string): Promise<{ win: PageWindow; doc: Document }> {
  const title = 'Checkout is failing';
  body ??= `<status-banner id="banner"></status-banner>
    <script type="module">
      // After the module build too (modules run after classic scripts and the parser).
      document.getElementById('banner').feed = ${JSON.stringify(feedOf(title))};
    </script>`;
  const srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>
      window.__errors = [];
      addEventListener('error', (event) => window.__errors.push(String(event.message)));
      // Test pages run side by side and the engines call all but the front one hidden, where
      // the feed client waits for the page to be seen before it fetches: this page is "seen".
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    </script>
    ${scripts}
  </head>
  <body>
    ${body}
  </body>
</html>`;
  const iframe = document.createElement('iframe');
  iframe.title = 'CDN page';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = srcdoc;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as PageWindow;
  return { win, doc: iframe.contentDocument! };
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/*
 * Only plain values from the frame go into assertions: a failing assertion on an object of
 * another realm (its window, the library's namespace) sends the runner's error serialiser into
 * an endless walk.
 */
const errors = (win: PageWindow): string[] => win.__errors.map(String);
const defined = (win: PageWindow): boolean => typeof win.customElements.get('status-banner') === 'function';

function bannerText(doc: Document): string {
  return (doc.getElementById('banner')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('CDN bundle in a plain HTML page', () => {
  it('the classic script defines <status-banner>, which shows its feed', async function () {
    this.timeout(15_000);
    await requireBuilt(this, CLASSIC);
    const { win, doc } = await page(`<script src="${CLASSIC}"></script>`);
    expect(errors(win), 'errors in the page').to.deep.equal([]);
    expect(typeof win.StatusWidgets?.['StatusBanner'], 'window.StatusWidgets.StatusBanner').to.equal(
      'function',
    );
    // The classic script has every adapter inline, and exports the functions that read any feed.
    expect(typeof win.StatusWidgets?.['parseFeed'], 'window.StatusWidgets.parseFeed').to.equal('function');
    expect(
      defined(win),
      `${CLASSIC} does not define <status-banner> (an old build, or the define module tree-shaken away)`,
    ).to.equal(true);
    await waitUntil(
      () => bannerText(doc).includes('Checkout is failing'),
      'the banner never showed its feed',
      {
        timeout: 5000,
      },
    );
    expect(bannerText(doc)).to.contain('Major outage');
  });

  for (const [name, url, tag] of [
    ['classic script', CLASSIC, `<script src="${CLASSIC}"></script>`],
    ['module build', MODULE, `<script type="module" src="${MODULE}"></script>`],
  ] as const) {
    it(`the ${name} alone and <status-banner src> show an example feed (demo/feeds/all.json)`, async function () {
      this.timeout(15_000);
      await requireBuilt(this, url);
      // Nothing but markup: the script tag and the element, which fetches the feed itself. (A URL
      // of its own, so no other test page, cache or tab shares this feed.)
      const src = `/demo/feeds/all.json?page=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
      const { win, doc } = await page(
        tag,
        `<status-banner id="banner" src="${src}" interval="0"></status-banner>`,
      );
      // all.json has one unresolved major incident, shown whatever the date.
      await waitUntil(
        () => bannerText(doc).includes('Webhook deliveries failing for US workspaces'),
        `the banner never showed the feed: "${bannerText(doc)}"`,
        { timeout: 10_000 },
      );
      expect(bannerText(doc)).to.contain('Major outage');
      const alert = doc.getElementById('banner')!.shadowRoot!.querySelector('[role="alert"]');
      expect((alert?.textContent ?? '').replace(/\s+/g, ' ')).to.contain('Webhook deliveries failing');
      expect(errors(win), 'errors in the page').to.deep.equal([]);
    });
  }

  it('tolerates two copies of the library on one page (classic script twice, and the module build)', async function () {
    this.timeout(15_000);
    await requireBuilt(this, CLASSIC, MODULE);
    const { win, doc } = await page(
      `<script src="${CLASSIC}"></script><script src="${CLASSIC}?copy=2"></script>` +
        `<script type="module" src="${MODULE}"></script>`,
    );
    expect(
      defined(win),
      `${CLASSIC} does not define <status-banner> (an old build, or the define module tree-shaken away)`,
    ).to.equal(true);
    await waitUntil(
      () => bannerText(doc).includes('Checkout is failing'),
      'the banner never showed its feed',
      {
        timeout: 5000,
      },
    );
    expect(errors(win), 'errors in the page').to.deep.equal([]);
  });

  it('tolerates two copies with an indicator too: each copy defines it or leaves it, and it shows its state', async function () {
    this.timeout(15_000);
    await requireBuilt(this, CLASSIC, MODULE);
    const { win, doc } = await page(
      `<script src="${CLASSIC}"></script><script type="module" src="${MODULE}"></script>` +
        `<script type="module" src="/dist/cdn/status-indicator.js"></script>`,
      `<status-indicator id="indicator" variant="badge"></status-indicator>
      <script type="module">
        document.getElementById('indicator').feed = ${JSON.stringify(feedOf('Checkout is failing'))};
      </script>`,
    );
    const shown = () =>
      (doc.getElementById('indicator')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The feed's major incident: a partial outage.
    await waitUntil(() => shown().includes('Partial outage'), `the indicator showed "${shown()}"`, {
      timeout: 5000,
    });
    expect(errors(win), 'errors in the page').to.deep.equal([]);
  });
});

/** The per-element CDN files, by tag. */
const PER_ELEMENT = {
  'status-banner': '/dist/cdn/status-banner.js',
  'maintenance-notice': '/dist/cdn/maintenance-notice.js',
  'incident-timeline': '/dist/cdn/incident-timeline.js',
  'status-indicator': '/dist/cdn/status-indicator.js',
  'component-status': '/dist/cdn/component-status.js',
} as const;
type Tag = keyof typeof PER_ELEMENT;
const TAGS = Object.keys(PER_ELEMENT) as Tag[];
const definedTags = (win: PageWindow): string[] =>
  TAGS.filter((tag) => typeof win.customElements.get(tag) === 'function');
/** A feed URL of its own (no other page, cache or tab shares it) for demo/feeds/all.json. */
const freshFeed = () =>
  `/demo/feeds/all.json?page=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
/** Markup for one element of each tag given, all reading `src`. */
const elementsFor = (tags: readonly Tag[], src: string) =>
  tags.map((tag) => `<${tag} id="${tag}" src="${src}" interval="0"></${tag}>`).join('');
const shadowText = (doc: Document, id: string) =>
  (doc.getElementById(id)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What each element shows from demo/feeds/all.json, whatever the date. */
const SHOWS: Record<Tag, string> = {
  'status-banner': 'Webhook deliveries failing for US workspaces',
  'maintenance-notice': 'Add to calendar',
  'incident-timeline': 'Webhook deliveries failing for US workspaces',
  // The Webhooks component is in major outage.
  'status-indicator': 'Major outage',
  'component-status': 'Outbound webhooks, Major outage',
};
/** The URLs of the page's fetches whose path contains `part`. */
const fetched = (win: PageWindow, part: string): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(part));

describe('per-element CDN files', () => {
  for (const tag of TAGS) {
    it(`${PER_ELEMENT[tag]} alone defines only <${tag}>, which shows its feed`, async function () {
      this.timeout(15_000);
      await requireBuilt(this, PER_ELEMENT[tag]);
      const { win, doc } = await page(
        `<script type="module" src="${PER_ELEMENT[tag]}"></script>`,
        elementsFor(TAGS, freshFeed()),
      );
      await waitUntil(() => shadowText(doc, tag).includes(SHOWS[tag]), `<${tag}> never showed the feed`, {
        timeout: 10_000,
      });
      expect(definedTags(win)).to.deep.equal([tag]);
      expect(errors(win), 'errors in the page').to.deep.equal([]);
    });
  }

  it('all of them with the all-in file on one page: each tag defined once, one request per feed', async function () {
    this.timeout(15_000);
    await requireBuilt(this, MODULE, ...Object.values(PER_ELEMENT));
    const src = freshFeed();
    const scripts = [...Object.values(PER_ELEMENT), MODULE]
      .map((url) => `<script type="module" src="${url}"></script>`)
      .join('');
    const { win, doc } = await page(
      scripts,
      elementsFor(TAGS, src) +
        elementsFor(['status-banner'], src).replace('id="status-banner"', 'id="second"'),
    );
    for (const tag of TAGS) {
      await waitUntil(() => shadowText(doc, tag).includes(SHOWS[tag]), `<${tag}> never showed the feed`, {
        timeout: 10_000,
      });
    }
    await waitUntil(() => shadowText(doc, 'second').includes(SHOWS['status-banner']), 'the second banner');
    expect(definedTags(win)).to.deep.equal(TAGS);
    // One class per tag: the all-in file's exports are the classes the per-element files defined.
    const classes = await (win as unknown as { eval(code: string): Promise<boolean> }).eval(
      `import(${JSON.stringify(MODULE)}).then((api) => api.StatusBanner === customElements.get('status-banner') && api.IncidentTimeline === customElements.get('incident-timeline') && api.StatusIndicator === customElements.get('status-indicator') && api.ComponentStatusElement === customElements.get('component-status'))`,
    );
    expect(classes, 'the all-in file and the per-element files share their classes').to.equal(true);
    expect(fetched(win, src), 'requests for the feed').to.have.length(1);
    expect(errors(win), 'errors in the page').to.deep.equal([]);
  });

  it('loads its chunks from another origin, as from a CDN', async function () {
    this.timeout(15_000);
    await requireBuilt(this, PER_ELEMENT['status-banner']);
    const other = location.origin.includes('localhost')
      ? location.origin.replace('localhost', '127.0.0.1')
      : location.origin.replace(/\/\/[^:/]+/, '//localhost');
    const url = `${other}${PER_ELEMENT['status-banner']}`;
    const { win, doc } = await page(
      `<script type="module" src="${url}"></script>`,
      `<div lang="de">${elementsFor(['status-banner'], `${location.origin}${freshFeed()}`)}</div>`,
    );
    await waitUntil(() => shadowText(doc, 'status-banner').includes('Größere Störung'), 'no German banner', {
      timeout: 10_000,
    });
    const chunks = fetched(win, '/dist/cdn/chunks/');
    expect(chunks.length, 'chunks loaded').to.be.greaterThan(1);
    for (const chunk of chunks) expect(chunk.startsWith(`${other}/`), chunk).to.equal(true);
    expect(
      chunks.some((chunk) => /\/de-[\w-]+\.js$/.test(chunk)),
      'the German chunk',
    ).to.equal(true);
    expect(errors(win), 'errors in the page').to.deep.equal([]);
  });
});
