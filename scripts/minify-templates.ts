/**
 * A Vite plugin for the builds (npm and CDN): shrinks the static text of the library's `css`
 * and `html` tagged templates, which a JavaScript minifier leaves as written.
 *
 * - `css`: comments removed, whitespace dropped around `{ } ; ,` and after `:`, other runs
 *   collapsed, and the last `;` of a block.
 * - `html`: every run of whitespace that holds a line break becomes that one line break.
 *   Whitespace collapses to one space where it renders (no template sets `white-space: pre*`),
 *   so what a page shows is the same; the indentation of the source goes.
 *
 * Both keep every line break of the source (a comment's become blank lines), so the lines of the
 * output are the lines of the source and the source maps stay right line by line.
 *
 * Only the text between `${…}` expressions changes, never an expression: a template inside an
 * expression (`${ok ? html`…` : nothing}`) is shrunk by the same rules on its own. The scanner
 * knows strings, templates, comments, braces and regular expression literals (a `/` after an
 * operator, a bracket or `return`).
 */
import { encode } from '@jridgewell/sourcemap-codec';
import type { Plugin } from 'vite';

type Tag = 'css' | 'html' | undefined;

/** The line breaks in `text`, and nothing else. */
const breaks = (text: string) => text.replace(/[^\n]/g, '');

const squeezeCss = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, breaks)
    .replace(/\s+/g, (run) => (run.includes('\n') ? breaks(run) : ' '))
    .replace(/[ \n]*([{};,])[ \n]*/g, (whole, mark: string) => breaks(whole) + mark)
    .replace(/:[ \n]+/g, (whole) => ':' + breaks(whole))
    .replace(/;(\n*)}/g, '$1}');

const squeezeHtml = (text: string) => text.replace(/\s*\n\s*/g, breaks);

/** Rewrites the source: returns the code with every css/html template's static text shrunk. */
export function minifyTemplateLiterals(code: string): string {
  let out = '';
  let i = 0;

  /** Copies a quoted string starting at `i` (on its quote). */
  const string = () => {
    const quote = code[i];
    out += code[i++];
    while (i < code.length && code[i] !== quote) {
      if (code[i] === '\\') out += code[i++];
      out += code[i++];
    }
    out += code[i++] ?? '';
  };

  /** Copies a template starting at `i` (on its backtick), shrinking its text for `tag`. */
  const template = (tag: Tag) => {
    out += code[i++];
    let text = '';
    const flush = () => {
      out += tag === 'css' ? squeezeCss(text) : tag === 'html' ? squeezeHtml(text) : text;
      text = '';
    };
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code[i++] + (code[i++] ?? '');
      } else if (code[i] === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        expression('}');
        out += code[i++] ?? '';
      } else {
        text += code[i++];
      }
    }
    flush();
    out += code[i++] ?? '';
  };

  /** Copies a regular expression literal starting at `i` (on its slash). */
  const regex = () => {
    out += code[i++];
    let inClass = false;
    while (i < code.length && (code[i] !== '/' || inClass)) {
      if (code[i] === '\\') out += code[i++];
      else if (code[i] === '[') inClass = true;
      else if (code[i] === ']') inClass = false;
      out += code[i++];
    }
    out += code[i++] ?? '';
  };

  /** Copies code up to (not including) an unmatched `end`, or to the end of the source. */
  const expression = (end?: string) => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (c === end && depth === 0) return;
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === '"' || c === "'") string();
      else if (
        c === '/' &&
        code[i + 1] !== '/' &&
        code[i + 1] !== '*' &&
        /(^|[(,=:[!&|?{};]|\breturn)\s*$/.test(out.slice(-12))
      )
        regex();
      else if (c === '`') {
        const tag = /\b(css|html)\s*$/.exec(code.slice(Math.max(0, i - 8), i))?.[1] as Tag;
        template(tag);
      } else if (c === '/' && code[i + 1] === '/') {
        const stop = code.indexOf('\n', i);
        const to = stop === -1 ? code.length : stop;
        out += code.slice(i, to);
        i = to;
      } else if (c === '/' && code[i + 1] === '*') {
        const stop = code.indexOf('*/', i + 2);
        const to = stop === -1 ? code.length : stop + 2;
        out += code.slice(i, to);
        i = to;
      } else out += code[i++];
    }
  };

  expression();
  return out;
}

/** The plugin: the library's own TypeScript under src/, before it is compiled. */
export function minifyTemplates(): Plugin {
  return {
    name: 'status-widgets:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const out = minifyTemplateLiterals(code);
      // Line for line (the rewrite keeps every line break): each output line maps to the start
      // of the same source line.
      const lines = out.split('\n').map((_, line) => [[0, 0, line, 0]] as [number, number, number, number][]);
      return { code: out, map: { version: 3, sources: [id], names: [], mappings: encode(lines) } };
    },
  };
}
