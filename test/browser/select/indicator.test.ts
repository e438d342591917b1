// What <status-indicator> selects, without a DOM: the overall state from the active items (by the
// banner's precedence) and the components' statuses, the filters, the instants at which it
// changes by the clock, and what it reports and announces when the state changes.
import { expect } from '@open-wc/testing';
import { at, component, feedModel, HOUR, recurrence, recurring, type FeedParts } from '../kit/feeds.js';
import {
  IMPACT_STATE,
  indicatorSelection,
  nextIndicatorBoundary,
  type IndicatorState,
} from '../../../src/select/indicator.js';
import { indicatorChange } from '../../../src/select/changes.js';
import { makeFilter, NO_FILTER } from '../../../src/select/filter.js';

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const { incident, maintenance } = at(NOW);

/** The state of the feed made of `parts` at `now`, with the filters given. */
function stateOf(parts: FeedParts, { now = NOW, components = '', regions = '' } = {}): IndicatorState {
  return indicatorSelection(feedModel(parts), { now, filter: makeFilter(components, regions) }).state;
}

/** The catalogue with each component's status as given (`api` "Public API", `web` "Dashboard"). */
const statuses = (api: string, web = 'operational') => [
  component('api', 'Public API', { status: api as never }),
  component('web', 'Dashboard', { status: web as never }),
];

