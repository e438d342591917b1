/**
 * The playground's theming panel: every documented `--status-*` custom property, grouped, with a
 * colour picker and a text field for colours (any CSS colour) and a text field for the others,
 * applied live to the preview through the `ThemingHost`; the WCAG contrast of each text and
 * background pair (and of bars, dots and the focus ring against the card); and "Copy CSS" with
 * the changed properties as one rule for every element.
 */
import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ThemingHost } from './panels.js';
import { PROPERTY_GROUPS, themeDefaults, type Theme, type ThemeProperty } from './theming-properties.js';
import {
  changedProperties,
  checkContrast,
  cssRule,
  effectiveColors,
  formatRatio,
  isSafeValue,
  parseColor,
  toHex,
  type PairResult,
  type Resolve,
  type Rgba,
} from './theming-color.js';

/** Reads any CSS colour the browser knows, by painting one pixel with it. */
function browserResolve(): Resolve {
  let context: CanvasRenderingContext2D | null | undefined;
  return (css) => {
    if (typeof CSS === 'undefined' || !CSS.supports('color', css) || /^currentcolor$/i.test(css))
      return undefined;
    if (context === undefined) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    if (!context) return undefined;
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#000';
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
    return { r, g, b, a: a / 255 };
  };
}

let mounts = 0;

