// The feed the server-rendering tests render: a fictional company's major incident an hour
// old on its one component and a window two hours from now, relative to when it is first imported.
const HOUR = 3_600_000;
const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();

export const SSR_FEED = {
  version: 1,
  page: { name: 'Northwind' },
  components: [{ id: 'sign-in', name: 'Sign-in', status: 'operational' }],
  incidents: [
    {
      id: 'slow-sign-in',
      title: 'Sign-in takes longer than usual',
      impact: 'major',
      status: 'identified',
      startedAt: iso(now - HOUR),
      components: ['sign-in'],
      updates: [{ at: iso(now - HOUR), status: 'identified', body: 'A cache node is being replaced.' }],
    },
  ],
  maintenances: [
    {
      id: 'db-upgrade',
      title: 'Database upgrade',
      status: 'scheduled',
      startsAt: iso(now + 2 * HOUR),
      endsAt: iso(now + 3 * HOUR),
      summary: 'Reports are read-only during the upgrade.',
    },
  ],
};
