/**
 * Severity, shared by every element: an icon and a colour set per severity, always shown next to
 * a text label so colour is never the only signal. The colours come from the tokens
 * (`--status-critical-bg` …); `severityStyles` maps a `.critical`, `.major` … class to the
 * `--_bg` / `--_fg` pair an element paints with.
 */
import { css, html, svg, type TemplateResult } from 'lit';
import type { Impact } from '../../feed/schema.js';

export type Severity =
  'critical' | 'major' | 'minor' | 'maintenance' | 'scheduled' | 'operational' | 'unavailable' | 'resolved';

const warning = svg`<path d="M12 2 1 21h22L12 2Zm1 15h-2v2h2v-2Zm0-8h-2v6h2V9Z"/>`;
const check = svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8l-9 9Z"/>`;

const ICONS: Record<Severity, TemplateResult> = {
  critical: warning,
  major: warning,
  minor: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z"/>`,
  maintenance: svg`<path d="m22.7 19-9.1-9.1c.9-2.3.4-5-1.5-6.9-2-2-5-2.4-7.4-1.3L9 6 6 9 1.6 4.7C.4 7.1.9 10.1 2.9 12.1c1.9 1.9 4.6 2.4 6.9 1.5l9.1 9.1c.4.4 1 .4 1.4 0l2.3-2.3c.5-.4.5-1.1.1-1.4Z"/>`,
  scheduled: svg`<path d="M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2Zm0 16H5V10h14v10Zm-8-8h-4v4h4v-4Z"/>`,
  operational: check,
  resolved: check,
  unavailable: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z"/>`,
};

/** The severity an incident's impact is shown with (`none` as minor: it still says something). */
export function impactSeverity(impact: Impact): Severity {
  return impact === 'none' ? 'minor' : impact;
}

/** The icon for a severity, decorative (`aria-hidden`): the label beside it carries the meaning. */
export function severityIcon(severity: Severity, className = 'icon'): TemplateResult {
  return html`<svg part="icon" class=${className} viewBox="0 0 24 24" aria-hidden="true">
    ${ICONS[severity]}
  </svg>`;
}

/** `.critical` … `.resolved` set `--_bg` and `--_fg` from the tokens; icons follow `currentColor`. */
export const severityStyles = css`
  .critical {
    --_bg: var(--_critical-bg);
    --_fg: var(--_critical-fg);
  }
  .major {
    --_bg: var(--_major-bg);
    --_fg: var(--_major-fg);
  }
  .minor,
  .unavailable {
    --_bg: var(--_minor-bg);
    --_fg: var(--_minor-fg);
  }
  .maintenance,
  .scheduled {
    --_bg: var(--_maintenance-bg);
    --_fg: var(--_maintenance-fg);
  }
  .operational,
  .resolved {
    --_bg: var(--_operational-bg);
    --_fg: var(--_operational-fg);
  }
  @media (forced-colors: active) {
    svg[part~='icon'] {
      fill: CanvasText;
    }
  }
`;
