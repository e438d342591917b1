/** Registers `<status-banner>` (idempotent: a second copy of the library is tolerated). */
import { defineElement } from '../shared/define.js';
import { StatusBanner } from './status-banner.js';

defineElement('status-banner', StatusBanner);

export { StatusBanner };
