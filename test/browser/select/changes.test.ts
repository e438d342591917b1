// "Is this new?" as pure functions: what each element reports with status-change and announces,
// given what the last comparison remembered and what is shown now.
import { expect } from '@open-wc/testing';
import { at, feedModel, HOUR, MINUTE, update } from '../kit/feeds.js';
import {
  bannerChange,
  noticeChange,
  timelineChanges,
  type TimelineMemory,
} from '../../../src/select/changes.js';
import { bannerEntries, type BannerEntry } from '../../../src/select/banner.js';
import { noticeEntry, type NoticeEntry } from '../../../src/select/notice.js';
import { timelineEntries, type TimelineEntry } from '../../../src/select/timeline.js';
import { NO_FILTER } from '../../../src/select/filter.js';
import type { FeedModel } from '../../../src/feed/model.js';

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const { incident, maintenance } = at(NOW);

const bannerAt = (model: FeedModel, now = NOW): BannerEntry | undefined =>
  bannerEntries(model, { now, leadMs: 24 * HOUR, filter: NO_FILTER })[0];
const noticeAt = (model: FeedModel, now = NOW): NoticeEntry | undefined =>
  noticeEntry(model, { now, filter: NO_FILTER });
const timelineAt = (model: FeedModel): TimelineEntry[] =>
  timelineEntries(model, { now: NOW, days: 90, filter: NO_FILTER });

describe('select: shown changes', () => {
  describe('banner', () => {
    it('reports nothing while nothing was ever shown, then each new item or phase once', () => {
      const empty = bannerChange(undefined, undefined, false);
      expect(empty.changes).to.deep.equal([]);

      const model = feedModel({ maintenances: [maintenance('m', HOUR)] });
      const upcoming = bannerChange(empty.memory, bannerAt(model), false);
      expect(upcoming.changes.map((c) => [c.item?.id, c.kind, c.phase])).to.deep.equal([
        ['m', 'maintenance', 'upcoming'],
      ]);
      expect(bannerChange(upcoming.memory, bannerAt(model), false).changes, 'same again').to.deep.equal([]);

      const started = bannerChange(upcoming.memory, bannerAt(model, NOW + 2 * HOUR), false);
      expect(started.changes.map((c) => c.phase)).to.deep.equal(['in_progress']);
      expect(started).not.to.have.property('announce');
    });

    it('reports the operational line appearing, and showing nothing after something', () => {
      const operational = bannerChange(undefined, undefined, true);
      expect(operational.changes).to.deep.equal([{ item: undefined, kind: undefined, phase: 'operational' }]);
      const gone = bannerChange(operational.memory, undefined, false);
      expect(gone.changes).to.deep.equal([{ item: undefined, kind: undefined, phase: undefined }]);
      expect(bannerChange(gone.memory, undefined, false).changes).to.deep.equal([]);
    });
  });

  describe('notice', () => {
    const model = feedModel({
      maintenances: [maintenance('a', HOUR), maintenance('b', 5 * HOUR)],
    });

    it('announces a new phase of the same window, and empties the region for another window', () => {
      const first = noticeChange(undefined, noticeAt(model));
      expect(first.changes.map((c) => [c.item?.id, c.phase])).to.deep.equal([['a', 'upcoming']]);
      expect(first.announce, 'the first window is not announced').to.equal(null);

      const started = noticeChange(first.memory, noticeAt(model, NOW + 90 * MINUTE));
      expect(started.changes.map((c) => c.phase)).to.deep.equal(['in_progress']);
      expect(started.announce?.item.id).to.equal('a');

      const unchanged = noticeChange(started.memory, noticeAt(model, NOW + 100 * MINUTE));
      expect(unchanged.changes).to.deep.equal([]);
      expect(unchanged, 'an unchanged window leaves the region').not.to.have.property('announce');

      const other = feedModel({ maintenances: [maintenance('b', 5 * HOUR)] });
      const moved = noticeChange(started.memory, noticeAt(other, NOW + 90 * MINUTE));
      expect(moved.changes.map((c) => c.item?.id)).to.deep.equal(['b']);
      expect(moved.announce).to.equal(null);
    });

    it('reports nothing while nothing was ever shown, and a window going away once', () => {
      expect(noticeChange(undefined, undefined).changes).to.deep.equal([]);
      const shown = noticeChange(undefined, noticeAt(model));
      const gone = noticeChange(shown.memory, undefined);
      expect(gone.changes).to.deep.equal([{ item: undefined, kind: undefined, phase: undefined }]);
      expect(gone.announce).to.equal(null);
    });
  });

  describe('timeline', () => {
    const v1 = feedModel({
      incidents: [incident('x', 'major', { ago: 2 * HOUR }), incident('y', 'minor', { ago: 3 * HOUR })],
    });
    const v2 = feedModel({
      incidents: [
        incident('x', 'major', {
          ago: 2 * HOUR,
          updates: [update(NOW - HOUR, 'identified'), update(NOW - 2 * HOUR + MINUTE)],
        }),
        incident('y', 'minor', {
          ago: 3 * HOUR,
          updates: [update(NOW - 30 * MINUTE, 'monitoring'), update(NOW - 3 * HOUR + MINUTE)],
        }),
      ],
    });

    it('reports the first feed as a set without an update, then each shown item with a new update, announcing the newest', () => {
      const first = timelineChanges(undefined, v1, timelineAt(v1), 1);
      expect(
        first.changes.map((c) => c.item?.id),
        'the first feed is a change of the set',
      ).to.deep.equal(['x']);
      expect(first).not.to.have.property('announce');

      const second = timelineChanges(first.memory, v2, timelineAt(v2), 1);
      expect(second.changes.map((c) => [c.item?.id, c.update?.status])).to.deep.equal([
        ['x', 'identified'],
        ['y', 'monitoring'],
      ]);
      expect(second.announce?.item.id, 'the newest update').to.equal('y');

      const again = timelineChanges(second.memory, v2, timelineAt(v2), 1);
      expect(again.changes, 'the same feed').to.deep.equal([]);
    });

    it('leaves out items beyond the pages shown, and revealing a page is no change', () => {
      const first = timelineChanges(undefined, v1, timelineAt(v1).slice(0, 1), 1);
      const second = timelineChanges(first.memory, v2, timelineAt(v2).slice(0, 1), 1);
      expect(second.changes.map((c) => c.item?.id)).to.deep.equal(['x']);
      const revealed = timelineChanges(second.memory, v2, timelineAt(v2), 2);
      expect(revealed.changes).to.deep.equal([]);
      const memory: TimelineMemory = revealed.memory;
      expect([memory.count, memory.pages]).to.deep.equal([2, 2]);
    });

    it('reports an empty element at first as nothing, and a set that empties as nothing shown', () => {
      const none = feedModel({});
      expect(timelineChanges(undefined, none, [], 1).changes).to.deep.equal([]);
      const first = timelineChanges(undefined, v1, timelineAt(v1), 1);
      const emptied = timelineChanges(first.memory, none, [], 1);
      expect(emptied.changes).to.deep.equal([{ item: undefined, kind: undefined, phase: undefined }]);
    });
  });
});
