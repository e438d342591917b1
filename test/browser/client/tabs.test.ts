// Tabs of one origin share one poller (Web Locks + BroadcastChannel). Each "tab" is a
// same-origin iframe running tab.html: its own page, module instances and FeedClient registry,
// sharing this page's origin, locks, channels and localStorage, as a second tab would.
import { expect } from '@open-wc/testing';
import type { StatusErrorDetail } from '../../../src/client/errors.js';
import { FeedClient, type FeedSnapshot } from '../../../src/client/feed-client.js';
import {
  captureWarnings,
  closeTabs,
  count,
  deleteState,
  exampleFeed,
  feedUrl,
  forgetCachedFeeds,
  openTab,
  pageErrors,
  putState,
  sleep,
  setVisibility,
  settle,
  uniqueKey,
  untilCount,
  type TestTab,
  until,
} from './client-helpers.js';

setVisibility('visible');

/** Waits until `tab` has heard a feed from `source`. */
function untilLoad(tab: TestTab, source: string, timeout = 8000): Promise<void> {
  return until(
    () => tab.state.loads.some((load) => load.source === source),
    `the tab hears a feed from the ${source}`,
    { timeout },
  );
}

/** What this engine offers; Chromium, Firefox ESR and WebKitGTK's MiniBrowser have both. */
const features = { locks: 'locks' in navigator, broadcast: 'BroadcastChannel' in window };

