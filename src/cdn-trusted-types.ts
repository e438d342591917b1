/**
 * Trusted Types in the CDN bundle, the one build that contains Lit. Lit creates a Trusted Types
 * policy named `lit-html` when its module loads, and `createPolicy` throws a TypeError when the
 * page's Content-Security-Policy refuses that name (`trusted-types 'none'`, or a second copy of
 * Lit without `'allow-duplicates'`): an uncaught error in the host page, before any element is
 * defined. The CDN build (vite.cdn.config.ts) routes Lit's call through `createPolicy` below,
 * which catches the refusal; src/cdn.ts then asks `litRenderingRefused()` whether to define the
 * elements. The npm build leaves Lit alone (it is a dependency there, not bundled).
 */

/** The Trusted Types policy Lit asks for, and what a page's CSP has to say to allow it. */
export const LIT_POLICY = 'lit-html';
export const NEEDED_DIRECTIVE = `trusted-types ${LIT_POLICY} 'allow-duplicates'`;

let refused = false;

/** `factory.createPolicy(name, rules)`, or undefined (and remembered) when the page refuses it. */
export function createPolicy<Rules extends object>(
  factory: { createPolicy(name: string, rules: Rules): unknown },
  name: string,
  rules: Rules,
): unknown {
  try {
    return factory.createPolicy(name, rules);
  } catch {
    refused = true;
    return undefined;
  }
}

/**
 * Whether Lit cannot render here: its policy was refused and the page enforces Trusted Types
 * for HTML (`require-trusted-types-for 'script'`, with no default policy letting strings
 * through), so Lit's fallback of plain template strings would throw at every render. Without
 * enforcement Lit renders from plain strings, as in engines without Trusted Types.
 */
export function litRenderingRefused(): boolean {
  if (!refused) return false;
  try {
    // The assignment Lit makes, with a constant empty string on a detached <template>: the page
    // either accepts strings (nothing happens) or throws, which is all this asks.
    // eslint-disable-next-line no-restricted-syntax -- a constant, never feed text
    document.createElement('template').innerHTML = '';
    return false;
  } catch {
    return true;
  }
}
