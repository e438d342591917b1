/** Registers `<status-indicator>` (idempotent: a second copy of the library is tolerated). */
import { defineElement } from '../shared/define.js';
import { StatusIndicator } from './status-indicator.js';

defineElement('status-indicator', StatusIndicator);

export { StatusIndicator };
