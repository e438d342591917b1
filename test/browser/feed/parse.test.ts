import { expect } from '@open-wc/testing';
import { parseFeed, detectFormat } from '../../../src/feed/parse.js';
import { FeedError } from '../../../src/feed/errors.js';
import type { FeedDocument } from '../../../src/feed/schema.js';
import { accepted, rejected } from '../kit/parse.js';

function base(): FeedDocument {
  return {
    version: 1,
    page: { name: 'Example Cloud', url: 'https://status.example.com', timeZone: 'Europe/Berlin' },
    components: [
      { id: 'api', name: 'API', group: 'Platform', status: 'operational' },
      { id: 'web', name: 'Dashboard', status: 'degraded' },
    ],
    regions: [{ id: 'eu', name: 'Europe' }],
    incidents: [
      {
        id: 'old',
        title: 'Slow dashboard',
        impact: 'minor',
        status: 'resolved',
        components: ['web'],
        startedAt: '2026-11-01T08:00:00Z',
        updates: [
          { at: '2026-11-01T08:05:00Z', status: 'investigating', body: 'Looking into it.' },
          { at: '2026-11-01T10:30:00+01:00', status: 'resolved', body: 'Fixed.' },
        ],
      },
      {
        id: 'now',
        title: 'API errors',
        impact: 'major',
        status: 'identified',
        components: ['api'],
        regions: ['eu'],
        startedAt: '2026-10-01T08:00:00Z',
        updates: [],
      },
    ],
    maintenances: [
      {
        id: 'done',
        title: 'Old upgrade',
        status: 'completed',
        startsAt: '2026-10-01T20:00:00Z',
        endsAt: '2026-10-01T22:00:00Z',
      },
      {
        id: 'later',
        title: 'Database upgrade',
        status: 'scheduled',
        startsAt: '2026-12-10T20:00:00Z',
        endsAt: '2026-12-10T22:00:00Z',
      },
      {
        id: 'sooner',
        title: 'Network work',
        status: 'scheduled',
        startsAt: '2026-12-01T20:00:00-08:00',
        endsAt: '2026-12-01T23:30:00-08:00',
      },
      {
        id: 'weekly',
        title: 'Weekly checks',
        status: 'in_progress',
        recurrence: {
          rule: 'FREQ=WEEKLY;BYDAY=SA',
          startsOn: '2026-01-03',
          time: '17:00',
          duration: 'PT5H',
          timeZone: 'America/Los_Angeles',
        },
      },
    ],
  };
}

/** JSON object fields, for breaking a document in ways its type does not allow. */
type Fields = Record<string, unknown>;

/** The same document, seen as plain JSON objects (no copy is made). */
function loose(doc: FeedDocument): { page: Fields; components: Fields[]; incidents: Fields[] } {
  return { page: doc.page!, components: doc.components ?? [], incidents: doc.incidents ?? [] };
}

