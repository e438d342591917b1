// Server rendering with @lit-labs/ssr: each element renders its `feed` property into
// declarative shadow DOM (the text is in the HTML before any script runs), renders an empty
// shell without one (the browser fetches `src`), writes no attribute the author did not set,
// and a bad feed gives one warning, never an exception.
import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/elements/status-banner/define.js';
import '../../src/elements/maintenance-notice/define.js';
import '../../src/elements/incident-timeline/define.js';
import '../../src/elements/status-indicator/define.js';
import '../../src/elements/component-status/define.js';
import { convertFeed } from '../../src/feed/parse.js';
import { SSR_FEED } from '../server/ssr-feed.js';

const feed = SSR_FEED;

/** The HTML of `template`, without the (long) style sheets. */
const serve = (template: ReturnType<typeof html>) =>
  collectResultSync(render(template)).replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
/** The visible text of server HTML: tags and Lit's comment markers removed, spaces collapsed. */
const textOf = (markup: string) =>
  markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** The start tag of `tag` in `markup`. */
const startTag = (markup: string, tag: string) => new RegExp(`<${tag}[^>]*>`).exec(markup)?.[0] ?? '';

describe('server rendering (Lit SSR)', () => {
  it('puts the banner text in declarative shadow DOM', () => {
    const markup = serve(html`<status-banner .feed=${feed} time-zone="UTC" locale="en-GB"></status-banner>`);
    assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/);
    const text = textOf(markup);
    assert.match(text, /Major outage/);
    assert.match(text, /Sign-in takes longer than usual/);
    assert.match(text, /A cache node is being replaced\./);
  });

  it('renders the notice card and the timeline from the feed', () => {
    const notice = textOf(
      serve(html`<maintenance-notice .feed=${feed} time-zone="UTC"></maintenance-notice>`),
    );
    assert.match(notice, /Database upgrade/);
    assert.match(notice, /Reports are read-only during the upgrade\./);
    const timeline = textOf(
      serve(html`<incident-timeline .feed=${JSON.stringify(feed)}></incident-timeline>`),
    );
    assert.match(timeline, /Sign-in takes longer than usual/);
    assert.match(timeline, /A cache node is being replaced\./);
  });

  it('renders the subscribe links and a resolved incident’s review into the HTML', () => {
    const hour = 3_600_000;
    const linked = {
      ...feed,
      page: {
        ...feed.page,
        subscribe: {
          calendar: 'webcal://status.northwind.example/maintenance.ics',
          atom: 'https://status.northwind.example/feed',
        },
      },
      incidents: [
        ...feed.incidents,
        {
          id: 'old',
          title: 'Exports were slow',
          impact: 'minor',
          status: 'resolved',
          startedAt: new Date(Date.now() - 30 * hour).toISOString(),
          resolvedAt: new Date(Date.now() - 29 * hour).toISOString(),
          reportUrl: 'https://status.northwind.example/reviews/old',
        },
      ],
    };
    const notice = serve(html`<maintenance-notice .feed=${linked} time-zone="UTC"></maintenance-notice>`);
    assert.match(
      notice,
      /<a[^>]*part="subscribe-link"[^>]*href="webcal:\/\/status\.northwind\.example\/maintenance\.ics"/,
    );
    assert.match(textOf(notice), /Subscribe to the maintenance calendar/);
    const timeline = serve(html`<incident-timeline .feed=${linked}></incident-timeline>`);
    assert.match(timeline, /<ul[^>]*aria-label="Get updates"/);
    assert.match(
      timeline,
      /<a[^>]*part="report-link"[^>]*href="https:\/\/status\.northwind\.example\/reviews\/old"/,
    );
    assert.match(textOf(timeline), /Read the post-incident review/);
    const components = serve(html`<component-status .feed=${linked}></component-status>`);
    assert.match(
      components,
      /<a[^>]*part="subscribe-link"[^>]*href="https:\/\/status\.northwind\.example\/feed"/,
    );
  });

  it('renders the indicator: its state, its link and an empty live region', () => {
    const linked = { ...feed, page: { ...feed.page, url: 'https://status.northwind.example' } };
    const markup = serve(html`<status-indicator .feed=${linked} variant="badge"></status-indicator>`);
    assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/);
    assert.equal(textOf(markup), 'Partial outage');
    assert.match(
      markup,
      /<a[^>]*href="https:\/\/status.northwind.example"[^>]*aria-label="Service status: Partial outage"/,
    );
    assert.match(
      markup,
      /role="status" aria-atomic="true"\s*>(<!--[^>]*-->)*<\/span/,
      'an empty live region',
    );
    // Without a link, the sentence is read as content; alone, the dot has it as its tooltip.
    assert.equal(
      textOf(serve(html`<status-indicator .feed=${feed}></status-indicator>`)),
      'Service status: Partial outage',
    );
    const dot = textOf(serve(html`<status-indicator .feed=${linked} variant="dot"></status-indicator>`));
    assert.equal(dot, 'Service status: Partial outage');
  });
  it('renders the components with their status and a strip of dated day bars', () => {
    const markup = serve(
      html`<component-status .feed=${feed} time-zone="UTC" show-groups></component-status>`,
    );
    assert.match(textOf(markup), /Sign-in ,&nbsp; Partial outage/);
    const labels = [...markup.matchAll(/<button[^>]*part="bar bar-\w+"[^>]*aria-label="([^"]+)"/g)].map(
      (m) => m[1],
    );
    assert.equal(labels.length, 90, 'every day: a server has no width to fit');
    assert.match(labels.at(-1)!, /^\w+ \d+, \d{4}: /);
    assert.doesNotMatch(startTag(markup, 'component-status'), /theme=|days=/);
  });

  it('renders the words of the locale asked for once the languages are registered, and an empty shell before', async () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      // No language but English is loaded yet: a French element cannot wait on a server.
      const before = serve(html`<status-banner .feed=${feed} locale="fr"></status-banner>`);
      assert.equal(textOf(before), '', 'no English words on a French page');
      serve(html`<maintenance-notice .feed=${feed} locale="fr"></maintenance-notice>`);
      assert.equal(warn.mock.callCount(), 1, 'one warning');
      assert.match(String(warn.mock.calls[0]?.arguments[0]), /"fr".*import 'status-widgets\/languages'/);
    } finally {
      warn.mock.restore();
    }
    await import('../../src/i18n/all-languages.js');
    const text = textOf(serve(html`<status-banner .feed=${feed} locale="fr"></status-banner>`));
    assert.match(text, /Panne majeure/);
  });

  it('renders the merge of a feed array, naming each page, and no operational line before every feed is read', () => {
    const vendor = {
      version: 1,
      page: { name: 'Stripe', url: 'https://status.stripe.example/' },
      incidents: [
        {
          id: 'inc-1',
          title: 'Payments API degraded',
          impact: 'critical',
          status: 'investigating',
          startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        },
      ],
    };
    const timeline = textOf(serve(html`<incident-timeline .feed=${[feed, vendor]}></incident-timeline>`));
    assert.match(timeline, /Stripe: Payments API degraded/);
    assert.match(timeline, new RegExp(`${feed.page!.name}: Sign-in takes longer than usual`));
    const banner = textOf(serve(html`<status-banner .feed=${[feed, vendor]}></status-banner>`));
    assert.match(banner, /Critical outage Stripe: Payments API degraded/);
    // A vendor document cannot be read while rendering: the feed it is in is not all read.
    const quiet = { version: 1, page: { name: 'Acme' } };
    const statuspage = {
      page: { id: 'x', name: 'Vendor', url: 'https://status.vendor.example' },
      components: [],
    };
    const operational = serve(
      html`<status-banner show-operational .feed=${[quiet, statuspage]}></status-banner>`,
    );
    assert.equal(textOf(operational), '');
    assert.match(
      textOf(serve(html`<status-banner show-operational .feed=${[quiet]}></status-banner>`)),
      /All systems operational/,
    );
  });

  it('renders an empty shell without a feed, and fetches nothing', () => {
    const fetches = mock.method(globalThis, 'fetch', () =>
      Promise.reject(new Error('no network on a server')),
    );
    try {
      const markup = serve(html`<status-banner src="https://status.example.com/feed.json"></status-banner>`);
      assert.match(markup, /class="base empty none"/, 'the banner takes no space');
      assert.equal(textOf(markup), '');
      assert.equal(textOf(serve(html`<incident-timeline src="/feed.json"></incident-timeline>`)), '');
      assert.equal(textOf(serve(html`<status-indicator src="/feed.json"></status-indicator>`)), '');
      assert.equal(textOf(serve(html`<component-status src="/feed.json"></component-status>`)), '');
      assert.equal(fetches.mock.callCount(), 0);
    } finally {
      fetches.mock.restore();
    }
  });

  it('renders a vendor feed as the empty shell without a warning, and the same feed converted in full', () => {
    // A vendor's document is read once its adapter loads, which a server render cannot wait for.
    const vendor = {
      page: { id: 'nw7q2k', name: 'Northwind' },
      incidents: [
        {
          id: 'sp-1',
          name: 'Payments are failing',
          status: 'investigating',
          impact: 'major',
          created_at: new Date(Date.now() - 3_600_000).toISOString(),
        },
      ],
    };
    const warn = mock.method(console, 'warn', () => {});
    try {
      // The shadow root (the host's own markup differs by the binding alone).
      const shadow = (markup: string) => /<template[\s\S]*<\/template>/.exec(markup)?.[0];
      const shell = shadow(serve(html`<status-banner .feed=${vendor}></status-banner>`));
      assert.ok(shell);
      assert.equal(shell, shadow(serve(html`<status-banner></status-banner>`)));
      assert.equal(warn.mock.callCount(), 0);
    } finally {
      warn.mock.restore();
    }
    // What `status-widgets convert` writes renders on the server.
    const converted = convertFeed(vendor);
    assert.ok(converted.ok);
    const text = textOf(serve(html`<status-banner .feed=${converted.document}></status-banner>`));
    assert.match(text, /Payments are failing/);
  });

  it('writes no attribute onto the host that the author did not set', () => {
    const banner = startTag(serve(html`<status-banner .feed=${feed}></status-banner>`), 'status-banner');
    assert.doesNotMatch(banner, /theme=|position=/, banner);
    const notice = startTag(
      serve(html`<maintenance-notice .feed=${feed}></maintenance-notice>`),
      'maintenance-notice',
    );
    assert.doesNotMatch(notice, /theme=|variant=/, notice);
    const indicator = startTag(
      serve(html`<status-indicator .feed=${feed}></status-indicator>`),
      'status-indicator',
    );
    assert.doesNotMatch(indicator, /theme=|variant=/, indicator);
    const chosen = startTag(
      serve(html`<status-banner theme="dark" .feed=${feed}></status-banner>`),
      'status-banner',
    );
    assert.match(chosen, /theme="dark"/, 'an attribute the author set stays');
  });

  it('warns once about a bad feed and renders the shell, without throwing', () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      const markup = serve(
        html`<status-banner .feed=${{ version: 1, incidents: [{ id: 'x' }] }}></status-banner>`,
      );
      assert.equal(textOf(markup), '');
      assert.equal(warn.mock.callCount(), 1);
      assert.match(String(warn.mock.calls[0]!.arguments[0]), /incidents\[0\]/);
    } finally {
      warn.mock.restore();
    }
  });
});
