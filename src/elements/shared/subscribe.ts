/**
 * The "Get updates" list of `<incident-timeline>` and `<component-status>`: the subscribe links
 * of the feed's page (`page.subscribe`: calendar, Atom/RSS, e-mail, Slack, webhooks), each
 * labelled in the viewer's language. An element reading several feeds shows one list per page
 * that has links, named after its page ("Stripe: Get updates"). The schema lets only http(s)
 * URLs through, and `webcal:` for the calendar alone.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedModel } from '../../feed/model.js';
import type { CommonStrings } from '../../i18n/common-strings.js';
import { fill } from '../../i18n/strings.js';

/** The links in the order shown, with the string that labels each. */
const LINKS = [
  ['calendar', 'subscribeCalendar'],
  ['atom', 'subscribeAtom'],
  ['email', 'subscribeEmail'],
  ['slack', 'subscribeSlack'],
  ['webhook', 'subscribeWebhook'],
] as const;

/** How the element draws a link (its `link`: `link-target`, `rel="noopener noreferrer"`). */
type DrawLink = (href: string, label: string, part: string) => TemplateResult;

/** One list per page of `model` that has subscribe links: each feed's in a merge, else the feed's. */
export function subscribeLists(
  model: FeedModel | undefined,
  words: CommonStrings,
  link: DrawLink,
): TemplateResult[] {
  const pages = model ? (model.pages ?? [model.page]) : [];
  return pages.flatMap((page) => {
    const links = page.subscribe;
    if (!links) return [];
    const label =
      model?.pages && page.name
        ? fill(words.fromPage, { page: page.name, title: words.getUpdates })
        : words.getUpdates;
    return [
      html`<div part="subscribe" class="subscribe">
        <span class="subscribe-label" aria-hidden="true" dir="auto">${fill(words.colon, { label })}</span>
        <ul class="subscribe-list" aria-label=${label}>
          ${LINKS.map(([key, name]) => {
            const href = links[key];
            return href ? html`<li>${link(href, words[name], 'subscribe-link')}</li>` : nothing;
          })}
        </ul>
      </div>`,
    ];
  });
}

/**
 * The lists' layout: a label, then the links in a wrapping row, on the card surface (so they
 * read the same on any page background, as the cards do).
 */
export const subscribeStyles = css`
  .subscribe,
  .subscribe-list {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .subscribe {
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--status-radius, 0.5rem);
    background: var(--_surface-bg);
    color: var(--_surface-fg);
    font-size: 0.9em;
  }
  .subscribe-label {
    color: var(--_muted);
  }
  .subscribe a {
    font-weight: 600;
  }
`;
