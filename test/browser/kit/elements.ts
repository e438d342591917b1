/**
 * Elements in the page, for the element tests (status-banner, maintenance-notice,
 * incident-timeline, status-indicator and the shared ones): creating and mounting them, shadow-root queries, event
 * turns, keys and media emulation. Feed documents come from feeds.ts, each element's parts from
 * harness.ts, the clock from clock.ts, layout assertions from layout.ts.
 *
 * Importing this module also, for the whole test file:
 * - makes the page say it is visible (see below), so elements with a `src` poll;
 * - removes after every test what `mount` rendered (a root-level `afterEach` hook, registered
 *   when the test file imports this module);
 * - gives an element test one more try in WebKit (see `webdriver` below).
 */
import { asFeed } from './feeds.js';
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { StatusElement } from '../../../src/elements/shared/status-element.js';
import type { StatusChangeEvent } from '../../../src/elements/shared/events.js';
import { nextTask, setVisibility, uniqueKey } from '../client/client-helpers.js';
// The test clock, put back after every test.
import './clock.js';
// One more try for a test that fails in WebKit: see webkit-retry.ts.
import './webkit-retry.js';

/** Every engine runs these files at once against one server and each keeps its own storage: ids stay unique. */
export const uid = uniqueKey;

/**
 * The client pauses polling in hidden pages, and Chromium reports every test page but the front
 * one as hidden: this page says it is visible, so the network tests can poll.
 */
setVisibility('visible');

// ---------------------------------------------------------------------------------------------
// Elements in the page

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

/**
 * Renders `template` into the page and returns its first element; removed after the test.
 * (fixture() waits for an animation frame when its root is not a Lit element, and a test page
 * in the background never gets one in Chromium.)
 */
export function mount<T extends Element = HTMLDivElement>(template: TemplateResult): T {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container.firstElementChild as T;
}

/** The tags of the status elements (the ones that take a `feed`). */
export type StatusTag = {
  [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends StatusElement ? K : never;
}[keyof HTMLElementTagNameMap];

export interface CreateOptions<E extends StatusElement> {
  /** Attributes, set before the feed. */
  attrs?: Record<string, string>;
  /** Properties, set before the feed. */
  props?: Partial<E>;
  /** A wrapper's attributes (`dir`, `lang`, `style`): the element is mounted inside it. */
  parent?: Record<string, string>;
}

/** A connected `tag` element showing `doc` (or no feed, for `undefined`), rendered. */
export async function create<K extends StatusTag>(
  tag: K,
  doc?: unknown,
  { attrs = {}, props = {}, parent }: CreateOptions<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  if (doc !== undefined) el.feed = asFeed(doc);
  if (parent) {
    const wrapper = mount(html`<div></div>`);
    for (const [name, value] of Object.entries(parent)) wrapper.setAttribute(name, value);
    wrapper.append(el);
  } else {
    await fixture(html`${el}`);
  }
  await el.updateComplete;
  return el;
}

/** The scope queries look in: an element's shadow root when it has one, else the element. */
const scope = (el: Element): ParentNode => el.shadowRoot ?? el;

/** The first match in `el`'s shadow root (or in `el`, for an element without one). */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return scope(el).querySelector<T>(selector);
}

/** Every match in `el`'s shadow root (or in `el`, for an element without one). */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...scope(el).querySelectorAll<T>(selector)];
}

/** An element's text with white space folded, '' for none. */
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Ends entrance animations at once: axe measures contrast through half-transparent boxes, and a
 * page in the background may not advance animations at all.
 */
export function skipAnimations(el: Element): void {
  for (const animation of el.shadowRoot!.getAnimations?.() ?? []) animation.finish();
}

// ---------------------------------------------------------------------------------------------
// Events

/** Lets events queued in microtasks (status-change goes out after the update) be dispatched. */
export async function settle(): Promise<void> {
  // Message-channel turns, not setTimeout: background pages (Firefox) clamp timers to 1 s.
  for (let i = 0; i < 3; i++) await nextTask();
}

