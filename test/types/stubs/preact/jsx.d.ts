// Stub of Preact 10's src/jsx.d.ts (see index.d.ts): the `JSXInternal` namespace with the
// element, attribute and event types test/types/preact uses.
import type * as preact from './index';

export namespace JSXInternal {
  export interface IntrinsicAttributes {
    key?: any;
  }
  export interface Element extends preact.VNode<any> {}
  export interface ElementAttributesProperty {
    props: any;
  }
  export interface ElementChildrenAttribute {
    children: any;
  }

  export type TargetedEvent<
    Target extends EventTarget = EventTarget,
    TypedEvent extends Event = Event,
  > = Omit<TypedEvent, 'currentTarget'> & { readonly currentTarget: Target };
  export type EventHandler<E extends TargetedEvent> = (this: never, event: E) => void;
  export type TargetedMouseEvent<Target extends EventTarget> = TargetedEvent<Target, MouseEvent>;

  export interface DOMAttributes<Target extends EventTarget> extends preact.PreactDOMAttributes {
    onClick?: EventHandler<TargetedMouseEvent<Target>> | undefined;
    onKeyDown?: EventHandler<TargetedEvent<Target, KeyboardEvent>> | undefined;
  }

  export interface HTMLAttributes<RefType extends EventTarget = EventTarget>
    extends preact.ClassAttributes<RefType>, DOMAttributes<RefType> {
    class?: string | undefined;
    className?: string | undefined;
    id?: string | undefined;
    hidden?: boolean | 'hidden' | 'until-found' | undefined;
    lang?: string | undefined;
    dir?: 'auto' | 'rtl' | 'ltr' | undefined;
    slot?: string | undefined;
    part?: string | undefined;
    style?: string | Record<string, string | number | null | undefined> | undefined;
    title?: string | undefined;
    role?: string | undefined;
    'aria-label'?: string | undefined;
  }

  export interface IntrinsicHTMLElements {
    div: HTMLAttributes<HTMLDivElement>;
    span: HTMLAttributes<HTMLSpanElement>;
    main: HTMLAttributes<HTMLElement>;
  }

  export interface IntrinsicElements extends IntrinsicHTMLElements {}
}
