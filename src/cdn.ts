/**
 * The CDN bundle: one file (ES module and classic script) that defines every element. The
 * classic script also exposes the API as `window.StatusWidgets`. The calendar export is not part
 * of it: the elements load it when a user asks for a calendar file (a separate chunk next to the
 * ES module; inlined in the classic script, which cannot load chunks).
 */
import './elements/status-banner/define.js';
import './elements/maintenance-notice/define.js';
import './elements/incident-timeline/define.js';

export * from './api.js';
