// Takes a screenshot of a page in Debian's Chromium, for looking at what the documentation site shows.
//   node scripts/screenshot.mjs http://localhost:5173/ /tmp/site.png [--dark] [--rtl] [--width=1280] [--top]
//     [--forced-colors] [--text-spacing] [--clip=<CSS selector>]
// --top: only the first screenful instead of the whole page; --width: viewport width in CSS
// pixels (320 for a small phone); --dark: prefers-color-scheme dark; --rtl: dir="rtl" on <html>;
// --forced-colors: forced-colors active (Chromium's emulation, as with a Windows contrast theme);
// --text-spacing: WCAG 1.4.12 text spacing on the page (line height 1.5, letter spacing 0.12em,
// word spacing 0.16em, 2em after paragraphs), as a reader's style sheet would set it;
// --clip: only the first element matching the selector (e.g. --clip=.banners).
// Console errors and failed requests on the page are printed, so a blank page explains itself.
import puppeteer from 'puppeteer-core';

const [url, out = 'screenshot.png', ...flags] = process.argv.slice(2);
if (!url) {
  console.error(
    'usage: node scripts/screenshot.mjs <url> [out.png] [--dark] [--rtl] [--width=N] [--top] [--forced-colors] [--text-spacing] [--clip=SELECTOR]',
  );
  process.exit(2);
}
const width = Number(flags.find((f) => f.startsWith('--width='))?.slice(8) ?? 1280);
const clip = flags.find((f) => f.startsWith('--clip='))?.slice(7);
if (!Number.isInteger(width) || width < 200) {
  console.error('--width takes a whole number of CSS pixels (at least 200)');
  process.exit(2);
}
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
  const features = [];
  if (flags.includes('--dark')) features.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (flags.includes('--forced-colors')) features.push({ name: 'forced-colors', value: 'active' });
  // puppeteer's emulateMediaFeatures refuses forced-colors; CDP takes it.
  if (features.length > 0) {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features });
  }
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (flags.includes('--rtl')) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  if (flags.includes('--text-spacing')) {
    await page.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (clip) {
    const element = await page.$(clip);
    if (!element) throw new Error(`--clip: nothing matches ${clip}`);
    await element.screenshot({ path: out });
  } else {
    await page.screenshot({ path: out, fullPage: !flags.includes('--top') });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
