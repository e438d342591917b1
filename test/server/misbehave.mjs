// A misbehaving feed server for the browser tests, as Koa middleware for web-test-runner's
// `middleware: [...]`. Tests talk to it with real fetch() over HTTP, on the same origin as the
// test page.
//
// URL scheme
// ----------
//   GET /__feed/<name>?status=500&delay=300&truncate=120&etag=v1&lastModified=<http-date>
//                     &contentType=text/html&retryAfter=5&date=<http-date | skew:+3600>
//                     &body=<inline override>&slowBody=<ms>&chunks=<n>&id=<counter key>
//
//   <name>        a file under test/fixtures/ or, failing that, demo/feeds/ (sub-folders allowed,
//                 `..` rejected with 400), or `state:<key>` for a document stored with
//                 PUT /__feed-state/<key> (see below). A missing file answers 404.
//   status        answer this status code. For codes >= 300 the body is a short JSON error
//                 ({"error": "Service Unavailable", "status": 503}) unless `body` is given; for 2xx
//                 codes the file is served with that status (204 has no body).
//   retryAfter    sets Retry-After verbatim (seconds or an HTTP date).
//   delay         milliseconds to wait before sending the headers.
//   slowBody      milliseconds to pause between body chunks; the body is streamed in `chunks`
//                 pieces (default 4), so the whole body takes (chunks - 1) * slowBody ms.
//   truncate      cut the body to its first N bytes (Content-Length says N, so the response
//                 itself is well-formed; the JSON inside is not).
//   contentType   Content-Type to send (default application/json).
//   date          Date header: an HTTP date, or `skew:+3600` / `skew:-90` = the server's clock
//                 shifted by that many seconds. (An unescaped `+` arrives as a space; that is
//                 understood too.)
//   etag          ETag to send (quoted for you unless it already is, W/ allowed). A request whose
//                 If-None-Match matches it gets 304 with no body.
//   lastModified  Last-Modified to send (HTTP date). A request whose If-Modified-Since is at or
//                 after it gets 304 with no body (only when there is no If-None-Match, per RFC 9110).
//   body          inline body to send instead of the file (works with any status).
//   id            key for the request counter; without it the counter key is the path
//                 (e.g. `/__feed/hello.json`).
//
// Every answer from this middleware carries `Cache-Control: no-store`, so browser caches never
// hide a request from the counter. (web-test-runner's own cache middleware would mark any path
// with a file extension as cacheable for a year; that is why responses are written to the raw
// Node response instead of through Koa.)
//
// Request counter
//   GET    /__count?id=KEY         -> {"count": N}   (or ?path=/__feed/hello.json)
//   GET    /__count                -> {"counts": {"KEY": N, ...}}
//   POST   /__count/reset?id=KEY   -> resets it (no id/path: resets every counter)
//   DELETE /__count?id=KEY         -> same as the reset
//   Requests are counted when they arrive, before any delay.
//
// Live-changing feeds
//   PUT    /__feed-state/<key>     body = the document; stored as-is (send JSON, or anything else
//                                  on purpose). /__feed/state:<key> then serves it with an ETag
//                                  derived from its content (override with ?etag=), so a later PUT
//                                  changes both the body and the validator.
//   DELETE /__feed-state/<key>     forgets it (later requests get 404).
//
// Environment
//   GET    /__env                  -> {"tz": <TZ of the test runner process or null>}, so a test can
//                                  check that the browser really runs in the time zone asked for.
//
// All browsers of a run share this one server (and its counters and stored states), and they
// run at the same time: give every test its own `id` / state key (e.g. with a random suffix).

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Folders a feed name is looked up in, first match wins. */
export const DEFAULT_FEED_ROOTS = [path.join(REPO_ROOT, 'test/fixtures'), path.join(REPO_ROOT, 'demo/feeds')];

const MAX_STATE_BYTES = 1024 * 1024;
const MAX_DELAY_MS = 60_000;

class HttpError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Creates the middleware. Each instance has its own counters and stored states.
 * @param {{ roots?: string[] }} [options]
 */
