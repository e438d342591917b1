/**
 * What the playground page and its preview frame (frame.ts) say to each other. The page imports
 * only this, never frame.ts, so the library's elements are defined in the frame alone.
 */

/** On the frame's `<html>`: the entry module (main.ts) starts the preview, not the page. */
export const FRAME_MARK = 'data-playground-preview';

export interface PreviewRequest {
  readonly tag: string;
  /** Attributes on the element: name → value ('' for a boolean). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The feed as JSON text (the last valid one), set as the element's `feed` property. */
  readonly feed: string;
  /** Custom properties for the element (the theming panel's). */
  readonly theme: Readonly<Record<string, string>>;
  /** Milliseconds the clock is moved from the real time. */
  readonly offset: number;
}

export interface PreviewApi {
  /** Re-creates the element: the clock, feed and attributes it starts from are the request's. */
  render(request: PreviewRequest): HTMLElement;
  /** Sets exactly these custom properties on the element shown (the theming panel's), in place. */
  restyle(theme: Readonly<Record<string, string>>): void;
  /** The element now shown. */
  element(): HTMLElement | undefined;
  /** The frame's moved clock, for tests: `Date.now()` in the frame. */
  now(): number;
}

/** Fired on the `<iframe>` element once `window.playgroundPreview` is ready. */
export const PREVIEW_READY = 'preview-ready';

declare global {
  interface Window {
    playgroundPreview?: PreviewApi;
  }
}
