/**
 * The all-in CDN file, `dist/cdn/status-widgets.js` (an ES module that loads shared chunks, as
 * the per-element files in src/cdn-elements/ do), and the classic script `status-widgets.iife.js` (one
 * file, chunks inlined: every language, the adapters and the calendar export): defines every
 * element and exports the API (src/cdn-api.ts: not the calendar export, which the elements load
 * when a user asks for a calendar file, nor `parseFeed`, `convertFeed` and `detectFormat`, which
 * would load every vendor adapter on every page; src/cdn-classic.ts adds those three to the
 * classic script, where everything is inline anyway). The classic script exposes it as
 * `window.StatusWidgets`.
 *
 * Where the page's Content-Security-Policy refuses Lit's Trusted Types policy and enforces
 * Trusted Types, the elements could not render: this file then defines none of them and says so
 * in one console warning, instead of throwing into the host page (see src/cdn-trusted-types.ts).
 * The API is exported either way.
 *
 * The npm build compiles this file too, to dist/cdn.js: what `status-widgets/cdn` resolves to
 * outside browsers (the `node` condition: SSR, tests, scripts), with the package's own Lit as a
 * dependency, where the bundle would throw on its first `class … extends HTMLElement`.
 */
import { defineForCdn } from './cdn-elements/define.js';
import { StatusBanner } from './elements/status-banner/status-banner.js';
import { MaintenanceNotice } from './elements/maintenance-notice/maintenance-notice.js';
import { IncidentTimeline } from './elements/incident-timeline/incident-timeline.js';
import { StatusIndicator } from './elements/status-indicator/status-indicator.js';
import { ComponentStatusElement } from './elements/component-status/component-status.js';

defineForCdn({
  'status-banner': StatusBanner,
  'maintenance-notice': MaintenanceNotice,
  'incident-timeline': IncidentTimeline,
  'status-indicator': StatusIndicator,
  'component-status': ComponentStatusElement,
});

export * from './cdn-api.js';
