// Stub of @vue/runtime-dom's types (see ../../vue/index.d.ts): `HTMLAttributes`, the
// attributes Vue's templates allow on any HTML element, and the re-export of runtime-core.
export * from '@vue/runtime-core';

export type ClassValue = false | null | undefined | string | Record<string, any> | Array<ClassValue>;
export type StyleValue =
  false | null | undefined | string | Record<string, string | number> | Array<StyleValue>;

export interface HTMLAttributes {
  innerHTML?: string | undefined;
  class?: ClassValue | undefined;
  style?: StyleValue | undefined;
  id?: string | undefined;
  hidden?: boolean | 'hidden' | 'until-found' | undefined;
  lang?: string | undefined;
  dir?: string | undefined;
  slot?: string | undefined;
  title?: string | undefined;
  role?: string | undefined;
  'aria-label'?: string | undefined;
  onClick?: ((payload: MouseEvent) => void) | undefined;
}
