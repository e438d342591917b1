// Stub of `solid-js`'s types (types/index.d.ts) for test/types/solid: not installed here, so
// the check runs against this instead. As in Solid 1.9, `JSX` is a namespace declared in
// jsx.d.ts (dom-expressions' jsx.d.ts, which solid-js/jsx-runtime also resolves to) and
// re-exported here type-only, so an augmentation of `solid-js`'s `JSX` has to reach it
// through the re-export, as it must with the real package.
import type { JSX } from './jsx.js';

type JSXElement = JSX.Element;
export type { JSXElement, JSX };

export type Accessor<T> = () => T;
export type Setter<T> = (value: T) => T;
export declare function createSignal<T>(value: T): [get: Accessor<T>, set: Setter<T>];
