// The app's feed, and the same feed a moment later with a critical incident added.
export const first = {
  version: 1,
  page: { name: 'Acme' },
  incidents: [
    {
      id: 'i1',
      title: 'Login is slow (react19)',
      impact: 'major',
      status: 'investigating',
      startedAt: '2026-12-01T10:00:00Z',
      updates: [
        {
          at: '2026-12-01T10:00:00Z',
          status: 'investigating',
          body: 'We are looking into slow logins (react19).',
        },
      ],
    },
  ],
};

// The same feed a moment later: a critical incident, which the banner shows instead.
export const later = {
  ...first,
  incidents: [
    ...first.incidents,
    {
      id: 'i2',
      title: 'Sign-up is down (react19)',
      impact: 'critical',
      status: 'identified',
      startedAt: '2026-12-01T10:05:00Z',
      updates: [
        { at: '2026-12-01T10:05:00Z', status: 'identified', body: 'Sign-up fails for everyone (react19).' },
      ],
    },
  ],
};
