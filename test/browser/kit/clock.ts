/**
 * The clock the elements read (`sharedClock()`), for the tests: what time it is for them, moving
 * it, and putting it back after every test (a root-level `afterEach` hook, registered when a test
 * file imports this module, directly or through feeds.ts or elements.ts).
 */
import { sharedClock } from '../../../src/time/clock.js';

/** What time it is for the elements: the shared clock's now. */
export const now = (): number => sharedClock().now();

/**
 * Moves the shared clock (the one every element reads) to `at`, to the second, as a feed
 * response's `Date` header would. It goes back to the device clock first: once corrected, the
 * clock ignores a header within a minute of its correction (latency jitter), which would keep
 * it where an earlier call put it. (Within a minute of the device clock it stays uncorrected.)
 */
export function setClock(at: number): void {
  resetClock();
  sharedClock().observe(new Date(at).toUTCString(), Date.now());
}

/** Puts the shared clock back on the device clock; done after every test. */
export function resetClock(): void {
  sharedClock().observe(new Date().toUTCString(), Date.now());
}
afterEach(resetClock);
