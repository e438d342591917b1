/**
 * The CDN bundle: one file (ES module and classic script) that defines every element. The
 * classic script also exposes the API as `window.StatusWidgets`. The calendar export is not in
 * the API it exports, but both files include it (they are single files, without chunks): the
 * elements' dynamic import of it, for a calendar file, resolves inside the bundle.
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
import { defineElement } from './elements/shared/define.js';
import { StatusBanner } from './elements/status-banner/status-banner.js';
import { MaintenanceNotice } from './elements/maintenance-notice/maintenance-notice.js';
import { IncidentTimeline } from './elements/incident-timeline/incident-timeline.js';
import { LIT_POLICY, NEEDED_DIRECTIVE, litRenderingRefused } from './cdn-trusted-types.js';

if (litRenderingRefused()) {
  console.warn(
    `status-widgets: this page's Content-Security-Policy refused the Trusted Types policy ` +
      `"${LIT_POLICY}" that the elements render with (or another copy of the library or of Lit ` +
      `created it first), so this copy defines no elements. Allow it with: ${NEEDED_DIRECTIVE}`,
  );
} else {
  defineElement('status-banner', StatusBanner);
  defineElement('maintenance-notice', MaintenanceNotice);
  defineElement('incident-timeline', IncidentTimeline);
}

export * from './api.js';
