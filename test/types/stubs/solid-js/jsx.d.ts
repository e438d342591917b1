// Stub of the `JSX` namespace of Solid 1.9 (dom-expressions' jsx.d.ts; see index.d.ts): the
// element, attribute and event types test/types/solid uses, including the `on:` listeners
// that `CustomEvents` adds.
type DOMElement = Element;

export namespace JSX {
  type Element = Node | ArrayElement | (string & {}) | number | boolean | null | undefined;
  interface ArrayElement extends Array<Element> {}
  interface ElementClass {}
  interface ElementAttributesProperty {}
  interface ElementChildrenAttribute {
    children: {};
  }
  interface EventHandler<T, E extends Event> {
    (e: E & { currentTarget: T; target: DOMElement }): void;
  }
  interface BoundEventHandler<T, E extends Event> {
    0: (data: any, e: E & { currentTarget: T; target: DOMElement }) => void;
    1: any;
  }
  type EventHandlerUnion<T, E extends Event> = EventHandler<T, E> | BoundEventHandler<T, E>;

  interface IntrinsicAttributes {
    ref?: unknown | ((e: unknown) => void) | undefined;
  }
  interface CustomAttributes<T> {
    ref?: T | ((el: T) => void) | undefined;
    classList?: { [k: string]: boolean | undefined } | undefined;
  }
  interface CustomEvents {}
  type OnAttributes<T> = {
    [Key in keyof CustomEvents as `on:${Key}`]?: EventHandler<T, CustomEvents[Key]>;
  };
  interface DOMAttributes<T> extends CustomAttributes<T>, OnAttributes<T> {
    children?: Element | undefined;
    onClick?: EventHandlerUnion<T, MouseEvent> | undefined;
    'on:click'?: EventHandler<T, MouseEvent> | undefined;
  }
  interface HTMLAttributes<T> extends DOMAttributes<T> {
    class?: string | undefined;
    id?: string | undefined;
    hidden?: boolean | 'hidden' | 'until-found' | undefined;
    lang?: string | undefined;
    dir?: 'ltr' | 'rtl' | 'auto' | undefined;
    slot?: string | undefined;
    part?: string | undefined;
    style?: string | Record<string, string> | undefined;
    title?: string | undefined;
    role?: string | undefined;
    'aria-label'?: string | undefined;
  }
  interface HTMLElementTags {
    div: HTMLAttributes<HTMLDivElement>;
    span: HTMLAttributes<HTMLSpanElement>;
    main: HTMLAttributes<HTMLElement>;
  }
  interface IntrinsicElements extends HTMLElementTags {}
}
