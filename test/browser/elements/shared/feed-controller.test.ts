// FeedController in a tiny test element, over real HTTP: one request for many elements, the
// status-load / status-error events, renders only when the model changes, the `feed` property,
// states, and no leaks after thousands of connect/disconnect cycles.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FeedClient } from '../../../../src/client/feed-client.js';
import type { FeedFormat } from '../../../../src/feed/model.js';
import { FeedController } from '../../../../src/elements/shared/feed-controller.js';
import type { StatusErrorEvent, StatusLoadEvent } from '../../../../src/elements/shared/events.js';
import {
  captureWarnings,
  count,
  deleteState,
  exampleFeed,
  feedUrl,
  forgetCachedFeeds,
  pageErrors,
  putState,
  recordFetches,
  sleep,
  nextTask,
  setVisibility,
  settle,
  uniqueKey,
  untilCount,
  until,
} from '../../client/client-helpers.js';

setVisibility('visible');

/** Renders "<state>:<incident count>" and counts its renders. */
class FeedTestHost extends LitElement {
  static override properties = {
    src: {},
    interval: { type: Number },
    feed: { attribute: false },
    format: {},
    withCredentials: { type: Boolean, attribute: 'with-credentials' },
  };

  declare src: string | undefined;
  declare interval: number;
  declare feed: unknown;
  declare format: FeedFormat | undefined;
  declare withCredentials: boolean;
  readonly controller = new FeedController(this);
  renders = 0;

  constructor() {
    super();
    this.interval = 60;
    this.withCredentials = false;
  }

  override render() {
    this.renders++;
    const { state, model } = this.controller;
    return html`<p>${state}:${model ? model.incidents.length : '-'}</p>`;
  }

  /** What is on screen. */
  get shown(): string {
    return this.shadowRoot?.querySelector('p')?.textContent ?? '';
  }
}
customElements.define('feed-test-host', FeedTestHost);

declare global {
  interface HTMLElementTagNameMap {
    'feed-test-host': FeedTestHost;
  }
}

/** How many incidents demo/feeds/all.json holds (test/browser/example-feeds.test.ts checks the file). */
const ALL_INCIDENTS = 14;

const containers: HTMLElement[] = [];

/**
 * A plain container in the page, removed after the test. (Not fixture(): for an element
 * without `updateComplete` it waits for an animation frame, which a hidden test page in
 * Chromium never gets.)
 */
function container(): HTMLDivElement {
  const root = document.createElement('div');
  document.body.append(root);
  containers.push(root);
  return root;
}

/** Waits until the element shows `text`. */
function untilShown(el: FeedTestHost, text: string, timeout = 8000): Promise<void> {
  return until(() => el.shown === text, `expected "${text}", showing "${el.shown}"`, { timeout });
}

/** Records the status events that reach `document` while a test runs. */
function recordEvents() {
  const loads: StatusLoadEvent[] = [];
  const errors: StatusErrorEvent[] = [];
  const onLoad = (event: StatusLoadEvent) => loads.push(event);
  const onError = (event: StatusErrorEvent) => errors.push(event);
  document.addEventListener('status-load', onLoad);
  document.addEventListener('status-error', onError);
  return {
    loads,
    errors,
    stop() {
      document.removeEventListener('status-load', onLoad);
      document.removeEventListener('status-error', onError);
    },
  };
}

