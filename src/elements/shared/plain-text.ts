/**
 * Feed text as the design defines it: plain text in which blank lines separate paragraphs and
 * http(s) URLs become links. Nothing is ever parsed as HTML: every piece is a Lit text binding,
 * so `<script>` in an update is shown as the characters `<script>`.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** An http(s) URL up to whitespace or a character that cannot end one in prose. */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Punctuation that ends a sentence rather than the URL ("see https://x.example/a."). */
const TRAILING = /[.,;:!?'’”)\]}]+$/;

export interface PlainTextOptions {
  /** The `target` of the links (the host's `link-target`); default the same page. */
  target?: string;
}

/** Splits text into runs of words and http(s) URLs; a URL's unbalanced closing bracket stays text. */
export function linkify(text: string): ({ text: string } | { url: string })[] {
  const out: ({ text: string } | { url: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    let trailing = TRAILING.exec(url)?.[0] ?? '';
    // Keep a closing parenthesis that closes one inside the URL (Wikipedia-style links).
    if (trailing.startsWith(')') && url.split('(').length > url.split(')').length - 1) {
      trailing = trailing.slice(1);
    }
    url = url.slice(0, url.length - trailing.length);
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
