// The script of the server-rendered test page (/__ssr/page.html): records what each element
// shows at every frame from before the elements are defined until they have rendered in the
// browser, and every error or warning, for server-rendered.test.ts to read. `?hydrate` loads
// Lit's hydrate support first, as a Lit SSR app does (`?hydrate=production`: its production
// build, which an app's bundle has and in which its "needs hydration" flag has a minified name;
// loaded by path, since this test server resolves the development build); `?nofeed` never hands
// the feed over.
const log = { errors: [] as string[], frames: [] as string[][], done: false };
(window as unknown as { ssr: typeof log }).ssr = log;
addEventListener('error', (event) => log.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason)));
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (!line.startsWith('Lit is in dev mode')) log.errors.push(`${level}: ${line}`);
    original(...args);
  };
}

const TAGS = [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
];
/** Each element's shown text (its shadow root without the style sheets), spaces collapsed. */
const shown = () =>
  TAGS.map((tag) =>
    [...(document.querySelector(tag)?.shadowRoot?.children ?? [])]
      .filter((node) => node.localName !== 'style')
      .map((node) => node.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

const params = new URLSearchParams(location.search);
log.frames.push(shown());
if (params.get('hydrate') === 'production') {
  const production = '/node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js';
  await import(/* @vite-ignore */ production);
} else if (params.has('hydrate')) await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
if (!params.has('nofeed')) {
  const feed: unknown = JSON.parse(document.getElementById('feed')!.textContent!);
  // As a framework would: the property is set on the element, defined or not yet.
  for (const tag of TAGS) (document.querySelector(tag) as HTMLElement & { feed?: unknown }).feed = feed;
}
await import('../../../../src/elements/status-banner/define.js');
await import('../../../../src/elements/maintenance-notice/define.js');
await import('../../../../src/elements/incident-timeline/define.js');
await import('../../../../src/elements/status-indicator/define.js');
await import('../../../../src/elements/component-status/define.js');
log.frames.push(shown());
for (let i = 0; i < 5; i++) {
  // A frame, or 100 ms in a page the browser does not paint (a background tab under test).
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
  log.frames.push(shown());
}
log.done = true;

export {};
