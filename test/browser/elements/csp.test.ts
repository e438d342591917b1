// The host page is safe: the CDN bundle works in a page with a strict Content-Security-Policy
// (no inline script without a nonce, no eval, no inline styles, requests only to its own origin)
// and with Trusted Types enforced where the engine has them, and breaks none of its rules.
// Read from dist/cdn/, which `npm run build` writes; skipped with a note when it has not been
// built (CI builds before it tests).
import { expect, waitUntil } from '@open-wc/testing';

const MODULE = '/dist/cdn/status-widgets.js';
const CLASSIC = '/dist/cdn/status-widgets.iife.js';
const NONCE = 'status-widgets-test';

/**
 * No eval, no inline script or style without the nonce, no requests elsewhere, Trusted Types on.
 * The origin is spelled out: Firefox does not match `'self'` in a srcdoc document.
 */
const SELF = `'self' ${location.origin}`;
const POLICY = [
  "default-src 'none'",
  `script-src ${SELF} 'nonce-${NONCE}'`,
  `style-src ${SELF}`,
  `connect-src ${SELF}`,
  `img-src ${SELF} data:`,
  "require-trusted-types-for 'script'",
  // Lit creates its templates through a Trusted Types policy of this name; the library adds none.
  'trusted-types lit-html',
].join('; ');

interface PageWindow extends Window {
  __errors: string[];
  __violations: string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function built(url: string): Promise<boolean> {
  return (await fetch(url, { method: 'HEAD', cache: 'no-store' })).ok;
}

/** A page of its own with the policy in a meta tag, the bundle, and three elements reading a feed. */
async function strictPage(script: string): Promise<{ win: PageWindow; doc: Document }> {
  // A feed URL of its own, so no other test page, cache or tab shares it.
  const feed = `/demo/feeds/all.json?page=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const iframe = document.createElement('iframe');
  iframe.title = 'strict page';
  iframe.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />
    <script nonce="${NONCE}">
      window.__errors = [];
      window.__violations = [];
      addEventListener('error', (event) => window.__errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
      // Test pages run side by side and the engines call all but the front one hidden, where
      // the feed client waits for the page to be seen before it fetches: this page is "seen".
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(event.violatedDirective + ' ' + event.blockedURI),
      );
    </script>
    <script>
      window.__inline = true;
    </script>
    ${script}
  </head>
  <body>
    <status-banner src="${feed}" interval="0" show-operational></status-banner>
    <maintenance-notice src="${feed}" interval="0" maintenance="mnt-weekly-saturday-upkeep"></maintenance-notice>
    <incident-timeline src="${feed}" interval="0" limit="2"></incident-timeline>
  </body>
</html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return { win: iframe.contentWindow as PageWindow, doc: iframe.contentDocument! };
}

const shadowText = (doc: Document, tag: string) =>
  (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

for (const [name, url, script] of [
  ['ES module', MODULE, `<script type="module" src="${MODULE}"></script>`],
  ['classic script', CLASSIC, `<script src="${CLASSIC}"></script>`],
] as const) {
  describe(`under a strict Content-Security-Policy with Trusted Types (${name})`, () => {
    it('shows the banner, the notice and the timeline and breaks no rule', async function () {
      this.timeout(20_000);
      if (!(await built(url))) {
        console.warn(`${url} is not built: run npm run build (CI does)`);
        this.skip();
      }
      const { win, doc } = await strictPage(script);
      // The policy is in force: the inline script without the nonce did not run.
      expect((win as unknown as { __inline?: boolean }).__inline).to.equal(undefined);
      await waitUntil(() => shadowText(doc, 'status-banner').includes('Major outage'), 'no banner', {
        timeout: 10_000,
      });
      await waitUntil(() => shadowText(doc, 'maintenance-notice').includes('Weekly'), 'no notice', {
        timeout: 10_000,
      });
      await waitUntil(
        () =>
          doc.querySelector('incident-timeline')!.shadowRoot!.querySelectorAll('[part~="incident"]')
            .length === 2,
        'no timeline',
        {
          timeout: 10_000,
        },
      );
      // Styles applied (constructable stylesheets, not inline <style>): the banner has its colours.
      const base = doc.querySelector('status-banner')!.shadowRoot!.querySelector('[part="base"]')!;
      expect(win.getComputedStyle(base).borderTopStyle).to.equal('solid');
      // The inline script without the nonce is the only violation.
      const violations = win.__violations
        .map(String)
        .filter((line) => !/^script-src(-elem)? inline$/.test(line));
      expect(violations).to.deep.equal([]);
      expect(win.__errors.map(String)).to.deep.equal([]);
      // And where the engine has Trusted Types, a plain string cannot reach innerHTML.
      if ('trustedTypes' in win) {
        expect(() => {
          doc.createElement('div').innerHTML = '<b>x</b>';
        }).to.throw();
      }
    });
  });
}
