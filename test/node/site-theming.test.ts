// The playground's theming panel (site/playground/theming-*.ts): its property table is the
// manifest's cssProperties (union over the elements) with the defaults the style sources fall back
// to; contrast ratios follow WCAG 2.x; "Copy CSS" gives one rule with the changed properties only.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import {
  ELEMENT_TAGS,
  PROPERTIES,
  PROPERTY_GROUPS,
  themeDefaults,
} from '../../site/playground/theming-properties.js';
import {
  changedProperties,
  checkContrast,
  contrastRatio,
  cssRule,
  effectiveColors,
  formatRatio,
  isSafeValue,
  mix,
  outlineColor,
  parseColor,
  toHex,
  type Rgba,
} from '../../site/playground/theming-color.js';

const rgb = (css: string): Rgba => {
  const c = parseColor(css);
  assert.ok(c, css);
  return c;
};

interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[];
}

describe('the property table', () => {
  let manifest: Manifest;
  const outdir = mkdtempSync(join(tmpdir(), 'status-widgets-theming-cem-'));
  before(async () => {
    const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
    await promisify(execFile)(process.execPath, [
      cem,
      'analyze',
      '--quiet',
      '--outdir',
      relative(process.cwd(), outdir),
    ]);
    manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
  });
  after(() => rmSync(outdir, { recursive: true, force: true }));

  it("is the manifest's cssProperties, each with the elements that document it", () => {
    const documented = new Map<string, string[]>();
    for (const module of manifest.modules) {
      for (const d of module.declarations ?? []) {
        for (const p of d.cssProperties ?? []) {
          documented.set(p.name, [...(documented.get(p.name) ?? []), d.tagName!].sort());
        }
      }
    }
    assert.deepEqual(PROPERTIES.map((p) => p.name).sort(), [...documented.keys()].sort());
    for (const p of PROPERTIES) assert.deepEqual([...p.elements].sort(), documented.get(p.name), p.name);
    assert.equal(new Set(PROPERTIES.map((p) => p.name)).size, PROPERTIES.length);
    assert.deepEqual(
      PROPERTY_GROUPS.map((g) => g.id),
      ['surface', 'status', 'bars', 'dots', 'focus', 'shape'],
    );
  });

  it('has the defaults the element styles fall back to, light and dark', () => {
    const dir = 'src/elements';
    const sources = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.styles.ts') || f.endsWith('tokens.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    for (const theme of ['light', 'dark'] as const) {
      for (const [name, value] of Object.entries(themeDefaults(theme))) {
        assert.ok(
          sources.includes(`var(${name}, ${value})`),
          `${theme}: var(${name}, ${value}) in the styles`,
        );
      }
    }
    assert.ok(
      sources.includes('var(--status-muted, color-mix(in srgb, var(--_surface-fg) 72%, var(--_surface-bg)))'),
    );
  });
});