describe('FeedController', function () {
  // Each test takes a few seconds at most; the headroom is for a machine running every engine at
  // once, where waits for the server take longer.
  this.timeout(30_000);

  let warnings: ReturnType<typeof captureWarnings>;
  let events: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    warnings = captureWarnings();
    events = recordEvents();
  });
  afterEach(async () => {
    for (const root of containers.splice(0)) root.remove();
    await settle();
    forgetCachedFeeds();
    warnings.restore();
    events.stop();
    // Only the library's own warnings: nothing from Lit's development build about misuse.
    const others = warnings.lines.filter((args) => !String(args[0]).startsWith('status-widgets:'));
    expect(others).to.deep.equal([]);
  });

  it('ten elements with one src make one request and each announce the feed', async () => {
    const id = uniqueKey('ten');
    const url = feedUrl('incident-resolved.json', id);
    const root = container();
    const hosts = Array.from({ length: 10 }, () => {
      const el = document.createElement('feed-test-host');
      el.src = url;
      el.interval = 0;
      return root.appendChild(el);
    });
    await until(() => hosts.every((el) => el.shown === 'ready:1'), 'all ten show the feed');
    expect(await count(id)).to.equal(1);
    expect(FeedClient.active).to.equal(1);
    await until(() => events.loads.length === 10, 'ten status-load events');
    expect(new Set(events.loads.map((event) => event.target))).to.have.property('size', 10);
    for (const event of events.loads) {
      expect(event.detail).to.include({ source: 'network', stale: false, url });
      expect(event.detail.model.incidents).to.have.length(1);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(false);
    }
  });

  it('fires status-load with the feed, and renders it', async () => {
    const url = feedUrl('all.json', uniqueKey('load'));
    const el = await fixture<FeedTestHost>(html`<feed-test-host src=${url} interval="0"></feed-test-host>`);
    expect(['loading:-', `ready:${ALL_INCIDENTS}`]).to.include(el.shown);
    const event = events.loads[0] ?? ((await oneEvent(el, 'status-load')) as StatusLoadEvent);
    expect(event.detail.source).to.equal('network');
    expect(event.detail.stale).to.equal(false);
    expect(event.detail.url).to.equal(url);
    await el.updateComplete;
    expect(el.controller.state).to.equal('ready');
    expect(el.shown).to.equal(`ready:${ALL_INCIDENTS}`);
  });

  it('a failing src with no cache: status-error with the details, and state "error"', async () => {
    const url = feedUrl('all.json', uniqueKey('fail'), { status: 503, retryAfter: 30 });
    const el = await fixture<FeedTestHost>(html`<feed-test-host src=${url} interval="1"></feed-test-host>`);
    const event = events.errors[0] ?? ((await oneEvent(el, 'status-error')) as StatusErrorEvent);
    expect(event.detail).to.include({ kind: 'http', status: 503, url });
    expect(event.detail.message).to.match(/503/);
    expect(event.detail.retryAt).to.be.at.least(Date.now() + 25_000);
    await untilShown(el, 'error:-');
    expect(el.controller.error).to.deep.equal(event.detail);
    expect(warnings.about(url)).to.have.length(1);
  });

  it('a cached feed is shown at once as stale, then confirmed', async () => {
    const url = feedUrl('incident-resolved.json', uniqueKey('cached'), { delay: 500, etag: 'c1' });
    const { FeedCache } = await import('../../../../src/client/cache.js');
    new FeedCache().write({
      url,
      text: await exampleFeed('incident-resolved.json'),
      etag: '"c1"',
      fetchedAt: Date.now() - 60_000,
    });
    const el = await fixture<FeedTestHost>(html`<feed-test-host src=${url} interval="0"></feed-test-host>`);
    expect(el.shown).to.equal('stale:1');
    await until(() => events.loads.length === 2, 'cache, then network');
    expect(events.loads.map((event) => [event.detail.source, event.detail.stale])).to.deep.equal([
      ['cache', true],
      ['network', false],
    ]);
    await untilShown(el, 'ready:1');
  });

  it('an unchanged poll (304) renders nothing; a changed feed renders once', async () => {
    const key = uniqueKey('304');
    await putState(key, await exampleFeed('operational.json'));
    try {
      const el = await fixture<FeedTestHost>(
        html`<feed-test-host src=${feedUrl(`state:${key}`, key)} interval="0.2"></feed-test-host>`,
      );
      await untilShown(el, 'ready:0');
      const renders = el.renders;
      const requests = await count(key);
      await untilCount(key, requests + 3);
      expect(el.renders, 'no render for 304s').to.equal(renders);
      expect(events.loads).to.have.length(1);

      await putState(key, await exampleFeed('incident-resolved.json'));
      await untilShown(el, 'ready:1');
      expect(el.renders).to.equal(renders + 1);
      expect(events.loads).to.have.length(2);
    } finally {
      await deleteState(key);
    }
  });

  it('a feed whose text changed but whose content did not renders nothing', async () => {
    const key = uniqueKey('same-model');
    const doc = JSON.parse(await exampleFeed('all.json')) as unknown;
    await putState(key, JSON.stringify(doc));
    try {
      const el = await fixture<FeedTestHost>(
        html`<feed-test-host src=${feedUrl(`state:${key}`, key)} interval="0.2"></feed-test-host>`,
      );
      await untilShown(el, `ready:${ALL_INCIDENTS}`);
      const renders = el.renders;
      // New bytes and a new ETag, the same feed: the client announces it, the element does not render.
      await putState(key, JSON.stringify(doc, null, 2));
      await until(() => events.loads.length === 2, 'the new text is announced');
      await el.updateComplete;
      expect(el.renders).to.equal(renders);
    } finally {
      await deleteState(key);
    }
  });

  it('good, then failing: state "stale" and the content unchanged; recovery shows "ready"', async () => {
    const key = uniqueKey('stale');
    const good = await exampleFeed('all.json');
    await putState(key, good);
    try {
      const url = feedUrl(`state:${key}`, key);
      const el = await fixture<FeedTestHost>(
        html`<feed-test-host src=${url} interval="0.2"></feed-test-host>`,
      );
      await untilShown(el, `ready:${ALL_INCIDENTS}`);
      const model = el.controller.model;

      await deleteState(key);
      await until(() => events.errors.length > 0, 'a status-error');
      expect(events.errors[0]!.detail).to.include({ kind: 'http', status: 404, url });
      await untilShown(el, `stale:${ALL_INCIDENTS}`);
      expect(el.controller.model).to.equal(model);

      await putState(key, good);
      await untilShown(el, `ready:${ALL_INCIDENTS}`);
      expect(events.loads.at(-1)!.detail.source).to.equal('network');
    } finally {
      await deleteState(key);
    }
  });

  it('a second element joining a failing feed shows the error at once', async () => {
    const url = feedUrl('all.json', uniqueKey('join-failing'), { status: 500 });
    const first = await fixture<FeedTestHost>(
      html`<feed-test-host src=${url} interval="5"></feed-test-host>`,
    );
    await untilShown(first, 'error:-');
    const second = document.createElement('feed-test-host');
    second.interval = 5;
    second.src = url;
    first.after(second);
    try {
      await second.updateComplete;
      expect(second.shown).to.equal('error:-');
    } finally {
      second.remove();
    }
  });

  it('the feed property renders without any request, as an object or as JSON text', async () => {
    const id = uniqueKey('property');
    const url = feedUrl('all.json', id);
    const doc = JSON.parse(await exampleFeed('incident-resolved.json')) as unknown;
    const el = await fixture<FeedTestHost>(html`<feed-test-host src=${url} .feed=${doc}></feed-test-host>`);
    expect(el.shown).to.equal('ready:1');
    el.feed = await exampleFeed('all.json');
    await el.updateComplete;
    expect(el.shown).to.equal(`ready:${ALL_INCIDENTS}`);
    await sleep(300);
    expect(await count(id)).to.equal(0);
    expect(FeedClient.active).to.equal(0);
    expect(
      events.loads.map((event) => [event.detail.source, event.detail.model.incidents.length]),
      'each feed set as a property is a load from the property',
    ).to.deep.equal([
      ['property', 1],
      ['property', ALL_INCIDENTS],
    ]);
  });

  it('a feed property fires status-load (source "property") once per distinct model', async () => {
    const doc = JSON.parse(await exampleFeed('incident-resolved.json')) as unknown;
    const el = await fixture<FeedTestHost>(html`<feed-test-host .feed=${doc}></feed-test-host>`);
    await settle();
    expect(events.loads).to.have.length(1);
    expect(events.loads[0]!.detail).to.include({ source: 'property', stale: false, url: '' });
    expect(events.loads[0]!.target).to.equal(el);
    // A framework handing over a fresh copy of the same feed on every render.
    for (let i = 0; i < 100; i++) {
      el.feed = structuredClone(doc);
      await el.updateComplete;
    }
    el.feed = JSON.stringify(doc);
    await el.updateComplete;
    await settle();
    expect(events.loads, 'the same model is no news').to.have.length(1);
    el.feed = await exampleFeed('all.json');
    await el.updateComplete;
    await settle();
    expect(events.loads).to.have.length(2);
    expect(events.loads[1]!.detail.model.incidents).to.have.length(ALL_INCIDENTS);
    // A bad feed in between, then the good one again: it is good again, and says so.
    el.feed = { version: 1, page: { name: 42 } };
    await el.updateComplete;
    el.feed = await exampleFeed('all.json');
    await el.updateComplete;
    await settle();
    expect(events.loads.map((event) => event.detail.source)).to.deep.equal([
      'property',
      'property',
      'property',
    ]);
    expect(el.shown).to.equal(`ready:${ALL_INCIDENTS}`);
  });

  it('the same invalid feed property set 100 times: one warning and one status-error', async () => {
    const el = await fixture<FeedTestHost>(html`<feed-test-host></feed-test-host>`);
    for (let i = 0; i < 100; i++) {
      el.feed = { version: 1, page: { name: 42 } };
      await el.updateComplete;
    }
    await settle();
    expect(events.errors).to.have.length(1);
    expect(warnings.about('the feed property')).to.have.length(1);
    // Another error is news…
    el.feed = '{"version": 1, ';
    await el.updateComplete;
    await settle();
    expect(events.errors.map((event) => event.detail.kind)).to.deep.equal(['schema', 'parse']);
    expect(warnings.about('the feed property')).to.have.length(2);
    // …and so is the first one again once a good feed came in between.
    el.feed = await exampleFeed('operational.json');
    await el.updateComplete;
    el.feed = { version: 1, page: { name: 42 } };
    await el.updateComplete;
    await settle();
    expect(events.errors).to.have.length(3);
    expect(warnings.about('the feed property')).to.have.length(3);
  });

  it('a feed property over 1 MB is refused unread, naming the limit; the last good content stays', async () => {
    const good = JSON.parse(await exampleFeed('incident-resolved.json')) as Record<string, unknown>;
    const el = await fixture<FeedTestHost>(html`<feed-test-host .feed=${good}></feed-test-host>`);
    expect(el.shown).to.equal('ready:1');
    const parse = JSON.parse;
    let bigParses = 0;
    JSON.parse = ((text: string, reviver?: Parameters<typeof parse>[1]) => {
      if (typeof text === 'string' && text.length > 1_000_000) bigParses++;
      return parse(text, reviver);
    }) as typeof JSON.parse;
    try {
      // An object whose JSON would be over 1,000,000 bytes.
      el.feed = { ...good, padding: 'x'.repeat(1_000_000) };
      await el.updateComplete;
      await settle();
      expect(events.errors).to.have.length(1);
      expect(events.errors[0]!.detail).to.include({
        kind: 'schema',
        source: 'property',
        url: '',
        message: 'the feed is larger than the 1 MB limit',
      });
      expect(el.shown).to.equal('stale:1');

      // JSON text, counted in UTF-8 bytes: 400,000 euro signs are 1.2 MB.
      el.feed = JSON.stringify({ ...good, padding: '€'.repeat(400_000) });
      await el.updateComplete;
      expect(el.controller.error?.message).to.equal('the feed is larger than the 1 MB limit');
      expect(el.shown).to.equal('stale:1');

      // Exactly 1,000,000 bytes is within the limit; one more is not.
      const text = JSON.stringify({ ...good, incidents: [] });
      const exact = text + ' '.repeat(1_000_000 - new TextEncoder().encode(text).length);
      el.feed = exact;
      await el.updateComplete;
      expect(el.shown).to.equal('ready:0');
      el.feed = exact + ' ';
      await el.updateComplete;
      expect(el.shown).to.equal('stale:0');
      expect(el.controller.error?.message).to.equal('the feed is larger than the 1 MB limit');
    } finally {
      JSON.parse = parse;
    }
    expect(bigParses, 'text over the limit is never parsed').to.equal(0);
    expect(warnings.about('the feed is larger than the 1 MB limit')).to.have.length(2);
  });

  it('an invalid feed property fires status-error and throws nothing', async () => {
    const el = await fixture<FeedTestHost>(html`<feed-test-host></feed-test-host>`);
    expect(el.shown).to.equal('idle:-');
    const pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.error);
    addEventListener('error', onError);
    try {
      expect(() => (el.feed = { version: 1, page: { name: 42 } })).not.to.throw();
      const event = await oneEvent(el, 'status-error');
      expect(event.detail).to.include({ kind: 'schema', source: 'property', url: '', path: 'page.name' });
      await el.updateComplete;
      expect(el.shown).to.equal('error:-');

      el.feed = '{"version": 1, ';
      expect(((await oneEvent(el, 'status-error')) as StatusErrorEvent).detail.kind).to.equal('parse');
    } finally {
      removeEventListener('error', onError);
    }
    expect(pageErrors).to.deep.equal([]);
    expect(warnings.about('feed property')).to.have.length(2);
    expect(String(warnings.about('feed property')[0]![0])).to.match(
      /^status-widgets: schema error for the feed property: page\.name: /,
    );
  });

  it('an element mounted again after a 429 waits out the Retry-After and shows the error at once', async () => {
    const id = uniqueKey('remount-429');
    const url = feedUrl('all.json', id, { status: 429, retryAfter: 3600 });
    const root = container();
    const mount = () => {
      const el = document.createElement('feed-test-host');
      el.src = url;
      el.interval = 60;
      return root.appendChild(el);
    };
    const first = mount();
    await untilShown(first, 'error:-');
    // An app that renders its banner again on every route change.
    for (let i = 0; i < 12; i++) {
      root.replaceChildren();
      await settle();
      expect(FeedClient.active).to.equal(0);
      const el = mount();
      await el.updateComplete;
      expect(el.shown).to.equal('error:-');
    }
    await sleep(500);
    expect(await count(id), 'one request, not thirteen').to.equal(1);
    expect(events.errors.length, 'each new element says why it shows nothing').to.equal(13);
    expect(warnings.about(url), 'one warning').to.have.length(1);
  });

  it('Web Locks that throw or reject: the element still fetches and shows the feed, nothing escapes', async () => {
    if (!('locks' in navigator)) return;
    const locks = navigator.locks as unknown as { request: unknown };
    for (const request of [
      () => {
        throw new DOMException('The request was denied.', 'SecurityError');
      },
      () => Promise.reject(new DOMException('The request was denied.', 'SecurityError')),
    ]) {
      const url = feedUrl('incident-resolved.json', uniqueKey('locks-denied'));
      locks.request = request;
      try {
        const seen = await pageErrors(async () => {
          const el = document.createElement('feed-test-host');
          el.src = url;
          el.interval = 0;
          container().append(el);
          await untilShown(el, 'ready:1');
        });
        expect(seen).to.deep.equal([]);
      } finally {
        delete locks.request;
      }
    }
  });

  it('follows a new src and ignores the old one', async () => {
    const slowId = uniqueKey('old-src');
    const el = await fixture<FeedTestHost>(
      html`<feed-test-host
        src=${feedUrl('all.json', slowId, { delay: 1500 })}
        interval="0"
      ></feed-test-host>`,
    );
    await untilCount(slowId, 1);
    el.src = feedUrl('incident-resolved.json', uniqueKey('new-src'));
    await untilShown(el, 'ready:1');
    await sleep(1700); // the old answer would have arrived by now
    expect(el.shown).to.equal('ready:1');
    expect(events.loads.map((event) => event.detail.model.incidents.length)).to.deep.equal([1]);
    expect(FeedClient.active).to.equal(1);
  });

  it('an element moved in the DOM keeps its feed: no request, no stale flash, no new event', async () => {
    const id = uniqueKey('moved');
    const url = feedUrl('incident-resolved.json', id);
    const el = await fixture<FeedTestHost>(html`<feed-test-host src=${url} interval="5"></feed-test-host>`);
    await untilShown(el, 'ready:1');
    await until(() => events.loads.length === 1, 'one status-load');
    const renders = el.renders;
    container().append(el); // disconnected and connected again
    await el.updateComplete;
    await settle();
    expect(el.shown).to.equal('ready:1');
    expect(el.renders).to.equal(renders);
    expect(FeedClient.active).to.equal(1);
    await sleep(300);
    expect(await count(id)).to.equal(1);
    expect(events.loads).to.have.length(1);
  });

  it('passes with-credentials and format to the request and the parser', async () => {
    const fetches = recordFetches();
    try {
      const url = feedUrl('incident-resolved.json', uniqueKey('options'));
      const el = await fixture<FeedTestHost>(
        html`<feed-test-host src=${url} interval="0" with-credentials format="statuspage"></feed-test-host>`,
      );
      const event = events.errors[0] ?? ((await oneEvent(el, 'status-error')) as StatusErrorEvent);
      // A native feed read as Statuspage does not fit.
      expect(event.detail.kind).to.equal('schema');
      expect(fetches.to(url)[0]?.init?.credentials).to.equal('include');
      el.format = undefined;
      await untilShown(el, 'ready:1');
    } finally {
      fetches.restore();
    }
  });

  it('thousands of connect/disconnect cycles leave no client, lock or timer behind', async () => {
    const id = uniqueKey('cycles');
    const url = feedUrl('operational.json', id);
    const root = container();
    const make = () => {
      const el = document.createElement('feed-test-host');
      el.src = url;
      el.interval = 0.2;
      return el;
    };
    const reused = make();
    const fetches = recordFetches();
    try {
      // In one task, as a framework re-rendering a list does: new elements and a reused one.
      for (let i = 0; i < 1000; i++) {
        const el = make();
        root.append(el);
        el.remove();
        root.append(reused);
        reused.remove();
      }
      // A task apart: each one starts a client, asks for the lock and may start a request.
      for (let i = 0; i < 100; i++) {
        root.append(reused);
        await nextTask();
        reused.remove();
        await nextTask();
      }
      await settle();
      expect(FeedClient.active).to.equal(0);
      const requests = fetches.to(url).length;
      await sleep(900);
      expect(fetches.to(url).length, 'no request after the last disconnect').to.equal(requests);
      expect(FeedClient.active).to.equal(0);
    } finally {
      fetches.restore();
    }
    const settled = await count(id);

    // The lock is free: a new element leads and polls at once.
    root.append(reused);
    await untilShown(reused, 'ready:0');
    await untilCount(id, settled + 2);
    reused.remove();
    await settle();
    expect(FeedClient.active).to.equal(0);
  });
});
