/**
 * The test clock: the clock every element reads (`sharedClock()`) and the scheduler they arm
 * their boundaries and countdown ticks on (`sharedScheduler()`), under the test's control.
 *
 * - By default it is the device clock: tests of real time over real HTTP (polling, Retry-After)
 *   run as in a page.
 * - `setClock(at)` stops it at `at`. It stays there, to the millisecond, until the test moves it:
 *   `await advance(ms)` / `await advanceTo(at)` go forward and run every callback the scheduler
 *   holds on the way at its own instant, in order, letting elements render between two (a
 *   phase switch arms the next boundary in its update). Nothing waits on real time.
 * - After every test (a root-level `afterEach` hook, registered when a test file imports this
 *   module, directly or through feeds.ts or elements.ts) it is the device clock again.
 *
 * How, with no test hook in src/: the shared clock reads the time source it was constructed with
 * (`Date.now` by default) and is created on first use. This module creates it first, with
 * `Date.now` swapped, for that one call, for `source` below (the frozen time when there is one,
 * else `Date.now()`). The shared scheduler keeps its real timers (they find nothing due while
 * the clock stands still); this module wraps its `at` to know which instants wait, and calls its
 * `flush()` at each of them.
 */
import { sharedClock } from '../../../src/time/clock.js';
import { sharedScheduler, type Scheduler } from '../../../src/time/scheduler.js';
import { nextTask } from '../client/client-helpers.js';

let frozen: number | undefined;
const source = () => frozen ?? Date.now();

const deviceNow = Date.now;
Date.now = source;
try {
  sharedClock();
} finally {
  Date.now = deviceNow;
}
frozen = 0;
const installed = sharedClock().now() === sharedClock().correction;
frozen = undefined;
if (!installed) {
  throw new Error(
    'kit/clock.ts: the shared clock was created before this module was imported; import the kit first',
  );
}

/** The instants callbacks wait for on the shared scheduler, as it was asked for them. */
const waiting = new Set<{ at: number }>();
const scheduler: Scheduler = sharedScheduler();
const schedule = scheduler.at;
(scheduler as { at: Scheduler['at'] }).at = (at, callback) => {
  const entry = { at };
  waiting.add(entry);
  const cancel = schedule(at, () => {
    waiting.delete(entry);
    callback();
  });
  return () => {
    waiting.delete(entry);
    cancel();
  };
};

/** What time it is for the elements: the shared clock's now. */
export const now = (): number => sharedClock().now();

/** Whether the clock stands still (`setClock`), rather than following the device clock. */
export const isFrozen = (): boolean => frozen !== undefined;

/** The instants the shared scheduler waits for, earliest first. */
export const scheduled = (): number[] => [...waiting].map((entry) => entry.at).sort((a, b) => a - b);

/**
 * Stops the clock at `at` (ms since the epoch) until the test moves it. Callbacks that were
 * waiting for an instant up to `at` run at once, as after a sleeping laptop wakes up.
 */
export function setClock(at: number): void {
  clearCorrection();
  frozen = at;
  scheduler.flush();
}

/** Moves the stopped clock `ms` forward; see `advanceTo`. */
export function advance(ms: number): Promise<void> {
  if (frozen === undefined) throw new Error('advance(): stop the clock with setClock() first');
  return advanceTo(frozen + ms);
}

/**
 * Moves the stopped clock forward to `at`: to each instant a callback waits for on the way, in
 * order, running what is due there and letting the page render before the next (an element
 * arms its next boundary when it renders), then to `at`.
 */
export async function advanceTo(at: number): Promise<void> {
  if (frozen === undefined) throw new Error('advanceTo(): stop the clock with setClock() first');
  if (at < frozen) throw new Error(`advanceTo(): ${new Date(at).toISOString()} is in the past`);
  for (let steps = 0; ; steps++) {
    if (steps > 10_000) throw new Error('advanceTo(): callbacks keep scheduling callbacks');
    await rendered();
    const next = scheduled()[0];
    if (next === undefined || next > at) break;
    frozen = Math.max(frozen, next);
    scheduler.flush();
  }
  frozen = at;
  scheduler.flush();
  await rendered();
}

/** Puts the clock back on the device clock, uncorrected; done after every test. */
export function resetClock(): void {
  frozen = undefined;
  clearCorrection();
  scheduler.flush();
}
afterEach(resetClock);

/** Drops a correction a feed's `Date` header made (the skew from the source is 0 again). */
function clearCorrection(): void {
  const at = source();
  sharedClock().observe(new Date(at).toUTCString(), at - (at % 1000));
}

/** Lets updates requested by the callbacks that ran (Lit renders in a microtask) happen. */
async function rendered(): Promise<void> {
  // A message-channel turn, not setTimeout: background pages (Firefox) clamp timers to 1 s.
  await nextTask();
}
