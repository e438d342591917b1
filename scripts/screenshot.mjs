// Takes a screenshot of a page in Debian's Chromium, for looking at what the demo shows.
//   node scripts/screenshot.mjs http://localhost:5173/ /tmp/demo.png [--dark] [--rtl] [--width=1280] [--top]
// (--top: only the first screenful instead of the whole page)
// Console errors and failed requests on the page are printed, so a blank page explains itself.
import puppeteer from 'puppeteer-core';

const [url, out = 'screenshot.png', ...flags] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> [out.png] [--dark] [--rtl] [--width=N]');
  process.exit(2);
}
const width = Number(flags.find((f) => f.startsWith('--width='))?.slice(8) ?? 1280);
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
try {
  const page = await browser.newPage();
  page.on('console', (msg) => msg.type() === 'error' && console.error(`console: ${msg.text()}`));
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('requestfailed', (req) =>
    console.error(`request failed: ${req.url()} ${req.failure()?.errorText}`),
  );
  await page.setViewport({ width, height: 900 });
  if (flags.includes('--dark'))
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (flags.includes('--rtl')) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: out, fullPage: !flags.includes('--top') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
