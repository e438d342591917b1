/**
 * The time the widgets consider "now": the device clock, corrected by the `Date` header of the
 * feed's responses when the two disagree by more than a minute (a laptop with a wrong clock must
 * not show a window as over before it starts). Tests inject their own time source.
 */

/** Differences up to this are network latency and header rounding, not a wrong clock. */
export const SKEW_TOLERANCE_MS = 60_000;

export interface Clock {
  now(): number;
}

type Listener = () => void;

export class CorrectedClock implements Clock {
  #offset = 0;
  readonly #listeners = new Set<Listener>();
  readonly #source: () => number;

  constructor(source: () => number = Date.now) {
    this.#source = source;
  }

  now(): number {
    return this.#source() + this.#offset;
  }

  /** Milliseconds added to the device clock (server time minus device time), 0 when trusted. */
  get correction(): number {
    return this.#offset;
  }

  /**
   * Takes a response's `Date` header, received at device time `receivedAt`. Returns whether the
   * correction changed. Headers that do not parse are ignored.
   */
  observe(dateHeader: string | null | undefined, receivedAt: number = this.#source()): boolean {
    const server = Date.parse(dateHeader || '');
    if (Number.isNaN(server)) return false;
    const skew = server - receivedAt;
    const next = Math.abs(skew) > SKEW_TOLERANCE_MS ? skew : 0;
    const offset = this.#offset;
    // Once corrected, latency jitter within the tolerance does not move the correction again.
    if (next === 0 ? offset === 0 : offset !== 0 && Math.abs(next - offset) <= SKEW_TOLERANCE_MS)
      return false;
    this.#offset = next;
    this.#listeners.forEach((listener) => listener());
    return true;
  }

  /** Called whenever the correction changes; returns a function that unsubscribes. */
  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

let pageClock: CorrectedClock | undefined;

/** The clock shared by every element on the page. */
export function sharedClock(): CorrectedClock {
  return (pageClock ??= new CorrectedClock());
}
