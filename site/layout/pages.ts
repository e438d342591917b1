/** The site's pages in sidebar order: file name (without .html) and the link's text. */
export interface PageLink {
  name: string;
  title: string;
  /** Text in `<code>`: an element's tag. */
  code?: boolean;
}

export const NAV: { title: string; pages: PageLink[] }[] = [
  {
    title: 'Start',
    pages: [
      { name: 'index', title: 'Overview' },
      { name: 'getting-started', title: 'Getting started' },
      { name: 'playground', title: 'Playground' },
    ],
  },
  {
    title: 'Elements',
    pages: [
      { name: 'status-banner', title: '<status-banner>', code: true },
      { name: 'maintenance-notice', title: '<maintenance-notice>', code: true },
      { name: 'incident-timeline', title: '<incident-timeline>', code: true },
      { name: 'status-indicator', title: '<status-indicator>', code: true },
      { name: 'component-status', title: '<component-status>', code: true },
    ],
  },
  {
    title: 'Feeds',
    pages: [
      { name: 'feed-format', title: 'Feed format' },
      { name: 'adapters', title: 'Adapters' },
      { name: 'publishing', title: 'Publishing at scale' },
    ],
  },
  {
    title: 'Guides',
    pages: [
      { name: 'accessibility', title: 'Accessibility' },
      { name: 'languages', title: 'Languages and time zones' },
      { name: 'changelog', title: 'Changelog' },
    ],
  },
];
