/**
 * Registration that cannot collide: two builds of the library on one page (npm and CDN, or two
 * micro-frontends) both ask to define the same tags; the second request is a no-op instead of a
 * `NotSupportedError` thrown into the host page.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry?: CustomElementRegistry,
): void {
  const target = registry ?? (typeof customElements === 'undefined' ? undefined : customElements);
  if (!target || target.get(tag)) return;
  try {
    target.define(tag, element);
  } catch {
    // Defined by another copy in the meantime, or the constructor was registered under
    // another name: either way the tag works, and nothing reaches the host page.
  }
}
