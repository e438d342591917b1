import { version } from 'react';
import { MaintenanceNotice, StatusBanner } from 'status-widgets/react';
import { doc } from './feed.js';

// What the handlers saw, for run.mjs to read, after the major version of the React the app runs on.
const seen = (window.consumerEvents = [{ element: 'app', type: `react-${version.split('.')[0]}` }]);

const record = (element) => (event) =>
  seen.push({ element, type: event.type, title: event.detail?.item?.title });

// React 18 sets only attributes on a custom element: a bare <status-banner feed={doc}> would get
// feed="[object Object]" and no listener for onstatus-change. The wrappers set `feed` as a
// property and add the listener before the element's first render (in a layout effect), so the
// first status-change reaches the handler.
export function App() {
  return (
    <>
      <StatusBanner id="banner" feed={doc} onStatusChange={record('status-banner')} />
      <MaintenanceNotice id="notice" feed={doc} onStatusChange={record('maintenance-notice')} />
    </>
  );
}
