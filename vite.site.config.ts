// The documentation site (site/): `npm start` serves it, `npm run docs:build` builds it into
// build/site/ with relative URLs only, so the folder works from any static host and path.
// The layout every page shares is one plugin (site/layout/plugin.ts); the example feeds and the
// dev server's live feeds are another (site/layout/feeds.ts). Every site/*.html is a page.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { siteFeeds } from './site/layout/feeds.js';
import { siteLayout } from './site/layout/plugin.js';

const site = fileURLToPath(new URL('./site/', import.meta.url));
const pages = Object.fromEntries(
  readdirSync(site)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.slice(0, -'.html'.length), `${site}${name}`]),
);

export default defineConfig({
  root: 'site',
  base: './',
  server: { port: 5173, fs: { allow: ['..'] } },
  preview: { port: 4173 },
  build: {
    outDir: '../build/site',
    emptyOutDir: true,
    rolldownOptions: { input: pages },
  },
  plugins: [siteLayout(), siteFeeds(fileURLToPath(new URL('./demo/feeds/', import.meta.url)))],
});
