import { expect } from '@open-wc/testing';
import { Scheduler, MAX_TIMER_DELAY, type TimerHost } from '../../../src/time/scheduler.js';
import { CorrectedClock } from '../../../src/time/clock.js';

/** A timer host that records armed timers and lets the test fire them by hand. */
class FakeTimers implements TimerHost {
  armed = new Map<number, { callback: () => void; ms: number }>();
  private next = 1;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.armed.set(id, { callback, ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.armed.delete(handle as number);
  }
  /** The one armed timer's delay (fails when there are several). */
  get delay(): number | undefined {
    expect(this.armed.size).to.be.at.most(1);
    return [...this.armed.values()][0]?.ms;
  }
  fire(): void {
    const [id, timer] = [...this.armed.entries()][0]!;
    this.armed.delete(id);
    timer.callback();
  }
}

describe('Scheduler', () => {
  let now: number;
  let clock: CorrectedClock;
  let timers: FakeTimers;
  let scheduler: Scheduler;

  beforeEach(() => {
    now = Date.UTC(2026, 2, 8, 9, 0);
    clock = new CorrectedClock(() => now);
    timers = new FakeTimers();
    scheduler = new Scheduler(clock, timers);
  });

  it('keeps a single timer armed for the earliest of many callbacks', () => {
    const calls: string[] = [];
    scheduler.at(now + 30_000, () => calls.push('b'));
    scheduler.at(now + 10_000, () => calls.push('a'));
    scheduler.at(now + 90_000, () => calls.push('c'));
    expect(timers.armed.size).to.equal(1);
    expect(timers.delay).to.equal(10_000);

    now += 10_000;
    timers.fire();
    expect(calls).to.deep.equal(['a']);
    expect(timers.delay).to.equal(20_000);
  });

  it('runs every callback that is due when the timer fires late', () => {
    const calls: string[] = [];
    scheduler.at(now + 1_000, () => calls.push('a'));
    scheduler.at(now + 2_000, () => calls.push('b'));
    scheduler.at(now + 60_000, () => calls.push('c'));
    now += 5_000; // a sleeping laptop or a throttled background tab
    timers.fire();
    expect(calls).to.deep.equal(['a', 'b']);
    expect(scheduler.size).to.equal(1);
  });

  it('clamps far-off boundaries to the maximum timer delay and re-arms', () => {
    const calls: string[] = [];
    const far = now + 40 * 86_400_000;
    scheduler.at(far, () => calls.push('far'));
    expect(timers.delay).to.equal(MAX_TIMER_DELAY);
    now += MAX_TIMER_DELAY;
    timers.fire();
    expect(calls).to.deep.equal([]);
    expect(timers.delay).to.equal(far - now);
    now = far;
    timers.fire();
    expect(calls).to.deep.equal(['far']);
    expect(timers.armed.size).to.equal(0);
  });

  it('cancels a callback and disarms when nothing waits', () => {
    const calls: string[] = [];
    const cancel = scheduler.at(now + 1_000, () => calls.push('a'));
    cancel();
    cancel();
    expect(scheduler.size).to.equal(0);
    expect(timers.armed.size).to.equal(0);
  });

  it('keeps going when one callback throws, and warns once for it', () => {
    const calls: string[] = [];
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      scheduler.at(now + 1_000, () => {
        throw new Error('broken element');
      });
      scheduler.at(now + 1_000, () => calls.push('b'));
      now += 1_000;
      expect(() => timers.fire()).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(calls).to.deep.equal(['b']);
    expect(warnings).to.have.length(1);
  });

  it('re-arms when the clock is corrected', () => {
    const calls: string[] = [];
    scheduler.at(now + 10 * 60_000, () => calls.push('start'));
    expect(timers.delay).to.equal(10 * 60_000);
    // The server says it is 7 minutes later than this device thinks.
    clock.observe(new Date(now + 7 * 60_000).toUTCString(), now);
    expect(timers.delay).to.equal(3 * 60_000);
    // The server says the start has already passed: it runs at once.
    clock.observe(new Date(now + 11 * 60_000).toUTCString(), now);
    expect(calls).to.deep.equal(['start']);
  });

  it('fires with real timers', async () => {
    const real = new Scheduler(new CorrectedClock());
    const fired = new Promise<number>((resolve) => real.at(Date.now() + 30, () => resolve(Date.now())));
    const at = await fired;
    expect(real.size).to.equal(0);
    expect(at).to.be.a('number');
  });
});
