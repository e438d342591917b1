// The `status-widgets` command line, run in-process (main) and once as a real process.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main.js';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const feedText = readFileSync('demo/feeds/all.json', 'utf8');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const dir = mkdtempSync(join(tmpdir(), 'status-widgets-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const badFeed = join(dir, 'bad.json');
writeFileSync(
  badFeed,
  JSON.stringify({
    version: 1,
    page: { name: 'Example' },
    maintenances: [
      {
        id: 'a',
        title: 'A',
        status: 'scheduled',
        startsAt: '2026-12-01T10:00:00Z',
        endsAt: '2026-12-01T11:00:00Z',
      },
      {
        id: 'b',
        title: 'B',
        status: 'scheduled',
        startsAt: '2026-12-02T10:00:00Z',
        endsAt: '2026-12-02T11:00:00Z',
      },
      { id: 'c', title: 'C', status: 'scheduled', startsAt: '2026-12-03T10:00:00Z', endsAt: '3 December' },
    ],
  }),
);
const notJson = join(dir, 'truncated.json');
writeFileSync(notJson, feedText.slice(0, 200));

describe('status-widgets validate', () => {
  it('accepts every example feed and says what it holds', async () => {
    for (const name of ['all', 'maintenance-notice', 'incident-resolved', 'status-page', 'operational']) {
      const result = await cli('validate', `demo/feeds/${name}.json`);
      assert.equal(result.code, 0, `${name}: ${result.err}`);
      assert.match(
        result.out,
        new RegExp(
          `^✓ demo/feeds/${name}\\.json: valid native feed \\(\\d+ components?, \\d+ incidents?, \\d+ maintenances?\\)`,
        ),
      );
      assert.equal(result.err, '', `${name} has warnings`);
    }
  });

  it('rejects a schema error with exit 1 and names the path', async () => {
    const result = await cli('validate', badFeed);
    assert.equal(result.code, 1);
    assert.match(result.err, /invalid native feed \(schema error\)/);
    assert.match(result.err, /maintenances\[2\]\.endsAt: expected an ISO 8601 date-time with offset/);
  });

  it('rejects text that is not JSON as a parse error', async () => {
    const result = await cli('validate', notJson);
    assert.equal(result.code, 1);
    assert.match(result.err, /\(parse error\)/);
    assert.match(result.err, /not valid JSON/);
  });

  it('reports a missing file', async () => {
    const result = await cli('validate', join(dir, 'nope.json'));
    assert.equal(result.code, 1);
    assert.match(result.err, /nope\.json: no such file/);
  });

  it('refuses wrong usage with exit 2 and the usage text', async () => {
    for (const argv of [[], ['validate'], ['frobnicate'], ['validate', 'x.json', '--format', 'rss']]) {
      const result = await cli(...argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.err, /Usage: status-widgets/);
    }
  });
});

describe('status-widgets --help and --version', () => {
  it('prints the version of package.json for --version and -v, with any command', async () => {
    assert.match(version, /^\d+\.\d+\.\d+/);
    for (const argv of [['--version'], ['-v'], ['validate', '--version'], ['schema', '-v']]) {
      const result = await cli(...argv);
      assert.deepEqual(result, { code: 0, out: `${version}\n`, err: '' }, argv.join(' '));
    }
  });

  it('prints the usage, every command and option in it, for --help, -h and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['convert', '-h'], ['-h', '-v']]) {
      const result = await cli(...argv);
      assert.equal(result.code, 0, argv.join(' '));
      assert.equal(result.err, '');
      assert.match(result.out, /^Usage: status-widgets <command> \[options\]\n/);
      for (const command of [
        'validate <file|url>',
        'convert <file|url>',
        'ics <file|url>',
        'atom <file|url>',
        'schema',
      ])
        assert.match(result.out, new RegExp(`^  ${command.replace(/[|]/g, '\\$&')} `, 'm'), command);
      for (const option of [
        '--format F',
        '--from F',
        '--timeout <seconds>',
        '--out <file>',
        '--self <url>',
        '--limit <n>',
        '-h, --help',
        '-v, --version',
      ])
        assert.ok(result.out.includes(option), `${argv.join(' ')}: the usage names ${option}`);
    }
  });

  it('names --version in the usage it prints for wrong usage', async () => {
    const result = await cli('--frobnicate');
    assert.equal(result.code, 2);
    assert.match(result.err, /-v, --version/);
  });
});

describe('status-widgets over HTTP', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(feedText);
      } else if (req.url === '/down.json') {
        res.writeHead(503, { 'retry-after': '30' });
        res.end('maintenance');
      } else if (req.url === '/slow.json') {
        setTimeout(() => res.end(feedText), 3000);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    base = `http://127.0.0.1:${address.port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('validates a feed fetched from a URL', async () => {
    const result = await cli('validate', `${base}/feed.json`);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /valid native feed/);
  });

  it('fails with the HTTP status when the server answers an error', async () => {
    const result = await cli('validate', `${base}/down.json`);
    assert.equal(result.code, 1);
    assert.match(result.err, /down\.json: HTTP 503/);
  });

  it('gives up after --timeout', async () => {
    const result = await cli('validate', `${base}/slow.json`, '--timeout', '0.3');
    assert.equal(result.code, 1);
    assert.match(result.err, /no answer within 0\.3 s/);
  });

  it('converts a Statuspage document fetched from a URL into a native feed', async () => {
    const sp = readFileSync('test/fixtures/statuspage/summary.json', 'utf8');
    const local = createServer((_req, res) => res.end(sp));
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const { port } = local.address() as { port: number };
    try {
      const result = await cli('convert', `http://127.0.0.1:${port}/api/v2/summary.json`);
      assert.equal(result.code, 0, result.err);
      const native = JSON.parse(result.out);
      assert.equal(native.version, 1);
      assert.equal(native.page.name, JSON.parse(sp).page.name);
    } finally {
      local.close();
    }
  });
});

