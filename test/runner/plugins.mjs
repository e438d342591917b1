// Server commands the browser tests call through executeServerCommand: media-feature emulation
// and the accessibility tree.

/**
 * Tests call `executeServerCommand('emulate-media-features', { forcedColors, colorScheme,
 * reducedMotion })` (each optional; `null` removes that override) and get back whether the
 * engine applied it. web-test-runner's own `emulateMedia` gives forced colors to Playwright only,
 * and through puppeteer it needs CDP, so Firefox (WebDriver BiDi) gets nothing from it.
 *   - Chromium: `Emulation.setEmulatedMedia` on a CDP session of the test's page, kept open per
 *     page (pages are reused by later test files; detaching would drop the overrides). The
 *     command sends every feature it has set each time, since each call replaces the page's set.
 *   - Firefox: WebDriver BiDi has no such command in Firefox ESR 153 (emulation.
 *     setForcedColorsModeThemeOverride is unknown), but its top-level BrowsingContext has the
 *     per-tab overrides DevTools uses (forcedColorsOverride, prefersColorSchemeOverride,
 *     prefersReducedMotionOverride). They are set from Firefox's privileged chrome scope, which
 *     the launcher opens with -remote-allow-system-access; only the test's own tab changes.
 *   - WebKit (WebDriver classic): no emulation; the command answers `{ applied: false }`.
 */
export function emulateMediaFeaturesPlugin() {
  /** @type {WeakMap<object, { cdp: Promise<any>, features: Map<string, string> }>} */
  const chromiumPages = new WeakMap();
  const FEATURES = {
    forcedColors: { cdp: 'forced-colors', firefox: 'forcedColorsOverride', values: ['active', 'none'] },
    colorScheme: {
      cdp: 'prefers-color-scheme',
      firefox: 'prefersColorSchemeOverride',
      values: ['light', 'dark'],
    },
    reducedMotion: {
      cdp: 'prefers-reduced-motion',
      firefox: 'prefersReducedMotionOverride',
      values: ['reduce', 'no-preference'],
    },
  };

  /** @returns {[keyof typeof FEATURES, string | null][]} */
  function validate(payload) {
    if (payload === null || typeof payload !== 'object') {
      throw new Error('emulate-media-features takes an object');
    }
    return Object.entries(payload).map(([key, value]) => {
      const feature = FEATURES[key];
      if (!feature) throw new Error(`emulate-media-features: unknown feature ${key}`);
      if (value !== null && !feature.values.includes(value)) {
        throw new Error(`emulate-media-features: ${key} is one of ${feature.values.join(', ')} or null`);
      }
      return [key, value];
    });
  }

  async function chromium(page, changes) {
    let entry = chromiumPages.get(page);
    if (!entry) {
      entry = { cdp: page.createCDPSession(), features: new Map() };
      chromiumPages.set(page, entry);
    }
    for (const [key, value] of changes) {
      if (value === null) entry.features.delete(FEATURES[key].cdp);
      else entry.features.set(FEATURES[key].cdp, value);
    }
    const features = [...entry.features].map(([name, value]) => ({ name, value }));
    await (await entry.cdp).send('Emulation.setEmulatedMedia', { features });
  }

  async function firefox(page, changes) {
    const connection = page.browser().connection;
    // Asked each time: a chrome window's context ends when the window closes.
    const { result: tree } = await connection.send('browsingContext.getTree', {
      'moz:scope': 'chrome',
      maxDepth: 0,
    });
    const chromeContext = tree.contexts[0]?.context;
    if (!chromeContext) {
      throw new Error(
        'emulate-media-features: no chrome scope (is Firefox started with -remote-allow-system-access?)',
      );
    }
    const assignments = changes
      .map(([key, value]) => `context.${FEATURES[key].firefox} = ${JSON.stringify(value ?? 'none')};`)
      .join(' ');
    const expression = `(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const context = NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)});
      if (!context) throw new Error('no browsing context for the test page');
      ${assignments}
    })()`;
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: chromeContext },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') {
      throw new Error(`emulate-media-features: ${result.exceptionDetails.text}`);
    }
  }

  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const changes = validate(payload);
      if (session.browser.type !== 'puppeteer') return { applied: false };
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol === 'cdp') await chromium(page, changes);
      else await firefox(page, changes);
      return { applied: true };
    },
  };
}

/**
 * Tests call `executeServerCommand('accessibility-tree', { selector })` and get the browser's
 * accessibility tree under the first element matching `selector` (puppeteer's snapshot, with
 * every node: roles, names, levels, live-region state as the engine exposes them to assistive
 * technology), or `{ unsupported: reason }` where the engine cannot give one: Chromium can (CDP);
 * Firefox over WebDriver BiDi and WebKit over WebDriver classic cannot.
 */
export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer') return { unsupported: `${session.browser.type} launcher` };
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol !== 'cdp') return { unsupported: 'WebDriver BiDi' };
      const root = payload?.selector ? await page.$(payload.selector) : null;
      if (payload?.selector && !root)
        throw new Error(`accessibility-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root: root ?? undefined, interestingOnly: false });
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */

/**
 * Koa middleware: the CDN files (`/dist/cdn/…`) answer with `Access-Control-Allow-Origin: *`,
 * as a CDN does, so a test page can load them from another origin (127.0.0.1 for a page on
 * localhost) the way a product's page loads them from a CDN: module scripts and the chunks they
 * import are fetched in CORS mode.
 */
export function cdnOrigin() {
  return async function cdnOriginMiddleware(ctx, next) {
    await next();
    if (ctx.path.startsWith('/dist/cdn/')) ctx.set('Access-Control-Allow-Origin', '*');
  };
}
