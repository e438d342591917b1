/**
 * The indicator's own words (one table per language in `languages/`): the name of each overall
 * state but maintenance (common-strings.ts's `maintenance`, "Maintenance in progress"), and the
 * sentence around a state that names the indicator for screen readers, titles its tooltip and
 * announces a change. The error line is common-strings.ts's `unavailable`. A `strings` property on
 * the element overrides any entry. Placeholders are `{name}`, filled by `fill`.
 */
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string the indicator shows: the common ones (common-strings.ts) and its own. */
export type IndicatorStrings = ElementStrings<IndicatorOwnStrings>;

export interface IndicatorOwnStrings {
  /** The state when nothing is wrong. */
  operational: string;
  /** A component is slow, or a minor incident (or one of impact none) is open. */
  degraded: string;
  /** Part of the service is down: a component's partial outage, or a major incident. */
  partialOutage: string;
  /** A component's major outage, or a critical incident. */
  majorOutage: string;
  /**
   * The state in a sentence: the indicator's accessible name, the dot's tooltip, and the polite
   * announcement of a change ("Service status: {state}").
   */
  label: string;
}

/** The indicator's words for a BCP 47 tag, with any overrides applied. */
export function indicatorStrings(
  locale: string,
  overrides?: StringOverrides<IndicatorOwnStrings>,
): IndicatorStrings {
  return elementStrings('indicator', locale, overrides);
}
