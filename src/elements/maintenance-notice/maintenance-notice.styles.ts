import { css } from 'lit';
import { tokens } from '../shared/tokens.js';
import { severityStyles } from '../shared/severity.js';

export const styles = [
  tokens,
  severityStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .base,
    .empty {
      box-sizing: border-box;
      border: 1px solid var(--_border);
      border-radius: var(--status-radius, 0.5rem);
      background: var(--_surface-bg);
      color: var(--_surface-fg);
      line-height: 1.5;
      overflow-wrap: break-word;
    }
    /* Table cells size to their content: there a long word may break anywhere. */
    .availability th,
    .availability td {
      overflow-wrap: anywhere;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: 0.875rem;
      padding: var(--status-padding, 1rem 1.25rem);
      border-inline-start: 0.3rem solid var(--_bg);
    }
    .upcoming {
      --_bg: var(--_maintenance-fg);
    }
    .in_progress {
      --_bg: var(--_maintenance-fg);
    }
    .completed {
      --_bg: var(--_operational-fg);
    }
    .cancelled {
      --_bg: var(--_border);
    }
    .empty {
      margin: 0;
      padding: 0.625rem 1rem;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .title {
      margin: 0;
      font-weight: 700;
      font-size: 1.2em;
      line-height: 1.3;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      padding: 0.15rem 0.6rem;
      border-radius: 999px;
      border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
      background: var(--_bg);
      color: var(--_fg);
      font-size: 0.875em;
      font-weight: 600;
      white-space: nowrap;
    }
    .icon,
    .button-icon {
      flex: none;
      inline-size: 1.1em;
      block-size: 1.1em;
      fill: currentColor;
    }
    .prose p,
    .schedule p,
    .affects {
      margin: 0 0 0.5rem;
    }
    .prose p:last-child,
    .schedule p:last-child {
      margin-block-end: 0;
    }
    .label,
    dt {
      font-weight: 600;
    }
    .window {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0;
      padding: 0.75rem 1rem;
      border-radius: 0.375rem;
      background: color-mix(in srgb, var(--_maintenance-bg) 60%, var(--_surface-bg));
    }
    .window dt {
      grid-row: span 3;
    }
    .window dd {
      grid-column: 2;
      margin: 0;
    }
    .time {
      font-weight: 600;
    }
    .zone-note,
    .countdown,
    .update-meta {
      color: var(--_muted);
    }
    .schedule ul,
    .recommendation-list {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .recommendation-list li + li {
      margin-block-start: 0.5rem;
    }
    .recommendation-list strong {
      display: block;
    }
    .recommendation-list p {
      margin: 0.125rem 0 0;
    }
    .heading {
      margin: 0 0 0.5rem;
      font-weight: 700;
      font-size: 1em;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-size: 0.95em;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.375rem;
    }
    th,
    td {
      padding: 0.375rem 0.5rem;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      font-size: 0.85em;
      color: var(--_muted);
    }
    tbody th {
      font-weight: 400;
    }
    td {
      white-space: nowrap;
      font-weight: 600;
    }
    .ok td {
      color: var(--_operational-fg);
    }
    .down td {
      color: var(--_critical-fg);
    }
    details {
      border-block-end: 1px solid var(--_border);
      padding-block: 0.375rem;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
    }
    details .prose {
      padding: 0.375rem 0 0.25rem;
      padding-inline-start: 1rem;
    }
    .after-note {
      padding: 0.75rem 1rem;
      border-radius: 0.375rem;
      background: var(--_operational-bg);
      color: var(--_operational-fg);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .calendar {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      padding: 0.4rem 0.8rem;
      border: 1px solid var(--_border);
      border-radius: 0.375rem;
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .calendar:hover {
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    a {
      color: inherit;
      font-weight: 600;
      text-underline-offset: 0.15em;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    @container (max-width: 26rem) {
      .window {
        grid-template-columns: 1fr;
      }
      .window dt {
        grid-row: auto;
      }
      .window dd {
        grid-column: 1;
      }
      .base {
        padding: 0.875rem;
      }
      th,
      td {
        padding-inline: 0.25rem;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .base {
        animation: appear 160ms ease-out;
      }
      @keyframes appear {
        from {
          opacity: 0;
        }
      }
    }
    @media (forced-colors: active) {
      .base,
      .empty,
      .badge,
      .window,
      .after-note {
        border: 1px solid CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      .ok td,
      .down td,
      .zone-note,
      .countdown,
      .update-meta {
        color: CanvasText;
      }
      a {
        color: LinkText;
      }
      .button-icon {
        fill: ButtonText;
      }
    }
  `,
];
