/**
 * The preview frame (a same-origin srcdoc iframe of the playground): it defines the five
 * elements in its own window, after main.ts has moved its clock (fake-clock.ts), and renders
 * the element the playground asks for. A frame keeps the preview's theme and the moved clock
 * away from the page around it.
 */
import '../../src/elements/status-banner/define.js';
import '../../src/elements/maintenance-notice/define.js';
import '../../src/elements/incident-timeline/define.js';
import '../../src/elements/status-indicator/define.js';
import '../../src/elements/component-status/define.js';
import type { FakeClock } from './fake-clock.js';
import { PREVIEW_READY, type PreviewApi } from './frame-protocol.js';

/** Leaves exactly `theme`'s custom properties on `element`. */
function setProperties(element: HTMLElement, theme: Readonly<Record<string, string>>): void {
  for (const name of [...element.style]) if (name.startsWith('--')) element.style.removeProperty(name);
  for (const [name, value] of Object.entries(theme))
    if (name.startsWith('--') && value) element.style.setProperty(name, value);
}

export function startFrame(clock: FakeClock): void {
  const stage = document.createElement('div');
  stage.className = 'stage';
  document.body.append(stage);
  let current: HTMLElement | undefined;

  const api: PreviewApi = {
    render(request) {
      clock.offset = request.offset;
      const scheme = request.attributes.theme;
      document.documentElement.style.colorScheme =
        scheme === 'dark' ? 'dark' : scheme === 'auto' ? 'light dark' : 'light';
      const element = document.createElement(request.tag) as HTMLElement & { feed?: unknown };
      for (const [name, value] of Object.entries(request.attributes)) {
        try {
          element.setAttribute(name, value);
        } catch {
          // A name the user typed that is not an attribute name: leave it out.
        }
      }
      setProperties(element, request.theme);
      element.feed = request.feed;
      if (current) current.replaceWith(element);
      else stage.append(element);
      current = element;
      return element;
    },
    restyle(theme) {
      if (current) setProperties(current, theme);
    },
    element: () => current,
    now: () => Date.now(),
  };
  window.playgroundPreview = api;

  // The frame is as tall as what it shows, so the page scrolls, not the frame.
  const frame = window.frameElement as HTMLElement | null;
  if (frame) {
    new ResizeObserver(() => {
      frame.style.height = `${Math.ceil(document.documentElement.getBoundingClientRect().height)}px`;
    }).observe(document.body);
    frame.dispatchEvent(new CustomEvent(PREVIEW_READY));
  }
}
