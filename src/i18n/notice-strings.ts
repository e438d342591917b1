/**
 * `<maintenance-notice>`'s own words (one table per language in `languages/`); the shared labels and status
 * words come from common-strings.ts, times and schedules from `Intl` and strings.ts. The
 * element's `strings` property overrides any entry. Placeholders are `{name}`, filled by `fill`.
 */
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string the notice shows: the common ones (common-strings.ts) and its own. */
export type NoticeStrings = ElementStrings<NoticeOwnStrings>;

export interface NoticeOwnStrings {
  /** Phase badge of a window that has not started (in progress, completed and cancelled use `statuses`). */
  upcoming: string;
  /** Label of the window's times. */
  when: string;
  /** Beside the window in the viewer's zone when the page's zone is shown too. */
  yourTime: string;
  /** Beside the window in the status page's zone: "{zone} time" ("America/Los_Angeles time"). */
  pageTime: string;
  /** Label of a recurring schedule in words. */
  schedule: string;
  /** Heading of the next occurrences of a recurring window. */
  nextWindows: string;
  /** Label of the affected components and regions. */
  affects: string;
  /** Heading and caption of the availability table. */
  availability: string;
  /** The table's column headers. */
  service: string;
  duringWindow: string;
  /** The table's cells. */
  available: string;
  notAvailable: string;
  /** Heading of the reason for a long window. */
  reason: string;
  /** Heading of the recommendations. */
  recommendations: string;
  /** Heading of the questions and answers. */
  faq: string;
  /** Heading of the note shown once the window has ended. */
  afterNote: string;
  /** Heading of the latest update. */
  latestUpdate: string;
  /** The calendar download button. */
  addToCalendar: string;
  /** The link to the status page. */
  statusPage: string;
  /** Shown with `show-empty` when no window is selected. */
  empty: string;
}

/** The notice's words for a BCP 47 tag, with any overrides applied. */
export function noticeStrings(locale: string, overrides?: StringOverrides<NoticeOwnStrings>): NoticeStrings {
  return elementStrings('notice', locale, overrides);
}