describe('parseFeed: the native format', () => {
  it('reads JSON text and parsed documents alike', () => {
    const fromText = accepted(parseFeed(JSON.stringify(base())));
    const fromObject = accepted(parseFeed(base()));
    expect(fromText.model).to.deep.equal(fromObject.model);
    expect(fromText.format).to.equal('native');
  });

  it('normalises times to milliseconds and fills defaults', () => {
    const { model } = accepted(parseFeed(base()));
    const sooner = model.maintenances.find((m) => m.id === 'sooner')!;
    expect(sooner.startsAt).to.equal(Date.UTC(2026, 11, 2, 4, 0));
    expect(sooner.endsAt).to.equal(Date.UTC(2026, 11, 2, 7, 30));
    expect(sooner.impact).to.equal('minor');
    expect(sooner.availability).to.deep.equal({ available: [], unavailable: [] });
    expect(sooner.faq).to.deep.equal([]);
    expect(model.page).to.deep.equal({
      name: 'Example Cloud',
      url: 'https://status.example.com',
      timeZone: 'Europe/Berlin',
    });
  });

  it('sorts incidents active first, then newest first, and updates newest first', () => {
    const { model } = accepted(parseFeed(base()));
    expect(model.incidents.map((i) => i.id)).to.deep.equal(['now', 'old']);
    const old = model.incidents[1]!;
    expect(old.updates.map((u) => u.status)).to.deep.equal(['resolved', 'investigating']);
  });

  it('takes resolvedAt from the resolved update when the feed does not give it', () => {
    const { model } = accepted(parseFeed(base()));
    expect(model.incidents[1]!.resolvedAt).to.equal(Date.UTC(2026, 10, 1, 9, 30));
    expect(model.incidents[0]!.resolvedAt).to.equal(undefined);
  });

  it('sorts maintenances in progress first, then soonest scheduled, then latest completed', () => {
    const { model } = accepted(parseFeed(base()));
    expect(model.maintenances.map((m) => m.id)).to.deep.equal(['weekly', 'sooner', 'later', 'done']);
  });

  it('keeps the recurrence as written and parsed', () => {
    const { model } = accepted(parseFeed(base()));
    const weekly = model.maintenances[0]!;
    expect(weekly.recurrence).to.deep.equal({
      ruleText: 'FREQ=WEEKLY;BYDAY=SA',
      rule: { freq: 'WEEKLY', interval: 1, byDay: [{ weekday: 5 }], byMonthDay: [] },
      startsOn: '2026-01-03',
      time: '17:00',
      startMinute: 1020,
      durationMinutes: 300,
      timeZone: 'America/Los_Angeles',
    });
    expect(weekly.startsAt).to.equal(undefined);
  });

  it('ignores unknown fields anywhere', () => {
    const doc = base() as Record<string, unknown>;
    doc['generator'] = 'hand-written';
    (doc['page'] as Record<string, unknown>)['logo'] = 'https://example.com/logo.png';
    (doc['incidents'] as Record<string, unknown>[])[0]!['severity'] = 9;
    const { model } = accepted(parseFeed(doc));
    expect(model).to.deep.equal(accepted(parseFeed(base())).model);
    expect(JSON.stringify(model)).not.to.contain('hand-written');
  });

  it('reads daily uptime per component, oldest first, and when the history begins', () => {
    const doc = base();
    doc.page!.historyStart = '2026-04-01T00:00:00+02:00';
    doc.components![0]!.uptime = [
      { date: '2026-11-02', percent: 99.5 },
      { date: '2026-10-31', percent: 100 },
      { date: '2026-11-01', percent: 0 },
    ];
    const { model } = accepted(parseFeed(doc));
    expect(model.page.historyStart).to.equal(Date.UTC(2026, 2, 31, 22));
    expect(model.components[0]!.uptime).to.deep.equal([
      { date: '2026-10-31', percent: 100 },
      { date: '2026-11-01', percent: 0 },
      { date: '2026-11-02', percent: 99.5 },
    ]);
    // No list, or an empty one: no uptime in the model.
    doc.components![0]!.uptime = [];
    expect(accepted(parseFeed(doc)).model.components[0]).not.to.have.property('uptime');
    expect(accepted(parseFeed(base())).model.components[1]).not.to.have.property('uptime');
  });

  it('accepts an empty feed', () => {
    const { model, warnings } = accepted(parseFeed({ version: 1, page: { name: 'Quiet' } }));
    expect(model).to.deep.equal({
      page: { name: 'Quiet' },
      components: [],
      regions: [],
      incidents: [],
      maintenances: [],
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('parseFeed: minimal feeds', () => {
  const window = {
    id: 'db',
    title: 'Database upgrade',
    status: 'scheduled' as const,
    startsAt: '2026-12-10T20:00:00Z',
    endsAt: '2026-12-10T22:00:00Z',
  };

  it('reads "version": 1 as the native format, with or without a page', () => {
    expect(detectFormat({ version: 1, maintenances: [] })).to.equal('native');
    expect(detectFormat({ version: 1 })).to.equal('native');
    const result = accepted(parseFeed({ version: 1, maintenances: [window] }));
    expect(result.format).to.equal('native');
    expect(result.model.page).to.deep.equal({});
    expect(result.model.maintenances.map((m) => m.id)).to.deep.equal(['db']);
    expect(accepted(parseFeed('{"version": 1}')).model).to.deep.equal({
      page: {},
      components: [],
      regions: [],
      incidents: [],
      maintenances: [],
    });
  });

  it('uses what the page gives: a URL without a name, or a name without a URL', () => {
    const url = accepted(parseFeed({ version: 1, page: { url: 'https://status.example.com' } }));
    expect(url.model.page).to.deep.equal({ url: 'https://status.example.com' });
    expect(accepted(parseFeed({ version: 1, page: { name: 'Quiet' } })).model.page).to.deep.equal({
      name: 'Quiet',
    });
  });

  it('still checks the page when there is one', () => {
    expect(rejected(parseFeed({ version: 1, page: { name: ' ' } })).message).to.equal(
      'page.name: expected a non-empty string',
    );
    expect(rejected(parseFeed({ version: 1, page: 'Example' })).path).to.equal('page');
  });
});

describe('parseFeed: errors name the failing path', () => {
  it('reports text that is not JSON as a parse error', () => {
    const error = rejected(parseFeed('{"version": 1, "page": {'));
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('parse');
    expect(error.message).to.match(/^not valid JSON/);
  });

  it('names the path of a bad date-time', () => {
    const doc = base();
    doc.maintenances![2]!.endsAt = '2026-12-01 23:30';
    const error = rejected(parseFeed(doc));
    expect(error.kind).to.equal('schema');
    expect(error.path).to.equal('maintenances[2].endsAt');
    expect(error.message).to.equal('maintenances[2].endsAt: expected an ISO 8601 date-time with offset');
  });

  it('refuses a date-time without an offset, and impossible dates', () => {
    for (const value of [
      '2026-12-01T10:00:00',
      '2026-02-29T10:00:00Z',
      '2026-12-01T24:00:00Z',
      '2026-12-01T10:00:00+25:00',
    ]) {
      const doc = base();
      doc.incidents![0]!.startedAt = value;
      expect(rejected(parseFeed(doc)).path, value).to.equal('incidents[0].startedAt');
    }
  });

  it('lists every issue, and spells them out in the message', () => {
    const doc = base();
    const { incidents } = loose(doc);
    incidents[0]!['impact'] = 'catastrophic';
    incidents[1]!['title'] = '';
    const error = rejected(parseFeed(doc));
    expect(error.issues.map((i) => i.path)).to.deep.equal(['incidents[0].impact', 'incidents[1].title']);
    expect(error.path).to.equal('incidents[0].impact');
    expect(error.message).to.equal(
      'incidents[0].impact: expected one of "none", "minor", "major", "critical"; incidents[1].title: expected a non-empty string',
    );
  });

  it('names wrong types and missing required fields', () => {
    const doc = base();
    const { page, components } = loose(doc);
    page['name'] = 5;
    components[1]!['id'] = 7;
    delete components[1]!['name'];
    const error = rejected(parseFeed(doc));
    expect(error.issues).to.deep.equal([
      { path: 'page.name', message: 'expected string, got number' },
      { path: 'components[1].id', message: 'expected string, got number' },
      { path: 'components[1].name', message: 'expected string, got undefined' },
    ]);
  });

  it('reports the checks across fields together with the schema problems', () => {
    const doc = base();
    const { incidents } = loose(doc);
    incidents[0]!['impact'] = 'catastrophic'; // schema
    incidents[0]!['resolvedAt'] = '2026-10-31T08:00:00Z'; // before startedAt
    doc.maintenances![1]!.endsAt = '2026-12-10T19:00:00Z'; // before startsAt
    doc.maintenances![2]!.id = 'later'; // a duplicate id
    doc.maintenances![3]!.title = ''; // schema
    const error = rejected(parseFeed(doc));
    expect(error.path).to.equal('incidents[0].impact');
    expect(error.issues).to.deep.equal([
      { path: 'incidents[0].impact', message: 'expected one of "none", "minor", "major", "critical"' },
      { path: 'maintenances[3].title', message: 'expected a non-empty string' },
      { path: 'maintenances[2].id', message: 'duplicate id "later" (also maintenances[1])' },
      { path: 'incidents[0].resolvedAt', message: 'expected a time after startedAt' },
      { path: 'maintenances[1].endsAt', message: 'expected a time after startsAt' },
    ]);
    expect(error.message).to.equal(
      'incidents[0].impact: expected one of "none", "minor", "major", "critical"; ' +
        'maintenances[3].title: expected a non-empty string; ' +
        'maintenances[2].id: duplicate id "later" (also maintenances[1]); ' +
        'incidents[0].resolvedAt: expected a time after startedAt; ' +
        'maintenances[1].endsAt: expected a time after startsAt',
    );
  });

  it('leaves out of the checks across fields what it cannot read', () => {
    const doc = base();
    const { incidents, components } = loose(doc);
    incidents[0]!['startedAt'] = 'yesterday';
    components[1]!['id'] = 7;
    (doc.maintenances as unknown[]).push('not an object', { id: 'later', title: 'Again' });
    const error = rejected(parseFeed(doc));
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'components[1].id: expected string, got number',
      'incidents[0].startedAt: expected an ISO 8601 date-time with offset',
      'maintenances[4]: expected object, got string',
      'maintenances[5].status: expected one of "scheduled", "in_progress", "verifying", "completed", "cancelled"',
      'maintenances[5].id: duplicate id "later" (also maintenances[1])',
      'maintenances[5]: expected startsAt and endsAt, or a recurrence',
    ]);
  });

  it('reports at most 20 problems, and spells out the first five', () => {
    const doc = base();
    doc.components = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, name: ' ' }));
    const error = rejected(parseFeed(doc));
    expect(error.issues).to.have.length(20);
    expect(error.issues[19]!.path).to.equal('components[19].name');
    expect(error.message).to.equal(
      [0, 1, 2, 3, 4].map((i) => `components[${i}].name: expected a non-empty string`).join('; ') +
        ' (and 15 more)',
    );
  });

  it('rejects an end before the start', () => {
    const doc = base();
    doc.maintenances![1]!.endsAt = '2026-12-10T19:00:00Z';
    expect(rejected(parseFeed(doc)).message).to.equal(
      'maintenances[1].endsAt: expected a time after startsAt',
    );
  });

  it('rejects a resolution before the start', () => {
    const doc = base();
    doc.incidents![0]!.resolvedAt = '2026-10-31T08:00:00Z';
    expect(rejected(parseFeed(doc)).message).to.equal(
      'incidents[0].resolvedAt: expected a time after startedAt',
    );
  });

  it('needs either a window or a recurrence, not both', () => {
    const both = base();
    both.maintenances![3]!.startsAt = '2026-12-10T20:00:00Z';
    both.maintenances![3]!.endsAt = '2026-12-10T22:00:00Z';
    expect(rejected(parseFeed(both)).message).to.equal(
      'maintenances[3]: expected either startsAt/endsAt or recurrence, not both',
    );
    const neither = base();
    delete neither.maintenances![1]!.startsAt;
    delete neither.maintenances![1]!.endsAt;
    expect(rejected(parseFeed(neither)).message).to.equal(
      'maintenances[1]: expected startsAt and endsAt, or a recurrence',
    );
    const half = base();
    delete half.maintenances![1]!.endsAt;
    expect(rejected(parseFeed(half)).path).to.equal('maintenances[1].endsAt');
  });

  it('rejects duplicate ids', () => {
    const doc = base();
    doc.maintenances![2]!.id = 'later';
    expect(rejected(parseFeed(doc)).message).to.equal(
      'maintenances[2].id: duplicate id "later" (also maintenances[1])',
    );
  });

  it('checks daily uptime: a real date, a percent from 0 to 100, each date once', () => {
    const withUptime = (uptime: unknown) => {
      const doc = base();
      (doc.components![1] as Record<string, unknown>)['uptime'] = uptime;
      return parseFeed(doc);
    };
    expect(rejected(withUptime([{ date: '2026-02-30', percent: 99 }])).message).to.equal(
      'components[1].uptime[0].date: expected a date as YYYY-MM-DD',
    );
    expect(rejected(withUptime([{ date: '2026-07-18', percent: 100.5 }])).message).to.equal(
      'components[1].uptime[0].percent: expected a percent from 0 to 100',
    );
    expect(rejected(withUptime([{ date: '2026-07-18', percent: -1 }])).message).to.equal(
      'components[1].uptime[0].percent: expected a percent from 0 to 100',
    );
    expect(rejected(withUptime([{ date: '2026-07-18', percent: '99.9' }])).message).to.equal(
      'components[1].uptime[0].percent: expected number, got string',
    );
    expect(
      rejected(
        withUptime([
          { date: '2026-07-18', percent: 99 },
          { date: '2026-07-19', percent: 99 },
          { date: '2026-07-18', percent: 98 },
        ]),
      ).message,
    ).to.equal('components[1].uptime[2].date: duplicate date "2026-07-18" (also uptime[0])');
    const late = base();
    late.page!.historyStart = '2026-04-01';
    expect(rejected(parseFeed(late)).path).to.equal('page.historyStart');
  });

  it('accepts only http and https URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://example.com/x',
      '/relative/path',
      'https//missing-colon',
    ]) {
      const doc = base();
      doc.incidents![0]!.url = url;
      expect(rejected(parseFeed(doc)).message, url).to.equal(
        'incidents[0].url: expected an absolute http(s) URL',
      );
    }
    const ok = base();
    ok.incidents![0]!.url = 'HTTPS://status.example.com/incidents/old';
    expect(accepted(parseFeed(ok)).model.incidents[1]!.url).to.equal(
      'HTTPS://status.example.com/incidents/old',
    );
  });

  it('names an unsupported RRULE part instead of guessing', () => {
    const cases: [string, string][] = [
      ['FREQ=WEEKLY;BYHOUR=17', 'unsupported RRULE part BYHOUR'],
      ['FREQ=YEARLY', 'unsupported RRULE FREQ=YEARLY (DAILY, WEEKLY or MONTHLY)'],
      ['FREQ=WEEKLY;BYDAY=1SA', 'RRULE BYDAY ordinal 1SA needs FREQ=MONTHLY'],
      ['FREQ=MONTHLY;COUNT=3;UNTIL=20270101', 'RRULE cannot have both COUNT and UNTIL'],
      ['BYDAY=SA', 'RRULE needs FREQ'],
    ];
    for (const [rule, message] of cases) {
      const doc = base();
      doc.maintenances![3]!.recurrence!.rule = rule;
      expect(rejected(parseFeed(doc)).message, rule).to.equal(`maintenances[3].recurrence.rule: ${message}`);
    }
  });

  it('rejects an unknown time zone', () => {
    const doc = base();
    doc.maintenances![3]!.recurrence!.timeZone = 'Mars/Olympus_Mons';
    expect(rejected(parseFeed(doc)).path).to.equal('maintenances[3].recurrence.timeZone');
  });

  it('rejects documents of no known format, and a wrong version', () => {
    expect(rejected(parseFeed([1, 2, 3])).message).to.match(/^not a recognised status feed/);
    expect(rejected(parseFeed('null')).kind).to.equal('schema');
    const error = rejected(parseFeed({ version: 2, page: { name: 'x' } }, { format: 'native' }));
    expect(error.message).to.equal('version: expected 1');
  });
});

