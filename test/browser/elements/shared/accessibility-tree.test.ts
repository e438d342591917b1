// What assistive technology is given, read from the browser's accessibility tree (the
// `accessibility-tree` command of web-test-runner.config.mjs): roles, names, heading levels,
// live regions and what is inside them. Chromium exposes the tree to the runner (CDP); Firefox
// over WebDriver BiDi and WebKit over WebDriver classic cannot, and skip. The DOM-level checks of
// the same behaviour run in every engine in each element's own tests.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../../src/elements/status-banner/define.js';
import '../../../../src/elements/maintenance-notice/define.js';
import '../../../../src/elements/incident-timeline/define.js';
import '../../../../src/elements/status-indicator/define.js';
import '../../../../src/elements/component-status/define.js';

import { create } from '../../kit/elements.js';
import { formatDuration } from '../../../../src/time/format.js';
import { banner, componentStatus } from '../../kit/harness.js';
import { now, setClock } from '../../kit/clock.js';
import {
  component,
  DAY,
  feed,
  HOUR,
  incident,
  iso,
  maintenance,
  MINUTE,
  update,
  updates,
} from '../../kit/feeds.js';

interface AXNode {
  role: string;
  name?: string;
  level?: number;
  live?: string;
  atomic?: boolean;
  expanded?: boolean;
  children?: AXNode[];
}

let count = 0;

/** The accessibility tree under `el`, or undefined where the engine cannot give one. */
async function tree(el: HTMLElement): Promise<AXNode | undefined> {
  el.id ||= `ax-${++count}`;
  const result = await executeServerCommand<AXNode | { unsupported: string }, { selector: string }>(
    'accessibility-tree',
    { selector: `#${el.id}` },
  );
  return result && 'role' in result ? result : undefined;
}

function all(node: AXNode | undefined, test: (node: AXNode) => boolean): AXNode[] {
  if (!node) return [];
  return [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => all(child, test))];
}

