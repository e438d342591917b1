// Stub of `svelte/elements` for test/types/svelte: not installed here, so the check runs
// against this instead. Shaped as Svelte 5's elements.d.ts: `SvelteHTMLElements` maps each tag
// to its attributes and ends in an index signature, so any tag it does not list takes any
// attribute (an augmentation has to add the tag for its props to be checked at all); events are
// `on<name>` attributes (Svelte 5) and `on:<name>` directives (Svelte 4).
export type EventHandler<E extends Event = Event, T extends EventTarget = Element> = (
  event: E & { currentTarget: EventTarget & T },
) => any;
export type MouseEventHandler<T extends EventTarget> = EventHandler<MouseEvent, T>;

export interface DOMAttributes<T extends EventTarget> {
  children?: unknown;
  'on:click'?: MouseEventHandler<T> | undefined | null;
  onclick?: MouseEventHandler<T> | undefined | null;
}
export interface AriaAttributes {
  'aria-label'?: string | undefined | null;
}
export interface HTMLAttributes<T extends EventTarget> extends AriaAttributes, DOMAttributes<T> {
  class?: string | undefined | null;
  id?: string | undefined | null;
  hidden?: boolean | 'until-found' | undefined | null;
  lang?: string | undefined | null;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined | null;
  slot?: string | undefined | null;
  style?: string | undefined | null;
  title?: string | undefined | null;
  role?: string | undefined | null;
  [key: `data-${string}`]: any;
}

export interface SvelteHTMLElements {
  div: HTMLAttributes<HTMLDivElement>;
  span: HTMLAttributes<HTMLSpanElement>;
  main: HTMLAttributes<HTMLElement>;
  [name: string]: { [name: string]: any };
}
