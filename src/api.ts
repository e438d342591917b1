/**
 * The public API except the calendar export: what the CDN bundle exposes. `src/index.ts` adds
 * `maintenanceToIcs` and `icsFileName`; the CDN bundle loads them only when a user asks for a
 * calendar file.
 */
export * from './feed/index.js';

export {
  maintenanceState,
  windowAt,
  isWithinLead,
  nextMaintenanceBoundary,
  incidentPhase,
  incidentDurationMinutes,
} from './time/phase.js';
export type { MaintenancePhase, MaintenanceState, IncidentPhase } from './time/phase.js';
export { occurrencesAfter, currentOrNextOccurrence, previousOccurrence } from './time/recurrence.js';
export type { TimeWindow } from './time/recurrence.js';
export {
  formatWindow,
  formatInstant,
  formatRelative,
  formatDuration,
  describeRecurrence,
} from './time/format.js';
export { CorrectedClock, sharedClock } from './time/clock.js';
export type { Clock } from './time/clock.js';
export { Scheduler, sharedScheduler } from './time/scheduler.js';
export { resolveLocale, SUPPORTED_LOCALES } from './i18n/locale.js';

export { FeedClient } from './client/feed-client.js';
export type { FeedClientOptions, FeedListener, FeedSnapshot, FeedSource } from './client/feed-client.js';
export type { StatusErrorDetail, StatusErrorKind } from './client/errors.js';
export { FeedController } from './elements/shared/feed-controller.js';
export type { FeedHost, FeedState } from './elements/shared/feed-controller.js';
export { StatusLoadEvent, StatusErrorEvent } from './elements/shared/events.js';
export type { StatusLoadDetail } from './elements/shared/events.js';
export type { StatusChangeDetail, StatusDismissDetail } from './elements/shared/events.js';
export { StatusChangeEvent, StatusDismissEvent } from './elements/shared/events.js';
export { defineElement } from './elements/shared/define.js';

export { StatusBanner } from './elements/status-banner/status-banner.js';
export type { BannerStrings } from './i18n/banner-strings.js';
export { MaintenanceNotice } from './elements/maintenance-notice/maintenance-notice.js';
export { IncidentTimeline } from './elements/incident-timeline/incident-timeline.js';
export type { NoticeStrings, NoticeOwnStrings } from './i18n/notice-strings.js';
export type { TimelineStrings, TimelineOwnStrings } from './i18n/timeline-strings.js';
export type { BannerOwnStrings } from './i18n/banner-strings.js';
export type { CommonStrings, StringOverrides } from './i18n/common-strings.js';
