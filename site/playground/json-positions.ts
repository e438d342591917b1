/**
 * A small position-aware JSON reader for the playground's editor: it records where every value
 * sits in the text, keyed by the same paths the feed parser reports (`incidents[0].updates[3].at`,
 * see `formatPath` in src/feed/errors.ts), and where the text stops being JSON. Pure: no DOM,
 * no CodeMirror, so the node tests read it directly.
 */

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'literal';

/** One value in the text: `from`/`to` cover the value, `keyFrom`/`keyTo` its property name. */
export interface JsonNode {
  readonly path: string;
  readonly kind: JsonKind;
  readonly from: number;
  readonly to: number;
  readonly keyFrom?: number;
  readonly keyTo?: number;
}

/** Where the text stops being JSON, and why. */
export interface JsonSyntaxError {
  readonly from: number;
  readonly to: number;
  readonly message: string;
}

export interface JsonScan {
  /** Every value read before the end (or the first syntax error), by path; '' is the document. */
  readonly nodes: ReadonlyMap<string, JsonNode>;
  readonly error: JsonSyntaxError | undefined;
}

/** `['maintenances', 2, 'endsAt']` → `maintenances[2].endsAt` (the parser's own spelling). */
export function joinPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const key of segments) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** `maintenances[2].endsAt` → `['maintenances', 2, 'endsAt']`. */
export function splitPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|\.?([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(match[2]);
  }
  return segments;
}

class Stop extends Error {
  constructor(
    readonly from: number,
    readonly to: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const WORD = /[^\s,:[\]{}"]+/y;
const STRING_TOKEN = /^"(?:[^"\\\n]|\\.)*"?/;

/** Reads `text` as JSON, recording each value's position. Never throws. */
export function scanJson(text: string): JsonScan {
  const nodes = new Map<string, JsonNode>();
  let at = 0;

  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const describe = (): string => {
    if (at >= text.length) return 'the end of the text';
    const shorten = (token: string) => (token.length > 24 ? `${token.slice(0, 24)}…` : token);
    if (text[at] === '"') return `the string ${shorten(STRING_TOKEN.exec(text.slice(at))?.[0] ?? '"')}`;
    WORD.lastIndex = at;
    const word = WORD.exec(text)?.[0];
    return word ? `"${shorten(word)}"` : `"${text[at]}"`;
  };
  const unexpected = (expected: string): never => {
    WORD.lastIndex = at;
    const token = text[at] === '"' ? STRING_TOKEN.exec(text.slice(at))?.[0] : WORD.exec(text)?.[0];
    const length = at >= text.length ? 0 : Math.max(1, token?.length ?? 1);
    throw new Stop(at, at + length, `expected ${expected}, found ${describe()}`);
  };

  const string = (): number => {
    const start = at;
    at++; // the opening quote
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') return ++at;
      if (char === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            throw new Stop(at, Math.min(text.length, at + 6), 'a \\u escape needs four hex digits');
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else throw new Stop(at, Math.min(text.length, at + 2), `"\\${next ?? ''}" is not a JSON escape`);
      } else if (char < ' ') {
        throw new Stop(at, at + 1, 'a line break or control character inside a string must be escaped');
      } else at++;
    }
    throw new Stop(start, text.length, 'this string is never closed (a missing ")');
  };

  const value = (path: string, key?: { from: number; to: number }): void => {
    space();
    const from = at;
    const record = (kind: JsonKind): void => {
      nodes.set(path, { path, kind, from, to: at, ...(key && { keyFrom: key.from, keyTo: key.to }) });
    };
    const char = text[at];
    if (char === '{') {
      at++;
      // Record the object now (its end is fixed up below), so a later error still finds it.
      record('object');
      space();
      if (text[at] === '}') {
        at++;
        return record('object');
      }
      for (;;) {
        space();
        if (text[at] !== '"') unexpected('a property name in double quotes');
        const keyFrom = at;
        const keyTo = string();
        let name: string;
        try {
          name = JSON.parse(text.slice(keyFrom, keyTo)) as string;
        } catch {
          throw new Stop(keyFrom, keyTo, 'this property name is not a valid JSON string');
        }
        space();
        if (text[at] !== ':') unexpected('":" after the property name');
        at++;
        value(path ? `${path}.${name}` : name, { from: keyFrom, to: keyTo });
        space();
        if (text[at] === ',') {
          at++;
          space();
          if (text[at] === '}') unexpected('another property after "," (JSON allows no trailing comma)');
          continue;
        }
        if (text[at] === '}') {
          at++;
          return record('object');
        }
        unexpected('"," or "}" after a property value');
      }
    }
    if (char === '[') {
      at++;
      record('array');
      space();
      if (text[at] === ']') {
        at++;
        return record('array');
      }
      for (let index = 0; ; index++) {
        value(`${path}[${index}]`);
        space();
        if (text[at] === ',') {
          at++;
          space();
          if (text[at] === ']') unexpected('another value after "," (JSON allows no trailing comma)');
          continue;
        }
        if (text[at] === ']') {
          at++;
          return record('array');
        }
        unexpected('"," or "]" after an array item');
      }
    }
    if (char === '"') {
      string();
      return record('string');
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at += number[0].length;
      return record('number');
    }
    LITERAL.lastIndex = at;
    const literal = LITERAL.exec(text);
    if (literal) {
      at += literal[0].length;
      return record('literal');
    }
    unexpected('a value (object, array, string, number, true, false or null)');
  };

  try {
    value('');
    space();
    if (at < text.length) unexpected('nothing more after the document');
    return { nodes, error: undefined };
  } catch (error) {
    if (error instanceof Stop)
      return { nodes, error: { from: error.from, to: error.to, message: error.message } };
    throw error;
  }
}

/** The range of `path` to mark, and whether `path` itself is in the text (or only an ancestor). */
export interface Located {
  readonly from: number;
  readonly to: number;
  readonly exact: boolean;
  /** The path that was found: `path` itself, or the nearest ancestor that exists. */
  readonly found: string;
}

/**
 * Where to mark a problem at `path`: a scalar's value; an object's or array's property name
 * (or its opening bracket), so a whole block is not underlined. A path that is not in the text
 * (a missing required field) falls back to its nearest ancestor.
 */
export function locate(scan: JsonScan, path: string): Located {
  const segments = splitPath(path);
  for (let length = segments.length; length >= 0; length--) {
    const found = joinPath(segments.slice(0, length));
    const node = scan.nodes.get(found);
    if (!node) continue;
    const exact = length === segments.length;
    if (node.kind === 'object' || node.kind === 'array') {
      if (node.keyFrom !== undefined && node.keyTo !== undefined)
        return { from: node.keyFrom, to: node.keyTo, exact, found };
      return { from: node.from, to: node.from + 1, exact, found };
    }
    return { from: node.from, to: node.to, exact, found };
  }
  return { from: 0, to: 0, exact: false, found: '' };
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
