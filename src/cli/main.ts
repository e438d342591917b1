/**
 * `status-widgets` command line: validate a feed, convert a vendor's feed to the native
 * format, write the files a static host serves beside it (`ics`: the maintenance calendar,
 * `atom`: the updates feed), print the JSON Schema; `--help` and `--version`. Exit codes:
 * 0 success, 1 invalid or unreachable feed (or an output file that cannot be written), 2 wrong
 * usage.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { convertFeed, parseFeed } from '../feed/parse.js';
import { formatIssue, type FeedError, type FeedIssue } from '../feed/errors.js';
import { feedToIcs } from '../time/ics-calendar.js';
import { atomEntries, DEFAULT_ATOM_LIMIT, feedToAtom } from './atom.js';
import { FEED_FORMATS, type FeedFormat } from '../feed/model.js';
import { feedJsonSchemaText } from '../feed/json-schema.js';
// The version alone: the CLI build (vite.cli.config.ts) inlines it, so the built CLI reads no
// file at run time and says the version of the package it was built from.
import { version } from '../../package.json';

const USAGE = `Usage: status-widgets <command> [options]

Commands:
  validate <file|url> [--format F]   check a feed; exit 0 when valid, 1 when not
  convert <file|url> [--from F]      print the feed as a native status-widgets feed
  ics <file|url> [--out file]        write one iCalendar of every maintenance window
                                     (for calendar apps to subscribe to: maintenance.ics)
  atom <file|url> [--out file]       write an Atom feed of incident updates and maintenance
                                     notices, newest first (updates.atom)
  schema                             print the JSON Schema of the native feed

Formats (F): ${FEED_FORMATS.join(', ')}; detected from the
document when omitted (validate takes --format; convert, ics and atom --from or --format)
Options:
  --timeout <seconds>   how long to wait for a URL (default 15)
  --out <file>          ics, atom: write the file (replaced whole) instead of printing it
  --self <url>          ics, atom: the address the file is published at (SOURCE, rel="self")
  --limit <n>           atom: at most n entries, the newest (default ${DEFAULT_ATOM_LIMIT})
  -h, --help            show this help
  -v, --version         print the version of status-widgets
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

class UsageError extends Error {}
class SourceError extends Error {}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`status-widgets: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`status-widgets: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        from: { type: 'string' },
        timeout: { type: 'string' },
        out: { type: 'string' },
        self: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, source, ...extra] = positionals;
  if (values.help || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (values.version) {
    io.out(`${version}\n`);
    return 0;
  }
  if (!command) throw new UsageError('a command is required');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);

  switch (command) {
    case 'schema':
      if (source) throw new UsageError('schema takes no argument');
      io.out(feedJsonSchemaText());
      return 0;
    case 'validate':
    case 'convert':
    case 'ics':
    case 'atom': {
      if (!source) throw new UsageError(`${command} needs a file or URL`);
      const publish = command === 'ics' || command === 'atom';
      const format = formatOption(command === 'validate' ? values.format : (values.from ?? values.format));
      const timeout = values.timeout === undefined ? 15 : Number(values.timeout);
      if (!(timeout > 0)) throw new UsageError('--timeout must be a positive number of seconds');
      for (const option of ['out', 'self'] as const) {
        if (values[option] !== undefined && !publish) throw new UsageError(`--${option} is for ics and atom`);
      }
      if (values.limit !== undefined && command !== 'atom') throw new UsageError('--limit is for atom');
      const limit = values.limit === undefined ? DEFAULT_ATOM_LIMIT : Number(values.limit);
      if (!(Number.isInteger(limit) && limit > 0))
        throw new UsageError('--limit must be a whole number above 0');
      if (values.self !== undefined && !isHttpUrl(values.self))
        throw new UsageError('--self must be an http(s) URL');
      if (values.out === '') throw new UsageError('--out needs a file name');
      const text = await load(source, timeout);

      if (publish) {
        const result = parseFeed(text, { format });
        if (!result.ok) return rejected(io, source, result.error);
        printWarnings(io, source, result.warnings);
        const { model } = result;
        const now = Date.now();
        const output =
          command === 'ics'
            ? feedToIcs(model, { now, source: values.self })
            : feedToAtom(model, { now, limit, self: values.self, version });
        if (values.out === undefined) {
          io.out(output);
        } else {
          await save(values.out, output);
          const what =
            command === 'ics'
              ? count(model.maintenances.length, 'maintenance window')
              : count(Math.min(limit, atomEntries(model).length), 'entry', 'entries');
          io.out(`✓ ${values.out}: ${what} from ${source}\n`);
        }
        return 0;
      }

      const result = convertFeed(text, { format });
      if (!result.ok) return rejected(io, source, result.error);
      printWarnings(io, source, result.warnings);
      if (command === 'convert') {
        io.out(`${JSON.stringify(result.document, null, 2)}\n`);
      } else {
        const { incidents = [], maintenances = [], components = [] } = result.document;
        io.out(
          `✓ ${source}: valid ${result.format} feed (${count(components.length, 'component')}, ` +
            `${count(incidents.length, 'incident')}, ${count(maintenances.length, 'maintenance')})\n`,
        );
      }
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function formatOption(value: string | undefined): FeedFormat | undefined {
  if (value === undefined) return undefined;
  if (!(FEED_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`unknown format "${value}" (one of ${FEED_FORMATS.join(', ')})`);
  }
  return value as FeedFormat;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

/** Says why a feed was refused (as `validate` does) and gives the exit code, 1. */
function rejected(io: Io, source: string, error: FeedError): number {
  io.err(`✗ ${source}: invalid ${error.format ?? 'status'} feed (${error.kind} error)\n`);
  for (const issue of error.issues) io.err(`  ${formatIssue(issue)}\n`);
  return 1;
}

/**
 * Writes `file` whole or not at all: the text goes to a temporary file beside it, which then
 * replaces it, so a static host serving the folder never sends half a file.
 */
async function save(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(`${file}: cannot write${code ? ` (${code})` : ''}: ${(error as Error).message}`);
  }
}

function printWarnings(io: Io, source: string, warnings: FeedIssue[]): void {
  for (const warning of warnings) io.err(`! ${source}: ${formatIssue(warning)}\n`);
}

/** Reads a local file, or fetches an http(s) URL (following redirects, with a timeout). */
async function load(source: string, timeoutSeconds: number): Promise<string> {
  if (!/^https?:\/\//i.test(source)) {
    try {
      return await readFile(source, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SourceError(code === 'ENOENT' ? `${source}: no such file` : `${source}: ${String(error)}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(source, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutSeconds} s`
        : String((error as Error).cause ?? error);
    throw new SourceError(`${source}: request failed: ${reason}`);
  }
  if (!response.ok) throw new SourceError(`${source}: HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}
