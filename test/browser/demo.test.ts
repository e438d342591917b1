// The demo page's own text (demo/demo.css): the grey secondary lines (the `.meta` captions and
// the introduction) have at least 4.5:1 contrast on the page in light and in dark, the WCAG AA
// minimum for text of their size. Read in a page of its own with the demo's stylesheet and the
// colour scheme set on its root, so every engine resolves its own Canvas/CanvasText pair.
import { expect } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function demoPage(scheme: 'light' | 'dark'): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.title = `demo text, ${scheme}`;
  iframe.srcdoc = `<!doctype html>
<html lang="en" style="color-scheme: ${scheme}">
  <head><link rel="stylesheet" href="/demo/demo.css" /></head>
  <body>
    <header><p id="intro">Introduction</p></header>
    <section><p class="meta" id="meta">all.json, dismissible except critical incidents</p></section>
    <div id="canvas" style="background-color: Canvas"></div>
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

describe('demo page text contrast (demo/demo.css)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the grey secondary text is at least 4.5:1 on the page (${scheme})`, async () => {
      const doc = await demoPage(scheme);
      const win = doc.defaultView!;
      expect(doc.styleSheets[0]?.cssRules.length, 'demo.css is applied').to.be.greaterThan(0);
      const background = win.getComputedStyle(doc.getElementById('canvas')!).backgroundColor;
      const text = win.getComputedStyle(doc.body).color;
      for (const id of ['meta', 'intro']) {
        const color = win.getComputedStyle(doc.getElementById(id)!).color;
        expect(rgb(color), `#${id} is secondary text, greyer than the body's`).not.to.deep.equal(rgb(text));
        const ratio = contrast(color, background);
        expect(ratio, `#${id}: ${color} on ${background}`).to.be.at.least(4.5);
      }
    });
  }
});
