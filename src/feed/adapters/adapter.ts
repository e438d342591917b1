/** The contract every foreign-format adapter fulfils. One adapter per file in this folder. */
import type { FeedDocument } from '../schema.js';
import type { FeedFormat } from '../model.js';
import type { Validated } from '../validate.js';

export interface Adapter {
  readonly format: Exclude<FeedFormat, 'native'>;
  /** Whether an already JSON-parsed document has this format's shape. Never throws. */
  detect(doc: unknown): boolean;
  /**
   * The document as a native feed. Problems name paths in the *foreign* document
   * (`incidents[3].incident_updates[0].created_at`), so users can find them in what they publish.
   */
  toNative(doc: unknown): Validated<FeedDocument>;
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