describe('tabs of one origin', function () {
  // Each test takes a few seconds at most; the headroom is for a machine running every engine at
  // once, where waits for the server; iframes load dozens of modules take longer.
  this.timeout(30_000);

  afterEach(async () => {
    closeTabs();
    await settle();
    forgetCachedFeeds();
  });

  it(`a tab sees the engine's Web Locks (${features.locks}) and BroadcastChannel (${features.broadcast})`, async () => {
    const tab = await openTab(feedUrl('operational.json', uniqueKey('features')), 0);
    expect(tab.state.features).to.deep.equal(features);
  });

  describe('with Web Locks and BroadcastChannel', () => {
    before(function () {
      // Without them each tab polls on its own, which the tests below the block prove.
      if (!features.locks || !features.broadcast) this.skip();
    });

    it('share one poller: one request per interval, and every tab hears the feed', async () => {
      const key = uniqueKey('shared');
      const url = feedUrl(`state:${key}`, key);
      await putState(key, await exampleFeed('operational.json'));
      try {
        const leader = await openTab(url, 0.3);
        await untilLoad(leader, 'network');
        const follower = await openTab(url, 0.3);
        // The follower may show the leader's cached copy first; the leader then confirms it.
        await untilLoad(follower, 'peer');
        expect(follower.state.loads.at(-1)!.source).to.equal('peer');

        // One poller: polls at least 0.27 s apart (0.3 s − 10 % jitter); two would poll twice as
        // often. Timers that run late under load only make fewer requests.
        const started = performance.now();
        const before = await untilCount(key, 1);
        const requests = (await untilCount(key, before + 4)) - before;
        expect(requests).to.be.at.most((performance.now() - started) / 270 + 1);
        expect(leader.state.fetches).to.be.at.least(4);
        expect(follower.state.fetches, 'the follower never fetches').to.equal(0);

        // A change reaches the follower through the leader.
        await putState(key, await exampleFeed('incident-resolved.json'));
        await until(() => follower.state.loads.some((load) => load.incidents === 1), 'the change');
        expect(follower.state.loads.at(-1)!.source).to.equal('peer');
        expect(leader.state.loads.at(-1)!.incidents).to.equal(1);

        // So does a fault.
        await deleteState(key);
        await until(() => follower.state.errors.length > 0, 'the error');
        expect(follower.state.errors[0]).to.include({ kind: 'http', status: 404, url });
        expect(follower.state.fetches).to.equal(0);
      } finally {
        await deleteState(key);
      }
    });

    it('a follower takes over within an interval when the leader closes', async () => {
      const id = uniqueKey('takeover');
      const url = feedUrl('operational.json', id, { etag: 'v1' });
      const leader = await openTab(url, 0.3);
      await untilLoad(leader, 'network');
      const follower = await openTab(url, 0.3);
      await untilLoad(follower, 'peer');
      await untilCount(id, 3);
      expect(follower.state.fetches).to.equal(0);

      leader.close();
      const afterClose = await count(id);
      await until(() => follower.state.fetches >= 2, 'the follower polls');
      await untilCount(id, afterClose + 2);
      expect(follower.state.errors).to.deep.equal([]);
    });

    it('a follower that takes over waits out the Retry-After the leader was told', async () => {
      const id = uniqueKey('takeover-retry-after');
      const url = feedUrl('operational.json', id, { status: 429, retryAfter: 3600 });
      const leader = await openTab(url, 0.3);
      await until(() => leader.state.errors.length === 1, 'the leader hears the 429');
      const follower = await openTab(url, 0.3);
      await until(() => follower.state.errors.length >= 1, 'the follower hears it too');
      leader.close();
      await sleep(1500);
      expect(follower.state.fetches, 'the new leader does not go before Retry-After').to.equal(0);
      expect(await count(id)).to.equal(1);
    });

    it('the lock is released when the following tab unsubscribes, not only when it closes', async () => {
      const id = uniqueKey('release');
      const url = feedUrl('operational.json', id, { etag: 'v1' });
      const leader = await openTab(url, 0.3);
      await untilLoad(leader, 'network');
      const follower = await openTab(url, 0.3);
      await untilLoad(follower, 'peer');

      leader.state.unsubscribe();
      await until(() => follower.state.fetches >= 1, 'the follower leads');
      const leaderFetches = leader.state.fetches;
      await sleep(700);
      expect(leader.state.fetches, 'the old leader stopped').to.equal(leaderFetches);
    });
  });

  describe('when Web Locks or BroadcastChannel fail, the tab leads alone and nothing is thrown', () => {
    const denied = () => new DOMException('The request was denied.', 'SecurityError');
    const failures: { what: string; needs: 'locks' | 'broadcast'; apply(): () => void }[] = [
      {
        what: 'navigator.locks.request rejects (a sandboxed frame)',
        needs: 'locks',
        apply() {
          const locks = navigator.locks as unknown as { request: unknown };
          locks.request = () => Promise.reject(denied());
          return () => void delete locks.request;
        },
      },
      {
        what: 'navigator.locks.request throws',
        needs: 'locks',
        apply() {
          const locks = navigator.locks as unknown as { request: unknown };
          locks.request = () => {
            throw denied();
          };
          return () => void delete locks.request;
        },
      },
      {
        what: 'the BroadcastChannel constructor throws',
        needs: 'broadcast',
        apply() {
          const original = window.BroadcastChannel;
          window.BroadcastChannel = class {
            constructor() {
              throw denied();
            }
          } as unknown as typeof BroadcastChannel;
          return () => void (window.BroadcastChannel = original);
        },
      },
      {
        what: 'BroadcastChannel postMessage throws',
        needs: 'broadcast',
        apply() {
          const { postMessage } = BroadcastChannel.prototype;
          BroadcastChannel.prototype.postMessage = () => {
            throw denied();
          };
          return () => void (BroadcastChannel.prototype.postMessage = postMessage);
        },
      },
    ];

    for (const failure of failures) {
      it(`${failure.what}: the feed is fetched and shown`, async function () {
        if (!features[failure.needs]) this.skip();
        const id = uniqueKey('locks-fail');
        const url = feedUrl('operational.json', id);
        const loads: FeedSnapshot[] = [];
        const errors: StatusErrorDetail[] = [];
        const warnings = captureWarnings();
        const restore = failure.apply();
        let stop: (() => void) | undefined;
        try {
          const seen = await pageErrors(async () => {
            stop = FeedClient.for(url).subscribe(
              { load: (snapshot) => loads.push(snapshot), error: (error) => errors.push(error) },
              0.3,
            );
            await until(() => loads.length === 1, 'the feed is fetched');
            await untilCount(id, 2); // and polled
          });
          expect(seen, 'nothing reaches the page').to.deep.equal([]);
          expect(loads[0]!.source).to.equal('network');
          expect(errors).to.deep.equal([]);
          expect(warnings.lines).to.deep.equal([]);
        } finally {
          stop?.();
          restore();
          warnings.restore();
          await settle();
        }
        expect(FeedClient.active).to.equal(0);
      });
    }
  });

  for (const missing of ['nolocks', 'nobroadcast']) {
    const what = missing === 'nolocks' ? 'Web Locks' : 'BroadcastChannel';
    it(`without ${what} each tab polls on its own`, async () => {
      const id = uniqueKey(missing);
      const url = feedUrl('operational.json', id, { etag: 'v1' });
      const first = await openTab(url, 0.3, [missing]);
      const second = await openTab(url, 0.3, [missing]);
      expect(first.state.features).to.deep.equal({
        locks: missing !== 'nolocks',
        broadcast: missing !== 'nobroadcast',
      });
      await until(() => first.state.fetches >= 3 && second.state.fetches >= 3, 'both tabs poll');
      for (const tab of [first, second]) {
        expect(tab.state.loads.map((load) => load.source)).to.include('network');
        expect(tab.state.errors).to.deep.equal([]);
      }
      await untilCount(id, 6); // the server sees them all (a request is counted when it arrives)
    });
  }
});