describe('colours', () => {
  it('reads hex, rgb() and hsl() and writes hex', () => {
    assert.deepEqual(rgb('#777'), { r: 119, g: 119, b: 119, a: 1 });
    assert.deepEqual(rgb('#11223380'), { r: 17, g: 34, b: 51, a: 128 / 255 });
    assert.deepEqual(rgb('rgb(10, 20, 30)'), { r: 10, g: 20, b: 30, a: 1 });
    assert.deepEqual(rgb('rgb(10 20 30 / 50%)'), { r: 10, g: 20, b: 30, a: 0.5 });
    assert.equal(toHex(rgb('hsl(0 100% 50%)')), '#ff0000');
    assert.equal(toHex(rgb('hsl(120, 100%, 25%)')), '#008000');
    assert.equal(toHex(rgb('White')), '#ffffff');
    assert.equal(parseColor('rebeccapurple'), undefined);
    assert.deepEqual(
      parseColor('rebeccapurple', () => ({ r: 102, g: 51, b: 153, a: 1 })),
      {
        r: 102,
        g: 51,
        b: 153,
        a: 1,
      },
    );
    assert.equal(parseColor('rgb(1, 2)'), undefined);
  });

  it('computes WCAG 2.x contrast ratios', () => {
    assert.equal(contrastRatio(rgb('#000'), rgb('#fff')), 21);
    assert.equal(contrastRatio(rgb('#fff'), rgb('#fff')), 1);
    const grey = contrastRatio(rgb('#777'), rgb('#fff'));
    assert.ok(Math.abs(grey - 4.48) < 0.01, String(grey));
    assert.ok(grey < 4.5, '#777 on white fails AA');
    assert.equal(formatRatio(grey), '4.47:1');
    assert.equal(formatRatio(4.4999), '4.49:1');
    assert.ok(contrastRatio(rgb('#767676'), rgb('#fff')) >= 4.5, '#767676 is the lightest grey that passes');
    // Order does not matter; a translucent colour is painted over what is behind it.
    assert.equal(contrastRatio(rgb('#fff'), rgb('#000')), 21);
    assert.equal(contrastRatio(rgb('rgb(0 0 0 / 0)'), rgb('#fff')), 1);
  });

  it('finds the colour of an outline shorthand', () => {
    const text = rgb('#1c2330');
    assert.deepEqual(outlineColor('2px solid currentColor', text), text);
    assert.deepEqual(outlineColor('3px dashed #0b57d0', text), rgb('#0b57d0'));
    assert.deepEqual(outlineColor('2px solid rgb(1 2 3)', text), rgb('rgb(1 2 3)'));
    assert.deepEqual(outlineColor('2px solid', text), text);
  });
});

describe('contrast of the themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`every default pair passes in the ${theme} theme`, () => {
      const results = checkContrast(effectiveColors({}, themeDefaults(theme)), theme);
      assert.ok(results.length >= 20);
      const failing = results.filter((r) => !r.pass).map((r) => `${r.label} ${formatRatio(r.ratio)}`);
      assert.deepEqual(failing, []);
    });
  }

  it('follows the values set, and the muted colour follows the text and background', () => {
    const defaults = themeDefaults('light');
    const values = {
      '--status-critical-fg': '#777',
      '--status-critical-bg': '#fff',
      '--status-surface-fg': '#000',
    };
    const colors = effectiveColors(values, defaults);
    const critical = checkContrast(colors, 'light').find((r) => r.fg === '--status-critical-fg')!;
    assert.equal(critical.pass, false);
    assert.equal(critical.required, 4.5);
    assert.deepEqual(colors.get('--status-muted'), mix(rgb('#000'), rgb('#fff'), 0.72));
    // The focus ring's currentColor is the text.
    assert.deepEqual(colors.get('--status-focus-ring'), rgb('#000'));
    const bar = checkContrast(effectiveColors({ '--status-bar-minor': '#eee' }, defaults), 'light').find(
      (r) => r.fg === '--status-bar-minor',
    )!;
    assert.equal(bar.required, 3);
    assert.equal(bar.pass, false);
  });
});

describe('Copy CSS', () => {
  it('lists only the changed properties, on every element', () => {
    const defaults = themeDefaults('light');
    const changed = changedProperties(
      {
        '--status-critical-bg': '#b00020',
        '--status-critical-fg': '#8c0f1a', // the default: left out
        '--status-radius': ' 0 ',
        '--status-font': '',
        '--status-border': 'red; } body { display: none',
      },
      defaults,
    );
    assert.deepEqual(changed, { '--status-critical-bg': '#b00020', '--status-radius': '0' });
    assert.equal(
      cssRule(changed),
      `${ELEMENT_TAGS.join(',\n')} {\n  --status-critical-bg: #b00020;\n  --status-radius: 0;\n}\n`,
    );
    assert.match(cssRule({}), /^\/\*/);
  });

  it('keeps values that cannot break out of their declaration', () => {
    assert.ok(isSafeValue('600 1rem/1.4 "Inter", system-ui'));
    assert.ok(isSafeValue('color-mix(in srgb, red 50%, blue)'));
    for (const bad of ['red;', 'a { b', '"open', 'url(x', 'x /* y', 'a\nb', 'a)']) {
      assert.equal(isSafeValue(bad), false, bad);
    }
  });
});
