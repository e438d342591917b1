import { css } from 'lit';
import { tokens } from '../shared/tokens.js';
import { severityStyles } from '../shared/severity.js';

export const styles = [
  tokens,
  severityStyles,
  css`
    :host {
      display: block;
    }
    /* Attribute (server HTML) or state (the property): see the theme rules in tokens.ts. */
    :host([position='sticky']) {
      position: sticky;
      top: 0;
      z-index: var(--status-z-index, 10);
    }
    :host(:state(sticky)) {
      position: sticky;
      top: 0;
      z-index: var(--status-z-index, 10);
    }
    :host([position='fixed']) {
      position: fixed;
      top: 0;
      inset-inline: 0;
      z-index: var(--status-z-index, 10);
    }
    :host(:state(fixed)) {
      position: fixed;
      top: 0;
      inset-inline: 0;
      z-index: var(--status-z-index, 10);
    }
    .base {
      display: flex;
      align-items: center;
      gap: 0.5rem 0.75rem;
      flex-wrap: wrap;
      padding: var(--status-padding, 0.625rem 1rem);
      border-radius: var(--status-radius, 0.5rem);
      border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      background: var(--_bg);
      color: var(--_fg);
      line-height: 1.4;
    }
    /* Nothing to show: no space taken, but the (empty) live regions stay in the page. */
    .base.empty {
      padding: 0;
      border: 0;
      height: 0;
      overflow: hidden;
    }
    .icon {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      fill: currentColor;
    }
    /* The icon and the text stay side by side however narrow the banner; the links and the
       dismiss button wrap to a row of their own first. */
    .main {
      flex: 1 1 16rem;
      min-inline-size: 0;
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    .text {
      flex: 1 1 auto;
      min-inline-size: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
    }
    /* Never clipped: the title and the window (or the update's first line) always read in
       full, at any width and with any text spacing; a long update shows its first line and a
       "Show more" toggle. break-word, not anywhere, so long words do not make every line break
       a sizing question (anywhere changes the min-content width, which flex layout measures). */
    .message {
      min-inline-size: 0;
      overflow-wrap: break-word;
    }
    .toggle {
      margin-inline-end: 0.5rem;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      font-size: 0.9em;
      font-weight: 600;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .toggle:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .label {
      font-weight: 600;
      margin-inline-end: 0.5rem;
    }
    .title {
      font-weight: 600;
      margin-inline-end: 0.5rem;
    }
    .detail {
      opacity: 0.92;
    }
    .countdown {
      margin-inline-end: 0.5rem;
      font-size: 0.9em;
      opacity: 0.85;
      white-space: nowrap;
    }
    a {
      color: inherit;
      font-weight: 600;
      text-underline-offset: 0.15em;
      white-space: nowrap;
    }
    .close {
      flex: none;
      display: grid;
      place-items: center;
      inline-size: 2rem;
      block-size: 2rem;
      margin-inline-start: auto;
      padding: 0;
      border: 0;
      border-radius: 0.375rem;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    .close svg {
      inline-size: 1.1rem;
      block-size: 1.1rem;
      fill: currentColor;
    }
    .close:hover {
      background: color-mix(in srgb, currentColor 12%, transparent);
    }
    a:focus-visible,
    .close:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: no-preference) {
      .base:not(.empty) {
        animation: appear 160ms ease-out;
      }
      @keyframes appear {
        from {
          opacity: 0;
        }
      }
    }
    @media (forced-colors: active) {
      .base {
        border: 1px solid CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      .base.empty {
        border: 0;
      }
      .icon,
      .close svg {
        fill: CanvasText;
      }
      a {
        color: LinkText;
      }
    }
  `,
];
