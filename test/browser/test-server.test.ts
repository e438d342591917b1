// Proves, from inside each engine with real fetch(), that the misbehaving test server
// (test/server/misbehave.mjs) does what its URL scheme promises.
import { expect } from '@open-wc/testing';

/** All engines share one server at the same time: every counter / state key must be unique. */
function uniqueKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** fetch() that never touches the browser's HTTP cache. */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { cache: 'no-store', headers });
}

async function count(id: string): Promise<number> {
  const response = await get(`/__count?id=${encodeURIComponent(id)}`);
  return ((await response.json()) as { count: number }).count;
}

describe('misbehaving test server', () => {
  describe('serving fixtures', () => {
    it('delivers a fixture intact, as JSON, uncacheable', async () => {
      const response = await get('/__feed/hello.json');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('application/json');
      expect(response.headers.get('cache-control')).to.equal('no-store');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(String(bytes.length)).to.equal(response.headers.get('content-length'));
      const doc = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
      expect(doc['greeting']).to.equal('hello');
      expect(doc['unicode']).to.equal('Grüße, 你好, 🚦');
      expect(doc['items']).to.deep.equal([1, 2, 3]);
    });

    it('answers 404 for a missing fixture and 400 for path traversal', async () => {
      expect((await get('/__feed/no-such-file.json')).status).to.equal(404);
      // An encoded slash is not a dot segment to the URL parser, so it reaches the server as is.
      expect((await get('/__feed/..%2Fpackage.json')).status).to.equal(400);
    });

    it('overrides the content type and the body', async () => {
      const response = await get('/__feed/hello.json?contentType=text/html&body=%3Cp%3Ehi%3C/p%3E');
      expect(response.headers.get('content-type')).to.equal('text/html');
      expect(await response.text()).to.equal('<p>hi</p>');
    });
  });

  describe('failures', () => {
    it('answers a 500 with a short JSON body', async () => {
      const response = await get('/__feed/hello.json?status=500');
      expect(response.status).to.equal(500);
      expect(response.headers.get('cache-control')).to.equal('no-store');
      expect(await response.json()).to.deep.equal({ error: 'Internal Server Error', status: 500 });
    });

    it('answers a 503 with Retry-After', async () => {
      const response = await get('/__feed/hello.json?status=503&retryAfter=5');
      expect(response.status).to.equal(503);
      expect(response.headers.get('retry-after')).to.equal('5');
    });

    it('truncates the body so that it no longer parses', async () => {
      const response = await get('/__feed/hello.json?truncate=20');
      expect(response.status).to.equal(200);
      const text = await response.text();
      expect(text).to.have.length(20);
      expect(() => JSON.parse(text)).to.throw(SyntaxError);
    });

    it('delays the headers', async () => {
      const started = performance.now();
      const response = await get('/__feed/hello.json?delay=300');
      expect(response.status).to.equal(200);
      // Timers are coarse in some engines; allow a little slack below 300 ms.
      expect(performance.now() - started).to.be.greaterThan(270);
    });

    it('streams a slow body in pieces', async () => {
      const started = performance.now();
      const response = await get('/__feed/hello.json?slowBody=150&chunks=3');
      expect(response.headers.get('content-length')).to.equal(null); // streamed, chunked
      const doc = (await response.json()) as Record<string, unknown>;
      expect(doc['greeting']).to.equal('hello');
      // Two pauses of 150 ms between three chunks (measured from the request: under load the
      // fetch() promise may resolve well after the headers arrived).
      expect(performance.now() - started).to.be.greaterThan(280);
    });
  });

  describe('validators', () => {
    it('answers 304 with no body when If-None-Match matches the ETag', async () => {
      const first = await get('/__feed/hello.json?etag=v1');
      expect(first.status).to.equal(200);
      expect(first.headers.get('etag')).to.equal('"v1"');

      const again = await get('/__feed/hello.json?etag=v1', { 'If-None-Match': '"v1"' });
      expect(again.status).to.equal(304);
      expect(again.headers.get('etag')).to.equal('"v1"');
      expect(await again.text()).to.equal('');

      const changed = await get('/__feed/hello.json?etag=v2', { 'If-None-Match': '"v1"' });
      expect(changed.status).to.equal(200);
    });

    it('answers 304 when If-Modified-Since is not older than Last-Modified', async () => {
      const lastModified = 'Wed, 21 Oct 2015 07:28:00 GMT';
      const url = `/__feed/hello.json?lastModified=${encodeURIComponent(lastModified)}`;
      const first = await get(url);
      expect(first.headers.get('last-modified')).to.equal(lastModified);
      expect((await get(url, { 'If-Modified-Since': lastModified })).status).to.equal(304);
      expect((await get(url, { 'If-Modified-Since': 'Tue, 20 Oct 2015 07:28:00 GMT' })).status).to.equal(200);
    });
  });

  describe('Date header', () => {
    it('sends an absolute date', async () => {
      const date = 'Wed, 21 Oct 2015 07:28:00 GMT';
      const response = await get(`/__feed/hello.json?date=${encodeURIComponent(date)}`);
      expect(response.headers.get('date')).to.equal(date);
    });

    it('sends a date skewed from the server clock', async () => {
      const response = await get(`/__feed/hello.json?date=${encodeURIComponent('skew:+3600')}`);
      const skew = Date.parse(response.headers.get('date') ?? '') - Date.now();
      // Same machine, so only the header's one-second resolution and the round trip differ.
      expect(skew).to.be.within(3600_000 - 5_000, 3600_000 + 5_000);
    });
  });

  describe('request counter', () => {
    it('counts requests per id and resets', async () => {
      const id = uniqueKey('count');
      expect(await count(id)).to.equal(0);
      for (let i = 0; i < 3; i++) await get(`/__feed/hello.json?id=${id}`);
      // Failures and 304s are requests too.
      await get(`/__feed/hello.json?id=${id}&status=500`);
      expect(await count(id)).to.equal(4);

      await fetch(`/__count/reset?id=${id}`, { method: 'POST' });
      expect(await count(id)).to.equal(0);
      await get(`/__feed/hello.json?id=${id}`);
      await fetch(`/__count?id=${id}`, { method: 'DELETE' });
      expect(await count(id)).to.equal(0);
    });

    it('counts per path when there is no id', async () => {
      const key = uniqueKey('path');
      await fetch(`/__feed-state/${key}`, { method: 'PUT', body: '{}' });
      await get(`/__feed/state:${key}`);
      await get(`/__feed/state:${key}`);
      const response = await get(`/__count?path=${encodeURIComponent(`/__feed/state:${key}`)}`);
      expect(await response.json()).to.deep.equal({ count: 2 });
    });
  });

  describe('live-changing feeds', () => {
    it('serves a stored document with a content-derived ETag that changes with it', async () => {
      const key = uniqueKey('state');
      const url = `/__feed/state:${key}`;
      expect((await get(url)).status).to.equal(404);

      await fetch(`/__feed-state/${key}`, { method: 'PUT', body: JSON.stringify({ version: 1 }) });
      const first = await get(url);
      expect(await first.json()).to.deep.equal({ version: 1 });
      const etag1 = first.headers.get('etag');
      expect(etag1).to.match(/^"[0-9a-f]{16}"$/);
      expect((await get(url, { 'If-None-Match': etag1! })).status).to.equal(304);

      await fetch(`/__feed-state/${key}`, { method: 'PUT', body: JSON.stringify({ version: 2 }) });
      const second = await get(url, { 'If-None-Match': etag1! });
      expect(second.status).to.equal(200);
      expect(await second.json()).to.deep.equal({ version: 2 });
      expect(second.headers.get('etag')).to.not.equal(etag1);

      await fetch(`/__feed-state/${key}`, { method: 'DELETE' });
      expect((await get(url)).status).to.equal(404);
    });
  });

  describe('environment', () => {
    it('runs the browser in the time zone given by TZ', async function () {
      const { tz } = (await (await get('/__env')).json()) as { tz: string | null };
      if (!tz) this.skip(); // no TZ set: the engines use the machine's zone
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(tz);
      // Also the legacy Date API, which engines compute separately from Intl.
      const noonUtc = new Date(Date.UTC(2024, 0, 15, 12));
      const hourThere = noonUtc.toLocaleString('en-US', { timeZone: tz!, hour: 'numeric', hourCycle: 'h23' });
      expect(noonUtc.getHours()).to.equal(Number(hourThere));
    });
  });
});