describe('status-widgets convert', () => {
  for (const [format, file] of [
    ['statuspage', 'test/fixtures/statuspage/incidents.json'],
    ['incidentio', 'test/fixtures/incidentio/widget.json'],
    ['instatus', 'test/fixtures/instatus/summary.json'],
    ['betterstack', 'test/fixtures/betterstack/index.json'],
  ] as const) {
    it(`prints a native feed for a ${format} document, which validates again`, async () => {
      const result = await cli('convert', file, '--from', format);
      assert.equal(result.code, 0, result.err);
      const native = JSON.parse(result.out);
      assert.equal(native.version, 1);
      const nativeFile = join(dir, `${format}.json`);
      writeFileSync(nativeFile, result.out);
      const check = await cli('validate', nativeFile, '--format', 'native');
      assert.equal(check.code, 0, check.err);
    });
  }

  it("carries a Statuspage postmortem's review link, and a native feed's subscribe links and reviews", async () => {
    const statuspage = await cli('convert', 'test/fixtures/statuspage/incidents.json');
    assert.equal(statuspage.code, 0, statuspage.err);
    const incidents = JSON.parse(statuspage.out).incidents as { id: string; reportUrl?: string }[];
    assert.deepEqual(
      incidents.filter((i) => i.reportUrl).map((i) => [i.id, i.reportUrl]),
      [['z8x7c6v5b4n3', 'https://hrbr.example/s/9Kd2']],
    );
    const native = await cli('convert', 'demo/feeds/all.json');
    assert.equal(native.code, 0, native.err);
    const out = JSON.parse(native.out);
    const source = JSON.parse(readFileSync('demo/feeds/all.json', 'utf8'));
    assert.deepEqual(out.page.subscribe, source.page.subscribe);
    assert.equal(out.page.subscribe.calendar, 'webcal://status.tidewaterpulse.example/maintenance.ics');
    assert.deepEqual(
      out.incidents.filter((i: { reportUrl?: string }) => i.reportUrl).length,
      source.incidents.filter((i: { reportUrl?: string }) => i.reportUrl).length,
    );
  });

  it('detects the format when --from is omitted', async () => {
    const result = await cli('convert', 'test/fixtures/instatus/summary.json');
    assert.equal(result.code, 0, result.err);
    assert.equal(JSON.parse(result.out).version, 1);
  });

  it('names the vendor document path when a vendor document is broken', async () => {
    const broken = JSON.parse(readFileSync('test/fixtures/statuspage/incidents.json', 'utf8'));
    broken.incidents[0].created_at = 'yesterday';
    const file = join(dir, 'broken-statuspage.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = await cli('convert', file);
    assert.equal(result.code, 1);
    assert.match(result.err, /invalid statuspage feed/);
    assert.match(result.err, /incidents\[0\]\.created_at/);
  });
});

describe('status-widgets schema', () => {
  it('prints the committed JSON Schema', async () => {
    const result = await cli('schema');
    assert.equal(result.code, 0);
    assert.equal(result.out, readFileSync('schema/status-feed.schema.json', 'utf8'));
  });
});

describe('the status-widgets executable', () => {
  it('runs as a process and exits 1 on an invalid feed', async () => {
    const run = promisify(execFile);
    const ok = await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/bin.ts',
      'validate',
      'demo/feeds/operational.json',
    ]);
    assert.match(ok.stdout, /valid native feed/);
    await assert.rejects(
      run(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'validate', badFeed]),
      (error: { code?: number; stderr?: string }) => error.code === 1 && /endsAt/.test(error.stderr ?? ''),
    );
  });

  it('answers --version as a process, from the source and from the build', async (t) => {
    const run = promisify(execFile);
    const source = await run(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', '--version']);
    assert.equal(source.stdout, `${version}\n`);
    if (!existsSync('dist/cli/status-widgets.js')) {
      t.diagnostic('dist/ is not built: `npm run build` to check the built CLI too');
      return;
    }
    const built = await run(process.execPath, ['dist/cli/status-widgets.js', '--version']);
    assert.equal(built.stdout, `${version}\n`);
  });

  it('writes the calendar and the Atom feed as a process, from the source and from the build', async (t) => {
    const run = promisify(execFile);
    const bins = [['--import', 'tsx', 'src/cli/bin.ts']];
    if (existsSync('dist/cli/status-widgets.js')) bins.push(['dist/cli/status-widgets.js']);
    else t.diagnostic('dist/ is not built: `npm run build` to check the built CLI too');
    const inProcess = {
      ics: (await cli('ics', 'demo/feeds/all.json')).out,
      atom: (await cli('atom', 'demo/feeds/all.json')).out,
    };
    const withoutStamps = (text: string) => text.replace(/\r\nDTSTAMP:\w+/g, '');
    for (const bin of bins) {
      for (const command of ['ics', 'atom'] as const) {
        const file = join(dir, `${command}-${bins.indexOf(bin)}`);
        const { stdout } = await run(process.execPath, [
          ...bin,
          command,
          'demo/feeds/all.json',
          '--out',
          file,
        ]);
        assert.match(stdout, new RegExp(`^✓ ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
        assert.equal(
          withoutStamps(readFileSync(file, 'utf8')),
          withoutStamps(inProcess[command]),
          bin.join(' '),
        );
      }
    }
    assert.match(inProcess.ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(
      inProcess.atom,
      /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/,
    );
  });
});
