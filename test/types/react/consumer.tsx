// A React 19 app using the tags directly, with `import type {} from 'status-widgets/jsx/react'`:
// properties by their names (`feed` a FeedInput), attributes by theirs, `on<event>` listeners
// with their event classes, React's HTML attributes and a `ref` to the element. Each
// `@ts-expect-error` must be an error, or tsc fails. (TypeScript does not check JSX attribute
// names with a hyphen that a tag does not declare, so `onstatus-dismiss` on another tag, or a
// misspelt `show-operatonal`, is not an error in any JSX.)
import type {} from 'status-widgets/jsx/react';
import { useRef } from 'react';
import type {
  FeedInput,
  MaintenanceNotice as MaintenanceNoticeElement,
  StatusChangeEvent,
  StatusLoadEvent,
} from 'status-widgets';

declare const doc: FeedInput;

export function App() {
  const notice = useRef<MaintenanceNoticeElement>(null);
  const onChange = (event: StatusChangeEvent) => console.log(event.detail.kind, event.detail.phase);
  return (
    <main>
      <status-banner
        feed={doc}
        theme="dark"
        position="sticky"
        lead={24}
        show-operational
        dismissible="non-critical"
        strings={{ dismiss: 'Hide' }}
        className="top"
        style={{ margin: 0 }}
        onstatus-load={(event) => console.log(event.detail.source, event.detail.model.page.name)}
        onstatus-error={(event) => console.log(event.detail.kind)}
        onstatus-change={onChange}
        onstatus-dismiss={(event) => console.log(event.detail.item.id, event.detail.phase)}
      />
      <maintenance-notice
        ref={notice}
        src="/status.json"
        with-credentials
        withCredentials
        heading-level="3"
        headingLevel={3}
        variant="compact"
        time-zone="Europe/Berlin"
      />
      <incident-timeline feed='{"version": 1, "page": {"name": "Example"}}' days={30} include-maintenance />
      <status-indicator
        src="/status.json"
        variant="dot"
        href="https://status.example.com/"
        link-target="_blank"
        onstatus-change={(event) => console.log(event.detail.state)}
      />

      <component-status
        src="/status.json"
        days={30}
        show-groups
        heading-level={3}
        components="api,dashboard"
        onstatus-change={(event) => console.log(event.detail.component?.name)}
      />

      {/* @ts-expect-error -- `theme` is light, dark or auto */}
      <status-banner theme="purple" />
      {/* @ts-expect-error -- `lead` (a property) is a number of hours */}
      <status-banner lead="soon" />
      {/* @ts-expect-error -- a boolean attribute takes true or false, not text ("false" would be true) */}
      <status-banner show-operational="false" />
      {/* @ts-expect-error -- `feed` is a feed document or JSON text */}
      <incident-timeline feed={42} />
      {/* @ts-expect-error -- status-dismiss's listener gets a StatusDismissEvent, not a StatusLoadEvent */}
      <status-banner onstatus-dismiss={(event: StatusLoadEvent) => event.detail.url} />
      {/* @ts-expect-error -- status-change's listener gets a StatusChangeEvent, not a StatusLoadEvent */}
      <incident-timeline onstatus-change={(event: StatusLoadEvent) => event.detail.url} />
      {/* @ts-expect-error -- `shown` is the notice's read-only getter */}
      <maintenance-notice shown={undefined} />
      {/* @ts-expect-error -- `variant` is text, dot or badge */}
      <status-indicator variant="pill" />
      {/* @ts-expect-error -- `days` (a property) is a number of days */}
      <component-status days="ninety" />
      {/* @ts-expect-error -- status-change's listener gets a StatusChangeEvent, not a StatusLoadEvent */}
      <component-status onstatus-change={(event: StatusLoadEvent) => event.detail.url} />
      {/* @ts-expect-error -- an unknown prop */}
      <status-banner leed={24} />
    </main>
  );
}
