// <component-status> in a real browser: which components show and how (flat, in groups that
// collapse, filters), each one's status in words (raised by active items, at the instant a window
// starts and ends), the day bars (how many, their dated labels in the viewer's zone, "no data"
// before the feed's history), the popover (hover, focus, click, links, Escape), the keyboard (one
// tab stop per strip, arrows mirrored right to left, Home, End, focus never taken), the narrow
// strip at 320 px, the uptime figure against the incidents caption, events and announcements,
// errors, axe in every state, languages and styling (forced colours, themes, reduced motion).
// The clock stands at NOW (kit/clock.ts) in every test, and every element names its zone, so no
// test depends on the machine's date or zone; elements sit in a 1000 px wide box unless a test
// is about width (the strip shows fewer days when it is narrow).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/elements/component-status/define.js';
import type { ComponentStatusElement } from '../../../../src/elements/component-status/component-status.js';
import { styles } from '../../../../src/elements/component-status/component-status.styles.js';
import { componentStatusStrings } from '../../../../src/i18n/component-strings.js';
import { SUPPORTED_LOCALES } from '../../../../src/i18n/locale.js';
import { counted, pick } from '../../../../src/i18n/strings.js';
import { formatDuration } from '../../../../src/time/format.js';
import {
  $,
  $$,
  emulating,
  expectAutoTheme,
  expectReducedMotion,
  expectSystemBox,
  KEY_WAIT,
  mount,
  press,
  recordChanges,
  settle,
  systemColour,
  text,
  uid,
} from '../../kit/elements.js';
import { advance, setClock } from '../../kit/clock.js';
import {
  component,
  DAY,
  feed,
  HOUR,
  incident,
  iso,
  maintenance,
  MINUTE,
  type ComponentDoc,
  type FeedParts,
} from '../../kit/feeds.js';
import { componentStatus, createComponentStatus, type ComponentRowHarness } from '../../kit/harness.js';
import { expectInside, expectLeftToRight, expectSide } from '../../kit/layout.js';
import { LANGUAGES } from '../../kit/languages.js';
import type { CreateOptions } from '../../kit/elements.js';

/** Monday 20 July 2026, noon UTC: the test clock's time in every test. */
const NOW = Date.parse('2026-07-20T12:00:00Z');
/** A history that reaches back further than any strip here, so no bar is "no data" unless a test says so. */
const LONG_AGO = iso(NOW - 400 * DAY);

/** A feed whose history reaches back 400 days, with the parts given. */
const doc = ({ page, ...parts }: FeedParts = {}) =>
  feed({ page: { historyStart: LONG_AGO, ...page }, ...parts });

/** An element showing `d` in a 1000 px wide box, in UTC (attributes and the box can be overridden). */
function make(d?: unknown, { attrs, parent, props }: CreateOptions<ComponentStatusElement> = {}) {
  return createComponentStatus(d, {
    attrs: { 'time-zone': 'UTC', ...attrs },
    parent: { style: 'width: 1000px', ...parent },
    ...(props && { props }),
  });
}

/** The catalogue of the grouping tests: two groups, ungrouped components between them. */
const CATALOGUE: ComponentDoc[] = [
  component('api', 'Public API', { group: 'Core' }),
  component('web', 'Dashboard', { status: 'degraded' }),
  component('mail', 'Email', { group: 'Core', status: 'major_outage' }),
  component('reports', 'Reports', { status: 'maintenance' }),
  component('search', 'Search', { group: 'Extras', status: 'partial_outage' }),
];

/** The bar of `date` (YYYY-MM-DD) in a row: its label starts with that date in English. */
function barOf(row: ComponentRowHarness, date: string): HTMLButtonElement {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const words = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
  const bar = row.bars.find((b) => b.getAttribute('aria-label')!.startsWith(`${words}:`));
  if (!bar) throw new Error(`no bar for ${date}: ${row.labels[0]} … ${row.labels.at(-1)}`);
  return bar;
}

/** What a mouse moving onto a bar dispatches (pointerover bubbles to the strip), in every engine. */
const hover = (bar: Element) =>
  bar.dispatchEvent(new PointerEvent('pointerover', { pointerType: 'mouse', bubbles: true }));
/** The pointer leaving a strip and its popover. */
const leave = (bar: Element) =>
  bar.closest('.track')!.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));

/**
 * Whether the engine reports `el` at `width` CSS pixels within 5 s (it does when it paints the
 * page): start waiting before making the change.
 */
function resized(el: Element, width: number): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver((entries) => {
      if (entries.some((entry) => entry.borderBoxSize[0]?.inlineSize === width)) done(true);
    });
    const timer = setTimeout(() => done(false), 5000);
    const done = (seen: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(seen);
    };
    observer.observe(el);
  });
}

/** What has focus inside the element's shadow root. */
const focusIn = (el: ComponentStatusElement) => el.shadowRoot!.activeElement;