/** The text a node holds, as its static text pieces read in order. */
function spoken(node: AXNode | undefined): string {
  return all(node, (n) => n.role === 'StaticText')
    .map((n) => n.name ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const live = (root: AXNode | undefined) => all(root, (n) => n.live === 'polite' || n.live === 'assertive');

const page = { timeZone: 'America/Los_Angeles' };

/** An incident whose one update says "Update 0 on <id>." (what the live region reads out). */
const spokenIncident = (id: string, impact: 'major' | 'minor') =>
  incident(id, impact, { updates: [update(now() - HOUR, 'investigating', `Update 0 on ${id}.`)] });

/** A window with an availability table and one question. */
const window = (id: string, startsIn: number) =>
  maintenance(id, startsIn, 2, {
    availability: { available: ['Signing in'], unavailable: ['Reports'] },
    faq: [{ question: 'Will data be lost?', answer: 'No.' }],
  });

describe('the accessibility tree', () => {
  before(async function () {
    const probe = document.createElement('div');
    document.body.append(probe);
    const supported = await tree(probe);
    probe.remove();
    if (!supported) this.skip();
  });

  describe('<status-banner>', () => {
    it('has both live regions, empty, before anything is shown', async () => {
      const root = await tree(await create('status-banner', feed({ page })));
      const regions = live(root);
      expect(regions.map((n) => [n.role, n.live, n.atomic])).to.deep.equal([
        ['alert', 'assertive', true],
        ['status', 'polite', true],
      ]);
      expect(regions.map(spoken)).to.deep.equal(['', '']);
    });

    it('announces a major incident assertively and a minor one politely', async () => {
      const major = await tree(
        await create('status-banner', feed({ page, incidents: [spokenIncident('m', 'major')] })),
      );
      // The title and the update are apart when spoken, even where the line wraps between them.
      const [alert, polite] = live(major);
      expect([alert!.role, polite!.role, spoken(polite)]).to.deep.equal(['alert', 'status', '']);
      expect(spoken(alert)).to.match(/^Major outage Incident m: ?Update 0 on m\.$/);
      const minor = await tree(
        await create('status-banner', feed({ page, incidents: [spokenIncident('n', 'minor')] })),
      );
      const [quiet, status] = live(minor);
      expect([quiet!.role, spoken(quiet), status!.role]).to.deep.equal(['alert', '', 'status']);
      expect(spoken(status)).to.match(/^Service issue Incident n: ?Update 0 on n\.$/);
    });

    it('keeps the countdown out of the live regions and names the dismiss button', async () => {
      const el = await create('status-banner', feed({ page, maintenances: [window('u', 3 * HOUR)] }), {
        attrs: { dismissible: '' },
      });
      const root = await tree(el);
      const countdown = banner(el).countdownText;
      expect(countdown).to.match(/^starts in/);
      expect(live(root).map(spoken).join(' ')).not.to.contain('starts in');
      expect(spoken(root)).to.contain(countdown);
      const buttons = all(root, (n) => n.role === 'button');
      expect(buttons.map((n) => n.name)).to.deep.equal(['Dismiss: Maintenance u']);
    });
  });

  describe('<maintenance-notice>', () => {
    it('exposes the title heading, the table with its caption and headers, the FAQ and one quiet live region', async () => {
      const el = await create('maintenance-notice', feed({ page, maintenances: [window('u', 3 * HOUR)] }), {
        attrs: { 'heading-level': '3' },
      });
      const root = await tree(el);
      const headings = all(root, (n) => n.role === 'heading');
      expect(headings[0]).to.include({ name: 'Maintenance u', level: 3 });
      expect(headings.slice(1).every((n) => n.level === 4)).to.equal(true);
      const [table] = all(root, (n) => n.role === 'table');
      expect(table?.name).to.equal('Service availability during the window');
      expect(all(table, (n) => n.role === 'columnheader').map((n) => n.name)).to.deep.equal([
        'Service',
        'During the window',
      ]);
      expect(all(table, (n) => n.role === 'rowheader').map((n) => n.name)).to.deep.equal([
        'Signing in',
        'Reports',
      ]);
      const question = all(root, (n) => n.name === 'Will data be lost?' && n.expanded !== undefined);
      expect(question.map((n) => n.expanded)).to.deep.equal([false]);
      const regions = live(root);
      expect(regions.map((n) => [n.role, n.live, spoken(n)])).to.deep.equal([['status', 'polite', '']]);
      expect(all(root, (n) => n.role === 'button').map((n) => n.name)).to.deep.equal(['Add to calendar']);
    });
  });

  describe('<incident-timeline>', () => {
    it('is a list of incidents with headings, a collapsed update list and one quiet live region', async () => {
      const el = await create(
        'incident-timeline',
        feed({ page, incidents: [incident('a', 'major', { updates: updates(5) }), incident('b', 'minor')] }),
      );
      const root = await tree(el);
      const [list] = all(root, (n) => n.role === 'list');
      expect(all(list, (n) => n.role === 'listitem').length).to.be.at.least(2);
      const headings = all(root, (n) => n.role === 'heading' && n.level === 2).map((n) => n.name);
      expect(headings).to.include.members(['Incident a', 'Incident b']);
      const toggles = all(root, (n) => n.role === 'button' && n.expanded !== undefined);
      expect(toggles.map((n) => n.expanded)).to.deep.equal([false]);
      expect(live(root).map((n) => [n.role, n.live, spoken(n)])).to.deep.equal([['status', 'polite', '']]);
    });
  });

  describe('<status-indicator>', () => {
    const down = () => feed({ page, incidents: [spokenIncident('m', 'major')] });

    it('names the dot alone: a link, or an image without one, and no text beside it', async () => {
      const linked = await tree(await create('status-indicator', down(), { attrs: { variant: 'dot' } }));
      const links = all(linked, (n) => n.role === 'link');
      expect(links.map((n) => n.name)).to.deep.equal(['Service status: Partial outage']);
      // The tooltip repeats the name for the eye only.
      expect(spoken(links[0]).replace('Service status: Partial outage', '')).to.equal('');
      const plain = await tree(
        await create('status-indicator', feed({ page: { ...page, url: undefined } }), {
          attrs: { variant: 'dot' },
        }),
      );
      expect(all(plain, (n) => n.role === 'link')).to.deep.equal([]);
      // puppeteer's snapshot calls role="img" "image".
      expect(all(plain, (n) => n.role === 'image' || n.role === 'img').map((n) => n.name)).to.deep.equal([
        'Service status: All systems operational',
      ]);
    });

    it('names the link with the state in a sentence, and reads the sentence where it links nowhere', async () => {
      const linked = await tree(await create('status-indicator', down(), { attrs: { variant: 'badge' } }));
      expect(all(linked, (n) => n.role === 'link').map((n) => n.name)).to.deep.equal([
        'Service status: Partial outage',
      ]);
      const plain = await tree(await create('status-indicator', feed({ page: { ...page, url: undefined } })));
      expect(spoken(plain)).to.match(/^Service status: ?All systems operational$/);
    });

    it('has one polite live region, empty until the state changes, then saying the new state', async () => {
      const el = await create('status-indicator', feed({ page }));
      const before = live(await tree(el));
      expect(before.map((n) => [n.role, n.live, n.atomic, spoken(n)])).to.deep.equal([
        ['status', 'polite', true, ''],
      ]);
      el.feed = down();
      await el.updateComplete;
      expect(live(await tree(el)).map((n) => [n.role, n.live, spoken(n)])).to.deep.equal([
        ['status', 'polite', 'Service status: Partial outage'],
      ]);
    });
  });
  describe('<component-status>', () => {
    it('names each strip and each day, in groups with headings and toggles, the popover read after its day', async () => {
      setClock(Date.parse('2026-07-20T12:00:00Z'));
      const el = await create(
        'component-status',
        feed({
          page: { historyStart: iso(now() - 100 * DAY) },
          components: [component('api', 'Public API', { group: 'Core' }), component('web', 'Dashboard')],
          incidents: [
            incident('x', 'major', {
              title: 'Slow API responses',
              url: 'https://status.example.com/x',
              startedAt: '2026-07-18T08:00:00Z',
              lasted: 7 * HOUR + 45 * MINUTE,
            }),
          ],
        }),
        { attrs: { 'show-groups': '', 'time-zone': 'UTC' }, parent: { style: 'width: 1000px' } },
      );
      let root = await tree(el);
      const [heading] = all(root, (n) => n.role === 'heading');
      expect([heading?.level, spoken(heading)]).to.deep.equal([2, 'Core, 1 component, Operational']);
      const toggle = all(root, (n) => n.role === 'button' && /^Core\s*,\s*1 component$/.test(n.name ?? ''));
      expect(toggle.map((n) => n.expanded)).to.deep.equal([true]);
      const strips = all(root, (n) => n.role === 'group' && /, last 90 days$/.test(n.name ?? ''));
      expect(strips.map((n) => n.name)).to.deep.equal([
        'Public API, last 90 days',
        'Dashboard, last 90 days',
      ]);
      const days = all(strips[0], (n) => n.role === 'button');
      expect(days).to.have.length(90);
      expect(days.at(-3)!.name).to.equal(
        `July 18, 2026: major outage, ${formatDuration(465, 'en')}; 1 incident`,
      );
      expect(days.at(-1)!.name).to.equal('July 20, 2026: no incidents');
      expect(days.every((n) => n.expanded === false)).to.equal(true);
      expect(live(root).map((n) => [n.role, n.live, spoken(n)])).to.deep.equal([['status', 'polite', '']]);

      componentStatus(el).row('Public API').bars.at(-3)!.click();
      await el.updateComplete;
      root = await tree(el);
      const open = all(root, (n) => n.role === 'button' && n.expanded === true && /^July/.test(n.name ?? ''));
      expect(open.map((n) => n.name)).to.deep.equal([days.at(-3)!.name]);
      // The popover is read right after the strip, before its caption: its date, what the day
      // was, and each item with its link.
      const text = spoken(root);
      const [strip, item, caption] = [
        'Public API, Operational',
        'Slow API responses',
        'Incidents and maintenance',
      ].map((words) => text.indexOf(words));
      expect(strip).to.be.below(item!);
      expect(item).to.be.below(caption!);
      expect(text.slice(strip, caption)).to.contain(
        `July 18, 2026Major outage, ${formatDuration(465, 'en')}Major outage`,
      );
      expect(all(root, (n) => n.role === 'link').map((n) => n.name)).to.deep.equal(['Slow API responses']);
    });
  });
});
