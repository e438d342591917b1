// FeedClient against the misbehaving test server over real HTTP: sharing, conditional requests,
// every fault kind, backoff, recovery, limits, the clock, polling and cleanup.
import { expect } from '@open-wc/testing';
import { FeedCache } from '../../../src/client/cache.js';
import type { StatusErrorDetail } from '../../../src/client/errors.js';
import { FeedClient, type FeedClientOptions, type FeedSnapshot } from '../../../src/client/feed-client.js';
import { sharedClock } from '../../../src/time/clock.js';
import {
  LOAD_FAILURE,
  restoreAdapters,
  slowAdapters,
  statuspageSummary,
  unloadableAdapters,
} from '../kit/vendor-feeds.js';
import {
  captureWarnings,
  count,
  deleteState,
  exampleFeed,
  feedUrl,
  forgetCachedFeeds,
  header,
  pageErrors,
  putState,
  recordFetches,
  setVisibility,
  settle,
  shiftDeviceClock,
  sleep,
  uniqueKey,
  untilCount,
  until,
} from './client-helpers.js';

setVisibility('visible');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Followed {
  client: FeedClient;
  loads: FeedSnapshot[];
  errors: StatusErrorDetail[];
  /** `sharedClock().now()` when each error arrived (retryAt is on that clock). */
  errorTimes: number[];
  stop(): void;
}

const following = new Set<() => void>();

/** Subscribes to `url` and records what the listener hears; unsubscribed after each test. */
function follow(url: string, interval: number, options: FeedClientOptions = {}): Followed {
  const client = FeedClient.for(url, options);
  const loads: FeedSnapshot[] = [];
  const errors: StatusErrorDetail[] = [];
  const errorTimes: number[] = [];
  const unsubscribe = client.subscribe(
    {
      load: (snapshot) => loads.push(snapshot),
      error: (error) => {
        errors.push(error);
        errorTimes.push(sharedClock().now());
      },
    },
    interval,
  );
  const stop = () => {
    following.delete(stop);
    unsubscribe();
  };
  following.add(stop);
  return { client, loads, errors, errorTimes, stop };
}

/** Puts a good copy of `name` in the cache for `url`, as if an earlier page load had fetched it. */
async function seedCache(url: string, name = 'operational.json'): Promise<string> {
  const text = await exampleFeed(name);
  new FeedCache().write({ url, text, fetchedAt: Date.now() });
  return text;
}

/** The delay between an error and its retry, in ms. */
function retryDelay(followed: Followed, index: number): number {
  const error = followed.errors[index];
  expect(error?.retryAt, `error ${index} has a retryAt`).to.be.a('number');
  return error!.retryAt! - followed.errorTimes[index]!;
}

/** `expected` ± `fraction`, with a little slack for the time between scheduling and reporting. */
function expectAbout(actual: number, expected: number, fraction: number, what: string): void {
  expect(actual, what).to.be.within(expected * (1 - fraction) - 50, expected * (1 + fraction) + 50);
}

