// Renders one server-rendered test page with Lit SSR from the current sources and prints it:
// `node --import tsx test/server/ssr-render.ts` (the browser tests' dev server runs it through
// test/server/ssr-pages.mjs). Each page holds the five elements rendered from one feed, the
// feed itself as JSON (for the page's script, as an app would hand it over), and the script.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/elements/status-banner/define.js';
import '../../src/elements/maintenance-notice/define.js';
import '../../src/elements/incident-timeline/define.js';
import '../../src/elements/status-indicator/define.js';
import '../../src/elements/component-status/define.js';

import { SSR_FEED } from './ssr-feed.js';

const body = collectResultSync(
  render(
    html`<status-banner .feed=${SSR_FEED}></status-banner>
      <maintenance-notice .feed=${SSR_FEED}></maintenance-notice>
      <incident-timeline .feed=${SSR_FEED}></incident-timeline>
      <status-indicator .feed=${SSR_FEED}></status-indicator>
      <component-status .feed=${SSR_FEED}></component-status>`,
  ),
);
const json = JSON.stringify(SSR_FEED).replace(/</g, '\\u003c');
process.stdout.write(`<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>Server-rendered status</title></head>
  <body>
    ${body}
    <script type="application/json" id="feed">${json}</script>
    <script type="module" src="/test/browser/elements/shared/server-rendered.page.ts"></script>
  </body>
</html>
`);
