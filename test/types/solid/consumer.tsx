// A Solid app using the tags, with `import type {} from 'status-widgets/jsx/solid'`, checked
// against stubs/solid-js. Each `@ts-expect-error` must be an error, or tsc fails.
// (TypeScript does not check JSX attribute names with a hyphen that a tag does not declare, so
// `onstatus-dismiss` on another tag, or a misspelt `show-operatonal`, is not an error in any JSX.)
import type {} from 'status-widgets/jsx/solid';
import type { JSX } from 'solid-js';
import type { FeedInput, StatusBanner, StatusChangeEvent, StatusLoadEvent } from 'status-widgets';

declare const doc: FeedInput;

export function App(): JSX.Element {
  let banner: StatusBanner | undefined;
  const onChange = (event: StatusChangeEvent) => console.log(event.detail.kind, event.detail.phase);
  return (
    <main class="page">
      <status-banner
        ref={banner}
        feed={doc}
        theme="dark"
        show-operational
        position="fixed"
        class="top"
        on:status-change={onChange}
        on:status-dismiss={(event) => console.log(event.detail.item.id)}
      />
      <maintenance-notice src="/status.json" occurrences={2} on:status-load={(event) => event.detail.stale} />
      <incident-timeline feed='{"version": 1, "page": {"name": "Example"}}' days={7} include-maintenance />
      <status-indicator src="/status.json" variant="dot" on:status-change={(event) => event.detail.state} />
      <component-status
        src="/status.json"
        days={30}
        show-groups
        on:status-change={(event) => event.detail.component}
      />

      {/* @ts-expect-error -- `theme` is light, dark or auto */}
      <status-banner theme="purple" />
      {/* @ts-expect-error -- `feed` is a feed document or JSON text */}
      <incident-timeline feed={42} />
      {/* @ts-expect-error -- status-dismiss's listener gets a StatusDismissEvent, not a StatusLoadEvent */}
      <status-banner on:status-dismiss={(event: StatusLoadEvent) => event.detail.url} />
      {/* @ts-expect-error -- status-change's listener gets a StatusChangeEvent, not a StatusLoadEvent */}
      <incident-timeline on:status-change={(event: StatusLoadEvent) => event.detail.url} />
      {/* @ts-expect-error -- `variant` is text, dot or badge */}
      <status-indicator variant="pill" />
      {/* @ts-expect-error -- `feed` is a feed document or JSON text */}
      <component-status feed={42} />
      {/* @ts-expect-error -- an unknown prop */}
      <status-banner leed={24} />
    </main>
  );
}
