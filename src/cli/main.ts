/**
 * `status-widgets` command line: validate a feed, convert a vendor's feed to the native
 * format, print the JSON Schema; `--help` and `--version`. Exit codes: 0 success, 1 invalid or
 * unreachable feed, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { convertFeed } from '../feed/parse.js';
import { formatIssue, type FeedIssue } from '../feed/errors.js';
import { FEED_FORMATS, type FeedFormat } from '../feed/model.js';
import { feedJsonSchemaText } from '../feed/json-schema.js';
// The version alone: the CLI build (vite.cli.config.ts) inlines it, so the built CLI reads no
// file at run time and says the version of the package it was built from.
import { version } from '../../package.json';

const USAGE = `Usage: status-widgets <command> [options]

Commands:
  validate <file|url> [--format F]   check a feed; exit 0 when valid, 1 when not
  convert <file|url> [--from F]      print the feed as a native status-widgets feed
  schema                             print the JSON Schema of the native feed

Formats (F): ${FEED_FORMATS.join(', ')} (detected from the document when omitted)
Options:
  --timeout <seconds>   how long to wait for a URL (default 15)
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
    case 'convert': {
      if (!source) throw new UsageError(`${command} needs a file or URL`);
      const format = formatOption(command === 'convert' ? (values.from ?? values.format) : values.format);
      const timeout = values.timeout === undefined ? 15 : Number(values.timeout);
      if (!(timeout > 0)) throw new UsageError('--timeout must be a positive number of seconds');
      const text = await load(source, timeout);
      const result = convertFeed(text, { format });
      if (!result.ok) {
        io.err(`✗ ${source}: invalid ${result.error.format ?? 'status'} feed (${result.error.kind} error)\n`);
        for (const issue of result.error.issues) io.err(`  ${formatIssue(issue)}\n`);
        return 1;
      }
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

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
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
