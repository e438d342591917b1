/**
 * `status-widgets/react`: a React component for each element, made with `@lit/react`'s
 * `createComponent`. Importing this module registers the five tags (it imports their define
 * modules), so `<StatusBanner feed={doc} onStatusChange={…} />` needs nothing else.
 *
 * The wrappers set the element's properties as properties and add its events as listeners,
 * which React 18 never does for a custom element (it sets attributes only, and `feed` is an
 * object); in React 19 they are the typed way to do it. Loading them touches no DOM, so server
 * rendering can import them: on the server a wrapper renders the bare tag (with `className`,
 * `id`, `style` and the other HTML attributes), and the element's properties and listeners are
 * set when React hydrates it in the browser.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LitElement } from 'lit';
import { StatusBanner as StatusBannerElement } from '../elements/status-banner/define.js';
import { MaintenanceNotice as MaintenanceNoticeElement } from '../elements/maintenance-notice/define.js';
import { IncidentTimeline as IncidentTimelineElement } from '../elements/incident-timeline/define.js';
import { StatusIndicator as StatusIndicatorElement } from '../elements/status-indicator/define.js';
import { ComponentStatusElement } from '../elements/component-status/define.js';
import {
  StatusChangeEvent,
  StatusDismissEvent,
  StatusErrorEvent,
  StatusLoadEvent,
} from '../elements/shared/events.js';
import type { FeedInput } from '../feed/input.js';

/** Whether `T[K]` can be assigned (a getter without a setter, such as `shown`, cannot). */
type IsWritable<T, K extends keyof T> =
  (<V>() => V extends { [Q in K]: T[K] } ? 1 : 2) extends <V>() => V extends { -readonly [Q in K]: T[K] }
    ? 1
    : 2
    ? true
    : false;

/** The keys of `El` that are properties to set: writable, not methods, not LitElement's own. */
type PropertyKeys<El extends LitElement> = {
  [K in Exclude<keyof El, keyof LitElement>]: El[K] extends (...args: never[]) => unknown
    ? never
    : IsWritable<El, K> extends true
      ? K
      : never;
}[Exclude<keyof El, keyof LitElement>];

/**
 * The element's own public properties, the ones a wrapper sets: its class's writable fields
 * that LitElement (and HTMLElement) does not have (so not `shown`, a getter, nor
 * `calendarFile()`), with `feed` typed as what it takes.
 */
type ElementProperties<El extends LitElement> = {
  [K in PropertyKeys<El>]?: K extends 'feed' ? FeedInput : El[K];
};

/** Event-handler props: each key's handler gets the event its `EventName` names. */
type EventListeners<Events extends Record<string, EventName>> = {
  [Prop in keyof Events]?: (event: Events[Prop]['__eventType']) => void;
};

/**
 * A wrapper's props: the element's properties, its event handlers, and React's HTML attributes
 * (`className`, `id`, `style`, `hidden`, `aria-*`, …) except where those names are taken.
 */
type WrapperProps<El extends LitElement, Events extends Record<string, EventName>> = Omit<
  React.HTMLAttributes<El>,
  keyof Events | keyof ElementProperties<El>
> &
  ElementProperties<El> &
  EventListeners<Events>;

/** A wrapper component: its props, and a `ref` to the element. */
type WrapperComponent<
  El extends LitElement,
  Events extends Record<string, EventName>,
> = React.ForwardRefExoticComponent<WrapperProps<El, Events> & React.RefAttributes<El>>;

/** The events every element fires, as wrapper props. */
const feedEvents = {
  onStatusLoad: StatusLoadEvent.type as EventName<StatusLoadEvent>,
  onStatusError: StatusErrorEvent.type as EventName<StatusErrorEvent>,
  onStatusChange: StatusChangeEvent.type as EventName<StatusChangeEvent>,
};
const bannerEvents = {
  ...feedEvents,
  onStatusDismiss: StatusDismissEvent.type as EventName<StatusDismissEvent>,
};
type FeedEvents = typeof feedEvents;
type BannerEvents = typeof bannerEvents;

