import { css } from 'lit';
import { tokens } from '../shared/tokens.js';
import { severityStyles } from '../shared/severity.js';
import { subscribeStyles } from '../shared/subscribe.js';

export const styles = [
  tokens,
  severityStyles,
  subscribeStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      color: var(--_surface-fg);
      line-height: 1.45;
    }
    /* minmax(0, 1fr): a column never grows to the widest word (which overflow-wrap: break-word
       leaves in the min-content width); the word breaks instead. */
    .base {
      position: relative;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
    }
    .list {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .incident {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
      padding: var(--status-padding, 0.875rem 1rem);
      border: 1px solid var(--_border);
      border-inline-start: 0.3rem solid var(--_fg);
      border-radius: var(--status-radius, 0.5rem);
      background: var(--_surface-bg);
      color: var(--_surface-fg);
      min-inline-size: 0;
      overflow-wrap: break-word;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375rem 0.625rem;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      background: var(--_bg);
      color: var(--_fg);
      font-size: 0.85em;
      font-weight: 600;
      white-space: nowrap;
    }
    .icon {
      flex: none;
      inline-size: 1.1em;
      block-size: 1.1em;
      fill: currentColor;
    }
    .title {
      flex: 1 1 14rem;
      min-inline-size: 0;
      font-size: 1.05em;
      font-weight: 650;
    }
    .status {
      font-size: 0.85em;
      font-weight: 600;
      padding: 0.125rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      white-space: nowrap;
    }
    .status.resolved {
      border-color: transparent;
      background: var(--_operational-bg);
      color: var(--_operational-fg);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0;
      font-size: 0.9em;
    }
    .meta > div {
      display: flex;
      gap: 0.375rem;
      min-inline-size: 0;
    }
    .meta dt {
      color: var(--_muted);
    }
    .meta dd {
      margin: 0;
    }
    .duration {
      margin: 0;
      font-weight: 600;
      font-size: 0.9em;
    }
    a {
      color: inherit;
      text-underline-offset: 0.15em;
    }
    .link,
    .report-link {
      justify-self: start;
      font-weight: 600;
      font-size: 0.9em;
    }
    .updates {
      display: grid;
      gap: 0.75rem;
      margin: 0.25rem 0 0;
      padding: 0;
      padding-inline-start: 1rem;
      list-style: none;
      border-inline-start: 2px solid var(--_border);
    }
    .update {
      position: relative;
      min-inline-size: 0;
    }
    /* The dot on the rule: decorative, drawn by CSS. */
    .update::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-1rem - 6px);
      inset-block-start: 0.4em;
      inline-size: 10px;
      block-size: 10px;
      border-radius: 50%;
      background: var(--_surface-bg);
      border: 2px solid var(--_muted);
      box-sizing: border-box;
    }
    .update-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.125rem 0.375rem;
    }
    .update-time,
    .separator,
    .update-relative {
      color: var(--_muted);
      font-size: 0.85em;
    }
    .update-body p {
      margin: 0.25rem 0 0;
    }
    /* Feed text, times and phrases take their own direction (an English feed on a right-to-left
       page, "6 दिन पहले" inside dir="rtl"), while the layout follows the page. */
    .title,
    .update-body p,
    .meta dd,
    time,
    .update-relative,
    .duration {
      unicode-bidi: plaintext;
    }
    button {
      justify-self: start;
      font: inherit;
      font-size: 0.9em;
      font-weight: 600;
      padding: 0.375rem 0.75rem;
      min-block-size: 2rem;
      border: 1px solid var(--_border);
      border-radius: 0.375rem;
      background: var(--_surface-bg);
      color: var(--_surface-fg);
      cursor: pointer;
    }
    button:hover {
      background: color-mix(in srgb, currentColor 8%, var(--_surface-bg));
    }
    .more {
      justify-self: center;
    }
    .empty {
      margin: 0;
      padding: var(--status-padding, 0.875rem 1rem);
      border: 1px solid var(--_border);
      border-radius: var(--status-radius, 0.5rem);
      background: var(--_surface-bg);
      color: var(--_muted);
    }
    a:focus-visible,
    button:focus-visible,
    .incident:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    /* Narrow containers (a phone, a side panel): facts one per line, the status under the title. */
    @container (max-width: 30rem) {
      .meta {
        flex-direction: column;
      }
      .meta > div {
        flex-wrap: wrap;
      }
      .title {
        flex-basis: 100%;
        order: 1;
      }
      .status {
        order: 2;
      }
      .incident {
        padding: 0.75rem;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .update {
        animation: enter 200ms ease-out;
      }
      button {
        transition: background-color 120ms;
      }
      @keyframes enter {
        from {
          opacity: 0;
        }
      }
    }
    @media (forced-colors: active) {
      .incident,
      .empty {
        border: 1px solid CanvasText;
        border-inline-start-width: 0.3rem;
        background: Canvas;
        color: CanvasText;
      }
      .badge,
      .status,
      .status.resolved {
        border: 1px solid CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      .updates {
        border-inline-start-color: CanvasText;
      }
      .update::before {
        border-color: CanvasText;
        background: Canvas;
      }
      a {
        color: LinkText;
      }
      .icon {
        fill: CanvasText;
      }
      button {
        border-color: ButtonText;
        color: ButtonText;
        background: ButtonFace;
      }
    }
  `,
];
