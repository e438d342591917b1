/**
 * Small vendor documents for the tests of the lazy path (the elements and the feed client read a
 * vendor's feed once the adapters are loaded). The adapters' own tests read the full fixtures in
 * test/fixtures/. No clock here: callers pass the instants (the element tests the test clock's).
 */

/**
 * An Atlassian Statuspage v2 `summary.json` with one open major incident titled `title`, started
 * at `startedAt` (ms since the epoch), with one update.
 */
export function statuspageSummary(title: string, startedAt: number) {
  const at = new Date(startedAt).toISOString();
  return {
    page: { id: 'nw7q2k', name: 'Northwind', url: 'https://status.northwind.example' },
    components: [{ id: 'cmp-api', name: 'Public API', status: 'major_outage' }],
    incidents: [
      {
        id: `sp-${title.toLowerCase().replace(/\W+/g, '-')}`,
        name: title,
        status: 'investigating',
        impact: 'major',
        created_at: at,
        components: [{ id: 'cmp-api', name: 'Public API', status: 'major_outage' }],
        incident_updates: [{ status: 'investigating', body: 'We are looking into it.', created_at: at }],
      },
    ],
  };
}
