// Subscribe links (`page.subscribe`) and post-incident reviews (`reportUrl`) as a user sees them:
// the notice's "Subscribe to the maintenance calendar" beside "Add to calendar", the "Get updates"
// list of the timeline and of component status (per page over several feeds), the timeline's
// "Read the post-incident review" on resolved incidents, labels in another language and from
// `strings`, `link-target`, and links of another scheme never rendered.
import { expect } from '@open-wc/testing';
import '../../../../src/elements/maintenance-notice/define.js';
import '../../../../src/elements/incident-timeline/define.js';
import '../../../../src/elements/component-status/define.js';
import '../../../../src/elements/status-banner/define.js';
import { parseFeed } from '../../../../src/feed/parse.js';
import { skipAnimations, text } from '../../kit/elements.js';
import { DAY, feed, fullMaintenance, HOUR, incident, type PageDoc } from '../../kit/feeds.js';
import {
  createBanner,
  createComponentStatus,
  createNotice,
  createTimeline,
  harness,
  banner,
} from '../../kit/harness.js';

const SUBSCRIBE = {
  calendar: 'webcal://status.example.com/maintenance.ics',
  atom: 'https://status.example.com/updates.atom',
  email: 'https://status.example.com/subscribe',
  slack: 'https://status.example.com/slack',
  webhook: 'https://status.example.com/webhooks',
} satisfies NonNullable<PageDoc['subscribe']>;

const REVIEW = 'https://status.example.com/reviews/a';

/** A page with every subscribe link, a resolved incident with a review and one without, a window. */
const withLinks = (page: Partial<PageDoc> = { subscribe: SUBSCRIBE }) =>
  feed({
    page,
    incidents: [
      incident('a', 'major', { ago: 2 * DAY, lasted: HOUR, reportUrl: REVIEW }),
      incident('b', 'minor', { ago: 3 * DAY, lasted: HOUR }),
    ],
    maintenances: [fullMaintenance('m', HOUR)],
  });

/** Each subscribe link as [label, href], in document order. */
const links = (el: Element, part = 'subscribe-link') =>
  harness(el)
    .parts<HTMLAnchorElement>(part)
    .map((a) => [text(a), a.getAttribute('href')]);

