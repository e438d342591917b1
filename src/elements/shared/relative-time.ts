/**
 * Text that changes with the clock ("starts in 3 hours", "ongoing for 2 hr, 10 min"): a Lit
 * directive that rewrites only its own text when the clock passes the next step, on the page's
 * shared scheduler, without re-rendering the element. Keep it outside live regions so screen
 * readers are not told every minute.
 */
import { isServer } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { formatDuration, formatRelative } from '../../time/format.js';
import { sharedClock } from '../../time/clock.js';
import { sharedScheduler } from '../../time/scheduler.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Wraps a phrase around the changing part, e.g. `(relative) => fill(strings.starts, { relative })`. */
export type RelativePhrase = (text: string) => string;

class TickingDirective extends AsyncDirective {
  private text: (now: number) => string = () => '';
  private next: (now: number) => number = (now) => now + MINUTE;
  private cancel: (() => void) | undefined;

  /** `text(now)` now and again at each instant `next(now)` returns (always later than `now`). */
  render(text: (now: number) => string, next: (now: number) => number): string {
    this.text = text;
    this.next = next;
    this.schedule();
    return text(sharedClock().now());
  }

  private schedule(): void {
    this.cancel?.();
    this.cancel = undefined;
    // On a server the text is rendered once: there is no part to rewrite later.
    if (!this.isConnected || isServer) return;
    this.cancel = sharedScheduler().at(this.next(sharedClock().now()), () => {
      this.cancel = undefined;
      this.setValue(this.text(sharedClock().now()));
      this.schedule();
    });
  }

  override disconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  override reconnected(): void {
    this.setValue(this.text(sharedClock().now()));
    this.schedule();
  }
}

/** A text that changes with the clock; see `relativeTime` and `elapsedTime`. */
export const ticking = directive(TickingDirective);

/**
 * `target` relative to now ("in 3 hours", "5 minutes ago") inside `phrase`: rewritten every
 * 10 s in the last minute and a half, every minute within six hours, every hour beyond.
 */
export function relativeTime(target: number, locale: string, phrase: RelativePhrase = (text) => text) {
  return ticking(
    (now) => phrase(formatRelative(target, now, locale)),
    (now) => {
      const distance = Math.abs(target - now);
      const step = distance < 90_000 ? 10_000 : distance < 6 * HOUR ? MINUTE : HOUR;
      return now + step - (now % step) + 50;
    },
  );
}

/** The whole minutes since `since` as a duration ("2 hr, 10 min") inside `phrase`, at each minute. */
export function elapsedTime(since: number, locale: string, phrase: RelativePhrase = (text) => text) {
  return ticking(
    (now) => phrase(formatDuration(Math.max(0, Math.floor((now - since) / MINUTE)), locale)),
    (now) => since + (Math.floor(Math.max(0, now - since) / MINUTE) + 1) * MINUTE,
  );
}
