/**
 * The playground's entry (site/playground.html). The same module runs in the preview frame,
 * whose document carries `data-playground-preview`: there it moves the frame's clock first and
 * only then loads the library (frame.ts), so the elements read the moved time. Everywhere else
 * it starts the page (page.ts).
 */
import { installFakeClock } from './fake-clock.js';
import { FRAME_MARK } from './frame-protocol.js';

if (document.documentElement.hasAttribute(FRAME_MARK)) {
  const clock = installFakeClock(window);
  void import('./frame.js').then(({ startFrame }) => startFrame(clock));
} else {
  void import('./page.js').then(({ startPage }) => startPage(import.meta.url));
}
