// Server-rendered HTML in a real browser: a page rendered with Lit SSR from the current sources
// (test/server/ssr-render.ts) shows each element's content with scripts disabled, and keeps
// showing it while the elements are defined and take over (with or without Lit's hydrate
// support): no frame without it, no error. The browser then shows its own language (the page is
// `lang="fr"`; a server cannot know it), which proves the client rendered it afresh.
import { expect, waitUntil } from '@open-wc/testing';

interface PageLog {
  errors: string[];
  frames: string[][];
  done: boolean;
}

/** Loads `/__ssr/page.html` + `query` in an iframe (`sandbox` as given) and waits for its load. */
async function open(query = '', sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 800px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/page.html${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The text each element shows in `frame` (its shadow root without the style sheets). */
function shownIn(frame: HTMLIFrameElement, tag: string): string {
  const root = frame.contentDocument!.querySelector(tag)!.shadowRoot;
  return [...(root?.children ?? [])]
    .filter((node) => node.localName !== 'style')
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function logOf(frame: HTMLIFrameElement): Promise<PageLog> {
  const win = frame.contentWindow as unknown as { ssr?: PageLog };
  await waitUntil(() => win.ssr?.done, 'the page script finished', { timeout: 8000 });
  return win.ssr!;
}

describe('server-rendered elements', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('show their content with scripts disabled', async () => {
    const frame = await open('', 'allow-same-origin');
    expect(shownIn(frame, 'status-banner')).to.contain('Sign-in takes longer than usual');
    expect(shownIn(frame, 'status-banner')).to.contain('Major outage');
    expect(shownIn(frame, 'maintenance-notice')).to.contain('Reports are read-only during the upgrade.');
    expect(shownIn(frame, 'incident-timeline')).to.contain('A cache node is being replaced.');
    expect(shownIn(frame, 'status-indicator')).to.contain('Partial outage');
    expect(shownIn(frame, 'component-status')).to.contain('Sign-in, Partial outage');
    expect(
      frame.contentDocument!.querySelector('component-status')!.shadowRoot!.querySelectorAll('[part~="bar"]'),
      'the day bars',
    ).to.have.length(90);
    expect(
      frame.contentDocument!.querySelector('status-banner')!.getBoundingClientRect().height,
    ).to.be.greaterThan(0);
  });

  for (const [name, query] of [
    ['without hydrate support', ''],
    ["with Lit's hydrate support", '?hydrate'],
    ["with the production build of Lit's hydrate support", '?hydrate=production'],
  ] as const) {
    it(`keep showing it in every frame while the browser takes over (${name}), then in the page's language`, async () => {
      const frame = await open(query);
      const log = await logOf(frame);
      expect(log.errors).to.deep.equal([]);
      for (const [index, frameText] of log.frames.entries()) {
        expect(frameText[0], `banner, frame ${index}`).to.contain('Sign-in takes longer than usual');
        expect(frameText[1], `notice, frame ${index}`).to.contain('Database upgrade');
        expect(frameText[2], `timeline, frame ${index}`).to.contain('A cache node is being replaced.');
        expect(frameText[3], `indicator, frame ${index}`).to.match(/Partial outage|Panne partielle/);
        expect(frameText[4], `components, frame ${index}`).to.contain('Sign-in');
      }
      expect(log.frames[0]![0], 'the server wrote English').to.contain('Major outage');
      expect(log.frames.at(-1)![0], 'the browser shows French').to.contain('Panne majeure');
      expect(log.frames[0]![3], 'the server wrote English').to.contain('Partial outage');
      expect(log.frames.at(-1)![3], 'the browser shows French').to.contain('Panne partielle');
      expect(log.frames.at(-1)![4], 'the components in French').to.contain('Panne partielle');
      expect(shownIn(frame, 'status-banner')).not.to.contain('Major outage');
      // One copy of the content, not the server's and the browser's side by side.
      expect(shownIn(frame, 'incident-timeline').split('A cache node is being replaced.').length).to.equal(2);
    });
  }

  it('keep the server content when no feed is handed over', async () => {
    const frame = await open('?nofeed');
    const log = await logOf(frame);
    expect(log.errors).to.deep.equal([]);
    expect(log.frames.at(-1)![0]).to.contain('Sign-in takes longer than usual');
    expect(log.frames.at(-1)![0]).to.contain('Major outage');
    expect(log.frames.at(-1)![3]).to.contain('Partial outage');
  });
});
