/**
 * The preview frame's clock: `Date.now()` and `new Date()` (without arguments) read the real
 * time plus an offset the playground's slider sets. Installed in the frame before the library
 * is imported, so the elements' shared clock (src/time/clock.ts, which keeps the `Date.now` it
 * finds when it is created) reads the moved time. Dates built from a value are untouched.
 */

export interface FakeClock {
  /** Milliseconds added to the real time. */
  offset: number;
  /** The real time, whatever the offset. */
  realNow(): number;
}

interface DateHost {
  Date: DateConstructor;
}

/** Replaces `host.Date` with one that reads the moved time; returns the handle that moves it. */
export function installFakeClock(host: DateHost, offset = 0): FakeClock {
  const RealDate = host.Date;
  const realNow = RealDate.now.bind(RealDate);
  const clock: FakeClock = { offset, realNow };
  const now = () => realNow() + clock.offset;
  host.Date = new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget: object) {
      return Reflect.construct(target, args.length ? args : [now()], newTarget as DateConstructor) as object;
    },
    apply() {
      // `Date()` called as a function gives the current time as text.
      return new RealDate(now()).toString();
    },
    get(target, key, receiver) {
      if (key === 'now') return now;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return clock;
}
