// The elements read a native feed at once and a vendor's (Statuspage, incident.io, …) once its
// adapter is loaded (src/feed/parse-lazily.ts): a native `feed` renders in the update that set
// it, a vendor's renders a moment later through the property and over HTTP, a vendor feed read
// after a newer feed never replaces it, and an adapter that cannot be loaded is one `network`
// status-error while the last good content stays.
import { expect } from '@open-wc/testing';
import '../../../../src/elements/status-banner/define.js';
import '../../../../src/elements/incident-timeline/define.js';
import '../../../../src/elements/status-indicator/define.js';
import '../../../../src/elements/component-status/define.js';
import type { StatusBanner } from '../../../../src/elements/status-banner/status-banner.js';
import type { StatusErrorEvent, StatusLoadEvent } from '../../../../src/elements/shared/events.js';
import {
  captureWarnings,
  deleteState,
  feedUrl,
  pageErrors,
  putState,
  until,
} from '../../client/client-helpers.js';
import { mount, settle, uid } from '../../kit/elements.js';
import { asFeed, feed, incident } from '../../kit/feeds.js';
import { banner, componentStatus, indicator, timeline } from '../../kit/harness.js';
import { loadJson } from '../../kit/parse.js';
import { now } from '../../kit/clock.js';
import {
  LOAD_FAILURE,
  loadAdapter,
  restoreAdapters,
  slowAdapters,
  statuspageSummary,
  unloadableAdapters,
} from '../../kit/vendor-feeds.js';
import { html } from 'lit';

const HOUR = 3_600_000;

/** A connected banner, not yet rendered, that records its status-load and status-error events. */
function bannerWith(doc: unknown) {
  const el = document.createElement('status-banner');
  const loads: StatusLoadEvent['detail'][] = [];
  const errors: StatusErrorEvent['detail'][] = [];
  el.addEventListener('status-load', (event) => loads.push(event.detail));
  el.addEventListener('status-error', (event) => errors.push(event.detail));
  if (doc !== undefined) el.feed = asFeed(doc);
  mount(html`<div></div>`).append(el);
  return { el, loads, errors };
}

/**
 * Once every Statuspage feed set so far is read (after `slow.release()`, given adapters that
 * load slowly), and the banner rendered: the title it shows, and those its status-load events
 * announced.
 */
async function afterEveryRead(
  el: StatusBanner,
  loads: StatusLoadEvent['detail'][],
  slow?: ReturnType<typeof slowAdapters>,
) {
  slow?.release();
  await loadAdapter('statuspage');
  await settle();
  await el.updateComplete;
  return { shown: titleOf(el), announced: loads.map((load) => load.model.incidents[0]?.title) };
}

const titleOf = (el: StatusBanner) => banner(el).titleText;

