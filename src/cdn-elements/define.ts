/**
 * What every CDN file does with its elements: defines them, or, where the page's
 * Content-Security-Policy refused Lit's Trusted Types policy and enforces Trusted Types (the
 * elements could not render), defines none and says so in one console warning instead of
 * throwing into the host page (see cdn-trusted-types.ts). A page that loads several CDN files
 * of one build shares this module, so it warns once.
 */
import { defineElement } from '../elements/shared/define.js';
import { LIT_POLICY, NEEDED_DIRECTIVE, litRenderingRefused } from '../cdn-trusted-types.js';

let warned = false;

/** Defines each tag with its class, once per page, unless Lit cannot render here. */
export function defineForCdn(elements: Readonly<Record<string, CustomElementConstructor>>): void {
  if (litRenderingRefused()) {
    if (warned) return;
    warned = true;
    console.warn(
      `status-widgets: this page's Content-Security-Policy refused the Trusted Types policy ` +
        `"${LIT_POLICY}" that the elements render with (or another copy of the library or of Lit ` +
        `created it first), so this copy defines no elements. Allow it with: ${NEEDED_DIRECTIVE}`,
    );
    return;
  }
  for (const [tag, element] of Object.entries(elements)) defineElement(tag, element);
}
