/// <reference types="vite/client" />
/**
 * The playground page: the feed editor, the element and its attribute controls (generated from
 * custom-elements.json), the preview frame with its clock, the "Copy" snippets, the state in the
 * URL, and the two side panels (authoring.ts, theming.ts; their contract is panels.ts).
 */
import './playground.css';
import { FEED_FORMATS } from '../../src/feed/index.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locale.js';
import {
  attributeControls,
  attributesFromValues,
  commonAttributes,
  elementTags,
  feedSuggestions,
  type AttributeControl,
  type Manifest,
} from './attributes.js';
import {
  CLOCK_MAX_MINUTES,
  CLOCK_MIN_MINUTES,
  CLOCK_STEP_MINUTES,
  MINUTE,
  clampOffset,
  describeOffset,
  formatInstant,
} from './clock-range.js';
import { createControlsView } from './controls-view.js';
import { byId, debounce, make } from './dom.js';
import { createEditor, type FeedEditor } from './editor.js';
import { DEFAULT_EXAMPLE, EXAMPLES, loadExample, loadUrl } from './examples.js';
import { checkFeed, describeProblem, type FeedCheck } from './feed-check.js';
import { FRAME_MARK, PREVIEW_READY, type PreviewApi } from './frame-protocol.js';
import type { AuthoringHost, ThemingHost } from './panels.js';
import { PLACEHOLDER_FEED_URL, SNIPPET_TARGETS, snippet, type SnippetTarget } from './snippets.js';
import { decodeState, encodeState, hashFor, stateFromHash, type PlaygroundState } from './url-state.js';
import { mountAuthoring } from './authoring.js';
import { mountTheming } from './theming.js';

// `npm run build:manifest` writes the manifest; without it the page says so instead of failing.
const manifests = import.meta.glob<Manifest>('../../dist/custom-elements.json', {
  eager: true,
  import: 'default',
});
const MANIFEST: Manifest = Object.values(manifests)[0] ?? { modules: [] };

declare global {
  interface Window {
    playgroundHosts?: { authoring: AuthoringHost; theming: ThemingHost };
  }
}

/** Unions the manifest names by their type alias. */
const ALIASES: Record<string, readonly string[]> = {
  FeedFormat: FEED_FORMATS,
  IndicatorVariant: ['text', 'dot', 'badge'],
};
/** The preview gets its feed as the `feed` property; `src` is the snippets' feed URL field. */
const SKIP = ['src'];
const FALLBACK_TAGS = [
  'status-banner',
  'maintenance-notice',
  'incident-timeline',
  'status-indicator',
  'component-status',
];
/** Switched on when the element is chosen, so the preview is never an empty box. */
const DEFAULT_ATTRIBUTES: Record<string, Record<string, boolean>> = {
  'maintenance-notice': { 'show-empty': true },
  'incident-timeline': { 'show-empty': true },
  'status-banner': { 'show-operational': true },
};

function timeZones(): string[] {
  try {
    return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  } catch {
    return [
      'UTC',
      'America/Los_Angeles',
      'America/New_York',
      'Europe/London',
      'Europe/Berlin',
      'Asia/Kolkata',
    ];
  }
}

function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The frame's document: the same entry module, which sees the mark and starts the preview. */
function frameDocument(entryUrl: string): string {
  const css = `
    html { font: 16px/1.5 system-ui, sans-serif; background: Canvas; color: CanvasText; }
    body { margin: 0; }
    .stage { padding: clamp(0.25rem, 3vw, 1rem); display: flow-root; }`;
  const safeUrl = entryUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en" ${FRAME_MARK}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>${css}</style><script type="module" src="${safeUrl}"></script></head><body></body></html>`;
}

