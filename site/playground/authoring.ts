// Placeholder: the authoring branch replaces this file with the feed-authoring forms.
import type { AuthoringHost } from './panels.js';

export function mountAuthoring(host: HTMLElement, _api: AuthoringHost): void {
  const note = document.createElement('p');
  note.textContent = 'Forms for writing incidents and maintenance windows are coming.';
  host.append(note);
}
