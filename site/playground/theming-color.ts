/**
 * The theming panel's arithmetic, without any DOM: reading CSS colours, WCAG 2.x contrast
 * (relative luminance), the pairs the panel checks, and the CSS rule "Copy CSS" gives.
 *
 * Colours the parser here does not know (named colours beyond a few, `oklch()`, `color-mix()` …)
 * are handed to a `resolve` function, which the panel implements with the browser itself.
 */
import { ELEMENT_TAGS, PROPERTIES, SEVERITIES, type Theme } from './theming-properties.js';

/** sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Reads any colour this module cannot (the panel passes one backed by the browser). */
export type Resolve = (css: string) => Rgba | undefined;

const NAMED: Record<string, Rgba> = {
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 255, g: 255, b: 255, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
};

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** A channel of `rgb()`: a number 0–255 or a percentage. */
function channel(text: string): number {
  return text.endsWith('%') ? (parseFloat(text) / 100) * 255 : parseFloat(text);
}
function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text);
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()` / `rgba()`, `hsl()` / `hsla()`, black, white, transparent. */
export function parseColor(css: string, resolve?: Resolve): Rgba | undefined {
  const text = css.trim().toLowerCase();
  if (!text) return undefined;
  const named = NAMED[text];
  if (named) return { ...named };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const at = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: at(0), g: at(2), b: at(4), a: full.length === 8 ? at(6) / 255 : 1 };
  }
  const fn = /^(rgba?|hsla?)\(\s*([^)]*)\)$/.exec(text);
  if (fn) {
    const parts = fn[2]!.split(/\s*[,/]\s*|\s+/).filter(Boolean);
    const valid = parts.every((p) => /^[+-]?(\d+\.?\d*|\.\d+)(%|deg)?$/.test(p));
    if (valid && (parts.length === 3 || parts.length === 4)) {
      const a = clamp(alpha(parts[3]), 0, 1);
      if (fn[1]!.startsWith('rgb')) {
        const [r, g, b] = parts.slice(0, 3).map((p) => clamp(channel(p), 0, 255)) as [number, number, number];
        return { r, g, b, a };
      }
      const h = ((parseFloat(parts[0]!) % 360) + 360) % 360;
      const s = clamp(parseFloat(parts[1]!) / 100, 0, 1);
      const l = clamp(parseFloat(parts[2]!) / 100, 0, 1);
      const [r, g, b] = hslToRgb(h, s, l);
      return { r, g, b, a };
    }
  }
  return resolve?.(css.trim());
}

/** `#rrggbb` for a colour (alpha dropped): what `<input type="color">` takes. */
export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(clamp(c, 0, 255))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    a: 1,
  };
}

/** `color-mix(in srgb, a p, b)` with `p` from 0 to 1 (opaque colours). */
export function mix(a: Rgba, b: Rgba, p: number): Rgba {
  return {
    r: a.r * p + b.r * (1 - p),
    g: a.g * p + b.g * (1 - p),
    b: a.b * p + b.b * (1 - p),
    a: a.a * p + b.a * (1 - p),
  };
}

/** WCAG 2.x relative luminance of an sRGB colour (alpha ignored). */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The WCAG 2.x contrast ratio (1 to 21) of `fg` on `bg`. A translucent `fg` is painted over
 * `bg` first, a translucent `bg` over `backdrop` (the page: white unless given).
 */