/** Mounts the theming panel into `host`. */
export function mountThemingPanel(host: HTMLElement, api: ThemingHost): void {
  const mount = mounts++;
  const id = (name: string) => `sw-theming-${mount}-${name.replace(/^--/, '')}`;
  const resolve = browserResolve();
  let theme: Theme = api.theme();
  let defaults = themeDefaults(theme);
  /** What each field holds, as typed (colour fields start at the theme's value; the others empty). */
  const values: Record<string, string> = { ...defaults };
  for (const group of PROPERTY_GROUPS) {
    for (const p of group.properties) if (p.kind !== 'color') values[p.name] = '';
  }
  /** What was last applied to the preview (so a property set back to its default is removed). */
  let applied: Record<string, string> = {};
  let message = '';
  /** The property groups shown open (the first, to begin with; the reader opens the others). */
  const open = new Set<string>([PROPERTY_GROUPS[0]!.id]);

  /** Why a value cannot be used, or undefined. */
  const problem = (p: ThemeProperty): string | undefined => {
    const value = values[p.name]?.trim() ?? '';
    if (!value) return undefined;
    if (!isSafeValue(value))
      return 'This value would break the CSS rule (a ; { } or an unclosed quote or bracket).';
    if (p.kind === 'color' && !parseColor(value, resolve) && !/^currentcolor$/i.test(value)) {
      return 'Not a CSS colour this browser knows.';
    }
    if (typeof CSS !== 'undefined' && p.kind === 'outline' && !CSS.supports('outline', value)) {
      return 'Not an outline value, such as 2px solid #0b57d0.';
    }
    return undefined;
  };

  /** The properties to set: changed from the defaults, and usable. */
  const wanted = () => {
    const usable: Record<string, string> = {};
    for (const group of PROPERTY_GROUPS) {
      for (const p of group.properties) if (!problem(p)) usable[p.name] = values[p.name] ?? '';
    }
    return changedProperties(usable, defaults);
  };

  const apply = () => {
    const next = wanted();
    const diff: Record<string, string> = {};
    for (const name of Object.keys(applied)) if (!(name in next)) diff[name] = '';
    for (const [name, value] of Object.entries(next)) if (applied[name] !== value) diff[name] = value;
    if (Object.keys(diff).length) api.apply(diff);
    applied = next;
  };

  /** The preview's theme changed: fields still at the old theme's defaults take the new ones. */
  const followTheme = () => {
    const now = api.theme();
    if (now === theme) return;
    const next = themeDefaults(now);
    for (const [name, value] of Object.entries(next))
      if (values[name] === defaults[name]) values[name] = value;
    theme = now;
    defaults = next;
    message = `The preview shows the ${now} theme; unchanged fields now start from its colours.`;
    apply();
  };

  const set = (name: string, value: string) => {
    values[name] = value;
    apply();
    update();
  };

  const swatchColor = (p: ThemeProperty, colors: Map<string, Rgba>) => {
    const color = colors.get(p.name);
    return color ? toHex(color) : '#000000';
  };

  const row = (p: ThemeProperty, colors: Map<string, Rgba>, results: PairResult[]) => {
    const error = problem(p);
    const pair = results.find((r) => r.fg === p.name);
    const hint = p.note ?? (p.kind === 'color' ? undefined : defaults[p.name]);
    const describedBy = [hint ? id(`${p.name}-hint`) : '', error ? id(`${p.name}-error`) : '']
      .filter(Boolean)
      .join(' ');
    const changed = (values[p.name]?.trim() ?? '') !== '' && values[p.name]?.trim() !== defaults[p.name];
    return html`
      <div class="sw-prop ${changed ? 'sw-changed' : ''}">
        <label class="sw-prop-label" for=${id(p.name)}>
          <span>${p.label}</span>
          <code>${p.name}</code>
        </label>
        <div class="sw-prop-inputs">
          ${
            p.kind === 'color'
              ? html`<input
                  type="color"
                  class="sw-picker"
                  aria-label=${`${p.label}: colour picker`}
                  .value=${live(swatchColor(p, colors))}
                  @input=${(e: Event) => set(p.name, (e.target as HTMLInputElement).value)}
                />`
              : nothing
          }
          <input
            id=${id(p.name)}
            type="text"
            spellcheck="false"
            autocomplete="off"
            placeholder=${p.note ? `default: ${p.note}` : defaults[p.name] ? `default: ${defaults[p.name]}` : ''}
            .value=${live(values[p.name] ?? '')}
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${describedBy || nothing}
            @input=${(e: Event) => set(p.name, (e.target as HTMLInputElement).value)}
          />
        </div>
        ${hint ? html`<p class="sw-hint" id=${id(`${p.name}-hint`)}>Default: ${hint}</p>` : nothing}
        ${
          pair
            ? html`<p class="sw-hint sw-inline-ratio ${pair.pass ? 'sw-pass' : 'sw-fail'}">
                ${formatRatio(pair.ratio)} on <code>${pair.bg}</code>:
                <span class="sw-verdict">${pair.pass ? 'Pass' : 'Fail'}</span> (min ${pair.required}:1)
              </p>`
            : nothing
        }
        ${error ? html`<p class="sw-error" id=${id(`${p.name}-error`)}>${error}</p>` : nothing}
      </div>
    `;
  };

  const contrastTable = (colors: Map<string, Rgba>, results: PairResult[]) => {
    const failing = results.filter((r) => !r.pass).length;
    return html`
      <section class="sw-contrast" aria-labelledby=${id('contrast')}>
        <h3 id=${id('contrast')}>Contrast (WCAG 2.x)</h3>
        <p class="sw-hint">
          Text needs 4.5:1 (AA); bars, dots and the focus ring 3:1 against the card.
          <strong
            >${failing ? `${failing} of ${results.length} fail.` : `All ${results.length} pass.`}</strong
          >
        </p>
        <div class="sw-table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col">Sample</th>
                <th scope="col">Contrast</th>
              </tr>
            </thead>
            <tbody>
              ${results.map((r) => {
                const fg = colors.get(r.fg)!;
                const bg = colors.get(r.bg)!;
                const sample =
                  r.kind === 'text'
                    ? html`<span
                        class="sw-sample"
                        style=${styleMap({ color: toHex(fg), background: toHex(bg) })}
                        >Aa</span
                      >`
                    : html`<span class="sw-sample" style=${styleMap({ background: toHex(bg) })}
                        ><span class="sw-mark" style=${styleMap({ background: toHex(fg) })}></span
                      ></span>`;
                return html`<tr class=${r.pass ? 'sw-pass' : 'sw-fail'}>
                  <th scope="row">
                    ${r.label}
                    <span class="sw-pair"><code>${r.fg}</code> on <code>${r.bg}</code></span>
                  </th>
                  <td aria-hidden="true">${sample}</td>
                  <td>
                    <div class="sw-ratio">
                      <span class="sw-ratio-value">${formatRatio(r.ratio)}</span>
                      <span class="sw-verdict">${r.pass ? 'Pass' : 'Fail'}</span>
                      <span class="sw-hint">AA needs ${r.required}:1</span>
                    </div>
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </section>
    `;
  };

  const copy = async () => {
    const text = cssRule(wanted());
    try {
      await navigator.clipboard.writeText(text);
      message = 'Copied the CSS rule to the clipboard.';
    } catch {
      const output = host.querySelector<HTMLElement>(`#${id('css')}`);
      const selection = getSelection();
      if (output && selection) {
        selection.selectAllChildren(output);
        message = 'The clipboard is not available here: the rule is selected, copy it with Ctrl+C or ⌘C.';
      } else message = 'The clipboard is not available here: copy the rule shown above.';
    }
    update();
  };

  const reset = () => {
    for (const group of PROPERTY_GROUPS) {
      for (const p of group.properties) values[p.name] = p.kind === 'color' ? (defaults[p.name] ?? '') : '';
    }
    apply();
    message = `Every property is back to the ${theme} theme's default.`;
    update();
  };

  function update() {
    const colors = effectiveColors(
      Object.fromEntries(
        PROPERTY_GROUPS.flatMap((g) =>
          g.properties.filter((p) => !problem(p)).map((p) => [p.name, values[p.name] ?? '']),
        ),
      ),
      defaults,
      resolve,
    );
    const results = checkContrast(colors, theme);
    const css = cssRule(wanted());
    render(
      html`<div class="sw-theming">
        <p class="sw-hint">
          Starting from the ${theme} theme's defaults. Changes apply to the preview at once; an empty field is
          the element's default.
        </p>
        ${PROPERTY_GROUPS.map((group) => {
          const changed = group.properties.filter((p) => p.name in applied).length;
          const failing = results.filter(
            (r) => !r.pass && group.properties.some((p) => p.name === r.fg || p.name === r.bg),
          ).length;
          const notes = [
            `${group.properties.length} ${group.properties.length === 1 ? 'property' : 'properties'}`,
            changed ? `${changed} changed` : '',
            failing ? `${failing} failing contrast` : '',
          ].filter(Boolean);
          return html`<details
            class="sw-group sw-group-${group.id}"
            ?open=${open.has(group.id)}
            @toggle=${(e: Event) => {
              if ((e.currentTarget as HTMLDetailsElement).open) open.add(group.id);
              else open.delete(group.id);
            }}
          >
            <summary>
              <span class="sw-group-title" id=${id(`group-${group.id}`)}>${group.title}</span>
              <span class="sw-hint ${failing ? 'sw-fail-note' : ''}">${notes.join(', ')}</span>
            </summary>
            <fieldset aria-labelledby=${id(`group-${group.id}`)}>
              ${group.properties.map((p) => row(p, colors, results))}
            </fieldset>
          </details>`;
        })}
        ${contrastTable(colors, results)}
        <section class="sw-copy" aria-labelledby=${id('css-heading')}>
          <h3 id=${id('css-heading')}>CSS for your page</h3>
          <pre id=${id('css')} tabindex="0" aria-labelledby=${id('css-heading')}><code>${css}</code></pre>
          <div class="sw-actions">
            <button type="button" @click=${copy}>Copy CSS</button>
            <button type="button" class="sw-secondary" @click=${reset}>Reset all</button>
          </div>
        </section>
        <p class="sw-status" role="status">${message}</p>
      </div>`,
      host,
    );
  }

  host.addEventListener('focusin', () => {
    const before = theme;
    followTheme();
    if (theme !== before) update();
  });
  host.addEventListener('pointerenter', () => {
    const before = theme;
    followTheme();
    if (theme !== before) update();
  });
  update();
}