describe('<component-status>', () => {
  beforeEach(() => setClock(NOW));

  describe('which components, and how', () => {
    it('lists the components flat, in feed order, each with its status in words and an icon', async () => {
      const el = await make(doc({ components: CATALOGUE }));
      const view = componentStatus(el);
      expect(view.names).to.deep.equal(['Public API', 'Dashboard', 'Email', 'Reports', 'Search']);
      expect(
        view.components.map((row) => componentStatus(el).row(text($(row, '[part="name"]'))).statusText),
      ).to.deep.equal([
        'Operational',
        'Degraded performance',
        'Major outage',
        'Under maintenance',
        'Partial outage',
      ]);
      for (const row of view.components) {
        const icon = $(row, '[part="status"] [part="icon"]')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      expect(view.groups).to.have.length(0);
      expect(view.part('list')!.getAttribute('aria-label')).to.equal('Components');
    });

    it('puts them in the feed’s groups with show-groups, each where it first appears', async () => {
      const el = await make(doc({ components: CATALOGUE }), { attrs: { 'show-groups': '' } });
      const view = componentStatus(el);
      expect(view.groupNames).to.deep.equal(['Core', 'Extras']);
      // Core where Public API stands (Email joins it), the ungrouped ones where they stand.
      expect(view.names).to.deep.equal(['Public API', 'Email', 'Dashboard', 'Reports', 'Search']);
      const [core, extras] = view.groups;
      expect($$(core!, '[part="name"]').map(text)).to.deep.equal(['Public API', 'Email']);
      expect(text($(core!, '[part="group-count"]'))).to.equal('2 components');
      expect(text($(extras!, '[part="group-count"]'))).to.equal('1 component');
      // A group shows its worst status.
      expect(text($(core!, '[part="group-heading"] > [part="status"]'))).to.equal('Major outage');
      const heading = $(core!, '[part="group-heading"]')!;
      expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal([
        'heading',
        '2',
      ]);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(heading.getAttribute('aria-level')).to.equal('4');
    });

    it('collapses and expands a group with its button, by mouse and by keyboard', async () => {
      const el = await make(doc({ components: CATALOGUE }), { attrs: { 'show-groups': '' } });
      const view = componentStatus(el);
      const toggle = view.groupToggle('Core');
      expect(toggle.localName).to.equal('button');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const list = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(list.getAttribute('part')).to.equal('group-list');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(list.hidden).to.equal(true);
      expect(view.row('Email').element.getClientRects().length, 'hidden').to.equal(0);
      expect(view.row('Dashboard').element.getClientRects().length, 'others stay').to.be.greaterThan(0);
      toggle.focus();
      await press('Enter', toggle);
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'Enter expands', KEY_WAIT);
      expect(list.hidden).to.equal(false);
      expect(focusIn(el) === toggle, 'focus stays on the toggle').to.equal(true);
    });

    for (const [value, expected] of [
      ['web, EMAIL', ['Dashboard', 'Email']],
      ['public api', ['Public API']],
      [',,,', ['Public API', 'Dashboard', 'Email', 'Reports', 'Search']],
      ['nothing-like-it', []],
    ] as const) {
      it(`filters with components="${value}"`, async () => {
        const el = await make(doc({ components: CATALOGUE }), { attrs: { components: value } });
        expect(componentStatus(el).names).to.deep.equal([...expected]);
      });
    }

    it('counts only the items of the regions listed with regions=', async () => {
      const d = doc({
        components: [
          component('api', 'Public API'),
          component('web', 'Dashboard'),
          component('mail', 'Email', { status: 'major_outage' }),
        ],
        incidents: [
          incident('eu', 'major', { components: ['api'], regions: ['eu'] }),
          incident('us', 'minor', {
            components: ['web'],
            regions: ['us'],
            startedAt: '2026-07-18T08:00:00Z',
          }),
        ],
      });
      const all = componentStatus(await make(d));
      expect([all.row('Public API').statusText, all.row('Dashboard').statusText]).to.deep.equal([
        'Partial outage',
        'Degraded performance',
      ]);
      const us = componentStatus(await make(d, { attrs: { regions: 'United States' } }));
      // A component names no region: its own status does not count there, as for the indicator.
      expect(['Public API', 'Dashboard', 'Email'].map((name) => us.row(name).statusText)).to.deep.equal([
        'Operational',
        'Degraded performance',
        'Operational',
      ]);
      expect(all.row('Email').statusText).to.equal('Major outage');
      expect(barOf(us.row('Public API'), '2026-07-20').getAttribute('aria-label')).to.equal(
        'July 20, 2026: no incidents',
      );
    });
  });

  describe('several feeds', () => {
    it('keeps two feeds’ components apart, each named after its page, with its own days', async () => {
      const ours = doc({
        incidents: [incident('a', 'major', { startedAt: '2026-07-18T08:00:00Z', lasted: HOUR })],
      });
      const theirs = doc({
        page: { name: 'Payments Co' },
        components: [component('api', 'Public API', { group: 'Core' })],
        incidents: [incident('a', 'critical', { components: ['api'] })],
      });
      const el = await make([ours, theirs], { attrs: { 'show-groups': '' } });
      const view = componentStatus(el);
      expect(view.names).to.deep.equal(['Example: Public API', 'Example: Dashboard', 'Public API']);
      expect(view.groupNames).to.deep.equal(['Payments Co: Core']);
      expect(view.row('Example: Public API').statusText).to.equal('Operational');
      expect(view.row('Public API').statusText).to.equal('Major outage');
      expect(barOf(view.row('Example: Public API'), '2026-07-18').getAttribute('aria-label')).to.match(
        /^July 18, 2026: major outage, /,
      );
      expect(barOf(view.row('Public API'), '2026-07-18').getAttribute('aria-label')).to.equal(
        'July 18, 2026: no incidents',
      );
      expect(view.row('Public API').labels.at(-1)).to.match(/^July 20, 2026: critical outage, /);
      hover(view.row('Public API').bars.at(-1)!);
      await el.updateComplete;
      expect(text($(view.popover!, '[part="popover-item"]'))).to.contain('Payments Co: Incident a');
    });
  });

  describe('status now', () => {
    it('reads worse than the feed while an active incident or a window in progress touches it', async () => {
      const el = await make(
        doc({
          components: [
            component('a', 'A'),
            component('b', 'B'),
            component('c', 'C'),
            component('d', 'D'),
            component('e', 'E', { status: 'maintenance' }),
            component('f', 'F'),
            component('g', 'G', { status: 'major_outage' }),
            component('h', 'H', { status: 'maintenance' }),
            component('i', 'I', { status: 'maintenance' }),
          ],
          incidents: [
            incident('critical', 'critical', { components: ['a'] }),
            incident('major', 'major', { components: ['b'] }),
            incident('minor', 'minor', { components: ['c', 'e'] }),
            incident('none', 'none', { components: ['d'] }),
            incident('over', 'critical', { components: ['f'], ago: 3 * HOUR, lasted: HOUR }),
            incident('less', 'minor', { components: ['g'] }),
          ],
          maintenances: [
            maintenance('running', -HOUR, 2, { components: ['d', 'e'] }),
            maintenance('later', HOUR, 2, { components: ['f'] }),
            maintenance('over', -3 * HOUR, 1, { components: ['h'] }),
          ],
        }),
      );
      const view = componentStatus(el);
      expect(
        ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((name) => view.row(name).statusText),
      ).to.deep.equal([
        'Major outage',
        'Partial outage',
        'Degraded performance',
        // An open incident never reads as operational, whatever its impact, and outranks the
        // window in progress, as in the banner.
        'Degraded performance',
        'Degraded performance',
        // Resolved, and a window still to come: as the feed says.
        'Operational',
        // Never better than the feed says.
        'Major outage',
        // The feed's "maintenance" holds while a window that names it runs, or when none does.
        'Operational',
        'Under maintenance',
      ]);
    });

    it('changes at the instant a window starts and ends', async () => {
      const el = await make(doc({ maintenances: [maintenance('m', HOUR, 1)] }));
      const web = () => componentStatus(el).row('Dashboard').statusText;
      expect(web()).to.equal('Operational');
      await advance(HOUR - 1);
      expect(web()).to.equal('Operational');
      await advance(1);
      expect(web()).to.equal('Under maintenance');
      await advance(HOUR);
      expect(web()).to.equal('Operational');
    });
  });

  describe('day bars', () => {
    it('shows `days` bars (90 by default, 1–365), today last', async () => {
      const el = await make(doc(), { parent: { style: 'width: 2000px' } });
      const bars = () => componentStatus(el).row('Public API').bars.length;
      expect(bars()).to.equal(90);
      expect(componentStatus(el).row(0).labels.at(-1)).to.equal('July 20, 2026: no incidents');
      expect(componentStatus(el).row(0).labels[0]).to.match(/^April 22, 2026: /);
      for (const [days, count] of [
        ['30', 30],
        ['0', 1],
        ['1000', 365],
        ['soon', 90],
        ['7.6', 7],
      ] as const) {
        el.setAttribute('days', days);
        await el.updateComplete;
        expect(bars(), `days="${days}"`).to.equal(count);
      }
    });

    it('labels each bar with its date and what happened that day', async () => {
      const el = await make(
        doc({
          incidents: [
            incident('x', 'major', { startedAt: '2026-07-18T08:00:00Z', lasted: 7 * HOUR + 45 * MINUTE }),
            incident('y', 'minor', { startedAt: '2026-07-18T09:00:00Z', lasted: HOUR }),
          ],
          maintenances: [
            maintenance('m', 0, 2, {
              startsAt: '2026-07-15T02:00:00Z',
              status: 'completed',
              components: ['api'],
            }),
          ],
        }),
      );
      const api = componentStatus(el).row('Public API');
      expect(barOf(api, '2026-07-18').getAttribute('aria-label')).to.equal(
        `July 18, 2026: major outage, ${formatDuration(465, 'en')}; 2 incidents`,
      );
      expect(barOf(api, '2026-07-15').getAttribute('aria-label')).to.equal(
        `July 15, 2026: maintenance, ${formatDuration(120, 'en')}; 1 maintenance window`,
      );
      expect(barOf(api, '2026-07-19').getAttribute('aria-label')).to.equal('July 19, 2026: no incidents');
      expect(api.levels.slice(-6)).to.deep.equal([
        'maintenance',
        'operational',
        'operational',
        'major',
        'operational',
        'operational',
      ]);
      // The viewer's language writes the date its way.
      const british = componentStatus(await make(el.feed, { attrs: { locale: 'en-GB' } })).row('Public API');
      expect(british.labels.at(-3)).to.match(/^18 July 2026: major outage/);
    });

    it('counts days in the viewer’s zone', async () => {
      const d = doc({
        incidents: [incident('late', 'critical', { startedAt: '2026-07-18T22:00:00Z', lasted: HOUR })],
      });
      const utc = componentStatus(await make(d)).row('Public API');
      expect(barOf(utc, '2026-07-18').getAttribute('aria-label')).to.match(
        /^July 18, 2026: critical outage, /,
      );
      const tokyo = componentStatus(await make(d, { attrs: { 'time-zone': 'Asia/Tokyo' } })).row(
        'Public API',
      );
      expect(barOf(tokyo, '2026-07-19').getAttribute('aria-label')).to.match(
        /^July 19, 2026: critical outage, /,
      );
      expect(barOf(tokyo, '2026-07-18').getAttribute('aria-label')).to.equal('July 18, 2026: no incidents');
      // Today in Tokyo (21:00) is already the 20th, as in UTC; the strip ends there.
      expect(tokyo.labels.at(-1)).to.match(/^July 20, 2026: /);
    });

    it('shows the days before the feed’s history begins as "no data", never as healthy', async () => {
      const el = await make(doc({ page: { historyStart: iso(NOW - 10 * DAY) } }));
      const row = componentStatus(el).row('Public API');
      const levels = row.levels;
      const known = levels.filter((level) => level !== 'nodata').length;
      expect(levels.slice(0, 90 - known).every((level) => level === 'nodata')).to.equal(true);
      expect(known).to.be.within(10, 11);
      expect(row.labels[0]).to.match(/^April 22, 2026: no data$/);
      const nodata = getComputedStyle(row.bars[0]!);
      const healthy = getComputedStyle(row.bars.at(-1)!);
      expect(nodata.backgroundColor, 'not the colour of a good day').not.to.equal(healthy.backgroundColor);
      expect(nodata.backgroundImage, 'hatched').to.contain('gradient');
      // A feed that says nothing of its past knows nothing of it.
      const empty = componentStatus(await make(feed())).row('Public API');
      expect(new Set(empty.levels)).to.deep.equal(new Set(['nodata']));
    });
  });

  describe('the popover', () => {
    const busy = () =>
      doc({
        incidents: [
          incident('x', 'major', {
            title: 'Slow API responses',
            url: 'https://status.example.com/incidents/x',
            startedAt: '2026-07-18T08:00:00Z',
            lasted: 7 * HOUR + 45 * MINUTE,
          }),
          incident('now', 'minor', {
            title: 'Elevated errors',
            url: 'https://status.example.com/incidents/now',
          }),
        ],
        maintenances: [
          maintenance('m', 0, 2, {
            title: 'Database upgrade',
            startsAt: '2026-07-18T02:00:00Z',
            status: 'completed',
            components: ['api'],
          }),
        ],
      });

    it('opens on hover with the day’s incidents and windows, their titles and links', async () => {
      const el = await make(busy(), { attrs: { 'link-target': '_blank' } });
      const row = componentStatus(el).row('Public API');
      const bar = barOf(row, '2026-07-18');
      expect(row.isOpen).to.equal(false);
      hover(bar);
      await el.updateComplete;
      expect(row.isOpen).to.equal(true);
      const popover = row.popover!;
      expect(bar.getAttribute('aria-expanded')).to.equal('true');
      expect(text($(popover, '[part="popover-date"]'))).to.equal('July 18, 2026');
      expect(text($(popover, '[part="popover-summary"]'))).to.equal(
        `Major outage, ${formatDuration(465, 'en')}`,
      );
      const items = $$(popover, '[part="popover-item"]').map(text);
      expect(items).to.have.length(2);
      expect(items[0]).to.contain('Major outage').and.to.contain('Slow API responses');
      expect(items[1]).to.contain('Maintenance').and.to.contain('Database upgrade');
      const link = $<HTMLAnchorElement>(popover, '[part="popover-link"]')!;
      expect(link.href).to.equal('https://status.example.com/incidents/x');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      // Under the strip, inside the element's width.
      expect(popover.getBoundingClientRect().top).to.be.at.least(
        row.strip!.getBoundingClientRect().bottom - 1,
      );
      expectInside(popover, el, 'the popover', ['left', 'right']);
      expect(focusIn(el) === null, 'hovering takes no focus').to.equal(true);
      // Another bar: its own day; leaving the strip closes it.
      hover(barOf(row, '2026-07-19'));
      await el.updateComplete;
      expect(text($(row.popover!, '[part="popover-summary"]'))).to.equal('No incidents');
      expect($$(row.popover!, '[part="popover-item"]')).to.have.length(0);
      leave(bar);
      await el.updateComplete;
      expect(row.isOpen).to.equal(false);
      expect(row.bars.every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });

    it('opens on keyboard focus; Tab reaches its links; Escape closes it and keeps focus on the day', async function () {
      const wrapper = mount(html`<div style="width: 1000px"><button id="before">Before</button></div>`);
      const before = wrapper.querySelector('button')!;
      const el = document.createElement('component-status');
      el.setAttribute('time-zone', 'UTC');
      el.feed = busy();
      wrapper.append(el);
      await el.updateComplete;
      const api = componentStatus(el).row('Public API');
      const today = api.bars.at(-1)!;
      before.focus();
      await press('Tab', today);
      await waitUntil(() => focusIn(el) === today, 'Tab reaches today’s bar', KEY_WAIT);
      // Focus events come only to a page that has focus: Firefox holds them back in a background
      // tab (where focus still moves), so what follows from them cannot be seen there.
      if (!document.hasFocus()) this.skip();
      await el.updateComplete;
      expect(api.isOpen, 'open on focus').to.equal(true);
      expect(text($(api.popover!, '[part="popover-summary"]'))).to.match(/^Service issue, /);
      const link = $<HTMLAnchorElement>(api.popover!, '[part="popover-link"]')!;
      expect(text(link)).to.equal('Elevated errors');
      await press('Tab', link);
      await waitUntil(() => focusIn(el) === link, 'Tab reaches the popover’s link', KEY_WAIT);
      await el.updateComplete;
      expect(api.isOpen, 'stays open while focus is in it').to.equal(true);
      await press('Escape', link);
      await waitUntil(() => api.popover === null, 'Escape closes it', KEY_WAIT);
      expect(api.focusedDay, 'focus goes back to the day, not to the page').to.equal(89);
      // Escape on the bar itself closes it too, and focus stays there.
      await press('ArrowLeft', today);
      await waitUntil(
        () => api.popover !== null && focusIn(el) === api.bars.at(-2),
        'the day before',
        KEY_WAIT,
      );
      await press('Escape', api.bars.at(-2)!);
      await waitUntil(() => api.popover === null, 'Escape on a bar', KEY_WAIT);
      expect(api.focusedDay).to.equal(88);
    });

    it('opens on a click or a tap, never on a touch passing over, and closes when focus leaves the strip', async () => {
      const el = await make(busy());
      const api = componentStatus(el).row('Public API');
      const bar = barOf(api, '2026-07-18');
      bar.click();
      await el.updateComplete;
      expect(text($(api.popover!, '[part="popover-date"]'))).to.equal('July 18, 2026');
      const outside = mount<HTMLButtonElement>(html`<button>Elsewhere</button>`);
      // Focus events come only to a page that has focus (Firefox holds them back in a background tab).
      if (document.hasFocus()) {
        bar.focus();
        outside.focus();
        await el.updateComplete;
        expect(api.isOpen, 'closed when focus left').to.equal(false);
      }
      leave(bar);
      await el.updateComplete;
      barOf(api, '2026-07-19').dispatchEvent(
        new PointerEvent('pointerover', { pointerType: 'touch', bubbles: true }),
      );
      await el.updateComplete;
      expect(api.isOpen, 'a touch passing over opens nothing').to.equal(false);
    });
  });

  describe('the keyboard', () => {
    it('gives each strip one tab stop (today), moved by the arrows, Home and End', async () => {
      const el = await make(doc());
      const [api, web] = [componentStatus(el).row('Public API'), componentStatus(el).row('Dashboard')];
      expect(api.tabStops).to.deep.equal([89]);
      expect(web.tabStops).to.deep.equal([89]);
      const bars = api.bars;
      bars.at(-1)!.focus();
      for (const [key, index] of [
        ['ArrowLeft', 88],
        ['ArrowLeft', 87],
        ['ArrowRight', 88],
        ['Home', 0],
        ['ArrowLeft', 0],
        ['End', 89],
        ['ArrowRight', 89],
      ] as const) {
        await press(key, focusIn(el) as HTMLElement);
        await waitUntil(() => focusIn(el) === bars[index], `${key} → day ${index}`, KEY_WAIT);
        await el.updateComplete;
        expect(api.tabStops, key).to.deep.equal([index]);
      }
      await press('Home', bars[89]!);
      await waitUntil(() => focusIn(el) === bars[0], 'Home', KEY_WAIT);
      await el.updateComplete;
      expect(api.tabStops).to.deep.equal([0]);
      expect(web.tabStops, 'the other strip keeps its own').to.deep.equal([89]);
    });

    it('mirrors the strip and the arrows right to left: today on the left', async () => {
      const el = await make(doc(), { parent: { dir: 'rtl', style: 'width: 1000px' } });
      const api = componentStatus(el).row('Public API');
      const bars = api.bars;
      expectLeftToRight([bars.at(-1)!, bars[0]!], 'today is on the left');
      expectSide(api.status!, 'left', api.part('name')!, 'the status');
      bars.at(-1)!.focus();
      await press('ArrowRight', bars.at(-1)!);
      await waitUntil(() => focusIn(el) === bars[88], 'ArrowRight goes back in time', KEY_WAIT);
      await press('ArrowLeft', bars[88]!);
      await waitUntil(() => focusIn(el) === bars[89], 'ArrowLeft comes forward', KEY_WAIT);
    });

    it('never takes focus: a new feed, hovering or a changed status leave it where it is', async () => {
      const input = mount<HTMLInputElement>(html`<input aria-label="Search" />`);
      const el = await make(doc());
      input.focus();
      hover(componentStatus(el).row(0).bars[5]!);
      el.feed = doc({ incidents: [incident('a', 'critical')] });
      await el.updateComplete;
      await settle();
      expect(componentStatus(el).row('Public API').statusText).to.equal('Major outage');
      expect(document.activeElement === input, 'focus stays in the search box').to.equal(true);
    });
  });

  describe('narrow screens', () => {
    it('shows 30 days at 320 px instead of scrolling sideways, and says so', async () => {
      const el = await make(doc({ incidents: [incident('a', 'major', { ago: 2 * DAY, lasted: HOUR })] }), {
        parent: { style: 'width: 320px' },
      });
      const api = componentStatus(el).row('Public API');
      expect(api.bars, 'the first render already fits').to.have.length(30);
      expect(api.captionText).to.contain('Incidents and maintenance over the last 30 days');
      expect(api.strip!.getAttribute('aria-label')).to.equal('Public API, last 30 days');
      expect(api.labels.at(-1)).to.match(/^July 20, 2026: /);
      expect(el.getBoundingClientRect().width).to.equal(320);
      const base = componentStatus(el).base!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      for (const bar of api.bars) expectInside(bar, api.strip!, 'a bar', ['left', 'right']);
      expect(api.tabStops).to.deep.equal([29]);
    });

    it('follows its width when it changes, as the engine reports it', async function () {
      const el = await make(doc(), { parent: { style: 'width: 320px' } });
      const api = componentStatus(el).row('Public API');
      expect(api.bars, 'the first render fits').to.have.length(30);
      const observed = resized(el, 1000);
      el.parentElement!.style.width = '1000px';
      // A page the engine is not painting (a test page in the background) gets no resize
      // observations until it is painted again; there is nothing to see there either.
      if (!(await observed)) this.skip();
      await el.updateComplete;
      expect(api.bars).to.have.length(90);
      expect(api.captionText).to.contain('over the last 90 days');
    });

    it('measures its own width, not the window’s: 60 days at 400 px, and never more than `days`', async () => {
      const mid = await make(doc(), { parent: { style: 'width: 400px' } });
      expect(componentStatus(mid).row(0).bars).to.have.length(60);
      const few = await make(doc(), { attrs: { days: '7' }, parent: { style: 'width: 320px' } });
      expect(componentStatus(few).row(0).bars).to.have.length(7);
      // In groups, where a strip is narrower: measured on the strip itself.
      const grouped = await make(doc({ components: CATALOGUE }), {
        attrs: { 'show-groups': '' },
        parent: { style: 'width: 480px' },
      });
      const strip = componentStatus(grouped).row('Email').strip!;
      const days = componentStatus(grouped).row('Email').bars.length;
      expect(days * 5, 'at least 5 px a day').to.be.at.most(strip.clientWidth);
      expect(days).to.be.oneOf([60, 90]);
    });
  });

  describe('uptime and incident days', () => {
    /** 90 days of uptime up to today, 100 % but for the day `dip` days ago. */
    const uptime = (dip: number, percent: number) =>
      Array.from({ length: 90 }, (_, i) => ({
        date: new Date(NOW - (89 - i) * DAY).toISOString().slice(0, 10),
        percent: 89 - i === dip ? percent : 100,
      }));

    it('shows the feed’s uptime where it has it: "99.99% uptime over the last 90 days"', async () => {
      const el = await make(
        doc({
          components: [
            component('api', 'Public API', { uptime: uptime(3, 99.5) }),
            component('web', 'Dashboard'),
          ],
          incidents: [incident('w', 'minor', { components: ['web'], ago: 3 * DAY, lasted: HOUR })],
        }),
      );
      const api = componentStatus(el).row('Public API');
      // (89 × 100 + 99.5) / 90 = 99.9944…: shown as 99.99, never rounded up to 100.
      expect(api.captionText).to.equal('99.99% uptime over the last 90 days');
      expect(barOf(api, '2026-07-17').getAttribute('aria-label')).to.equal(
        'July 17, 2026: 99.50% uptime, service issue',
      );
      expect(barOf(api, '2026-07-18').getAttribute('aria-label')).to.equal(
        'July 18, 2026: 100.00% uptime, no incidents',
      );
      const web = componentStatus(el).row('Dashboard');
      expect(web.captionText).to.equal(
        'Incidents and maintenance over the last 90 days 1 day with incidents',
      );
      expect(web.captionText, 'no made-up percentage').not.to.contain('%');
      expect(componentStatus(await make(doc())).row(0).captionText).to.equal(
        'Incidents and maintenance over the last 90 days No incidents',
      );
    });

    it('formats the percentage as the viewer’s language does', async () => {
      const el = await make(doc({ components: [component('api', 'API', { uptime: uptime(1, 95) })] }), {
        attrs: { locale: 'de' },
      });
      const expected = new Intl.NumberFormat('de', { style: 'percent', minimumFractionDigits: 2 }).format(
        0.9994,
      );
      expect(componentStatus(el).row(0).captionText).to.equal(
        `${expected} Verfügbarkeit in den letzten 90 Tagen`.replace(/\s+/g, ' '),
      );
    });
  });

  describe('events and announcements', () => {
    it('fires status-change for the first list, then for each component whose status changes, announced', async () => {
      const el = document.createElement('component-status');
      el.setAttribute('time-zone', 'UTC');
      const changes = recordChanges(el);
      mount(html`<div style="width: 1000px"></div>`).append(el);
      await el.updateComplete;
      expect(changes, 'nothing to show yet').to.deep.equal([]);
      const loaded = oneEvent(el, 'status-load');
      el.feed = doc();
      expect((await loaded).detail.source).to.equal('property');
      await el.updateComplete;
      await settle();
      expect(changes).to.have.length(1);
      expect(changes[0]!.component).to.include({ id: 'api', name: 'Public API', status: 'operational' });
      expect(changes[0]!.item).to.equal(undefined);
      expect(text(componentStatus(el).announcer), 'the first list is not announced').to.equal('');

      el.feed = doc({ incidents: [incident('a', 'major', { components: ['web'] })] });
      await el.updateComplete;
      await settle();
      expect(changes).to.have.length(2);
      expect(changes[1]!.component).to.include({ id: 'web', status: 'partial_outage' });
      expect(changes[1]!).to.include({ kind: 'incident', phase: 'active' });
      expect(changes[1]!.item!.id).to.equal('a');
      expect(text(componentStatus(el).announcer)).to.equal('Dashboard: Partial outage');

      // What the user does, and the same feed again, change nothing shown.
      const row = componentStatus(el).row('Public API');
      hover(row.bars[10]!);
      await el.updateComplete;
      row.bars[10]!.click();
      el.feed = doc({ incidents: [incident('a', 'major', { components: ['web'] })] });
      await el.updateComplete;
      await settle();
      expect(changes).to.have.length(2);
      // A filter changes the list: one change, for the first shown.
      el.components = 'web';
      await el.updateComplete;
      await settle();
      expect(changes).to.have.length(3);
      expect(changes[2]!.component).to.include({ id: 'web' });
    });

    it('shows nothing for a failing src, or a short line with show-errors', async () => {
      const quiet = document.createElement('component-status');
      quiet.interval = 0;
      quiet.src = `/__feed/missing.json?id=${uid('cs-missing')}`;
      let failed = oneEvent(quiet, 'status-error');
      await fixture(html`${quiet}`);
      expect((await failed).detail.kind).to.equal('http');
      await quiet.updateComplete;
      expect(componentStatus(quiet).shownText).to.equal('');
      expect(quiet.getBoundingClientRect().height).to.equal(0);
      const loud = document.createElement('component-status');
      loud.interval = 0;
      loud.showErrors = true;
      loud.src = `/__feed/missing.json?id=${uid('cs-missing-shown')}`;
      failed = oneEvent(loud, 'status-error');
      await fixture(html`${loud}`);
      await failed;
      await loud.updateComplete;
      expect(componentStatus(loud).emptyText).to.equal('Service status is unavailable right now');
    });

    it('renders hostile names as text', async () => {
      const el = await make(
        doc({ components: [component('x', '<img src=x onerror=alert(1)>', { group: '<b>G</b>' })] }),
        { attrs: { 'show-groups': '' } },
      );
      expect(componentStatus(el).names).to.deep.equal(['<img src=x onerror=alert(1)>']);
      expect(componentStatus(el).groupNames).to.deep.equal(['<b>G</b>']);
      expect($$(el, 'img, b')).to.have.length(0);
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible in every state (${theme})`, async function () {
        this.timeout(30_000);
        const wrapper = mount(
          html`<div style="width: 1000px; ${theme === 'dark' ? 'background:#000' : ''}"></div>`,
        );
        const states: [string, unknown, Record<string, string>, string?][] = [
          [
            'flat, with incidents and maintenance',
            doc({
              components: CATALOGUE,
              incidents: [
                incident('a', 'critical', { url: 'https://status.example.com/a', components: ['api'] }),
                incident('b', 'minor', { components: ['web'], ago: 3 * DAY, lasted: HOUR }),
              ],
              maintenances: [maintenance('m', -HOUR, 2, { components: ['reports'] })],
            }),
            {},
          ],
          ['grouped', doc({ components: CATALOGUE }), { 'show-groups': '' }],
          [
            'no data, uptime',
            doc({
              page: { historyStart: iso(NOW - 5 * DAY) },
              components: [component('u', 'U', { uptime: [{ date: '2026-07-19', percent: 99 }] })],
            }),
            {},
          ],
          ['nothing at all', feed({ components: [] }), {}],
        ];
        const all: ComponentStatusElement[] = [];
        for (const [name, d, attrs] of states) {
          const el = document.createElement('component-status');
          el.id = `axe-${name.replace(/\W+/g, '-')}`;
          // Two weeks: what axe checks is the same in every bar, and it takes time per node.
          for (const [attr, value] of Object.entries({ 'time-zone': 'UTC', days: '14', ...attrs, theme }))
            el.setAttribute(attr, value);
          el.feed = d as ComponentStatusElement['feed'];
          wrapper.append(el);
          all.push(el);
        }
        const narrow = mount(html`<div style="width: 320px"></div>`);
        const small = document.createElement('component-status');
        small.setAttribute('theme', theme);
        small.feed = doc();
        narrow.append(small);
        all.push(small);
        const failing = document.createElement('component-status');
        failing.setAttribute('show-errors', '');
        failing.setAttribute('theme', theme);
        failing.interval = 0;
        failing.src = `/__feed/missing.json?id=${uid('cs-axe-missing')}`;
        const failed = oneEvent(failing, 'status-error');
        wrapper.append(failing);
        all.push(failing);
        await failed;
        await Promise.all(all.map((el) => el.updateComplete));
        expect(componentStatus(small).row(0).bars, 'narrow').to.have.length(30);
        await expect(wrapper).to.be.accessible();
        await expect(narrow).to.be.accessible();
        // A group collapsed, a popover open from a click and another from the pointer.
        componentStatus(all[1]!).groupToggle('Core').click();
        const first = componentStatus(all[0]!).row('Public API');
        first.bars.at(-1)!.click();
        hover(componentStatus(all[2]!).row(0).bars.at(-2)!);
        await Promise.all(all.map((el) => el.updateComplete));
        expect(first.isOpen).to.equal(true);
        expect(componentStatus(all[2]!).row(0).isOpen).to.equal(true);
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('languages', () => {
    for (const locale of SUPPORTED_LOCALES) {
      it(`speaks ${locale}`, async () => {
        const el = await make(
          doc({
            components: [
              component('api', 'API', { group: 'Core' }),
              component('web', 'Web', { group: 'Core' }),
            ],
            incidents: [incident('i', 'major', { components: ['api'], url: 'https://status.example.com/i' })],
          }),
          { attrs: { locale, 'show-groups': '' } },
        );
        // The element waited for its language: the first render is in it, never English.
        const words = componentStatusStrings(locale);
        expect(words.operational).to.equal(LANGUAGES[locale].components.operational);
        const view = componentStatus(el);
        expect(view.row('API').statusText).to.equal(words.partialOutage);
        expect(view.row('Web').statusText).to.equal(words.operational);
        expect(text($(el, '[part="group-count"]'))).to.equal(counted(words.groupCount, 2, locale));
        expect(view.row('Web').captionText).to.contain(pick(words.history).replace('{days}', '90'));
        const date = new Intl.DateTimeFormat(locale, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }).format(NOW);
        const today = view.row('API').labels.at(-1)!;
        expect(today.startsWith(date), today).to.equal(true);
        expect(today).to.contain(words.dayMajor);
        hover(view.row('API').bars.at(-1)!);
        await el.updateComplete;
        expect(text(view.popover)).to.contain(words.major);
        expect(el.shadowRoot!.textContent).not.to.match(/\{\w+\}/);
        for (const label of view.row('API').labels) expect(label).not.to.match(/\{\w+\}/);
      });
    }

    it('lets the strings property override any string', async () => {
      const el = await make(doc({ page: { historyStart: iso(NOW - 2 * DAY) } }), {
        props: {
          strings: {
            operational: 'All good',
            dayNoData: 'unknown',
            history: 'The last {days} days',
            noIncidentDays: 'Quiet',
          },
        },
      });
      const row = componentStatus(el).row('Public API');
      expect(row.statusText).to.equal('All good');
      expect(row.labels[0]).to.match(/: unknown$/);
      expect(row.captionText).to.equal('The last 90 days Quiet');
    });
  });

  describe('layout and styling', () => {
    it('takes colours from --status-* properties and exposes ::part', async () => {
      const wrapper = mount(
        html`<div style="width: 1000px">
          <style>
            .themed {
              --status-bar-major: rgb(1, 2, 3);
              --status-surface-bg: rgb(4, 5, 6);
              --status-operational-bg: rgb(7, 8, 9);
            }
            .themed::part(bar-nodata) {
              opacity: 0.5;
            }
          </style>
          <component-status
            class="themed"
            time-zone="UTC"
            .feed=${doc({
              page: { historyStart: iso(NOW - 5 * DAY) },
              incidents: [incident('i', 'major', { ago: DAY, lasted: HOUR })],
            })}
          ></component-status>
        </div>`,
      );
      const el = wrapper.querySelector('component-status')!;
      await el.updateComplete;
      const row = componentStatus(el).row('Public API');
      const major = row.bars[row.levels.indexOf('major')]!;
      expect(getComputedStyle(major).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(componentStatus(el).part('list')!).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(row.status!).backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(row.bars[0]!).opacity).to.equal('0.5');
    });

    it('has a dark theme, and follows the operating system with theme="auto"', async function () {
      const light = await make(doc());
      const dark = await make(doc(), { attrs: { theme: 'dark' } });
      const colours = (el: ComponentStatusElement) => {
        const list = getComputedStyle(componentStatus(el).part('list')!);
        const bar = getComputedStyle(componentStatus(el).row(0).bars.at(-1)!);
        return [list.backgroundColor, list.color, bar.backgroundColor];
      };
      expect(colours(dark)[0]).not.to.equal(colours(light)[0]);
      expect(colours(dark)[2], 'bars too').not.to.equal(colours(light)[2]);
      await expectAutoTheme(this, (attrs) => make(doc(), { attrs }), colours);
    });

    it('has forced-colors and reduced-motion rules, and no physical sides, in its stylesheet', () => {
      const css = styles.map((sheet) => sheet.cssText).join('\n');
      expect(css).to.match(/@media\s*\(forced-colors:\s*active\)[\s\S]*CanvasText/);
      expect(css).to.match(/@media\s*\(prefers-reduced-motion:\s*no-preference\)[\s\S]*transition/);
      expect(css).to.match(/container-type:\s*inline-size/);
      expect(css).not.to.match(
        /margin-left|margin-right|padding-left|padding-right|border-left|border-right/,
      );
    });

    it('uses system colours in forced-colors mode, days told apart by more than one colour', async function () {
      // Emulated in Chromium and Firefox; WebKit over WebDriver cannot emulate it and skips.
      await emulating(this, { forcedColors: 'active' }, async () => {
        const [canvasText, canvas, highlight] = ['CanvasText', 'Canvas', 'Highlight'].map(systemColour);
        for (const theme of ['light', 'dark']) {
          const el = await make(
            doc({
              page: { historyStart: iso(NOW - 5 * DAY) },
              incidents: [incident('i', 'major', { ago: DAY, lasted: HOUR })],
              maintenances: [maintenance('m', -2 * DAY, 1, { components: ['api'], status: 'completed' })],
            }),
            { attrs: { theme, 'show-groups': '' } },
          );
          const row = componentStatus(el).row('Public API');
          const at = (level: string) => getComputedStyle(row.bars[row.levels.indexOf(level)]!);
          expect(at('operational').backgroundColor, `${theme}: a good day`).to.equal(canvasText);
          expect(at('major').backgroundColor, `${theme}: an incident`).to.equal(highlight);
          expect(at('maintenance').backgroundImage, `${theme}: maintenance, striped`).to.contain('gradient');
          expect(at('maintenance').backgroundColor, `${theme}: maintenance`).not.to.equal(highlight);
          expect(at('nodata').backgroundColor, `${theme}: no data`).to.equal(canvas);
          expectSystemBox(row.status, `${theme}: status`);
          expect(getComputedStyle($(row.status!, '[part="icon"]')!).fill).to.equal(canvasText);
          expect(getComputedStyle(componentStatus(el).part('list')!).borderTopColor).to.equal(canvasText);
          hover(row.bars.at(-1)!);
          await el.updateComplete;
          expectSystemBox(row.popover, `${theme}: popover`);
        }
      });
    });

    it('does not move the chevron when the user prefers reduced motion', async function () {
      await expectReducedMotion(
        this,
        () => make(doc({ components: CATALOGUE }), { attrs: { 'show-groups': '' } }),
        (el) => getComputedStyle($(el, '.chevron')!).transitionDuration,
        { moving: '0.15s', still: '0s' },
      );
    });
  });
});
