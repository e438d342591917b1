/**
 * The documented `--status-*` custom properties of the five elements (the union of their
 * `@cssprop` tags, which `custom-elements.json` lists as `cssProperties`), grouped for the
 * theming panel, with the default each element falls back to in the light and the dark theme
 * (from `src/elements/shared/tokens.ts` and the elements' `*.styles.ts`).
 * test/node/site-theming.test.ts keeps this table equal to the manifest and the style sources.
 */

export type Theme = 'light' | 'dark';

/** How the panel edits a property: a colour picker, an outline, or free text. */
export type PropertyKind = 'color' | 'outline' | 'text';

export interface ThemeProperty {
  name: string;
  kind: PropertyKind;
  /** What it paints, in the panel's words. */
  label: string;
  /** The elements that read it. */
  elements: readonly string[];
  /** The elements' own value in each theme (a CSS value); absent where it is computed or inherited. */
  light?: string;
  dark?: string;
  /** Shown instead of a value where there is no single default (computed, inherited, per element). */
  note?: string;
}

export interface PropertyGroup {
  id: string;
  title: string;
  properties: readonly ThemeProperty[];
}

/** Every element, in the order the README lists them: the selector of "Copy CSS". */
export const ELEMENT_TAGS = [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
] as const;

const ALL = ELEMENT_TAGS;
const CARDS = ['component-status', 'incident-timeline', 'maintenance-notice', 'status-indicator'] as const;
const NOT_NOTICE = ['component-status', 'incident-timeline', 'status-banner', 'status-indicator'] as const;
const BOXES = ['component-status', 'incident-timeline', 'maintenance-notice', 'status-banner'] as const;
const BARS = ['component-status'] as const;
const DOTS = ['status-indicator'] as const;

const color = (
  name: string,
  label: string,
  elements: readonly string[],
  light: string,
  dark: string,
): ThemeProperty => ({ name, kind: 'color', label, elements, light, dark });

const severities = [
  ['critical', 'Critical (major outage)', NOT_NOTICE, '#fde7e9', '#8c0f1a', '#4a1117', '#ffd9dc'],
  ['major', 'Major (partial outage)', NOT_NOTICE, '#fdeee4', '#8a3300', '#4a2410', '#ffdcc7'],
  ['minor', 'Minor (degraded)', ALL, '#fff6d6', '#6b4e00', '#3f3304', '#ffeaa6'],
  ['maintenance', 'Maintenance', ALL, '#e6f0fd', '#0b4a8b', '#10294a', '#d3e5ff'],
  ['operational', 'Operational', ALL, '#e5f5ea', '#145c2c', '#0f3320', '#c9f2d6'],
] as const;

export const SEVERITIES = severities.map(([id, label]) => ({ id, label }));

export const PROPERTY_GROUPS: readonly PropertyGroup[] = [
  {
    id: 'surface',
    title: 'Surface and text',
    properties: [
      color('--status-surface-bg', 'Card background', CARDS, '#ffffff', '#161b24'),
      color('--status-surface-fg', 'Text', CARDS, '#1c2330', '#e6eaf2'),
      {
        name: '--status-muted',
        kind: 'color',
        label: 'Secondary text (times, captions)',
        elements: ['component-status', 'incident-timeline', 'maintenance-notice'],
        note: 'the text colour at 72 % over the background',
      },
      color('--status-border', 'Borders and dividers', CARDS, '#d5dbe5', '#3a4456'),
    ],
  },
  {
    id: 'status',
    title: 'Status colours',
    properties: severities.flatMap(([id, label, elements, lightBg, lightFg, darkBg, darkFg]) => [
      color(`--status-${id}-bg`, `${label}: background`, elements, lightBg, darkBg),
      color(`--status-${id}-fg`, `${label}: text`, elements, lightFg, darkFg),
    ]),
  },
  {
    id: 'bars',
    title: 'Day bars (component status)',
    properties: [
      color('--status-bar-critical', 'Day with a critical incident', BARS, '#c62828', '#ff6b6b'),
      color('--status-bar-major', 'Day with a major incident', BARS, '#d9600b', '#f5923e'),
      color('--status-bar-minor', 'Day with a minor incident', BARS, '#a97c00', '#e3b341'),
      color('--status-bar-maintenance', 'Day with maintenance', BARS, '#2563eb', '#6aa8ff'),
      color('--status-bar-operational', 'Day without events', BARS, '#23864b', '#3fb96f'),
      color('--status-bar-nodata', 'Outline of a day without data', BARS, '#7b8494', '#8a94a6'),
      {
        name: '--status-bar-height',
        kind: 'text',
        label: 'Bar height',
        elements: BARS,
        light: '2rem',
        dark: '2rem',
      },
    ],
  },
  {
    id: 'dots',
    title: 'Indicator dots',
    properties: [
      color('--status-operational-dot', 'Operational', DOTS, '#1a7f37', '#3fb950'),
      color('--status-minor-dot', 'Degraded', DOTS, '#9a6700', '#d29922'),
      color('--status-major-dot', 'Partial outage', DOTS, '#c2410c', '#f0883e'),
      color('--status-critical-dot', 'Major outage', DOTS, '#cf222e', '#ff6b61'),
      color('--status-maintenance-dot', 'Maintenance', DOTS, '#0969da', '#58a6ff'),
      color('--status-unavailable-dot', 'Feed unavailable', DOTS, '#6e7781', '#9aa4b2'),
      color('--status-dot-mark', 'Mark inside the large dot', DOTS, '#ffffff', '#0d1117'),
      {
        name: '--status-dot-size',
        kind: 'text',
        label: 'Dot diameter',
        elements: DOTS,
        light: '0.625em',
        dark: '0.625em',
      },
    ],
  },
  {
    id: 'focus',
    title: 'Focus ring',
    properties: [
      {
        name: '--status-focus-ring',
        kind: 'outline',
        label: 'Outline of focused links, buttons and bars',
        elements: ALL,
        light: '2px solid currentColor',
        dark: '2px solid currentColor',
      },
    ],
  },
  {
    id: 'shape',
    title: 'Shape and type',
    properties: [
      {
        name: '--status-radius',
        kind: 'text',
        label: 'Corner radius',
        elements: BOXES,
        light: '0.5rem',
        dark: '0.5rem',
      },
      {
        name: '--status-padding',
        kind: 'text',
        label: 'Inner spacing',
        elements: BOXES,
        note: 'per element, 0.625rem 1rem to 1rem 1.25rem',
      },
      { name: '--status-font', kind: 'text', label: 'Font (shorthand)', elements: ALL, note: 'inherited' },
      {
        name: '--status-z-index',
        kind: 'text',
        label: 'Stacking order when sticky or fixed',
        elements: ['status-banner', 'status-indicator'],
        light: '10',
        dark: '10',
      },
    ],
  },
];

export const PROPERTIES: readonly ThemeProperty[] = PROPERTY_GROUPS.flatMap((g) => g.properties);

export function propertyNamed(name: string): ThemeProperty | undefined {
  return PROPERTIES.find((p) => p.name === name);
}

/** The elements' default for each property in a theme (computed ones left out). */
export function themeDefaults(theme: Theme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of PROPERTIES) {
    const value = p[theme];
    if (value !== undefined) out[p.name] = value;
  }
  return out;
}
