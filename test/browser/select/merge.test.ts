// Several feeds in one element (src/select/merge.ts): one feed is its own model, untouched; two or
// more are one model whose items, components and regions carry their feed's origin, so precedence,
// filters, dismissal keys, status-change and the timeline's selection work across them and two
// feeds' equal ids never collide.
import { expect } from '@open-wc/testing';
import { at, component, feedModel, HOUR } from '../kit/feeds.js';
import { keyOf, mergeFeeds } from '../../../src/select/merge.js';
import { bannerEntries, dismissalKey } from '../../../src/select/banner.js';
import { makeFilter, matchesFilter, NO_FILTER } from '../../../src/select/filter.js';
import { noticeEntry } from '../../../src/select/notice.js';
import { timelineEntries } from '../../../src/select/timeline.js';
import { bannerChange, timelineChanges } from '../../../src/select/changes.js';

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const { incident, maintenance } = at(NOW);
const A = 'https://acme.example/status/feed.json';
const B = 'https://acme.example/status/stripe.json';

/** Our own page: an operational feed with a minor incident, `api` "Public API". */
const own = feedModel({
  page: { name: 'Acme', url: 'https://status.acme.example/' },
  incidents: [incident('inc-1', 'minor', { title: 'Slow charts' })],
  maintenances: [maintenance('m-1', 3 * HOUR)],
});
/** A vendor's: `api` is "Payments API" there, and its `inc-1` is another incident. */
const vendor = feedModel({
  page: { name: 'Stripe', url: 'https://status.stripe.example/', timeZone: 'America/New_York' },
  components: [component('api', 'Payments API'), component('checkout', 'Checkout')],
  incidents: [incident('inc-1', 'major', { title: 'Payments API degraded' })],
  maintenances: [maintenance('m-1', HOUR, 2, { components: ['checkout'] })],
});