describe('subscribe links and post-incident reviews', () => {
  describe('the feed', () => {
    it('refuses a subscribe link that is not http(s), naming its path; webcal only for the calendar', () => {
      const refused = (subscribe: Record<string, string>) => {
        const result = parseFeed(feed({ page: { subscribe } }));
        return result.ok ? [] : result.error.issues.map((i) => i.path);
      };
      expect(refused({ calendar: 'javascript:alert(1)' })).to.deep.equal(['page.subscribe.calendar']);
      expect(refused({ atom: 'webcal://status.example.com/feed' })).to.deep.equal(['page.subscribe.atom']);
      expect(refused({ email: 'mailto:ops@example.com' })).to.deep.equal(['page.subscribe.email']);
      expect(refused({ slack: 'data:text/html,<script>alert(1)</script>' })).to.deep.equal([
        'page.subscribe.slack',
      ]);
      expect(refused({ webhook: '/webhooks' })).to.deep.equal(['page.subscribe.webhook']);
      expect(refused(SUBSCRIBE)).to.deep.equal([]);
      const review = parseFeed(feed({ incidents: [incident('a', 'major', { reportUrl: 'javascript:1' })] }));
      expect(review.ok ? [] : review.error.issues.map((i) => i.path)).to.deep.equal([
        'incidents[0].reportUrl',
      ]);
    });
  });

  describe('<maintenance-notice>', () => {
    it('shows "Subscribe to the maintenance calendar" beside "Add to calendar"', async () => {
      const el = await createNotice(withLinks(), { attrs: { 'link-target': '_blank' } });
      const actions = harness(el).part('actions')!;
      expect(text(harness(el).part('calendar-button'))).to.equal('Add to calendar');
      const link = harness(el).part<HTMLAnchorElement>('subscribe-link')!;
      expect(actions.contains(link)).to.equal(true);
      expect(text(link)).to.equal('Subscribe to the maintenance calendar');
      expect(link.getAttribute('href')).to.equal(SUBSCRIBE.calendar);
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      // Only the calendar: the other links belong to the lists of the timeline and component status.
      expect(links(el)).to.have.length(1);
    });

    it("says it in the viewer's language, and takes the label from `strings`", async () => {
      const de = await createNotice(withLinks(), { attrs: { locale: 'de' } });
      expect(links(de)).to.deep.equal([['Wartungskalender abonnieren', SUBSCRIBE.calendar]]);
      const own = await createNotice(withLinks(), {
        props: { strings: { subscribeCalendar: 'Our calendar' } },
      });
      expect(links(own)).to.deep.equal([['Our calendar', SUBSCRIBE.calendar]]);
    });

    it('has no subscribe link when the page has no calendar', async () => {
      const el = await createNotice(withLinks({ subscribe: { atom: SUBSCRIBE.atom } }));
      expect(harness(el).part('calendar-button')).to.not.equal(null);
      expect(links(el)).to.deep.equal([]);
    });
  });

  describe('<incident-timeline>', () => {
    it('lists every subscribe link under "Get updates", each labelled, with its href', async () => {
      const el = await createTimeline(withLinks(), { attrs: { 'link-target': '_blank' } });
      const list = harness(el).part('subscribe')!;
      expect(list.querySelector('ul')!.getAttribute('aria-label')).to.equal('Get updates');
      expect(text(list)).to.match(/^Get updates:/);
      expect(links(el)).to.deep.equal([
        ['Subscribe to the maintenance calendar', SUBSCRIBE.calendar],
        ['Atom/RSS feed', SUBSCRIBE.atom],
        ['E-mail updates', SUBSCRIBE.email],
        ['Updates in Slack', SUBSCRIBE.slack],
        ['Webhooks', SUBSCRIBE.webhook],
      ]);
      for (const a of harness(el).parts<HTMLAnchorElement>('subscribe-link')) {
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.target).to.equal('_blank');
      }
      // Below the items.
      const items = harness(el).part('list')!;
      expect(items.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it("shows only the links given, in the viewer's language", async () => {
      const el = await createTimeline(
        withLinks({ subscribe: { email: SUBSCRIBE.email, slack: SUBSCRIBE.slack } }),
        {
          attrs: { locale: 'fr' },
        },
      );
      expect(harness(el).part('subscribe')!.querySelector('ul')!.getAttribute('aria-label')).to.equal(
        'Recevoir les mises à jour',
      );
      expect(links(el)).to.deep.equal([
        ['Mises à jour par e-mail', SUBSCRIBE.email],
        ['Mises à jour dans Slack', SUBSCRIBE.slack],
      ]);
    });

    it('has no list when the page has no links, or when nothing is shown', async () => {
      expect(harness(await createTimeline(withLinks({}))).part('subscribe')).to.equal(null);
      const empty = await createTimeline(feed({ page: { subscribe: SUBSCRIBE } }));
      expect(harness(empty).part('subscribe')).to.equal(null);
      const said = await createTimeline(feed({ page: { subscribe: SUBSCRIBE } }), {
        attrs: { 'show-empty': '' },
      });
      expect(links(said)).to.have.length(5);
    });

    it('links the post-incident review of a resolved incident, and only there', async () => {
      const el = await createTimeline(withLinks(), { attrs: { 'link-target': 'reviews' } });
      const [a, b] = harness(el).parts('incident');
      const review = a!.querySelector<HTMLAnchorElement>('[part="report-link"]')!;
      expect(text(review)).to.equal('Read the post-incident review');
      expect(review.getAttribute('href')).to.equal(REVIEW);
      expect(review.rel).to.equal('noopener noreferrer');
      expect(review.target).to.equal('reviews');
      expect(b!.querySelector('[part="report-link"]')).to.equal(null);

      // An incident still open has no review to read yet.
      const open = await createTimeline(feed({ incidents: [incident('c', 'major', { reportUrl: REVIEW })] }));
      expect(harness(open).part('incident')).to.not.equal(null);
      expect(harness(open).part('report-link')).to.equal(null);
    });

    it('says "Read the post-incident review" in the viewer\'s language', async () => {
      for (const [locale, words] of [
        ['de', 'Nachbetrachtung lesen'],
        ['ja', '事後報告を読む'],
        ['pt-BR', 'Ler a análise pós-incidente'],
      ]) {
        const el = await createTimeline(withLinks(), { attrs: { locale: locale! } });
        expect(text(harness(el).part('report-link')), locale).to.equal(words);
      }
    });

    it("names each page's list after its page over several feeds", async () => {
      const other = feed({
        page: {
          name: 'Payments',
          url: 'https://pay.example.com/',
          subscribe: { atom: 'https://pay.example.com/feed' },
        },
        incidents: [incident('p', 'minor', { ago: DAY, lasted: HOUR })],
      });
      const el = await createTimeline(undefined);
      el.feed = [withLinks(), other, feed({ page: { name: 'Quiet' } })];
      await el.updateComplete;
      const lists = harness(el).parts('subscribe');
      expect(lists.map((list) => list.querySelector('ul')!.getAttribute('aria-label'))).to.deep.equal([
        'Example: Get updates',
        'Payments: Get updates',
      ]);
      expect(links(el)).to.have.length(6);
      expect([...lists[1]!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://pay.example.com/feed',
      ]);
    });
  });

  describe('<component-status>', () => {
    it('lists the subscribe links below the components under "Get updates"', async () => {
      const el = await createComponentStatus(withLinks(), { attrs: { locale: 'es' } });
      const list = harness(el).part('subscribe')!;
      expect(list.querySelector('ul')!.getAttribute('aria-label')).to.equal('Recibir novedades');
      expect(links(el).map(([, href]) => href)).to.deep.equal(Object.values(SUBSCRIBE));
      expect(links(el)[0]).to.deep.equal(['Suscribirse al calendario de mantenimiento', SUBSCRIBE.calendar]);
      expect(
        harness(el).part('list')!.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
    });

    it('takes the labels from `strings`', async () => {
      const el = await createComponentStatus(withLinks(), {
        props: { strings: { getUpdates: 'Follow us', subscribeAtom: 'News feed' } },
      });
      expect(harness(el).part('subscribe')!.querySelector('ul')!.getAttribute('aria-label')).to.equal(
        'Follow us',
      );
      expect(links(el)[1]).to.deep.equal(['News feed', SUBSCRIBE.atom]);
    });
  });

  describe('<status-banner>', () => {
    it('shows no resolved incident, so its details link never leads to a review', async () => {
      // The banner shows what is wrong now: active incidents and maintenance. A resolved
      // incident with a review is the timeline's to show.
      const el = await createBanner(
        feed({ incidents: [incident('a', 'major', { ago: HOUR, lasted: 30 * 60_000, reportUrl: REVIEW })] }),
        { attrs: { 'show-operational': '' } },
      );
      expect(banner(el).shownText).to.equal('All systems operational');
      expect(
        harness(el)
          .queryAll('a')
          .map((a) => a.getAttribute('href')),
      ).to.not.include(REVIEW);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe with the links shown, theme ${theme}`, async () => {
        const els = [
          await createNotice(withLinks(), { attrs: { theme } }),
          await createTimeline(withLinks(), { attrs: { theme } }),
          await createComponentStatus(withLinks(), { attrs: { theme } }),
        ];
        for (const el of els) {
          skipAnimations(el);
          await expect(el).to.be.accessible();
        }
      });
    }
  });

  describe('hostile feeds', () => {
    it('never renders a javascript: or data: subscribe link or review: the feed is refused', async () => {
      for (const bad of [
        'javascript:alert(1)',
        'data:text/html,hi',
        'JAVASCRIPT:alert(1)',
        ' javascript:alert(1)',
      ]) {
        const doc = withLinks({ subscribe: { ...SUBSCRIBE, calendar: bad, atom: bad } });
        for (const el of [
          await createTimeline(doc),
          await createNotice(doc),
          await createComponentStatus(doc),
        ]) {
          expect(
            harness(el)
              .queryAll('a')
              .map((a) => a.getAttribute('href') ?? ''),
          ).to.deep.equal([]);
        }
        const review = feed({
          incidents: [incident('a', 'major', { ago: DAY, lasted: HOUR, reportUrl: bad })],
        });
        const el = await createTimeline(review);
        expect(harness(el).queryAll('a')).to.deep.equal([]);
      }
    });
  });
});
