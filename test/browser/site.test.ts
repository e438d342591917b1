// The documentation site's own text (site/styles/site.css): the grey secondary lines (the
// examples' captions, the sidebar's group titles and the version in the header) have at least
// 4.5:1 contrast on the page in light and in dark, the WCAG AA minimum for text of their size.
// Read in a page of its own with the site's stylesheet and the colour scheme set on its root (as
// the operating system or the site's theme button sets it), so every engine resolves its own
// light-dark() pairs.
import { expect } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function sitePage(scheme: 'light' | 'dark'): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.title = `site text, ${scheme}`;
  iframe.srcdoc = `<!doctype html>
<html lang="en" style="color-scheme: ${scheme}">
  <head><link rel="stylesheet" href="/site/styles/site.css" /></head>
  <body>
    <header class="site-header"><span class="site-version" id="version">0.1.0</span></header>
    <nav class="sidebar"><p class="nav-group" id="group">Elements</p></nav>
    <main>
      <figure class="example"><figcaption id="caption">all.json, dismissible except critical incidents</figcaption></figure>
    </main>
  </body>
</html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** A CSS colour as sRGB bytes, through a canvas (engines serialise color-mix() differently). */
function rgb(color: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('documentation site text contrast (site/styles/site.css)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the grey secondary text is at least 4.5:1 on the page (${scheme})`, async () => {
      const doc = await sitePage(scheme);
      const win = doc.defaultView!;
      expect(doc.styleSheets[0]?.cssRules.length, 'site.css is applied').to.be.greaterThan(0);
      const background = win.getComputedStyle(doc.body).backgroundColor;
      const text = win.getComputedStyle(doc.body).color;
      const light = luminance(rgb(background)) > 0.5;
      expect(light, `the page's background ${background} follows the ${scheme} scheme`).to.equal(
        scheme === 'light',
      );
      for (const id of ['caption', 'group', 'version']) {
        const color = win.getComputedStyle(doc.getElementById(id)!).color;
        expect(rgb(color), `#${id} is secondary text, greyer than the body's`).not.to.deep.equal(rgb(text));
        const ratio = contrast(color, background);
        expect(ratio, `#${id}: ${color} on ${background}`).to.be.at.least(4.5);
      }
    });
  }
});
