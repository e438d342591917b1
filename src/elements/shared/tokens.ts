/**
 * The shared design tokens: every colour is a `--status-*` custom property with a fallback, in
 * a light and a dark set: the severity colours, and the neutral card colours (`--status-surface-bg`,
 * `--status-surface-fg`, `--status-border`, `--status-muted`) of the notice and the timeline. `theme="dark"` picks the dark set, `theme="auto"` follows the
 * operating system, and forced-colors mode hands everything to the system colours.
 */
import { css } from 'lit';

/** The dark colour set, used by `theme="dark"` and by `theme="auto"` in a dark system theme. */
const dark = css`
  --_critical-bg: var(--status-critical-bg, #4a1117);
  --_critical-fg: var(--status-critical-fg, #ffd9dc);
  --_major-bg: var(--status-major-bg, #4a2410);
  --_major-fg: var(--status-major-fg, #ffdcc7);
  --_minor-bg: var(--status-minor-bg, #3f3304);
  --_minor-fg: var(--status-minor-fg, #ffeaa6);
  --_maintenance-bg: var(--status-maintenance-bg, #10294a);
  --_maintenance-fg: var(--status-maintenance-fg, #d3e5ff);
  --_operational-bg: var(--status-operational-bg, #0f3320);
  --_operational-fg: var(--status-operational-fg, #c9f2d6);
  --_surface-bg: var(--status-surface-bg, #161b24);
  --_surface-fg: var(--status-surface-fg, #e6eaf2);
  --_border: var(--status-border, #3a4456);
`;

export const tokens = css`
  :host {
    --_critical-bg: var(--status-critical-bg, #fde7e9);
    --_critical-fg: var(--status-critical-fg, #8c0f1a);
    --_major-bg: var(--status-major-bg, #fdeee4);
    --_major-fg: var(--status-major-fg, #8a3300);
    --_minor-bg: var(--status-minor-bg, #fff6d6);
    --_minor-fg: var(--status-minor-fg, #6b4e00);
    --_maintenance-bg: var(--status-maintenance-bg, #e6f0fd);
    --_maintenance-fg: var(--status-maintenance-fg, #0b4a8b);
    --_operational-bg: var(--status-operational-bg, #e5f5ea);
    --_operational-fg: var(--status-operational-fg, #145c2c);
    --_surface-bg: var(--status-surface-bg, #ffffff);
    --_surface-fg: var(--status-surface-fg, #1c2330);
    --_border: var(--status-border, #d5dbe5);
    --_muted: var(--status-muted, color-mix(in srgb, var(--_surface-fg) 72%, var(--_surface-bg)));
    --_focus: var(--status-focus-ring, 2px solid currentColor);
    font: var(--status-font, inherit);
  }
  /* The theme as an attribute (server-rendered HTML, before scripts run) or as the element's
     state (set from the property; the element never writes attributes onto itself). Separate
     rules, so an engine without :state() still reads the attribute ones. */
  :host([theme='dark']) {
    ${dark}
  }
  :host(:state(dark)) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
    :host(:state(auto)) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Read by screen readers, not shown: live regions that only announce. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
