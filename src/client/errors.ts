/** What went wrong with a feed, as `status-error` events and console warnings report it. */

/**
 * `network`: no answer (offline, DNS, CORS, timeout). `http`: an answer that is not a feed
 * (4xx/5xx, wrong content type, too large). `parse`: not JSON. `schema`: JSON that is not a
 * feed this library can read.
 */
export type StatusErrorKind = 'network' | 'http' | 'parse' | 'schema';

export interface StatusErrorDetail {
  readonly kind: StatusErrorKind;
  /** The feed URL. */
  readonly url: string;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** A readable explanation, naming the field path for schema errors. */
  readonly message: string;
  /** The failing field path for `schema` errors (`maintenances[2].endsAt`). */
  readonly path?: string;
  /** When the client will try again (ms since the epoch), if it will. */
  readonly retryAt?: number;
}

/** The one-line console warning for an error. */
export function describeError(error: StatusErrorDetail): string {
  const status = error.status === undefined ? '' : ` ${error.status}`;
  return `status-widgets: ${error.kind}${status} error for ${error.url}: ${error.message}`;
}
