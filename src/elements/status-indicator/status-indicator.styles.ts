import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

/** The dot colours of the dark theme (bright on a dark page, with a near-black mark). */
const darkDots = css`
  --_operational-dot: var(--status-operational-dot, #3fb950);
  --_minor-dot: var(--status-minor-dot, #d29922);
  --_major-dot: var(--status-major-dot, #f0883e);
  --_critical-dot: var(--status-critical-dot, #ff6b61);
  --_maintenance-dot: var(--status-maintenance-dot, #58a6ff);
  --_unavailable-dot: var(--status-unavailable-dot, #9aa4b2);
  --_mark: var(--status-dot-mark, #0d1117);
`;

export const styles = [
  tokens,
  css`
    /* A flex box of its own, as tall as what it shows: centred where its container centres
       (a nav bar), on the baseline in running text, and no space at all when empty. */
    :host {
      display: inline-flex;
      --_operational-dot: var(--status-operational-dot, #1a7f37);
      --_minor-dot: var(--status-minor-dot, #9a6700);
      --_major-dot: var(--status-major-dot, #c2410c);
      --_critical-dot: var(--status-critical-dot, #cf222e);
      --_maintenance-dot: var(--status-maintenance-dot, #0969da);
      --_unavailable-dot: var(--status-unavailable-dot, #6e7781);
      --_mark: var(--status-dot-mark, #ffffff);
      line-height: 1.4;
    }
    /* The theme as an attribute (server HTML) or the element's state: see tokens.ts. */
    :host([theme='dark']) {
      ${darkDots}
    }
    :host(:state(dark)) {
      ${darkDots}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${darkDots}
      }
      :host(:state(auto)) {
        ${darkDots}
      }
    }
    .operational {
      --_dot: var(--_operational-dot);
      --_bg: var(--_operational-bg);
      --_fg: var(--_operational-fg);
    }
    .degraded {
      --_dot: var(--_minor-dot);
      --_bg: var(--_minor-bg);
      --_fg: var(--_minor-fg);
    }
    .partial_outage {
      --_dot: var(--_major-dot);
      --_bg: var(--_major-bg);
      --_fg: var(--_major-fg);
    }
    .major_outage {
      --_dot: var(--_critical-dot);
      --_bg: var(--_critical-bg);
      --_fg: var(--_critical-fg);
    }
    .maintenance {
      --_dot: var(--_maintenance-dot);
      --_bg: var(--_maintenance-bg);
      --_fg: var(--_maintenance-fg);
    }
    .unavailable {
      --_dot: var(--_unavailable-dot);
      --_bg: var(--_minor-bg);
      --_fg: var(--_minor-fg);
    }
    .root {
      display: contents;
    }
    .base {
      position: relative;
      display: inline-flex;
      align-items: center;
      max-inline-size: 100%;
    }
    /* The dot stays beside the first line when the name wraps. */
    .link,
    .status {
      display: inline-flex;
      align-items: flex-start;
      gap: 0.45em;
      min-inline-size: 0;
      color: inherit;
      text-decoration: none;
      border-radius: 0.25em;
    }
    .link:hover .label {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .link:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .label {
      min-inline-size: 0;
      overflow-wrap: break-word;
    }
    .dot {
      --_size: var(--status-dot-size, 0.625em);
      flex: none;
      inline-size: var(--_size);
      block-size: var(--_size);
      margin-block: calc((1lh - var(--_size)) / 2);
      fill: var(--_dot);
    }
    .dot .glyph {
      fill: none;
      stroke: var(--_mark);
      stroke-width: 1.8;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .dot .glyph.solid {
      fill: var(--_mark);
      stroke: none;
    }
    .variant-dot .dot {
      --_size: var(--status-dot-size, 1.125em);
      margin-block: 0;
    }
    .variant-dot .link {
      border-radius: 50%;
    }
    .variant-badge {
      padding: 0.125em 0.625em;
      border: 1px solid color-mix(in srgb, var(--_fg) 30%, transparent);
      /* A pill on one line, a rounded box when a long name wraps. */
      border-radius: 1em;
      background: var(--_bg);
      color: var(--_fg);
      font-size: 0.875em;
      font-weight: 600;
    }
    .variant-badge .link:focus-visible {
      outline-offset: 4px;
    }
    /* The tooltip of variant="dot": laid out but hidden until the dot is hovered or focused,
       centred below it (above when there is no room), moved along to stay in the viewport. */
    .tooltip {
      position: absolute;
      inset-block-start: calc(100% + 0.375rem);
      left: 50%;
      z-index: var(--status-z-index, 10);
      translate: calc(-50% + var(--_shift, 0px)) 0;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 0.375rem;
      background: var(--_surface-bg);
      color: var(--_surface-fg);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
      font-size: 0.8125rem;
      font-weight: 400;
      line-height: 1.3;
      white-space: nowrap;
      pointer-events: auto;
      visibility: hidden;
    }
    .tooltip.above {
      inset-block-start: auto;
      inset-block-end: calc(100% + 0.375rem);
    }
    .base:hover .tooltip,
    .base:focus-within .tooltip {
      visibility: visible;
    }
    .base.tooltip-hidden .tooltip {
      visibility: hidden;
    }
    @media (forced-colors: active) {
      .dot {
        fill: CanvasText;
      }
      .dot .glyph {
        stroke: Canvas;
      }
      .dot .glyph.solid {
        fill: Canvas;
      }
      .variant-badge,
      .tooltip {
        border: 1px solid CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      .link {
        color: LinkText;
      }
    }
  `,
];
