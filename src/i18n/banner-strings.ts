/**
 * The banner's own words (one table per language in `languages/`). Times, relative times and durations come
 * from `Intl` and the time phrases (strings.ts), the shared labels from common-strings.ts; a
 * `strings` property on the element overrides any entry. Placeholders are `{name}`, filled by `fill`.
 */
import type { Phrase } from './strings.js';
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string the banner shows: the common ones (common-strings.ts) and its own. */
export type BannerStrings = ElementStrings<BannerOwnStrings>;

export interface BannerOwnStrings {
  /** The line shown with `show-operational` when nothing is wrong. */
  operational: string;
  /** A link to the status page when more items wait: "+{n} more" (by the plural of n). */
  more: Phrase;
  /** The dismiss button's accessible name: "Dismiss: {title}". */
  dismiss: string;
  /** Shows the rest of a long update. */
  showMore: string;
  /** Shows only its first line again. */
  showLess: string;
}

/** The banner's words for a BCP 47 tag, with any overrides applied. */
export function bannerStrings(locale: string, overrides?: StringOverrides<BannerOwnStrings>): BannerStrings {
  return elementStrings('banner', locale, overrides);
}
