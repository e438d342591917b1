// What <component-status> selects, without a DOM: the components after the filters with their
// status now, their sections (flat or grouped), the days that fit a strip, and what is reported
// as a change.
import { expect } from '@open-wc/testing';
import {
  componentChanges,
  componentEntries,
  componentSections,
  daysThatFit,
  nextComponentBoundary,
} from '../../../src/select/components.js';
import { makeFilter, NO_FILTER } from '../../../src/select/filter.js';
import { at, component, feedModel, HOUR } from '../kit/feeds.js';

const NOW = Date.parse('2026-07-20T12:00:00Z');
const { incident, maintenance } = at(NOW);

const CATALOGUE = [
  component('api', 'Public API', { group: 'Core' }),
  component('web', 'Dashboard'),
  component('mail', 'Email', { group: 'Core', status: 'partial_outage' }),
];

describe('component selection', () => {
  it('keeps feed order and the filter, each component with its status and the item behind it', () => {
    const model = feedModel({
      components: CATALOGUE,
      incidents: [incident('a', 'critical', { components: ['web'] })],
    });
    const entries = componentEntries(model, NO_FILTER, NOW);
    expect(entries.map((e) => [e.component.id, e.status, e.cause?.item.id])).to.deep.equal([
      ['api', 'operational', undefined],
      ['web', 'major_outage', 'a'],
      ['mail', 'partial_outage', undefined],
    ]);
    expect(componentEntries(model, makeFilter('EMAIL,api'), NOW).map((e) => e.component.id)).to.deep.equal([
      'api',
      'mail',
    ]);
  });

  it('groups where a group first appears, ungrouped components where they stand, the worst status per group', () => {
    const entries = componentEntries(feedModel({ components: CATALOGUE }), NO_FILTER, NOW);
    const grouped = componentSections(entries, true);
    expect(
      grouped.map((s) => (s.kind === 'group' ? `${s.name}:${s.status}` : s.entry.component.id)),
    ).to.deep.equal(['Core:partial_outage', 'web']);
    expect(componentSections(entries, false).map((s) => s.kind)).to.deep.equal([
      'component',
      'component',
      'component',
    ]);
  });

  it('reports the next instant a window touching a shown component starts or ends', () => {
    const model = feedModel({
      components: CATALOGUE,
      maintenances: [
        maintenance('m', HOUR, 1, { components: ['web'] }),
        maintenance('x', HOUR / 2, 1, { components: ['mail'] }),
      ],
    });
    // Only what touches a shown component: with components="web", not the window on Email.
    const web = makeFilter('web');
    const entries = componentEntries(model, web, NOW);
    expect(nextComponentBoundary(model, entries, web, NOW)).to.equal(NOW + HOUR);
    expect(nextComponentBoundary(model, entries, web, NOW + HOUR)).to.equal(NOW + 2 * HOUR);
    const all = componentEntries(model, NO_FILTER, NOW);
    expect(nextComponentBoundary(model, all, NO_FILTER, NOW)).to.equal(NOW + HOUR / 2);
  });

  it('shows as many days as fit at 5 px a day: 90, 60, 30, never more than asked', () => {
    expect([0, 1000, 450, 449, 300, 299, 150, 100].map((width) => daysThatFit(90, width))).to.deep.equal([
      90, 90, 90, 60, 60, 30, 30, 30,
    ]);
    expect(daysThatFit(365, 2000)).to.equal(365);
    expect(daysThatFit(365, 1000)).to.equal(90);
    expect(daysThatFit(7, 100)).to.equal(7);
    expect(daysThatFit(45, 200)).to.equal(30);
  });

  it('reports the first list, then each changed status, then a changed list; the same list twice is nothing', () => {
    const model = feedModel({ components: CATALOGUE });
    const first = componentChanges(undefined, componentEntries(model, NO_FILTER, NOW));
    expect(first.changes.map((c) => c.component?.id)).to.deep.equal(['api']);
    expect(first.announce).to.equal(undefined);
    expect(componentChanges(undefined, []).changes).to.deep.equal([]);

    const same = componentChanges(first.memory, componentEntries(model, NO_FILTER, NOW));
    expect(same.changes).to.deep.equal([]);

    const worse = feedModel({
      components: CATALOGUE,
      incidents: [incident('a', 'minor', { components: ['api'] })],
    });
    const changed = componentChanges(first.memory, componentEntries(worse, NO_FILTER, NOW));
    expect(
      changed.changes.map((c) => [c.component?.id, c.component?.status, c.item?.id, c.kind]),
    ).to.deep.equal([['api', 'degraded', 'a', 'incident']]);
    expect(changed.announce!.map((e) => e.component.id)).to.deep.equal(['api']);

    const fewer = componentChanges(changed.memory, componentEntries(worse, makeFilter('web'), NOW));
    expect(fewer.changes.map((c) => c.component?.id)).to.deep.equal(['web']);
    expect(fewer.announce).to.equal(undefined);
  });
});
