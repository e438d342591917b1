/** Registers `<component-status>` (idempotent: a second copy of the library is tolerated). */
import { defineElement } from '../shared/define.js';
import { ComponentStatusElement } from './component-status.js';

defineElement('component-status', ComponentStatusElement);

export { ComponentStatusElement };
