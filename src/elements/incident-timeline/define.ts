/** Registers `<incident-timeline>` (idempotent: a second copy of the library is tolerated). */
import { defineElement } from '../shared/define.js';
import { IncidentTimeline } from './incident-timeline.js';

defineElement('incident-timeline', IncidentTimeline);

export { IncidentTimeline };
