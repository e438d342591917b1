// Several feeds in one element: `src` with several URLs over real HTTP (the test server counts the
// requests per URL, on one page and across tabs), and the `feed` property with an array of
// documents. The element shows the merge, names each item's page, keeps a failing feed's
// neighbours on screen, says "all systems operational" only once every feed has been read, and
// keeps one feed's text and dismissal keys exactly as they were.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../../src/elements/status-banner/define.js';
import '../../../../src/elements/maintenance-notice/define.js';
import '../../../../src/elements/incident-timeline/define.js';
import '../../../../src/elements/status-indicator/define.js';
import '../../../../src/elements/component-status/define.js';
import type { StatusErrorEvent, StatusLoadEvent } from '../../../../src/elements/shared/events.js';
import type { FeedDocument } from '../../../../src/feed/schema.js';
import { FeedClient } from '../../../../src/client/feed-client.js';
import { sharedDismissals } from '../../../../src/elements/status-banner/dismissal.js';
import { fill } from '../../../../src/i18n/strings.js';
import {
  captureWarnings,
  count,
  deleteState,
  feedUrl,
  forgetCachedFeeds,
  putState,
  settle as settleClients,
  until,
} from '../../client/client-helpers.js';
import { recordChanges, settle, text, uid, type StatusTag } from '../../kit/elements.js';
import { setClock } from '../../kit/clock.js';
import { component, feed, HOUR, incident, maintenance, type FeedParts } from '../../kit/feeds.js';
import {
  banner,
  componentStatus,
  createBanner,
  createComponentStatus,
  createNotice,
  createTimeline,
  indicator,
  notice,
  timeline,
} from '../../kit/harness.js';
import { LANGUAGES } from '../../kit/languages.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const OWN_PAGE = 'https://status.acme.example/';
const VENDOR_PAGE = 'https://status.stripe.example/';

/** Our own feed ("Acme"): `api` is "Public API". */
const own = (parts: FeedParts = {}) => feed({ page: { name: 'Acme', url: OWN_PAGE }, ...parts });
/** A vendor's feed mirrored beside it ("Stripe"): `api` is "Payments API" there. */
const vendor = (parts: FeedParts = {}) =>
  feed({
    page: { name: 'Stripe', url: VENDOR_PAGE, timeZone: 'America/New_York' },
    components: [component('api', 'Payments API'), component('checkout', 'Checkout')],
    ...parts,
  });

/** Serves `doc` from the test server under a fresh key; the URL counts its requests under `key`. */
async function serve(doc: FeedDocument | undefined, name: string) {
  const key = uid(name);
  if (doc) await putState(key, JSON.stringify(doc));
  served.push(key);
  return { key, url: feedUrl(`state:${key}`, key) };
}
const served: string[] = [];

/** Every `status-load` and `status-error` an element fires from now on. */
function recordFeeds(el: HTMLElement) {
  const loads: StatusLoadEvent['detail'][] = [];
  const errors: StatusErrorEvent['detail'][] = [];
  el.addEventListener('status-load', (event) => loads.push(event.detail));
  el.addEventListener('status-error', (event) => errors.push(event.detail));
  return { loads, errors };
}

/** A connected element of `tag` following `src`, with `attrs`; its events recorded from the start. */
async function following<K extends StatusTag>(
  tag: K,
  src: string,
  attrs: Record<string, string> = {},
): Promise<{ el: HTMLElementTagNameMap[K]; events: ReturnType<typeof recordFeeds> }> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ interval: '0', ...attrs })) el.setAttribute(name, value);
  el.src = src;
  const events = recordFeeds(el);
  await fixture(html`${el}`);
  return { el, events };
}

