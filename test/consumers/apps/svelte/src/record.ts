import type { StatusChangeEvent } from 'status-widgets';

export interface ConsumerEvent {
  element: string;
  type: string;
  title: string | undefined;
}

// What the handlers saw, for run.mjs to read.
const seen: ConsumerEvent[] = (window.consumerEvents = []);

export function record(element: string, event: StatusChangeEvent): void {
  seen.push({ element, type: event.type, title: event.detail.item?.title });
}