describe('merging feeds', () => {
  it('one listed feed is its own model, the same object, without origins', () => {
    expect(mergeFeeds([{ url: A, model: own }])).to.equal(own);
    expect(mergeFeeds([{ url: A }])).to.equal(undefined);
    expect(mergeFeeds([])).to.equal(undefined);
    expect(JSON.stringify(own)).not.to.contain('origin');
  });

  it('keeps the keys of one feed exactly as they were (stored dismissals survive)', () => {
    const model = mergeFeeds([{ url: A, model: own }])!;
    const [entry] = bannerEntries(model, { now: NOW, leadMs: 48 * HOUR, filter: NO_FILTER });
    const version = model.incidents[0]!.updates[0]!.at;
    // Written out, as the first release stored it.
    expect(entry!.key).to.equal(`incident:inc-1:active:${version}:minor`);
    expect(timelineEntries(model, { now: NOW, filter: NO_FILTER })[0]!.key).to.equal('incident:inc-1');
    expect(keyOf(model.incidents[0]!)).to.equal('inc-1');
  });

  it("tags every item, component and region of two feeds with its feed's page and identity", () => {
    const model = mergeFeeds([
      { url: A, model: own },
      { url: B, model: vendor },
    ])!;
    expect(model.incidents.map((i) => [i.origin!.feed, i.origin!.name, i.title])).to.deep.equal([
      // Active first, then newest first: both started an hour ago, so by id, then as listed.
      [A, 'Acme', 'Slow charts'],
      [B, 'Stripe', 'Payments API degraded'],
    ]);
    expect(model.components.map((c) => `${c.origin!.name}/${c.id}`)).to.deep.equal([
      'Acme/api',
      'Acme/web',
      'Stripe/api',
      'Stripe/checkout',
    ]);
    expect(model.regions.every((r) => r.origin)).to.equal(true);
    expect(model.maintenances[0]!.origin).to.include({
      feed: B,
      name: 'Stripe',
      url: 'https://status.stripe.example/',
      timeZone: 'America/New_York',
    });
    // The merged page is the first listed feed's.
    expect(model.page.name).to.equal('Acme');
    // The feeds themselves are untouched.
    expect(JSON.stringify(vendor)).not.to.contain('origin');
  });

  it('tags a merge as soon as two feeds are listed, so keys do not change when the second comes in', () => {
    const alone = mergeFeeds([{ url: A, model: own }, { url: B }])!;
    const both = mergeFeeds([
      { url: A, model: own },
      { url: B, model: vendor },
    ])!;
    expect(keyOf(alone.incidents[0]!)).to.equal(`${A} inc-1`);
    expect(keyOf(both.incidents.find((i) => i.origin!.feed === A)!)).to.equal(`${A} inc-1`);
    // Nothing read yet: no model.
    expect(mergeFeeds([{ url: A }, { url: B }])).to.equal(undefined);
    // The page is the first listed feed's that has been read.
    expect(mergeFeeds([{ url: A }, { url: B, model: vendor }])!.page.name).to.equal('Stripe');
  });

  it('names documents of a feed array by their position, and a page without a name not at all', () => {
    const nameless = feedModel({ page: { name: undefined } });
    const model = mergeFeeds([
      { url: '', model: own },
      { url: '', model: own },
      { url: '', model: nameless },
    ])!;
    const origins = model.components.filter((c) => c.id === 'api').map((c) => c.origin!);
    expect(origins.map((o) => o.feed)).to.deep.equal(['#0', '#1', '#2']);
    expect(origins.map((o) => o.name)).to.deep.equal(['Acme', 'Acme', undefined]);
    expect(new Set(model.incidents.map(keyOf)).size).to.equal(2);
  });

  describe('across the merge', () => {
    const model = mergeFeeds([
      { url: A, model: own },
      { url: B, model: vendor },
    ])!;
    const options = { now: NOW, leadMs: 48 * HOUR, filter: NO_FILTER };

    it("ranks every feed's items by one precedence, and keys equal ids apart", () => {
      const entries = bannerEntries(model, options);
      expect(entries.map((e) => `${e.item.origin!.name}:${e.item.id}:${e.phase}`)).to.deep.equal([
        'Stripe:inc-1:active', // major before minor, whichever feed
        'Acme:inc-1:active',
        'Stripe:m-1:upcoming', // starts in an hour
        'Acme:m-1:upcoming', // in three
      ]);
      const keys = entries.map((e) => e.key);
      expect(new Set(keys).size).to.equal(4);
      const version = vendor.incidents[0]!.updates[0]!.at;
      expect(keys[0]).to.equal(dismissalKey('incident', `${B} inc-1`, 'active', version, 'major'));
      expect(entries[0]!.hiddenBy).not.to.include(`incident:inc-1:active:${version}:major`);
    });

    it("reports a change when the shown item becomes the other feed's item with the same id", () => {
      const [stripe, acme] = bannerEntries(model, options);
      const first = bannerChange(undefined, stripe, false);
      expect(bannerChange(first.memory, acme, false).changes).to.have.length(1);
      const memory = timelineChanges(undefined, model, timelineEntries(model, options), 1).memory;
      expect([...memory.latest.keys()]).to.have.members([
        `incident:${A} inc-1`,
        `incident:${B} inc-1`,
        `maintenance:${A} m-1`,
        `maintenance:${B} m-1`,
      ]);
    });

    it("matches ids and names of components and regions in each item's own feed", () => {
      const shown = (components: string, regions?: string) =>
        bannerEntries(model, { ...options, filter: makeFilter(components, regions) }).map(
          (e) => `${e.item.origin!.name}:${e.item.id}`,
        );
      // An id: every feed's `api`.
      expect(shown('api')).to.deep.equal(['Stripe:inc-1', 'Acme:inc-1']);
      // A name: only the feed that calls its component so.
      expect(shown('payments api')).to.deep.equal(['Stripe:inc-1']);
      expect(shown('Public API')).to.deep.equal(['Acme:inc-1']);
      expect(shown('checkout')).to.deep.equal(['Stripe:m-1']);
      expect(shown('Dashboard')).to.deep.equal(['Acme:m-1']);
      expect(shown('payments api', 'Europe')).to.deep.equal(['Stripe:inc-1']);
      // The name of one feed's component does not reach another feed's item with that id.
      const acme = model.incidents.find((i) => i.origin!.feed === A)!;
      expect(matchesFilter(acme, model, makeFilter('payments api'))).to.equal(false);
    });

    it("lists both incidents in the timeline; an id names the first of that id in the model's order", () => {
      const entries = timelineEntries(model, { now: NOW, filter: NO_FILTER });
      expect(entries.map((e) => e.key)).to.deep.equal([`incident:${A} inc-1`, `incident:${B} inc-1`]);
      const one = timelineEntries(model, { now: NOW, filter: NO_FILTER, incident: 'inc-1' });
      expect(one.map((e) => e.item.title)).to.deep.equal(['Slow charts']);
      // The vendor's window starts sooner: it comes first.
      expect(noticeEntry(model, { now: NOW, filter: NO_FILTER, id: 'm-1' })!.item.origin!.name).to.equal(
        'Stripe',
      );
    });
  });
});
