/**
 * The playground's state in the URL, so a link restores it: the feed text, the element and its
 * attributes, the clock offset, the feed URL the snippets use and the theme's custom properties.
 * Written as JSON, compressed with `CompressionStream('deflate-raw')` and base64url-encoded into
 * the hash (`#s=…`), which never reaches a server. Pure (Web Streams exist in Node and browsers).
 */

export interface PlaygroundState {
  /** The editor's text, exactly (it may be invalid while the user types). */
  readonly feed: string;
  readonly tag: string;
  /** Attributes on the element: name → value, '' for a boolean. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Minutes the preview's clock is moved from the real now. */
  readonly offsetMinutes: number;
  /** The URL the snippets point at. */
  readonly feedUrl: string;
  /** Custom properties set by the theming panel: name → CSS value. */
  readonly theme: Readonly<Record<string, string>>;
}

export const HASH_KEY = 's';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The state as the hash's value (base64url of deflate-raw of JSON). */
export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = JSON.stringify({
    v: 1,
    f: state.feed,
    e: state.tag,
    a: state.attributes,
    c: state.offsetMinutes,
    u: state.feedUrl,
    t: state.theme,
  });
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

function record(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [key, item] of Object.entries(value)) if (typeof item === 'string') out[key] = item;
  return out;
}

/** Reads what `encodeState` wrote; undefined for anything else (a damaged or foreign link). */
export async function decodeState(encoded: string): Promise<PlaygroundState | undefined> {
  try {
    const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
    const data = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    if (data.v !== 1 || typeof data.f !== 'string' || typeof data.e !== 'string') return undefined;
    return {
      feed: data.f,
      tag: data.e,
      attributes: record(data.a),
      offsetMinutes: typeof data.c === 'number' && Number.isFinite(data.c) ? Math.round(data.c) : 0,
      feedUrl: typeof data.u === 'string' ? data.u : '',
      theme: record(data.t),
    };
  } catch {
    return undefined;
  }
}

/** The encoded state in a location hash (`#s=…`), if there is one. */
export function stateFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(HASH_KEY) ?? undefined;
}

/** A hash holding the encoded state. */
export function hashFor(encoded: string): string {
  return `#${HASH_KEY}=${encoded}`;
}
