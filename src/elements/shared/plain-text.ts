/**
 * Feed text as the design defines it: plain text in which blank lines separate paragraphs and
 * http(s) URLs become links. Nothing is ever parsed as HTML: every piece is a Lit text binding,
 * so `<script>` in an update is shown as the characters `<script>`.
 */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * An http(s) URL: the characters RFC 3986 allows (and `%` escapes), so a URL ends at a space, a
 * quote, an angle bracket or any non-ASCII character — Japanese text or full-width brackets
 * written right after it are not swallowed. (A host written in Unicode is linked up to its first
 * non-ASCII character; feeds should write such hosts in punycode.)
 */
const URL_PATTERN = /\bhttps?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi;
/** Characters that end a sentence rather than the URL ("see https://x.example/a."). */
const TRAILING = new Set([...'.,;:!?\'"]}'] as string[]);

/** The URL without the punctuation of the sentence around it; a `)` that closes a `(` in it stays. */
function trimUrl(url: string): string {
  let end = url.length;
  let open = 0;
  for (const char of url) if (char === '(') open++;
  let close = 0;
  for (const char of url) if (char === ')') close++;
  while (end > 0) {
    const char = url[end - 1]!;
    if (char === ')' && close > open) close--;
    else if (!TRAILING.has(char)) break;
    end--;
  }
  return url.slice(0, end);
}

export interface PlainTextOptions {
  /** The `target` of the links (the host's `link-target`); default the same page. */
  target?: string;
}

/** Splits text into runs of words and http(s) URLs; a URL's unbalanced closing bracket stays text. */
export function linkify(text: string): ({ text: string } | { url: string })[] {
  const out: ({ text: string } | { url: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    let valid = false;
    try {
      valid = /^https?:$/.test(new URL(url).protocol);
    } catch {
      // Not a URL after all ("http://" alone): it stays text.
    }
    if (!valid) continue;
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ url });
    last = start + url.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/**
 * Paragraphs (`<p dir="auto">`: feed text in one language reads right inside a page in another
 * direction) of the text, with http(s) URLs as links opening as `target` says.
 */
export function plainText(text: string | undefined, { target }: PlainTextOptions = {}): TemplateResult[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => {
      const runs = linkify(paragraph).map((run) =>
        'url' in run
          ? html`<a href=${run.url} target=${target ?? nothing} rel="noopener noreferrer">${run.url}</a>`
          : run.text,
      );
      return html`<p dir="auto">${runs}</p>`;
    });
}
