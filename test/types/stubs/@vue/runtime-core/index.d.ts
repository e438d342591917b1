// Stub of @vue/runtime-core's types (see ../../vue/index.d.ts): `GlobalComponents`, which
// template type-checking reads a tag's component type from, and the `PublicProps` and
// `EmitFn` types a component's `$props` and `$emit` are made of, with Vue 3.5's semantics:
// `EmitFn` turns `{ name: (...args) => void }` into an overloaded `(event: name, ...args) => void`.
export interface DefineComponent<Props = {}> {
  new (): { $props: Props };
}

export interface GlobalComponents {
  Teleport: DefineComponent<{ to: string | Element; disabled?: boolean }>;
  KeepAlive: DefineComponent<{ max?: number }>;
}

export interface VNodeProps {
  key?: PropertyKey | undefined;
  ref?: unknown;
  ref_for?: boolean | undefined;
  ref_key?: string | undefined;
}
export interface AllowedComponentProps {
  class?: unknown;
  style?: unknown;
}
export interface ComponentCustomProps {}
export type PublicProps = VNodeProps & AllowedComponentProps & ComponentCustomProps;

export type ObjectEmitsOptions = Record<string, ((...args: any[]) => any) | null | any[]>;

type UnionToIntersection<U> = (U extends any ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;

export type EmitFn<Options = ObjectEmitsOptions, Event extends keyof Options = keyof Options> =
  Options extends Array<infer V>
    ? (event: V, ...args: any[]) => void
    : {} extends Options
      ? (event: string, ...args: any[]) => void
      : UnionToIntersection<
          {
            [Name in Event]: Options[Name] extends (...args: infer Args) => any
              ? (event: Name, ...args: Args) => void
              : (event: Name, ...args: any[]) => void;
          }[Event]
        >;
