// The app's feed: an incident, and a maintenance window two hours from now.
const hour = 3_600_000;
const now = Date.now();
export const doc = {
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