describe('parseFeed: references', () => {
  it('reports unknown components and regions as warnings without rejecting the feed', () => {
    const doc = base();
    doc.incidents![1]!.components = ['api', 'billing'];
    doc.maintenances![1]!.regions = ['mars'];
    const result = accepted(parseFeed(doc));
    expect(result.warnings).to.deep.equal([
      { path: 'incidents[1].components[1]', message: 'unknown component "billing"' },
      { path: 'maintenances[1].regions[0]', message: 'unknown region "mars"' },
    ]);
    expect(result.model.incidents[0]!.components).to.deep.equal(['api', 'billing']);
  });
});

describe('parseFeed: hostile text stays text', () => {
  it('keeps markup as literal characters', () => {
    const doc = base();
    doc.incidents![0]!.title = '<img src=x onerror=alert(1)>';
    doc.incidents![0]!.updates![0]!.body = '<script>alert(1)</script>\n\nSecond paragraph';
    const { model } = accepted(parseFeed(doc));
    const old = model.incidents.find((i) => i.id === 'old')!;
    expect(old.title).to.equal('<img src=x onerror=alert(1)>');
    expect(old.updates[1]!.body).to.equal('<script>alert(1)</script>\n\nSecond paragraph');
  });

  it('is not confused by __proto__ keys', () => {
    const text = JSON.stringify(base()).replace('"version":1', '"__proto__":{"polluted":true},"version":1');
    const { model } = accepted(parseFeed(text));
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(model.page.name).to.equal('Example Cloud');
  });
});

describe('detectFormat', () => {
  it('recognises the native format by its version', () => {
    expect(detectFormat(base())).to.equal('native');
    expect(detectFormat({ page: { name: 'x' } })).to.equal(undefined);
    expect(detectFormat('text')).to.equal(undefined);
  });
});
