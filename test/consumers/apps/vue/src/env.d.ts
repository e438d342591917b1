// Opts the templates in to status-widgets' types: vue-tsc then checks each <status-banner>,
// <maintenance-notice> and <incident-timeline> against its props and events.
import type {} from 'status-widgets/jsx/vue';
import type { ConsumerEvent } from './record';

declare global {
  interface Window {
    /** What the handlers saw, for run.mjs to read. */
    consumerEvents: ConsumerEvent[];
  }
}
