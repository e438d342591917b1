/**
 * `<maintenance-notice>`. The class only; `define.ts` registers the tag.
 */
import { html } from 'lit';
import { StatusElement } from '../shared/status-element.js';

/**
 * @tagname maintenance-notice
 */
export class MaintenanceNotice extends StatusElement {
  protected nextBoundary(): number | undefined {
    return undefined;
  }

  protected override render() {
    return html``;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'maintenance-notice': MaintenanceNotice;
  }
}
