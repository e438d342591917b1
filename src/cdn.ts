/**
 * The CDN bundle: one self-contained file (ES module and classic script) that defines every
 * element. The classic script also exposes the API as `window.StatusWidgets`.
 */
import './elements/status-banner/define.js';

export * from './index.js';
