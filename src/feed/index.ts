/**
 * `status-widgets/feed`: the headless data layer — read, validate and normalise status feeds
 * in the native format or a vendor's. No DOM elements are defined by importing it.
 */
export { parseFeed, convertFeed, detectFormat } from './parse.js';
export type { ParseOptions, ConvertResult } from './parse.js';
export { FeedError, ISSUE_LIMIT, formatIssue } from './errors.js';
export type { FeedErrorKind, FeedIssue } from './errors.js';
export { FEED_FORMATS } from './model.js';
export type {
  FeedFormat,
  FeedModel,
  FeedItem,
  Incident,
  Maintenance,
  ParseResult,
  Recurrence,
  StatusComponent,
  StatusPage,
  StatusRegion,
  StatusUpdate,
} from './model.js';
export type {
  FeedInput,
  StatuspageDocument,
  IncidentioDocument,
  InstatusDocument,
  BetterStackDocument,
} from './input.js';
export { FEED_LIMITS, FeedSchema } from './schema.js';
export type {
  ComponentStatus,
  FeedData,
  FeedDocument,
  Impact,
  IncidentStatus,
  MaintenanceStatus,
  UpdateStatus,
} from './schema.js';
