// Bad input never reaches the host page: for each element, a poll that fails after a good feed
// (over real HTTP), an invalid feed after a good one, a feed that is not even JSON, nonsense
// attribute values and a clock far off. Each gets its error
// event where there is one, nothing is thrown into the page, and the last good content stays.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../../src/elements/status-banner/define.js';
import '../../../../src/elements/maintenance-notice/define.js';
import '../../../../src/elements/incident-timeline/define.js';
import '../../../../src/elements/status-indicator/define.js';
import '../../../../src/elements/component-status/define.js';
import { create, recordChanges, settle, uid } from '../../kit/elements.js';
import { harness } from '../../kit/harness.js';
import { resetClock, setClock } from '../../kit/clock.js';
import { asFeed, feed, HOUR, incident, maintenance } from '../../kit/feeds.js';

type Tag =
  'status-banner' | 'maintenance-notice' | 'incident-timeline' | 'status-indicator' | 'component-status';

/** A feed each element shows something from: an active major incident and a window in progress. */
function goodFeed() {
  return feed({
    page: { timeZone: 'Europe/Berlin' },
    incidents: [incident('queue', 'major', { title: 'Queue delays' })],
    maintenances: [
      maintenance('db', -HOUR, 2, {
        title: 'Database upgrade',
        components: ['api'],
        availability: { available: ['Signing in'], unavailable: ['Reports'] },
      }),
    ],
  });
}

const SHOWN: Record<Tag, string> = {
  'status-banner': 'Queue delays',
  'maintenance-notice': 'Database upgrade',
  'incident-timeline': 'Queue delays',
  // The major incident: a partial outage.
  'status-indicator': 'Partial outage',
  // The component the incident is on, with the status the incident gives it.
  'component-status': 'Public API, Partial outage',
};

