/**
 * One conditional request for a feed, with a timeout and a body size limit. It never throws:
 * every outcome, including every fault, comes back as a value.
 */
import { tooLargeMessage as tooLarge, type StatusErrorDetail } from './errors.js';

/** The longest wait a `Retry-After` can ask for: a day. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

export interface FetchFeedOptions {
  url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Abort after this long (ms). */
  timeoutMs: number;
  /** Refuse bodies larger than this (bytes). */
  maxBytes: number;
  credentials: RequestCredentials;
  /** Aborts the request when the caller no longer needs it. */
  signal?: AbortSignal | undefined;
  /**
   * The best estimate of the server's time (ms since the epoch), for an HTTP-date `Retry-After`
   * on a response without a `Date` header (default: the device clock).
   */
  now?: (() => number) | undefined;
}

interface Common {
  /** The response's `Date` header, for the clock correction. */
  date?: string | undefined;
  /** Device time when the response arrived. */
  receivedAt: number;
}

export type FetchOutcome =
  | (Common & {
      type: 'modified';
      text: string;
      etag?: string | undefined;
      lastModified?: string | undefined;
    })
  | (Common & { type: 'not-modified' })
  | (Common & {
      type: 'error';
      error: Omit<StatusErrorDetail, 'url'>;
      /** How long the server asked to wait (`Retry-After`), at most a day. */
      retryAfterMs?: number | undefined;
    })
  | { type: 'aborted' };

/** Content types a JSON feed may come with; `text/plain` is what raw file hosts send. */
const JSON_TYPE = /^(application\/(json|[\w.+-]+\+json)|text\/(json|plain))\s*(;|$)/i;

/**
 * `Retry-After` as a wait in milliseconds, clamped to [0, a day]: delta-seconds, or an HTTP date
 * read against the server's own clock, its response's `Date` header when there is one (a server
 * whose clock is an hour off still means "in a minute"), else `now`.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  date: string | null | undefined,
  now: number,
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let wait: number;
  if (/^\d+$/.test(text)) wait = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    const serverNow = Date.parse(date ?? '');
    wait = at - (Number.isNaN(serverNow) ? now : serverNow);
  }
  return Math.min(Math.max(0, wait), MAX_RETRY_AFTER_MS);
}

export async function fetchFeed(options: FetchFeedOptions): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const fail = (
    error: Omit<StatusErrorDetail, 'url'>,
    extra: Partial<Common> & { retryAfterMs?: number } = {},
  ) => ({ type: 'error', error, receivedAt: Date.now(), ...extra }) as const;

  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    let response: Response;
    try {
      response = await fetch(options.url, {
        headers,
        credentials: options.credentials,
        // The client does its own revalidation; the HTTP cache must not answer for the server.
        cache: 'no-cache',
        signal: controller.signal,
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      if (options.signal?.aborted) return { type: 'aborted' };
      const message = timedOut
        ? `no answer within ${options.timeoutMs / 1000} s`
        : describeFetchFailure(error);
      return fail({ kind: 'network', message });
    }
    const receivedAt = Date.now();
    const date = response.headers.get('date') ?? undefined;
    const common = { receivedAt, date };

    if (response.status === 304) return { type: 'not-modified', ...common };
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(
        response.headers.get('retry-after'),
        date,
        options.now?.() ?? receivedAt,
      );
      void response.body?.cancel().catch(() => undefined);
      return fail(
        {
          kind: 'http',
          status: response.status,
          message: `the server answered ${response.status} ${response.statusText}`.trim(),
        },
        { ...common, retryAfterMs },
      );
    }
    const type = response.headers.get('content-type');
    if (type && !JSON_TYPE.test(type)) {
      void response.body?.cancel().catch(() => undefined);
      return fail(
        {
          kind: 'http',
          status: response.status,
          message: `expected JSON but the server sent ${type.split(';')[0]}`,
        },
        common,
      );
    }
    const length = Number(response.headers.get('content-length'));
    if (length > options.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return fail({ kind: 'http', status: response.status, message: tooLarge(options.maxBytes) }, common);
    }
    const body = await readLimited(response, options.maxBytes);
    if (body === undefined) {
      return fail({ kind: 'http', status: response.status, message: tooLarge(options.maxBytes) }, common);
    }
    return {
      type: 'modified',
      text: body,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      ...common,
    };
  } catch (error) {
    // The body stream failed or was aborted part-way.
    if (options.signal?.aborted) return { type: 'aborted' };
    const message = timedOut
      ? `the body did not arrive within ${options.timeoutMs / 1000} s`
      : describeFetchFailure(error);
    return fail({ kind: 'network', message });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function describeFetchFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return `the request failed (${text || 'network error'})`;
}

/** The body as text, or `undefined` once it grows past `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