describe('vendor feeds in the elements', function () {
  this.timeout(20_000);

  afterEach(restoreAdapters);

  it('a native feed renders in the update that set it: one await updateComplete', async () => {
    const { el } = bannerWith(
      feed({ incidents: [incident('a', 'major', { title: 'Exports are delayed' })] }),
    );
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Exports are delayed');

    el.feed = feed({ incidents: [incident('b', 'critical', { title: 'Sign-in is down' })] });
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Sign-in is down');

    const list = document.createElement('incident-timeline');
    list.feed = feed({ incidents: [incident('c', 'minor', { title: 'Search is slow' })] });
    mount(html`<div></div>`).append(list);
    await list.updateComplete;
    expect(timeline(list).titles).to.deep.equal(['Search is slow']);
  });

  it('a Statuspage feed through the feed property renders once its adapter loads, announced once', async () => {
    const startedAt = now() - HOUR;
    const { el, loads, errors } = bannerWith(statuspageSummary('Sign-in is slow', startedAt));
    await el.updateComplete;
    await until(() => titleOf(el) === 'Sign-in is slow', `the vendor's incident, showing "${titleOf(el)}"`);
    await settle();
    expect(loads).to.have.length(1);
    expect(loads[0]).to.include({ source: 'property', url: '' });
    expect(loads[0]!.model.page.name).to.equal('Northwind');
    expect(errors).to.deep.equal([]);
    // An equal copy (a framework re-rendering) is no news, and is not read again.
    el.feed = asFeed(statuspageSummary('Sign-in is slow', startedAt));
    expect((await afterEveryRead(el, loads)).announced).to.have.length(1);
  });

  it('a Statuspage feed through the feed property gives the indicator its state once read', async () => {
    const el = document.createElement('status-indicator');
    const loads: StatusLoadEvent['detail'][] = [];
    el.addEventListener('status-load', (event) => loads.push(event.detail));
    // A major incident and its component in major outage: the component decides.
    el.feed = asFeed(statuspageSummary('Sign-in is slow', now() - HOUR));
    mount(html`<div></div>`).append(el);
    await el.updateComplete;
    await until(
      () => indicator(el).labelText === 'Major outage',
      `the vendor's state, showing "${indicator(el).labelText}"`,
    );
    await settle();
    expect(loads.map((load) => load.source)).to.deep.equal(['property']);
    expect(indicator(el).link!.href).to.equal('https://status.northwind.example/');
  });

  it('a Statuspage feed over HTTP renders', async () => {
    const key = uid('vendor-http');
    await putState(key, JSON.stringify(statuspageSummary('Payments are failing', Date.now() - HOUR)));
    try {
      const { el, loads } = bannerWith(undefined);
      el.interval = 0;
      el.src = feedUrl(`state:${key}`, uid('vendor-http'));
      await until(() => titleOf(el) === 'Payments are failing', 'the vendor feed, over HTTP');
      await settle();
      expect(loads.map((load) => load.source)).to.deep.equal(['network']);
    } finally {
      await deleteState(key);
    }
  });

  it('a vendor feed read after a newer native feed was set never replaces it', async () => {
    const native = feed({ incidents: [incident('n', 'major', { title: 'Native is newer' })] });
    // In one task: the vendor's feed is still being read when the native one replaces it.
    const { el, loads } = bannerWith(statuspageSummary('Vendor is older', now() - HOUR));
    el.feed = native;
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Native is newer');
    expect(await afterEveryRead(el, loads)).to.deep.equal({
      shown: 'Native is newer',
      announced: ['Native is newer'],
    });
  });

  it('of two vendor feeds, the one set last wins even when the first is read later', async () => {
    const slow = slowAdapters();
    const { el, loads } = bannerWith(statuspageSummary('First and slow', now() - HOUR));
    await el.updateComplete;
    restoreAdapters();
    el.feed = asFeed(statuspageSummary('Second and quick', now() - HOUR));
    await until(() => titleOf(el) === 'Second and quick', 'the second feed');
    expect(await afterEveryRead(el, loads, slow)).to.deep.equal({
      shown: 'Second and quick',
      announced: ['Second and quick'],
    });
  });

  it('a vendor feed set before a switch to no feed is not shown', async () => {
    const slow = slowAdapters();
    const { el, loads } = bannerWith(statuspageSummary('Gone before read', now() - HOUR));
    await el.updateComplete;
    el.feed = undefined;
    await el.updateComplete;
    expect(await afterEveryRead(el, loads, slow)).to.deep.equal({ shown: '', announced: [] });
    expect(banner(el).shownText).to.equal('');
  });

  it('an adapter that cannot be loaded: one network status-error and one warning, the last good feed stays', async () => {
    const { el, errors } = bannerWith(
      feed({ incidents: [incident('a', 'major', { title: 'Still shown' })] }),
    );
    await el.updateComplete;
    unloadableAdapters();
    const warnings = captureWarnings();
    let thrown: unknown[];
    try {
      thrown = await pageErrors(async () => {
        el.feed = asFeed(statuspageSummary('Never read', now() - HOUR));
        await until(() => errors.length === 1, 'a status-error');
        await settle();
      });
    } finally {
      warnings.restore();
    }
    expect(thrown).to.deep.equal([]);
    expect(errors[0]).to.include({ kind: 'network', source: 'property', url: '' });
    const message = `could not load the adapter for statuspage feeds (${LOAD_FAILURE})`;
    expect(errors[0]!.message).to.equal(message);
    expect(warnings.lines.map((line) => String(line[0]))).to.deep.equal([
      `status-widgets: network error for the feed property: ${message}`,
    ]);
    await el.updateComplete;
    expect(titleOf(el)).to.equal('Still shown');
  });

  it('<component-status> shows a Statuspage document’s groups and a Better Stack document’s sections', async () => {
    for (const [fixture, groups, names, statuses] of [
      [
        'statuspage/summary.json',
        ['Dashboards', 'Data Ingestion'],
        ['Web App', 'Report Scheduler', 'Event API', 'Batch Import', 'Single Sign-On', 'Webhooks'],
        [
          'Operational',
          'Degraded performance',
          'Partial outage',
          'Under maintenance',
          'Operational',
          'Major outage',
        ],
      ],
      [
        'betterstack/index.json',
        ['Sending', 'Dashboard & API'],
        ['SMTP relay', 'Inbound parsing', 'Web dashboard', 'Sending API', 'Legacy webhooks'],
        ['Operational', 'Degraded performance', 'Under maintenance', 'Operational', 'Operational'],
      ],
    ] as const) {
      const el = document.createElement('component-status');
      el.showGroups = true;
      el.feed = asFeed(await loadJson(`/test/fixtures/${fixture}`));
      mount(html`<div style="width: 1000px"></div>`).append(el);
      const view = componentStatus(el);
      await until(() => view.names.length > 0, `${fixture}: the components`);
      expect(view.groupNames, fixture).to.deep.equal([...groups]);
      expect(view.names, fixture).to.deep.equal([...names]);
      expect(
        view.names.map((name) => view.row(name).statusText),
        fixture,
      ).to.deep.equal([...statuses]);
      expect(view.row(0).bars, `${fixture}: a strip`).to.have.length(90);
    }
  });
});
