/**
 * Follows `lang` attributes at run time: a single-page app that switches `<html lang>` from `en`
 * to `de` (or changes the `lang` of a container) sees every connected element re-render in the
 * new language. One `MutationObserver` for the page, watching `lang` on the document and inside
 * the shadow roots the elements live in; it exists only while an element is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
/** The roots observed (the document and shadow roots), so none is observed twice. */
let observed = new WeakSet<Node>();

const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

function observe(root: Node): void {
  if (!observer || observed.has(root)) return;
  observed.add(root);
  observer.observe(root, OPTIONS);
}

export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    observe(document.documentElement);
    // An element inside another component's shadow root: that root's `lang` changes too.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      observe(root);
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size && observer) {
      observer.disconnect();
      observer = undefined;
      observed = new WeakSet();
    }
  }
}
