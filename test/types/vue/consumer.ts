// What Vue's template type-checking (vue-tsc) checks for
//   <status-banner :feed="doc" theme="dark" show-operational @status-change="onChange">
// with `import type {} from 'status-widgets/jsx/vue'`: it takes the tag's component type from
// `GlobalComponents`, its props from `$props` (kebab-case names as camelCase) and its events
// from `$emit`. Templates are not TypeScript, so this file asks those types directly, against
// stubs/vue; test/consumers/apps/vue runs the real vue-tsc on real templates. Each
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
// <maintenance-notice src="/status.json" heading-level="3" :with-credentials="true">: vue-tsc
// checks a kebab-case name on a component as camelCase, so `heading-level="3"` is checked as
// `headingLevel: '3'` (Vue still sets the `heading-level` attribute).
export const notice: Props<'maintenance-notice'> = {
  src: '/status.json',
  headingLevel: '3',
  withCredentials: true,
};
// v-bind="{ 'heading-level': '3' }": an object's names are not camelized.
export const spread: Props<'maintenance-notice'> = { 'heading-level': '3', 'show-empty': true };
// @ts-expect-error -- heading-level is a number, as the attribute a number's text
export const wrongLevel: Props<'maintenance-notice'> = { headingLevel: 'three' };
// @ts-expect-error -- `lead` has no attribute of another name: :lead="24", not lead="24"
export const wrongLead: Props<'status-banner'> = { lead: '24' };
// @ts-expect-error -- `theme` is light, dark or auto
export const wrongTheme: Props<'status-banner'> = { theme: 'purple' };
// @ts-expect-error -- `feed` is a feed document or JSON text
export const wrongFeed: Props<'incident-timeline'> = { feed: 42 };
// <status-indicator variant="dot"> and <component-status :days="30" show-groups>
export const indicator: Props<'status-indicator'> = { variant: 'dot', linkTarget: '_blank' };
export const components: Props<'component-status'> = { days: 30, showGroups: true };
// @ts-expect-error -- `variant` is text, dot or badge
export const wrongVariant: Props<'status-indicator'> = { variant: 'pill' };
// @ts-expect-error -- `days` is a number, as the attribute a number's text
export const wrongDays: Props<'component-status'> = { days: 'ninety' };

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
