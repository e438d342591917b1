// What <maintenance-notice> shows, as pure selection: the named window, else the one in progress,
// else one that ended in the last day (a window finished early ended at its `completed` update),
// else the next upcoming one; cancelled windows only by id; and when that changes by the clock.
import { expect } from '@open-wc/testing';
import { catalogueModel } from '../kit/parse.js';
import { endedAt, nextNoticeBoundary, noticeEntry, type NoticeOptions } from '../../../src/select/notice.js';
import { makeFilter, NO_FILTER } from '../../../src/select/filter.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 1, 12, 0);
const iso = (ms: number) => new Date(ms).toISOString();

type Status = 'scheduled' | 'in_progress' | 'verifying' | 'completed' | 'cancelled';

const window = (id: string, startsAt: number, hours: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Maintenance ${id}`,
  status: 'scheduled' as Status,
  startsAt: iso(startsAt),
  endsAt: iso(startsAt + hours * HOUR),
  components: ['web'],
  regions: ['us'],
  ...extra,
});

const options = (over: Partial<NoticeOptions> = {}): NoticeOptions => ({
  now: NOW,
  filter: NO_FILTER,
  ...over,
});

const shownId = (maintenances: ReturnType<typeof window>[], over: Partial<NoticeOptions> = {}) =>
  noticeEntry(catalogueModel({ maintenances }), options(over))?.item.id;

describe('select: <maintenance-notice>', () => {
  it('shows the window in progress before one that just ended and before the next', () => {
    const items = [
      window('next', NOW + HOUR, 2),
      window('ended', NOW - 3 * HOUR, 2),
      window('running', NOW - HOUR, 2),
    ];
    expect(shownId(items)).to.equal('running');
    expect(shownId(items.filter((m) => m.id !== 'running'))).to.equal('ended');
    expect(shownId(items.filter((m) => m.id === 'next'))).to.equal('next');
  });

  it('keeps a finished one-off window for a day after it ended, the latest first', () => {
    const items = [window('older', NOW - 10 * HOUR, 2), window('newer', NOW - 5 * HOUR, 2)];
    expect(shownId(items)).to.equal('newer');
    // Both ended within the day (8 and 3 hours ago): the latest to end wins.
    expect(shownId([window('gone', NOW - DAY - 3 * HOUR, 2)]), 'more than a day ago').to.equal(undefined);
    expect(shownId([window('early', NOW - DAY - 3 * HOUR, 2)], { keepMs: 2 * DAY }), 'keepMs').to.equal(
      'early',
    );
  });

  it('counts a window finished early from its completed update', () => {
    const start = NOW - 30 * HOUR;
    const item = window('early', start, 40, {
      status: 'completed',
      updates: [{ at: iso(start + HOUR), status: 'completed', body: 'Done early.' }],
    });
    const model = catalogueModel({ maintenances: [item] });
    const m = model.maintenances[0]!;
    expect(endedAt(m, { startsAt: start, endsAt: start + 40 * HOUR })).to.equal(start + HOUR);
    // Ended 29 hours ago: past the day it stays on screen, although its planned end is ahead.
    expect(noticeEntry(model, options())).to.equal(undefined);
  });

  it('shows the soonest upcoming window, recurring schedules by their next occurrence', () => {
    const weekly = {
      id: 'weekly',
      title: 'Weekly checks',
      status: 'scheduled' as Status,
      recurrence: {
        rule: 'FREQ=DAILY',
        startsOn: '2026-01-01',
        time: '14:00',
        duration: 'PT1H',
        timeZone: 'UTC',
      },
      components: ['web'],
      regions: ['us'],
    };
    const later = window('later', NOW + 5 * HOUR, 1);
    const model = catalogueModel({ maintenances: [later, weekly as never] });
    const entry = noticeEntry(model, options());
    expect(entry?.item.id).to.equal('weekly');
    expect(entry?.phase).to.equal('upcoming');
    expect(entry?.window?.startsAt).to.equal(NOW + 2 * HOUR);
  });

  it('shows a cancelled window only when named, and a named window whatever the filters', () => {
    const items = [window('off', NOW + HOUR, 2, { status: 'cancelled' }), window('other', NOW + 3 * HOUR, 1)];
    expect(shownId(items)).to.equal('other');
    const named = noticeEntry(catalogueModel({ maintenances: items }), options({ id: 'off' }));
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
    const model = catalogueModel({ maintenances: [window('m', start, 2)] });
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
