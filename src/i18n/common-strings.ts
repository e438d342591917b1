/**
 * The words every element shares: severity labels, the status of incidents, maintenance and
 * their updates, and the phase of a maintenance window. Each element's own words
 * (banner-strings.ts, notice-strings.ts, timeline-strings.ts) add to these, and its `strings`
 * property overrides any of them (`statuses` entry by entry). The words themselves, one module
 * per language, are in `languages/`.
 */
import type { UpdateStatus } from '../feed/schema.js';
import { languagePack, type LanguagePack } from './languages.js';

export interface CommonStrings {
  /** Severity labels, shown beside the icon so colour is never the only signal. */
  critical: string;
  major: string;
  minor: string;
  /** Labels for maintenance in progress and maintenance coming up. */
  maintenance: string;
  scheduled: string;
  /** The link to an item's own page. */
  details: string;
  /** Shown with `show-errors` when the feed cannot be read and nothing is known. */
  unavailable: string;
  /** A label before its value, punctuated as the language does it: "{label}:", "{label} :", "{label}：". */
  colon: string;
  /** An item's title after the name of its status page, in an element that reads several feeds: "{page}: {title}". */
  fromPage: string;
  /** The accessible name (and label) of the page's subscribe links: "Get updates". */
  getUpdates: string;
  /** The link to subscribe to the page's maintenance calendar (`page.subscribe.calendar`). */
  subscribeCalendar: string;
  /** The link to the page's Atom/RSS feed (`page.subscribe.atom`). */
  subscribeAtom: string;
  /** The link to sign up for e-mail updates (`page.subscribe.email`). */
  subscribeEmail: string;
  /** The link to get the updates in Slack (`page.subscribe.slack`). */
  subscribeSlack: string;
  /** The link to the page's webhooks (`page.subscribe.webhook`). */
  subscribeWebhook: string;
  /** The link to a resolved incident's post-incident review (`reportUrl`). */
  report: string;
  /** The status of an incident, a maintenance or one of their updates. */
  statuses: Record<UpdateStatus, string>;
}

/** An element's strings: the common ones and its own. */
export type ElementStrings<T> = CommonStrings & T;

/** What the `strings` property takes: any entry, and any single status word. */
export type StringOverrides<T> = Partial<Omit<ElementStrings<T>, 'statuses'>> & {
  statuses?: Partial<Record<UpdateStatus, string>>;
};

/**
 * An element's strings for a BCP 47 tag: the common table and the element's own (`part`) for the
 * nearest built-in language (languages.ts), then the overrides (the `strings` property), status
 * words one by one.
 */
export function elementStrings<Part extends 'banner' | 'notice' | 'timeline' | 'indicator' | 'components'>(
  part: Part,
  locale: string,
  overrides?: StringOverrides<LanguagePack[Part]>,
): ElementStrings<LanguagePack[Part]> {
  const pack = languagePack(locale);
  const common = pack.common;
  if (!overrides || typeof overrides !== 'object') return { ...common, ...pack[part] };
  return {
    ...common,
    ...pack[part],
    ...usable(overrides),
    statuses: { ...common.statuses, ...usable(overrides.statuses) },
  };
}

/**
 * The entries of an override that can stand in for a built-in string: text, or a table of plural
 * forms with an `other`. Anything else (`undefined`, a number) leaves the built-in string.
 */
function usable(overrides: object | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!overrides || typeof overrides !== 'object') return out;
  for (const [name, value] of Object.entries(overrides)) {
    if (
      typeof value === 'string' ||
      (name !== 'statuses' &&
        value &&
        typeof value === 'object' &&
        typeof (value as { other?: unknown }).other === 'string')
    ) {
      out[name] = value;
    }
  }
  return out;
}
