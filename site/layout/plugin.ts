/**
 * The documentation site's layout, as one Vite plugin: every page in site/ is a plain HTML file
 * with its content in `<main id="content">`; this adds what every page shares — the viewport
 * and colour-scheme meta, the stylesheet and script, the skip link, the header, the sidebar
 * (the current page marked `aria-current="page"`) and the footer — and expands the generated
 * parts: `<!-- api:TAG -->`, `<!-- feed-format -->`, `<!-- changelog -->` and `<site-example>`.
 * Last, every heading in the content gets an id and a link to itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { apiHtml } from './api.js';
import { changelogHtml } from './changelog.js';
import { expandExamples } from './examples.js';
import { feedFormatHtml } from './feed-format.js';
import { linkHeadings } from './headings.js';
import { escapeHtml } from './html.js';
import { NAV } from './pages.js';

/** Runs before any script: marks that scripts run, and restores the reader's chosen theme. */
const HEAD_SCRIPT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('status-widgets-site-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The example feeds the feed-format reference takes its examples from, in order. */
const EXAMPLE_FEEDS = ['all.json', 'status-page.json', 'maintenance-notice.json', 'incident-history.json'];

export function siteLayout(): Plugin {
  let repo = process.cwd();
  let siteRoot = resolve(repo, 'site');

  function sidebar(current: string): string {
    const groups = NAV.map((group) => {
      const id = `nav-${group.title.toLowerCase()}`;
      const items = group.pages
        .filter((page) => existsSync(resolve(siteRoot, `${page.name}.html`)))
        .map((page) => {
          const text = page.code ? `<code>${escapeHtml(page.title)}</code>` : escapeHtml(page.title);
          const marked = page.name === current ? ' aria-current="page"' : '';
          return `<li><a href="./${page.name}.html"${marked}>${text}</a></li>`;
        });
      return `<p class="nav-group" id="${id}">${group.title}</p>\n<ul aria-labelledby="${id}">${items.join('')}</ul>`;
    });
    return `<nav id="sidebar" class="sidebar" aria-label="Documentation">\n${groups.join('\n')}\n</nav>`;
  }

  function layout(html: string, page: string): string {
    const version = (JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')) as { version: string })
      .version;
    const head = `
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="data:," />
    <script>${HEAD_SCRIPT}</script>
    <link rel="stylesheet" href="./styles/site.css" />
    <script type="module" src="./client/main.ts"></script>`;
    const header = `
    <a class="skip-link" href="#content">Skip to content</a>
    <header class="site-header">
      <a class="site-name" href="./index.html">status-widgets</a>
      <span class="site-version">${escapeHtml(version)}</span>
      <button type="button" class="menu-button" aria-expanded="false" aria-controls="sidebar" hidden>Menu</button>
      <button type="button" class="theme-button" hidden><span class="theme-label">Theme: </span>auto</button>
    </header>
    <div class="layout">
    ${sidebar(page)}`;
    const footer = `
    </div>
    <footer class="site-footer">
      <p>status-widgets ${escapeHtml(version)} · MIT licence · <a href="./changelog.html">Changelog</a></p>
    </footer>`;

    const manifest = resolve(repo, 'dist/custom-elements.json');
    let out = html
      .replace(/<meta charset="utf-8"\s*\/?>/i, (meta) => `${meta}${head}`)
      .replace(/<body([^>]*)>/i, (body) => `${body}${header}`)
      .replace(/<\/body>/i, `${footer}\n  </body>`)
      .replace(/<!--\s*api:([\w-]+)\s*-->/g, (_m, tag: string) => apiHtml(tag, manifest))
      .replace(/<!--\s*feed-format\s*-->/g, () =>
        feedFormatHtml(
          resolve(repo, 'schema/status-feed.schema.json'),
          EXAMPLE_FEEDS.map((name) => resolve(repo, 'demo/feeds', name)),
        ),
      )
      .replace(/<!--\s*changelog\s*-->/g, () => changelogHtml(resolve(repo, 'CHANGELOG.md')));
    out = expandExamples(out);
    return out.replace(
      /(<main\b[^>]*>)([\s\S]*)(<\/main>)/,
      (_m, open: string, content: string, close: string) => `${open}${linkHeadings(content)}${close}`,
    );
  }

  return {
    name: 'status-widgets-site-layout',
    configResolved(config) {
      siteRoot = config.root;
      repo = resolve(config.root, '..');
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        return layout(html, basename(context.filename, '.html'));
      },
    },
  };
}
