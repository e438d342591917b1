// <status-indicator> in a real browser: the overall state it shows for native and Statuspage
// feeds (each of the five states, incidents by impact, the components' statuses, filters), the
// switch at the exact start and end of a window, the polite announcement of a change and the
// status-change event, the three variants and their accessible names and tooltip, links, axe in
// every state, layout (no space when empty, right to left, 320 px), theming and forced colours,
// the built-in languages and the strings override, and feeds that fail. Feeds are built relative
// to the test clock's now (kit/feeds.ts); the tests of boundaries stop that clock and move it
// (kit/clock.ts) instead of waiting.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/elements/status-indicator/define.js';
import type { StatusIndicator } from '../../../../src/elements/status-indicator/status-indicator.js';
import { styles } from '../../../../src/elements/status-indicator/status-indicator.styles.js';
import { indicatorStrings } from '../../../../src/i18n/indicator-strings.js';
import { SUPPORTED_LOCALES } from '../../../../src/i18n/locale.js';
import {
  emulating,
  firefox,
  expectAutoTheme,
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
import { advanceTo, scheduled, setClock } from '../../kit/clock.js';
import {
  asFeed,
  component,
  feed,
  HOUR,
  incident,
  iso,
  maintenance,
  PAGE_URL,
  type FeedParts,
} from '../../kit/feeds.js';
import { createIndicator, indicator } from '../../kit/harness.js';
import { expectInside, expectSameRows, expectSide, glyph } from '../../kit/layout.js';
import { LANGUAGES } from '../../kit/languages.js';
import { loadJson, type Fixture } from '../../kit/parse.js';
import { loadAdapter } from '../../kit/vendor-feeds.js';
import { until } from '../../client/client-helpers.js';

/** Where the tests that move the clock stop it first. */
const NOW = Date.parse('2026-06-01T12:00:00Z');

/** The catalogue with `api` ("Public API") and `web` ("Dashboard") in the statuses given. */
const statuses = (api = 'operational', web = 'operational') => [
  component('api', 'Public API', { status: api as never }),
  component('web', 'Dashboard', { status: web as never }),
];

/** A feed in each of the five states, and the name each shows in English. */
const STATES: [name: string, parts: () => FeedParts, label: string][] = [
  ['operational', () => ({}), 'All systems operational'],
  ['degraded', () => ({ incidents: [incident('slow', 'minor')] }), 'Degraded performance'],
  ['partial outage', () => ({ incidents: [incident('part', 'major')] }), 'Partial outage'],
  ['major outage', () => ({ incidents: [incident('down', 'critical')] }), 'Major outage'],
  [
    'maintenance in progress',
    () => ({ maintenances: [maintenance('work', -HOUR)] }),
    'Maintenance in progress',
  ],
];

const fill = getComputedStyle;
const dotColour = (el: StatusIndicator) => fill(indicator(el).dot!).fill;

describe('<status-indicator>', () => {
  describe('the state of a native feed', () => {
    for (const [name, parts, label] of STATES) {
      it(`shows ${name} as a coloured dot and its name`, async () => {
        const el = await createIndicator(feed(parts()));
        expect(indicator(el).labelText).to.equal(label);
        expect(indicator(el).dot, 'the dot').to.exist;
        expect(indicator(el).name, 'the link names the state in a sentence').to.equal(
          `Service status: ${label}`,
        );
      });
    }

    it('gives every state a colour of its own, and always its name beside it', async () => {
      const colours = new Set<string>();
      for (const [, parts, label] of STATES) {
        const el = await createIndicator(feed(parts()));
        colours.add(dotColour(el));
        expect(indicator(el).labelText).to.equal(label);
      }
      expect(colours.size).to.equal(STATES.length);
    });

    it('reads incidents by impact: critical, major, minor and none', async () => {
      for (const [impact, label] of [
        ['critical', 'Major outage'],
        ['major', 'Partial outage'],
        ['minor', 'Degraded performance'],
        ['none', 'Degraded performance'],
      ] as const) {
        const el = await createIndicator(feed({ incidents: [incident('i', impact)] }));
        expect(indicator(el).labelText, impact).to.equal(label);
      }
    });

    it('never reads an unresolved incident as operational, even when every component says operational', async () => {
      const el = await createIndicator(
        feed({
          components: statuses('operational', 'operational'),
          incidents: [incident('watch', 'none', { status: 'monitoring' })],
        }),
      );
      expect(indicator(el).labelText).to.equal('Degraded performance');
    });

    it("takes the worst of the items and the components' statuses; maintenance is never an outage", async () => {
      const el = await createIndicator(
        feed({ components: statuses('degraded'), maintenances: [maintenance('m', -HOUR)] }),
      );
      expect(indicator(el).labelText).to.equal('Degraded performance');
      el.feed = feed({ components: statuses('major_outage'), incidents: [incident('i', 'minor')] });
      await el.updateComplete;
      expect(indicator(el).labelText).to.equal('Major outage');
      el.feed = feed({
        components: statuses('operational', 'maintenance'),
        maintenances: [maintenance('m', -HOUR)],
      });
      await el.updateComplete;
      expect(indicator(el).labelText).to.equal('Maintenance in progress');
    });

    it('shows the state of the components and regions it is filtered to', async () => {
      const doc = feed({
        components: statuses('operational', 'partial_outage'),
        incidents: [incident('api-eu', 'critical', { components: ['api'], regions: ['eu'] })],
        maintenances: [maintenance('web-us', -HOUR, 2, { components: ['web'], regions: ['us'] })],
      });
      for (const [attrs, label] of [
        [{}, 'Major outage'],
        [{ components: 'Public API' }, 'Major outage'],
        [{ components: 'web' }, 'Partial outage'],
        [{ regions: 'us' }, 'Maintenance in progress'],
        [{ components: 'api', regions: 'us' }, 'All systems operational'],
      ] as const) {
        const el = await createIndicator(doc, { attrs });
        expect(indicator(el).labelText, JSON.stringify(attrs)).to.equal(label);
      }
    });

    it('follows the feed as it changes', async () => {
      const el = await createIndicator(feed());
      expect(indicator(el).labelText).to.equal('All systems operational');
      el.feed = feed({ incidents: [incident('i', 'critical')] });
      await el.updateComplete;
      expect(indicator(el).labelText).to.equal('Major outage');
      el.feed = feed({ incidents: [incident('i', 'critical', { lasted: HOUR / 2 })] });
      await el.updateComplete;
      expect(indicator(el).labelText).to.equal('All systems operational');
    });
  });

  describe('the state of a Statuspage feed', () => {
    let summary: Fixture;
    before(async () => {
      summary = await loadJson('/test/fixtures/statuspage/summary.json');
      await loadAdapter('statuspage');
    });
    const copy = (): Fixture => structuredClone(summary);
    const operational = (doc: Fixture): Fixture => {
      for (const c of doc.components) c.status = 'operational';
      return doc;
    };

    /** An indicator showing a Statuspage document once its adapter has read it. */
    async function show(doc: Fixture): Promise<StatusIndicator> {
      const el = await createIndicator(doc);
      await until(() => indicator(el).labelText, 'the Statuspage feed was never shown');
      await el.updateComplete;
      return el;
    }

    it('reads the captured summary.json: a component in major outage', async () => {
      const el = await show(copy());
      expect(indicator(el).labelText).to.equal('Major outage');
      expect(indicator(el).link!.href).to.equal(new URL(summary.page.url).href);
    });

    it('reads an operational page', async () => {
      const doc = operational(copy());
      doc.incidents = [];
      doc.scheduled_maintenances = [];
      expect(indicator(await show(doc)).labelText).to.equal('All systems operational');
    });

    it('reads an unresolved incident by its impact', async () => {
      for (const [impact, label] of [
        ['critical', 'Major outage'],
        ['major', 'Partial outage'],
        ['minor', 'Degraded performance'],
      ]) {
        const doc = operational(copy());
        doc.scheduled_maintenances = [];
        doc.incidents = [{ ...doc.incidents[0], impact }];
        expect(indicator(await show(doc)).labelText, impact).to.equal(label);
      }
    });

    it('reads a maintenance in progress', async () => {
      const doc = operational(copy());
      doc.incidents = [];
      doc.components.find((c: Fixture) => c.name === 'Batch Import').status = 'under_maintenance';
      const el = await show(doc);
      expect(doc.scheduled_maintenances[0].status).to.equal('in_progress');
      expect(indicator(el).labelText).to.equal('Maintenance in progress');
    });
  });

  describe('at the exact start and end of a window', () => {
    beforeEach(() => setClock(NOW));

    it('switches to maintenance at the start and back at the end, without a feed change', async () => {
      const window = maintenance(uid('switch'), 1500, 1);
      const [start, end] = [Date.parse(window.startsAt!), Date.parse(window.endsAt!)];
      const el = await createIndicator(feed({ maintenances: [window] }));
      const changes = recordChanges(el);
      expect(indicator(el).labelText).to.equal('All systems operational');
      expect(scheduled(), 'a boundary at the start').to.include(start);
      await advanceTo(start - 1);
      expect(indicator(el).labelText, 'a millisecond before the start').to.equal('All systems operational');
      await advanceTo(start);
      await el.updateComplete;
      expect(indicator(el).labelText, 'at the start').to.equal('Maintenance in progress');
      await advanceTo(end - 1);
      expect(indicator(el).labelText, 'a millisecond before the end').to.equal('Maintenance in progress');
      await advanceTo(end);
      await el.updateComplete;
      await settle();
      expect(indicator(el).labelText, 'at the end').to.equal('All systems operational');
      expect(changes.map((c) => c.state)).to.deep.equal(['maintenance', 'operational']);
      expect([changes[0]!.kind, changes[0]!.phase, changes[0]!.item?.id]).to.deep.equal([
        'maintenance',
        'in_progress',
        window.id,
      ]);
    });

    it("ends a component's maintenance at its window's end, before the next poll says so", async () => {
      const window = maintenance(uid('stale'), -HOUR, 1, { components: ['web'] });
      window.endsAt = iso(NOW + 2000);
      const el = await createIndicator(
        feed({ components: statuses('operational', 'maintenance'), maintenances: [window] }),
      );
      expect(indicator(el).labelText).to.equal('Maintenance in progress');
      await advanceTo(NOW + 1999);
      expect(indicator(el).labelText).to.equal('Maintenance in progress');
      await advanceTo(NOW + 2000);
      await el.updateComplete;
      expect(indicator(el).labelText).to.equal('All systems operational');
    });
  });

  describe('announcements and status-change', () => {
    it('has its polite live region, empty, before any feed, and announces nothing on the first state', async () => {
      const el = await createIndicator();
      const region = indicator(el).announcer!;
      expect(region).to.exist;
      expect(region.getAttribute('aria-atomic')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[role="alert"], [aria-live="assertive"]')).to.equal(null);
      expect(text(region)).to.equal('');
      expect(el.getBoundingClientRect().width, 'no space taken').to.equal(0);
      el.feed = feed({ incidents: [incident('i', 'critical')] });
      await el.updateComplete;
      expect(indicator(el).labelText).to.equal('Major outage');
      expect(indicator(el).announcer, 'the same region').to.equal(region);
      expect(text(region), 'loading a page announces nothing').to.equal('');
    });

    it('announces each change of state politely, in the region that was there before', async () => {
      const el = await createIndicator(feed());
      const region = indicator(el).announcer!;
      el.feed = feed({ incidents: [incident('i', 'critical')] });
      await el.updateComplete;
      expect(text(indicator(el).announcer)).to.equal('Service status: Major outage');
      expect(indicator(el).announcer).to.equal(region);
      // Even the most severe state is polite: an indicator never interrupts.
      expect(region.getAttribute('role')).to.equal('status');
      el.feed = feed({ maintenances: [maintenance('m', -HOUR)] });
      await el.updateComplete;
      expect(text(region)).to.equal('Service status: Maintenance in progress');
      // The same state from another item: nothing new to say.
      const said = region.firstChild;
      el.feed = feed({ maintenances: [maintenance('other', -2 * HOUR, 3)] });
      await el.updateComplete;
      expect(region.firstChild, 'the sentence was not put in again').to.equal(said);
    });

    it('keeps a change that comes before its region has been on screen until it has', async () => {
      const el = document.createElement('status-indicator');
      el.feed = feed();
      const seen: string[] = [];
      let switched = false;
      el.addController({
        hostUpdated: () => {
          seen.push(indicator(el).announcerText);
          if (switched) return;
          switched = true;
          // Right after the first render, before the page has drawn a frame.
          queueMicrotask(() => (el.feed = feed({ incidents: [incident('i', 'major')] })));
        },
      });
      mount(html`<div></div>`).append(el);
      await el.updateComplete;
      expect(seen.slice(0, 2), 'both renders before the frame left the region empty').to.deep.equal(['', '']);
      expect(indicator(el).labelText).to.equal('Partial outage');
      expect(indicator(el).announcerText, 'then it goes in').to.equal('Service status: Partial outage');
    });

    it('fires status-change with the state, the first one included, and the item that decides it', async () => {
      const el = document.createElement('status-indicator');
      const changes = recordChanges(el);
      el.feed = feed();
      await fixture(html`${el}`);
      await settle();
      expect(changes).to.deep.equal([
        { item: undefined, kind: undefined, phase: 'operational', state: 'operational' },
      ]);
      const critical = feed({ incidents: [incident('down', 'critical')] });
      el.feed = critical;
      await el.updateComplete;
      await settle();
      expect(changes.map((c) => [c.state, c.kind, c.phase, c.item?.id])).to.deep.equal([
        ['operational', undefined, 'operational', undefined],
        ['major_outage', 'incident', 'active', 'down'],
      ]);
      // A component decides: no item.
      el.feed = feed({ components: statuses('partial_outage') });
      await el.updateComplete;
      await settle();
      expect(changes[2]).to.deep.equal({
        item: undefined,
        kind: undefined,
        phase: undefined,
        state: 'partial_outage',
      });
    });

    it('fires nothing when the state stays: the same feed again, another item, a language or a variant', async () => {
      const el = await createIndicator(feed({ incidents: [incident('a', 'major')] }));
      const changes = recordChanges(el);
      el.feed = feed({ incidents: [incident('a', 'major')] });
      await el.updateComplete;
      el.feed = feed({ incidents: [incident('b', 'major')] });
      await el.updateComplete;
      el.variant = 'badge';
      el.locale = 'de';
      await el.updateComplete;
      await settle();
      expect(changes).to.deep.equal([]);
      expect(indicator(el).announcerText).to.equal('');
    });
  });

  describe('variants', () => {
    const down = () => feed({ incidents: [incident('i', 'critical')] });

    it('shows the dot and the name by default, and for an unknown variant', async () => {
      for (const attrs of [{}, { variant: 'sideways' }] as Record<string, string>[]) {
        const el = await createIndicator(down(), { attrs });
        expect(indicator(el).dot).to.exist;
        expect(indicator(el).labelText).to.equal('Major outage');
        expect(indicator(el).tooltip).to.equal(null);
      }
    });

    it('variant="dot": the dot alone, with an accessible name and a tooltip', async () => {
      const el = await createIndicator(down(), { attrs: { variant: 'dot' } });
      expect(indicator(el).label).to.equal(null);
      expect(indicator(el).name).to.equal('Service status: Major outage');
      expect(indicator(el).tooltipText).to.equal('Service status: Major outage');
      expect(indicator(el).tooltip!.getAttribute('aria-hidden'), 'the name says it already').to.equal('true');
      // A mark inside the dot: each state has its own shape, not just its own colour.
      const marks = new Set<string>();
      for (const [, parts] of STATES) {
        const one = await createIndicator(feed(parts()), { attrs: { variant: 'dot' } });
        marks.add(indicator(one).dot!.querySelector('path')!.getAttribute('d')!);
      }
      expect(marks.size).to.equal(STATES.length);
    });

    it('variant="dot" without a link is an image with the name', async () => {
      const el = await createIndicator(
        feed({ page: { url: undefined }, incidents: [incident('i', 'minor')] }),
        {
          attrs: { variant: 'dot' },
        },
      );
      expect(indicator(el).link).to.equal(null);
      const image = indicator(el).named!;
      expect(image.getAttribute('role')).to.equal('img');
      expect(image.getAttribute('aria-label')).to.equal('Service status: Degraded performance');
    });

    /**
     * A dot indicator after a button, in a box styled `style`, and a Tab from the button to its
     * link: real keys (Firefox runs focus events for a page in the background only for those).
     */
    async function tabbedTo(style = ''): Promise<StatusIndicator> {
      const wrapper = mount(
        html`<div style=${style}>
          <button>Before</button
          ><status-indicator
            variant="dot"
            .feed=${feed({ incidents: [incident('i', 'critical')] })}
          ></status-indicator>
        </div>`,
      );
      const el = wrapper.querySelector('status-indicator')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await press('Tab', indicator(el).link!);
      await waitUntil(
        () => el.shadowRoot!.activeElement === indicator(el).link,
        'Tab did not reach the link',
        KEY_WAIT,
      );
      return el;
    }
    const shown = (el: StatusIndicator) => fill(indicator(el).tooltip!).visibility === 'visible';
    /**
     * Waits for the tooltip to show. Firefox matches :focus-within (and runs focus events) only
     * in the window that has focus, which a test page among several open at once may not have:
     * there the test is skipped rather than failed.
     */
    async function untilShown(test: Mocha.Context, el: StatusIndicator, what: string): Promise<void> {
      try {
        await waitUntil(() => shown(el), what, KEY_WAIT);
      } catch (error) {
        if (firefox && !document.hasFocus()) test.skip();
        throw error;
      }
    }

    it('shows the tooltip on keyboard focus and hides it on Escape until focus moves on', async function () {
      const hidden = await createIndicator(down(), { attrs: { variant: 'dot' } });
      expect(shown(hidden), 'hidden at first').to.equal(false);
      const el = await tabbedTo();
      await untilShown(this, el, 'the tooltip did not show on focus');
      await press('Escape', indicator(el).link!);
      await waitUntil(() => !shown(el), 'Escape did not hide the tooltip', KEY_WAIT);
      // Focus moves on and comes back: it shows again.
      indicator(el).link!.blur();
      await el.updateComplete;
      (el.previousElementSibling as HTMLButtonElement).focus();
      await press('Tab', indicator(el).link!);
      await untilShown(this, el, 'the tooltip did not show again');
    });

    it('keeps its tooltip inside the viewport at the edges', async function () {
      for (const where of ['top: 0; right: 0', 'bottom: 0; left: 0']) {
        const el = await tabbedTo(`position: fixed; ${where}`);
        await untilShown(this, el, `${where}: the tooltip did not show`);
        const box = indicator(el).tooltip!.getBoundingClientRect();
        expect(box.left, `${where}: left`).to.be.at.least(0);
        expect(box.right, `${where}: right`).to.be.at.most(document.documentElement.clientWidth);
        expect(box.top, `${where}: top`).to.be.at.least(0);
        expect(box.bottom, `${where}: bottom`).to.be.at.most(innerHeight);
        indicator(el).link!.blur();
        el.parentElement!.remove();
      }
    });

    it('variant="badge": a pill with the name on its own background', async () => {
      const el = await createIndicator(down(), { attrs: { variant: 'badge' } });
      const plain = await createIndicator(down());
      expect(indicator(el).labelText).to.equal('Major outage');
      const base = fill(indicator(el).base!);
      expect(base.backgroundColor).not.to.equal(fill(indicator(plain).base!).backgroundColor);
      expect(parseFloat(base.borderTopLeftRadius)).to.be.greaterThan(
        indicator(el).base!.offsetHeight / 2 - 1,
      );
    });
  });

  describe('links', () => {
    it('links to the status page with rel=noopener noreferrer and the target from link-target', async () => {
      const el = await createIndicator(feed(), { attrs: { 'link-target': '_blank' } });
      const link = indicator(el).link!;
      expect(link.href).to.equal(PAGE_URL);
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      expect(link.contains(indicator(el).dot) && link.contains(indicator(el).label)).to.equal(true);
    });

    it('links to href instead when it is http(s), relative or absolute, and ignores anything else', async () => {
      for (const [href, expected] of [
        ['https://help.example.com/status', 'https://help.example.com/status'],
        ['/status', new URL('/status', document.baseURI).href],
        ['javascript:alert(1)', PAGE_URL],
        [' java\tscript:alert(1)', PAGE_URL],
        ['data:text/html,hi', PAGE_URL],
        ['', PAGE_URL],
      ]) {
        const el = await createIndicator(feed(), { attrs: { href: href! } });
        expect(indicator(el).link!.href, JSON.stringify(href)).to.equal(expected);
      }
    });

    it('links nowhere without a status page or an href', async () => {
      const el = await createIndicator(feed({ page: { url: undefined } }));
      expect(indicator(el).link).to.equal(null);
      expect(indicator(el).labelText).to.equal('All systems operational');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible in every state and variant (${theme}), with and without a link, and the error line`, async function () {
        this.timeout(30_000);
        const wrapper = mount(
          html`<div style=${theme === 'dark' ? 'background: #10141b; color: #e6eaf2' : ''}></div>`,
        );
        const all: StatusIndicator[] = [];
        for (const variant of ['text', 'dot', 'badge']) {
          for (const [name, parts] of STATES) {
            for (const linked of [true, false]) {
              const page = linked ? {} : { url: undefined };
              const el = document.createElement('status-indicator');
              el.id = `axe-${variant}-${name.replace(/\W+/g, '-')}-${linked ? 'link' : 'plain'}`;
              el.setAttribute('variant', variant);
              el.setAttribute('theme', theme);
              el.feed = asFeed(feed({ ...parts(), page }));
              wrapper.append(el);
              all.push(el);
            }
          }
        }
        const empty = document.createElement('status-indicator');
        wrapper.append(empty);
        const failing = document.createElement('status-indicator');
        failing.setAttribute('show-errors', '');
        failing.setAttribute('theme', theme);
        failing.interval = 0;
        failing.src = `/__feed/missing.json?id=${uid('axe-missing')}`;
        const failed = oneEvent(failing, 'status-error');
        wrapper.append(failing);
        await failed;
        all.push(failing, empty);
        await Promise.all(all.map((el) => el.updateComplete));
        expect(indicator(failing).labelText).to.equal('Service status is unavailable right now');
        await expect(wrapper).to.be.accessible();
        // With a tooltip showing.
        indicator(all.find((el) => el.variant === 'dot')!).link!.focus();
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('layout and styling', () => {
    it('takes no space before it knows its feed', async () => {
      const el = await createIndicator();
      const box = el.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([0, 0]);
    });

    it('puts the dot on the right of the name in right-to-left pages', async () => {
      const doc = feed({ incidents: [incident('i', 'major')] });
      const ltr = await createIndicator(doc);
      const rtl = await createIndicator(doc, { parent: { dir: 'rtl' } });
      expectSide(indicator(ltr).dot!, 'left', indicator(ltr).label!, 'left to right: the dot');
      expectSide(indicator(rtl).dot!, 'right', indicator(rtl).label!, 'right to left: the dot');
    });

    it('wraps a long name in a narrow place, the dot beside its first line, nothing outside', async () => {
      for (const [locale, variant] of [
        ['de', 'badge'],
        ['fr', 'text'],
        ['ja', 'badge'],
        ['hi', 'text'],
      ] as const) {
        const el = await createIndicator(feed(), {
          attrs: { locale, variant },
          parent: { style: 'width: 150px' },
        });
        expectInside(indicator(el).base!, el.parentElement!, `${locale}: the indicator`);
        const label = indicator(el).label!;
        const lineHeight = parseFloat(fill(label).lineHeight);
        expect(label.getBoundingClientRect().height, `${locale}: the name wraps`).to.be.greaterThan(
          1.5 * lineHeight,
        );
        expectSameRows(indicator(el).dot!, glyph(label, 0), `${locale}: the dot beside the first line`);
      }
    });

    it('takes colours from --status-* properties and exposes ::part', async () => {
      const wrapper = mount(html`
        <div>
          <style>
            .themed {
              --status-critical-dot: rgb(1, 2, 3);
              --status-critical-bg: rgb(4, 5, 6);
              --status-critical-fg: rgb(250, 251, 252);
            }
            .themed::part(label) {
              text-transform: uppercase;
            }
          </style>
          <status-indicator
            class="themed"
            variant="badge"
            .feed=${feed({ incidents: [incident('i', 'critical')] })}
          ></status-indicator>
        </div>
      `);
      const el = wrapper.querySelector('status-indicator')!;
      await el.updateComplete;
      expect(dotColour(el)).to.equal('rgb(1, 2, 3)');
      expect(fill(indicator(el).base!).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(fill(indicator(el).base!).color).to.equal('rgb(250, 251, 252)');
      expect(fill(indicator(el).label!).textTransform).to.equal('uppercase');
    });

    it('has a dark theme for the dot and the pill', async () => {
      const doc = feed({ incidents: [incident('i', 'major')] });
      const light = await createIndicator(doc, { attrs: { variant: 'badge' } });
      const dark = await createIndicator(doc, { attrs: { variant: 'badge', theme: 'dark' } });
      expect(dotColour(dark)).not.to.equal(dotColour(light));
      expect(fill(indicator(dark).base!).backgroundColor).not.to.equal(
        fill(indicator(light).base!).backgroundColor,
      );
    });

    it('follows the operating system with theme="auto"', async function () {
      await expectAutoTheme(
        this,
        (attrs) =>
          createIndicator(feed({ incidents: [incident('i', 'major')] }), {
            attrs: { ...attrs, variant: 'badge' },
          }),
        (el) => [fill(indicator(el).base!).backgroundColor, dotColour(el)],
      );
    });

    it('has a forced-colors rule in its stylesheet', () => {
      const css = styles.map((sheet) => sheet.cssText).join('\n');
      expect(css).to.match(/@media\s*\(forced-colors:\s*active\)/);
      expect(css).to.match(/forced-colors[\s\S]*CanvasText/);
    });

    it('uses system colours in forced-colors mode: the dot, its mark, the pill and the link', async function () {
      // Emulated in Chromium and Firefox; WebKit over WebDriver cannot emulate it and skips.
      await emulating(this, { forcedColors: 'active' }, async () => {
        const [canvasText, canvas, linkText] = ['CanvasText', 'Canvas', 'LinkText'].map(systemColour);
        for (const theme of ['light', 'dark']) {
          const doc = feed({ incidents: [incident('i', 'critical')] });
          const badge = await createIndicator(doc, { attrs: { theme, variant: 'badge' } });
          expectSystemBox(indicator(badge).base!, `${theme}: the pill`);
          expect(dotColour(badge), `${theme}: the dot`).to.equal(canvasText);
          const dot = await createIndicator(doc, { attrs: { theme, variant: 'dot' } });
          expect(fill(indicator(dot).dot!.querySelector('path')!).stroke, `${theme}: the mark`).to.equal(
            canvas,
          );
          const plain = await createIndicator(doc, { attrs: { theme } });
          expect(fill(indicator(plain).link!).color, `${theme}: the link`).to.equal(linkText);
        }
      });
    });
  });

  describe('languages', () => {
    for (const locale of SUPPORTED_LOCALES) {
      it(`speaks ${locale}`, async () => {
        const words = LANGUAGES[locale];
        const el = await createIndicator(feed(), { attrs: { locale } });
        // The element waited for its language: the first render is in it.
        expect(indicator(el).labelText).to.equal(words.indicator.operational);
        const expected: [FeedParts, string][] = [
          [{ incidents: [incident('i', 'minor')] }, words.indicator.degraded],
          [{ incidents: [incident('i', 'major')] }, words.indicator.partialOutage],
          [{ incidents: [incident('i', 'critical')] }, words.indicator.majorOutage],
          [{ maintenances: [maintenance('m', -HOUR)] }, words.common.maintenance],
        ];
        for (const [parts, label] of expected) {
          el.feed = feed(parts);
          await el.updateComplete;
          expect(indicator(el).labelText).to.equal(label);
          const sentence = words.indicator.label.replace('{state}', label);
          expect(indicator(el).name).to.equal(sentence);
          // (White space folded, as text() reads it: French puts a narrow no-break space before the colon.)
          expect(indicator(el).announcerText).to.equal(sentence.replace(/\s+/g, ' '));
        }
        el.variant = 'dot';
        await el.updateComplete;
        expect(indicator(el).tooltipText).to.equal(indicator(el).name.replace(/\s+/g, ' '));
        expect(`${el.shadowRoot!.textContent} ${indicator(el).name}`).not.to.match(/\{\w+\}/);
      });
    }

    it('takes the language from the nearest lang attribute', async () => {
      const el = await createIndicator(feed(), { parent: { lang: 'fr' } });
      expect(indicator(el).labelText).to.equal(indicatorStrings('fr').operational);
    });

    it('lets the strings property override any built-in string', async () => {
      const el = await createIndicator(feed({ incidents: [incident('i', 'critical')] }), {
        props: { strings: { majorOutage: 'Everything is down', label: 'Northwind: {state}' } },
      });
      expect(indicator(el).labelText).to.equal('Everything is down');
      expect(indicator(el).name).to.equal('Northwind: Everything is down');
      el.feed = feed({ maintenances: [maintenance('m', -HOUR)] });
      el.strings = { maintenance: 'Planned work', label: 'no placeholder' };
      await el.updateComplete;
      expect(indicator(el).labelText).to.equal('Planned work');
      expect(indicator(el).name).to.equal('no placeholder');
    });

    it('reads its name in content when it links nowhere: the sentence around the visible name', async () => {
      const el = await createIndicator(
        feed({ page: { url: undefined }, incidents: [incident('i', 'major')] }),
      );
      expect(indicator(el).shownText).to.equal('Service status: Partial outage');
      expect(indicator(el).labelText).to.equal('Partial outage');
    });
  });

  describe('feeds from the network', () => {
    it('shows nothing while a failing src has never delivered a feed', async () => {
      const el = document.createElement('status-indicator');
      el.interval = 0;
      el.src = `/__feed/missing.json?id=${uid('missing')}`;
      const failed = oneEvent(el, 'status-error');
      await fixture(html`${el}`);
      expect((await failed).detail.kind).to.equal('http');
      await el.updateComplete;
      expect(indicator(el).shownText).to.equal('');
      expect(el.getBoundingClientRect().width).to.equal(0);
      expect(indicator(el).announcer).to.exist;
    });

    it('shows a short line instead with show-errors, in every variant', async () => {
      for (const variant of ['text', 'dot', 'badge']) {
        const el = document.createElement('status-indicator');
        el.interval = 0;
        el.showErrors = true;
        el.variant = variant as StatusIndicator['variant'];
        el.src = `/__feed/missing.json?id=${uid('missing-shown')}`;
        const failed = oneEvent(el, 'status-error');
        await fixture(html`${el}`);
        await failed;
        await el.updateComplete;
        const sentence = 'Service status is unavailable right now';
        if (variant === 'dot') expect(indicator(el).name).to.equal(sentence);
        else expect(indicator(el).labelText).to.equal(sentence);
        expect(indicator(el).dot).to.exist;
      }
    });
  });
});
