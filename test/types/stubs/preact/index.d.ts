// Stub of `preact`'s types for test/types/preact: not installed here, so the check runs
// against this instead. Only what the check uses, shaped as Preact 10's src/index.d.ts is:
// `JSX` is an alias (`export import JSX = JSXInternal`) of the namespace in jsx.d.ts, also
// reachable as `createElement.JSX` and `h.JSX`, so an augmentation of `preact`'s `JSX` has to
// reach JSXInternal through the alias, as it must with the real package.
export as namespace preact;

import { JSXInternal } from './jsx';

export import JSX = JSXInternal;

export type Key = string | number;
export type RefObject<T> = { current: T };
export type RefCallback<T> = (instance: T | null) => void | (() => void);
export type Ref<T> = RefCallback<T> | RefObject<T | null> | null;

export interface VNode<P = {}> {
  type: unknown;
  props: P & { children: ComponentChildren };
  key: Key;
}
export type ComponentChild = VNode<any> | object | string | number | bigint | boolean | null | undefined;
export type ComponentChildren = ComponentChild[] | ComponentChild;

export interface Attributes {
  key?: Key | undefined;
  jsx?: boolean | undefined;
}
export interface ClassAttributes<T> extends Attributes {
  ref?: Ref<T>;
}
export interface PreactDOMAttributes {
  children?: ComponentChildren;
  dangerouslySetInnerHTML?: { __html: string };
}

export type FunctionComponent<P = {}> = (props: P & { children?: ComponentChildren }) => VNode<any> | null;
export declare const Fragment: FunctionComponent<{}>;
export declare function createElement(type: string, props: Record<string, unknown> | null): VNode<any>;
export declare namespace createElement {
  export import JSX = JSXInternal;
}
export declare function h(type: string, props: Record<string, unknown> | null): VNode<any>;
export declare namespace h {
  export import JSX = JSXInternal;
}
