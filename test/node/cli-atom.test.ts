// `status-widgets atom`: the Atom feed of a status feed, read back with fast-xml-parser (its
// validator for well-formedness, its parser for content): an RFC 4287 document, every update an
// entry, newest first, ids stable across runs, hostile text intact, every input format.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FeedModel } from '../../src/feed/model.js';
import { ATOM_NAMESPACE, feedToAtom, uuid5 } from '../../src/cli/atom.js';
import { cli, EVERY_FORMAT, feed, model, modelOf, window } from './kit/cli.js';

const NOW = Date.UTC(2026, 10, 25, 12, 30);
const dir = mkdtempSync(join(tmpdir(), 'status-widgets-atom-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

interface Text {
  '#text'?: string;
  '@_type'?: string;
}
interface Link {
  '@_rel'?: string;
  '@_type'?: string;
  '@_href': string;
}
interface Entry {
  id: string;
  title: Text;
  updated: string;
  published: string;
  link?: Link[];
  category: { '@_term': string }[];
  content: Text;
}
interface Feed {
  '@_xmlns': string;
  id: string;
  title: Text;
  subtitle: Text;
  updated: string;
  link?: Link[];
  author: { name: string; uri?: string };
  generator: Text & { '@_version'?: string };
  entry?: Entry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});

/** The document, after checking it is well-formed XML. */
function read(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  assert.equal(valid, true, JSON.stringify(valid));
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed '));
  const document = parser.parse(xml) as { feed: Feed };
  return document.feed;
}

const text = (value: Text | string | undefined) =>
  typeof value === 'string' ? value : (value?.['#text'] ?? '');
const entriesOf = (xml: string) => read(xml).entry ?? [];
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/;
const UUID5 = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** How many entries a model gives: one per update, one for an item without any. */
const expected = (m: FeedModel) =>
  [...m.incidents, ...m.maintenances].reduce((sum, item) => sum + Math.max(1, item.updates.length), 0);

describe('status-widgets atom: the document', () => {
  it('is Atom 1.0: the namespace and every required element of the feed and its entries', () => {
    const self = 'https://status.tidewaterpulse.example/updates.atom';
    const atom = read(feedToAtom(modelOf('demo/feeds/all.json'), { now: NOW, self, version }));
    assert.equal(atom['@_xmlns'], ATOM_NAMESPACE);
    assert.equal(ATOM_NAMESPACE, 'http://www.w3.org/2005/Atom');
    assert.match(atom.id, UUID5);
    assert.deepEqual(atom.title, { '#text': 'Tidewater Pulse status', '@_type': 'text' });
    assert.match(atom.updated, RFC3339);
    assert.equal(atom.author.name, 'Tidewater Pulse');
    assert.equal(atom.author.uri, 'https://status.tidewaterpulse.example/');
    assert.deepEqual(atom.generator, { '#text': 'status-widgets', '@_version': version });
    assert.deepEqual(
      atom.link!.map((link) => [link['@_rel'], link['@_type'], link['@_href']]),
      [
        ['alternate', 'text/html', 'https://status.tidewaterpulse.example/'],
        ['self', 'application/atom+xml', self],
      ],
    );
    assert.equal(atom.entry!.length, 50);
    for (const entry of atom.entry!) {
      assert.match(entry.id, UUID5);
      assert.equal(entry.title['@_type'], 'text');
      assert.ok(text(entry.title).length > 0);
      assert.match(entry.updated, RFC3339);
      assert.equal(entry.published, entry.updated);
      assert.equal(entry.content['@_type'], 'text');
      assert.equal(entry.link!.length, 1);
      assert.equal(entry.link![0]!['@_rel'], 'alternate');
      assert.match(entry.link![0]!['@_href'], /^https:\/\/status\.tidewaterpulse\.example\//);
      assert.ok(['incident', 'maintenance'].includes(entry.category[0]!['@_term']));
    }
  });

  it('names its ids with RFC 9562 version-5 UUIDs', () => {
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    assert.equal(
      uuid5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'),
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('holds every update as an entry, newest first: "<title>: <status>", its text, its time and link', () => {
    const all = modelOf('demo/feeds/all.json');
    const entries = entriesOf(feedToAtom(all, { now: NOW, limit: 1000 }));
    assert.equal(entries.length, expected(all));
    const times = entries.map((entry) => Date.parse(entry.updated));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    const words = {
      investigating: 'Investigating',
      identified: 'Identified',
      monitoring: 'Monitoring',
      resolved: 'Resolved',
      scheduled: 'Scheduled',
      in_progress: 'In progress',
      verifying: 'Verifying',
      completed: 'Completed',
      cancelled: 'Cancelled',
      postmortem: 'Post-incident review',
      update: 'Update',
    } as const;
    let updates = 0;
    for (const item of [...all.incidents, ...all.maintenances]) {
      for (const update of item.updates) {
        const found = entries.filter(
          (entry) =>
            text(entry.title) === `${item.title}: ${words[update.status]}` &&
            Date.parse(entry.updated) === update.at &&
            text(entry.content).startsWith(update.body),
        );
        assert.equal(found.length, 1, `${item.id} ${new Date(update.at).toISOString()}`);
        // A post-incident review's entry links the review itself.
        const review =
          item.kind === 'incident' && update.status === 'postmortem' ? item.reportUrl : undefined;
        assert.equal(found[0]!.link![0]!['@_href'], new URL(review ?? item.url ?? all.page.url!).href);
        if (item.kind === 'incident' && item.reportUrl && update.status === 'resolved') {
          assert.ok(text(found[0]!.content).endsWith(`\n\nPost-incident review: ${item.reportUrl}`));
        }
        assert.equal(found[0]!.category[0]!['@_term'], item.kind);
        updates++;
      }
    }
    assert.ok(updates > 40);
    // A maintenance notice says when the window is, in the page's zone.
    const notice = entries.find(
      (entry) => text(entry.title) === 'Analytics storage upgrade in the EU and India regions: Scheduled',
    )!;
    assert.match(text(notice.content), /\n\nWhen: Sat, Dec 5, 1:00\s–\s5:00\sPM PST$/);
  });

  it('gives an item without updates one entry, dated by its start', () => {
    const doc = feed({
      incidents: [
        {
          id: 'slow-search',
          title: 'Search is slow',
          impact: 'minor',
          status: 'investigating',
          startedAt: '2026-11-24T08:00:00Z',
          components: ['search'],
          regions: ['eu'],
        },
      ],
      maintenances: [window('editor-move')],
    });
    const entries = entriesOf(feedToAtom(model(doc), { now: NOW }));
    assert.deepEqual(
      // (Intl's thin and narrow spaces as plain ones: which it uses depends on its version.)
      entries.map((entry) => [
        text(entry.title),
        entry.updated,
        text(entry.content).replace(/[\u2009\u202f]/g, ' '),
      ]),
      [
        [
          'Window editor-move: Scheduled',
          '2026-12-05T21:00:00Z',
          'The editor saves drafts locally while we move its storage.\n\nWhen: Sat, Dec 5, 9:00 – 11:00 PM UTC',
        ],
        ['Search is slow: Investigating', '2026-11-24T08:00:00Z', 'Affected: Search, Europe'],
      ],
    );
    // The window ahead does not date the feed; the incident does.
    assert.equal(read(feedToAtom(model(doc), { now: NOW })).updated, '2026-11-24T08:00:00Z');
  });

  it('is dated by the page, else by its latest entry up to now, else now', () => {
    assert.equal(
      read(feedToAtom(modelOf('demo/feeds/all.json'), { now: NOW })).updated,
      '2026-11-25T12:05:00Z',
    );
    assert.equal(read(feedToAtom(model({ version: 1 }), { now: NOW })).updated, '2026-11-25T12:30:00Z');
  });

  it('keeps the newest --limit entries (default 50)', () => {
    const all = modelOf('demo/feeds/all.json');
    const every = entriesOf(feedToAtom(all, { now: NOW, limit: 1000 }));
    assert.ok(every.length > 50);
    assert.deepEqual(entriesOf(feedToAtom(all, { now: NOW })), every.slice(0, 50));
    assert.deepEqual(entriesOf(feedToAtom(all, { now: NOW, limit: 3 })), every.slice(0, 3));
  });
});

describe('status-widgets atom: entry ids', () => {
  const base = feed({
    incidents: [
      {
        id: 'editor-errors',
        title: 'Editor fails to save',
        impact: 'major',
        status: 'monitoring',
        startedAt: '2026-11-24T09:00:00Z',
        updates: [
          { at: '2026-11-24T10:00:00Z', status: 'monitoring', body: 'A fix is out; we are watching saves.' },
          {
            at: '2026-11-24T09:00:00Z',
            status: 'investigating',
            body: 'Saving a page fails for some writers.',
          },
          // Two updates posted at the same second.
          { at: '2026-11-24T09:00:00Z', status: 'update', body: 'Drafts are kept in the browser meanwhile.' },
        ],
      },
    ],
  });
  const ids = (doc: typeof base, now = NOW) =>
    entriesOf(feedToAtom(model(doc), { now })).map((entry) => entry.id);

  it('are unique, and the same on every run over the same feed', () => {
    const first = ids(base);
    assert.equal(new Set(first).size, 3);
    assert.deepEqual(ids(base, NOW + 86_400_000), first);
    const all = feedToAtom(modelOf('demo/feeds/all.json'), { now: NOW, limit: 1000 });
    assert.equal(feedToAtom(modelOf('demo/feeds/all.json'), { now: NOW, limit: 1000 }), all);
    const allIds = entriesOf(all).map((entry) => entry.id);
    assert.equal(new Set(allIds).size, allIds.length);
  });

  it('stay with their update when it is corrected or a new one is posted, and differ for another page', () => {
    /** Each update (by its status and time) with the id of its entry. */
    const byUpdate = (doc: typeof base) =>
      new Map(
        entriesOf(feedToAtom(model(doc), { now: NOW })).map((entry) => [
          `${text(entry.title)} ${entry.updated}`,
          entry.id,
        ]),
      );
    const first = byUpdate(base);
    const corrected = structuredClone(base);
    corrected.incidents![0]!.updates![0]!.body = 'A fix is out; we are watching saves closely.';
    assert.deepEqual(byUpdate(corrected), first);
    const more = structuredClone(base);
    more.incidents![0]!.updates!.unshift({
      at: '2026-11-24T11:00:00Z',
      status: 'resolved',
      body: 'Saves work again.',
    });
    const after = byUpdate(more);
    assert.equal(after.size, 4);
    for (const [update, id] of first) assert.equal(after.get(update), id, update);
    const elsewhere = structuredClone(base);
    elsewhere.page!.url = 'https://status.other.example/';
    const ids = new Set(first.values());
    for (const id of byUpdate(elsewhere).values()) assert.ok(!ids.has(id));
  });
});

describe('status-widgets atom: text', () => {
  // Everything XML 1.0 forbids (C0 controls but tab and line feed, U+FFFE, U+FFFF, a lone
  // surrogate) and everything markup would misread.
  const forbidden = '\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\ufffe\uffff';
  const markup = `<script>alert("x")</script> & &amp; ]]> <![CDATA[ y ]]> <!-- z --> 'single' "double"`;
  const hostile = feed({
    page: { name: `Quill & "Feather" <Docs>${forbidden}` },
    incidents: [
      {
        id: 'hostile',
        title: `Search ${markup} ${forbidden}done`,
        impact: 'minor',
        status: 'identified',
        startedAt: '2026-11-24T09:00:00Z',
        url: 'https://status.quillfeather.example/incidents/hostile?a=1&b=\'2\'&c="3"',
        updates: [
          {
            at: '2026-11-24T09:30:00Z',
            status: 'identified',
            body: `Line one\r\nLine two\rtab\there ${markup}\n\n${forbidden} lone \ud800 pair 🙂 end`,
          },
        ],
      },
    ],
  });

  it('round-trips hostile text through a parser, dropping only what XML cannot hold', () => {
    const xml = feedToAtom(model(hostile), { now: NOW });
    assert.doesNotMatch(xml, /]]>|<script|<!\[CDATA|<!--/);
    // eslint-disable-next-line no-control-regex -- checking none is left
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    const atom = read(xml);
    assert.equal(text(atom.title), 'Quill & "Feather" <Docs> status');
    assert.equal(atom.author.name, 'Quill & "Feather" <Docs>');
    const entry = atom.entry![0]!;
    assert.equal(text(entry.title), `Search ${markup} done: Identified`);
    assert.equal(text(entry.content), `Line one\nLine two\ntab\there ${markup}\n\n lone \ufffd pair 🙂 end`);
    assert.equal(entry.link![0]!['@_href'], new URL(hostile.incidents![0]!.url!).href);
  });
});

describe('status-widgets atom: every input format', () => {
  for (const file of EVERY_FORMAT) {
    it(`${file}: an entry for every update, well-formed`, async () => {
      const result = await cli('atom', file, '--limit', '1000');
      assert.equal(result.code, 0, result.err);
      const fileModel = modelOf(file);
      const entries = entriesOf(result.out);
      assert.equal(entries.length, expected(fileModel));
      for (const item of [...fileModel.incidents, ...fileModel.maintenances]) {
        for (const update of item.updates) {
          assert.ok(
            entries.some(
              (entry) =>
                Date.parse(entry.updated) === update.at &&
                text(entry.content).startsWith(update.body.replace(/\r\n?/g, '\n')),
            ),
            `${item.id} ${new Date(update.at).toISOString()}`,
          );
        }
      }
    });
  }
});

describe('status-widgets atom on the command line', () => {
  it('writes --out, says what it wrote, and links itself with --self', async () => {
    const out = join(dir, 'updates.atom');
    const self = 'https://status.tidewaterpulse.example/updates.atom';
    const result = await cli('atom', 'demo/feeds/all.json', '--out', out, '--self', self, '--limit', '7');
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, `✓ ${out}: 7 entries from demo/feeds/all.json\n`);
    const atom = read(readFileSync(out, 'utf8'));
    assert.equal(atom.entry!.length, 7);
    assert.equal(atom.link!.find((link) => link['@_rel'] === 'self')!['@_href'], self);
    const printed = await cli('atom', 'demo/feeds/all.json', '--self', self, '--limit', '7');
    assert.equal(printed.out, readFileSync(out, 'utf8'));
  });

  it('refuses an invalid feed as validate does, with exit 1 and the path', async () => {
    const bad = join(dir, 'bad.json');
    const doc = feed({
      incidents: [
        { id: 'x', title: 'X', impact: 'major', status: 'identified', startedAt: '2026-11-24T09:00:00Z' },
      ],
    });
    // An impact the schema does not know.
    writeFileSync(bad, JSON.stringify(doc).replace('"impact":"major"', '"impact":"severe"'));
    const result = await cli('atom', bad);
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    assert.match(
      result.err,
      /^✗ .*bad\.json: invalid native feed \(schema error\)\n {2}incidents\[0\]\.impact: /,
    );
  });

  it('refuses wrong usage with exit 2', async () => {
    for (const argv of [
      ['atom'],
      ['atom', 'demo/feeds/all.json', '--limit', '0'],
      ['atom', 'demo/feeds/all.json', '--limit', '2.5'],
      ['atom', 'demo/feeds/all.json', '--limit', 'many'],
      ['atom', 'demo/feeds/all.json', '--self', 'not a url'],
      ['atom', 'demo/feeds/all.json', 'extra'],
      ['convert', 'demo/feeds/all.json', '--limit', '5'],
    ]) {
      const result = await cli(...argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.err, /Usage: status-widgets/);
    }
  });
});
