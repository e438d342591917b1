/**
 * What every status element shares: the common attributes of the design, the feed controller,
 * the viewer's locale and zone, and re-rendering at the exact instant a phase changes (on the
 * page's shared scheduler, never by polling). Not registered; subclasses are.
 */
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FeedFormat, FeedModel } from '../../feed/model.js';
import { resolveLocale } from '../../i18n/locale.js';
import { isTimeZone } from '../../time/instant.js';
import { sharedClock } from '../../time/clock.js';
import { sharedScheduler } from '../../time/scheduler.js';
import { viewerTimeZone } from '../../time/zone.js';
import { makeFilter, type ItemFilter } from '../../select/filter.js';
import { FeedController } from './feed-controller.js';

export abstract class StatusElement extends LitElement {
  /** URL of the status feed (native format, or a Statuspage, incident.io, Instatus or Better Stack document). */
  @property() src?: string;

  /** Seconds between polls; 0 fetches once. */
  @property({ type: Number }) interval = 60;

  /** A feed object or JSON text given directly (frameworks, SSR, tests); when set, `src` is not fetched. */
  @property({ attribute: false }) feed?: unknown;

  /** Read the feed as this format instead of detecting it: `native`, `statuspage`, `incidentio`, `instatus`, `betterstack`. */
  @property() format?: FeedFormat;

  /** Send cookies with the feed request (`credentials: 'include'`). */
  @property({ type: Boolean, attribute: 'with-credentials' }) withCredentials = false;

  /** Only items touching these components (comma list of ids or names, any case). */
  @property() components?: string;

  /** Only items touching these regions (comma list of ids or names, any case). */
  @property() regions?: string;

  /** BCP 47 language tag; default: the nearest `lang` attribute, then the browser's language. */
  @property() locale?: string;

  /** IANA time zone to show times in; default: the viewer's own. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `light`, `dark` or `auto` (follows the operating system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  protected readonly data = new FeedController(this);

  /** Re-rendered at each phase boundary; the instant the current render is for. */
  @state() protected now = sharedClock().now();

  private cancelBoundary: (() => void) | undefined;

  protected get model(): FeedModel | undefined {
    return this.data.model;
  }

  protected get resolvedLocale(): string {
    return resolveLocale(this.locale, this);
  }

  protected get resolvedTimeZone(): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : viewerTimeZone();
  }

  protected get filter(): ItemFilter {
    return makeFilter(this.components, this.regions);
  }

  /** The next instant at which what this element shows changes by the clock alone. */
  protected abstract nextBoundary(now: number): number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Render again on (re)connection: that re-arms the phase timer `disconnectedCallback`
    // cancelled, even when the clock has not moved since the last render.
    this.now = sharedClock().now();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelBoundary?.();
    this.cancelBoundary = undefined;
  }

  protected override willUpdate(): void {
    this.now = sharedClock().now();
  }

  protected override updated(): void {
    this.cancelBoundary?.();
    this.cancelBoundary = undefined;
    const at = this.model ? this.nextBoundary(this.now) : undefined;
    if (at !== undefined && this.isConnected) {
      this.cancelBoundary = sharedScheduler().at(at, () => {
        this.cancelBoundary = undefined;
        this.requestUpdate();
      });
    }
  }
}
