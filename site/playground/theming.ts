/**
 * The playground's theming panel, as the playground mounts it: the panel itself
 * (theming-panel.ts, which tests mount without a stylesheet) and its scoped stylesheet (theming.css).
 */
import type { ThemingHost } from './panels.js';
import { mountThemingPanel } from './theming-panel.js';
import './panel.css';
import './theming.css';

/** Mounts the theming panel into `host`. */
export function mountTheming(host: HTMLElement, api: ThemingHost): void {
  mountThemingPanel(host, api);
}
