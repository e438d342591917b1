// <status-banner> in a real browser: precedence, filters, content and links, the phase switch at
// the exact boundary, dismissal (remembered per item and phase, shown again after a new update or
// a new phase), events, keyboard and focus, live regions and roles, layout (empty, RTL, position),
// theming, forced colors and reduced motion, the built-in languages, and feeds from the network
// that fail. Feeds are built relative to the test clock's now (kit/feeds.ts), so "an incident
// started an hour ago" and "a window starting in 3 hours" hold whenever it runs; the tests of
// boundaries and ticks stop that clock and move it (kit/clock.ts) instead of waiting.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/elements/status-banner/define.js';
import type { StatusBanner } from '../../../../src/elements/status-banner/status-banner.js';
import { styles } from '../../../../src/elements/status-banner/status-banner.styles.js';
import type { FeedDocument } from '../../../../src/feed/schema.js';
import { bannerStrings } from '../../../../src/i18n/banner-strings.js';
import { SUPPORTED_LOCALES } from '../../../../src/i18n/locale.js';
import { pick, timeStrings } from '../../../../src/i18n/strings.js';
import { dismissalKey } from '../../../../src/select/banner.js';
import { DismissalStore } from '../../../../src/elements/status-banner/dismissal.js';
import {
  $,
  emulating,
  expectAutoTheme,
  expectReducedMotion,
  expectSystemBox,
  KEY_WAIT,
  mount,
  press,
  recordChanges,
  settle,
  skipAnimations,
  systemColour,
  text,
  uid,
} from '../../kit/elements.js';
import { advance, advanceTo, now, scheduled, setClock } from '../../kit/clock.js';
import {
  feed,
  HOUR,
  incident,
  iso,
  maintenance,
  MINUTE,
  PAGE_URL,
  SECOND,
  update,
  type Impact,
  asFeed,
} from '../../kit/feeds.js';
import { banner, createBanner } from '../../kit/harness.js';
import {
  expectBelow,
  expectInside,
  expectLeftToRight,
  expectSameRows,
  expectSide,
  glyph,
} from '../../kit/layout.js';
import { LANGUAGES } from '../../kit/languages.js';

const DISMISSED_KEY = 'status-widgets:dismissed:v1';
/** Where the tests that move the clock stop it first. */
const NOW = Date.parse('2026-06-01T12:00:00Z');