export function contrastRatio(fg: Rgba, bg: Rgba, backdrop: Rgba = NAMED['white']!): number {
  const base = over(bg, backdrop);
  const top = over(fg, base);
  const [hi, lo] = [luminance(top), luminance(base)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The ratio as people read it, never rounded up past a threshold: 4.499 is "4.49". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** Text needs 4.5:1 (WCAG 1.4.3 AA, normal size); bars and focus rings 3:1 (1.4.11). */
export type PairKind = 'text' | 'non-text';
export const THRESHOLDS: Record<PairKind, number> = { text: 4.5, 'non-text': 3 };

export interface ContrastPair {
  /** The property drawn in front (text, bar, ring). */
  fg: string;
  /** The property behind it. */
  bg: string;
  label: string;
  kind: PairKind;
}

/** The pairs the panel checks, in the order it shows them. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { fg: '--status-surface-fg', bg: '--status-surface-bg', label: 'Text on the card', kind: 'text' },
  { fg: '--status-muted', bg: '--status-surface-bg', label: 'Secondary text on the card', kind: 'text' },
  ...SEVERITIES.map(({ id, label }) => ({
    fg: `--status-${id}-fg`,
    bg: `--status-${id}-bg`,
    label: `${label} text`,
    kind: 'text' as const,
  })),
  ...PROPERTIES.filter((p) => p.name.startsWith('--status-bar-') && p.kind === 'color').map((p) => ({
    fg: p.name,
    bg: '--status-surface-bg',
    label: `Bar: ${p.label.toLowerCase()}`,
    kind: 'non-text' as const,
  })),
  ...PROPERTIES.filter((p) => /^--status-(?!dot-mark).*-dot$/.test(p.name)).map((p) => ({
    fg: p.name,
    bg: '--status-surface-bg',
    label: `Dot: ${p.label.toLowerCase()}`,
    kind: 'non-text' as const,
  })),
  { fg: '--status-focus-ring', bg: '--status-surface-bg', label: 'Focus ring on the card', kind: 'non-text' },
];

/** The colour of an outline shorthand (`2px solid #0b57d0`); `currentColor` (or none) is `current`. */
export function outlineColor(value: string, current: Rgba, resolve?: Resolve): Rgba | undefined {
  const tokens = value.trim().match(/[a-z-]+\([^)]*\)|[^\s]+/gi) ?? [];
  for (const token of tokens) {
    if (/^currentcolor$/i.test(token)) return current;
    const parsed =
      /^[\d.]/.test(token) || OUTLINE_WORDS.has(token.toLowerCase()) ? undefined : parseColor(token, resolve);
    if (parsed) return parsed;
  }
  return tokens.length ? current : undefined;
}
const OUTLINE_WORDS = new Set([
  'none',
  'auto',
  'solid',
  'dashed',
  'dotted',
  'double',
  'groove',
  'ridge',
  'inset',
  'outset',
  'thin',
  'medium',
  'thick',
  'hidden',
]);

export interface PairResult extends ContrastPair {
  ratio: number;
  pass: boolean;
  required: number;
}

/**
 * The colours of the properties as the elements would paint them: the values set, else the theme's
 * defaults; `--status-muted` unset is the text at 72 % over the background (tokens.ts), the focus
 * ring's `currentColor` the text colour.
 */
export function effectiveColors(
  values: Record<string, string>,
  defaults: Record<string, string>,
  resolve?: Resolve,
): Map<string, Rgba> {
  const colors = new Map<string, Rgba>();
  const read = (name: string) => {
    const set = values[name]?.trim();
    return (set && parseColor(set, resolve)) || parseColor(defaults[name] ?? '', resolve);
  };
  for (const p of PROPERTIES) {
    if (p.kind !== 'color' || p.name === '--status-muted') continue;
    const c = read(p.name);
    if (c) colors.set(p.name, c);
  }
  const fg = colors.get('--status-surface-fg');
  const bg = colors.get('--status-surface-bg');
  const muted = read('--status-muted') ?? (fg && bg ? mix(fg, bg, 0.72) : undefined);
  if (muted) colors.set('--status-muted', muted);
  const ring = values['--status-focus-ring']?.trim() || defaults['--status-focus-ring'] || '';
  const ringColor = fg && outlineColor(ring, fg, resolve);
  if (ringColor) colors.set('--status-focus-ring', ringColor);
  return colors;
}

/** Every pair's ratio and verdict; a translucent background is over the theme's page colour. */
export function checkContrast(colors: Map<string, Rgba>, theme: Theme): PairResult[] {
  const page = theme === 'dark' ? { r: 0, g: 0, b: 0, a: 1 } : NAMED['white']!;
  return CONTRAST_PAIRS.flatMap((pair) => {
    const fg = colors.get(pair.fg);
    const bg = colors.get(pair.bg);
    if (!fg || !bg) return [];
    const ratio = contrastRatio(fg, bg, page);
    const required = THRESHOLDS[pair.kind];
    return [{ ...pair, ratio, required, pass: ratio >= required }];
  });
}

/** Whether a value can go into a declaration as it is (no `;`, braces, comments or line breaks). */
export function isSafeValue(value: string): boolean {
  if (/[;{}\\]|\/\*|\*\//.test(value) || [...value].some((c) => c.charCodeAt(0) < 32)) return false;
  // Quotes closed, parentheses balanced: nothing can run on into the next declaration.
  let depth = 0;
  for (const part of value.split(/"[^"]*"|'[^']*'/)) {
    if (/["']/.test(part)) return false;
    for (const c of part) {
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}

/** The properties whose value differs from the theme's default (trimmed; empty ones left out). */
export function changedProperties(
  values: Record<string, string>,
  defaults: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of PROPERTIES) {
    const value = values[p.name]?.trim();
    if (value && value !== defaults[p.name] && isSafeValue(value)) out[p.name] = value;
  }
  return out;
}

/**
 * The rule "Copy CSS" gives: every element as the selector, the changed properties in the
 * panel's order.
 */
export function cssRule(changed: Record<string, string>): string {
  const lines = PROPERTIES.flatMap((p) => {
    const value = changed[p.name]?.trim();
    return value && isSafeValue(value) ? [`  ${p.name}: ${value};`] : [];
  });
  if (!lines.length) return '/* No property differs from the defaults yet. */';
  return `${ELEMENT_TAGS.join(',\n')} {\n${lines.join('\n')}\n}\n`;
}
