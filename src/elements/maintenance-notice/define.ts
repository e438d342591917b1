/** Registers `<maintenance-notice>` (idempotent: a second copy of the library is tolerated). */
import { defineElement } from '../shared/define.js';
import { MaintenanceNotice } from './maintenance-notice.js';

defineElement('maintenance-notice', MaintenanceNotice);

export { MaintenanceNotice };