describe('FeedClient', function () {
  // Each test takes a few seconds at most; the headroom is for a machine running every engine at
  // once, where waits for the server take longer.
  this.timeout(30_000);

  afterEach(async () => {
    restoreAdapters();
    for (const stop of [...following]) stop();
    await settle();
    forgetCachedFeeds();
    expect(FeedClient.active, 'every client is gone once its subscribers are').to.equal(0);
  });

  describe('sharing', () => {
    it('makes one request for many subscribers of one URL, however it is spelled', async () => {
      const id = uniqueKey('shared');
      const url = feedUrl('operational.json', id);
      const relative = url.slice(location.origin.length);
      const subscribers = Array.from({ length: 10 }, (_, i) => follow(i % 2 ? url : relative, 0));
      expect(new Set(subscribers.map((s) => s.client)).size).to.equal(1);
      expect(FeedClient.active).to.equal(1);

      await until(() => subscribers.every((s) => s.loads.length === 1), 'every subscriber hears the feed');
      expect(await count(id)).to.equal(1);
      expect(subscribers[0]!.loads[0]!.source).to.equal('network');
      expect(subscribers[0]!.loads[0]!.model.page.name).to.equal('Tidewater Pulse');

      // A late subscriber hears the current feed at once, without a request.
      const late = follow(url, 0);
      expect(late.loads).to.have.length(1);
      await sleep(300);
      expect(await count(id)).to.equal(1);
    });

    it('a client kept after it stopped cannot unregister the live one', async () => {
      const url = feedUrl('operational.json', uniqueKey('stale-client'));
      const old = follow(url, 0);
      await until(() => old.loads.length === 1, 'a load');
      old.stop();
      await settle();
      const live = follow(url, 0);
      expect(live.client).not.to.equal(old.client);
      // Someone kept the old client and uses it again, then lets go.
      old.client.subscribe({}, 0)();
      await settle();
      expect(FeedClient.for(url)).to.equal(live.client);
      expect(FeedClient.active).to.equal(1);
    });

    it('keeps separate clients (and requests) for different credentials and formats', async () => {
      const id = uniqueKey('separate');
      const url = feedUrl('operational.json', id);
      const plain = follow(url, 0);
      const withCookies = follow(url, 0, { credentials: 'include' });
      const native = follow(url, 0, { format: 'native' });
      expect(FeedClient.active).to.equal(3);
      await until(() => [plain, withCookies, native].every((s) => s.loads.length === 1), 'all three load');
      // Each one fetches for itself: a feed fetched without cookies is not a feed fetched with them.
      expect(await count(id)).to.equal(3);
      expect(withCookies.loads[0]!.source).to.equal('network');
      expect(native.loads[0]!.source).to.equal('network');
    });
  });

  describe('requests', () => {
    it('omits credentials unless asked, and asks for JSON', async () => {
      const fetches = recordFetches();
      try {
        const url = feedUrl('operational.json', uniqueKey('creds'));
        const otherUrl = feedUrl('operational.json', uniqueKey('creds'));
        const plain = follow(url, 0);
        const cookies = follow(otherUrl, 0, { credentials: 'include' });
        await until(() => plain.loads.length === 1 && cookies.loads.length === 1, 'both load');
        expect(fetches.to(url)[0]?.init?.credentials).to.equal('omit');
        expect(fetches.to(otherUrl)[0]?.init?.credentials).to.equal('include');
        expect(header(fetches.to(url)[0], 'accept')).to.equal('application/json');
      } finally {
        fetches.restore();
      }
    });

    it('revalidates with If-None-Match: a 304 is neither parsed nor announced', async () => {
      const fetches = recordFetches();
      try {
        const id = uniqueKey('etag');
        const url = feedUrl('operational.json', id, { etag: 'v1' });
        const followed = follow(url, 0.3);
        await until(() => followed.loads.length === 1, 'first load');
        const model = followed.client.snapshot!.model;
        await untilCount(id, 3);
        await until(() => fetches.to(url).filter((call) => call.status === 304).length >= 2, 'two 304s');

        const calls = fetches.to(url);
        expect(calls[0]!.status).to.equal(200);
        expect(header(calls[0], 'if-none-match')).to.equal(undefined);
        expect(header(calls[1], 'if-none-match')).to.equal('"v1"');
        expect(followed.loads, 'no load notification for an unchanged feed').to.have.length(1);
        expect(followed.errors).to.deep.equal([]);
        expect(followed.client.snapshot!.model, 'the model was not parsed again').to.equal(model);
      } finally {
        fetches.restore();
      }
    });

    it('revalidates with If-Modified-Since when there is only Last-Modified', async () => {
      const fetches = recordFetches();
      try {
        const id = uniqueKey('lastmod');
        const lastModified = 'Wed, 21 Oct 2015 07:28:00 GMT';
        const url = feedUrl('operational.json', id, { lastModified });
        const followed = follow(url, 0.3);
        await until(() => fetches.to(url).filter((call) => call.status === 304).length >= 2, 'two 304s');
        const calls = fetches.to(url);
        expect(header(calls[1], 'if-modified-since')).to.equal(lastModified);
        expect(header(calls[1], 'if-none-match')).to.equal(undefined);
        expect(followed.loads).to.have.length(1);
      } finally {
        fetches.restore();
      }
    });

    it('announces a changed feed (new body and ETag) and only then', async () => {
      const key = uniqueKey('live');
      const good = await exampleFeed('operational.json');
      await putState(key, good);
      try {
        const followed = follow(feedUrl(`state:${key}`, key), 0.3);
        await until(() => followed.loads.length === 1, 'first load');
        expect(followed.loads[0]!.model.incidents).to.have.length(0);
        await putState(key, await exampleFeed('incident-resolved.json'));
        await until(() => followed.loads.length === 2, 'the changed feed');
        expect(followed.loads[1]!.model.incidents).to.have.length(1);
        expect(followed.loads[1]!.source).to.equal('network');
      } finally {
        await deleteState(key);
      }
    });
  });

  describe('faults', () => {
    interface Fault {
      what: string;
      name?: string;
      params?: Record<string, string | number>;
      options?: FeedClientOptions;
      kind: StatusErrorDetail['kind'];
      status?: number;
      message: RegExp;
      path?: string;
      /** The smallest delay before the retry that Retry-After asks for (ms). */
      retryAfter?: number;
      /** The vendor cases: adapters that cannot be loaded. */
      unloadable?: boolean;
    }

    const schemaBroken = JSON.stringify({ version: 1, page: { name: 'Example' }, incidents: [{ id: 'x' }] });
    const vendor = statuspageSummary('Sign-in is slow', Date.now() - HOUR);
    const vendorBroken = JSON.stringify({
      ...vendor,
      incidents: [{ ...vendor.incidents[0], created_at: 'soon' }],
    });
    const faults: Fault[] = [
      { what: 'HTTP 500', params: { status: 500 }, kind: 'http', status: 500, message: /500/ },
      { what: 'HTTP 404', name: 'no-such-feed.json', kind: 'http', status: 404, message: /404/ },
      {
        what: '429 with Retry-After seconds',
        params: { status: 429, retryAfter: 2 },
        kind: 'http',
        status: 429,
        message: /429/,
        retryAfter: 2000,
      },
      {
        what: '503 with Retry-After as a date',
        // Made when this file loads, so a little of it has passed when the test runs.
        params: { status: 503, retryAfter: new Date(Date.now() + 60_000).toUTCString() },
        kind: 'http',
        status: 503,
        message: /503/,
        retryAfter: 30_000,
      },
      {
        what: 'the wrong content type',
        params: { contentType: 'text/html' },
        kind: 'http',
        status: 200,
        message: /expected JSON but the server sent text\/html/,
      },
      { what: 'a truncated body', params: { truncate: 100 }, kind: 'parse', message: /not valid JSON/ },
      { what: 'invalid JSON', params: { body: '{"version": 1,' }, kind: 'parse', message: /not valid JSON/ },
      {
        what: 'a feed that fails the schema',
        params: { body: schemaBroken },
        kind: 'schema',
        message: /^incidents\[0\]\.title: /,
        path: 'incidents[0].title',
      },
      {
        what: 'a Statuspage feed its adapter refuses',
        params: { body: vendorBroken },
        kind: 'schema',
        message: /^incidents\[0\]\.created_at: expected an ISO 8601 date-time/,
        path: 'incidents[0].created_at',
      },
      {
        what: 'a Statuspage feed whose adapter cannot be loaded',
        params: { body: JSON.stringify(vendor) },
        unloadable: true,
        kind: 'network',
        message: new RegExp(`^could not load the adapter for statuspage feeds \\(${LOAD_FAILURE}\\)$`),
      },
      {
        what: 'a body over maxBytes (Content-Length)',
        options: { maxBytes: 1000 },
        kind: 'http',
        status: 200,
        message: /larger than the 1 KB limit/,
      },
      {
        what: 'a streamed body over maxBytes',
        params: { slowBody: 20, chunks: 4 },
        options: { maxBytes: 1000 },
        kind: 'http',
        status: 200,
        message: /larger than the 1 KB limit/,
      },
      {
        what: 'a timeout',
        params: { delay: 2000 },
        options: { timeoutMs: 200 },
        kind: 'network',
        message: /no answer within 0.2 s/,
      },
      {
        what: 'a body that stalls past the timeout',
        // The headers come at once and the body stalls; 1 s leaves room for a loaded machine
        // to deliver the headers in time.
        params: { slowBody: 5000, chunks: 2 },
        options: { timeoutMs: 1000 },
        kind: 'network',
        message: /the body did not arrive within 1 s/,
      },
    ];

    for (const fault of faults) {
      it(`${fault.what}: a ${fault.kind} error, the last good feed kept, a backoff`, async () => {
        const id = uniqueKey('fault');
        const url = feedUrl(fault.name ?? 'operational.json', id, fault.params);
        await seedCache(url);
        if (fault.unloadable) unloadableAdapters();
        const warnings = captureWarnings();
        let followed: Followed;
        try {
          followed = follow(url, 0.3, fault.options);
          await until(() => followed.errors.length > 0, 'an error');
        } finally {
          warnings.restore();
        }
        const [error] = followed.errors;
        expect(error!.kind).to.equal(fault.kind);
        expect(error!.url).to.equal(url);
        expect(error!.status).to.equal(fault.status);
        expect(error!.message).to.match(fault.message);
        expect(error!.path).to.equal(fault.path);

        // The cached feed was shown and stays.
        expect(followed.loads.map((load) => load.source)).to.deep.equal(['cache']);
        expect(followed.client.snapshot?.model).to.equal(followed.loads[0]!.model);
        expect(followed.client.error).to.deep.equal(error);

        if (fault.retryAfter === undefined) expectAbout(retryDelay(followed, 0), 600, 0.2, 'interval × 2');
        else expect(retryDelay(followed, 0)).to.be.at.least(fault.retryAfter - 50);

        expect(warnings.about(url)).to.have.length(1);
        expect(String(warnings.about(url)[0]![0]))
          .to.contain(`${fault.kind}`)
          .and.contain(error!.message);
      });
    }

    it('a refused connection: a network error', async () => {
      const warnings = captureWarnings();
      try {
        // Port 9 (discard) is not listened on here; the connection is refused at once.
        const followed = follow(`http://127.0.0.1:9/feed-${uniqueKey('refused')}.json`, 0.3);
        await until(() => followed.errors.length > 0, 'an error');
        expect(followed.errors[0]!.kind).to.equal('network');
        expect(followed.errors[0]!.message).to.match(/^the request failed/);
        expect(followed.errors[0]!.status).to.equal(undefined);
      } finally {
        warnings.restore();
      }
    });

    it('a feed over the default limit: "larger than the 1 MB limit" (decimal, as documented)', async () => {
      const key = uniqueKey('over-1mb');
      await putState(key, JSON.stringify({ padding: 'x'.repeat(1_000_000) }));
      const warnings = captureWarnings();
      try {
        const followed = follow(feedUrl(`state:${key}`, key), 0);
        await until(() => followed.errors.length > 0, 'an error');
        expect(followed.errors[0]).to.include({
          kind: 'http',
          status: 200,
          message: 'the feed is larger than the 1 MB limit',
        });
      } finally {
        warnings.restore();
        await deleteState(key);
      }
    });

    it('backs off exponentially: about interval × 2, then × 4, with no requests in between', async () => {
      const id = uniqueKey('backoff');
      const url = feedUrl('operational.json', id, { status: 500 });
      const warnings = captureWarnings();
      try {
        const followed = follow(url, 0.3);
        await until(() => followed.errors.length >= 2, 'two errors');
        expectAbout(retryDelay(followed, 0), 600, 0.2, 'first retry');
        expectAbout(retryDelay(followed, 1), 1200, 0.2, 'second retry');
        expect(await count(id)).to.equal(2);
        expect(warnings.about(url), 'one warning for a repeated error').to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('retries when retryAt says, not at another jittered time', async () => {
      const fetches = recordFetches();
      const warnings = captureWarnings();
      const random = Math.random;
      // Alternate high and low jitter: a retry computed apart from its announced retryAt
      // would come far earlier than announced.
      let calls = 0;
      Math.random = () => (calls++ % 2 === 0 ? 0.99 : 0.01);
      try {
        const url = feedUrl('operational.json', uniqueKey('retry-at'), { body: '{' });
        const followed = follow(url, 0.3);
        await until(() => fetches.to(url).length >= 2, 'the retry');
        expect(followed.errors[0]!.kind).to.equal('parse');
        expect(fetches.to(url)[1]!.date).to.be.at.least(followed.errors[0]!.retryAt! - 5);
      } finally {
        Math.random = random;
        fetches.restore();
        warnings.restore();
      }
    });

    it('never retries sooner than Retry-After asks, even when a subscriber joins', async () => {
      const id = uniqueKey('retry-after');
      const url = feedUrl('operational.json', id, { status: 429, retryAfter: 3 });
      const warnings = captureWarnings();
      try {
        const first = follow(url, 0.3);
        await until(() => first.errors.length === 1, 'an error');
        expect(retryDelay(first, 0)).to.be.at.least(3000 - 50);
        // A new subscriber hears the error at once, and does not shorten the wait.
        const second = follow(url, 0.3);
        expect(second.errors).to.deep.equal(first.errors);
        await sleep(1200);
        expect(await count(id)).to.equal(1);
      } finally {
        warnings.restore();
      }
    });

    it('warns once per distinct error until it recovers, keeps the last good feed, and announces recovery', async () => {
      const key = uniqueKey('recover');
      const good = await exampleFeed('incident-resolved.json');
      const url = feedUrl(`state:${key}`, key);
      await putState(key, good);
      const warnings = captureWarnings();
      try {
        const followed = follow(url, 0.2);
        await until(() => followed.loads.length === 1, 'first load');
        const model = followed.loads[0]!.model;

        await putState(key, '{"version": 1, "page": ');
        await until(() => followed.errors.length >= 2, 'two parse errors');
        const broken = JSON.parse(good) as { page: { name: string } };
        broken.page.name = '';
        await putState(key, JSON.stringify(broken));
        await until(() => followed.errors.some((e) => e.kind === 'schema'), 'a schema error');

        expect(followed.errors[0]!.kind).to.equal('parse');
        const schema = followed.errors.find((e) => e.kind === 'schema')!;
        expect(schema.path).to.equal('page.name');
        expect(schema.message).to.match(/^page\.name: /);
        expect(followed.loads, 'a bad feed never replaces the good one').to.have.length(1);
        expect(followed.client.snapshot!.model).to.equal(model);
        expect(warnings.about(url), 'one warning per distinct error').to.have.length(2);

        // The server serves the good feed again (same ETag as before: a 304).
        await putState(key, good);
        await until(() => followed.loads.length === 2, 'recovery is announced');
        expect(followed.loads[1]!.source).to.equal('network');
        expect(followed.loads[1]!.model).to.deep.equal(model);
        expect(followed.client.error).to.equal(undefined);

        // A later outage with the same error is a new story: it is warned about again, once.
        await putState(key, '{"version": 1, "page": ');
        const before = followed.errors.length;
        await until(() => followed.errors.length >= before + 2, 'two more parse errors');
        expect(warnings.about(url), 'the parse error again, once').to.have.length(3);
      } finally {
        warnings.restore();
        await deleteState(key);
      }
    });
  });

  describe('failures outlive the client', () => {
    it('a new client for the URL waits out the Retry-After the dropped one was told', async () => {
      const id = uniqueKey('remount');
      const url = feedUrl('operational.json', id, { status: 429, retryAfter: 3600 });
      const warnings = captureWarnings();
      try {
        const first = follow(url, 0.3);
        await until(() => first.errors.length === 1, 'an error');
        first.stop();
        await settle();
        expect(FeedClient.active).to.equal(0);
        // An app that mounts its banner again on every route change.
        for (let i = 0; i < 5; i++) {
          const again = follow(url, 0.3);
          expect(again.client).not.to.equal(first.client);
          expect(again.errors, 'the error, with its retryAt, at once').to.deep.equal(first.errors);
          await sleep(200);
          again.stop();
          await settle();
        }
        expect(await count(id), 'no request before the Retry-After').to.equal(1);
        expect(warnings.about(url), 'one warning').to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('the backoff carries over to a new client: no retry before the announced one, then a longer wait', async () => {
      const id = uniqueKey('remount-backoff');
      const url = feedUrl('operational.json', id, { status: 500 });
      const fetches = recordFetches();
      const warnings = captureWarnings();
      try {
        const first = follow(url, 0.3);
        await until(() => first.errors.length === 2, 'two errors');
        first.stop();
        await settle();
        const again = follow(url, 0.3);
        expect(again.errors).to.deep.equal([first.errors[1]]);
        await until(() => again.errors.length === 2, 'the third attempt fails too');
        expect(fetches.to(url)).to.have.length(3);
        expect(fetches.to(url)[2]!.date, 'not before the retryAt announced').to.be.at.least(
          first.errors[1]!.retryAt! - 5,
        );
        // The third failure in a row: interval × 2³.
        expectAbout(retryDelay(again, 1), 2400, 0.2, 'third retry');
      } finally {
        fetches.restore();
        warnings.restore();
      }
    });
  });

  describe('clock', () => {
    it("corrects the shared clock from the response's Date header", async () => {
      const clock = sharedClock();
      expect(clock.correction).to.equal(0);
      try {
        const followed = follow(feedUrl('operational.json', uniqueKey('skew'), { date: 'skew:+3600' }), 0);
        await until(() => followed.loads.length === 1, 'a load');
        expect(clock.correction).to.be.within(3_600_000 - 5_000, 3_600_000 + 5_000);
        expect(followed.loads[0]!.fetchedAt - Date.now()).to.be.within(3_600_000 - 5_000, 3_600_000 + 5_000);
      } finally {
        clock.observe(new Date().toUTCString());
      }
      expect(clock.correction).to.equal(0);
    });
    describe('Retry-After against the right clock', () => {
      const clock = sharedClock();
      let warnings: ReturnType<typeof captureWarnings>;
      beforeEach(() => (warnings = captureWarnings()));
      afterEach(async () => {
        for (const stop of [...following]) stop();
        await settle();
        warnings.restore();
        // Back to the device clock for the tests that follow.
        clock.observe(new Date().toUTCString());
        expect(clock.correction).to.equal(0);
      });

      /** A 503 whose server clock reads `serverNow` and asks to wait until `serverNow + waitMs`. */
      function skewedRetry(id: string, serverNow: number, waitMs: number) {
        const date = new Date(Math.floor(serverNow / 1000) * 1000);
        const retryAfter = new Date(date.getTime() + waitMs).toUTCString();
        return {
          url: feedUrl('operational.json', id, { status: 503, retryAfter, date: date.toUTCString() }),
          retryAfter,
        };
      }

      for (const [what, skew] of [
        ['an hour behind', -HOUR],
        ['a year ahead', 365 * DAY],
      ] as const) {
        it(`an HTTP-date Retry-After is read against the response's Date: the server ${what}`, async () => {
          const id = uniqueKey('retry-after-date');
          const { url, retryAfter } = skewedRetry(id, Date.now() + skew, 60_000);
          const followed = follow(url, 0.3);
          await until(() => followed.errors.length === 1, 'an error');
          // The minute the server asked for: not the 0.6 s backoff, nor the day's cap.
          expectAbout(retryDelay(followed, 0), 60_000, 0, 'the wait');
          // retryAt is on the server-corrected clock: the very date the server named.
          expect(followed.errors[0]!.retryAt).to.be.closeTo(Date.parse(retryAfter), 2000);
          await sleep(1500);
          expect(await count(id), 'no retry within the minute').to.equal(1);
        });
      }

      it('the device clock set back a day during a Retry-After does not stop polling', async () => {
        const id = uniqueKey('clock-back');
        const followed = follow(feedUrl('operational.json', id, { status: 503, retryAfter: 2 }), 0.3);
        await until(() => followed.errors.length === 1, 'an error');
        const shifted = shiftDeviceClock(-DAY);
        try {
          await untilCount(id, 2, 10_000);
        } finally {
          shifted.restore();
        }
      });

      it('the device clock set forward a day does not cut a Retry-After short', async () => {
        const id = uniqueKey('clock-forward');
        const followed = follow(feedUrl('operational.json', id, { status: 503, retryAfter: 10 }), 0.3);
        await until(() => followed.errors.length === 1, 'an error');
        const shifted = shiftDeviceClock(DAY);
        try {
          // Coming back online retries at once, unless the server asked to wait: it did.
          dispatchEvent(new Event('online'));
          followed.client.refresh();
          await sleep(1000);
          expect(await count(id)).to.equal(1);
        } finally {
          shifted.restore();
        }
      });
    });
  });

  describe('polling', () => {
    it('polls about every interval, never sooner than interval − 10 %', async () => {
      const fetches = recordFetches();
      try {
        const id = uniqueKey('poll');
        const url = feedUrl('operational.json', id);
        const started = performance.now();
        follow(url, 0.3);
        const requests = await untilCount(id, 5);
        // At least 0.27 s apart (0.3 s − 10 % jitter): never more requests than that allows;
        // timers that run late under load only make fewer.
        expect(requests).to.be.at.most((performance.now() - started) / 270 + 1);
        const starts = fetches.to(url).map((call) => call.at);
        const gaps = starts.slice(1).map((at, i) => at - starts[i]!);
        expect(Math.min(...gaps)).to.be.at.least(300 * 0.9 - 5);
      } finally {
        fetches.restore();
      }
    });

    it('fetches once with interval 0', async () => {
      const id = uniqueKey('once');
      const followed = follow(feedUrl('operational.json', id), 0);
      await until(() => followed.loads.length === 1, 'a load');
      await sleep(800);
      expect(await count(id)).to.equal(1);
    });

    it('stops polling when the last subscriber leaves', async () => {
      const fetches = recordFetches();
      try {
        const id = uniqueKey('unsubscribe');
        const url = feedUrl('operational.json', id);
        const a = follow(url, 0.2);
        const b = follow(url, 0.2);
        await untilCount(id, 2);
        a.stop();
        await settle();
        expect(FeedClient.active).to.equal(1);
        const before = fetches.to(url).length;
        await until(() => fetches.to(url).length > before, 'b still polls');
        b.stop();
        await settle();
        expect(FeedClient.active).to.equal(0);
        const after = fetches.to(url).length;
        await sleep(800);
        expect(fetches.to(url).length, 'no request after the last subscriber left').to.equal(after);
      } finally {
        fetches.restore();
      }
    });

    it('keeps the client when its only subscriber leaves and another comes in the same task', async () => {
      const id = uniqueKey('move');
      const url = feedUrl('operational.json', id, { etag: 'm1' });
      const first = follow(url, 5);
      await until(() => first.loads.length === 1, 'a load');
      // An element moved in the DOM: disconnected and connected again at once.
      first.stop();
      const again = follow(url, 5);
      expect(again.client).to.equal(first.client);
      expect(again.loads.map((load) => load.source)).to.deep.equal(['network']);
      await settle();
      expect(FeedClient.active).to.equal(1);
      await sleep(300);
      expect(await count(id), 'no new request').to.equal(1);
    });

    it('pauses while the page is hidden and fetches at once when it is visible again', async () => {
      const fetches = recordFetches();
      try {
        const url = feedUrl('operational.json', uniqueKey('hidden'));
        follow(url, 0.2);
        await until(() => fetches.to(url).length >= 2, 'polling');
        setVisibility('hidden');
        const hidden = fetches.to(url).length;
        await sleep(800);
        // A poll already scheduled finds the page hidden and sends nothing.
        expect(fetches.to(url).length, 'no requests while hidden').to.equal(hidden);
        setVisibility('visible');
        await until(() => fetches.to(url).length > hidden, 'a request once visible');
      } finally {
        setVisibility('visible');
        fetches.restore();
      }
    });

    it('retries at once when the browser comes back online', async () => {
      const fetches = recordFetches();
      const warnings = captureWarnings();
      try {
        // A network error with a 5 s interval: the backoff would wait about 10 s.
        const url = feedUrl('operational.json', uniqueKey('online'), { delay: 3000 });
        const followed = follow(url, 5, { timeoutMs: 300 });
        await until(() => followed.errors.length === 1, 'an error');
        expect(followed.errors[0]!.kind).to.equal('network');
        dispatchEvent(new Event('online'));
        // At once: well before the backoff (8 s at the earliest) would retry.
        await until(() => fetches.to(url).length === 2, 'a second request', { timeout: 4000 });
      } finally {
        fetches.restore();
        warnings.restore();
      }
    });

    it('does not go before Retry-After when the browser comes back online or the page is shown', async () => {
      const id = uniqueKey('online-retry-after');
      const warnings = captureWarnings();
      try {
        const followed = follow(feedUrl('operational.json', id, { status: 503, retryAfter: 3 }), 0.2);
        await until(() => followed.errors.length === 1, 'an error');
        dispatchEvent(new Event('online'));
        setVisibility('hidden');
        setVisibility('visible');
        followed.client.refresh();
        await sleep(1000);
        expect(await count(id)).to.equal(1);
      } finally {
        setVisibility('visible');
        warnings.restore();
      }
    });
  });

  describe('vendor feeds', () => {
    it('reads a Statuspage feed once its adapter loads, then revalidates it like any feed', async () => {
      const id = uniqueKey('vendor');
      const key = uniqueKey('vendor-state');
      await putState(key, JSON.stringify(statuspageSummary('Sign-in is slow', Date.now() - HOUR)));
      try {
        const url = feedUrl(`state:${key}`, id);
        const followed = follow(url, 0.3);
        await until(() => followed.loads.length === 1, 'the feed');
        const [load] = followed.loads;
        expect(load!.source).to.equal('network');
        expect(load!.model.page.name).to.equal('Northwind');
        expect(load!.model.incidents.map((i) => i.title)).to.deep.equal(['Sign-in is slow']);
        // Polling goes on after the feed is read: conditional requests, nothing new to hear.
        await untilCount(id, 3);
        expect(followed.loads).to.have.length(1);
        expect(followed.errors).to.deep.equal([]);
      } finally {
        await deleteState(key);
      }
    });

    it('a vendor feed read after a newer feed arrived is dropped', async () => {
      const id = uniqueKey('vendor-stale');
      const url = feedUrl('operational.json', id, { delay: 200 });
      // An earlier page load cached a vendor's feed; the server now serves a native one.
      const vendor = JSON.stringify(statuspageSummary('Old vendor incident', Date.now() - HOUR));
      new FeedCache().write({ url, text: vendor, fetchedAt: Date.now() - 60_000 });
      const adapters = slowAdapters();
      const followed = follow(url, 0);
      expect(adapters.calls(), 'the cached vendor feed is being read').to.equal(1);
      await until(() => followed.loads.length === 1, 'the network feed');
      adapters.release();
      await sleep(100);
      await settle();
      expect(followed.loads.map((load) => [load.source, load.model.page.name])).to.deep.equal([
        ['network', 'Tidewater Pulse'],
      ]);
      expect(followed.client.snapshot?.model.page.name).to.equal('Tidewater Pulse');
    });

    it('an adapter that cannot be loaded reaches the page only as the error, and the next request reads the feed', async () => {
      const key = uniqueKey('vendor-offline');
      await putState(key, JSON.stringify(statuspageSummary('Sign-in is slow', Date.now() - HOUR)));
      const warnings = captureWarnings();
      try {
        unloadableAdapters();
        let followed: Followed | undefined;
        const thrown = await pageErrors(async () => {
          followed = follow(feedUrl(`state:${key}`, uniqueKey('vendor-offline')), 0);
          await until(() => followed!.errors.length === 1, 'an error');
          await settle();
        });
        expect(thrown).to.deep.equal([]);
        expect(followed!.errors[0]).to.include({ kind: 'network', url: followed!.client.url });
        expect(warnings.about(followed!.client.url)).to.have.length(1);
        expect(followed!.loads).to.deep.equal([]);

        restoreAdapters();
        followed!.client.refresh();
        await until(() => followed!.loads.length === 1, 'the feed, read this time');
        expect(followed!.loads[0]!.model.incidents.map((i) => i.title)).to.deep.equal(['Sign-in is slow']);
      } finally {
        warnings.restore();
        await deleteState(key);
      }
    });
  });
});
