/**
 * The public API but the calendar export and the three functions that read a feed (`parseFeed`,
 * `convertFeed`, `detectFormat`, which hold every vendor adapter): what the all-in CDN module
 * exports. api.ts adds those three (the classic script and the npm package export them);
 * `src/index.ts` adds `maintenanceToIcs` and `icsFileName`.
 *
 * What is here is what the README documents: the elements, their events and the types of what
 * they report, the feed layer, and the string types. Clocks, schedulers, the feed client and
 * the element base are internal (they may change in any release). `test/node/exports.test.ts`
 * keeps this list and the README's in step.
 */
export * from './feed/exports.js';

export { StatusBanner } from './elements/status-banner/status-banner.js';
export { MaintenanceNotice } from './elements/maintenance-notice/maintenance-notice.js';
export { IncidentTimeline } from './elements/incident-timeline/incident-timeline.js';
export { StatusIndicator } from './elements/status-indicator/status-indicator.js';
export type { IndicatorVariant } from './elements/status-indicator/status-indicator.js';
export { ComponentStatusElement } from './elements/component-status/component-status.js';

export {
  StatusLoadEvent,
  StatusErrorEvent,
  StatusChangeEvent,
  StatusDismissEvent,
} from './elements/shared/events.js';
export type { StatusChangeDetail, StatusDismissDetail, StatusLoadDetail } from './elements/shared/events.js';
export type { StatusErrorDetail, StatusErrorKind } from './client/errors.js';
export type { FeedSource } from './client/feed-client.js';
export type { BannerPhase } from './select/banner.js';
export type { NoticeEntry } from './select/notice.js';
export type { IncidentPhase, MaintenancePhase, MaintenanceState } from './time/phase.js';
export type { TimeWindow } from './time/recurrence.js';
export type { IndicatorState } from './select/indicator.js';

export { SUPPORTED_LOCALES } from './i18n/locale.js';
export type { BannerStrings, BannerOwnStrings } from './i18n/banner-strings.js';
export type { NoticeStrings, NoticeOwnStrings } from './i18n/notice-strings.js';
export type { TimelineStrings, TimelineOwnStrings } from './i18n/timeline-strings.js';
export type { IndicatorStrings, IndicatorOwnStrings } from './i18n/indicator-strings.js';
export type { ComponentStatusStrings, ComponentStatusOwnStrings } from './i18n/component-strings.js';
export type { CommonStrings, StringOverrides } from './i18n/common-strings.js';
