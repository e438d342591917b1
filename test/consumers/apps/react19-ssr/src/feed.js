// The feed the server renders from and hands to the browser (as JSON in the page).
export function makeFeed(now = Date.now()) {
  const hour = 3_600_000;
  return {
    version: 1,
    page: { name: 'Acme' },
    incidents: [
      {
        id: 'i1',
        title: 'Login is slow (react19-ssr)',
        impact: 'major',
        status: 'investigating',
        startedAt: '2026-12-01T10:00:00Z',
        updates: [
          {
            at: '2026-12-01T10:00:00Z',
            status: 'investigating',
            body: 'We are looking into slow logins (react19-ssr).',
          },
        ],
      },
    ],
    maintenances: [
      {
        id: 'm1',
        title: 'Database upgrade (react19-ssr)',
        status: 'scheduled',
        startsAt: new Date(now + 2 * hour).toISOString(),
        endsAt: new Date(now + 3 * hour).toISOString(),
      },
    ],
  };
}