export function misbehave({ roots = DEFAULT_FEED_ROOTS } = {}) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  /** @type {Map<string, Buffer>} */
  const states = new Map();

  /** @param {import('koa').Context} ctx @param {() => Promise<unknown>} next */
  return async function misbehaveMiddleware(ctx, next) {
    const p = ctx.path;
    const isOurs =
      p.startsWith('/__feed/') ||
      p === '/__count' ||
      p === '/__count/reset' ||
      p.startsWith('/__feed-state/') ||
      p === '/__env';
    if (!isOurs) return next();

    try {
      if (p.startsWith('/__feed/')) return await serveFeed(ctx, counts, states, roots);
      if (p === '/__count' || p === '/__count/reset') return handleCount(ctx, counts);
      if (p.startsWith('/__feed-state/')) return await handleState(ctx, states);
      return send(
        ctx,
        200,
        { 'Content-Type': 'application/json' },
        JSON.stringify({ tz: process.env.TZ ?? null }),
      );
    } catch (caught) {
      const error =
        caught instanceof URIError ? new HttpError(400, 'malformed percent-encoding in the path') : caught;
      if (!(error instanceof HttpError)) throw error;
      return send(ctx, error.status, { 'Content-Type': 'text/plain; charset=utf-8' }, `${error.message}\n`);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// /__feed/<name>

/**
 * @param {import('koa').Context} ctx
 * @param {Map<string, number>} counts
 * @param {Map<string, Buffer>} states
 * @param {string[]} roots
 */
async function serveFeed(ctx, counts, states, roots) {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') throw new HttpError(405, 'GET or HEAD only');
  const q = ctx.query;
  const param = (name) => (Array.isArray(q[name]) ? q[name].at(-1) : q[name]);

  const key = param('id') ?? ctx.path;
  counts.set(key, (counts.get(key) ?? 0) + 1);

  const status = intParam(param('status'), 'status', 200, 599) ?? 200;
  const delay = intParam(param('delay'), 'delay', 0, MAX_DELAY_MS) ?? 0;
  const truncate = intParam(param('truncate'), 'truncate', 0, Number.MAX_SAFE_INTEGER);
  const slowBody = intParam(param('slowBody'), 'slowBody', 0, MAX_DELAY_MS);
  const chunks = intParam(param('chunks'), 'chunks', 1, 1000) ?? 4;

  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': param('contentType') ?? 'application/json' };
  if (param('retryAfter') !== undefined) headers['Retry-After'] = param('retryAfter');
  if (param('date') !== undefined) headers['Date'] = dateHeader(param('date'));

  // Find the body (before the delay, so a bad request fails fast).
  const name = decodeURIComponent(ctx.path.slice('/__feed/'.length));
  let body;
  let etag = param('etag');
  if (param('body') !== undefined) {
    body = Buffer.from(param('body'));
  } else if (status >= 300 || status === 204) {
    body =
      status === 204
        ? Buffer.alloc(0)
        : Buffer.from(JSON.stringify({ error: STATUS_CODES[status] ?? 'Error', status }));
  } else if (name.startsWith('state:')) {
    body = states.get(name.slice('state:'.length));
    if (!body) throw new HttpError(404, `no state stored for ${name}`);
    etag ??= `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  } else {
    body = await readFeedFile(name, roots);
  }

  if (etag !== undefined) headers['ETag'] = quoteEtag(etag);
  if (param('lastModified') !== undefined) headers['Last-Modified'] = param('lastModified');

  await sleep(delay, ctx);

  // Conditional requests only make sense for successful answers.
  if (status >= 200 && status < 300 && isNotModified(ctx, headers)) {
    const { 'Content-Type': _, ...rest } = headers;
    return send(ctx, 304, rest, null);
  }

  if (truncate !== undefined) body = body.subarray(0, truncate);
  if (status === 204 || status === 304) body = null;
  return send(ctx, status, headers, body, slowBody === undefined ? undefined : { pause: slowBody, chunks });
}

/** Reads `name` from the first root that has it, refusing anything that leaves the roots. */
async function readFeedFile(name, roots) {
  const segments = name.split(/[/\\]/);
  if (
    name === '' ||
    name.includes('\0') ||
    path.isAbsolute(name) ||
    segments.some((s) => s === '..' || s === '.' || s === '')
  ) {
    throw new HttpError(400, `bad feed name: ${JSON.stringify(name)}`);
  }
  for (const root of roots) {
    const file = path.resolve(root, name);
    // Belt and braces: the segment check above should already make this impossible.
    if (!file.startsWith(root + path.sep)) throw new HttpError(400, `bad feed name: ${JSON.stringify(name)}`);
    try {
      return await readFile(file);
    } catch (error) {
      if (error.code !== 'ENOENT' && error.code !== 'EISDIR' && error.code !== 'ENOTDIR') throw error;
    }
  }
  throw new HttpError(404, `no fixture named ${name}`);
}

/** Implements If-None-Match (preferred) and If-Modified-Since against the validators we send. */
function isNotModified(ctx, headers) {
  const inm = ctx.get('If-None-Match');
  if (inm) {
    if (!headers['ETag']) return false;
    const ours = weak(headers['ETag']);
    return inm.split(',').some((tag) => tag.trim() === '*' || weak(tag.trim()) === ours);
  }
  const ims = ctx.get('If-Modified-Since');
  if (ims && headers['Last-Modified']) {
    const since = Date.parse(ims);
    const modified = Date.parse(headers['Last-Modified']);
    return (
      !Number.isNaN(since) &&
      !Number.isNaN(modified) &&
      Math.floor(modified / 1000) <= Math.floor(since / 1000)
    );
  }
  return false;
}

const weak = (tag) => tag.replace(/^W\//, '');
const quoteEtag = (tag) => (/^(W\/)?".*"$/.test(tag) ? tag : `"${tag}"`);

/** `skew:+3600` (or `skew: 3600`, an unescaped +) → server clock shifted; anything else verbatim. */
function dateHeader(value) {
  const skew = /^skew:\s*([+-]?)\s*(\d+)$/.exec(value.trim());
  if (!skew) return value;
  const seconds = Number(skew[2]) * (skew[1] === '-' ? -1 : 1);
  return new Date(Date.now() + seconds * 1000).toUTCString();
}

function intParam(value, name, min, max) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new HttpError(400, `${name} must be an integer in ${min}..${max}`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// /__count, /__feed-state, shared helpers

function handleCount(ctx, counts) {
  const key = ctx.query.id ?? ctx.query.path;
  const reset =
    (ctx.path === '/__count/reset' && ctx.method === 'POST') ||
    (ctx.path === '/__count' && ctx.method === 'DELETE');
  if (reset) {
    if (key === undefined) counts.clear();
    else counts.delete(String(key));
    return send(ctx, 200, { 'Content-Type': 'application/json' }, JSON.stringify({ count: 0 }));
  }
  if (ctx.path !== '/__count' || ctx.method !== 'GET')
    throw new HttpError(405, 'GET /__count, POST /__count/reset or DELETE /__count');
  const payload =
    key === undefined ? { counts: Object.fromEntries(counts) } : { count: counts.get(String(key)) ?? 0 };
  return send(ctx, 200, { 'Content-Type': 'application/json' }, JSON.stringify(payload));
}

async function handleState(ctx, states) {
  const key = decodeURIComponent(ctx.path.slice('/__feed-state/'.length));
  if (!key) throw new HttpError(400, 'missing state key');
  if (ctx.method === 'PUT' || ctx.method === 'POST') {
    states.set(key, await readBody(ctx.req));
    return send(ctx, 204, {}, null);
  }
  if (ctx.method === 'DELETE') {
    states.delete(key);
    return send(ctx, 204, {}, null);
  }
  throw new HttpError(405, 'PUT or DELETE');
}

async function readBody(req) {
  const parts = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_STATE_BYTES) throw new HttpError(413, 'state documents are limited to 1 MiB');
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Waits `ms`, or less if the client goes away meanwhile. */
function sleep(ms, ctx) {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      ctx.res.off('close', done);
      resolve();
    }
    ctx.res.once('close', done);
  });
}

/**
 * Writes the answer on the raw Node response (see the note at the top about Cache-Control), and
 * tells Koa to stay out of it. `ctx.status` is still set so web-test-runner's 404 bookkeeping and
 * logging see the real status.
 * @param {import('koa').Context} ctx
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {Buffer | string | null} body
 * @param {{ pause: number, chunks: number }} [slow]
 */
async function send(ctx, status, headers, body, slow) {
  const res = ctx.res;
  ctx.status = status;
  ctx.respond = false;
  if (res.destroyed || res.headersSent) return;

  const buffer = body === null ? null : Buffer.isBuffer(body) ? body : Buffer.from(body);
  const all = { ...headers, 'Cache-Control': 'no-store' };
  if (buffer !== null && !slow) all['Content-Length'] = String(buffer.length);
  res.writeHead(status, all);
  if (buffer === null || ctx.method === 'HEAD') return void res.end();
  if (!slow) return void res.end(buffer);

  // Stream the body in `chunks` pieces with pauses between them (chunked transfer encoding).
  res.flushHeaders();
  const size = Math.max(1, Math.ceil(buffer.length / slow.chunks));
  for (let offset = 0; offset < buffer.length; offset += size) {
    if (offset > 0) await sleep(slow.pause, ctx);
    if (res.destroyed) return;
    res.write(buffer.subarray(offset, offset + size));
  }
  res.end();
}

export default misbehave;
