// The host page is safe: the CDN bundle works in a page with a strict Content-Security-Policy
// (no inline script without a nonce, no eval, no inline styles, requests only to its own origin)
// and with Trusted Types enforced where the engine has them, and breaks none of its rules. Where
// the policy refuses what the elements need (Lit's Trusted Types policy `lit-html`), nothing is
// thrown into the page: the bundle defines nothing and says why in one console warning.
// Read from dist/cdn/, which `npm run build` writes; skipped with a note when it has not been
// built (CI builds before it tests).
import { expect, waitUntil } from '@open-wc/testing';
import { requireBuilt } from './kit/cdn.js';

const MODULE = '/dist/cdn/status-widgets.js';
const CLASSIC = '/dist/cdn/status-widgets.iife.js';
const MODULE_TAG = `<script type="module" src="${MODULE}"></script>`;
/** The per-element CDN files, which load their shared chunks (and a language's) themselves. */
const PER_ELEMENT = [
  '/dist/cdn/status-banner.js',
  '/dist/cdn/maintenance-notice.js',
  '/dist/cdn/incident-timeline.js',
  '/dist/cdn/status-indicator.js',
  '/dist/cdn/component-status.js',
] as const;
const PER_ELEMENT_TAGS = PER_ELEMENT.map((url) => `<script type="module" src="${url}"></script>`).join('');
const CLASSIC_TAG = `<script src="${CLASSIC}"></script>`;
const NONCE = 'status-widgets-test';

/**
 * No eval, no inline script or style without the nonce, no requests elsewhere, Trusted Types on.
 * The origin is spelled out: Firefox does not match `'self'` in a srcdoc document.
 */
const SELF = `'self' ${location.origin}`;
const BASE = [
  "default-src 'none'",
  `script-src ${SELF} 'nonce-${NONCE}'`,
  `style-src ${SELF}`,
  `connect-src ${SELF}`,
  `img-src ${SELF} data:`,
  "require-trusted-types-for 'script'",
];
/**
 * The policy the README documents: Lit creates its templates through a Trusted Types policy of
 * this name (the library adds none), and 'allow-duplicates' lets a second copy of Lit on the
 * page (two builds of the library, or another Lit app) create its own.
 */
const POLICY = [...BASE, "trusted-types lit-html 'allow-duplicates'"].join('; ');

