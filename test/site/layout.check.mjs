// The site's layout at work, on the build: the sidebar marks the page it is on, the skip link
// lands on the content, the menu button opens and closes the sidebar on a small phone, the theme
// button switches the page between light and dark and remembers it, and the examples that
// compute their feed in the page show it.
export default async function ({ browser, baseUrl, test }) {
  const open = async (name, width = 1280) => {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.goto(new URL(name, baseUrl).href, { waitUntil: 'networkidle0' });
    return page;
  };
  const assert = (ok, message) => {
    if (!ok) throw new Error(message);
  };

  test('layout: the sidebar marks the current page, and only it', async () => {
    const page = await open('status-banner.html');
    const current = await page.$$eval('#sidebar [aria-current="page"]', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    await page.close();
    assert(current.length === 1 && current[0] === './status-banner.html', `aria-current on ${current}`);
  });

  test('layout: the skip link is the first tab stop and lands on <main>', async () => {
    const page = await open('getting-started.html');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.className);
    await page.keyboard.press('Enter');
    const hash = await page.evaluate(() => location.hash);
    const main = await page.evaluate(() => document.querySelector('#content')?.localName);
    await page.close();
    assert(first === 'skip-link', `the first tab stop is .${first}`);
    assert(hash === '#content' && main === 'main', `skip link went to ${hash} (${main})`);
  });

  test('layout: at 320 px the menu button opens and closes the sidebar (Escape too)', async () => {
    const page = await open('index.html', 320);
    const shown = () => page.$eval('#sidebar', (nav) => getComputedStyle(nav).display !== 'none');
    const expanded = () => page.$eval('.menu-button', (b) => b.getAttribute('aria-expanded'));
    assert(!(await shown()), 'the sidebar starts closed');
    await page.click('.menu-button');
    assert((await shown()) && (await expanded()) === 'true', 'the menu button opens it');
    await page.focus('#sidebar a');
    await page.keyboard.press('Escape');
    const focused = await page.evaluate(() => document.activeElement?.className);
    assert(!(await shown()) && (await expanded()) === 'false', 'Escape closes it');
    assert(focused === 'menu-button', 'focus goes back to the menu button');
    await page.close();
  });

  test('layout: the theme button switches light and dark, and the choice is kept', async () => {
    const page = await open('index.html');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.click('.theme-button'); // auto → light
    await page.click('.theme-button'); // light → dark
    const dark = await background();
    const label = await page.$eval('.theme-button', (b) => b.textContent);
    await page.reload({ waitUntil: 'networkidle0' });
    const kept = await background();
    await page.click('.theme-button'); // dark → auto
    await page.close();
    assert(light !== dark, `the background stays ${light}`);
    assert(label === 'Theme: dark', `the button says "${label}"`);
    assert(kept === dark, 'the dark theme is kept after a reload');
  });

  test('examples: the feeds computed in the page reach their elements', async () => {
    const page = await open('component-status.html');
    const rows = await page.$$eval('component-status[data-feed="history"]', (elements) =>
      elements.map((e) => e.shadowRoot?.querySelectorAll('[part~="component"]').length ?? 0),
    );
    await page.close();
    assert(rows.length > 0 && rows.every((n) => n > 0), `components shown: ${rows}`);
  });
}
