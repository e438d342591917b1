// An element class has the accessors of its reactive properties on its prototype as soon as its
// module loads, before (and without) customElements.define: when another copy of the library
// already holds the tag, this copy's class is never defined, and the React wrappers (@lit/react)
// still tell properties from attributes by looking for them on the prototype.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { StatusBanner } from '../../src/elements/status-banner/status-banner.js';
import { MaintenanceNotice } from '../../src/elements/maintenance-notice/maintenance-notice.js';
import { IncidentTimeline } from '../../src/elements/incident-timeline/incident-timeline.js';
import { StatusIndicator } from '../../src/elements/status-indicator/status-indicator.js';
import { ComponentStatusElement } from '../../src/elements/component-status/component-status.js';

const SHARED = ['src', 'interval', 'feed', 'format', 'withCredentials', 'components', 'regions'];
const OWN: [string, CustomElementConstructor, string[]][] = [
  ['StatusBanner', StatusBanner, ['lead', 'showOperational', 'dismissible', 'position', 'strings']],
  ['MaintenanceNotice', MaintenanceNotice, ['maintenance', 'variant', 'headingLevel', 'strings']],
  ['IncidentTimeline', IncidentTimeline, ['incident', 'days', 'includeMaintenance', 'limit', 'strings']],
  ['StatusIndicator', StatusIndicator, ['variant', 'href', 'strings']],
  ['ComponentStatusElement', ComponentStatusElement, ['days', 'showGroups', 'headingLevel', 'strings']],
];

describe('element classes before customElements.define', () => {
  for (const [name, element, own] of OWN) {
    it(`${name} has its properties' accessors on the prototype`, () => {
      assert.equal(customElements.getName?.(element) ?? null, null);
      for (const property of [...SHARED, ...own]) {
        const descriptor =
          Object.getOwnPropertyDescriptor(element.prototype, property) ??
          Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element.prototype), property);
        assert.equal(typeof descriptor?.set, 'function', `${name}.prototype.${property}`);
      }
    });
  }
});
