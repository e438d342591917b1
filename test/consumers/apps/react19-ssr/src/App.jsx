import { useEffect } from 'react';
import { IncidentTimeline, StatusBanner } from 'status-widgets/react';

// What the handlers saw, for run.mjs to read (in the browser only: a server fires no events).
const record = (element) => (event) =>
  window.consumerEvents.push({ element, type: event.type, title: event.detail?.item?.title });

// The same tree on the server and in the browser, from the same feed. On the server
// (`@lit-labs/ssr-react/enable-lit-ssr.js` loaded) each wrapper renders its tag with the
// element's shadow root as declarative shadow DOM, rendered by Lit SSR from `feed`; in the
// browser React hydrates the tag, the wrapper sets `feed` and adds the listener, and the
// element's first render in the browser replaces the server's shadow content and fires its
// first status-change.
export function App({ feed }) {
  useEffect(() => {
    window.consumerEvents.push({ element: 'app', type: 'hydrated' });
  }, []);
  return (
    <main>
      <h1>Acme</h1>
      <StatusBanner id="banner" feed={feed} onStatusChange={record('status-banner')} />
      <IncidentTimeline id="timeline" feed={feed} onStatusChange={record('incident-timeline')} />
    </main>
  );
}
