// What <maintenance-notice> shows, as pure selection: the named window, else the one in progress,
// else one that ended in the last day (a window finished early ended at its `completed` update),
// else the next upcoming one; cancelled windows only by id; and when that changes by the clock.
import { expect } from '@open-wc/testing';
import {
  at,
  DAY,
  feedModel,
  HOUR,
  recurrence,
  recurring,
  update,
  type MaintenanceDoc,
} from '../kit/feeds.js';
import { endedAt, nextNoticeBoundary, noticeEntry, type NoticeOptions } from '../../../src/select/notice.js';
import { makeFilter, NO_FILTER } from '../../../src/select/filter.js';

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const { maintenance } = at(NOW);

const options = (over: Partial<NoticeOptions> = {}): NoticeOptions => ({
  now: NOW,
  filter: NO_FILTER,
  ...over,
});

const shownId = (maintenances: MaintenanceDoc[], over: Partial<NoticeOptions> = {}) =>
  noticeEntry(feedModel({ maintenances }), options(over))?.item.id;

describe('select: <maintenance-notice>', () => {
  it('shows the window in progress before one that just ended and before the next', () => {
    const items = [
      maintenance('next', HOUR, 2),
      maintenance('ended', -3 * HOUR, 2),
      maintenance('running', -HOUR, 2),
    ];
    expect(shownId(items)).to.equal('running');
    expect(shownId(items.filter((m) => m.id !== 'running'))).to.equal('ended');
    expect(shownId(items.filter((m) => m.id === 'next'))).to.equal('next');
  });

  it('keeps a finished one-off window for a day after it ended, the latest first', () => {
    const items = [maintenance('older', -10 * HOUR, 2), maintenance('newer', -5 * HOUR, 2)];
    expect(shownId(items)).to.equal('newer');
    // Both ended within the day (8 and 3 hours ago): the latest to end wins.
    expect(shownId([maintenance('gone', -DAY - 3 * HOUR, 2)]), 'more than a day ago').to.equal(undefined);
    expect(shownId([maintenance('early', -DAY - 3 * HOUR, 2)], { keepMs: 2 * DAY }), 'keepMs').to.equal(
      'early',
    );
  });

  it('counts a window finished early from its completed update', () => {
    const start = NOW - 30 * HOUR;
    const item = maintenance('early', -30 * HOUR, 40, {
      status: 'completed',
      updates: [update(start + HOUR, 'completed', 'Done early.')],
    });
    const model = feedModel({ maintenances: [item] });
    const m = model.maintenances[0]!;
    expect(endedAt(m, { startsAt: start, endsAt: start + 40 * HOUR })).to.equal(start + HOUR);
    // Ended 29 hours ago: past the day it stays on screen, although its planned end is ahead.
    expect(noticeEntry(model, options())).to.equal(undefined);
  });

  it('shows the soonest upcoming window, recurring schedules by their next occurrence', () => {
    const weekly = recurring('weekly', recurrence('FREQ=DAILY', { time: '14:00' }), {
      title: 'Weekly checks',
    });
    const later = maintenance('later', 5 * HOUR, 1);
    const model = feedModel({ maintenances: [later, weekly] });
    const entry = noticeEntry(model, options());
    expect(entry?.item.id).to.equal('weekly');
    expect(entry?.phase).to.equal('upcoming');
    expect(entry?.window?.startsAt).to.equal(NOW + 2 * HOUR);
  });

  it('shows a cancelled window only when named, and a named window whatever the filters', () => {
    const items = [maintenance('off', HOUR, 2, { status: 'cancelled' }), maintenance('other', 3 * HOUR, 1)];
    expect(shownId(items)).to.equal('other');
    const named = noticeEntry(feedModel({ maintenances: items }), options({ id: 'off' }));
    expect(named?.item.id).to.equal('off');
    expect(named?.phase).to.equal('cancelled');
    expect(shownId(items, { id: 'other', filter: makeFilter('api') }), 'named beats the filter').to.equal(
      'other',
    );
    expect(shownId(items, { filter: makeFilter('api') }), 'filtered out').to.equal(undefined);
    expect(shownId(items, { id: 'missing' })).to.equal(undefined);
  });

  it('reports when what it shows changes by the clock: start, end, and a day after the end', () => {
    const start = NOW + HOUR;
    const model = feedModel({ maintenances: [maintenance('m', HOUR, 2)] });
    let at = NOW;
    const boundaries: number[] = [];
    for (let i = 0; i < 4; i++) {
      const next = nextNoticeBoundary(model, options({ now: at }));
      if (next === undefined) break;
      boundaries.push(next);
      at = next;
    }
    expect(boundaries).to.deep.equal([start, start + 2 * HOUR, start + 2 * HOUR + DAY]);
    expect(noticeEntry(model, options({ now: start + 2 * HOUR + DAY })), 'gone after the day').to.equal(
      undefined,
    );
  });
});
