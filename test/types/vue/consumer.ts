// What Vue's template type-checking (vue-tsc) checks for
//   <status-banner :feed="doc" theme="dark" show-operational @status-change="onChange">
// with `import type {} from 'status-widgets/jsx/vue'`: it takes the tag's component type from
// `GlobalComponents`, its props from `$props` and its events from `$emit`. Templates are not
// TypeScript, so this file asks those types directly, against stubs/vue. Each
// `@ts-expect-error` must be an error, or tsc fails.
import type {} from 'status-widgets/jsx/vue';
import type { GlobalComponents } from 'vue';
import type {
  FeedInput,
  StatusBanner,
  StatusChangeEvent,
  StatusDismissEvent,
  StatusLoadEvent,
} from 'status-widgets';

type Instance<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>;
type Props<Tag extends keyof GlobalComponents> = Instance<Tag>['$props'];

declare const doc: FeedInput;
declare const change: StatusChangeEvent;
declare const dismiss: StatusDismissEvent;
declare const load: StatusLoadEvent;

// <status-banner :feed="doc" theme="dark" show-operational :lead="24" class="top" key="banner">
export const banner: Props<'status-banner'> = {
  feed: doc,
  theme: 'dark',
  'show-operational': true,
  lead: 24,
  class: 'top',
  key: 'banner',
};
// <maintenance-notice src="/status.json" heading-level="3" :with-credentials="true">
export const notice: Props<'maintenance-notice'> = {
  src: '/status.json',
  'heading-level': '3',
  'with-credentials': true,
};
// @ts-expect-error -- `theme` is light, dark or auto
export const wrongTheme: Props<'status-banner'> = { theme: 'purple' };
// @ts-expect-error -- `feed` is a feed document or JSON text
export const wrongFeed: Props<'incident-timeline'> = { feed: 42 };

// @status-change="(event) => …": the listener gets the event `$emit` names.
declare const emitBanner: Instance<'status-banner'>['$emit'];
declare const emitNotice: Instance<'maintenance-notice'>['$emit'];
emitBanner('status-change', change);
emitBanner('status-dismiss', dismiss);
emitNotice('status-load', load);
// @ts-expect-error -- status-change carries a StatusChangeEvent, not a StatusLoadEvent
emitBanner('status-change', load);
// @ts-expect-error -- only the banner fires status-dismiss
emitNotice('status-dismiss', dismiss);

// ref="el": the element itself.
export const element: StatusBanner = null as unknown as Instance<'status-banner'>;
