// Every page of the documentation site loads this: the five elements (from the source, as an
// app's bundle would), the site's menu and theme buttons, and the feeds the examples compute.
import '../../src/elements/status-banner/define.js';
import '../../src/elements/maintenance-notice/define.js';
import '../../src/elements/incident-timeline/define.js';
import '../../src/elements/status-indicator/define.js';
import '../../src/elements/component-status/define.js';
import { startChrome } from './chrome.js';
import { startFeeds } from './feeds.js';

startChrome();
startFeeds();
