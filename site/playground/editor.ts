/**
 * The feed editor: CodeMirror 6 with JSON highlighting, the playground's problems as lint
 * diagnostics (placed by feed-check.ts) and a gutter marking their lines. Tab is left to the
 * browser, so keyboard users can move on (Escape then Tab also works inside CodeMirror).
 * Its colours are light or dark with the page (see `pageIsDark`); every syntax colour is at
 * least 4.5:1 (WCAG AA) on the editor's background and on the active line's.
 */
import { basicSetup } from 'codemirror';
import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Problem } from './feed-check.js';

interface Palette {
  bg: string;
  fg: string;
  gutterBg: string;
  gutterFg: string;
  activeLine: string;
  selection: string;
  cursor: string;
  property: string;
  string: string;
  number: string;
  literal: string;
  punctuation: string;
  invalid: string;
}

// Contrast on bg / activeLine / gutterBg: light 16.6, property 8.1, string 8.3, number 7.0,
// literal 8.2, punctuation 7.0, gutter 5.9 (on its own background); dark 14.7, property 9.5,
// string 10.7, number 11.0, literal 9.1, punctuation 9.3, gutter 6.5 (each above 4.5 on the
// active line too).
const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1b1f24',
  gutterBg: '#f5f7f9',
  gutterFg: '#5c6670',
  activeLine: '#eef3f8',
  selection: '#cfe2ff',
  cursor: '#1b1f24',
  property: '#0b4f99',
  string: '#9a1b1b',
  number: '#116644',
  literal: '#7b1fa2',
  punctuation: '#4f5a66',
  invalid: '#a4141b',
};
const DARK: Palette = {
  bg: '#15191e',
  fg: '#e7ebef',
  gutterBg: '#1b2027',
  gutterFg: '#9aa5b1',
  activeLine: '#1f252c',
  selection: '#2a3b52',
  cursor: '#e7ebef',
  property: '#8cc2ff',
  string: '#a5d6a7',
  number: '#f3c66b',
  literal: '#d7a6ff',
  punctuation: '#b3bdc7',
  invalid: '#ff9b9b',
};

function editorTheme(palette: Palette, dark: boolean): Extension {
  return [
    EditorView.theme(
      {
        '&': { backgroundColor: palette.bg, color: palette.fg },
        '.cm-content': { caretColor: palette.cursor },
        '.cm-cursor, .cm-dropCursor': { borderLeftColor: palette.cursor },
        '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
          { backgroundColor: palette.selection },
        '.cm-activeLine': { backgroundColor: palette.activeLine },
        '.cm-gutters': {
          backgroundColor: palette.gutterBg,
          color: palette.gutterFg,
          borderRightColor: 'transparent',
        },
        '.cm-activeLineGutter': { backgroundColor: palette.activeLine, color: palette.fg },
      },
      { dark },
    ),
    syntaxHighlighting(
      HighlightStyle.define(
        [
          { tag: tags.propertyName, color: palette.property },
          { tag: tags.string, color: palette.string },
          { tag: tags.number, color: palette.number },
          { tag: [tags.bool, tags.null], color: palette.literal },
          {
            tag: [tags.separator, tags.brace, tags.squareBracket, tags.punctuation],
            color: palette.punctuation,
          },
          { tag: tags.invalid, color: palette.invalid },
        ],
        { themeType: dark ? 'dark' : 'light' },
      ),
    ),
  ];
}

/**
 * Whether the page is dark: the site's theme button's choice (`data-theme` on <html>), or else
 * the operating system's preference, as the site's stylesheet decides it.
 */
export function pageIsDark(root: HTMLElement = document.documentElement): boolean {
  const chosen = root.dataset.theme;
  if (chosen === 'dark') return true;
  if (chosen === 'light') return false;
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Calls `listener` whenever `pageIsDark()` may have changed. */
function watchPageTheme(listener: () => void): void {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', listener);
  new MutationObserver(listener).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });
}

export interface FeedEditor {
  readonly view: EditorView;
  text(): string;
  /** Replaces the whole text (one undoable change). */
  setText(text: string): void;
  /** Shows these problems in the text. */
  showProblems(problems: readonly Problem[]): void;
}

export function createEditor(
  parent: HTMLElement,
  options: { text: string; label: string; describedBy: string; onChange: (text: string) => void },
): FeedEditor {
  const theme = new Compartment();
  let dark = pageIsDark();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        basicSetup,
        json(),
        theme.of(editorTheme(dark ? DARK : LIGHT, dark)),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-label': options.label,
          'aria-describedby': options.describedBy,
          // Already focusable (contenteditable); the explicit tabindex tells checkers such as
          // axe that the scrolling editor has focusable content, and adds no tab stop.
          tabindex: '0',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  watchPageTheme(() => {
    if (pageIsDark() === dark) return;
    dark = !dark;
    view.dispatch({ effects: theme.reconfigure(editorTheme(dark ? DARK : LIGHT, dark)) });
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showProblems(problems) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = problems.map((problem) => {
        const from = Math.min(problem.from, length);
        return {
          from,
          to: Math.min(Math.max(problem.to, from), length),
          severity: problem.severity,
          message: problem.path ? `${problem.path}: ${problem.message}` : problem.message,
        };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
  };
}
