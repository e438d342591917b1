import { expect } from '@open-wc/testing';
import { CorrectedClock, SKEW_TOLERANCE_MS } from '../../../src/time/clock.js';

describe('CorrectedClock', () => {
  const device = Date.UTC(2026, 10, 25, 12, 0, 0);

  it('trusts the device clock when the server agrees within a minute', () => {
    const clock = new CorrectedClock(() => device);
    expect(clock.observe(new Date(device + 45_000).toUTCString(), device)).to.equal(false);
    expect(clock.now()).to.equal(device);
  });

  it('corrects a device clock that is hours off, from the Date header', () => {
    const clock = new CorrectedClock(() => device);
    const server = device + 3 * 3_600_000;
    expect(clock.observe(new Date(server).toUTCString(), device)).to.equal(true);
    expect(clock.now()).to.equal(server);
    expect(clock.correction).to.equal(3 * 3_600_000);
  });

  it('corrects a clock that is behind, too', () => {
    const clock = new CorrectedClock(() => device);
    clock.observe(new Date(device - 10 * 60_000).toUTCString(), device);
    expect(clock.now()).to.equal(device - 10 * 60_000);
  });

  it('does not move the correction for latency jitter, and drops it when the device is right again', () => {
    const clock = new CorrectedClock(() => device);
    clock.observe(new Date(device + 3_600_000).toUTCString(), device);
    expect(clock.observe(new Date(device + 3_600_000 + 20_000).toUTCString(), device)).to.equal(false);
    expect(clock.correction).to.equal(3_600_000);
    expect(clock.observe(new Date(device + 1_000).toUTCString(), device)).to.equal(true);
    expect(clock.correction).to.equal(0);
  });

  it('ignores missing and broken Date headers', () => {
    const clock = new CorrectedClock(() => device);
    for (const header of [null, undefined, '', 'yesterday', 'Thu, 99 Foo 2026 99:99:99 GMT']) {
      expect(clock.observe(header, device)).to.equal(false);
    }
    expect(clock.now()).to.equal(device);
  });

  it('tells listeners when the correction changes', () => {
    const clock = new CorrectedClock(() => device);
    let changes = 0;
    const off = clock.onChange(() => changes++);
    clock.observe(new Date(device + 2 * SKEW_TOLERANCE_MS).toUTCString(), device);
    off();
    clock.observe(new Date(device).toUTCString(), device);
    expect(changes).to.equal(1);
  });
});
