// Stub of Preact 10's jsx-runtime/src/index.d.ts (see index.d.ts): what `jsxImportSource:
// "preact"` reads, the same `JSXInternal` namespace exported as `JSX`.
import type { ComponentChild, VNode } from './index';
import { JSXInternal } from './jsx';

export { Fragment } from './index';
export function jsx(
  type: string,
  props: JSXInternal.HTMLAttributes & { children?: ComponentChild },
  key?: string,
): VNode<any>;
export function jsxs(
  type: string,
  props: JSXInternal.HTMLAttributes & { children?: ComponentChild[] },
  key?: string,
): VNode<any>;
export function jsxDEV(
  type: string,
  props: JSXInternal.HTMLAttributes & { children?: ComponentChild },
  key?: string,
): VNode<any>;
export { JSXInternal as JSX };
