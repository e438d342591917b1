/**
 * `<incident-timeline>`. The class only; `define.ts` registers the tag.
 */
import { html } from 'lit';
import { StatusElement } from '../shared/status-element.js';

/**
 * @tagname incident-timeline
 */
export class IncidentTimeline extends StatusElement {
  protected nextBoundary(): number | undefined {
    return undefined;
  }

  protected override render() {
    return html``;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'incident-timeline': IncidentTimeline;
  }
}
