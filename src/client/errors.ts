/** What went wrong with a feed, as `status-error` events and console warnings report it. */

/**
 * `network`: no answer (offline, DNS, CORS, timeout). `http`: an answer that is not a feed
 * (4xx/5xx, wrong content type, too large). `parse`: not JSON. `schema`: JSON that is not a
 * feed this library can read (for the `feed` property, also one over the size limit).
 */
export type StatusErrorKind = 'network' | 'http' | 'parse' | 'schema';

export interface StatusErrorDetail {
  readonly kind: StatusErrorKind;
  /** The feed URL; empty for the element's `feed` property (see `source`). */
  readonly url: string;
  /**
   * `property` when the feed came from the element's `feed` property rather than from a URL;
   * absent for a feed URL.
   */
  readonly source?: 'property';
  /** For a document of a `feed` array: its position in the array (else undefined). */
  readonly index?: number | undefined;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** A readable explanation, naming the field path for schema errors. */
  readonly message: string;
  /** The failing field path for `schema` errors (`maintenances[2].endsAt`). */
  readonly path?: string;
  /**
   * When the client will try again, if it will: ms since the epoch on the server-corrected
   * clock (`sharedClock().now()`), so it matches the server's `Retry-After` date.
   */
  readonly retryAt?: number;
}

/** The one-line console warning for an error. */
export function describeError(error: StatusErrorDetail): string {
  const status = error.status === undefined ? '' : ` ${error.status}`;
  const where =
    error.source !== 'property'
      ? error.url
      : `the feed property${error.index === undefined ? '' : ` [${error.index}]`}`;
  return `status-widgets: ${error.kind}${status} error for ${where}: ${error.message}`;
}

/** "1 MB", "1.5 MB", "500 KB", "900 bytes": decimal units, as the documentation states limits. */
export function formatBytes(bytes: number): string {
  const round = (n: number) => String(Math.round(n * 10) / 10);
  if (bytes >= 1_000_000) return `${round(bytes / 1_000_000)} MB`;
  if (bytes >= 1000) return `${round(bytes / 1000)} KB`;
  return `${bytes} bytes`;
}

/** The message for a feed over the size limit. */
export function tooLargeMessage(maxBytes: number): string {
  return `the feed is larger than the ${formatBytes(maxBytes)} limit`;
}
