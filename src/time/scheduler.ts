/**
 * One timer for the whole page: elements ask to be called back at an instant (a window's start,
 * its end, the moment it enters the `lead` period) and the scheduler keeps a single `setTimeout`
 * armed for the earliest of them. Delays are clamped to the browser's maximum (2^31 − 1 ms,
 * about 24.8 days); a far-off boundary simply re-arms when that timer fires. It re-checks when
 * the clock's correction changes and when the page becomes visible again (background tabs and
 * sleeping devices fire timers late).
 */
import { sharedClock, type Clock, type CorrectedClock } from './clock.js';

/** The largest delay `setTimeout` honours; larger values fire at once in every engine. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

interface Entry {
  at: number;
  callback: () => void;
}

export interface TimerHost {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class Scheduler {
  /** Calls `callback` once at `at` (ms since the epoch, on this scheduler's clock). Returns a cancel function. */
  readonly at: (at: number, callback: () => void) => () => void;

  /** Runs every callback that is due now, then re-arms. */
  readonly flush: () => void;

  readonly #entries: Entry[] = [];

  /** How many callbacks are waiting (for tests and leak checks). */
  get size(): number {
    return this.#entries.length;
  }

  constructor(clock: Clock | CorrectedClock = sharedClock(), timers: TimerHost = globalThis) {
    const entries = this.#entries;
    let handle: unknown;
    let armedFor: number | undefined;
    let detach: (() => void) | undefined;

    const flush = (this.flush = () => {
      const now = clock.now();
      const due: Entry[] = [];
      while (entries.length && entries[0]!.at <= now) due.push(entries.shift()!);
      for (const entry of due) {
        try {
          entry.callback();
        } catch (error) {
          // A failing element must not stop the others' timers, nor throw into the host page.
          console.warn('status-widgets: a scheduled update failed', error);
        }
      }
      arm();
    });

    const arm = () => {
      const next = entries[0]?.at;
      if (next === armedFor && handle !== undefined) return;
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
      armedFor = next;
      if (next === undefined) {
        detach?.();
        detach = undefined;
        return;
      }
      handle = timers.setTimeout(
        () => {
          handle = armedFor = undefined;
          flush();
        },
        Math.min(Math.max(0, next - clock.now()), MAX_TIMER_DELAY),
      );
    };

    const rearm = () => {
      armedFor = undefined;
      flush();
    };

    const onVisible = () => {
      if (document.visibilityState === 'visible') rearm();
    };

    this.at = (at, callback) => {
      const entry: Entry = { at, callback };
      const index = entries.findIndex((e) => e.at > at);
      entries.splice(index < 0 ? entries.length : index, 0, entry);
      // Re-arms on clock corrections and when the page becomes visible; only while anything waits.
      if (!detach) {
        const unsubscribe = 'onChange' in clock ? clock.onChange(rearm) : undefined;
        const doc = typeof document === 'undefined' ? undefined : document;
        doc?.addEventListener('visibilitychange', onVisible);
        detach = () => {
          unsubscribe?.();
          doc?.removeEventListener('visibilitychange', onVisible);
        };
      }
      arm();
      return () => {
        const i = entries.indexOf(entry);
        if (i < 0) return;
        entries.splice(i, 1);
        arm();
      };
    };
  }
}

let pageScheduler: Scheduler | undefined;

/** The scheduler shared by every element on the page. */
export function sharedScheduler(): Scheduler {
  return (pageScheduler ??= new Scheduler());
}
