import { expect } from '@open-wc/testing';
import { at, feedModel, HOUR, iso, update } from '../kit/feeds.js';
import { bannerEntries, nextBannerBoundary, type BannerOptions } from '../../../src/select/banner.js';
import { makeFilter, NO_FILTER } from '../../../src/select/filter.js';
import { DismissalStore } from '../../../src/elements/status-banner/dismissal.js';

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const { incident, maintenance } = at(NOW);

const options = (over: Partial<BannerOptions> = {}): BannerOptions => ({
  now: NOW,
  leadMs: 48 * HOUR,
  filter: NO_FILTER,
  ...over,
});

describe('banner precedence', () => {
  const model = feedModel({
    incidents: [
      incident('minor-new', 'minor', { ago: HOUR }),
      incident('critical', 'critical', { ago: 5 * HOUR }),
      incident('major', 'major', { ago: 2 * HOUR }),
      incident('none', 'none', { ago: HOUR }),
      incident('resolved', 'critical', {
        ago: 9 * HOUR,
        status: 'resolved',
        resolvedAt: NOW - 8 * HOUR,
      }),
    ],
    maintenances: [
      maintenance('soon', 3 * HOUR, 2),
      maintenance('running', -HOUR, 3),
      maintenance('far', 72 * HOUR, 2),
      maintenance('sooner', HOUR, 2),
    ],
  });

  it('orders active incidents by impact, then running maintenance, then maintenance within lead', () => {
    expect(bannerEntries(model, options()).map((e) => e.item.id)).to.deep.equal([
      'critical',
      'major',
      'minor-new',
      'running',
      'sooner',
      'soon',
    ]);
  });

  it('never shows impact none or resolved incidents, nor windows beyond the lead', () => {
    const ids = bannerEntries(model, options()).map((e) => e.item.id);
    expect(ids).not.to.include.members(['none', 'resolved', 'far']);
    expect(bannerEntries(model, options({ leadMs: 80 * HOUR })).map((e) => e.item.id)).to.include('far');
  });

  it('reports the phase and window of maintenance entries', () => {
    const [running, sooner] = bannerEntries(model, options()).slice(3);
    expect(running).to.include({ kind: 'maintenance', phase: 'in_progress' });
    expect(sooner).to.include({ kind: 'maintenance', phase: 'upcoming' });
    expect(sooner!.kind === 'maintenance' && sooner!.window).to.deep.equal({
      startsAt: NOW + HOUR,
      endsAt: NOW + 3 * HOUR,
    });
  });

  it('says when the entries change next: the next start or end', () => {
    expect(iso(nextBannerBoundary(model, options())!)).to.equal(iso(NOW + HOUR));
  });
});

describe('banner filters', () => {
  const model = feedModel({
    incidents: [
      incident('eu-api', 'major', { ago: HOUR }),
      incident('global', 'critical', { ago: HOUR, components: [], regions: [] }),
    ],
    maintenances: [maintenance('us-web', -HOUR, 3)],
  });
  const ids = (components?: string, regions?: string) =>
    bannerEntries(model, options({ filter: makeFilter(components, regions) })).map((e) => e.item.id);

  it('shows everything without filters', () => {
    expect(ids()).to.deep.equal(['global', 'eu-api', 'us-web']);
  });

  it('matches components by id or name, ignoring case and spaces', () => {
    expect(ids('API')).to.deep.equal(['eu-api']);
    expect(ids(' dashboard , nothing')).to.deep.equal(['us-web']);
  });

  it('matches regions by id or name, and needs every set filter to match', () => {
    expect(ids(undefined, 'united states')).to.deep.equal(['us-web']);
    expect(ids('api', 'us')).to.deep.equal([]);
    expect(ids('api,web', 'eu,us')).to.deep.equal(['eu-api', 'us-web']);
  });
});

describe('dismissal keys', () => {
  it('differ by phase, so dismissing the heads-up does not hide the window itself', () => {
    const start = NOW + HOUR;
    const model = feedModel({ maintenances: [maintenance('w', HOUR, 2)] });
    const [before] = bannerEntries(model, options());
    const [during] = bannerEntries(model, options({ now: start }));
    expect(before!.key).not.to.equal(during!.key);
  });

  it('change with a new update, so the item shows again', () => {
    const first = feedModel({
      incidents: [
        incident('i', 'major', {
          ago: HOUR,
          updates: [update(NOW - HOUR, 'investigating', 'Looking.')],
        }),
      ],
    });
    const second = feedModel({
      incidents: [
        incident('i', 'major', {
          ago: HOUR,
          updates: [update(NOW - HOUR, 'investigating', 'Looking.'), update(NOW, 'identified', 'Found it.')],
        }),
      ],
    });
    expect(bannerEntries(first, options())[0]!.key).not.to.equal(bannerEntries(second, options())[0]!.key);
    expect(bannerEntries(first, options())[0]!.key).to.equal(
      bannerEntries(first, options({ now: NOW + HOUR }))[0]!.key,
    );
  });
});

describe('DismissalStore', () => {
  it('remembers keys in storage across instances', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    } as unknown as Storage;
    new DismissalStore(() => storage).add('incident:a:active:1');
    expect(new DismissalStore(() => storage).has('incident:a:active:1')).to.equal(true);
    expect(new DismissalStore(() => storage).has('incident:a:active:2')).to.equal(false);
  });

  it('falls back to memory when storage throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    const store = new DismissalStore(() => throwing);
    expect(() => store.add('k')).not.to.throw();
    expect(store.has('k')).to.equal(true);
  });
});