/**
 * React itself (its CommonJS `module.exports`), not the ES module namespace over it: the wrappers
 * call `react.createElement` at each render, and `@lit-labs/ssr-react/enable-lit-ssr.js`
 * server-renders the elements' shadow DOM by replacing `createElement` on that object. Under
 * Node's own ES modules the namespace's `createElement` is a copy taken when React loaded, so
 * the wrappers would miss the patch and render bare tags; bundlers give the same object either
 * way. A React without a default export (an ES module build) is its namespace.
 */
const react = (React as typeof React & { default?: typeof React }).default ?? React;

/**
 * `createComponent` with the wrapper's own prop types. Its inferred type would offer every
 * public member of the class as a prop (Lit's `requestUpdate`, `renderRoot`, …) and `feed` as
 * the element declares it (`unknown`); the props here are what the wrapper is for. At run time
 * nothing differs: `createComponent` sets any prop the element has as a property.
 */
function wrap<El extends LitElement, Events extends Record<string, EventName>>(
  tagName: string,
  elementClass: new () => El,
  events: Events,
  displayName: string,
): WrapperComponent<El, Events> {
  return createComponent({
    react,
    tagName,
    elementClass,
    events,
    displayName,
  }) as unknown as WrapperComponent<El, Events>;
}

/** `<status-banner>`'s props: its properties, `onStatusLoad`, `onStatusError`, `onStatusChange`, `onStatusDismiss`. */
export type StatusBannerProps = WrapperProps<StatusBannerElement, BannerEvents>;
/** `<maintenance-notice>`'s props: its properties, `onStatusLoad`, `onStatusError`, `onStatusChange`. */
export type MaintenanceNoticeProps = WrapperProps<MaintenanceNoticeElement, FeedEvents>;
/** `<incident-timeline>`'s props: its properties, `onStatusLoad`, `onStatusError`, `onStatusChange`. */
export type IncidentTimelineProps = WrapperProps<IncidentTimelineElement, FeedEvents>;
/** `<status-indicator>`'s props: its properties, `onStatusLoad`, `onStatusError`, `onStatusChange`. */
export type StatusIndicatorProps = WrapperProps<StatusIndicatorElement, FeedEvents>;
/** `<component-status>`'s props: its properties, `onStatusLoad`, `onStatusError`, `onStatusChange`. */
export type ComponentStatusProps = WrapperProps<ComponentStatusElement, FeedEvents>;

/** `<status-banner>` as a React component; its `ref` is the element. */
export const StatusBanner: WrapperComponent<StatusBannerElement, BannerEvents> = wrap(
  'status-banner',
  StatusBannerElement,
  bannerEvents,
  'StatusBanner',
);

/** `<maintenance-notice>` as a React component; its `ref` is the element. */
export const MaintenanceNotice: WrapperComponent<MaintenanceNoticeElement, FeedEvents> = wrap(
  'maintenance-notice',
  MaintenanceNoticeElement,
  feedEvents,
  'MaintenanceNotice',
);

/** `<incident-timeline>` as a React component; its `ref` is the element. */
export const IncidentTimeline: WrapperComponent<IncidentTimelineElement, FeedEvents> = wrap(
  'incident-timeline',
  IncidentTimelineElement,
  feedEvents,
  'IncidentTimeline',
);

/** `<status-indicator>` as a React component; its `ref` is the element. */
export const StatusIndicator: WrapperComponent<StatusIndicatorElement, FeedEvents> = wrap(
  'status-indicator',
  StatusIndicatorElement,
  feedEvents,
  'StatusIndicator',
);
/** `<component-status>` as a React component; its `ref` is the element. */
export const ComponentStatus: WrapperComponent<ComponentStatusElement, FeedEvents> = wrap(
  'component-status',
  ComponentStatusElement,
  feedEvents,
  'ComponentStatus',
);
