// The last good feed in localStorage: shown at once on the next load, revalidated, dropped when
// too old, and storage that throws or is full never reaches the page.
import { expect } from '@open-wc/testing';
import { FeedCache } from '../../../src/client/cache.js';
import type { StatusErrorDetail } from '../../../src/client/errors.js';
import { FeedClient, type FeedClientOptions, type FeedSnapshot } from '../../../src/client/feed-client.js';
import {
  MemoryStorage,
  captureWarnings,
  closeTabs,
  count,
  exampleFeed,
  feedUrl,
  forgetCachedFeeds,
  openTab,
  pageErrors,
  recordFetches,
  header,
  setVisibility,
  settle,
  shiftDeviceClock,
  sleep,
  uniqueKey,
  until,
} from './client-helpers.js';

setVisibility('visible');

const HOUR = 3_600_000;
const PREFIX = 'status-widgets:feed:v1:';

function follow(url: string, interval: number, options: FeedClientOptions = {}) {
  const loads: FeedSnapshot[] = [];
  const errors: StatusErrorDetail[] = [];
  const stop = FeedClient.for(url, options).subscribe(
    { load: (snapshot) => loads.push(snapshot), error: (error) => errors.push(error) },
    interval,
  );
  return { loads, errors, stop };
}

describe('feed cache', function () {
  // Each test takes a few seconds at most; the headroom is for a machine running every engine at
  // once, where waits for the server; iframes load dozens of modules take longer.
  this.timeout(30_000);

  afterEach(async () => {
    closeTabs();
    await settle();
    forgetCachedFeeds();
    expect(FeedClient.active).to.equal(0);
  });

  it('shows the cached feed before a slow network answers, then confirms it', async () => {
    const id = uniqueKey('slow');
    const url = feedUrl('operational.json', id, { delay: 800, etag: 'v1' });
    const text = await exampleFeed('operational.json');
    new FeedCache().write({ url, text, etag: '"v1"', fetchedAt: Date.now() - 60_000 });
    const fetches = recordFetches();
    const followed = follow(url, 0);
    try {
      // At once, synchronously, from the cache.
      expect(followed.loads.map((load) => load.source)).to.deep.equal(['cache']);
      expect(followed.loads[0]!.model.page.name).to.equal('Tidewater Pulse');
      await until(() => followed.loads.length === 2, 'the network answers');
      expect(followed.loads[1]!.source).to.equal('network');
      expect(followed.loads[1]!.model).to.deep.equal(followed.loads[0]!.model);
      // Revalidated with the cached validator: a 304.
      expect(header(fetches.to(url)[0], 'if-none-match')).to.equal('"v1"');
      expect(fetches.to(url)[0]!.status).to.equal(304);
      expect(await count(id)).to.equal(1);
    } finally {
      followed.stop();
      fetches.restore();
    }
  });

  it('a reloaded page shows the feed the previous page fetched, before the network', async () => {
    const id = uniqueKey('reload');
    const url = feedUrl('incident-resolved.json', id, { etag: 'r1' });
    // The first "page load" fetches and stores the feed with its validator…
    const first = await openTab(url, 0);
    await until(() => first.state.loads.length === 1, 'the first page loads the feed');
    expect(first.state.loads[0]!.source).to.equal('network');
    const stored = new FeedCache().read(url);
    expect(stored?.etag).to.equal('"r1"');
    expect(stored?.fetchedAt).to.be.closeTo(first.state.loads[0]!.fetchedAt, 1);
    first.close();

    // …and the next one shows it from the cache, then hears the network confirm it (a 304).
    const second = await openTab(url, 0);
    expect(second.state.loads[0]?.source).to.equal('cache');
    expect(second.state.loads[0]?.incidents).to.equal(1);
    await until(() => second.state.loads.length === 2, 'the network confirms the cache');
    expect(second.state.loads[1]!.source).to.equal('network');
    expect(await count(id)).to.equal(2);
  });

  it('keeps a feed fetched with credentials out of localStorage and away from clients without them', async () => {
    const id = uniqueKey('credentials');
    const url = feedUrl('incident-resolved.json', id, { delay: 300 });
    const signedIn = follow(url, 0, { credentials: 'include' });
    try {
      await until(() => signedIn.loads.length === 1, 'the credentialed request answers');
      expect(signedIn.loads[0]!.source).to.equal('network');
      expect(localStorage.getItem(`status-widgets:feed:v1:${url}`), 'not stored').to.equal(null);
      expect(new FeedCache().read(url), 'not in the shared cache').to.equal(undefined);
      // A client of the same URL without credentials fetches for itself; it is never shown the
      // credentialed copy from the cache.
      const anonymous = follow(url, 0);
      try {
        expect(anonymous.loads, 'nothing from the cache at once').to.deep.equal([]);
        await until(() => anonymous.loads.length === 1, 'its own request answers');
        expect(anonymous.loads[0]!.source).to.equal('network');
        expect(await count(id)).to.equal(2);
      } finally {
        anonymous.stop();
      }
    } finally {
      signedIn.stop();
    }
  });

  it('does not show a cached feed older than cacheMaxAge', async () => {
    const url = feedUrl('operational.json', uniqueKey('old'), { delay: 300 });
    new FeedCache().write({
      url,
      text: await exampleFeed('incident-resolved.json'),
      fetchedAt: Date.now() - 2 * HOUR,
    });
    const followed = follow(url, 0, { cacheMaxAge: HOUR });
    try {
      expect(followed.loads).to.deep.equal([]);
      await until(() => followed.loads.length === 1, 'the network answers');
      expect(followed.loads[0]!.source).to.equal('network');
      expect(followed.loads[0]!.model.incidents).to.have.length(0);
    } finally {
      followed.stop();
    }
  });

  it('does not show a cached feed older than a day by default', async () => {
    const url = feedUrl('operational.json', uniqueKey('day-old'), { delay: 300 });
    new FeedCache().write({
      url,
      text: await exampleFeed('operational.json'),
      fetchedAt: Date.now() - 25 * HOUR,
    });
    const followed = follow(url, 0);
    try {
      expect(followed.loads).to.deep.equal([]);
      await until(() => followed.loads.length === 1, 'the network answers');
      expect(followed.loads[0]!.source).to.equal('network');
    } finally {
      followed.stop();
    }
  });

  it('ignores a cached copy it cannot read, silently', async () => {
    const url = feedUrl('operational.json', uniqueKey('unreadable'));
    new FeedCache().write({ url, text: '{"version": 99}', fetchedAt: Date.now() });
    localStorage.setItem(`status-widgets:feed:v1:${url}x`, 'not JSON at all');
    const warnings = captureWarnings();
    const followed = follow(url, 0);
    try {
      await until(() => followed.loads.length === 1, 'the network answers');
      expect(followed.loads[0]!.source).to.equal('network');
      expect(followed.errors).to.deep.equal([]);
      expect(warnings.lines).to.deep.equal([]);
      expect(new FeedCache().read(`${url}x`)).to.equal(undefined);
    } finally {
      followed.stop();
      warnings.restore();
      localStorage.removeItem(`status-widgets:feed:v1:${url}x`);
    }
  });

  it('a reloaded page waits out the Retry-After the previous page was told, and shows its error', async () => {
    const id = uniqueKey('reload-retry-after');
    const url = feedUrl('operational.json', id, { status: 429, retryAfter: 3600 });
    const warnings = captureWarnings();
    const first = follow(url, 0.3);
    try {
      await until(() => first.errors.length === 1, 'an error');
    } finally {
      first.stop();
      warnings.restore();
    }
    await settle();
    // The next page load has none of this page's memory: it reads the wait from localStorage.
    const second = await openTab(url, 0.3);
    await until(() => second.state.errors.length === 1, 'the error, at once');
    expect(second.state.errors[0]).to.include({
      kind: 'http',
      status: 429,
      url,
      retryAt: first.errors[0]!.retryAt,
    });
    await sleep(1000);
    expect(second.state.fetches, 'no request before the Retry-After').to.equal(0);
    expect(await count(id)).to.equal(1);
  });

  it('a reloaded page carries on with the backoff: no request before the retry the last page announced', async () => {
    const id = uniqueKey('reload-backoff');
    // A 5 s interval: the first retry is about 10 s away.
    const url = feedUrl('operational.json', id, { status: 500 });
    const warnings = captureWarnings();
    const first = follow(url, 5);
    try {
      await until(() => first.errors.length === 1, 'an error');
    } finally {
      first.stop();
      warnings.restore();
    }
    await settle();
    const second = await openTab(url, 5);
    await until(() => second.state.errors.length === 1, 'the error, at once');
    await sleep(1000);
    expect(second.state.fetches).to.equal(0);
    expect(await count(id)).to.equal(1);
  });

  describe('bounds', () => {
    const entry = (i: number, size = 100) => ({
      url: `https://status.example/feed.json?bust=${i}`,
      text: 'x'.repeat(size),
      fetchedAt: Date.now(),
    });
    /** Characters the library keeps in `storage` (keys and values). */
    const stored = (storage: Storage) => {
      let chars = 0;
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)!;
        if (key.startsWith(PREFIX)) chars += key.length + storage.getItem(key)!.length;
      }
      return chars;
    };

    it("keeps at most 10 entries, the most recently saved, and never touches the app's own keys", () => {
      const storage = new MemoryStorage();
      storage.setItem('app:settings', '{"theme":"dark"}');
      const cache = new FeedCache(() => storage);
      for (let i = 0; i < 25; i++) cache.write(entry(i));
      const keys = storage.keysWith(PREFIX);
      expect(keys).to.have.length(10);
      expect([...keys].sort()).to.deep.equal(
        Array.from({ length: 10 }, (_, i) => PREFIX + entry(15 + i).url).sort(),
      );
      expect(storage.getItem('app:settings')).to.equal('{"theme":"dark"}');
      // Saving one again makes it the most recent: it survives the next ones.
      cache.write(entry(15));
      for (let i = 25; i < 34; i++) cache.write(entry(i));
      expect(storage.getItem(PREFIX + entry(15).url)).not.to.equal(null);
      expect(storage.getItem(PREFIX + entry(16).url)).to.equal(null);
    });

    it('keeps at most 1,000,000 characters across entries, dropping the least recently saved', () => {
      const storage = new MemoryStorage();
      const cache = new FeedCache(() => storage);
      for (let i = 0; i < 6; i++) cache.write(entry(i, 300_000));
      expect(stored(storage)).to.be.at.most(1_000_000);
      expect(storage.keysWith(PREFIX).sort()).to.deep.equal(
        [3, 4, 5].map((i) => PREFIX + entry(i).url).sort(),
      );
      // Each page still reads back what it wrote.
      expect(cache.read(entry(0).url)?.text).to.have.length(300_000);
    });

    it('drops entries not saved for more than a day first', () => {
      const storage = new MemoryStorage();
      const shifted = shiftDeviceClock(-25 * HOUR);
      try {
        new FeedCache(() => storage).write(entry(0));
      } finally {
        shifted.restore();
      }
      expect(storage.keysWith(PREFIX)).to.have.length(1);
      new FeedCache(() => storage).write(entry(1));
      expect(storage.keysWith(PREFIX)).to.deep.equal([PREFIX + entry(1).url]);
    });

    it('keeps a feed larger than the bound in memory only, and drops its older stored copy', () => {
      const storage = new MemoryStorage();
      const cache = new FeedCache(() => storage);
      const small = entry(0);
      cache.write(small);
      const big = { ...small, text: 'x'.repeat(1_000_000) };
      cache.write(big);
      expect(storage.getItem(PREFIX + small.url) === null, 'not stored, and the old copy gone').to.equal(
        true,
      );
      expect(cache.read(small.url)?.text, 'this page still has it').to.equal(big.text);
      expect(new FeedCache(() => storage).read(small.url), 'the next page load does not').to.equal(undefined);
    });

    it('storage that throws while the cache makes room never reaches the page', () => {
      for (const broken of ['key', 'length', 'getItem', 'removeItem', 'setItem']) {
        const storage = new MemoryStorage();
        const cache = new FeedCache(() => storage);
        for (let i = 0; i < 10; i++) cache.write(entry(i));
        const fail = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        if (broken === 'length') Object.defineProperty(storage, 'length', { get: fail });
        else Object.defineProperty(storage, broken, { value: fail });
        expect(() => cache.write(entry(10)), broken).not.to.throw();
        expect(cache.read(entry(10).url)?.url, broken).to.equal(entry(10).url);
      }
    });

    it('a feed URL with a cache-buster on every page load never grows storage past the bound', async () => {
      const id = uniqueKey('bust');
      const urls = Array.from({ length: 12 }, (_, i) => feedUrl('operational.json', id, { bust: i }));
      for (const url of urls) {
        const page = follow(url, 0);
        await until(() => page.loads.length === 1, 'the feed loads');
        page.stop();
        await settle();
      }
      const ours = Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
      expect(ours.length, 'at most 10 entries in the origin').to.be.at.most(10);
      expect(stored(localStorage)).to.be.at.most(1_000_000);
      expect(localStorage.getItem(PREFIX + urls.at(-1)), 'the newest is kept').not.to.equal(null);
      expect(localStorage.getItem(PREFIX + urls[0]), 'the oldest is gone').to.equal(null);
      expect(await count(id)).to.equal(12);
    });
  });

  describe('storage that fails', () => {
    const throwing: Storage = {
      length: 0,
      clear: () => undefined,
      key: () => null,
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };

    it('FeedCache keeps entries in memory when storage throws or cannot be reached', () => {
      const entry = { url: 'https://status.example/feed.json', text: '{}', fetchedAt: 1 };
      for (const storage of [
        () => throwing,
        () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
        () => undefined,
      ]) {
        const cache = new FeedCache(storage);
        expect(() => cache.write(entry)).not.to.throw();
        expect(cache.read(entry.url)).to.deep.equal(entry);
        expect(cache.read('https://status.example/other.json')).to.equal(undefined);
      }
    });

    it('a localStorage that throws on every call: the page fetches, shows and reuses the feed, quietly', async () => {
      const id = uniqueKey('throwing');
      const url = feedUrl('operational.json', id);
      const { getItem, setItem } = Storage.prototype;
      const warnings = captureWarnings();
      let first: ReturnType<typeof follow> | undefined;
      let second: ReturnType<typeof follow> | undefined;
      const errors = await pageErrors(async () => {
        Storage.prototype.getItem = throwing.getItem;
        Storage.prototype.setItem = throwing.setItem;
        try {
          first = follow(url, 0);
          await until(() => first!.loads.length === 1, 'the network answers');
          first.stop();
          await settle();
          // A later subscriber on this page gets the in-memory copy at once, then revalidates.
          second = follow(url, 0);
          expect(second.loads.map((load) => load.source)).to.deep.equal(['cache']);
          await until(() => second!.loads.length === 2, 'the network confirms it');
        } finally {
          Storage.prototype.getItem = getItem;
          Storage.prototype.setItem = setItem;
          second?.stop();
          warnings.restore();
        }
      });
      expect(errors, 'nothing reaches the page').to.deep.equal([]);
      expect(first!.errors).to.deep.equal([]);
      expect(second!.errors).to.deep.equal([]);
      expect(warnings.lines).to.deep.equal([]);
      expect(second!.loads[1]!.source).to.equal('network');
      expect(await count(id)).to.equal(2);
    });

    it('a full localStorage: the feed is still shown', async () => {
      const url = feedUrl('operational.json', uniqueKey('full'));
      const { setItem } = Storage.prototype;
      let followed: ReturnType<typeof follow> | undefined;
      const errors = await pageErrors(async () => {
        Storage.prototype.setItem = throwing.setItem;
        followed = follow(url, 0);
        try {
          await until(() => followed!.loads.length === 1, 'the network answers');
        } finally {
          Storage.prototype.setItem = setItem;
          followed.stop();
        }
      });
      expect(errors).to.deep.equal([]);
      expect(followed!.errors).to.deep.equal([]);
      expect(localStorage.getItem(`status-widgets:feed:v1:${url}`)).to.equal(null);
    });
  });
});