export function startPage(entryUrl: string): void {
  const tags = elementTags(MANIFEST).length ? elementTags(MANIFEST) : FALLBACK_TAGS;
  const common = commonAttributes(MANIFEST);
  const suggestions: Record<string, readonly string[]> = {
    locale: [...SUPPORTED_LOCALES],
    'time-zone': timeZones(),
    dismissible: ['non-critical'],
    'link-target': ['_blank', '_top', '_self'],
  };

  // What the page holds; `state()` gathers it for the URL.
  let tag = 'maintenance-notice';
  let values: Record<string, string | boolean> = {};
  let controls: AttributeControl[] = [];
  let offsetMinutes = 0;
  let theme: Record<string, string> = {};
  let lastValidFeed: string | undefined;
  let lastCheck: FeedCheck | undefined;
  let target: SnippetTarget = 'html';
  let lastWrittenHash = '';

  const problemsBox = byId<HTMLDivElement>('pg-problems');
  const staleNote = byId<HTMLParagraphElement>('pg-stale');
  const tagSelect = byId<HTMLSelectElement>('pg-tag');
  const attributesForm = byId<HTMLFormElement>('pg-attributes');
  const clockInput = byId<HTMLInputElement>('pg-clock');
  const clockValue = byId<HTMLOutputElement>('pg-clock-value');
  const frame = byId<HTMLIFrameElement>('pg-frame');
  const feedUrlInput = byId<HTMLInputElement>('pg-feed-url');
  const code = byId<HTMLPreElement>('pg-code').querySelector('code')!;
  const copyStatus = byId<HTMLParagraphElement>('pg-copy-status');
  const loadStatus = byId<HTMLParagraphElement>('pg-load-status');
  const exampleSelect = byId<HTMLSelectElement>('pg-example');

  const attributes = (): Record<string, string> => Object.fromEntries(attributesFromValues(controls, values));
  const state = (): PlaygroundState => ({
    feed: editor.text(),
    tag,
    attributes: attributes(),
    offsetMinutes,
    feedUrl: feedUrlInput.value.trim(),
    theme,
  });
  const shownZone = () => {
    const zone = String(values['time-zone'] ?? '').trim();
    try {
      if (zone) return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      // Not a zone (yet): the viewer's.
    }
    return viewerZone();
  };

  // ---- The preview frame -------------------------------------------------------------------
  let preview: PreviewApi | undefined;
  frame.addEventListener(PREVIEW_READY, () => {
    preview = frame.contentWindow?.playgroundPreview;
    renderPreview();
  });
  frame.srcdoc = frameDocument(entryUrl);

  function renderPreview(): void {
    if (!preview || lastValidFeed === undefined) return;
    preview.render({
      tag,
      attributes: attributes(),
      feed: lastValidFeed,
      theme,
      offset: offsetMinutes * MINUTE,
    });
  }
  const renderSoon = debounce(renderPreview, 120);

  // ---- The URL -----------------------------------------------------------------------------
  let writing = 0;
  const writeUrl = debounce(() => {
    const ticket = ++writing;
    void encodeState(state()).then((encoded) => {
      if (ticket !== writing) return;
      lastWrittenHash = hashFor(encoded);
      history.replaceState(history.state, '', lastWrittenHash);
    });
  }, 300);
  const changed = () => {
    writeUrl();
    renderSnippet();
  };

  // ---- The feed editor and its problems ----------------------------------------------------
  /** The authoring panel's listeners (AuthoringHost.onFeedChange), told after each check. */
  const feedListeners: (() => void)[] = [];
  function check(text: string): void {
    const result = checkFeed(text);
    lastCheck = result;
    for (const listener of feedListeners) listener();
    editor.showProblems(result.problems);
    // The list is a polite live region: rewrite it only when what it says changes.
    const said = result.problems.map(describeProblem).join('\n');
    if (said !== lastSaid || !problemsBox.firstChild) {
      lastSaid = said;
      listProblems(result);
    }
    if (result.ok) {
      if (text !== lastValidFeed) refreshSuggestions(text);
      lastValidFeed = text;
      renderSoon();
    }
    staleNote.hidden = result.ok || lastValidFeed === undefined;
  }
  let lastSaid = '';
  function listProblems(result: FeedCheck): void {
    problemsBox.replaceChildren();
    if (result.problems.length) {
      const errors = result.problems.filter((problem) => problem.severity === 'error').length;
      const warnings = result.problems.length - errors;
      const summary = [
        errors && `${errors} ${errors === 1 ? 'error' : 'errors'}`,
        warnings && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
      ]
        .filter(Boolean)
        .join(' and ');
      problemsBox.append(make('p', { class: 'pg-problems-title' }, `The feed has ${summary}:`));
      const list = make('ul');
      for (const problem of result.problems)
        list.append(make('li', { class: `pg-problem pg-${problem.severity}` }, describeProblem(problem)));
      problemsBox.append(list);
    } else {
      problemsBox.append(make('p', { class: 'pg-ok' }, 'The feed is valid.'));
    }
  }
  const checkSoon = debounce(() => check(editor.text()), 250);

  const editor: FeedEditor = createEditor(byId('pg-editor'), {
    text: '',
    label: 'Feed JSON',
    describedBy: 'pg-problems',
    onChange: () => {
      checkSoon();
      writeUrl();
    },
  });

  // ---- The element and its attributes ------------------------------------------------------
  for (const name of tags) tagSelect.append(make('option', { value: name }, `<${name}>`));

  const controlsView = createControlsView(attributesForm, {
    values: () => values,
    onChange(attribute) {
      if (attribute === 'time-zone') showClock();
      renderSoon();
      changed();
    },
  });
  function renderControls(): void {
    controls = attributeControls(MANIFEST, tag, { aliases: ALIASES, suggestions, skip: SKIP });
    tagSelect.value = tag;
    controlsView.render(tag, controls, common);
  }
  /** Refreshes the feed's ids in the suggestions after a valid feed. */
  function refreshSuggestions(text: string): void {
    try {
      controlsView.suggest(feedSuggestions(JSON.parse(text)));
    } catch {
      // Not JSON: the last ids stay.
    }
  }
  attributesForm.addEventListener('submit', (event) => event.preventDefault());

  /** Switches the element, keeping the values of attributes the new one also has. */
  function setTag(next: string, keep: Record<string, string | boolean> = values): void {
    tag = tags.includes(next) ? next : tags[0]!;
    const names = attributeControls(MANIFEST, tag, { skip: SKIP }).map((control) => control.attribute);
    values = Object.fromEntries(Object.entries(keep).filter(([name]) => names.includes(name)));
    renderControls();
  }
  tagSelect.addEventListener('change', () => {
    setTag(tagSelect.value, { ...DEFAULT_ATTRIBUTES[tagSelect.value], ...values });
    renderPreview();
    changed();
  });

  // ---- The clock ---------------------------------------------------------------------------
  clockInput.min = String(CLOCK_MIN_MINUTES);
  clockInput.max = String(CLOCK_MAX_MINUTES);
  clockInput.step = String(CLOCK_STEP_MINUTES);
  function showClock(): void {
    clockInput.value = String(offsetMinutes);
    const instant = formatInstant(Date.now() + offsetMinutes * MINUTE, shownZone());
    const words = offsetMinutes
      ? `${instant} (${describeOffset(offsetMinutes)} from now)`
      : `${instant} (now)`;
    clockValue.value = words;
    clockInput.setAttribute('aria-valuetext', words);
  }
  function setOffset(minutes: number): void {
    offsetMinutes = clampOffset(minutes);
    showClock();
    renderSoon();
    changed();
  }
  clockInput.addEventListener('input', () => setOffset(Number(clockInput.value)));
  for (const button of document.querySelectorAll<HTMLButtonElement>('.pg-clock-buttons button')) {
    button.addEventListener('click', () => {
      const step = Number(button.dataset.step);
      setOffset(step === 0 ? 0 : offsetMinutes + step);
    });
  }
  setInterval(showClock, 30_000);

  // ---- Starting points ---------------------------------------------------------------------
  for (const example of EXAMPLES) exampleSelect.append(make('option', { value: example.id }, example.label));
  async function useExample(id: string): Promise<void> {
    const example = EXAMPLES.find((candidate) => candidate.id === id) ?? EXAMPLES[0]!;
    loadStatus.textContent = `Loading “${example.label}”…`;
    try {
      const text = await loadExample(example.id, Date.now());
      editor.setText(text);
      check(text);
      if (example.tag !== tag) setTag(example.tag, { ...DEFAULT_ATTRIBUTES[example.tag], ...values });
      renderPreview();
      changed();
      loadStatus.textContent = `Loaded “${example.label}”, shown in <${tag}>. Undo in the editor (Ctrl+Z or ⌘Z) brings back the text it replaced.`;
    } catch (error) {
      loadStatus.textContent = error instanceof Error ? error.message : String(error);
    }
  }
  byId('pg-load-example').addEventListener('click', () => void useExample(exampleSelect.value));

  let fetching: AbortController | undefined;
  byId<HTMLFormElement>('pg-url-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const url = byId<HTMLInputElement>('pg-url').value.trim();
    if (!url) {
      loadStatus.textContent = 'Type the URL of a feed first.';
      return;
    }
    fetching?.abort();
    const controller = (fetching = new AbortController());
    loadStatus.textContent = `Fetching ${url}…`;
    loadUrl(url, controller.signal).then(
      (text) => {
        if (controller.signal.aborted) return;
        let pretty = text;
        try {
          pretty = `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
        } catch {
          // Not JSON: shown as it came, with its syntax error marked.
        }
        editor.setText(pretty);
        check(pretty);
        if (!feedUrlInput.value.trim()) feedUrlInput.value = url;
        changed();
        loadStatus.textContent = `Loaded ${url}.`;
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        loadStatus.textContent = error instanceof Error ? error.message : String(error);
      },
    );
  });

  // ---- Copy --------------------------------------------------------------------------------
  feedUrlInput.placeholder = PLACEHOLDER_FEED_URL;
  const targets = byId<HTMLFieldSetElement>('pg-targets');
  for (const option of SNIPPET_TARGETS) {
    const id = `pg-target-${option.id}`;
    const wrapper = make('span', { class: 'pg-target' });
    const radio = make('input', { type: 'radio', name: 'pg-target', id, value: option.id });
    radio.checked = option.id === target;
    radio.addEventListener('change', () => {
      target = option.id;
      renderSnippet();
    });
    wrapper.append(radio, make('label', { for: id }, option.label));
    targets.append(wrapper);
  }
  function snippetText(): string {
    const byName = new Map(controls.map((control) => [control.attribute, control]));
    return snippet(target, {
      tag,
      feedUrl: feedUrlInput.value,
      attributes: Object.entries(attributes()).map(([name, value]) => ({
        name,
        value,
        property: byName.get(name)?.property,
        kind: byName.get(name)?.kind ?? 'text',
      })),
    });
  }
  function renderSnippet(): void {
    code.textContent = snippetText();
  }
  feedUrlInput.addEventListener('input', changed);
  async function copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      copyStatus.textContent = `Copied ${what}.`;
    } catch {
      copyStatus.textContent = `The browser did not allow copying; select the ${what} and copy it yourself.`;
    }
  }
  byId('pg-copy-code').addEventListener('click', () => {
    const label = SNIPPET_TARGETS.find((option) => option.id === target)?.label ?? target;
    void copy(snippetText(), `the ${label} code`);
  });
  byId('pg-copy-feed').addEventListener('click', () => {
    const valid = lastCheck?.ok ? editor.text() : lastValidFeed;
    void copy(valid ?? editor.text(), 'the feed JSON');
  });
  byId('pg-copy-link').addEventListener('click', () => {
    void encodeState(state()).then((encoded) => {
      lastWrittenHash = hashFor(encoded);
      history.replaceState(history.state, '', lastWrittenHash);
      return copy(location.href, 'the link');
    });
  });

  // ---- Side panels -------------------------------------------------------------------------
  const authoring: AuthoringHost = {
    getFeed: () => editor.text(),
    setFeed(text) {
      editor.setText(text);
      check(text);
      changed();
    },
    timeZone: shownZone,
    onFeedChange(listener) {
      feedListeners.push(listener);
    },
  };
  const theming: ThemingHost = {
    apply(properties) {
      const next = { ...theme };
      for (const [name, value] of Object.entries(properties)) {
        if (value) next[name] = value;
        else delete next[name];
      }
      theme = next;
      preview?.restyle(theme);
      changed();
    },
    theme() {
      const chosen = attributes().theme;
      if (chosen === 'dark') return 'dark';
      if (chosen === 'auto') return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
      return 'light';
    },
  };
  mountAuthoring(byId('pg-authoring'), authoring);
  mountTheming(byId('pg-theming'), theming);
  // The same hosts the panels get, for the site checks (test/site/playground.check.mjs).
  window.playgroundHosts = { authoring, theming };

  // ---- Restoring ---------------------------------------------------------------------------
  function apply(saved: PlaygroundState): void {
    offsetMinutes = clampOffset(saved.offsetMinutes);
    theme = { ...saved.theme };
    feedUrlInput.value = saved.feedUrl;
    const restored: Record<string, string | boolean> = {};
    const kinds = new Map(
      attributeControls(MANIFEST, saved.tag, { aliases: ALIASES, skip: SKIP }).map((c) => [
        c.attribute,
        c.kind,
      ]),
    );
    for (const [name, value] of Object.entries(saved.attributes))
      restored[name] = kinds.get(name) === 'checkbox' ? true : value;
    setTag(saved.tag, restored);
    showClock();
    editor.setText(saved.feed);
    check(saved.feed);
    renderPreview();
    renderSnippet();
  }

  async function restore(): Promise<boolean> {
    const encoded = stateFromHash(location.hash);
    if (!encoded) return false;
    const saved = await decodeState(encoded);
    if (!saved) {
      loadStatus.textContent = 'The link’s playground state could not be read; starting from an example.';
      return false;
    }
    lastWrittenHash = location.hash;
    apply(saved);
    return true;
  }
  window.addEventListener('hashchange', () => {
    if (location.hash !== lastWrittenHash) void restore();
  });

  showClock();
  setTag(tag, { ...DEFAULT_ATTRIBUTES[tag] });
  renderSnippet();
  void restore().then((restored) => {
    if (!restored) {
      exampleSelect.value = DEFAULT_EXAMPLE;
      return useExample(DEFAULT_EXAMPLE);
    }
  });
}
