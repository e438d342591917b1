/**
 * `<site-example caption="…">markup</site-example>`: a live example and, below it, the same
 * markup as a code listing, so what the reader copies is exactly what the page runs. Backticks
 * in the caption mark code. `data-feed="…"` (a feed the page computes and sets through the
 * `feed` property, see site/client/feeds.ts) is left out of the listing, which says instead
 * that the feed comes through the property.
 */
import { dedent, escapeHtml } from './html.js';

export function expandExamples(html: string): string {
  return html.replace(
    /<site-example\b([^>]*)>([\s\S]*?)<\/site-example>/g,
    (_all, attrs: string, inner: string) => {
      const caption = /\scaption="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const captionHtml = caption.replace(/`([^`]+)`/g, (_m, text: string) => `<code>${text}</code>`);
      const computed = /\sdata-feed="/.test(inner);
      const markup = dedent(inner).replace(/\s+data-feed="[^"]*"/g, '');
      const listing = computed
        ? `<!-- the feed is set through the element's feed property -->\n${markup}`
        : markup;
      return `<figure class="example">
<figcaption>${captionHtml}</figcaption>
<div class="example-live">${inner}</div>
<details class="example-code"><summary>Markup</summary><pre><code>${escapeHtml(listing)}</code></pre></details>
</figure>`;
    },
  );
}
