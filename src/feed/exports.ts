/**
 * The feed layer's public exports but the three functions that read a feed (`parseFeed`,
 * `convertFeed`, `detectFormat`, in index.ts), which load every vendor adapter with them: what
 * the all-in CDN module exports, whose elements load an adapter only for a vendor's feed.
 */
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
