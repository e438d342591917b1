// Placeholder: the authoring branch replaces this file with the theming panel.
import type { ThemingHost } from './panels.js';

export function mountTheming(host: HTMLElement, _api: ThemingHost): void {
  const note = document.createElement('p');
  note.textContent = 'A panel for the elements’ colours and custom properties is coming.';
  host.append(note);
}
