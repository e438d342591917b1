import { version } from 'react';
import { MaintenanceNotice, StatusBanner } from 'status-widgets/react';

// What the handlers saw, for run.mjs to read, after the major version of the React the app runs on.
const seen = (window.consumerEvents = [{ element: 'app', type: `react-${version.split('.')[0]}` }]);

const hour = 3_600_000;
const now = Date.now();
const doc = {
  version: 1,
  page: { name: 'Acme' },
  incidents: [
    {
      id: 'i1',
      title: 'Login is slow (react18-wrapper)',
      impact: 'major',
      status: 'investigating',
      startedAt: '2026-12-01T10:00:00Z',
      updates: [
        {
          at: '2026-12-01T10:00:00Z',
          status: 'investigating',
          body: 'We are looking into slow logins (react18-wrapper).',
        },
      ],
    },
  ],
  maintenances: [
    {
      id: 'm1',
      title: 'Database upgrade (react18-wrapper)',
      status: 'scheduled',
      startsAt: new Date(now + 2 * hour).toISOString(),
      endsAt: new Date(now + 3 * hour).toISOString(),
    },
  ],
};

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