describe('<status-banner>', () => {
  describe('precedence', () => {
    it('shows a critical incident before major and minor ones and before any maintenance', async () => {
      const el = await createBanner(
        feed({
          incidents: [
            incident('minor', 'minor'),
            incident('critical', 'critical'),
            incident('major', 'major'),
          ],
          maintenances: [maintenance('running', -HOUR), maintenance('soon', 3 * HOUR)],
        }),
      );
      expect(banner(el).labelText).to.equal('Critical outage');
      expect(banner(el).titleText).to.equal('Incident critical');
    });

    it('shows a major incident before a minor one, and a minor one before maintenance', async () => {
      const el = await createBanner(
        feed({
          incidents: [incident('minor', 'minor'), incident('major', 'major')],
          maintenances: [maintenance('m', -HOUR)],
        }),
      );
      expect(banner(el).labelText).to.equal('Major outage');
      el.feed = feed({ incidents: [incident('minor', 'minor')], maintenances: [maintenance('m', -HOUR)] });
      await el.updateComplete;
      expect(banner(el).labelText).to.equal('Service issue');
      expect(banner(el).titleText).to.equal('Incident minor');
    });

    it('never shows an incident of impact none, nor a resolved one', async () => {
      const resolved = incident('resolved', 'critical', {
        status: 'resolved',
        resolvedAt: iso(now() - 10 * MINUTE),
      });
      const el = await createBanner(feed({ incidents: [incident('none', 'none'), resolved] }));
      expect(banner(el).shownText).to.equal('');
      el.showOperational = true;
      await el.updateComplete;
      expect(banner(el).labelText).to.equal('All systems operational');
    });

    it('shows maintenance in progress before maintenance that is coming up', async () => {
      const el = await createBanner(
        feed({ maintenances: [maintenance('soon', HOUR), maintenance('running', -HOUR)] }),
      );
      expect(banner(el).labelText).to.equal('Maintenance in progress');
      expect(banner(el).titleText).to.equal('Maintenance running');
    });

    it('announces maintenance from `lead` hours before it starts (48 by default)', async () => {
      const el = await createBanner(
        feed({ maintenances: [maintenance('far', 72 * HOUR), maintenance('soon', 47 * HOUR)] }),
      );
      expect(banner(el).titleText).to.equal('Maintenance soon');
      expect(banner(el).labelText).to.equal('Scheduled maintenance');
      el.setAttribute('lead', '80');
      await el.updateComplete;
      expect(banner(el).moreText).to.equal('+1 more');
      el.setAttribute('lead', '2');
      await el.updateComplete;
      expect(banner(el).shownText).to.equal('');
    });

    it('shows nothing when nothing is wrong, or "all systems operational" with show-operational', async () => {
      const quiet = feed({
        maintenances: [maintenance('far', 100 * HOUR), maintenance('done', -5 * HOUR, 1)],
      });
      const el = await createBanner(quiet);
      expect(banner(el).shownText).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      const operational = await createBanner(quiet, { attrs: { 'show-operational': '' } });
      expect(banner(operational).labelText).to.equal('All systems operational');
      expect(operational.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(banner(operational).statusRegion!.textContent).to.contain('All systems operational');
    });

    it('says "+N more" with a link to the status page when more items wait', async () => {
      const el = await createBanner(
        feed({
          incidents: [incident('a', 'major'), incident('b', 'minor')],
          maintenances: [maintenance('m', HOUR)],
        }),
        { attrs: { 'link-target': '_blank' } },
      );
      const more = banner(el).more!;
      expect(text(more)).to.equal('+2 more');
      expect(more.href).to.equal(PAGE_URL);
      expect(more.rel).to.equal('noopener noreferrer');
      expect(more.target).to.equal('_blank');
      el.feed = feed({ incidents: [incident('a', 'major')] });
      await el.updateComplete;
      expect(banner(el).more).to.equal(null);
    });
  });

  describe('filters', () => {
    const doc = () =>
      feed({
        incidents: [
          incident('api-eu', 'critical', { components: ['api'], regions: ['eu'] }),
          incident('web-us', 'major', { components: ['web'], regions: ['us'] }),
          incident('nowhere', 'minor', { components: [], regions: [] }),
        ],
      });

    for (const [attr, value, expected] of [
      ['components', 'web', 'Incident web-us'],
      ['components', 'DASHBOARD', 'Incident web-us'],
      ['components', ' public api , nothing', 'Incident api-eu'],
      ['regions', 'us', 'Incident web-us'],
      ['regions', 'united states', 'Incident web-us'],
      ['regions', 'EU', 'Incident api-eu'],
    ] as const) {
      it(`${attr}="${value}" shows ${expected}`, async () => {
        const el = await createBanner(doc(), { attrs: { [attr]: value } });
        expect(banner(el).titleText).to.equal(expected);
        // Only the matching item counts: nothing waits behind it.
        expect(banner(el).more).to.equal(null);
      });
    }

    it('requires every filter that is set to match, and hides items that name nothing', async () => {
      const el = await createBanner(doc(), { attrs: { components: 'api', regions: 'us' } });
      expect(banner(el).shownText).to.equal('');
      el.regions = 'Europe';
      await el.updateComplete;
      expect(banner(el).titleText).to.equal('Incident api-eu');
    });

    it('filters maintenance too', async () => {
      const el = await createBanner(
        feed({
          maintenances: [
            maintenance('web', HOUR, 1, { components: ['web'] }),
            maintenance('api', 2 * HOUR, 1, { components: ['api'] }),
          ],
        }),
        { attrs: { components: 'Public API' } },
      );
      expect(banner(el).titleText).to.equal('Maintenance api');
    });
  });

  describe('content', () => {
    it('shows an icon and a text label for every severity, never colour alone', async () => {
      const cases: [FeedDocument, string][] = [
        [feed({ incidents: [incident('c', 'critical')] }), 'Critical outage'],
        [feed({ incidents: [incident('m', 'major')] }), 'Major outage'],
        [feed({ incidents: [incident('n', 'minor')] }), 'Service issue'],
        [feed({ maintenances: [maintenance('r', -HOUR)] }), 'Maintenance in progress'],
        [feed({ maintenances: [maintenance('u', HOUR)] }), 'Scheduled maintenance'],
      ];
      for (const [doc, expected] of cases) {
        const el = await createBanner(doc);
        expect(banner(el).labelText).to.equal(expected);
        const icon = banner(el).icon!;
        expect(icon, expected).to.exist;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      }
    });

    it("shows an incident's title and its latest update", async () => {
      const start = now() - 2 * HOUR;
      const el = await createBanner(
        feed({
          incidents: [
            incident('i', 'major', {
              title: 'Checkout is failing',
              updates: [
                update(start + MINUTE, 'investigating', 'We are looking into it.'),
                update(start + HOUR, 'identified', 'A bad deploy; rolling back.'),
              ],
            }),
          ],
        }),
      );
      expect(banner(el).titleText).to.equal('Checkout is failing');
      expect(banner(el).detailText).to.equal('A bad deploy; rolling back.');
      expect(banner(el).shownText).not.to.contain('We are looking into it.');
    });

    it('shows the window and a countdown for maintenance ("starts in 3 hours")', async () => {
      const el = await createBanner(
        feed({ maintenances: [maintenance('u', 3 * HOUR + 5 * MINUTE, 2, { title: 'Database upgrade' })] }),
        {
          props: { locale: 'en-US', timeZone: 'Europe/Berlin' },
        },
      );
      expect(banner(el).labelText).to.equal('Scheduled maintenance');
      expect(banner(el).titleText).to.equal('Database upgrade');
      // The window, with its zone named.
      expect(banner(el).detailText).to.match(/GMT\+1|GMT\+2|CET|CEST/);
      expect(banner(el).countdownText).to.equal('starts in 3 hours');

      el.feed = feed({ maintenances: [maintenance('u', -HOUR, 3, { title: 'Database upgrade' })] });
      await el.updateComplete;
      expect(banner(el).labelText).to.equal('Maintenance in progress');
      expect(banner(el).countdownText).to.equal('ends in 2 hours');
    });

    it('updates when the feed changes', async () => {
      const el = await createBanner(feed({ incidents: [incident('i', 'minor', { title: 'Slow search' })] }));
      expect(banner(el).titleText).to.equal('Slow search');
      el.feed = feed({ incidents: [incident('i', 'major', { title: 'Search is down' })] });
      await el.updateComplete;
      expect(banner(el).labelText).to.equal('Major outage');
      expect(banner(el).titleText).to.equal('Search is down');
    });

    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__bannerPwned=1"><b>bold</b>';
      const el = await createBanner(
        feed({
          incidents: [
            incident('x', 'major', {
              title: hostile,
              updates: [update(now(), 'identified', hostile)],
            }),
          ],
        }),
      );
      await settle();
      expect(banner(el).titleText).to.equal(hostile);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'b')).to.equal(null);
      expect((window as unknown as { __bannerPwned?: number }).__bannerPwned).to.equal(undefined);
    });
  });

  describe('links', () => {
    it("links to the item's page with rel=noopener noreferrer and the target from link-target", async () => {
      const url = 'https://status.example.com/incidents/42';
      const el = await createBanner(feed({ incidents: [incident('i', 'major', { url })] }));
      const link = banner(el).link!;
      expect(link.href).to.equal(url);
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.hasAttribute('target')).to.equal(false);
      expect(text(link)).to.equal('Details');

      el.linkTarget = '_blank';
      await el.updateComplete;
      expect(link.target).to.equal('_blank');
    });

    it('has no link when the item has no page', async () => {
      const el = await createBanner(feed({ incidents: [incident('i', 'major')], page: { url: undefined } }));
      expect($(el, 'a')).to.equal(null);
    });

    it('never links to anything but http(s)', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/']) {
          const el = await createBanner(
            feed({ incidents: [incident('i', 'major', { url })], page: { url } }),
          );
          const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
          expect(
            hrefs.every((href) => /^https?:/.test(href)),
            hrefs.join(),
          ).to.equal(true);
        }
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('phase switch', () => {
    // On the test clock (kit/clock.ts), stopped at NOW and moved by the test: the boundaries
    // and ticks run at their instants, to the millisecond, without waiting.
    beforeEach(() => setClock(NOW));

    it('drops "ends in" at the planned end of a window the feed still marks in progress', async () => {
      // Ends 2 s from now, but the status keeps it in progress afterwards.
      const running = maintenance(uid('late'), -HOUR, 1, { status: 'in_progress' });
      running.endsAt = iso(NOW + 2 * SECOND);
      const el = await createBanner(feed({ maintenances: [running] }));
      expect(banner(el).labelText).to.equal('Maintenance in progress');
      expect(banner(el).countdown).to.exist;
      expect(scheduled(), 'a boundary at the planned end').to.include(NOW + 2 * SECOND);
      await advanceTo(NOW + 2 * SECOND - 1);
      expect(banner(el).countdown, 'a millisecond before the end').to.exist;
      await advanceTo(NOW + 2 * SECOND);
      await el.updateComplete;
      expect(banner(el).countdown, 'the countdown outlived the window').to.equal(null);
      expect(banner(el).labelText).to.equal('Maintenance in progress');
    });

    it('switches from upcoming to in progress at the exact start, without a feed change', async () => {
      const window = maintenance(uid('switch'), 1500, 1);
      const startsAt = Date.parse(window.startsAt!);
      const el = await createBanner(feed({ maintenances: [window] }));
      expect(banner(el).labelText).to.equal('Scheduled maintenance');
      const changed = oneEvent(el, 'status-change');
      expect(scheduled(), 'a boundary at the start').to.include(startsAt);
      // Not before the boundary (the shared scheduler fires at, never before, the instant).
      await advanceTo(startsAt - 1);
      expect(banner(el).labelText, 'a millisecond before the start').to.equal('Scheduled maintenance');
      await advanceTo(startsAt);
      await el.updateComplete;
      expect(banner(el).labelText, 'the banner never switched to in progress').to.equal(
        'Maintenance in progress',
      );
      expect(now()).to.be.at.least(startsAt);
      const { detail } = await changed;
      expect(detail).to.include({ kind: 'maintenance', phase: 'in_progress' });
      expect(banner(el).countdownText).to.match(/^ends in/);
    });

    it('ticks the countdown without re-rendering the rest of the banner', async () => {
      // 33 s ahead reads "in 1 minute"; within 30 s it reads "now". The countdown ticks every
      // 10 s in the last 90 s, so the text changes within 13 s, before the window starts.
      const el = await createBanner(feed({ maintenances: [maintenance(uid('tick'), 33 * SECOND, 1)] }), {
        props: { locale: 'en' },
      });
      const before = banner(el).countdownText;
      expect(before).to.equal('starts in 1 minute');
      const titleNode = banner(el).title;
      let renders = 0;
      const target = el as unknown as { render(): unknown };
      const render = target.render.bind(el);
      target.render = () => {
        renders++;
        return render();
      };
      await advance(13 * SECOND);
      expect(banner(el).countdownText, 'the countdown never ticked').not.to.equal(before);
      expect(banner(el).countdownText).to.match(/^starts /); // "starts now" today
      expect(banner(el).labelText).to.equal('Scheduled maintenance');
      expect(renders).to.equal(0);
      expect(banner(el).title).to.equal(titleNode);
    });
  });

  describe('dismissal', () => {
    it('offers a labelled dismiss button only with `dismissible`', async () => {
      const doc = feed({ incidents: [incident('i', 'major', { title: 'Login errors' })] });
      expect(banner(await createBanner(doc)).closeButton).to.equal(null);
      const el = await createBanner(doc, { attrs: { dismissible: '' } });
      const button = banner(el).closeButton!;
      expect(button.getAttribute('aria-label')).to.equal('Dismiss: Login errors');
      expect(button.type).to.equal('button');
    });

    it('keeps critical incidents with dismissible="non-critical"', async () => {
      const el = await createBanner(feed({ incidents: [incident('c', 'critical')] }), {
        attrs: { dismissible: 'non-critical' },
      });
      expect(banner(el).closeButton).to.equal(null);
      el.feed = feed({ incidents: [incident('m', 'major')] });
      await el.updateComplete;
      expect(banner(el).closeButton).to.exist;
    });

    it('fires status-dismiss, remembers the item across reloads, and reveals the next item', async () => {
      const first = incident(uid('first'), 'critical');
      const second = incident(uid('second'), 'minor');
      const doc = feed({ incidents: [first, second] });
      const el = await createBanner(doc, { attrs: { dismissible: '' } });
      expect(banner(el).titleText).to.equal(first.title);

      const dismissed = oneEvent(el, 'status-dismiss');
      const changed = oneEvent(el, 'status-change');
      banner(el).closeButton!.click();
      const { detail } = await dismissed;
      expect(detail.kind).to.equal('incident');
      expect(detail.phase).to.equal('active');
      expect(detail.item.id).to.equal(first.id);
      expect((await changed).detail.item?.id).to.equal(second.id);
      await el.updateComplete;
      expect(banner(el).titleText).to.equal(second.title);

      // Stored in localStorage under the item, its phase, its latest update and its impact.
      const key = dismissalKey(
        'incident',
        first.id,
        'active',
        Date.parse(first.updates![0]!.at),
        first.impact,
      );
      expect(JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]')).to.include(key);
      expect(new DismissalStore().has(key), 'a fresh store reads it back').to.equal(true);

      // A reload: a new element with the same feed still skips it.
      el.remove();
      const again = await createBanner(doc, { attrs: { dismissible: '' } });
      expect(banner(again).titleText).to.equal(second.title);
    });

    it('shows the item again after a new update', async () => {
      const item = incident(uid('updated'), 'major');
      const el = await createBanner(feed({ incidents: [item] }), { attrs: { dismissible: '' } });
      banner(el).closeButton!.click();
      await el.updateComplete;
      expect(banner(el).shownText).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);

      const updated = {
        ...item,
        status: 'identified' as const,
        updates: [...item.updates!, update(now(), 'identified', 'Found it.')],
      };
      el.feed = feed({ incidents: [updated] });
      await el.updateComplete;
      expect(banner(el).titleText).to.equal(item.title);
      expect(banner(el).detailText).to.equal('Found it.');
    });

    it('shows a window again when it moves from upcoming to in progress', async () => {
      setClock(NOW);
      const el = await createBanner(feed({ maintenances: [maintenance(uid('heads-up'), 1500, 1)] }), {
        attrs: { dismissible: '' },
      });
      expect(banner(el).labelText).to.equal('Scheduled maintenance');
      const dismissed = oneEvent(el, 'status-dismiss');
      banner(el).closeButton!.click();
      expect((await dismissed).detail.phase).to.equal('upcoming');
      await el.updateComplete;
      expect(banner(el).shownText).to.equal('');
      await advance(1500);
      await el.updateComplete;
      expect(banner(el).labelText, 'the running window never came back').to.equal('Maintenance in progress');
    });

    it('does not come back when the same feed arrives again (a poll)', async () => {
      const item = incident(uid('poll'), 'major');
      const el = await createBanner(feed({ incidents: [item] }), { attrs: { dismissible: '' } });
      banner(el).closeButton!.click();
      await el.updateComplete;
      await settle();
      const changes = recordChanges(el);
      el.feed = JSON.parse(JSON.stringify(feed({ incidents: [item] }))) as FeedDocument;
      await el.updateComplete;
      await settle();
      expect(banner(el).shownText).to.equal('');
      expect(changes).to.deep.equal([]);
    });
  });

  describe('events', () => {
    it('fires status-change with the item, kind and phase when what it shows changes', async () => {
      const el = await createBanner();
      const item = incident(uid('change'), 'major');
      let event = oneEvent(el, 'status-change');
      el.feed = feed({ incidents: [item] });
      let { detail } = await event;
      expect(detail.kind).to.equal('incident');
      expect(detail.phase).to.equal('active');
      expect(detail.item?.id).to.equal(item.id);
      expect(detail.item?.title).to.equal(item.title);

      event = oneEvent(el, 'status-change');
      el.feed = feed({ maintenances: [maintenance('m', HOUR)] });
      ({ detail } = await event);
      expect(detail).to.include({ kind: 'maintenance', phase: 'upcoming' });
      expect(detail.item?.id).to.equal('m');

      event = oneEvent(el, 'status-change');
      el.feed = feed();
      ({ detail } = await event);
      expect(detail).to.deep.equal({ item: undefined, kind: undefined, phase: undefined });
    });

    it('fires status-change when the "all systems operational" line appears or goes (show-operational)', async () => {
      const operational = { item: undefined, kind: undefined, phase: 'operational' };
      const el = await createBanner(undefined, { attrs: { 'show-operational': '', dismissible: '' } });
      const changes = recordChanges(el);

      // The first feed with nothing wrong brings the line.
      let event = oneEvent(el, 'status-change');
      el.feed = feed();
      expect((await event).detail).to.deep.equal(operational);
      expect(banner(el).labelText).to.equal('All systems operational');

      // An incident replaces it…
      const item = incident(uid('operational'), 'minor');
      event = oneEvent(el, 'status-change');
      el.feed = feed({ incidents: [item] });
      expect((await event).detail).to.include({ kind: 'incident', phase: 'active' });

      // …and dismissing the incident brings the line back.
      event = oneEvent(el, 'status-change');
      banner(el).closeButton!.click();
      expect((await event).detail).to.deep.equal(operational);

      // The same state again (a poll) says nothing.
      el.feed = feed();
      await el.updateComplete;
      await settle();
      expect(changes).to.have.length(3);

      // Without show-operational the line goes and nothing is shown.
      event = oneEvent(el, 'status-change');
      el.removeAttribute('show-operational');
      expect((await event).detail).to.deep.equal({ item: undefined, kind: undefined, phase: undefined });
      expect(banner(el).shownText).to.equal('');
      await settle();
      expect(changes).to.have.length(4);
    });

    it('does not fire status-change for a quiet feed without show-operational', async () => {
      const el = await createBanner();
      const changes = recordChanges(el);
      el.feed = feed();
      await el.updateComplete;
      await settle();
      expect(banner(el).shownText).to.equal('');
      expect(changes).to.deep.equal([]);
    });

    it('does not fire status-change when an update leaves what it shows unchanged', async () => {
      const el = await createBanner(feed({ incidents: [incident('i', 'major')] }));
      await settle();
      const changes = recordChanges(el);
      el.feed = feed({ incidents: [incident('i', 'major'), incident('j', 'minor')] });
      await el.updateComplete;
      el.lead = 10;
      await el.updateComplete;
      await settle();
      expect(changes).to.deep.equal([]);
    });
  });

  describe('keyboard and focus', () => {
    it('reaches the dismiss button with Tab and dismisses with Enter, Space and Escape', async () => {
      const items = [
        incident(uid('k1'), 'critical'),
        incident(uid('k2'), 'major'),
        incident(uid('k3'), 'minor'),
      ];
      const wrapper = mount(html`
        <div>
          <button id="before">Before</button>
          <status-banner
            dismissible
            .feed=${feed({ incidents: items, page: { url: undefined } })}
          ></status-banner>
        </div>
      `);
      const el = wrapper.querySelector('status-banner')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await press('Tab', banner(el).closeButton!);
      await waitUntil(
        () => el.shadowRoot!.activeElement === banner(el).closeButton,
        'Tab did not reach the dismiss button',
        KEY_WAIT,
      );
      expect(document.activeElement).to.equal(el);

      await press('Enter', banner(el).closeButton!);
      await waitUntil(() => banner(el).titleText === items[1]!.title, 'Enter did not dismiss', KEY_WAIT);
      // The next item's button is the same node: the element never moves focus.
      expect(el.shadowRoot!.activeElement).to.equal(banner(el).closeButton);

      await press(' ', banner(el).closeButton!);
      await waitUntil(() => banner(el).titleText === items[2]!.title, 'Space did not dismiss', KEY_WAIT);
      expect(el.shadowRoot!.activeElement).to.equal(banner(el).closeButton);

      await press('Escape', banner(el).closeButton!);
      await waitUntil(() => banner(el).shownText === '', 'Escape did not dismiss', KEY_WAIT);
      // The last button is gone and nothing else in the banner takes focus: the browser puts it
      // back on the body (the README tells hosts to listen to status-dismiss to move it).
      expect(banner(el).closeButton).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect(document.activeElement).to.equal(document.body);
    });

    it('dismisses on Escape from anywhere in the banner, but keeps what cannot be dismissed', async () => {
      const escape = () =>
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
      const kept = await createBanner(
        feed({ incidents: [incident('c', 'critical', { url: 'https://status.example.com/c' })] }),
        {
          attrs: { dismissible: 'non-critical' },
        },
      );
      const notHandled = escape();
      banner(kept).link!.dispatchEvent(notHandled);
      kept.dispatchEvent(escape());
      await kept.updateComplete;
      expect(banner(kept).labelText).to.equal('Critical outage');
      expect(notHandled.defaultPrevented, 'an Escape it does not use is left to the page').to.equal(false);

      const items = [
        incident(uid('esc1'), 'major', { url: 'https://status.example.com/m' }),
        incident(uid('esc2'), 'minor'),
      ];
      const el = await createBanner(feed({ incidents: items }), { attrs: { dismissible: '' } });
      // From a focusable element inside (the details link)…
      let dismissed = oneEvent(el, 'status-dismiss');
      const fromLink = escape();
      banner(el).link!.dispatchEvent(fromLink);
      expect((await dismissed).detail.item.id).to.equal(items[0]!.id);
      expect(fromLink.defaultPrevented).to.equal(true);
      await el.updateComplete;
      expect(banner(el).titleText).to.equal(items[1]!.title);
      // …and on the element itself.
      dismissed = oneEvent(el, 'status-dismiss');
      el.dispatchEvent(escape());
      expect((await dismissed).detail.item.id).to.equal(items[1]!.id);
      await el.updateComplete;
      expect(banner(el).shownText).to.equal('');
      // Other keys do nothing.
      el.feed = feed({ incidents: [incident(uid('esc3'), 'major')] });
      await el.updateComplete;
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(banner(el).labelText).to.equal('Major outage');
    });

    it('never moves focus: not on load, on feed changes, on dismissal or at a phase switch', async () => {
      setClock(NOW);
      const wrapper = mount(html`
        <div>
          <input aria-label="Search" />
          <status-banner dismissible></status-banner>
        </div>
      `);
      const input = wrapper.querySelector('input')!;
      const el = wrapper.querySelector('status-banner')!;
      input.focus();
      el.feed = feed({
        incidents: [incident(uid('f1'), 'critical'), incident(uid('f2'), 'major')],
        maintenances: [maintenance(uid('f3'), 1200, 1)],
      });
      await el.updateComplete;
      expect(document.activeElement).to.equal(input);
      banner(el).closeButton!.click();
      await el.updateComplete;
      expect(document.activeElement).to.equal(input);
      el.feed = feed({ maintenances: [maintenance(uid('f4'), 1200, 1)] });
      await el.updateComplete;
      expect(document.activeElement).to.equal(input);
      await advance(1200);
      await el.updateComplete;
      expect(banner(el).labelText, 'no phase switch').to.equal('Maintenance in progress');
      expect(document.activeElement).to.equal(input);
    });
  });

  describe('live regions and roles', () => {
    it('has both live regions, empty, before any feed is set', async () => {
      const el = await createBanner();
      expect(banner(el).alertRegion).to.exist;
      expect(banner(el).statusRegion).to.exist;
      expect(banner(el).alertRegion!.textContent!.trim()).to.equal('');
      expect(banner(el).statusRegion!.textContent!.trim()).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('inserts content into the regions that existed before (the nodes are kept)', async () => {
      const el = await createBanner();
      const [alert, status] = [banner(el).alertRegion, banner(el).statusRegion];
      el.feed = feed({ incidents: [incident('m', 'major')] });
      await el.updateComplete;
      expect(banner(el).alertRegion).to.equal(alert);
      expect(banner(el).statusRegion).to.equal(status);
      el.feed = feed({ incidents: [incident('n', 'minor')] });
      await el.updateComplete;
      expect(banner(el).alertRegion).to.equal(alert);
      expect(banner(el).statusRegion).to.equal(status);
    });

    it('uses role="alert" for major and critical incidents only, role="status" for the rest', async () => {
      const cases: [FeedDocument, 'alert' | 'status', Record<string, string>?][] = [
        [feed({ incidents: [incident('c', 'critical')] }), 'alert'],
        [feed({ incidents: [incident('m', 'major')] }), 'alert'],
        [feed({ incidents: [incident('n', 'minor')] }), 'status'],
        [feed({ maintenances: [maintenance('r', -HOUR)] }), 'status'],
        [feed({ maintenances: [maintenance('u', HOUR)] }), 'status'],
        [feed(), 'status', { 'show-operational': '' }],
      ];
      for (const [doc, role, attrs] of cases) {
        const el = await createBanner(doc, { attrs: attrs ?? {} });
        const [holds, empty] =
          role === 'alert'
            ? [banner(el).alertRegion!, banner(el).statusRegion!]
            : [banner(el).statusRegion!, banner(el).alertRegion!];
        expect(text(holds), `${banner(el).labelText} in ${role}`).to.contain(banner(el).labelText);
        expect(text(empty), `${banner(el).labelText}: the other region`).to.equal('');
      }
    });

    it('keeps the ticking countdown outside both live regions', async () => {
      for (const doc of [
        feed({ maintenances: [maintenance('u', HOUR)] }),
        feed({ maintenances: [maintenance('r', -HOUR)] }),
      ]) {
        const el = await createBanner(doc);
        const tick = banner(el).countdown!;
        expect(tick).to.exist;
        expect(text(tick)).not.to.equal('');
        expect(banner(el).alertRegion!.contains(tick)).to.equal(false);
        expect(banner(el).statusRegion!.contains(tick)).to.equal(false);
        expect(
          tick.closest('[aria-live], [role="alert"], [role="status"], [role="log"], [role="timer"]'),
        ).to.equal(null);
      }
    });
  });

  describe('accessibility (axe)', () => {
    const states: [string, () => unknown, Record<string, string>][] = [
      [
        'a critical incident',
        () => feed({ incidents: [incident('c', 'critical', { url: 'https://status.example.com/c' })] }),
        {},
      ],
      [
        'a major incident',
        () => feed({ incidents: [incident('m', 'major'), incident('n', 'minor')] }),
        { dismissible: '' },
      ],
      ['a minor incident', () => feed({ incidents: [incident('n', 'minor')] }), { dismissible: '' }],
      [
        'maintenance in progress',
        () => feed({ maintenances: [maintenance('r', -HOUR, 3, { url: 'https://status.example.com/r' })] }),
        {},
      ],
      [
        'upcoming maintenance',
        () => feed({ maintenances: [maintenance('u', 3 * HOUR)] }),
        { dismissible: '' },
      ],
      ['all systems operational', () => feed(), { 'show-operational': '' }],
      ['nothing to show', () => feed(), {}],
    ];
    // One axe run per theme over a banner in every state (each run costs seconds in a page in
    // the background, where timers are slowed); each banner's id names its state in a report.
    for (const theme of ['light', 'dark']) {
      it(`is accessible in every state (${theme}): ${states.map(([name]) => name).join(', ')}, and the error line`, async function () {
        this.timeout(30_000);
        const wrapper = mount(html`<div></div>`);
        const banners: StatusBanner[] = [];
        for (const [name, doc, attrs] of states) {
          const el = document.createElement('status-banner');
          el.id = `axe-${name.replace(/\W+/g, '-')}`;
          for (const [attr, value] of Object.entries({ ...attrs, theme })) el.setAttribute(attr, value);
          el.feed = asFeed(doc());
          wrapper.append(el);
          banners.push(el);
        }
        const failing = document.createElement('status-banner');
        failing.id = 'axe-error-line';
        failing.setAttribute('show-errors', '');
        failing.setAttribute('theme', theme);
        failing.interval = 0;
        failing.src = `/__feed/missing.json?id=${uid('axe-missing')}`;
        const failed = oneEvent(failing, 'status-error');
        wrapper.append(failing);
        banners.push(failing);
        await failed;
        await Promise.all(banners.map((el) => el.updateComplete));
        expect(banner(failing).labelText).to.equal('Service status is unavailable right now');
        expect(banners.map((el) => banner(el).labelText)).to.deep.equal([
          'Critical outage',
          'Major outage',
          'Service issue',
          'Maintenance in progress',
          'Scheduled maintenance',
          'All systems operational',
          '',
          'Service status is unavailable right now',
        ]);
        banners.forEach(skipAnimations);
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('escalation, focus and what stays readable', () => {
    it('shows a dismissed incident again when its impact gets worse, also after a reload', async () => {
      const id = uid('worse');
      const at = iso(now() - 30 * MINUTE);
      const as = (impact: Impact) =>
        feed({
          incidents: [incident(id, impact, { updates: [update(at, 'investigating', 'Looking into it.')] })],
        });
      const attrs = { dismissible: 'non-critical' };
      const el = await createBanner(as('major'), { attrs });
      banner(el).closeButton!.click();
      await el.updateComplete;
      expect(banner(el).shownText, 'dismissed').to.equal('');

      // Milder with no new update: still dismissed.
      el.feed = as('minor');
      await el.updateComplete;
      expect(banner(el).shownText, 'milder').to.equal('');
      // Worse with no new update: shown again, here and after a reload.
      el.feed = as('critical');
      await el.updateComplete;
      expect(banner(el).labelText, 'worse').to.equal('Critical outage');
      el.remove();
      const reloaded = await createBanner(as('critical'), { attrs });
      expect(banner(reloaded).labelText, 'after a reload').to.equal('Critical outage');
      // Back to major: the major dismissal holds again.
      reloaded.feed = as('major');
      await reloaded.updateComplete;
      expect(banner(reloaded).shownText, 'major again').to.equal('');
    });

    it('always shows a critical incident under dismissible="non-critical", even one dismissed elsewhere', async () => {
      const doc = feed({ incidents: [incident(uid('crit'), 'critical')] });
      const anywhere = await createBanner(doc, { attrs: { dismissible: '' } });
      banner(anywhere).closeButton!.click();
      await anywhere.updateComplete;
      expect(banner(anywhere).shownText).to.equal('');
      const strict = await createBanner(doc, { attrs: { dismissible: 'non-critical' } });
      expect(banner(strict).labelText).to.equal('Critical outage');
      expect(banner(strict).closeButton).to.equal(null);
    });

    it('keeps focus in the banner when Escape dismisses from the "+1 more" link', async () => {
      const items = [
        incident(uid('f1'), 'major'),
        incident(uid('f2'), 'minor'),
        incident(uid('f3'), 'minor'),
      ];
      const el = await createBanner(feed({ incidents: items }), { attrs: { dismissible: '' } });
      const more = banner(el).more!;
      more.focus();
      expect(el.shadowRoot!.activeElement).to.equal(more);
      // The key as the focused link receives it (a real key can land in another test's tab in
      // Firefox when pages open side by side; what is tested is where focus goes next).
      more.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
      );
      await waitUntil(() => banner(el).titleText === items[1]!.title, 'Escape did not dismiss', KEY_WAIT);
      await el.updateComplete;
      // On the next item's dismiss button, not the body.
      expect(el.shadowRoot!.activeElement, 'focus in the banner').to.equal(banner(el).closeButton);
      expect(document.activeElement).to.equal(el);
    });

    it('keeps focus on the next dismiss button after a click, and never takes focus from outside', async () => {
      const withLink = await createBanner(
        feed({
          incidents: [
            incident(uid('m1'), 'major', { url: 'https://status.example.com/m1' }),
            incident(uid('m2'), 'minor', { url: 'https://status.example.com/m2' }),
            incident(uid('m3'), 'minor'),
          ],
        }),
        { attrs: { dismissible: '' } },
      );
      banner(withLink).link!.focus();
      banner(withLink).closeButton!.click();
      await withLink.updateComplete;
      expect(withLink.shadowRoot!.activeElement, 'on the next dismiss button').to.equal(
        banner(withLink).closeButton,
      );

      // Focus outside the banner stays outside.
      const outside = mount<HTMLButtonElement>(html`<button>Elsewhere</button>`);
      outside.focus();
      banner(withLink).closeButton!.click();
      await withLink.updateComplete;
      expect(document.activeElement).to.equal(outside);
      expect(withLink.shadowRoot!.activeElement).to.equal(null);
    });

    it('shows the whole title and window at 320 px with WCAG text spacing', async () => {
      const long =
        'Scheduled database upgrade for the reporting cluster in the EU and India regions, with exports paused';
      const spacing = 'width: 320px; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em;';
      const el = await createBanner(
        feed({ maintenances: [maintenance('w', 3 * HOUR, 2, { title: long })] }),
        {
          parent: { style: spacing },
        },
      );
      const titleNode = banner(el).title!;
      const detail = banner(el).detail!;
      expect(text(titleNode)).to.equal(long);
      expect(text(detail)).to.match(/\d/);
      const box = banner(el).base!;
      for (const [name, node] of [
        ['title', titleNode],
        ['window', detail],
      ] as const) {
        // Nothing around the text clips it: every box up to the banner shows all it holds.
        for (let n: Element | null = node; n && n !== el.shadowRoot!.host; n = n.parentElement) {
          // Inline boxes have no client height of their own; the blocks around them clip or not.
          if (getComputedStyle(n).display === 'inline') continue;
          expect(n.scrollHeight, `${name}: ${n.className} is not cut`).to.be.at.most(n.clientHeight + 1);
        }
        const rects = [...node.getClientRects()];
        expect(rects.length, `${name} is laid out`).to.be.greaterThan(0);
        for (const rect of rects) expectInside(rect, box, `${name} inside the banner`, ['bottom', 'right']);
      }
    });

    it('shows a long update\'s first line and a keyboard-operable "Show more" toggle', async () => {
      const body = `${'The export service is slower than usual while we move data between clusters. '.repeat(4)}Next update within the hour.`;
      const el = await createBanner(
        feed({
          incidents: [
            incident('long', 'minor', {
              updates: [update(now() - MINUTE, 'identified', body)],
            }),
          ],
        }),
        { parent: { style: 'width: 320px' } },
      );
      const toggle = banner(el).toggle!;
      expect(toggle, 'a toggle').to.exist;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal('Show more');
      expect(banner(el).statusRegion!.contains(toggle), 'outside the live region').to.equal(false);
      const visible = banner(el).detailText;
      expect(visible.endsWith('…'), visible).to.equal(true);
      expect(visible.length).to.be.lessThan(body.length);
      // The live region holds what is shown: the first line, then, once expanded, all of it.
      expect(text(banner(el).statusRegion)).to.contain(visible);
      expect(text(banner(el).statusRegion)).not.to.contain(body.trim());

      expect(toggle.tabIndex, 'in the tab order').to.equal(0);
      toggle.focus();
      await press('Enter', toggle);
      await waitUntil(
        () => banner(el).toggle?.getAttribute('aria-expanded') === 'true',
        'not expanded',
        KEY_WAIT,
      );
      expect(banner(el).detailText).to.equal(body.trim());
      expect(text(banner(el).statusRegion)).to.contain(body.trim());
      expect(text(banner(el).toggle)).to.equal('Show less');
      banner(el).toggle!.click();
      await el.updateComplete;
      expect(banner(el).detailText).to.equal(visible);

      // A short update has no toggle.
      const short = await createBanner(feed({ incidents: [incident('short', 'minor')] }));
      expect(banner(short).toggle).to.equal(null);
    });

    it('creates its live regions empty and fills them later, also for a feed set before it was connected', async () => {
      const el = document.createElement('status-banner');
      el.feed = feed({ incidents: [incident(uid('early'), 'major')] });
      const seen: string[] = [];
      el.addController({
        hostUpdated: () => seen.push(text(banner(el).alertRegion)),
      });
      mount(html`<div></div>`).append(el);
      await el.updateComplete;
      expect(seen[0], 'the first render leaves the region empty').to.equal('');
      expect(text(banner(el).alertRegion), 'then the incident goes in').to.contain('Major outage');
    });
  });

  describe('language of parts and run-time language changes', () => {
    it('marks its content with its own language and direction when it differs from the page', async () => {
      const doc = feed({ maintenances: [maintenance('u', HOUR)] });
      const same = await createBanner(doc, { parent: { lang: 'en' } });
      expect(banner(same).base!.hasAttribute('lang'), 'the page language applies').to.equal(false);
      const german = await createBanner(doc, { parent: { lang: 'en' }, attrs: { locale: 'de' } });
      expect(banner(german).base!.getAttribute('lang')).to.equal('de');
      expect(banner(german).base!.getAttribute('dir')).to.equal('ltr');
      const arabic = await createBanner(doc, { parent: { lang: 'en' }, attrs: { locale: 'ar' } });
      expect(banner(arabic).base!.getAttribute('lang')).to.equal('ar');
      expect(banner(arabic).base!.getAttribute('dir')).to.equal('rtl');
      const inArabicPage = await createBanner(doc, {
        parent: { lang: 'ar', dir: 'rtl' },
        attrs: { locale: 'de' },
      });
      expect(banner(inArabicPage).base!.getAttribute('dir'), 'German in an Arabic page').to.equal('ltr');
    });

    it('follows a change of lang on an ancestor and on the document', async () => {
      const doc = feed({ maintenances: [maintenance('u', HOUR)] });
      const el = await createBanner(doc, { parent: { lang: 'en' } });
      expect(banner(el).labelText).to.equal('Scheduled maintenance');
      el.parentElement!.setAttribute('lang', 'de');
      await waitUntil(
        () => banner(el).labelText === bannerStrings('de').scheduled,
        'the ancestor lang was not followed',
      );

      const root = document.documentElement;
      const before = root.getAttribute('lang');
      const free = await createBanner(doc);
      try {
        root.setAttribute('lang', 'fr');
        await waitUntil(
          () => banner(free).labelText === bannerStrings('fr').scheduled,
          'the document lang was not followed',
        );
      } finally {
        if (before === null) root.removeAttribute('lang');
        else root.setAttribute('lang', before);
      }
    });

    it('counts "+N more" by the plural rules of its language', async () => {
      const doc = feed({ incidents: [incident('a', 'major'), incident('b', 'minor')] });
      const cases: [string, string][] = [
        ['en', '+1 more'],
        ['pt-BR', '+1 outro'],
        ['fr', '+1 autre'],
        ['de', '+1 weiterer Eintrag'],
      ];
      for (const [locale, expected] of cases) {
        const el = await createBanner(doc, { attrs: { locale } });
        expect(banner(el).moreText, locale).to.equal(expected);
      }
      const three = await createBanner(
        feed({ incidents: [incident('a', 'major'), incident('b', 'minor'), incident('c', 'minor')] }),
        {
          attrs: { locale: 'pt-BR' },
        },
      );
      expect(banner(three).moreText).to.equal('+2 outros');
    });
  });

  describe('layout and styling', () => {
    it('takes no space when nothing is shown', async () => {
      const el = await createBanner(feed());
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(banner(el).base!.getBoundingClientRect().height).to.equal(0);
    });

    it('sits in normal flow by default, or sticky / fixed at the top', async () => {
      const el = await createBanner(feed({ incidents: [incident('i', 'major')] }));
      expect(getComputedStyle(el).position).to.equal('static');
      el.position = 'sticky';
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('sticky');
      el.position = 'fixed';
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('fixed');
      expect(getComputedStyle(el).top).to.equal('0px');
    });

    it('puts the icon on the right of the text in right-to-left pages', async () => {
      const doc = feed({ incidents: [incident('i', 'major', { title: 'עדכון' })] });
      const ltr = await createBanner(doc);
      const rtl = await createBanner(doc, { parent: { dir: 'rtl' } });
      expectSide(banner(ltr).icon!, 'left', banner(ltr).label!, 'left to right: the icon');
      expectSide(banner(rtl).icon!, 'right', banner(rtl).label!, 'right to left: the icon');
    });

    it('keeps the icon beside the text when the banner is narrow (links wrap first)', async () => {
      const doc = feed({
        incidents: [incident('i', 'major', { url: 'https://status.example.com/i' }), incident('j', 'minor')],
      });
      for (const dir of ['ltr', 'rtl']) {
        const el = await createBanner(doc, {
          attrs: { dismissible: '' },
          parent: { dir, style: 'width: 240px' },
        });
        const icon = banner(el).icon!;
        const message = banner(el).alertRegion!;
        // Same row: the icon lies within the message's lines, beside it.
        expectSameRows(icon, message, `${dir}: the icon`);
        expectSide(icon, dir === 'ltr' ? 'left' : 'right', message, `${dir}: the icon`);
        // The links and the dismiss button went to a row below.
        expectBelow(banner(el).link!, message, `${dir}: the link`);
        expect(el.getBoundingClientRect().width, dir).to.equal(240);
      }
    });

    it('keeps each text run in its own direction in right-to-left pages', async () => {
      // English text in an RTL page: without isolation "+1 more" shows as "more 1+", and a full
      // stop at the end of the update jumps to the far (left) end of the line.
      const doc = feed({
        incidents: [
          incident('i', 'major', {
            updates: [update(now() - MINUTE, 'investigating', 'Looking into it.')],
          }),
          incident('j', 'minor'),
        ],
      });
      const el = await createBanner(doc, { parent: { dir: 'rtl' } });
      // Order by the characters' centres, never by sub-pixel edges (kit/layout.ts).
      const detail = banner(el).detail!;
      expect(text(detail)).to.equal('Looking into it.');
      expectLeftToRight([glyph(detail, -2), glyph(detail, -1)], 'the full stop follows "it"');
      expectLeftToRight(
        [glyph(detail, 0), glyph(detail, -1)],
        'the full stop is at the end, right of the start',
      );
      const more = banner(el).more!;
      expect(text(more)).to.equal('+1 more');
      expectLeftToRight([glyph(more, 0), glyph(more, -4)], '"+" comes first');
    });

    it('takes colours from --status-* properties and exposes ::part', async () => {
      const wrapper = mount(html`
        <div>
          <style>
            .themed {
              --status-major-bg: rgb(1, 2, 3);
              --status-major-fg: rgb(250, 251, 252);
            }
            .themed::part(label) {
              text-transform: uppercase;
            }
          </style>
          <status-banner
            class="themed"
            .feed=${feed({ incidents: [incident('i', 'major')] })}
          ></status-banner>
        </div>
      `);
      const el = wrapper.querySelector('status-banner')!;
      await el.updateComplete;
      expect(getComputedStyle(banner(el).base!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(banner(el).base!).color).to.equal('rgb(250, 251, 252)');
      expect(getComputedStyle(banner(el).label!).textTransform).to.equal('uppercase');
    });

    it('has a dark theme', async () => {
      const light = await createBanner(feed({ incidents: [incident('i', 'major')] }));
      const dark = await createBanner(feed({ incidents: [incident('i', 'major')] }), {
        attrs: { theme: 'dark' },
      });
      expect(getComputedStyle(banner(dark).base!).backgroundColor).not.to.equal(
        getComputedStyle(banner(light).base!).backgroundColor,
      );
    });

    it('has a forced-colors rule in its stylesheet', () => {
      const css = styles.map((sheet) => sheet.cssText).join('\n');
      expect(css).to.match(/@media\s*\(forced-colors:\s*active\)/);
      expect(css).to.match(/forced-colors[\s\S]*CanvasText/);
    });

    it('uses system colours, a visible border and a CanvasText icon in forced-colors mode', async function () {
      // Emulated in Chromium and Firefox; WebKit over WebDriver cannot emulate it and skips.
      await emulating(this, { forcedColors: 'active' }, async () => {
        const [canvasText, linkText] = ['CanvasText', 'LinkText'].map(systemColour);
        for (const theme of ['light', 'dark']) {
          const el = await createBanner(
            feed({ incidents: [incident('i', 'major', { url: 'https://status.example.com/i' })] }),
            {
              attrs: { theme, dismissible: '' },
            },
          );
          skipAnimations(el);
          expectSystemBox(banner(el).base!, theme);
          expect(getComputedStyle(banner(el).icon!).fill, `${theme}: icon`).to.equal(canvasText);
          expect(getComputedStyle($(el, '.close svg')!).fill, `${theme}: close icon`).to.equal(canvasText);
          expect(getComputedStyle(banner(el).link!).color, `${theme}: link`).to.equal(linkText);
        }
        // Nothing shown: still no space taken (no border drawn around nothing).
        const empty = await createBanner(feed());
        expect(empty.getBoundingClientRect().height).to.equal(0);
      });
    });

    it('does not animate when the user prefers reduced motion', async function () {
      // Emulated in Chromium and Firefox; WebKit skips (likewise below).
      await expectReducedMotion(
        this,
        () => createBanner(feed({ incidents: [incident('i', 'major')] })),
        (el) => getComputedStyle(banner(el).base!).animationName,
        { moving: 'appear', still: 'none' },
      );
    });

    it('follows the operating system with theme="auto"', async function () {
      await expectAutoTheme(
        this,
        (attrs) => createBanner(feed({ incidents: [incident('i', 'major')] }), { attrs }),
        (el) => [getComputedStyle(banner(el).base!).backgroundColor],
      );
    });
  });

  describe('languages', () => {
    for (const locale of SUPPORTED_LOCALES) {
      it(`speaks ${locale}`, async () => {
        const el = await createBanner(
          feed({
            incidents: [
              incident('i', 'major', { url: 'https://status.example.com/i' }),
              incident('j', 'minor'),
            ],
            maintenances: [maintenance('u', 3 * HOUR)],
          }),
          { attrs: { locale, dismissible: '' } },
        );
        // The element waited for its language: the first render is in it, never English.
        const words = bannerStrings(locale);
        expect(words.major).to.equal(LANGUAGES[locale].common.major);
        expect(banner(el).labelText).to.equal(words.major);
        expect(banner(el).moreText).to.equal(pick(words.more, 'other').replace('{n}', '2'));
        expect(text(banner(el).link)).to.equal(words.details);
        expect(banner(el).closeButton!.getAttribute('aria-label')).to.equal(
          words.dismiss.replace('{title}', 'Incident i'),
        );

        el.feed = feed({ maintenances: [maintenance('u', 3 * HOUR + 5 * MINUTE)] });
        await el.updateComplete;
        expect(banner(el).labelText).to.equal(words.scheduled);
        const phrase = pick(timeStrings(locale).starts).replace('{relative}', '').trim();
        expect(banner(el).countdownText).to.contain(phrase);

        el.feed = feed({ maintenances: [maintenance('r', -HOUR)] });
        await el.updateComplete;
        expect(banner(el).labelText).to.equal(words.maintenance);

        el.feed = feed();
        el.showOperational = true;
        await el.updateComplete;
        expect(banner(el).labelText).to.equal(words.operational);
        for (const shownText of [
          el.shadowRoot!.textContent ?? '',
          banner(el).closeButton?.getAttribute('aria-label') ?? '',
        ]) {
          expect(shownText).not.to.match(/\{\w+\}/);
        }
      });
    }

    it('leaves no {placeholder} in any language, for any state', async () => {
      for (const locale of SUPPORTED_LOCALES) {
        const el = await createBanner(
          feed({
            incidents: [
              incident(uid('i'), 'critical', { url: 'https://status.example.com/i' }),
              incident(uid('j'), 'minor'),
            ],
            maintenances: [maintenance(uid('u'), HOUR), maintenance(uid('r'), -HOUR)],
          }),
          { attrs: { locale, dismissible: '' } },
        );
        let seen = 0;
        for (; seen < 5 && banner(el).shownText; seen++) {
          const all = `${el.shadowRoot!.textContent} ${banner(el).closeButton?.getAttribute('aria-label') ?? ''}`;
          expect(all, `${locale}, item ${seen}`).not.to.match(/\{\w+\}/);
          banner(el).closeButton!.click();
          await el.updateComplete;
        }
        expect(seen, `${locale}: items shown one after another`).to.equal(4);
      }
    });

    it('takes the language from the nearest lang attribute, then the browser', async () => {
      const doc = feed({ maintenances: [maintenance('u', HOUR)] });
      expect(banner(await createBanner(doc, { parent: { lang: 'fr' } })).labelText).to.equal(
        bannerStrings('fr').scheduled,
      );
      expect(banner(await createBanner(doc, { parent: { lang: 'de-AT' } })).labelText).to.equal(
        bannerStrings('de').scheduled,
      );
      expect(
        banner(await createBanner(doc, { parent: { lang: 'ja' }, attrs: { locale: 'pt-BR' } })).labelText,
      ).to.equal(bannerStrings('pt-BR').scheduled);

      const root = document.documentElement;
      const lang = root.getAttribute('lang');
      root.removeAttribute('lang');
      try {
        const browser = navigator.languages?.[0] ?? navigator.language;
        expect(banner(await createBanner(doc)).labelText).to.equal(bannerStrings(browser).scheduled);
      } finally {
        if (lang !== null) root.setAttribute('lang', lang);
      }
    });

    it('lets the strings property override any built-in string', async () => {
      const el = await createBanner(feed({ incidents: [incident('i', 'major'), incident('j', 'minor')] }), {
        attrs: { dismissible: '' },
        props: { strings: { major: 'Big trouble', more: 'and {n} others', dismiss: 'Hide {title}' } },
      });
      expect(banner(el).labelText).to.equal('Big trouble');
      expect(banner(el).moreText).to.equal('and 1 others');
      expect(banner(el).closeButton!.getAttribute('aria-label')).to.equal('Hide Incident i');
      el.feed = feed({ incidents: [incident('j', 'minor')] });
      await el.updateComplete;
      expect(banner(el).labelText).to.equal('Service issue');
    });
  });

  describe('feeds from the network', () => {
    it('shows nothing while a failing src has never delivered a feed', async () => {
      const el = document.createElement('status-banner');
      el.interval = 0;
      el.src = `/__feed/missing.json?id=${uid('missing')}`;
      const failed = oneEvent(el, 'status-error');
      await fixture(html`${el}`);
      const { detail } = await failed;
      expect(detail.kind).to.equal('http');
      await el.updateComplete;
      expect(banner(el).shownText).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(banner(el).alertRegion).to.exist;
      expect(banner(el).statusRegion).to.exist;
    });

    it('shows a short line instead with show-errors', async () => {
      const el = document.createElement('status-banner');
      el.interval = 0;
      el.showErrors = true;
      el.src = `/__feed/missing.json?id=${uid('missing-shown')}`;
      const failed = oneEvent(el, 'status-error');
      await fixture(html`${el}`);
      await failed;
      await el.updateComplete;
      expect(banner(el).labelText).to.equal('Service status is unavailable right now');
      expect(text(banner(el).statusRegion)).to.equal('Service status is unavailable right now');
      expect(text(banner(el).alertRegion)).to.equal('');
      expect(banner(el).icon).to.exist;
    });
  });
});
