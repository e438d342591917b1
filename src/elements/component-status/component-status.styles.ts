import { css } from 'lit';
import { tokens } from '../shared/tokens.js';
import { severityStyles } from '../shared/severity.js';
import { subscribeStyles } from '../shared/subscribe.js';

/** The bar colours: light on a light surface, and the dark set (each at least 3:1 against its surface). */
const darkBars = css`
  --_bar-critical: var(--status-bar-critical, #ff6b6b);
  --_bar-major: var(--status-bar-major, #f5923e);
  --_bar-minor: var(--status-bar-minor, #e3b341);
  --_bar-maintenance: var(--status-bar-maintenance, #6aa8ff);
  --_bar-operational: var(--status-bar-operational, #3fb96f);
  --_bar-nodata: var(--status-bar-nodata, #8a94a6);
`;

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
      --_bar-critical: var(--status-bar-critical, #c62828);
      --_bar-major: var(--status-bar-major, #d9600b);
      --_bar-minor: var(--status-bar-minor, #a97c00);
      --_bar-maintenance: var(--status-bar-maintenance, #2563eb);
      --_bar-operational: var(--status-bar-operational, #23864b);
      --_bar-nodata: var(--status-bar-nodata, #7b8494);
      --_bar-height: var(--status-bar-height, 2rem);
    }
    :host([theme='dark']) {
      ${darkBars}
    }
    :host(:state(dark)) {
      ${darkBars}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${darkBars}
      }
      :host(:state(auto)) {
        ${darkBars}
      }
    }
    .base {
      position: relative;
    }
    .subscribe {
      margin-block-start: 0.75rem;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list {
      border: 1px solid var(--_border);
      border-radius: var(--status-radius, 0.5rem);
      background: var(--_surface-bg);
      color: var(--_surface-fg);
    }
    .list > li + li,
    .group-list > li {
      border-block-start: 1px solid var(--_border);
    }
    .component {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
      padding: var(--status-padding, 0.75rem 1rem);
      min-inline-size: 0;
      overflow-wrap: break-word;
    }
    .group-list > .component {
      padding-inline-start: 2.25rem;
    }
    .header,
    .group-heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 0.75rem;
    }
    .name {
      flex: 1 1 10rem;
      min-inline-size: 0;
      font-weight: 600;
    }
    .status,
    .popover-badge {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      padding: 0.125rem 0.5rem;
      border-radius: 999px;
      background: var(--_bg);
      color: var(--_fg);
      font-size: 0.85em;
      font-weight: 600;
    }
    .icon {
      flex: none;
      inline-size: 1.1em;
      block-size: 1.1em;
      fill: currentColor;
    }
    .group-heading {
      padding: 0.5rem 1rem;
      padding-inline-start: 0.5rem;
      font-size: 1em;
    }
    .group-toggle {
      display: inline-flex;
      flex: 1 1 12rem;
      align-items: center;
      gap: 0.375rem;
      min-inline-size: 0;
      min-block-size: 2.25rem;
      padding: 0.25rem 0.5rem;
      border: 0;
      border-radius: 0.375rem;
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 650;
      text-align: start;
      cursor: pointer;
    }
    .group-toggle:hover {
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    .chevron {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2.5;
    }
    /* The chevron points along the line (mirrored right to left), and down when open. */
    .chevron:dir(rtl) {
      transform: scaleX(-1);
    }
    [aria-expanded='true'] > .chevron {
      transform: rotate(90deg);
    }
    .group-name {
      min-inline-size: 0;
    }
    .group-count {
      color: var(--_muted);
      font-size: 0.85em;
      font-weight: 400;
      white-space: nowrap;
    }
    .group-list[hidden] {
      display: none;
    }
    /* The strip: one flexible bar per day, today at the end (the left in right-to-left pages). */
    .track {
      position: relative;
    }
    .strip {
      display: flex;
      gap: 1px;
      block-size: var(--_bar-height);
    }
    .bar {
      flex: 1 1 0;
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: 2px;
      background: var(--_bar);
      cursor: pointer;
    }
    .bar.critical {
      --_bar: var(--_bar-critical);
    }
    .bar.major {
      --_bar: var(--_bar-major);
    }
    .bar.minor {
      --_bar: var(--_bar-minor);
    }
    .bar.maintenance {
      --_bar: var(--_bar-maintenance);
    }
    .bar.operational {
      --_bar: var(--_bar-operational);
    }
    /* No data is not a colour of health: an outline, hatched. */
    .bar.nodata {
      box-shadow: inset 0 0 0 1px var(--_bar-nodata);
      background: repeating-linear-gradient(
        135deg,
        transparent 0 3px,
        color-mix(in srgb, var(--_bar-nodata) 45%, transparent) 3px 4px
      );
    }
    .bar:hover,
    .bar[aria-expanded='true'] {
      filter: brightness(0.85);
    }
    .bar:focus-visible {
      outline: var(--_focus);
      outline-offset: 1px;
      position: relative;
    }
    .caption {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
      margin: 0;
      color: var(--_muted);
      font-size: 0.85em;
    }
    /* The popover: under its bar (--_at, from 0 at the start to 1 at the end), inside the element. */
    .popover {
      --_w: min(20rem, 100%);
      position: absolute;
      z-index: 1;
      inset-block-start: calc(100% + 0.375rem);
      inset-inline-start: clamp(0px, calc(var(--_at, 1) * 100% - var(--_w) / 2), calc(100% - var(--_w)));
      box-sizing: border-box;
      inline-size: var(--_w);
      display: grid;
      gap: 0.375rem;
      padding: 0.625rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--status-radius, 0.5rem);
      background: var(--_surface-bg);
      color: var(--_surface-fg);
      box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
      font-size: 0.9em;
    }
    .popover[hidden] {
      display: none;
    }
    .popover p {
      margin: 0;
    }
    .popover-date {
      font-weight: 650;
    }
    .popover-items {
      display: grid;
      gap: 0.5rem;
    }
    .popover-item {
      display: grid;
      justify-items: start;
      gap: 0.125rem;
      min-inline-size: 0;
    }
    .popover-when {
      color: var(--_muted);
      font-size: 0.9em;
    }
    /* Feed text and phrases take their own direction (an English feed on a right-to-left page:
       "1 day with incidents" keeps its number first), while the layout follows the page. */
    .popover-date,
    .popover-title,
    .popover-when,
    .popover-summary,
    .name,
    .group-name,
    .group-count,
    .caption > span {
      unicode-bidi: plaintext;
    }
    a {
      color: inherit;
      text-underline-offset: 0.15em;
    }
    .empty {
      margin: 0;
      padding: var(--status-padding, 0.75rem 1rem);
      border: 1px solid var(--_border);
      border-radius: var(--status-radius, 0.5rem);
      background: var(--_surface-bg);
      color: var(--_muted);
    }
    a:focus-visible,
    button:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .bar:focus-visible {
      outline-offset: 1px;
    }
    /* Narrow containers: less padding, more room for the days. */
    @container (max-width: 24rem) {
      .component {
        padding: 0.625rem 0.75rem;
      }
      .group-list > .component {
        padding-inline-start: 1.25rem;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .chevron {
        transition: transform 150ms;
      }
      .group-toggle {
        transition: background-color 120ms;
      }
    }
    @media (forced-colors: active) {
      .list,
      .empty,
      .popover,
      .status,
      .popover-badge {
        border: 1px solid CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      .list > li + li,
      .group-list > li {
        border-block-start-color: CanvasText;
      }
      .group-count,
      .caption,
      .popover-when {
        color: CanvasText;
      }
      .icon {
        fill: CanvasText;
      }
      a {
        color: LinkText;
      }
      .group-toggle {
        color: ButtonText;
      }
      /* Days told apart by more than the system's colours: nothing (CanvasText), an incident
         (Highlight), maintenance (striped), no data (an outline). The label says which exactly. */
      .bar {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .bar.critical,
      .bar.major,
      .bar.minor {
        background: Highlight;
      }
      .bar.maintenance {
        background: repeating-linear-gradient(0deg, CanvasText 0 2px, Canvas 2px 4px);
        box-shadow: inset 0 0 0 1px CanvasText;
      }
      .bar.nodata {
        background: Canvas;
        box-shadow: inset 0 0 0 1px CanvasText;
      }
      .bar:hover,
      .bar[aria-expanded='true'] {
        filter: none;
        outline: 2px solid CanvasText;
        outline-offset: 1px;
      }
    }
  `,
];
