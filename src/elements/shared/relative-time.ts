/**
 * A Lit directive for a ticking relative time ("starts in 3 hours"): it rewrites only its own
 * text as time passes, on the page's shared scheduler, without re-rendering the element. Keep
 * it outside live regions so screen readers are not told every minute.
 */
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { formatRelative } from '../../time/format.js';
import { sharedClock } from '../../time/clock.js';
import { sharedScheduler } from '../../time/scheduler.js';

/** Wraps the relative phrase, e.g. `(relative) => fill(strings.starts, { relative })`. */
export type RelativePhrase = (relative: string) => string;

class RelativeTimeDirective extends AsyncDirective {
  private target = 0;
  private locale = 'en';
  private phrase: RelativePhrase = (relative) => relative;
  private cancel: (() => void) | undefined;

  render(target: number, locale: string, phrase?: RelativePhrase): string {
    this.target = target;
    this.locale = locale;
    if (phrase) this.phrase = phrase;
    this.schedule();
    return this.text();
  }

  private text(): string {
    return this.phrase(formatRelative(this.target, sharedClock().now(), this.locale));
  }

  /** Next tick: every minute within a few hours, every hour beyond, every 10 s in the last minute. */
  private schedule(): void {
    this.cancel?.();
    if (!this.isConnected) return;
    const now = sharedClock().now();
    const distance = Math.abs(this.target - now);
    const step = distance < 90_000 ? 10_000 : distance < 6 * 3_600_000 ? 60_000 : 3_600_000;
    this.cancel = sharedScheduler().at(now + step - (now % step) + 50, () => {
      this.cancel = undefined;
      this.setValue(this.text());
      this.schedule();
    });
  }

  override disconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  override reconnected(): void {
    this.setValue(this.text());
    this.schedule();
  }
}

export const relativeTime = directive(RelativeTimeDirective);
