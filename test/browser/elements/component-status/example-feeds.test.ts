// <component-status> on the example feeds (demo/feeds/) at their "today", 25 November 2026
// 12:05 UTC, in the page's zone (Los Angeles): every component in its group with its status in
// words, a full 90-day strip of dated bars with one tab stop, and the daily uptime the feeds
// carry for two components as the figure the strip states.
import { expect, html } from '@open-wc/testing';
import '../../../../src/elements/component-status/define.js';
import type { ComponentStatusElement } from '../../../../src/elements/component-status/component-status.js';
import { parseFeed } from '../../../../src/feed/parse.js';
import { componentHistory } from '../../../../src/select/history.js';
import { formatDuration } from '../../../../src/time/format.js';
import { mount } from '../../kit/elements.js';
import { setClock } from '../../kit/clock.js';
import { componentStatus } from '../../kit/harness.js';
import { accepted, loadText } from '../../kit/parse.js';

const FEED_NOW = Date.parse('2026-11-25T12:05:00Z');
const ZONE = 'America/Los_Angeles';

/** An element showing demo/feeds/`name`.json (as the JSON text an app would hand over), grouped. */
async function show(name: string, attrs: Record<string, string> = {}): Promise<ComponentStatusElement> {
  const el = document.createElement('component-status');
  for (const [attr, value] of Object.entries({ 'time-zone': ZONE, 'show-groups': '', ...attrs })) {
    el.setAttribute(attr, value);
  }
  el.feed = await loadText(`/demo/feeds/${name}.json`);
  mount(html`<div style="width: 1000px"></div>`).append(el);
  await el.updateComplete;
  return el;
}

describe('<component-status> on the example feeds', () => {
  beforeEach(() => setClock(FEED_NOW));

  it('status-page.json: every component in its group, operational, with 90 dated days and one tab stop', async () => {
    const el = await show('status-page');
    const view = componentStatus(el);
    expect(view.groupNames).to.deep.equal(['Web app', 'Data collection', 'Messaging', 'Integrations']);
    expect(view.names).to.have.length(14);
    expect(view.names.at(-1), 'the ungrouped one last, where the feed has it').to.equal(
      'Help center & support requests',
    );
    for (const name of view.names) {
      const row = view.row(name);
      expect(row.statusText, name).to.equal('Operational');
      expect(row.bars, name).to.have.length(90);
      expect(row.levels, `${name}: no day without data`).not.to.include('nodata');
      expect(row.tabStops, name).to.deep.equal([89]);
      expect(row.labels.at(-1), name).to.match(/^November 25, 2026: /);
      expect(row.labels[0], name).to.match(/^August 28, 2026: /);
    }
  });

  it('status-page.json: the daily uptime of the events API as its figure, and in its bars’ labels', async () => {
    const el = await show('status-page');
    const model = accepted(parseFeed(await loadText('/demo/feeds/status-page.json'))).model;
    const history = componentHistory(model, 'ingest-api', { now: FEED_NOW, days: 90, timeZone: ZONE });
    const percent = new Intl.NumberFormat('en', {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(Math.floor(history.uptimePercent! * 100) / 10_000);
    const api = componentStatus(el).row('Events API');
    expect(api.captionText).to.equal(`${percent} uptime over the last 90 days`);
    const label = api.labels.find((l) => l.startsWith('October 6, 2026:'));
    expect(label).to.equal(
      `October 6, 2026: 89.72% uptime, major outage, ${formatDuration(148, 'en')}; 1 incident`,
    );
    // A component without uptime says what it counts, with no percentage.
    const sdk = componentStatus(el).row('SDK event collection');
    expect(sdk.captionText).to.match(
      /^Incidents and maintenance over the last 90 days \d+ days? with incidents$/,
    );
  });

  it('all.json: the statuses of this morning’s incident and the window in progress', async () => {
    const view = componentStatus(await show('all'));
    expect(view.row('Outbound webhooks').statusText).to.equal('Major outage');
    expect(view.row('Journeys & triggered messages').statusText).to.equal('Partial outage');
    expect(view.row('Scheduled reports & exports').statusText).to.equal('Under maintenance');
    expect(view.row('Dashboard & sign-in').statusText).to.equal('Operational');
    expect(view.row('Outbound webhooks').labels.at(-1)).to.match(/^November 25, 2026: major outage, /);
  });
});
