/**
 * The contract between the playground (site/playground/main.ts) and its two side panels, so
 * each can be built and tested on its own: the feed-authoring forms (authoring.ts) and the
 * theming panel (theming.ts).
 */

/** What the authoring forms may do with the playground's feed. */
export interface AuthoringHost {
  /** The feed text now in the editor (may be invalid JSON while the user types). */
  getFeed(): string;
  /** Replaces the editor's text (the playground re-validates and re-renders the preview). */
  setFeed(json: string): void;
  /** The IANA zone the playground shows times in (the forms' default zone). */
  timeZone(): string;
  /**
   * Calls `listener` after the editor's text changed (typed, pasted, an example or a link
   * loaded, or `setFeed`), so the forms show the feed now there; `getFeed()` gives the text.
   */
  onFeedChange(listener: () => void): void;
}

/** What the theming panel may do with the preview. */
export interface ThemingHost {
  /** Sets these custom properties (name → CSS value; an empty value removes one) on the preview. */
  apply(properties: Record<string, string>): void;
  /** The preview's theme now, so the panel starts from that theme's colours. */
  theme(): 'light' | 'dark';
}
