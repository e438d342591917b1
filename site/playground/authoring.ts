/**
 * The playground's feed-authoring panel, as the playground mounts it: the panel itself
 * (authoring-forms.ts, which tests mount without a stylesheet) and its scoped stylesheet (authoring.css).
 */
import type { AuthoringHost } from './panels.js';
import { mountAuthoringForms } from './authoring-forms.js';
import './panel.css';
import './authoring.css';

/** Mounts the "Add a maintenance window" and "Add an incident update" forms into `host`. */
export function mountAuthoring(host: HTMLElement, api: AuthoringHost): void {
  mountAuthoringForms(host, api);
}
