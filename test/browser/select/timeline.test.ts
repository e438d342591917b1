// What <incident-timeline> selects, without a DOM: order, the `days` window, filters, one incident
// by id, maintenance with include-maintenance, and the next instant the selection changes.
import { expect } from '@open-wc/testing';
import { at, DAY, feedModel, HOUR } from '../kit/feeds.js';
import type { FeedModel } from '../../../src/feed/model.js';
import {
  historyDays,
  nextTimelineBoundary,
  timelineEntries,
  type TimelineOptions,
} from '../../../src/select/timeline.js';
import { makeFilter, NO_FILTER } from '../../../src/select/filter.js';

const NOW = Date.UTC(2026, 10, 25, 12, 0);
const { incident, maintenance } = at(NOW);

const options = (extra: Partial<TimelineOptions> = {}): TimelineOptions => ({
  now: NOW,
  filter: NO_FILTER,
  ...extra,
});
const ids = (m: FeedModel, extra?: Partial<TimelineOptions>) =>
  timelineEntries(m, options(extra)).map((e) => e.item.id);

describe('timeline selection', () => {
  const doc = feedModel({
    incidents: [
      incident('old-active', 'minor', { ago: 3 * HOUR }),
      incident('resolved-5d', 'minor', { ago: 5 * DAY, lasted: HOUR }),
      incident('resolved-89d', 'minor', { ago: 89 * DAY, lasted: HOUR }),
      incident('resolved-91d', 'minor', { ago: 91 * DAY, lasted: HOUR }),
      incident('new-active', 'minor', { ago: HOUR, components: ['web'], regions: ['us'] }),
      incident('resolved-1d', 'minor', { ago: DAY, lasted: HOUR, components: ['web'] }),
    ],
    maintenances: [
      maintenance('running', -HOUR, 2),
      maintenance('done', -3 * DAY, 1, { status: 'completed' }),
      maintenance('later', DAY, 1),
      maintenance('off', -2 * DAY, 1, { status: 'cancelled' }),
      maintenance('ancient', -100 * DAY, 1, { status: 'completed' }),
    ],
  });

  it('puts active incidents first, newest first, then the resolved ones in the window, newest first', () => {
    expect(ids(doc)).to.deep.equal([
      'new-active',
      'old-active',
      'resolved-1d',
      'resolved-5d',
      'resolved-89d',
    ]);
    expect(timelineEntries(doc, options()).map((e) => e.phase)).to.deep.equal([
      'active',
      'active',
      'resolved',
      'resolved',
      'resolved',
    ]);
  });

  it('takes `days` (90 when missing or not positive)', () => {
    expect(ids(doc, { days: 3 })).to.deep.equal(['new-active', 'old-active', 'resolved-1d']);
    expect(ids(doc, { days: 100 })).to.include('resolved-91d');
    expect([
      historyDays(undefined),
      historyDays(0),
      historyDays(-1),
      historyDays(NaN),
      historyDays(7),
    ]).to.deep.equal([90, 90, 90, 90, 7]);
  });

  it('applies the filters', () => {
    expect(ids(doc, { filter: makeFilter('dashboard') })).to.deep.equal(['new-active', 'resolved-1d']);
    expect(ids(doc, { filter: makeFilter(undefined, 'us') })).to.deep.equal(['new-active']);
  });

  it('returns the one incident named by id, whatever its age and the filters', () => {
    expect(ids(doc, { incident: 'resolved-91d', filter: makeFilter('web') })).to.deep.equal(['resolved-91d']);
    expect(ids(doc, { incident: 'missing' })).to.deep.equal([]);
  });

  it('adds running and completed windows (not upcoming, cancelled or old) with includeMaintenance', () => {
    expect(ids(doc, { includeMaintenance: true })).to.deep.equal([
      'new-active',
      'old-active',
      'running',
      'resolved-1d',
      'done',
      'resolved-5d',
      'resolved-89d',
    ]);
  });

  it('knows when the selection next changes by the clock alone', () => {
    // resolved-89d (ended 89 d − 1 h ago) leaves the 90-day window in 1 day + 1 hour.
    expect(nextTimelineBoundary(doc, options())).to.equal(NOW + DAY + HOUR);
    // With maintenance, the running window's end (in 1 hour) comes first.
    expect(nextTimelineBoundary(doc, options({ includeMaintenance: true }))).to.equal(NOW + HOUR);
    expect(nextTimelineBoundary(doc, options({ incident: 'resolved-1d' }))).to.equal(undefined);
  });

  it('drops an item at the very instant its boundary reports, and not before', () => {
    // Resolved (and a one-off window completed) exactly 90 days before `at`.
    const ended = feedModel({
      incidents: [incident('edge', 'minor', { ago: 100 * DAY, lasted: 10 * DAY })],
      maintenances: [maintenance('edge-window', -95 * DAY, 5 * 24, { status: 'completed' })],
    });
    const end = NOW - 90 * DAY;
    for (const includeMaintenance of [false, true]) {
      const at = (now: number) => options({ now, includeMaintenance });
      const listed = (now: number) => timelineEntries(ended, at(now)).map((e) => e.item.id);
      const expected = includeMaintenance ? ['edge', 'edge-window'] : ['edge'];
      // A millisecond before, both are listed and the boundary is exactly their end + 90 days.
      expect(listed(NOW - 1), `${includeMaintenance}: listed before`).to.have.members(expected);
      expect(nextTimelineBoundary(ended, at(NOW - 1)), `${includeMaintenance}: boundary`).to.equal(NOW);
      // At the boundary they are gone, and no boundary is left to wait for.
      expect(end + 90 * DAY).to.equal(NOW);
      expect(listed(NOW), `${includeMaintenance}: listed at the boundary`).to.deep.equal([]);
      expect(nextTimelineBoundary(ended, at(NOW)), `${includeMaintenance}: after`).to.equal(undefined);
    }
  });
});