/** Every `status-change` the element fires from now on. */
export function recordChanges(el: HTMLElement): StatusChangeEvent['detail'][] {
  const seen: StatusChangeEvent['detail'][] = [];
  el.addEventListener('status-change', (event) => seen.push(event.detail));
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Keys

/**
 * Keys are real (web-test-runner's `sendKeys`) where the runner can send them, and otherwise
 * played by their effects: Tab focuses (after checking the target is in the tab order), Enter
 * and Space activate the native button or `<summary>` (a click), other keys are a keydown on the
 * focused element. The exceptions:
 * - WebKit runs over WebDriver here, where `sendKeys` switches into the test's frame and never
 *   back, so a second command breaks the session: no real keys at all.
 * - Firefox delivers keys to a test page in the background (without focus) but does not run a
 *   button's activation behaviour for them, and which tab has focus changes under a running
 *   test: web-test-runner opens each page as a new tab in the foreground, which takes focus
 *   from the others (puppeteer's newPage). Checking `document.hasFocus()` and then sending the
 *   key was a race that lost Enter or Space whenever another page opened in between (more
 *   often under load): Enter and Space are always played in Firefox. Tab and Escape stay real.
 */
export const webdriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
export const firefox = /Firefox\//.test(navigator.userAgent);

/** Key events may arrive after the command returns; a page in the background polls once a second. */
export const KEY_WAIT = { timeout: 5000, interval: 20 };

/** Presses `key` with focus on `target` (Tab: moves focus to `target`); see above. */
export async function press(key: string, target: HTMLElement): Promise<void> {
  const activates = key === 'Enter' || key === ' ';
  if (!webdriver && !(activates && firefox)) {
    return sendKeys({ press: key });
  }
  if (key === 'Tab') {
    expect(target.tabIndex, 'in the tab order').to.equal(0);
    expect(target.matches(':disabled')).to.equal(false);
    target.focus();
  } else if (activates) {
    expect(['button', 'summary'], 'activated by Enter and Space').to.include(target.localName);
    target.click();
  } else {
    const focused = (target.getRootNode() as ShadowRoot).activeElement ?? target;
    focused.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Media features

export interface MediaFeatures {
  forcedColors?: 'active' | 'none' | null;
  colorScheme?: 'light' | 'dark' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

/**
 * Emulates media features for this page through the `emulate-media-features` command of
 * web-test-runner.config.mjs (`null` removes an override) and says whether the engine could:
 * Chromium (CDP) and Firefox (its per-tab overrides) can, WebKit over WebDriver cannot.
 */
export async function emulate(features: MediaFeatures): Promise<boolean> {
  const result = await executeServerCommand<{ applied: boolean }, MediaFeatures>(
    'emulate-media-features',
    features,
  );
  return result?.applied === true;
}

const MEDIA_QUERIES: Record<keyof MediaFeatures, string> = {
  forcedColors: 'forced-colors',
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
};

/**
 * Runs `body` with `features` emulated, and removes those overrides afterwards whatever happens.
 * Skips the test where the engine cannot emulate them (WebKit over WebDriver).
 */
export async function emulating(
  test: Mocha.Context,
  features: MediaFeatures,
  body: () => Promise<void>,
): Promise<void> {
  if (!(await emulate(features))) test.skip();
  const keys = Object.keys(features) as (keyof MediaFeatures)[];
  try {
    for (const key of keys) {
      const query = `(${MEDIA_QUERIES[key]}: ${features[key]})`;
      if (features[key]) expect(matchMedia(query).matches, `${query} emulated`).to.equal(true);
    }
    await body();
  } finally {
    await emulate(Object.fromEntries(keys.map((key) => [key, null])));
  }
  if (features.forcedColors === 'active') {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colors reset').to.equal(false);
  }
}

/** A colour keyword (`CanvasText`, `Canvas`) as this page computes it now. */
export function systemColour(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}

/**
 * Asserts that `node` is drawn in system colours (forced-colors mode): CanvasText on Canvas, with
 * a solid CanvasText border on every side.
 */
export function expectSystemBox(node: Element | null | undefined, what: string): void {
  expect(node, what).to.exist;
  const [canvasText, canvas] = ['CanvasText', 'Canvas'].map(systemColour);
  const style = getComputedStyle(node!);
  expect(style.color, `${what}: text`).to.equal(canvasText);
  expect(style.backgroundColor, `${what}: background`).to.equal(canvas);
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    expect(style[`border${side}Style`], `${what}: ${side} border`).to.equal('solid');
    expect(parseFloat(style[`border${side}Width`]), `${what}: ${side} border width`).to.be.greaterThan(0);
    expect(style[`border${side}Color`], `${what}: ${side} border colour`).to.equal(canvasText);
  }
}

/**
 * The element follows the operating system with theme="auto": `colours(el)` (the background
 * first, which must differ between the two themes) reads as for the default (light) theme in a
 * light system theme and as for theme="dark" in a dark one, switching with the system.
 */
export async function expectAutoTheme<E extends Element>(
  test: Mocha.Context,
  make: (attrs: Record<string, string>) => Promise<E>,
  colours: (el: E) => string[],
): Promise<void> {
  await emulating(test, { colorScheme: 'light' }, async () => {
    const light = await make({});
    const dark = await make({ theme: 'dark' });
    const auto = await make({ theme: 'auto' });
    for (const el of [light, dark, auto]) skipAnimations(el);
    expect(colours(light)[0], 'the themes differ').not.to.equal(colours(dark)[0]);
    expect(colours(auto), 'light system theme').to.deep.equal(colours(light));
    await emulate({ colorScheme: 'dark' });
    expect(colours(auto), 'dark system theme').to.deep.equal(colours(dark));
    await emulate({ colorScheme: 'light' });
    expect(colours(auto), 'light again').to.deep.equal(colours(light));
  });
}

/**
 * With reduced motion nothing moves: `motion(el)` (computed animation and transition values)
 * reads `moving` without a preference and `still` with one, both for an element made before the
 * change and for one made after, in whose shadow root no animation runs. `more` checks the
 * latter further while reduced motion holds.
 */
export async function expectReducedMotion<E extends Element>(
  test: Mocha.Context,
  make: () => Promise<E>,
  motion: (el: E) => unknown,
  { moving, still, more }: { moving: unknown; still: unknown; more?: (el: E) => Promise<void> },
): Promise<void> {
  await emulating(test, { reducedMotion: 'no-preference' }, async () => {
    const before = await make();
    expect(motion(before), 'no preference').to.deep.equal(moving);
    await emulate({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion emulated').to.equal(true);
    const after = await make();
    expect(motion(after), 'made with reduced motion').to.deep.equal(still);
    expect(after.shadowRoot!.getAnimations(), 'no animation runs').to.deep.equal([]);
    await more?.(after);
    expect(motion(before), 'made before').to.deep.equal(still);
    await emulate({ reducedMotion: 'no-preference' });
    expect(motion(before), 'no preference again').to.deep.equal(moving);
  });
}
