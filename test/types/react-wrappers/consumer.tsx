// A React app using the components of status-widgets/react: every prop is typed (the element's
// properties, `feed` as a FeedInput, the events with their classes, React's HTML attributes),
// and a wrong one is an error. Each `@ts-expect-error` must be one, or tsc fails.
import { useRef } from 'react';
import type {
  FeedInput,
  StatusBanner as StatusBannerElement,
  StatusChangeEvent,
  StatusLoadEvent,
} from 'status-widgets';
import {
  ComponentStatus,
  IncidentTimeline,
  MaintenanceNotice,
  StatusBanner,
  StatusIndicator,
  type MaintenanceNoticeProps,
  type StatusBannerProps,
} from 'status-widgets/react';

declare const doc: FeedInput;

export function App() {
  const banner = useRef<StatusBannerElement>(null);
  const onChange = (event: StatusChangeEvent) => console.log(event.detail.kind, event.detail.phase);
  return (
    <>
      <StatusBanner
        ref={banner}
        feed={doc}
        theme="dark"
        position="sticky"
        lead={24}
        showOperational
        dismissible="non-critical"
        strings={{ dismiss: 'Hide' }}
        className="top"
        id="status"
        style={{ margin: 0 }}
        onStatusLoad={(event) => console.log(event.detail.source, event.detail.model.page.name)}
        onStatusError={(event) => console.log(event.detail.kind)}
        onStatusChange={onChange}
        onStatusDismiss={(event) => console.log(event.detail.item.id, event.detail.phase)}
      />
      <MaintenanceNotice
        src="/status.json"
        interval={120}
        withCredentials
        variant="compact"
        headingLevel={3}
        timeZone="Europe/Berlin"
      />
      <IncidentTimeline feed='{"version": 1, "page": {"name": "Example"}}' days={30} includeMaintenance />
      <StatusIndicator
        src="/status.json"
        variant="badge"
        linkTarget="_blank"
        onStatusChange={(event) => console.log(event.detail.state)}
      />
      <ComponentStatus
        src="/status.json"
        days={30}
        showGroups
        headingLevel={3}
        onStatusChange={(event) => console.log(event.detail.component?.name)}
      />

      {/* @ts-expect-error -- `variant` is text, dot or badge */}
      <StatusIndicator variant="pill" />
      {/* @ts-expect-error -- only the banner fires status-dismiss */}
      <StatusIndicator onStatusDismiss={() => {}} />
      {/* @ts-expect-error -- `days` is a number */}
      <ComponentStatus days="ninety" />
      {/* @ts-expect-error -- only the banner fires status-dismiss */}
      <ComponentStatus onStatusDismiss={() => {}} />
      {/* @ts-expect-error -- `lead` is a number of hours */}
      <StatusBanner lead="soon" />
      {/* @ts-expect-error -- `theme` is light, dark or auto */}
      <StatusBanner theme="purple" />
      {/* @ts-expect-error -- `feed` is a feed document or JSON text */}
      <IncidentTimeline feed={42} />
      {/* @ts-expect-error -- only the banner fires status-dismiss */}
      <MaintenanceNotice onStatusDismiss={() => {}} />
      {/* @ts-expect-error -- status-change's handler gets a StatusChangeEvent, not a StatusLoadEvent */}
      <IncidentTimeline onStatusChange={(event: StatusLoadEvent) => event.detail.url} />
      {/* @ts-expect-error -- `shown` is the notice's read-only getter, not a prop */}
      <MaintenanceNotice shown={undefined} />
      {/* @ts-expect-error -- `calendarFile` is a method, not a prop */}
      <MaintenanceNotice calendarFile={() => Promise.resolve(undefined)} />
      {/* @ts-expect-error -- Lit's own members are not props */}
      <StatusBanner requestUpdate={() => {}} />
    </>
  );
}

// The props types name the same props.
export const props: StatusBannerProps = { feed: doc, onStatusChange: onChangeOf };
// @ts-expect-error -- `variant` is full or compact
export const wrong: MaintenanceNoticeProps = { variant: 'tiny' };
function onChangeOf(event: StatusChangeEvent) {
  return event.detail.item;
}

// Without `import type {} from 'status-widgets/jsx/react'`, nothing in the package adds the tags
// to React's JSX (the wrappers need no such types).
export const bare = (
  <>
    {/* @ts-expect-error -- <status-banner> is typed only with status-widgets/jsx/react */}
    <status-banner />
  </>
);