interface PageWindow extends Window {
  __errors: string[];
  __violations: string[];
  __warnings: string[];
  __inline?: boolean;
  StatusWidgets?: Record<string, unknown>;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * A page of its own with `policy` in a meta tag, `scripts` (the bundle), and three elements
 * reading a feed. `setup` runs first, in the nonce'd script that records errors, CSP violations
 * and console warnings.
 */
async function strictPage(
  scripts: string,
  { policy = POLICY, setup = '', lang = 'en' }: { policy?: string; setup?: string; lang?: string } = {},
): Promise<{ win: PageWindow; doc: Document }> {
  // A feed URL of its own, so no other test page, cache or tab shares it.
  const feed = `/demo/feeds/all.json?page=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const iframe = document.createElement('iframe');
  iframe.title = 'strict page';
  iframe.srcdoc = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <script nonce="${NONCE}">
      window.__errors = [];
      window.__violations = [];
      window.__warnings = [];
      addEventListener('error', (event) => window.__errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
      const warn = console.warn;
      console.warn = (...args) => {
        window.__warnings.push(args.map(String).join(' '));
        warn.apply(console, args);
      };
      // Test pages run side by side and the engines call all but the front one hidden, where
      // the feed client waits for the page to be seen before it fetches: this page is "seen".
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(event.violatedDirective + ' ' + event.blockedURI),
      );
      ${setup}
    </script>
    <script>
      window.__inline = true;
    </script>
    ${scripts}
  </head>
  <body>
    <status-banner src="${feed}" interval="0" show-operational></status-banner>
    <maintenance-notice src="${feed}" interval="0" maintenance="mnt-weekly-saturday-upkeep"></maintenance-notice>
    <incident-timeline src="${feed}" interval="0" limit="2"></incident-timeline>
    <status-indicator src="${feed}" interval="0" variant="badge"></status-indicator>
    <component-status src="${feed}" interval="0" components="webhooks"></component-status>
  </body>
</html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as PageWindow;
  // The policy is in force: the inline script without the nonce did not run.
  expect(win.__inline, 'the inline script without the nonce ran').to.equal(undefined);
  return { win, doc: iframe.contentDocument! };
}

/*
 * Only plain values from the frame go into assertions: a failing assertion on an object of
 * another realm (its window, the library's namespace) sends the runner's error serialiser into
 * an endless walk.
 */
const errors = (win: PageWindow): string[] => win.__errors.map(String);
const warnings = (win: PageWindow): string[] => win.__warnings.map(String);
/** Violations other than the inline script without the nonce, which every page has on purpose. */
const violations = (win: PageWindow): string[] =>
  win.__violations.map(String).filter((line) => !/^script-src(-elem)? inline$/.test(line));
const TAGS = [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
];
const definedTags = (win: PageWindow): string[] =>
  TAGS.filter((tag) => typeof win.customElements.get(tag) === 'function');
const hasTrustedTypes = (win: Window): boolean => 'trustedTypes' in win;

const shadowText = (doc: Document, tag: string) =>
  (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the elements to show the feed, with their styles applied. */
async function rendered(win: PageWindow, doc: Document): Promise<void> {
  await waitUntil(() => shadowText(doc, 'status-banner').includes('Major outage'), 'no banner', {
    timeout: 10_000,
  });
  await waitUntil(() => shadowText(doc, 'maintenance-notice').includes('Weekly'), 'no notice', {
    timeout: 10_000,
  });
  await waitUntil(
    () =>
      doc.querySelector('incident-timeline')!.shadowRoot!.querySelectorAll('[part~="incident"]').length === 2,
    'no timeline',
    { timeout: 10_000 },
  );
  await waitUntil(() => shadowText(doc, 'status-indicator').includes('Major outage'), 'no indicator', {
    timeout: 10_000,
  });
  await waitUntil(
    () => shadowText(doc, 'component-status').includes('Outbound webhooks, Major outage'),
    'no components',
    { timeout: 10_000 },
  );
  // Styles applied: the banner has its border.
  const base = doc.querySelector('status-banner')!.shadowRoot!.querySelector('[part="base"]')!;
  expect(win.getComputedStyle(base).borderTopStyle, 'the banner has no styles').to.equal('solid');
}

/**
 * Waits until the page has run its scripts (modules included) and had time to report an error.
 * Timers only: animation frames do not come in the background tabs that test pages often are.
 */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 300));

for (const [name, url, script] of [
  ['ES module', MODULE, MODULE_TAG],
  ['per-element ES modules', PER_ELEMENT[0], PER_ELEMENT_TAGS],
  ['classic script', CLASSIC, CLASSIC_TAG],
] as const) {
  describe(`under a strict Content-Security-Policy with Trusted Types (${name})`, () => {
    it('shows the banner, the notice, the timeline and the indicator and breaks no rule', async function () {
      this.timeout(20_000);
      await requireBuilt(this, url);
      const { win, doc } = await strictPage(script);
      await rendered(win, doc);
      // A day's popover is placed under its bar through the CSSOM, which style-src allows.
      const components = doc.querySelector('component-status')!;
      const bar = components.shadowRoot!.querySelector('[part~="bar"]')!;
      bar.dispatchEvent(
        new (win as unknown as typeof globalThis).PointerEvent('pointerover', {
          pointerType: 'mouse',
          bubbles: true,
        }),
      );
      await waitUntil(
        () => components.shadowRoot!.querySelector<HTMLElement>('[part="popover"]:not([hidden])'),
        'no popover',
      );
      const popover = components.shadowRoot!.querySelector<HTMLElement>('[part="popover"]:not([hidden])')!;
      expect(popover.style.getPropertyValue('--_at'), 'placed under the first day').not.to.equal('');
      // Styles come from constructable stylesheets, not inline <style>; nothing else is refused.
      expect(violations(win)).to.deep.equal([]);
      expect(errors(win)).to.deep.equal([]);
      expect(warnings(win)).to.deep.equal([]);
      // And where the engine has Trusted Types, a plain string cannot reach innerHTML.
      if (hasTrustedTypes(win)) {
        expect(() => {
          doc.createElement('div').innerHTML = '<b>x</b>';
        }).to.throw();
      }
    });

    it("refused Lit's policy (trusted-types 'none'): throws nothing, defines nothing, warns once", async function () {
      this.timeout(20_000);
      await requireBuilt(this, url);
      if (!hasTrustedTypes(window)) {
        console.info(`${name}: this engine has no Trusted Types (no window.trustedTypes): skipping`);
        this.skip();
      }
      const { win } = await strictPage(script, { policy: [...BASE, "trusted-types 'none'"].join('; ') });
      await settled();
      expect(errors(win), 'errors thrown into the page').to.deep.equal([]);
      // Without its policy Lit would hand template strings to innerHTML, which the page refuses:
      // the bundle fails closed instead of defining elements that would throw at each render.
      expect(definedTags(win), 'elements defined').to.deep.equal([]);
      const said = warnings(win);
      expect(said, 'console warnings').to.have.length(1);
      expect(said[0])
        .to.contain('status-widgets')
        .and.to.contain("trusted-types lit-html 'allow-duplicates'");
      // The only violations are the page refusing the policy (and, reported where the engine
      // reports it, the one string the bundle tried, to learn that it would be refused).
      for (const line of violations(win))
        expect(line).to.match(/^(trusted-types|require-trusted-types-for) /);
    });
  });
}

describe('chunks under a strict Content-Security-Policy', () => {
  it("a German page loads the German chunk (script-src 'self') and shows only German", async function () {
    this.timeout(20_000);
    await requireBuilt(this, ...PER_ELEMENT);
    const { win, doc } = await strictPage(PER_ELEMENT_TAGS, { lang: 'de' });
    await waitUntil(() => shadowText(doc, 'status-banner').includes('Größere Störung'), 'no German banner', {
      timeout: 10_000,
    });
    await waitUntil(
      () => shadowText(doc, 'maintenance-notice').includes('Zum Kalender hinzufügen'),
      'no German notice',
      {
        timeout: 10_000,
      },
    );
    expect(shadowText(doc, 'status-banner')).not.to.contain('Major outage');
    await waitUntil(
      () => shadowText(doc, 'status-indicator').includes('Schwerer Ausfall'),
      'no German indicator',
      {
        timeout: 10_000,
      },
    );
    const chunks = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/dist/cdn/chunks/'));
    expect(
      chunks.filter((name) => /\/de-[\w-]+\.js$/.test(name)),
      'the German chunk',
    ).to.have.length(1);
    expect(
      chunks.filter((name) => /\/(fr|es|ja|hi|pt-BR)-[\w-]+\.js$/.test(name)),
      'other languages',
    ).to.deep.equal([]);
    expect(violations(win)).to.deep.equal([]);
    expect(errors(win)).to.deep.equal([]);
    expect(warnings(win)).to.deep.equal([]);
  });
});

describe('two copies of the library (classic script, then the ES module) under Trusted Types', () => {
  it("with trusted-types lit-html 'allow-duplicates': no error, elements defined once and rendering", async function () {
    this.timeout(20_000);
    await requireBuilt(this, MODULE, CLASSIC);
    const { win, doc } = await strictPage(CLASSIC_TAG + MODULE_TAG);
    await rendered(win, doc);
    await settled();
    expect(errors(win), 'errors thrown into the page').to.deep.equal([]);
    expect(violations(win)).to.deep.equal([]);
    expect(warnings(win)).to.deep.equal([]);
    expect(definedTags(win)).to.deep.equal(TAGS);
    // Defined once, by the copy that came first (the classic script); the module left them alone.
    const classicBanner = win.StatusWidgets?.['StatusBanner'];
    expect(
      win.customElements.get('status-banner') === classicBanner,
      'defined by the classic script',
    ).to.equal(true);
  });

  it('with trusted-types lit-html (no duplicates allowed): the second copy throws nothing', async function () {
    this.timeout(20_000);
    await requireBuilt(this, MODULE, CLASSIC);
    const { win, doc } = await strictPage(CLASSIC_TAG + MODULE_TAG, {
      policy: [...BASE, 'trusted-types lit-html'].join('; '),
    });
    // The first copy's elements work.
    await rendered(win, doc);
    await settled();
    expect(errors(win), 'errors thrown into the page').to.deep.equal([]);
    expect(definedTags(win)).to.deep.equal(TAGS);
    if (hasTrustedTypes(win)) {
      // The second copy was refused its policy: it says so once, naming what to allow.
      const said = warnings(win);
      expect(said, 'console warnings').to.have.length(1);
      expect(said[0]).to.contain("trusted-types lit-html 'allow-duplicates'");
    } else {
      expect(warnings(win)).to.deep.equal([]);
    }
  });
});

describe('the style fallback for engines without constructable stylesheets (litNonce)', () => {
  for (const [name, url, script] of [
    ['ES module', MODULE, MODULE_TAG],
    ['classic script', CLASSIC, CLASSIC_TAG],
  ] as const) {
    it(`${name}: window.litNonce puts the nonce on Lit's <style> elements, which style-src allows`, async function () {
      this.timeout(20_000);
      await requireBuilt(this, url);
      const policy = POLICY.replace(`style-src ${SELF}`, `style-src ${SELF} 'nonce-${NONCE}'`);
      const { win, doc } = await strictPage(script, {
        policy,
        // An engine without constructable stylesheets, as far as Lit can tell.
        setup: `delete Document.prototype.adoptedStyleSheets; window.litNonce = '${NONCE}';`,
      });
      await rendered(win, doc);
      const root = doc.querySelector('status-banner')!.shadowRoot!;
      expect(root.querySelectorAll('style').length, 'Lit fell back to <style> elements').to.be.greaterThan(0);
      expect(violations(win)).to.deep.equal([]);
      expect(errors(win)).to.deep.equal([]);
    });
  }
});
