// What svelte-check checks for
//   <status-banner feed={doc} theme="dark" show-operational onstatus-change={onChange} />
// with `import type {} from 'status-widgets/jsx/svelte'`: the tag's attributes are
// `SvelteHTMLElements[tag]` (svelteHTML.IntrinsicElements is made from it). Templates are not
// TypeScript, so this file asks that type directly, against stubs/svelte. Each
// `@ts-expect-error` must be an error, or tsc fails.
import type {} from 'status-widgets/jsx/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { FeedInput, StatusChangeEvent, StatusLoadEvent } from 'status-widgets';

type Attributes<Tag extends string> = SvelteHTMLElements[Tag];

declare const doc: FeedInput;
const onChange = (event: StatusChangeEvent) => console.log(event.detail.kind, event.detail.phase);

// Svelte 5: <status-banner feed={doc} theme="dark" show-operational class="top" onstatus-change={onChange} />
export const banner: Attributes<'status-banner'> = {
  feed: doc,
  theme: 'dark',
  'show-operational': true,
  class: 'top',
  'onstatus-change': onChange,
  'onstatus-dismiss': (event) => console.log(event.detail.item.id),
};
// Svelte 4: <maintenance-notice src="/status.json" heading-level="3" on:status-load={…} />
export const notice: Attributes<'maintenance-notice'> = {
  src: '/status.json',
  'heading-level': '3',
  'on:status-load': (event) => console.log(event.detail.stale),
};
// <status-indicator variant="dot" onstatus-change={…} /> and <component-status days={30} show-groups />
export const indicator: Attributes<'status-indicator'> = {
  variant: 'dot',
  'onstatus-change': (event) => console.log(event.detail.state),
};
export const components: Attributes<'component-status'> = {
  days: 30,
  'show-groups': true,
  'onstatus-change': (event) => console.log(event.detail.component),
};
// @ts-expect-error -- `variant` is text, dot or badge
export const wrongVariant: Attributes<'status-indicator'> = { variant: 'pill' };
// @ts-expect-error -- only the banner fires status-dismiss
export const wrongComponentsEvent: Attributes<'component-status'> = { 'onstatus-dismiss': () => {} };
// @ts-expect-error -- `theme` is light, dark or auto
export const wrongTheme: Attributes<'status-banner'> = { theme: 'purple' };
// @ts-expect-error -- `feed` is a feed document or JSON text
export const wrongFeed: Attributes<'incident-timeline'> = { feed: 42 };
// @ts-expect-error -- only the banner fires status-dismiss
export const wrongEvent: Attributes<'incident-timeline'> = { 'onstatus-dismiss': () => {} };
export const wrongListener: Attributes<'incident-timeline'> = {
  // @ts-expect-error -- status-change's listener gets a StatusChangeEvent, not a StatusLoadEvent
  'on:status-change': (event: StatusLoadEvent) => event.detail.url,
};
// An element the augmentation does not list still takes anything, as in Svelte itself.
export const unknown: Attributes<'some-element'> = { anything: 42 };
