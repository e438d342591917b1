// The playground page in a real browser (build/site served at baseUrl): the preview upgrades;
// a broken feed is marked at its path while the preview keeps the last valid feed; fixing it
// updates the preview; the state in the URL restores the page; the clock moves a window from
// upcoming to in progress; and nothing logs an error. Run by test/site/run.mjs.
import { createRequire } from 'node:module';

const HOUR = 3_600_000;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A feed with one maintenance window from 2½ to 4 hours after `now`. */
function feedAround(now, { title = 'Search index rebuild', impact = '"minor"' } = {}) {
  const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{
  "version": 1,
  "page": { "name": "Acme Cloud", "url": "https://status.acme.example", "timeZone": "UTC" },
  "components": [{ "id": "search", "name": "Search", "status": "operational" }],
  "maintenances": [
    {
      "id": "index-rebuild",
      "title": "${title}",
      "summary": "Search results may be incomplete while the index is rebuilt.",
      "status": "scheduled",
      "impact": ${impact},
      "startsAt": "${iso(now + 2.5 * HOUR)}",
      "endsAt": "${iso(now + 4 * HOUR)}",
      "components": ["search"]
    }
  ]
}
`;
}

/** Waits until `fn` (run in the page) returns something truthy; returns it. */
async function until(page, fn, arg, what, timeout = 10_000) {
  try {
    const handle = await page.waitForFunction(fn, { timeout, polling: 50 }, arg);
    return await handle.jsonValue();
  } catch (error) {
    throw new Error(`timed out waiting for ${what}: ${error.message}`);
  }
}

/** What the preview frame shows: its element's tag, phase, title and text. */
function previewState() {
  const frame = document.getElementById('pg-frame');
  const api = frame?.contentWindow?.playgroundPreview;
  const element = api?.element();
  if (!element || !element.shadowRoot || !frame.contentWindow.customElements.get(element.localName))
    return null;
  return {
    tag: element.localName,
    phase: element.shown?.phase ?? null,
    title: element.shown?.item?.title ?? null,
    text: element.shadowRoot.textContent ?? '',
    frameNow: api.now(),
    realNow: Date.now(),
  };
}

/** Replaces the editor's whole text the way a paste does. */
async function replaceFeed(page, text) {
  await page.focus('#pg-editor .cm-content');
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.sendCharacter(text);
}

export default async function ({ browser, baseUrl, test }) {
  const errors = [];
  const page = await browser.newPage();
  const watch = (target) => {
    target.on('console', (message) => {
      if (message.type() !== 'error') return;
      const url = message.location()?.url ?? '';
      if (/favicon\.ico$/.test(url)) return;
      errors.push(`console: ${message.text()} ${url}`.trim());
    });
    target.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  };
  watch(page);
  await page.setViewport({ width: 1280, height: 900 });
  const url = new URL('playground.html', baseUrl).href;

  try {
    await test('playground: the preview shows the element, upgraded', async () => {
      await page.goto(url, { waitUntil: 'load' });
      const shown = await until(page, previewState, undefined, 'the preview element');
      if (shown.tag !== 'maintenance-notice') throw new Error(`the preview shows <${shown.tag}>`);
      if (!shown.text.trim()) throw new Error('the preview element rendered nothing');
      const options = await page.$$eval('#pg-attributes select, #pg-attributes input', (els) => els.length);
      if (options < 5) throw new Error(`only ${options} attribute controls`);
    });

    const now = Date.now();
    const valid = feedAround(now);
    await test('playground: a broken feed is marked at its path; the preview keeps the last valid one', async () => {
      await replaceFeed(page, valid);
      await until(
        page,
        () =>
          document.getElementById('pg-frame').contentWindow.playgroundPreview?.element()?.shown?.item?.id ===
          'index-rebuild',
        undefined,
        'the preview to show the typed feed',
      );
      await replaceFeed(page, feedAround(now, { title: 'Broken', impact: '5' }));
      const marked = await until(
        page,
        () => document.querySelector('#pg-editor .cm-lintRange-error')?.textContent,
        undefined,
        'an inline diagnostic',
      );
      if (marked !== '5')
        throw new Error(`the diagnostic marks ${JSON.stringify(marked)}, not the impact's value`);
      const listed = await page.$eval('#pg-problems', (el) => el.textContent);
      if (!listed.includes('maintenances[0].impact')) throw new Error(`the error list says: ${listed}`);
      const role = await page.$eval('#pg-problems', (el) => el.getAttribute('role'));
      if (role !== 'status') throw new Error('the error list is not a status region');
      await new Promise((resolve) => setTimeout(resolve, 400));
      const shown = await page.evaluate(previewState);
      if (shown?.title !== 'Search index rebuild') throw new Error(`the preview shows ${shown?.title}`);
      if (await page.$eval('#pg-stale', (el) => el.hidden))
        throw new Error('no note that the preview is stale');
    });

    await test('playground: fixing the feed clears the error and updates the preview', async () => {
      await replaceFeed(page, feedAround(now, { title: 'Search index rebuild, moved' }));
      await until(
        page,
        () =>
          document.getElementById('pg-frame').contentWindow.playgroundPreview?.element()?.shown?.item
            ?.title === 'Search index rebuild, moved',
        undefined,
        'the preview to show the fixed feed',
      );
      if (await page.$('#pg-editor .cm-lintRange-error')) throw new Error('a diagnostic is still shown');
      const listed = await page.$eval('#pg-problems', (el) => el.textContent);
      if (!/valid/.test(listed)) throw new Error(`the error list says: ${listed}`);
    });

    await test('playground: moving the clock takes the window from upcoming to in progress', async () => {
      const before = await page.evaluate(previewState);
      if (before.phase !== 'upcoming')
        throw new Error(`the window is ${before.phase} before the clock moves`);
      for (let i = 0; i < 3; i++) await page.click('.pg-clock-buttons button[data-step="60"]');
      const after = await until(
        page,
        () => {
          const frame = document.getElementById('pg-frame').contentWindow.playgroundPreview;
          const element = frame?.element();
          return (
            element?.shown?.phase === 'in_progress' && {
              phase: element.shown.phase,
              skew: frame.now() - Date.now(),
            }
          );
        },
        undefined,
        'the window to be in progress',
      );
      if (Math.abs(after.skew - 3 * HOUR) > 60_000)
        throw new Error(`the frame's clock is ${after.skew} ms ahead`);
      const value = await page.$eval('#pg-clock', (el) => el.value);
      if (value !== '180') throw new Error(`the slider reads ${value}`);
    });

    await test('playground: the state in the URL restores the page', async () => {
      await page.select('#pg-attr-variant', 'compact');
      await page.click('#pg-attr-show-empty');
      await until(page, () => location.hash.startsWith('#s='), undefined, 'the URL to hold the state');
      // Let the last debounced write land.
      await new Promise((resolve) => setTimeout(resolve, 700));
      const shared = await page.evaluate(() => location.href);
      const editorText = await page.$eval('#pg-editor .cm-content', (el) => el.innerText);
      const second = await browser.newPage();
      watch(second);
      try {
        await second.goto(shared, { waitUntil: 'load' });
        const shown = await until(
          second,
          () => {
            const element = document.getElementById('pg-frame').contentWindow?.playgroundPreview?.element();
            return element?.shown?.item?.id === 'index-rebuild' && element.shown.phase;
          },
          undefined,
          'the restored preview',
        );
        if (shown !== 'in_progress') throw new Error(`the restored clock shows the window ${shown}`);
        const restored = await second.evaluate(() => ({
          tag: document.getElementById('pg-tag').value,
          variant: document.getElementById('pg-attr-variant').value,
          showEmpty: document.getElementById('pg-attr-show-empty').checked,
          clock: document.getElementById('pg-clock').value,
          text: document.querySelector('#pg-editor .cm-content').innerText,
          attribute: document
            .getElementById('pg-frame')
            .contentWindow.playgroundPreview.element()
            .getAttribute('variant'),
        }));
        if (restored.tag !== 'maintenance-notice') throw new Error(`restored element ${restored.tag}`);
        if (restored.variant !== 'compact' || restored.attribute !== 'compact')
          throw new Error('variant not restored');
        if (restored.showEmpty !== false) throw new Error('show-empty not restored (it was switched off)');
        if (restored.clock !== '180') throw new Error(`clock restored as ${restored.clock}`);
        if (restored.text !== editorText) throw new Error('the feed text differs after the reload');
      } finally {
        await second.close();
      }
    });

    await test('playground: a fetch that fails names the mirror command', async () => {
      await page.$eval('#pg-url', (el) => (el.value = 'http://127.0.0.1:9/feed.json'));
      await page.click('#pg-url-form button[type="submit"]');
      const message = await until(
        page,
        () =>
          /status-widgets convert/.test(document.getElementById('pg-load-status').textContent) &&
          document.getElementById('pg-load-status').textContent,
        undefined,
        'the failure message',
      );
      if (!message.includes('npx status-widgets convert http://127.0.0.1:9/feed.json > feed.json'))
        throw new Error(`the message says: ${message}`);
      // The refused connection logs a network error of its own: not the page's fault.
      for (let i = errors.length - 1; i >= 0; i--) if (errors[i].includes('127.0.0.1:9')) errors.splice(i, 1);
      for (let i = errors.length - 1; i >= 0; i--)
        if (/ERR_CONNECTION_REFUSED/.test(errors[i])) errors.splice(i, 1);
    });

    await test('playground: the copy snippet follows the element and the feed URL', async () => {
      await page.$eval('#pg-feed-url', (el) => {
        el.value = 'https://status.acme.example/feed.json';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.click('#pg-target-react');
      const code = await page.$eval('#pg-code', (el) => el.textContent);
      if (!code.includes("import { MaintenanceNotice } from 'status-widgets/react';"))
        throw new Error(`the React code is: ${code}`);
      if (
        !code.includes('src="https://status.acme.example/feed.json"') ||
        !code.includes('variant="compact"')
      )
        throw new Error(`the React code is: ${code}`);
    });

    await test('playground: the feed’s ids complete the components list', async () => {
      await page.$eval('#pg-attr-components', (el) => {
        el.value = 'search,';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const options = await page.$$eval('#pg-attr-components-list option', (os) => os.map((o) => o.value));
      // The typed feed has one component, already listed: nothing left to offer.
      if (options.length) throw new Error(`offered ${options.join(' ')}`);
      await page.$eval('#pg-attr-components', (el) => {
        el.value = '';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const all = await page.$$eval('#pg-attr-components-list option', (os) => os.map((o) => o.value));
      if (all.join() !== 'search') throw new Error(`offered ${all.join(' ')}`);
    });

    await test('playground: the authoring forms follow the feed in the editor', async () => {
      // An example loaded into the editor (as on page load, after the panel mounted).
      await page.$eval('#pg-load-status', (el) => (el.textContent = ''));
      await page.click('#pg-load-example');
      await until(
        page,
        () => document.getElementById('pg-load-status').textContent.startsWith('Loaded'),
        undefined,
        'the example',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      const state = () =>
        page.evaluate(() => {
          const host = document.getElementById('pg-authoring');
          const feed = JSON.parse(window.playgroundHosts.authoring.getFeed());
          return {
            errors: host.querySelector('.sw-form-errors')?.textContent.trim() ?? '',
            boxes: [...host.querySelector('form').querySelectorAll('.sw-components .sw-check')].map((l) =>
              l.textContent.trim(),
            ),
            names: (feed.components ?? []).map((c) => c.name),
          };
        });
      const first = await state();
      if (first.errors) throw new Error(`the forms say: ${first.errors}`);
      if (
        first.names.length < 2 ||
        first.boxes.length !== first.names.length ||
        !first.names.every((name) => first.boxes.some((box) => box.startsWith(name)))
      )
        throw new Error(`the checkboxes ${JSON.stringify(first.boxes)} are not the feed's ${first.names}`);
      // Typing a feed with another component list changes the checkboxes, untouched panel or not.
      await replaceFeed(page, feedAround(Date.now()));
      await until(
        page,
        () =>
          [...document.querySelectorAll('#pg-authoring form:first-of-type .sw-components .sw-check')]
            .map((l) => l.textContent.trim())
            .join() === 'Search',
        undefined,
        'the checkboxes to list the typed feed’s one component',
      );
    });

    await test('playground: the editor is dark in a dark page (the theme button or the system)', async () => {
      const background = () =>
        page.$eval('#pg-editor .cm-editor', (el) => getComputedStyle(el).backgroundColor);
      const light = await background();
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      await until(
        page,
        (before) =>
          getComputedStyle(document.querySelector('#pg-editor .cm-editor')).backgroundColor !== before,
        light,
        'the editor to turn dark with data-theme="dark"',
      );
      await page.evaluate(() => delete document.documentElement.dataset.theme);
      await until(
        page,
        (before) =>
          getComputedStyle(document.querySelector('#pg-editor .cm-editor')).backgroundColor === before,
        light,
        'the editor to turn light again',
      );
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await until(
        page,
        (before) =>
          getComputedStyle(document.querySelector('#pg-editor .cm-editor')).backgroundColor !== before,
        light,
        'the editor to turn dark with the system',
      );
      await page.emulateMediaFeatures([]);
    });

    await test('playground: the side panels’ hosts reach the editor and the preview', async () => {
      const result = await page.evaluate(async () => {
        const { authoring, theming } = window.playgroundHosts;
        const frame = document.getElementById('pg-frame').contentWindow.playgroundPreview;
        const before = authoring.getFeed();
        const doc = JSON.parse(before);
        doc.maintenances[0].title = 'Written by the forms';
        authoring.setFeed(JSON.stringify(doc, null, 2));
        const deadline = Date.now() + 5000;
        while (frame.element()?.shown?.item?.title !== 'Written by the forms' && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 50));
        theming.apply({ '--status-radius': '3px', '--status-font': 'serif' });
        theming.apply({ '--status-font': '' });
        const style = frame.element().style;
        return {
          title: frame.element()?.shown?.item?.title,
          editor: authoring.getFeed().includes('Written by the forms'),
          zone: authoring.timeZone(),
          theme: theming.theme(),
          radius: style.getPropertyValue('--status-radius'),
          font: style.getPropertyValue('--status-font'),
        };
      });
      if (result.title !== 'Written by the forms' || !result.editor)
        throw new Error(`setFeed: ${JSON.stringify(result)}`);
      if (!result.zone) throw new Error('no time zone');
      if (result.theme !== 'light') throw new Error(`theme() is ${result.theme}`);
      if (result.radius !== '3px' || result.font !== '') throw new Error(`apply: ${JSON.stringify(result)}`);
    });

    await test('playground: every example loads, and each element renders it', async () => {
      const examples = await page.$$eval('#pg-example option', (options) =>
        options.map((o) => ({ id: o.value, label: o.textContent })),
      );
      if (examples.length < 8) throw new Error(`only ${examples.length} examples`);
      for (const { id, label } of examples) {
        const example = id;
        await page.$eval('#pg-load-status', (el) => (el.textContent = ''));
        await page.select('#pg-example', id);
        await page.click('#pg-load-example');
        await until(
          page,
          (expected) =>
            document.getElementById('pg-load-status').textContent.startsWith(`Loaded “${expected}”`),
          label,
          `the example ${id}`,
        );
        const valid = await until(
          page,
          () => document.querySelector('#pg-problems .pg-ok'),
          undefined,
          `${example} valid`,
        );
        if (!valid) throw new Error(`${example} is not valid`);
      }
      const tags = await page.$$eval('#pg-tag option', (options) => options.map((o) => o.value));
      for (const tag of tags) {
        await page.select('#pg-tag', tag);
        await until(
          page,
          (name) => {
            const element = document.getElementById('pg-frame').contentWindow.playgroundPreview?.element();
            return element?.localName === name && element.shadowRoot?.childElementCount > 0;
          },
          tag,
          `<${tag}> in the preview`,
        );
        const controls = await page.$$eval('#pg-attributes [id^="pg-attr-"]', (els) => els.length);
        if (controls < 8) throw new Error(`<${tag}> has only ${controls} attribute controls`);
      }
    });

    await test('playground: a link with theme properties sets them on the preview', async () => {
      const link = await page.evaluate(async (feed) => {
        const json = JSON.stringify({
          v: 1,
          f: feed,
          e: 'status-indicator',
          a: { variant: 'badge', theme: 'dark' },
          c: 0,
          u: '',
          t: { '--status-radius': '0px' },
        });
        const stream = new Blob([new TextEncoder().encode(json)])
          .stream()
          .pipeThrough(new CompressionStream('deflate-raw'));
        const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
        const encoded = btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
        return `${location.pathname}#s=${encoded}`;
      }, feedAround(Date.now()));
      const third = await browser.newPage();
      watch(third);
      try {
        await third.goto(new URL(link, baseUrl).href, { waitUntil: 'load' });
        const shown = await until(
          third,
          () => {
            const element = document.getElementById('pg-frame').contentWindow?.playgroundPreview?.element();
            return (
              element?.localName === 'status-indicator' && {
                radius: element.style.getPropertyValue('--status-radius'),
                variant: element.getAttribute('variant'),
                scheme: element.ownerDocument.documentElement.style.colorScheme,
                select: document.getElementById('pg-attr-variant').value,
              }
            );
          },
          undefined,
          'the linked preview',
        );
        if (shown.radius !== '0px') throw new Error(`--status-radius is ${JSON.stringify(shown.radius)}`);
        if (shown.variant !== 'badge' || shown.select !== 'badge')
          throw new Error(`variant ${shown.variant}`);
        if (shown.scheme !== 'dark') throw new Error(`the frame's colour scheme is ${shown.scheme}`);
      } finally {
        await third.close();
      }
    });

    await test('playground: the keyboard moves through the editor and the controls', async () => {
      await page.focus('#pg-editor .cm-content');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => ({
        id: document.activeElement?.id ?? '',
        inEditor: Boolean(document.activeElement?.closest('.cm-editor')),
      }));
      if (next.inEditor) throw new Error('Tab stays in the editor');
      await page.focus('#pg-clock');
      const before = await page.$eval('#pg-clock', (el) => Number(el.value));
      await page.keyboard.press('ArrowRight');
      const after = await until(
        page,
        (start) =>
          Number(document.getElementById('pg-clock').value) !== start &&
          document.getElementById('pg-clock').value,
        before,
        'the slider to move with an arrow key',
      );
      if (Number(after) - before !== 15)
        throw new Error(`an arrow key moves the clock by ${Number(after) - before} min`);
      const text = await page.$eval('#pg-clock', (el) => el.getAttribute('aria-valuetext'));
      if (!/from now/.test(text)) throw new Error(`the slider says ${text}`);
      const outline = await page.$eval('#pg-clock', (el) => getComputedStyle(el).outlineStyle);
      if (outline === 'none') throw new Error('no visible focus on the slider');
    });

    await test('playground: no axe violations (WCAG 2 A and AA), light and dark, at 320 px', async () => {
      const found = [];
      for (const [scheme, width] of [
        ['light', 1280],
        ['light', 320],
        ['dark', 1280],
        ['dark', 320],
      ]) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width, height: 900 });
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            iframes: false,
          });
          return result.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        for (const violation of violations) found.push(`${scheme} ${width}px: ${violation}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) found.push(`${scheme} ${width}px: the page scrolls sideways by ${overflow}px`);
      }
      await page.emulateMediaFeatures([]);
      await page.setViewport({ width: 1280, height: 900 });
      if (found.length) throw new Error(found.join('\n'));
    });

    await test('playground: nothing logs an error', async () => {
      if (errors.length) throw new Error(errors.join('\n'));
    });
  } finally {
    await page.close();
  }
}
