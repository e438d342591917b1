/**
 * The feed editor: CodeMirror 6 with JSON highlighting, the playground's problems as lint
 * diagnostics (placed by feed-check.ts) and a gutter marking their lines. Tab is left to the
 * browser, so keyboard users can move on (Escape then Tab also works inside CodeMirror).
 */
import { basicSetup } from 'codemirror';
import { json } from '@codemirror/lang-json';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Problem } from './feed-check.js';

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
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        basicSetup,
        json(),
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