/** Errors and rejections that reach the page while `run` runs. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await settle();
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

for (const tag of [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
] as const) {
  describe(`<${tag}> with bad input`, () => {
    it('keeps showing a good feed, unchanged and without status-change, when a later poll fails', async function () {
      this.timeout(20_000);
      const key = uid(`poll-fails-${tag}`);
      const state = `/__feed-state/${encodeURIComponent(key)}`;
      expect((await fetch(state, { method: 'PUT', body: JSON.stringify(goodFeed()) })).ok).to.equal(true);
      const el = document.createElement(tag);
      el.interval = 1;
      el.showErrors = true;
      el.src = `/__feed/state:${encodeURIComponent(key)}?id=${key}`;
      const loaded = oneEvent(el, 'status-load');
      await fixture(html`${el}`);
      await loaded;
      await el.updateComplete;
      const before = harness(el).base!.innerHTML;
      expect(harness(el).shownText).to.contain(SHOWN[tag]);
      const changes = recordChanges(el);
      // From now on the same URL answers 404.
      const failed = oneEvent(el, 'status-error');
      await fetch(state, { method: 'DELETE' });
      expect((await failed).detail.kind).to.equal('http');
      await el.updateComplete;
      await settle();
      expect(harness(el).base!.innerHTML).to.equal(before);
      expect(changes).to.deep.equal([]);
    });

    it('keeps the last good content when the feed property turns invalid or is not JSON', async () => {
      const el = await create(tag, goodFeed());
      const before = harness(el).shownText;
      expect(before).to.contain(SHOWN[tag]);
      const errors = await pageErrors(async () => {
        const schema = oneEvent(el, 'status-error');
        el.feed = asFeed({ version: 1, page: { name: 42 } });
        expect((await schema).detail).to.include({ kind: 'schema', path: 'page.name' });
        await el.updateComplete;
        expect(harness(el).shownText).to.equal(before);

        const parse = oneEvent(el, 'status-error');
        el.feed = '{"version": 1, "page": ';
        expect((await parse).detail.kind).to.equal('parse');
        await el.updateComplete;
        expect(harness(el).shownText).to.equal(before);
      });
      expect(errors).to.deep.equal([]);
    });

    it('never renders a javascript: subscribe link or review: the feed is refused, the good one stays', async () => {
      const safe = {
        calendar: 'https://status.example.com/maintenance.ics',
        atom: 'https://status.example.com/a',
      };
      const good = { ...goodFeed(), page: { ...goodFeed().page, subscribe: safe } };
      const el = await create(tag, good);
      const hrefs = () =>
        harness(el)
          .queryAll('a')
          .map((a) => a.getAttribute('href') ?? '');
      const before = hrefs();
      const errors = await pageErrors(async () => {
        const refused = oneEvent(el, 'status-error');
        el.feed = asFeed({
          ...good,
          page: { ...good.page, subscribe: { ...safe, calendar: 'javascript:alert(1)' } },
        });
        expect((await refused).detail).to.include({ kind: 'schema', path: 'page.subscribe.calendar' });
        await el.updateComplete;
        const review = oneEvent(el, 'status-error');
        const incidents = [{ ...good.incidents![0]!, reportUrl: 'data:text/html,<b>hi</b>' }];
        el.feed = asFeed({ ...good, incidents });
        expect((await review).detail).to.include({ kind: 'schema', path: 'incidents[0].reportUrl' });
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(hrefs()).to.deep.equal(before);
      expect(hrefs().some((href) => /^\s*(javascript|data):/i.test(href))).to.equal(false);
    });

    it('renders through nonsense attribute values', async () => {
      const el = await create(tag, goodFeed());
      const errors = await pageErrors(async () => {
        for (const [name, value] of Object.entries({
          'time-zone': 'Mars/Olympus_Mons',
          locale: '!!not a language',
          theme: 'purple',
          interval: '-5',
          components: ',,,',
          'heading-level': 'x',
          limit: '-3',
          days: 'soon',
          lead: 'NaN',
          occurrences: 'Infinity',
          position: 'sideways',
          variant: 'sideways',
          href: 'javascript:alert(1)',
        })) {
          el.setAttribute(name, value);
          await el.updateComplete;
          expect(harness(el).shownText, `${name}="${value}"`).to.contain(SHOWN[tag]);
        }
      });
      expect(errors).to.deep.equal([]);
    });

    it('keeps the built-in words for `strings` entries that are not text', async () => {
      const el = await create(tag, goodFeed());
      const errors = await pageErrors(async () => {
        // Every key any element has, set to nothing usable (a framework passing props through).
        const junk: Record<string, unknown> = { statuses: { investigating: undefined, in_progress: 7 } };
        for (const key of [
          'details',
          'major',
          'more',
          'dismiss',
          'upcoming',
          'pageTime',
          'showAll',
          'announce',
          'empty',
          'partialOutage',
          'label',
        ]) {
          junk[key] = undefined;
        }
        junk.maintenance = { notOther: 'x' };
        (el as unknown as { strings: unknown }).strings = junk;
        await el.updateComplete;
        expect(harness(el).shownText).to.contain(SHOWN[tag]);
        expect(harness(el).shownText).not.to.match(/undefined|\[object Object\]/);
        (el as unknown as { strings: unknown }).strings = 'not an object';
        await el.updateComplete;
        expect(harness(el).shownText).to.contain(SHOWN[tag]);
      });
      expect(errors).to.deep.equal([]);
    });

    it('renders with a clock far off in either direction and comes back', async () => {
      const el = await create(tag, goodFeed());
      const errors = await pageErrors(async () => {
        for (const at of [Date.now() + 20 * 365 * 24 * HOUR, Date.parse('1971-01-01T00:00:00Z')]) {
          setClock(at);
          el.requestUpdate();
          await el.updateComplete;
        }
        resetClock();
        el.requestUpdate();
        await el.updateComplete;
        expect(harness(el).shownText).to.contain(SHOWN[tag]);
      });
      expect(errors).to.deep.equal([]);
    });
    it('renders in an engine without Intl.ListFormat, RelativeTimeFormat or PluralRules', async () => {
      const missing = ['ListFormat', 'RelativeTimeFormat', 'PluralRules'] as const;
      const saved = missing.map((name) => Object.getOwnPropertyDescriptor(Intl, name));
      const errors = await pageErrors(async () => {
        try {
          for (const name of missing)
            Object.defineProperty(Intl, name, { value: undefined, configurable: true });
          const doc = goodFeed();
          doc.incidents!.push({
            ...doc.incidents![0]!,
            id: 'second',
            title: 'Second',
            components: ['api', 'api'],
          });
          const el = await create(tag, doc, { attrs: { locale: 'pt-BR' } });
          el.requestUpdate();
          await el.updateComplete;
          // What each shows in Portuguese (SHOWN is in English): a title, a component's name, a state.
          expect(harness(el).shownText).to.contain(
            tag === 'incident-timeline'
              ? 'Second'
              : tag === 'status-indicator'
                ? 'Interrupção parcial'
                : tag === 'component-status'
                  ? 'Public API, Interrupção parcial'
                  : SHOWN[tag],
          );
          expect(harness(el).shownText).not.to.match(/undefined|NaN|\[object/);
        } finally {
          missing.forEach((name, i) => Object.defineProperty(Intl, name, saved[i]!));
        }
      });
      expect(errors).to.deep.equal([]);
    });
  });
}
