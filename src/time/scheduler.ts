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

const globalTimers: TimerHost = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Scheduler {
  private entries: Entry[] = [];
  private handle: unknown;
  private armedFor: number | undefined;
  private detach: (() => void) | undefined;

  constructor(
    private readonly clock: Clock | CorrectedClock = sharedClock(),
    private readonly timers: TimerHost = globalTimers,
  ) {}

  /** Calls `callback` once at `at` (ms since the epoch, on this scheduler's clock). Returns a cancel function. */
  at(at: number, callback: () => void): () => void {
    const entry: Entry = { at, callback };
    const index = this.entries.findIndex((e) => e.at > at);
    if (index < 0) this.entries.push(entry);
    else this.entries.splice(index, 0, entry);
    this.attach();
    this.arm();
    return () => {
      const i = this.entries.indexOf(entry);
      if (i < 0) return;
      this.entries.splice(i, 1);
      this.arm();
    };
  }

  /** How many callbacks are waiting (for tests and leak checks). */
  get size(): number {
    return this.entries.length;
  }

  /** Runs every callback that is due now, then re-arms. */
  flush = (): void => {
    const now = this.clock.now();
    const due: Entry[] = [];
    while (this.entries.length && this.entries[0]!.at <= now) due.push(this.entries.shift()!);
    for (const entry of due) {
      try {
        entry.callback();
      } catch (error) {
        // A failing element must not stop the others' timers, nor throw into the host page.
        console.warn('status-widgets: a scheduled update failed', error);
      }
    }
    this.arm();
  };

  private arm(): void {
    const next = this.entries[0]?.at;
    if (next === this.armedFor && this.handle !== undefined) return;
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
    this.armedFor = next;
    if (next === undefined) {
      this.release();
      return;
    }
    const delay = Math.min(Math.max(0, next - this.clock.now()), MAX_TIMER_DELAY);
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined;
      this.armedFor = undefined;
      this.flush();
    }, delay);
  }

  /** Re-arms on clock corrections and when the page becomes visible; only while anything waits. */
  private attach(): void {
    if (this.detach) return;
    const unsubscribe = 'onChange' in this.clock ? this.clock.onChange(this.rearm) : undefined;
    const doc = typeof document === 'undefined' ? undefined : document;
    doc?.addEventListener('visibilitychange', this.onVisible);
    this.detach = () => {
      unsubscribe?.();
      doc?.removeEventListener('visibilitychange', this.onVisible);
    };
  }

  private release(): void {
    this.detach?.();
    this.detach = undefined;
  }

  private rearm = (): void => {
    this.armedFor = undefined;
    this.flush();
  };

  private onVisible = (): void => {
    if (document.visibilityState === 'visible') this.rearm();
  };
}

let pageScheduler: Scheduler | undefined;

/** The scheduler shared by every element on the page. */
export function sharedScheduler(): Scheduler {
  return (pageScheduler ??= new Scheduler());
}