describe('select: indicator', () => {
  it('is operational with nothing active and every component operational', () => {
    expect(stateOf({})).to.equal('operational');
    expect(
      stateOf({
        incidents: [incident('old', 'critical', { lasted: HOUR, ago: 3 * HOUR })],
        maintenances: [maintenance('later', 3 * HOUR), maintenance('done', -5 * HOUR, 1)],
      }),
      'resolved incidents and windows not in progress',
    ).to.equal('operational');
  });

  it('maps an unresolved incident by impact: critical, major, minor and none', () => {
    expect(IMPACT_STATE).to.deep.equal({
      critical: 'major_outage',
      major: 'partial_outage',
      minor: 'degraded',
      none: 'degraded',
    });
    for (const [impact, state] of Object.entries(IMPACT_STATE)) {
      expect(stateOf({ incidents: [incident('i', impact as never)] }), impact).to.equal(state);
    }
  });

  it('never reads an unresolved incident as operational, even when every component says operational', () => {
    const parts = {
      components: statuses('operational', 'operational'),
      incidents: [incident('quiet', 'none'), incident('monitoring', 'minor', { status: 'monitoring' })],
    };
    const selection = indicatorSelection(feedModel(parts), { now: NOW, filter: NO_FILTER });
    expect(selection.state).to.equal('degraded');
    expect(selection.cause?.item.id, 'the minor incident before the one of impact none').to.equal(
      'monitoring',
    );
    expect(stateOf({ incidents: [incident('quiet', 'none')] })).to.equal('degraded');
  });

  it('shows maintenance in progress as its own state, below any incident', () => {
    expect(stateOf({ maintenances: [maintenance('m', -HOUR)] })).to.equal('maintenance');
    expect(stateOf({ maintenances: [maintenance('m', -HOUR)], incidents: [incident('n', 'none')] })).to.equal(
      'degraded',
    );
    const selection = indicatorSelection(
      feedModel({
        maintenances: [maintenance('second', -HOUR), maintenance('first', -2 * HOUR, 3)],
      }),
      { now: NOW, filter: NO_FILTER },
    );
    expect(selection).to.deep.include({ state: 'maintenance' });
    expect([selection.cause?.kind, selection.cause?.item.id, selection.cause?.phase]).to.deep.equal([
      'maintenance',
      'first',
      'in_progress',
    ]);
  });

  it('takes the worst of the items and the components, the item deciding a tie', () => {
    expect(stateOf({ components: statuses('degraded') })).to.equal('degraded');
    expect(stateOf({ components: statuses('partial_outage', 'degraded') })).to.equal('partial_outage');
    expect(stateOf({ components: statuses('major_outage') })).to.equal('major_outage');
    // A component's major outage beats a major incident (partial outage): no item decides.
    const worse = indicatorSelection(
      feedModel({ components: statuses('major_outage'), incidents: [incident('i', 'major')] }),
      { now: NOW, filter: NO_FILTER },
    );
    expect(worse).to.deep.equal({ state: 'major_outage' });
    // A critical incident and a component's major outage: the incident is the cause.
    const tie = indicatorSelection(
      feedModel({ components: statuses('major_outage'), incidents: [incident('c', 'critical')] }),
      { now: NOW, filter: NO_FILTER },
    );
    expect([tie.state, tie.cause?.item.id]).to.deep.equal(['major_outage', 'c']);
    // A degraded component outranks maintenance in progress.
    expect(stateOf({ components: statuses('degraded'), maintenances: [maintenance('m', -HOUR)] })).to.equal(
      'degraded',
    );
  });

  it("counts a component's maintenance while a window naming it runs, or when no window names it", () => {
    const components = statuses('operational', 'maintenance');
    // No window names `web`: the feed's word stands.
    expect(stateOf({ components })).to.equal('maintenance');
    // A window on `web` that ended an hour ago: the status is stale (the next poll will say so).
    const ended = maintenance('m', -3 * HOUR, 2, { components: ['web'] });
    expect(stateOf({ components, maintenances: [ended] })).to.equal('operational');
    // The same window while it runs.
    expect(stateOf({ components, maintenances: [ended] }, { now: NOW - 2 * HOUR })).to.equal('maintenance');
  });

  it('follows the components and regions filters', () => {
    const parts: FeedParts = {
      components: statuses('operational', 'partial_outage'),
      incidents: [incident('api-eu', 'critical', { components: ['api'], regions: ['eu'] })],
      maintenances: [maintenance('web-us', -HOUR, 2, { components: ['web'], regions: ['us'] })],
    };
    expect(stateOf(parts)).to.equal('major_outage');
    expect(stateOf(parts, { components: 'api' })).to.equal('major_outage');
    expect(stateOf(parts, { components: 'DASHBOARD' }), 'the component is worse than its window').to.equal(
      'partial_outage',
    );
    // A regions filter: only items in those regions count (components name no region).
    expect(stateOf(parts, { regions: 'united states' })).to.equal('maintenance');
    expect(stateOf(parts, { regions: 'eu' })).to.equal('major_outage');
    expect(stateOf({ components: statuses('major_outage') }, { regions: 'eu' })).to.equal('operational');
    expect(stateOf(parts, { components: 'nothing' })).to.equal('operational');
  });

  it("follows a recurring window's occurrences", () => {
    // Every day 03:00–04:00 UTC.
    const daily = recurring('daily', recurrence('FREQ=DAILY'));
    const inside = Date.UTC(2026, 11, 1, 3, 30);
    expect(stateOf({ maintenances: [daily] }, { now: inside })).to.equal('maintenance');
    expect(stateOf({ maintenances: [daily] }, { now: Date.UTC(2026, 11, 1, 4, 0) })).to.equal('operational');
  });

  it('changes by the clock exactly at the start and the end of a window', () => {
    const model = feedModel({ maintenances: [maintenance('m', HOUR, 2)] });
    const options = { filter: NO_FILTER };
    expect(nextIndicatorBoundary(model, { now: NOW, ...options })).to.equal(NOW + HOUR);
    expect(nextIndicatorBoundary(model, { now: NOW + HOUR, ...options })).to.equal(NOW + 3 * HOUR);
    expect(nextIndicatorBoundary(model, { now: NOW + 3 * HOUR, ...options })).to.equal(undefined);
    expect(indicatorSelection(model, { now: NOW + HOUR - 1, ...options }).state).to.equal('operational');
    expect(indicatorSelection(model, { now: NOW + HOUR, ...options }).state).to.equal('maintenance');
    expect(indicatorSelection(model, { now: NOW + 3 * HOUR - 1, ...options }).state).to.equal('maintenance');
    expect(indicatorSelection(model, { now: NOW + 3 * HOUR, ...options }).state).to.equal('operational');
    // Only windows that pass the filter.
    expect(nextIndicatorBoundary(model, { now: NOW, filter: makeFilter('api') })).to.equal(undefined);
  });

  describe('status-change and the announcement', () => {
    const select = (parts: FeedParts) =>
      indicatorSelection(feedModel(parts), { now: NOW, filter: NO_FILTER });

    it('reports the first state without announcing it, then each new state once, announced', () => {
      const first = indicatorChange(undefined, select({}));
      expect(first.changes).to.deep.equal([
        { item: undefined, kind: undefined, phase: 'operational', state: 'operational' },
      ]);
      expect(first).not.to.have.property('announce');
      expect(indicatorChange(first.memory, select({})).changes, 'the same state again').to.deep.equal([]);

      const down = indicatorChange(first.memory, select({ incidents: [incident('i', 'critical')] }));
      expect(down.changes.map((c) => [c.state, c.kind, c.item?.id, c.phase])).to.deep.equal([
        ['major_outage', 'incident', 'i', 'active'],
      ]);
      expect(down.announce).to.equal('major_outage');
      // Another incident of the same state: what the indicator shows did not change.
      const same = indicatorChange(down.memory, select({ incidents: [incident('j', 'critical')] }));
      expect(same.changes).to.deep.equal([]);
      expect(same).not.to.have.property('announce');
    });

    it('reports a state that a component decides without an item', () => {
      const change = indicatorChange('operational', select({ components: statuses('partial_outage') }));
      expect(change.changes).to.deep.equal([
        { item: undefined, kind: undefined, phase: undefined, state: 'partial_outage' },
      ]);
      expect(change.announce).to.equal('partial_outage');
    });
  });
});