describe('several feeds in one element', function () {
  // Waits for the server are longer on a machine running every engine at once.
  this.timeout(30_000);

  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    closeTabs();
    await settleClients();
    forgetCachedFeeds();
    for (const key of served.splice(0)) await deleteState(key);
  });

  describe('over the network', () => {
    it('shows a major incident of one feed beside an operational one, named by its page, one request per URL', async () => {
      const a = await serve(own(), 'own');
      const b = await serve(
        vendor({ incidents: [incident('inc-1', 'major', { title: 'Payments API degraded' })] }),
        'vendor',
      );
      const { el, events } = await following('status-banner', `${a.url} ${b.url}`, {
        'show-operational': '',
      });
      await until(() => banner(el).titleText === 'Stripe: Payments API degraded', 'the vendor incident');
      expect(banner(el).labelText).to.equal('Major outage');
      expect(text(banner(el).alertRegion)).to.contain('Stripe: Payments API degraded');

      // One status-load per feed, each with its URL and its own feed.
      await until(() => events.loads.length === 2, 'two status-load events');
      const byUrl = new Map(events.loads.map((detail) => [detail.url, detail]));
      expect([...byUrl.keys()]).to.have.members([a.url, b.url]);
      expect(byUrl.get(a.url)!.model.page.name).to.equal('Acme');
      expect(byUrl.get(b.url)!.model.incidents.map((i) => i.title)).to.deep.equal(['Payments API degraded']);
      expect(byUrl.get(b.url)!.source).to.equal('network');
      expect(events.errors).to.deep.equal([]);
      expect([await count(a.key), await count(b.key)]).to.deep.equal([1, 1]);
    });

    it('makes one request per URL however many elements list it, in whatever lists', async () => {
      const [a, b, c] = await Promise.all([
        serve(own({ incidents: [incident('x', 'minor')] }), 'a'),
        serve(vendor(), 'b'),
        serve(feed({ page: { name: 'Twilio', url: 'https://status.twilio.example/' } }), 'c'),
      ]);
      const clients = FeedClient.active;
      const first = await following('status-banner', `${a.url} ${b.url}`);
      const list = await following('incident-timeline', ` ${c.url}   ${a.url} `);
      const elements = [
        first,
        await following('status-banner', `${b.url}\n\t${c.url}`),
        list,
        await following('maintenance-notice', `${a.url} ${b.url} ${c.url} ${a.url}`),
      ];
      await until(
        () => elements.every(({ events }) => new Set(events.loads.map((d) => d.url)).size >= 2),
        'every element hears each of its feeds',
      );
      expect(FeedClient.active - clients, 'one client per URL').to.equal(3);
      expect(await Promise.all([a, b, c].map(({ key }) => count(key)))).to.deep.equal([1, 1, 1]);
      // A URL listed twice is one feed, announced once.
      const fourth = elements[3]!.events.loads.map((d) => d.url);
      expect(fourth).to.have.members([a.url, b.url, c.url]);
      expect(banner(first.el).titleText).to.equal('Acme: Incident x');
      expect(timeline(list.el).titles).to.deep.equal(['Acme: Incident x']);
    });

    it('makes one request per URL across tabs: a second tab over the same URLs asks the first', async function () {
      if (!('locks' in navigator) || !('BroadcastChannel' in window)) this.skip();
      const a = await serve(own(), 'tab-a');
      const b = await serve(vendor({ incidents: [incident('inc-1', 'critical')] }), 'tab-b');
      const c = await serve(feed({ page: { name: 'Twilio' } }), 'tab-c');
      // Polling once a minute: the test is over long before a second poll.
      const { el } = await following('status-banner', `${a.url} ${b.url}`, { interval: '60' });
      await until(() => banner(el).titleText === 'Stripe: Incident inc-1', 'the first tab');
      const tab = await openTab(`${b.url} ${c.url} ${a.url}`, 60);
      await until(
        () => tab.banner && text(tab.banner.shadowRoot?.querySelector('.title')) === 'Stripe: Incident inc-1',
        'the second tab shows the merge',
      );
      await until(
        () => new Set(tab.loads.map((load) => load.url)).size === 3,
        'the second tab hears its three feeds',
      );
      // Only the URL no other tab follows was fetched by the second tab.
      expect(tab.fetches.filter((url) => url !== c.url)).to.deep.equal([]);
      expect(await Promise.all([a, b, c].map(({ key }) => count(key)))).to.deep.equal([1, 1, 1]);
    });

    it('fires status-error for the failing URL and leaves the other feeds on screen, the last good one too', async () => {
      const a = await serve(own({ incidents: [incident('slow', 'minor', { title: 'Slow charts' })] }), 'ok');
      const b = await serve(
        vendor({ incidents: [incident('pay', 'major', { title: 'Payments API degraded' })] }),
        'flaky',
      );
      const missing = feedUrl('missing.json', uid('missing'));
      const { el, events } = await following('status-banner', `${a.url} ${missing} ${b.url}`, {
        interval: '0.5',
      });
      await until(() => events.errors.some((e) => e.url === missing), 'the error of the missing feed');
      expect(events.errors.find((e) => e.url === missing)).to.include({ kind: 'http', status: 404 });
      await until(() => banner(el).titleText === 'Stripe: Payments API degraded', 'the others show');
      expect(banner(el).moreText).to.equal('+1 more');

      // The vendor's feed breaks: its last good content stays, beside ours.
      await putState(b.key, '{"version": 1, "incidents": [{"id": 3}]}');
      await until(() => events.errors.some((e) => e.url === b.url), 'the error of the broken feed');
      expect(events.errors.find((e) => e.url === b.url)!.kind).to.equal('schema');
      expect(banner(el).titleText).to.equal('Stripe: Payments API degraded');
      expect(banner(el).moreText).to.equal('+1 more');
      expect(events.errors.every((e) => e.url !== a.url)).to.equal(true);
      expect(warnings.about(b.url).length, 'one warning, naming the URL').to.be.at.least(1);
    });

    it('shows what it has read at once, and the operational and empty lines only once every feed has been read', async () => {
      const a = await serve(own(), 'quiet');
      const late = await serve(undefined, 'late'); // 404 until it is put
      const src = `${a.url} ${late.url}`;
      const shown = await following('status-banner', src, { 'show-operational': '', interval: '1' });
      const changes = recordChanges(shown.el);
      const list = await following('incident-timeline', src, { 'show-empty': '', interval: '1' });
      const card = await following('maintenance-notice', src, { 'show-empty': '', interval: '1' });
      const dot = await following('status-indicator', src, { interval: '1' });
      for (const { events } of [shown, list, card, dot]) {
        await until(() => events.loads.some((d) => d.url === a.url), 'the quiet feed');
        await until(() => events.errors.some((e) => e.url === late.url), 'the missing feed');
      }
      await shown.el.updateComplete;
      await settle();
      // One feed says all is well; the other has not said anything: no claim either way.
      expect(banner(shown.el).shownText).to.equal('');
      expect(changes).to.deep.equal([]);
      expect(timeline(list.el).emptyText).to.equal('');
      expect(notice(card.el).emptyText).to.equal('');
      expect(indicator(dot.el).shownText, 'no state, rather than operational').to.equal('');

      await putState(late.key, JSON.stringify(vendor()));
      await until(() => banner(shown.el).labelText === 'All systems operational', 'the operational line');
      await until(() => timeline(list.el).emptyText === 'No incidents in the last 90 days', 'the empty line');
      await until(() => notice(card.el).emptyText !== '', "the notice's empty line");
      await until(() => indicator(dot.el).labelText === 'All systems operational', "the indicator's state");
      await settle();
      expect(changes.map((change) => change.phase)).to.deep.equal(['operational']);
    });

    it('shows an outage in the indicator as soon as one feed says so, the worst once all have', async () => {
      const a = await serve(own({ incidents: [incident('slow', 'minor')] }), 'degraded');
      const late = await serve(undefined, 'late-outage');
      const { el, events } = await following('status-indicator', `${a.url} ${late.url}`, { interval: '1' });
      await until(() => indicator(el).labelText === 'Degraded performance', 'what the first feed says');
      // The first feed's state shows as soon as it answers, before the other request has failed.
      await until(() => events.errors.length > 0, "the late feed's failure");
      expect(events.errors.map((e) => e.url)).to.deep.equal([late.url]);
      await putState(late.key, JSON.stringify(vendor({ incidents: [incident('down', 'critical')] })));
      await until(() => indicator(el).labelText === 'Major outage', 'the worst of both');
    });

    it('follows a change of src: a URL that stays keeps its client, one that goes takes its items', async () => {
      const a = await serve(own({ incidents: [incident('x', 'minor')] }), 'stays');
      const b = await serve(vendor({ incidents: [incident('y', 'major')] }), 'comes-and-goes');
      const clients = FeedClient.active;
      const { el, events } = await following('status-banner', a.url);
      await until(() => banner(el).titleText === 'Incident x', 'one feed, no page name');
      el.src = `${a.url} ${b.url}`;
      await until(() => banner(el).titleText === 'Stripe: Incident y', 'the merge');
      expect(banner(el).moreText).to.equal('+1 more');
      el.src = ` ${a.url} `;
      await until(() => banner(el).titleText === 'Incident x', 'one feed again');
      await settleClients();
      expect(FeedClient.active - clients, "the vendor's client is gone").to.equal(1);
      expect([await count(a.key), await count(b.key)]).to.deep.equal([1, 1]);
      expect(events.loads.map((d) => d.url)).to.deep.equal([a.url, b.url]);
      // White space alone is no feed at all.
      el.src = ' \n ';
      await until(() => banner(el).shownText === '', 'nothing');
      expect(events.errors).to.deep.equal([]);
    });

    it('reads one URL as one feed: its text and its dismissal keys are as they always were', async () => {
      setClock(NOW);
      const item = incident(uid('upgrade'), 'major', { title: 'Login errors' });
      const version = Date.parse(item.updates![0]!.at);
      // Dismissed with an earlier release, which stored this key.
      sharedDismissals().add(`incident:${item.id}:active:${version}:major`);
      const a = await serve(
        own({ incidents: [item, incident(uid('next'), 'minor', { title: 'Slow' })] }),
        'one',
      );
      const { el } = await following('status-banner', `  ${a.url}\n`, { dismissible: '' });
      await until(() => banner(el).titleText !== '', 'the feed');
      expect(banner(el).titleText, 'the dismissed one stays hidden, no page name').to.equal('Slow');
    });
  });

  describe('the feed property with an array of documents', () => {
    it('shows their merge, with one status-load per document and its index', async () => {
      const el = document.createElement('status-banner');
      const events = recordFeeds(el);
      el.feed = [
        own(),
        vendor({ incidents: [incident('inc-1', 'major', { title: 'Payments API degraded' })] }),
      ];
      await fixture(html`${el}`);
      await settle();
      expect(banner(el).titleText).to.equal('Stripe: Payments API degraded');
      expect(events.loads.map((d) => [d.source, d.url, d.index, d.model.page.name])).to.deep.equal([
        ['property', '', 0, 'Acme'],
        ['property', '', 1, 'Stripe'],
      ]);
      // The same documents again (a framework's fresh copy): no news.
      el.feed = JSON.parse(JSON.stringify(el.feed)) as FeedDocument[];
      await el.updateComplete;
      await settle();
      expect(events.loads).to.have.length(2);
    });

    it('reports a bad document with its index and keeps what it showed, beside the others', async () => {
      const good = vendor({ incidents: [incident('pay', 'major', { title: 'Payments API degraded' })] });
      const el = await createBanner([own({ incidents: [incident('slow', 'minor')] }), good]);
      const events = recordFeeds(el);
      el.feed = [
        own({ incidents: [incident('slow', 'minor')] }),
        { ...good, incidents: [{ id: 3 }] } as never,
      ];
      await el.updateComplete;
      await settle();
      expect(events.errors).to.have.length(1);
      expect(events.errors[0]).to.include({ kind: 'schema', source: 'property', index: 1, url: '' });
      expect(banner(el).titleText).to.equal('Stripe: Payments API degraded');
      expect(banner(el).moreText).to.equal('+1 more');
      expect(warnings.about('the feed property [1]')).to.have.length(1);
      // Nothing reaches the page for any value in the array.
      el.feed = [null, 42, 'not json', [own()]] as never;
      await el.updateComplete;
      await settle();
      expect(banner(el).titleText).to.equal('Stripe: Payments API degraded');
      expect(events.errors.map((e) => e.index)).to.include.members([0, 1, 2, 3]);
    });

    it('reads one document, or an array of one, as one feed: same text, same keys', async () => {
      setClock(NOW);
      const item = incident(uid('single'), 'major', { title: 'Login errors' });
      const version = Date.parse(item.updates![0]!.at);
      const doc = own({ incidents: [item, incident(uid('after'), 'minor', { title: 'Slow' })] });
      const one = await createBanner([doc], { attrs: { dismissible: '' } });
      expect(banner(one).titleText).to.equal('Login errors');
      banner(one).closeButton!.click();
      await one.updateComplete;
      expect(JSON.parse(localStorage.getItem('status-widgets:dismissed:v1') ?? '[]')).to.include(
        `incident:${item.id}:active:${version}:major`,
      );
      const plain = await createBanner(doc, { attrs: { dismissible: '' } });
      expect(banner(plain).titleText).to.equal('Slow');
      // Over two feeds the same item has another key: dismissed there, not here.
      const merged = await createBanner([doc, vendor()], { attrs: { dismissible: '' } });
      expect(banner(merged).titleText).to.equal('Acme: Login errors');
    });
  });

  describe('across the merge', () => {
    beforeEach(() => setClock(NOW));

    it('ranks every feed by one precedence, with "+N more" to the first page', async () => {
      const el = await createBanner([
        own({ incidents: [incident('a', 'minor')], maintenances: [maintenance('m', -HOUR)] }),
        vendor({ incidents: [incident('b', 'critical', { title: 'Checkout down' })] }),
      ]);
      expect(banner(el).labelText).to.equal('Critical outage');
      expect(banner(el).titleText).to.equal('Stripe: Checkout down');
      expect(banner(el).moreText).to.equal('+2 more');
      expect(banner(el).more!.href).to.equal(OWN_PAGE);
    });

    it("keeps two feeds' equal ids apart: dismissing one shows the other, and says so", async () => {
      const same = { startedAt: NOW - HOUR };
      const el = await createBanner(
        [
          own({ incidents: [incident(uid('inc'), 'major', { ...same, title: 'Ours' })] }),
          vendor({ incidents: [incident('x', 'major', { ...same, title: 'Theirs' })] }),
        ].map((doc, index, docs) =>
          index ? { ...doc, incidents: [{ ...doc.incidents![0]!, id: docs[0]!.incidents![0]!.id }] } : doc,
        ),
        { attrs: { dismissible: '' } },
      );
      const changes = recordChanges(el);
      expect(banner(el).titleText).to.equal('Acme: Ours');
      expect(banner(el).closeButton!.getAttribute('aria-label')).to.equal('Dismiss: Acme: Ours');
      banner(el).closeButton!.click();
      await el.updateComplete;
      await settle();
      expect(banner(el).titleText).to.equal('Stripe: Theirs');
      expect(changes.map((c) => c.item?.origin?.name)).to.deep.equal(['Stripe']);
      const stored = JSON.parse(localStorage.getItem('status-widgets:dismissed:v1') ?? '[]') as string[];
      // The first document's identity is its position.
      expect(stored.at(-1)).to.match(/^incident:#0 /);
    });

    it("filters by the ids and names of components in each item's own feed", async () => {
      const docs = [
        own({ incidents: [incident('a', 'major', { title: 'Charts' })] }),
        vendor({ incidents: [incident('b', 'minor', { title: 'Payouts late' })] }),
      ];
      const byName = await createBanner(docs, { attrs: { components: 'Payments API' } });
      expect(banner(byName).titleText).to.equal('Stripe: Payouts late');
      expect(banner(byName).moreText).to.equal('');
      const byId = await createBanner(docs, { attrs: { components: 'api' } });
      expect(banner(byId).titleText).to.equal('Acme: Charts');
      expect(banner(byId).moreText).to.equal('+1 more');
      const none = await createBanner(docs, { attrs: { components: 'Checkout' } });
      expect(banner(none).shownText).to.equal('');
    });

    it("lists both feeds' incidents in the timeline, each with its page and its own component names", async () => {
      const el = await createTimeline([
        own({ incidents: [incident('inc-1', 'minor', { title: 'Charts', ago: 2 * HOUR })] }),
        vendor({ incidents: [incident('inc-1', 'major', { title: 'Payouts late' })] }),
      ]);
      expect(timeline(el).titles).to.deep.equal(['Stripe: Payouts late', 'Acme: Charts']);
      expect(timeline(el).card('Stripe: Payouts late').facts['Affected']).to.equal('Payments API');
      expect(timeline(el).card('Acme: Charts').facts['Affected']).to.equal('Public API');
      // An id names the first incident of that id in the list (the newest here).
      el.incident = 'inc-1';
      await el.updateComplete;
      expect(timeline(el).titles).to.deep.equal(['Stripe: Payouts late']);
    });

    it("shows a vendor's window with its page's name and zone", async () => {
      const el = await createNotice(
        [own(), vendor({ maintenances: [maintenance('m', HOUR, 2, { components: ['checkout'] })] })],
        { attrs: { 'time-zone': 'Europe/Berlin' } },
      );
      expect(notice(el).titleText).to.equal('Stripe: Maintenance m');
      expect(notice(el).zoneNotes.join(' ')).to.contain('Eastern');
      // Its components by the vendor's names for them.
      expect(text(el.shadowRoot!.querySelector('.affects'))).to.contain('Checkout');
      const file = await el.calendarFile();
      expect(await file!.text()).to.contain('SUMMARY:Stripe: Maintenance m');
    });

    it("lists every feed's components, each named after its page and touched only by its own feed", async () => {
      const groups = (group: string, docs: ReturnType<typeof own>) => ({
        ...docs,
        components: docs.components!.map((c) => ({ ...c, group })),
      });
      const docs = [
        groups('Platform', own()),
        groups('Platform', vendor({ incidents: [incident('pay', 'major', { components: ['api'] })] })),
      ];
      const el = await createComponentStatus(docs, { attrs: { days: '30' } });
      expect(componentStatus(el).names).to.deep.equal([
        'Acme: Public API',
        'Acme: Dashboard',
        'Stripe: Payments API',
        'Stripe: Checkout',
      ]);
      expect(componentStatus(el).row('Acme: Public API').statusText).to.equal('Operational');
      expect(componentStatus(el).row('Stripe: Payments API').statusText).to.equal('Partial outage');
      expect(componentStatus(el).row('Stripe: Payments API').levels.at(-1)).to.equal('major');
      expect(componentStatus(el).row('Acme: Public API').levels.at(-1)).to.equal('operational');

      // In groups: one per feed, the page in the group's name; collapsing one leaves the other.
      el.showGroups = true;
      await el.updateComplete;
      expect(componentStatus(el).groupNames).to.deep.equal(['Acme: Platform', 'Stripe: Platform']);
      expect(componentStatus(el).names).to.deep.equal([
        'Public API',
        'Dashboard',
        'Payments API',
        'Checkout',
      ]);
      componentStatus(el).groupToggle('Acme: Platform').click();
      await el.updateComplete;
      const lists = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="group-list"]');
      expect([...lists].map((list) => list.hidden)).to.deep.equal([true, false]);
    });

    it('names the page in every language, as the language punctuates it', async () => {
      for (const [locale, pack] of Object.entries(LANGUAGES)) {
        expect(pack.common.fromPage, locale).to.contain('{page}').and.contain('{title}');
        const el = await createBanner(
          [own(), vendor({ incidents: [incident('b', 'major', { title: 'T' })] })],
          {
            attrs: { locale },
          },
        );
        expect(banner(el).titleText, locale).to.equal(
          fill(pack.common.fromPage, { page: 'Stripe', title: 'T' }).replace(/\s+/g, ' '),
        );
        el.remove();
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// A second tab: several-feeds-tab.html in a same-origin iframe

interface FeedsTab {
  ready: boolean;
  failed?: string;
  banner?: HTMLElement;
  loads: { url: string; source: string }[];
  errors: unknown[];
  fetches: string[];
}

const frames: HTMLIFrameElement[] = [];

async function openTab(src: string, interval: number): Promise<FeedsTab> {
  const frame = document.createElement('iframe');
  frame.src = `/test/browser/elements/shared/several-feeds-tab.html?${new URLSearchParams({ src, interval: String(interval) })}`;
  document.body.append(frame);
  frames.push(frame);
  const state = () => (frame.contentWindow as (Window & { tab?: FeedsTab }) | null)?.tab;
  await until(() => state()?.ready || state()?.failed, 'the tab starts');
  if (state()!.failed) throw new Error(`the tab failed: ${state()!.failed}`);
  return state()!;
}

function closeTabs(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
