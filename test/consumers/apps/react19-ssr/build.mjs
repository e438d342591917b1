// Static server rendering at build time (run.mjs serves static files only):
//
// 1. `vite build`: the browser bundle and dist/index.html, with placeholders for the app's HTML
//    and its feed; the same again in development into dist/dev/ (React reports every hydration
//    difference, attributes included, only in development).
// 2. `vite build --ssr src/entry-server.jsx`: the server entry, into dist/server/ (React,
//    react-dom and status-widgets stay imports of the installed packages).
// 3. Node runs the server entry: renderToString(<App feed={feed} />), with
//    @lit-labs/ssr-react's enable-lit-ssr.js, fills the placeholders in both pages (the feed
//    goes in as JSON, for hydrateRoot to render from the same feed), and removes dist/server/.
//    A warning or error from React while rendering fails the build.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const quiet = { logLevel: 'warn' };

process.env.NODE_ENV = 'production';
await build({ ...quiet, build: { outDir: 'dist' } });
process.env.NODE_ENV = 'development';
await build({ ...quiet, mode: 'development', base: '/dev/', build: { outDir: 'dist/dev', minify: false } });
process.env.NODE_ENV = 'production';
await build({ ...quiet, build: { ssr: 'src/entry-server.jsx', outDir: 'dist/server' } });

const { render, makeFeed } = await import(pathToFileURL('dist/server/entry-server.js').href);
const feed = makeFeed();
// Anything React reports while rendering (such as an attribute it refuses) fails the build.
const reported = [];
const { error, warn } = console;
console.error = console.warn = (...args) => reported.push(args.map(String).join(' '));
let app;
try {
  app = render(feed);
} finally {
  Object.assign(console, { error, warn });
}
if (reported.length) throw new Error(`renderToString reported:\n${reported.join('\n')}`);
const feedScript = `<script type="application/json" id="feed">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>`;
for (const page of ['dist/index.html', 'dist/dev/index.html']) {
  const template = readFileSync(page, 'utf8');
  if (!template.includes('<!--app-html-->') || !template.includes('<!--app-feed-->'))
    throw new Error(`${page} has no <!--app-html--> or <!--app-feed--> placeholder`);
  writeFileSync(
    page,
    template.replace('<!--app-html-->', () => app).replace('<!--app-feed-->', () => feedScript),
  );
}
rmSync('dist/server', { recursive: true, force: true });
const shadowRoots = app.match(/<template [^>]*shadowrootmode=/g)?.length ?? 0;
console.log(
  `dist/index.html, dist/dev/index.html: ${app.length} characters of server HTML, ${shadowRoots} declarative shadow roots`,
);
