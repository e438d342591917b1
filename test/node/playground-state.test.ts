// The playground's state in the URL: it round-trips exactly, stays short for a big feed, and a
// damaged link reads as nothing rather than as a broken state.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  decodeState,
  encodeState,
  hashFor,
  stateFromHash,
  type PlaygroundState,
} from '../../site/playground/url-state.js';
import { installFakeClock } from '../../site/playground/fake-clock.js';
import {
  clampOffset,
  describeOffset,
  formatInstant,
  CLOCK_MAX_MINUTES,
  CLOCK_MIN_MINUTES,
} from '../../site/playground/clock-range.js';

const feed = readFileSync('demo/feeds/all.json', 'utf8');
const state: PlaygroundState = {
  feed,
  tag: 'status-banner',
  attributes: {
    dismissible: 'non-critical',
    'show-operational': '',
    locale: 'de',
    'time-zone': 'Asia/Kolkata',
  },
  offsetMinutes: -1935,
  feedUrl: 'https://status.acme.example/feed.json',
  theme: { '--status-radius': '0', '--status-major-bg': '#fde2e2' },
};

describe('playground: URL state', () => {
  it('round-trips', async () => {
    const encoded = await encodeState(state);
    assert.match(encoded, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(await decodeState(encoded), state);
  });

  it('compresses the feed', async () => {
    const encoded = await encodeState(state);
    assert.ok(
      encoded.length < feed.length / 3,
      `${encoded.length} characters for a ${feed.length}-character feed`,
    );
  });

  it('keeps text that is not JSON and characters outside Latin-1', async () => {
    const odd = { ...state, feed: '{"page": {"name": "Café ☕ 東京",', attributes: {} };
    assert.deepEqual(await decodeState(await encodeState(odd)), odd);
  });

  it('reads a damaged or foreign link as nothing', async () => {
    assert.equal(await decodeState('not-a-state'), undefined);
    assert.equal(await decodeState(''), undefined);
    const encoded = await encodeState(state);
    assert.equal(await decodeState(encoded.slice(0, 20)), undefined);
  });

  it('lives in the hash under one key', async () => {
    const encoded = await encodeState(state);
    assert.equal(stateFromHash(hashFor(encoded)), encoded);
    assert.equal(stateFromHash('#other=1'), undefined);
    assert.equal(stateFromHash(''), undefined);
  });
});

describe('playground: the fake clock', () => {
  it('moves Date.now and new Date(), not dates built from a value', () => {
    const host = { Date };
    const clock = installFakeClock(host, 3_600_000);
    const before = Date.now();
    assert.ok(Math.abs(host.Date.now() - (before + 3_600_000)) < 1000);
    assert.ok(Math.abs(new host.Date().getTime() - (before + 3_600_000)) < 1000);
    assert.equal(new host.Date(0).getTime(), 0);
    assert.equal(host.Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1));
    assert.ok(new host.Date() instanceof Date);
    clock.offset = -86_400_000;
    assert.ok(Math.abs(host.Date.now() - (Date.now() - 86_400_000)) < 1000);
    assert.ok(Math.abs(clock.realNow() - Date.now()) < 1000);
    assert.equal(typeof (host.Date as unknown as () => string)(), 'string');
  });

  it('a clock that keeps the Date.now it finds reads the moved time', () => {
    const host = { Date };
    installFakeClock(host, 7 * 86_400_000);
    const source = host.Date.now; // what src/time/clock.ts keeps
    assert.ok(source() - Date.now() > 6 * 86_400_000);
  });

  it('describes and bounds the offset', () => {
    assert.equal(describeOffset(0), '0 min');
    assert.equal(describeOffset(-45), '−45 min');
    assert.equal(describeOffset(1440 + 195), '+1 day 3 h 15 min');
    assert.equal(describeOffset(2 * 1440), '+2 days');
    assert.equal(clampOffset(10 ** 9), CLOCK_MAX_MINUTES);
    assert.equal(clampOffset(-(10 ** 9)), CLOCK_MIN_MINUTES);
    assert.equal(clampOffset(Number.NaN), 0);
    const when = Date.UTC(2026, 11, 5, 21, 0);
    assert.match(formatInstant(when, 'Europe/Berlin'), /Dec 5, 2026.*10:00.*GMT\+1/);
    assert.match(formatInstant(when, 'Not/AZone'), /2026/);
  });
});
