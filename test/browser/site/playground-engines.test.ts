// The playground's pure modules in each engine: the URL state compresses with the engine's own
// CompressionStream('deflate-raw') and reads back, the fake clock moves the engine's Date, and
// the JSON reader agrees with the engine's JSON.parse.
import { expect } from '@open-wc/testing';
import { decodeState, encodeState, type PlaygroundState } from '../../../site/playground/url-state.js';
import { installFakeClock } from '../../../site/playground/fake-clock.js';
import { scanJson } from '../../../site/playground/json-positions.js';
import { CorrectedClock } from '../../../src/time/clock.js';

const state: PlaygroundState = {
  feed: '{\n  "version": 1,\n  "page": { "name": "Café ☕ 東京" }\n}\n',
  tag: 'maintenance-notice',
  attributes: { variant: 'compact', 'show-empty': '' },
  offsetMinutes: 195,
  feedUrl: 'https://status.acme.example/feed.json',
  theme: { '--status-radius': '0px' },
};

describe('playground in this engine', () => {
  it('round-trips the URL state', async () => {
    const encoded = await encodeState(state);
    expect(encoded).to.match(/^[A-Za-z0-9_-]+$/);
    expect(await decodeState(encoded)).to.deep.equal(state);
    expect(await decodeState('garbage')).to.equal(undefined);
  });

  it('moves the time a clock made after the patch reads', () => {
    const host = { Date: window.Date };
    const fake = installFakeClock(host, 2 * 3_600_000);
    const clock = new CorrectedClock(host.Date.now);
    expect(clock.now() - Date.now()).to.be.within(2 * 3_600_000 - 1000, 2 * 3_600_000 + 1000);
    fake.offset = 0;
    expect(Math.abs(clock.now() - Date.now())).to.be.below(1000);
    expect(new host.Date(5).getTime()).to.equal(5);
  });

  it('reads JSON as the engine does', () => {
    for (const text of ['{"a": [1, 2.5e-3, "x\\u00e9"]}', '[]', 'null', ' "s" '])
      expect(scanJson(text).error, text).to.equal(undefined);
    for (const text of ['{"a": 1,}', '[1 2]', '{"a" 1}', '"open', '']) {
      expect(() => JSON.parse(text), text).to.throw();
      expect(scanJson(text).error, text).to.not.equal(undefined);
    }
  });
});
