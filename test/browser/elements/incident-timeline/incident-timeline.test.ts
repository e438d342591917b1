// <incident-timeline> in a real browser: which items show and in what order (active first, the
// `days` window, filters, `incident`, `include-maintenance`, `limit` pages), what each shows
// (badge, status, components, regions, times in a named zone, duration, link, heading level),
// the updates (order, time, text as paragraphs with links and never HTML, collapsing by
// keyboard), live updates (keyed: existing nodes survive; one polite announcement; events),
// the empty and error states, a 500-incident feed, axe in both themes, layout (forced colors,
// reduced motion, theme="auto") and languages.
// Most feeds are built relative to the test clock's now (kit/feeds.ts), the device clock unless
// a test stops it (kit/clock.ts); the example feed's tests stop it at 2026-11-25 12:05 UTC (the
// feeds' "today"), the ticking tests move it instead of waiting.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/elements/incident-timeline/define.js';
import type { IncidentTimeline } from '../../../../src/elements/incident-timeline/incident-timeline.js';
import { styles } from '../../../../src/elements/incident-timeline/incident-timeline.styles.js';
import { timelineStrings } from '../../../../src/i18n/timeline-strings.js';
import { SUPPORTED_LOCALES } from '../../../../src/i18n/locale.js';
import { pick, timeStrings } from '../../../../src/i18n/strings.js';
import { formatDuration, formatInstant } from '../../../../src/time/format.js';
import { loadJson } from '../../kit/parse.js';
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
  skipAnimations,
  systemColour,
  text,
  uid,
} from '../../kit/elements.js';
import { advance, now, scheduled, setClock } from '../../kit/clock.js';
import {
  DAY,
  feed,
  HOUR,
  incident,
  iso,
  maintenance,
  MINUTE,
  update,
  updates,
  type UpdateDoc,
  asFeed,
} from '../../kit/feeds.js';
import { card, createTimeline, timeline } from '../../kit/harness.js';
import { expectInside, expectLeftToRight, expectSide, glyph } from '../../kit/layout.js';
import { LANGUAGES } from '../../kit/languages.js';

/** The example feeds' "today" (their page's updatedAt). */
const FEED_NOW = Date.parse('2026-11-25T12:05:00Z');
const REFERENCE_ID = 'inc-2026-11-19-in-sdk-ingestion';
/** Where the tests that move the clock stop it first. */
const NOW = Date.parse('2026-06-01T12:00:00Z');

describe('<incident-timeline>', () => {
  describe('which items, in which order', () => {
    it('shows active incidents first (newest first), then resolved ones newest first', async () => {
      const el = await createTimeline(
        feed({
          incidents: [
            incident('old', 'minor', { ago: 20 * DAY, lasted: HOUR }),
            incident('active-old', 'minor', { ago: 5 * HOUR }),
            incident('recent', 'critical', { ago: 2 * DAY, lasted: HOUR }),
            incident('active-new', 'major', { ago: HOUR }),
          ],
        }),
      );
      expect(timeline(el).titles).to.deep.equal([
        'Incident active-new',
        'Incident active-old',
        'Incident recent',
        'Incident old',
      ]);
    });

    it('keeps resolved incidents within `days` (90 by default)', async () => {
      const doc = feed({
        incidents: [
          incident('a', 'minor', { ago: 10 * DAY, lasted: HOUR }),
          incident('b', 'minor', { ago: 60 * DAY, lasted: HOUR }),
          incident('c', 'minor', { ago: 100 * DAY, lasted: HOUR }),
        ],
      });
      expect(timeline(await createTimeline(doc)).titles).to.deep.equal(['Incident a', 'Incident b']);
      const el = await createTimeline(doc, { attrs: { days: '30' } });
      expect(timeline(el).titles).to.deep.equal(['Incident a']);
      el.days = 365;
      await el.updateComplete;
      expect(timeline(el).titles).to.have.length(3);
    });

    it('shows one incident with `incident`, whatever its age', async () => {
      const el = await createTimeline(
        feed({
          incidents: [incident('x', 'major'), incident('ancient', 'minor', { ago: 400 * DAY, lasted: HOUR })],
        }),
        { attrs: { incident: 'ancient' } },
      );
      expect(timeline(el).titles).to.deep.equal(['Incident ancient']);
      el.incident = 'nope';
      await el.updateComplete;
      expect(timeline(el).incidents).to.have.length(0);
    });

    for (const [attr, value, expected] of [
      ['components', 'web', ['Incident web-us']],
      ['components', 'public api', ['Incident api-eu']],
      ['regions', 'United States', ['Incident web-us']],
      ['regions', 'eu, us', ['Incident web-us', 'Incident api-eu']],
    ] as const) {
      it(`filters with ${attr}="${value}"`, async () => {
        const el = await createTimeline(
          feed({
            incidents: [
              incident('api-eu', 'minor', { ago: 3 * DAY, lasted: HOUR }),
              incident('web-us', 'major', {
                ago: 2 * DAY,
                lasted: HOUR,
                components: ['web'],
                regions: ['us'],
              }),
            ],
          }),
          { attrs: { [attr]: value } },
        );
        expect(timeline(el).titles).to.deep.equal([...expected]);
      });
    }

    it('adds maintenance in progress and completed windows with include-maintenance', async () => {
      const doc = feed({
        incidents: [incident('active', 'minor'), incident('done', 'minor', { ago: 3 * DAY, lasted: HOUR })],
        maintenances: [
          maintenance('running', -HOUR, 2),
          maintenance('finished', -2 * DAY, 1, { status: 'completed' }),
          maintenance('upcoming', DAY, 1),
          maintenance('cancelled', -DAY, 1, { status: 'cancelled' }),
        ],
      });
      expect(timeline(await createTimeline(doc)).titles).to.deep.equal(['Incident active', 'Incident done']);
      const el = await createTimeline(doc, { attrs: { 'include-maintenance': '' } });
      expect(timeline(el).titles).to.deep.equal([
        'Incident active',
        'Maintenance running',
        'Maintenance finished',
        'Incident done',
      ]);
      expect(timeline(el).card('Maintenance running').badgeText).to.equal('Maintenance in progress');
      expect(timeline(el).card('Maintenance finished').badgeText).to.equal('Maintenance');
      expect(timeline(el).card('Maintenance finished').statusText).to.equal('Completed');
      expect(timeline(el).card('Maintenance finished').durationText).to.equal(
        `Lasted ${formatDuration(60, 'en')}`,
      );
    });

    it('shows `limit` items and reveals the next page with "Show N more"', async () => {
      const doc = feed({
        incidents: Array.from({ length: 7 }, (_, i) =>
          incident(`i${i}`, 'minor', { ago: (i + 1) * DAY, lasted: HOUR }),
        ),
      });
      const el = await createTimeline(doc, { attrs: { limit: '3' } });
      expect(timeline(el).titles).to.deep.equal(['Incident i0', 'Incident i1', 'Incident i2']);
      const more = timeline(el).more!;
      expect(more.localName).to.equal('button');
      expect(text(more)).to.equal('Show 3 more');
      const kept = timeline(el).card(0).element;
      more.click();
      await el.updateComplete;
      expect(timeline(el).titles).to.have.length(6);
      expect(timeline(el).card(0).element, 'the first page is not re-created').to.equal(kept);
      expect(timeline(el).moreText).to.equal('Show 1 more');
      timeline(el).more!.click();
      await el.updateComplete;
      expect(timeline(el).titles).to.have.length(7);
      expect(timeline(el).more).to.equal(null);
      // Ten by default.
      expect(
        timeline(
          await createTimeline(
            feed({ incidents: Array.from({ length: 12 }, (_, i) => incident(`d${i}`, 'minor')) }),
          ),
        ).incidents,
      ).to.have.length(10);
    });

    it('moves focus to the first item revealed when "Show more" reveals the last page', async () => {
      const doc = feed({
        incidents: Array.from({ length: 5 }, (_, i) =>
          incident(`f${i}`, 'minor', { ago: (i + 1) * DAY, lasted: HOUR }),
        ),
      });
      const el = await createTimeline(doc, { attrs: { limit: '2' } });
      const more = () => timeline(el).more;
      more()!.focus();
      expect(el.shadowRoot!.activeElement).to.equal(more());
      await press('Enter', more()!);
      await waitUntil(
        () => timeline(el).incidents.length === 4,
        'Enter did not reveal the next page',
        KEY_WAIT,
      );
      // More remains: focus stays on the button.
      expect(el.shadowRoot!.activeElement, 'focus stays on "Show more"').to.equal(more());
      await press('Enter', more()!);
      await waitUntil(
        () => timeline(el).incidents.length === 5,
        'Enter did not reveal the last page',
        KEY_WAIT,
      );
      expect(more()).to.equal(null);
      const revealed = timeline(el).card('Incident f4').element;
      await waitUntil(
        () => el.shadowRoot!.activeElement === revealed,
        'focus did not move to the first item revealed',
        KEY_WAIT,
      );
      // Focusable from script only: not in the tab order.
      expect(timeline(el).incidents.every((c) => c.tabIndex === -1)).to.equal(true);
    });
  });

  describe('each incident', () => {
    it('shows a badge with icon and text, title, status, components, regions and a link', async () => {
      const url = 'https://status.example.com/incidents/7';
      const el = await createTimeline(
        feed({
          incidents: [
            incident('c', 'critical', { url, components: ['api', 'web'], regions: ['eu', 'us'] }),
            incident('n', 'none', { ago: 2 * HOUR }),
          ],
        }),
        { attrs: { 'link-target': '_blank' } },
      );
      const first = timeline(el).card(0).element;
      expect(card(first).badgeText).to.equal('Critical outage');
      const icon = $(first, '[part="badge"] [part="icon"]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(card(first).statusText).to.equal('Investigating');
      expect(card(first).facts).to.include({
        Affected: 'Public API and Dashboard',
        Regions: 'Europe and United States',
      });
      const link = card(first).link!;
      expect(link.href).to.equal(url);
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      expect(timeline(el).card(1).badgeText).to.equal('No impact');
      expect(timeline(el).card(1).link).to.equal(null);
    });

    it('makes each title a heading at heading-level (2 by default, clamped to 1–6)', async () => {
      const el = await createTimeline(feed({ incidents: [incident('h', 'minor')] }));
      const heading = () => $(el, '[role="heading"]')!;
      expect(heading().getAttribute('aria-level')).to.equal('2');
      expect(text(heading())).to.equal('Incident h');
      for (const [value, level] of [
        ['4', '4'],
        ['9', '6'],
        ['0', '1'],
        ['x', '2'],
      ]) {
        el.setAttribute('heading-level', value!);
        await el.updateComplete;
        expect(heading().getAttribute('aria-level'), value).to.equal(level);
      }
      // The items are a list, the updates an ordered list.
      expect($(el, 'ul[part="list"] > li[part="incident"]')).to.exist;
      expect($(el, 'ol[part="updates"] > li[part="update"]')).to.exist;
    });

    it('shows "Ongoing for …" for an active incident, ticking without re-rendering', async () => {
      // 2 h 10 min minus 1.5 s ago, on the stopped test clock: reads 2 h 9 min, and 2 h 10 min
      // 1.5 s later, not a millisecond before.
      setClock(NOW);
      const el = await createTimeline(
        feed({ incidents: [incident('live', 'major', { ago: 130 * MINUTE - 1500 })] }),
        {
          attrs: { locale: 'en' },
        },
      );
      const duration = timeline(el).duration!;
      expect(text(duration)).to.equal(`Ongoing for ${formatDuration(129, 'en')}`);
      let renders = 0;
      const target = el as unknown as { render(): unknown };
      const original = target.render.bind(el);
      target.render = () => {
        renders++;
        return original();
      };
      expect(scheduled(), 'a tick at the minute').to.include(NOW + 1500);
      await advance(1499);
      expect(text(duration), 'a millisecond before the minute').to.equal(
        `Ongoing for ${formatDuration(129, 'en')}`,
      );
      await advance(1);
      expect(text(duration), 'the duration never ticked').to.equal(
        `Ongoing for ${formatDuration(130, 'en')}`,
      );
      expect(renders).to.equal(0);
      expect(timeline(el).announcer!.contains(duration)).to.equal(false);
    });

    it('renders hostile titles and update text as text', async () => {
      const hostile =
        '<img src=x onerror="window.__timelinePwned=1"><script>window.__timelinePwned=2</script>';
      const el = await createTimeline(
        feed({
          incidents: [
            incident('x', 'major', {
              title: hostile,
              updates: [update(now() - MINUTE, 'identified', hostile)],
            }),
          ],
        }),
      );
      await settle();
      expect(timeline(el).titles).to.deep.equal([hostile]);
      expect(timeline(el).updateBodies).to.deep.equal([hostile]);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'script')).to.equal(null);
      expect((window as unknown as { __timelinePwned?: number }).__timelinePwned).to.equal(undefined);
    });
  });

  describe('a resolved incident without resolvedAt', () => {
    it('ends at its latest update: "Lasted 2 hr" and that time as Resolved, 45 days later', async () => {
      const start = FEED_NOW - 45 * DAY;
      setClock(FEED_NOW);
      const el = await createTimeline(
        feed({
          incidents: [
            incident('no-resolved-at', 'major', {
              title: 'Reports delayed',
              status: 'resolved',
              startedAt: start,
              updates: [
                update(start + 2 * HOUR, 'postmortem', 'What happened.'),
                update(start + 10 * MINUTE, 'investigating', 'Looking into it.'),
              ],
            }),
          ],
        }),
        { attrs: { locale: 'en-US', 'time-zone': 'UTC' } },
      );
      expect(timeline(el).titles).to.deep.equal(['Reports delayed']);
      expect(timeline(el).durationText).to.equal(`Lasted ${formatDuration(120, 'en-US')}`);
      expect(timeline(el).durationText).to.equal('Lasted 2 hr');
      expect(timeline(el).facts.Resolved).to.equal(
        formatInstant(start + 2 * HOUR, { locale: 'en-US', timeZone: 'UTC' }),
      );
    });
  });

  describe('the example feed at its "today" (2026-11-25 12:05 UTC)', () => {
    let doc: unknown;
    before(async () => {
      doc = await loadJson('/demo/feeds/incident-history.json');
    });
    // The clock goes back to the device clock after every test (kit/clock.ts).
    beforeEach(() => setClock(FEED_NOW));

    it('renders the reference-shaped incident: every update, and "lasted 7 h 45 min"', async () => {
      const el = await createTimeline(doc, {
        attrs: { incident: REFERENCE_ID, locale: 'en-US', 'time-zone': 'UTC' },
      });
      expect(timeline(el).titles).to.deep.equal([
        'SDK events are not arriving from the India collection endpoint',
      ]);
      expect(timeline(el).badgeText).to.equal('Major outage');
      expect(timeline(el).statusText).to.equal('Resolved');
      expect(timeline(el).durationText).to.equal(`Lasted ${formatDuration(465, 'en-US')}`);
      expect(timeline(el).durationText).to.match(/^Lasted 7 hr,? 45 min$/);
      expect(timeline(el).facts).to.include({
        Affected: 'SDK event collection and Journeys & triggered messages',
        Regions: 'India (Mumbai)',
      });

      // One named incident: its whole timeline at once ("the full update timeline is below"),
      // with nothing to expand.
      expect(timeline(el).toggle, 'no toggle').to.equal(null);
      const statuses = $$(el, '[part="update-status"]').map(text);
      expect(statuses).to.deep.equal([
        'Resolved',
        'Monitoring',
        'Identified',
        'Investigating',
        'Investigating',
        'Investigating',
        'Investigating',
        'Investigating',
        'Investigating',
      ]);
      const times = $$(el, '[part="update-time"]');
      expect(text(times[0])).to.equal('Thu, Nov 19, 11:16 AM UTC');
      expect(text(times[8])).to.equal('Thu, Nov 19, 3:31 AM UTC');
      expect(times[0]!.getAttribute('datetime')).to.equal('2026-11-19T11:16:00.000Z');
      expect(text($(el, '[part="update-relative"]'))).to.equal('6 days ago');
      // The resolved update links its review.
      const review = $<HTMLAnchorElement>(el, '[part="update-body"] a')!;
      expect(review.href).to.equal('https://status.tidewaterpulse.example/reviews/2026-11-19');
      expect(text(review)).to.equal('https://status.tidewaterpulse.example/reviews/2026-11-19');
    });

    it('names the zone: Asia/Kolkata', async () => {
      const el = await createTimeline(doc, {
        attrs: { incident: REFERENCE_ID, locale: 'en-US', 'time-zone': 'Asia/Kolkata' },
      });
      // 03:31 UTC is 09:01 in India (UTC+5:30), 11:16 UTC is 16:46.
      expect(timeline(el).facts.Started).to.match(/^Thu, Nov 19, 9:01 AM (GMT\+5:30|IST)$/);
      expect(timeline(el).facts.Resolved).to.match(/^Thu, Nov 19, 4:46 PM (GMT\+5:30|IST)$/);
      expect(text($(el, '[part="update-time"]'))).to.equal(
        formatInstant(Date.parse('2026-11-19T11:16:00Z'), { locale: 'en-US', timeZone: 'Asia/Kolkata' }),
      );
    });

    it('names the zone: America/Los_Angeles (the day before, PST)', async () => {
      const el = await createTimeline(doc, {
        attrs: { incident: REFERENCE_ID, locale: 'en-US', 'time-zone': 'America/Los_Angeles' },
      });
      expect(timeline(el).facts).to.include({
        Started: 'Wed, Nov 18, 7:31 PM PST',
        Resolved: 'Thu, Nov 19, 3:16 AM PST',
      });
      expect(timeline(el).durationText).to.equal(`Lasted ${formatDuration(465, 'en-US')}`);
    });

    it('shows the 90-day history: the active incident first, then 7 resolved, not the older one', async () => {
      const el = await createTimeline(doc, { attrs: { locale: 'en-US', 'time-zone': 'UTC' } });
      expect(timeline(el).titles).to.deep.equal([
        'Push notifications to Android devices are delayed',
        'SDK events are not arriving from the India collection endpoint',
        'Email sending slowed for workspaces in Australia',
        'Dashboard and sign-in unavailable',
        'Help center search shows outdated articles',
        'Outbound webhooks delayed in the United States',
        'Scheduled report exports arriving late',
        'Imports from cloud buckets paused',
      ]);
      const active = timeline(el).card(0).element;
      expect(card(active).statusText).to.equal('Identified');
      // Started 10:40 UTC, the clock says 12:05: 1 h 25 min.
      expect(card(active).durationText).to.equal(`Ongoing for ${formatDuration(85, 'en-US')}`);
      // The region-scoped incident names its region.
      expect(timeline(el).card('Email sending slowed for workspaces in Australia').facts.Regions).to.equal(
        'Australia (Sydney)',
      );
      // With include-maintenance the completed drill joins the history, the cancelled window does not.
      el.includeMaintenance = true;
      await el.updateComplete;
      expect(timeline(el).titles).to.include('Events API database failover drill');
      expect(timeline(el).titles).not.to.include('Mumbai network upgrade');
      el.days = 120;
      await el.updateComplete;
      expect(timeline(el).titles).to.include('Management API applying the wrong rate limits');
    });
  });

  describe('updates', () => {
    it('lists updates newest first, or oldest first with order="oldest-first"', async () => {
      const doc = feed({ incidents: [incident('i', 'major', { updates: updates(3) })] });
      expect(timeline(await createTimeline(doc)).updateBodies).to.deep.equal([
        'Update number 3.',
        'Update number 2.',
        'Update number 1.',
      ]);
      const el = await createTimeline(doc, { attrs: { order: 'oldest-first' } });
      expect(timeline(el).updateBodies).to.deep.equal([
        'Update number 1.',
        'Update number 2.',
        'Update number 3.',
      ]);
    });

    it('shows each update with its status, absolute time (zone named) and relative time', async () => {
      const at = now() - 3 * HOUR;
      const el = await createTimeline(
        feed({ incidents: [incident('i', 'major', { updates: [update(at, 'identified', 'Found it.')] })] }),
        { attrs: { locale: 'en-US', 'time-zone': 'Europe/Berlin' } },
      );
      const entry = $(el, '[part="update"]')!;
      expect(text($(entry, '[part="update-status"]'))).to.equal('Identified');
      expect(text($(entry, '[part="update-time"]'))).to.equal(
        formatInstant(at, { locale: 'en-US', timeZone: 'Europe/Berlin' }),
      );
      expect(text($(entry, '[part="update-time"]'))).to.match(/GMT\+1|GMT\+2|CET|CEST/);
      expect(text($(entry, '[part="update-relative"]'))).to.equal('3 hours ago');
    });

    it('renders text as paragraphs with http(s) links, and HTML as text', async () => {
      const body =
        'First paragraph, see https://example.com/a.\n\nSecond <b>bold</b> <script>x()</script> and javascript:alert(1) and (https://example.com/b).';
      const el = await createTimeline(
        feed({
          incidents: [incident('i', 'major', { updates: [update(now(), 'update', body)] })],
        }),
        { attrs: { 'link-target': '_blank' } },
      );
      const paragraphs = $$(el, '[part="update-body"] p');
      expect(paragraphs.map(text)).to.deep.equal([
        'First paragraph, see https://example.com/a.',
        'Second <b>bold</b> <script>x()</script> and javascript:alert(1) and (https://example.com/b).',
      ]);
      const links = $$<HTMLAnchorElement>(el, '[part="update-body"] a');
      expect(links.map((a) => a.href)).to.deep.equal(['https://example.com/a', 'https://example.com/b']);
      expect(links.every((a) => a.rel === 'noopener noreferrer' && a.target === '_blank')).to.equal(true);
      expect($(el, '[part="update-body"] b')).to.equal(null);
      expect($(el, '[part="update-body"] script')).to.equal(null);
    });

    it('collapses after the latest 3 and expands and collapses by keyboard', async () => {
      const wrapper = mount(
        html`<div>
          <button id="before">Before</button>
          <incident-timeline
            .feed=${feed({ incidents: [incident('i', 'major', { updates: updates(7) })] })}
          ></incident-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('incident-timeline')!;
      await el.updateComplete;
      const toggle = timeline(el).toggle!;
      const list = timeline(el).part('updates')!;
      expect(timeline(el).updateBodies).to.deep.equal([
        'Update number 7.',
        'Update number 6.',
        'Update number 5.',
      ]);
      expect(text(toggle)).to.equal('Show all 7 updates');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(list.id);
      expect(el.shadowRoot!.getElementById(list.id)).to.equal(list);

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await press('Tab', toggle);
      await waitUntil(
        () => el.shadowRoot!.activeElement === toggle,
        'Tab did not reach the toggle',
        KEY_WAIT,
      );
      await press('Enter', toggle);
      await waitUntil(() => timeline(el).updateBodies.length === 7, 'Enter did not expand', KEY_WAIT);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Show fewer updates');
      expect(el.shadowRoot!.activeElement, 'focus stays on the toggle').to.equal(toggle);
      await press(' ', toggle);
      await waitUntil(() => timeline(el).updateBodies.length === 3, 'Space did not collapse', KEY_WAIT);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('has no toggle for 3 updates or fewer', async () => {
      const el = await createTimeline(feed({ incidents: [incident('i', 'major', { updates: updates(3) })] }));
      expect(timeline(el).toggle).to.equal(null);
    });

    it('tells apart updates with the same time and status, and keeps their nodes when one is prepended', async () => {
      const at = iso(now() - HOUR);
      const twin = (body: string): UpdateDoc => ({ at, status: 'investigating', body });
      const base = incident('twins', 'major', {
        title: 'Twins',
        updates: [twin('First twin.'), twin('Second twin.')],
      });
      const el = await createTimeline(feed({ incidents: [base] }));
      await settle();
      expect(timeline(el).updateBodies).to.deep.equal(['First twin.', 'Second twin.']);
      const before = timeline(el).updates;
      expect(before).to.have.length(2);

      // A third one, listed first: same time, same status.
      el.feed = feed({
        incidents: [{ ...base, updates: [twin('Third twin.'), twin('First twin.'), twin('Second twin.')] }],
      });
      await el.updateComplete;
      await settle();
      let nodes = timeline(el).updates;
      expect(timeline(el).updateBodies).to.deep.equal(['Third twin.', 'First twin.', 'Second twin.']);
      expect(nodes.slice(1), 'the existing nodes are kept').to.deep.equal(before);
      expect(before.every((node) => node.isConnected)).to.equal(true);
      expect(text(timeline(el).announcer), 'and it is new').to.equal('Update on Twins: Investigating');

      // A later one, shown oldest first: the latest three show, the nodes of those kept.
      const later: UpdateDoc = update(now() - MINUTE, 'identified', 'Later.');
      const [third, first] = nodes;
      el.order = 'oldest-first';
      el.feed = feed({
        incidents: [
          { ...base, updates: [later, twin('Third twin.'), twin('First twin.'), twin('Second twin.')] },
        ],
      });
      await el.updateComplete;
      nodes = timeline(el).updates;
      expect(timeline(el).updateBodies).to.deep.equal(['First twin.', 'Third twin.', 'Later.']);
      expect(nodes.slice(0, 2), 'kept in oldest-first order').to.deep.equal([first, third]);
    });
  });

  describe('live updates', () => {
    it('inserts a new update at the top, keeps every existing node, announces it once', async () => {
      const start = now() - HOUR;
      const first: UpdateDoc = update(start, 'investigating', 'Looking.');
      const second: UpdateDoc = {
        at: iso(start + 10 * MINUTE),
        status: 'investigating',
        body: 'Still looking.',
      };
      const base = incident('live', 'major', { title: 'Checkout errors', updates: [second, first] });
      const other = incident('other', 'minor', { ago: 2 * DAY, lasted: HOUR });
      const el = await createTimeline(feed({ incidents: [base, other] }));
      await settle();
      expect(timeline(el).announcer).to.exist;
      expect(text(timeline(el).announcer), 'nothing announced on load').to.equal('');
      const cardNode = timeline(el).card(0).element;
      const otherNode = timeline(el).card(1).element;
      const titleNode = card(cardNode).title;
      const updateNodes = card(cardNode).updates;
      const changes = recordChanges(el);

      const third: UpdateDoc = update(start + 30 * MINUTE, 'identified', 'Found it.');
      el.feed = feed({
        incidents: [{ ...base, status: 'identified', updates: [third, second, first] }, other],
      });
      await el.updateComplete;
      await settle();

      const nodes = card(cardNode).updates;
      expect(nodes).to.have.length(3);
      expect(card(cardNode).updateBodies).to.deep.equal(['Found it.', 'Still looking.', 'Looking.']);
      expect(nodes.slice(1)).to.deep.equal(updateNodes);
      expect(nodes[1]).to.equal(updateNodes[0]);
      expect(nodes[2]).to.equal(updateNodes[1]);
      expect(timeline(el).card(0).element).to.equal(cardNode);
      expect(timeline(el).card(1).element).to.equal(otherNode);
      expect(card(cardNode).title).to.equal(titleNode);
      expect(card(cardNode).statusText).to.equal('Identified');

      expect(text(timeline(el).announcer)).to.equal('Update on Checkout errors: Identified');
      expect(timeline(el).announcer!.getAttribute('role')).to.equal('status');
      expect(timeline(el).announcer!.querySelector('[part="duration"], [part="update-relative"]')).to.equal(
        null,
      );
      expect(changes).to.have.length(1);
      expect(changes[0]!.kind).to.equal('incident');
      expect(changes[0]!.phase).to.equal('active');
      expect(changes[0]!.item?.id).to.equal('live');
      expect(changes[0]!.update).to.deep.equal({
        at: Date.parse(third.at),
        status: 'identified',
        body: 'Found it.',
      });

      // The same feed again (a poll): nothing fires, nothing new is said.
      el.feed = JSON.parse(
        JSON.stringify(
          feed({ incidents: [{ ...base, status: 'identified', updates: [third, second, first] }, other] }),
        ),
      );
      await el.updateComplete;
      await settle();
      expect(changes).to.have.length(1);
    });

    it('fires status-change when the set of items changes, not for an empty first render', async () => {
      const el = await createTimeline();
      const changes = recordChanges(el);
      el.feed = feed();
      await el.updateComplete;
      await settle();
      expect(changes, 'an empty feed on an empty element').to.deep.equal([]);
      el.feed = feed({ incidents: [incident('new', 'critical')] });
      await el.updateComplete;
      await settle();
      expect(changes).to.have.length(1);
      expect(changes[0]).to.include({ kind: 'incident', phase: 'active' });
      expect(changes[0]!.item?.id).to.equal('new');
      expect(text(timeline(el).announcer)).to.equal('Update on Incident new: Investigating');
      el.feed = feed();
      await el.updateComplete;
      await settle();
      expect(changes[1]).to.deep.equal({ item: undefined, kind: undefined, phase: undefined });
    });

    it('announces a second update with the same status again: a new text node each time', async () => {
      const start = now() - HOUR;
      const at = (minutes: number, body: string): UpdateDoc => ({
        at: iso(start + minutes * MINUTE),
        status: 'investigating',
        body,
      });
      const base = incident('same', 'major', { title: 'Slow API', updates: [at(0, 'One.')] });
      const el = await createTimeline(feed({ incidents: [base] }));
      await settle();
      const changes = recordChanges(el);
      const spoken = () =>
        [...timeline(el).announcer!.childNodes].find(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
        );

      el.feed = feed({ incidents: [{ ...base, updates: [at(10, 'Two.'), at(0, 'One.')] }] });
      await el.updateComplete;
      await settle();
      expect(text(timeline(el).announcer)).to.equal('Update on Slow API: Investigating');
      const first = spoken();
      expect(first).to.exist;

      el.feed = feed({
        incidents: [{ ...base, updates: [at(20, 'Three.'), at(10, 'Two.'), at(0, 'One.')] }],
      });
      await el.updateComplete;
      await settle();
      expect(text(timeline(el).announcer)).to.equal('Update on Slow API: Investigating');
      const second = spoken();
      expect(second).to.exist;
      expect(second, 'a fresh text node: said again').not.to.equal(first);
      expect(first!.isConnected).to.equal(false);
      expect(changes.map((c) => c.update?.body)).to.deep.equal(['Two.', 'Three.']);

      // A re-render without a new update says nothing new.
      el.requestUpdate();
      await el.updateComplete;
      expect(spoken()).to.equal(second);
    });

    it('announces and reports new updates only on the items shown; "Show more" reports nothing', async () => {
      const a = incident('a', 'major', { title: 'Shown' });
      const b = incident('b', 'minor', { ago: DAY, lasted: HOUR, title: 'Second' });
      const c = incident('c', 'minor', { ago: 2 * DAY, lasted: HOUR, title: 'Third' });
      const el = await createTimeline(feed({ incidents: [a, b, c] }), { attrs: { limit: '1' } });
      await settle();
      const changes = recordChanges(el);

      // A new update on the hidden third item.
      const review: UpdateDoc = update(now() - 2 * MINUTE, 'postmortem', 'Review.');
      const c2 = { ...c, updates: [review, ...c.updates!] };
      el.feed = feed({ incidents: [a, b, c2] });
      await el.updateComplete;
      await settle();
      expect(timeline(el).titles).to.deep.equal(['Shown']);
      expect(text(timeline(el).announcer), 'nothing said about a hidden item').to.equal('');
      expect(changes, 'nothing reported about a hidden item').to.deep.equal([]);

      // Revealing the other items is the user's doing: no event, nothing said.
      for (const length of [2, 3]) {
        timeline(el).more!.click();
        await el.updateComplete;
        await settle();
        expect(timeline(el).titles).to.have.length(length);
      }
      expect(changes, '"Show more" is not a change').to.deep.equal([]);
      expect(text(timeline(el).announcer)).to.equal('');

      // Shown now: its next update is said and reported.
      const closing: UpdateDoc = update(now() - MINUTE, 'postmortem', 'Closing.');
      el.feed = feed({ incidents: [a, b, { ...c2, updates: [closing, ...c2.updates] }] });
      await el.updateComplete;
      await settle();
      expect(text(timeline(el).announcer)).to.equal('Update on Third: Post-incident review');
      expect(changes).to.have.length(1);
      expect(changes[0]!.item?.id).to.equal('c');
      expect(changes[0]!.update?.body).to.equal('Closing.');
    });

    it('reports a set change without `update` unless that update is new', async () => {
      setClock(NOW);
      const a = incident('a', 'major', { title: 'Active' });
      // Resolved (its last update) 90 days minus 1 hour ago: ages out of the window in an hour.
      const old = incident('old', 'minor', { ago: 90 * DAY, lasted: HOUR, title: 'Old' });
      const gone = incident('gone', 'minor', { ago: DAY, lasted: HOUR, title: 'Gone' });
      const el = await createTimeline(feed({ incidents: [a, old, gone] }));
      await settle();
      expect(timeline(el).titles).to.deep.equal(['Active', 'Gone', 'Old']);
      const changes = recordChanges(el);

      // The clock moves on: "Old" leaves the 90-day window.
      await advance(2 * HOUR);
      el.requestUpdate();
      await el.updateComplete;
      await settle();
      expect(timeline(el).titles).to.deep.equal(['Active', 'Gone']);
      expect(changes).to.have.length(1);
      expect(changes[0]).to.include({ kind: 'incident', phase: 'active' });
      expect(changes[0]!.item?.id).to.equal('a');
      expect(changes[0], 'no new update').not.to.have.property('update');

      // The feed drops an item: the same.
      el.feed = feed({ incidents: [a, old] });
      await el.updateComplete;
      await settle();
      expect(timeline(el).titles).to.deep.equal(['Active']);
      expect(changes).to.have.length(2);
      expect(changes[1]!.item?.id).to.equal('a');
      expect(changes[1]).not.to.have.property('update');

      // An incident new in the feed carries its latest update (and is announced).
      const fresh = incident('fresh', 'critical', { ago: 10 * MINUTE, title: 'Fresh' });
      el.feed = feed({ incidents: [a, old, fresh] });
      await el.updateComplete;
      await settle();
      expect(changes).to.have.length(3);
      expect(changes[2]!.item?.id).to.equal('fresh');
      expect(changes[2]!.update?.body).to.equal(fresh.updates![0]!.body);
      expect(text(timeline(el).announcer)).to.equal('Update on Fresh: Investigating');
    });
  });

  describe('empty and errors', () => {
    it('shows nothing, taking no space, when nothing happened', async () => {
      const el = await createTimeline(feed());
      expect(timeline(el).incidents).to.have.length(0);
      expect(timeline(el).empty).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(timeline(el).announcer).to.exist;
    });

    it('says "No incidents in the last 90 days" with show-empty, following `days`', async () => {
      const el = await createTimeline(
        feed({ incidents: [incident('old', 'minor', { ago: 200 * DAY, lasted: HOUR })] }),
        {
          attrs: { 'show-empty': '' },
        },
      );
      expect(timeline(el).emptyText).to.equal('No incidents in the last 90 days');
      el.days = 1;
      await el.updateComplete;
      expect(timeline(el).emptyText).to.equal('No incidents in the last day');
      el.incident = 'missing';
      await el.updateComplete;
      expect(timeline(el).emptyText).to.equal('This incident is not in the status feed');
    });

    it('shows nothing for a failing src, or a short line with show-errors', async () => {
      const quiet = document.createElement('incident-timeline');
      quiet.interval = 0;
      quiet.src = `/__feed/missing.json?id=${uid('missing')}`;
      let failed = oneEvent(quiet, 'status-error');
      await fixture(html`${quiet}`);
      await failed;
      await quiet.updateComplete;
      expect(text(timeline(quiet).base)).to.equal('');
      expect(quiet.getBoundingClientRect().height).to.equal(0);

      const loud = document.createElement('incident-timeline');
      loud.interval = 0;
      loud.showErrors = true;
      loud.src = `/__feed/missing.json?id=${uid('missing-shown')}`;
      failed = oneEvent(loud, 'status-error');
      await fixture(html`${loud}`);
      await failed;
      await loud.updateComplete;
      expect(timeline(loud).emptyText).to.equal('Service status is unavailable right now');
    });
  });

  describe('scale', () => {
    it('renders 500 incidents with 10 000 updates in pages, collapsed', async () => {
      const start = now();
      const impacts = ['minor', 'major', 'critical', 'none'] as const;
      const incidents = Array.from({ length: 500 }, (_, i) => {
        const startedAt = start - (i + 1) * 4 * HOUR;
        return incident(`bulk-${i}`, impacts[i % 4]!, {
          title: `Bulk incident ${i}`,
          startedAt,
          resolvedAt: startedAt + 20 * MINUTE,
          updates: Array.from({ length: 20 }, (_, u) =>
            update(
              startedAt + u * MINUTE,
              u === 19 ? 'resolved' : 'investigating',
              // Links in the latest three (the ones shown), short text before: the whole feed
              // stays under the 1 MB a feed may have.
              u >= 17 ? `Update ${u} on ${i}: https://status.example.com/bulk/${i}/${u}` : `Update ${u}`,
            ),
          ),
        });
      });
      const el = document.createElement('incident-timeline');
      el.feed = feed({ incidents });
      await fixture(html`${el}`);
      await el.updateComplete;
      expect(timeline(el).incidents).to.have.length(10);
      expect(timeline(el).updates).to.have.length(30);
      // A re-render (a clock boundary, a poll) keeps the shown page's nodes. (How long it takes is
      // for the benchmarks, not for a test.)
      const first = timeline(el).card(0).element;
      el.requestUpdate();
      await el.updateComplete;
      expect(timeline(el).card(0).element).to.equal(first);
      expect(timeline(el).moreText).to.equal('Show 10 more');
      timeline(el).more!.click();
      await el.updateComplete;
      expect(timeline(el).incidents).to.have.length(20);
      expect(timeline(el).updates).to.have.length(60);
      expect(timeline(el).card(0).element).to.equal(first);
    });
  });

  describe('accessibility (axe)', () => {
    const states: [string, () => unknown, Record<string, string>][] = [
      [
        'history with an active incident',
        () =>
          feed({
            incidents: [
              incident('a', 'critical', { url: 'https://status.example.com/a', updates: updates(5) }),
              incident('b', 'major', { ago: 2 * DAY, lasted: 3 * HOUR }),
              incident('c', 'minor', { ago: 3 * DAY, lasted: HOUR }),
              incident('d', 'none', { ago: 4 * DAY, lasted: HOUR }),
            ],
          }),
        { limit: '3' },
      ],
      [
        'maintenance included',
        () =>
          feed({
            maintenances: [
              maintenance('m', -HOUR, 2, {
                title: 'Database upgrade',
                status: 'in_progress',
                updates: [update(now() - HOUR, 'in_progress', 'Started.')],
              }),
            ],
          }),
        { 'include-maintenance': '' },
      ],
      [
        'one incident',
        () => feed({ incidents: [incident('one', 'major', { updates: updates(4) })] }),
        { incident: 'one' },
      ],
      ['nothing, with show-empty', () => feed(), { 'show-empty': '' }],
      ['nothing', () => feed(), {}],
    ];
    for (const theme of ['light', 'dark']) {
      it(`is accessible in every state (${theme}), collapsed and expanded`, async function () {
        this.timeout(30_000);
        const wrapper = mount(html`<div style=${theme === 'dark' ? 'background:#000' : ''}></div>`);
        const all: IncidentTimeline[] = [];
        for (const [name, doc, attrs] of states) {
          const el = document.createElement('incident-timeline');
          el.id = `axe-${name.replace(/\W+/g, '-')}`;
          for (const [attr, value] of Object.entries({ ...attrs, theme })) el.setAttribute(attr, value);
          el.feed = asFeed(doc());
          wrapper.append(el);
          all.push(el);
        }
        const failing = document.createElement('incident-timeline');
        failing.setAttribute('show-errors', '');
        failing.setAttribute('theme', theme);
        failing.interval = 0;
        failing.src = `/__feed/missing.json?id=${uid('axe-missing')}`;
        const failed = oneEvent(failing, 'status-error');
        wrapper.append(failing);
        all.push(failing);
        await failed;
        await Promise.all(all.map((el) => el.updateComplete));
        all.forEach(skipAnimations);
        await expect(wrapper).to.be.accessible();
        for (const el of all) timeline(el).toggle?.click();
        await Promise.all(all.map((el) => el.updateComplete));
        all.forEach(skipAnimations);
        expect($$(all[2]!, '[part="update"]')).to.have.length(4);
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('one named incident, punctuation and languages of parts', () => {
    it('shows every update of a named incident, a long timeline a piece at a time', async () => {
      const many = incident('many', 'major', { updates: updates(130) });
      const el = document.createElement('incident-timeline');
      el.setAttribute('incident', 'many');
      el.feed = feed({ incidents: [many] });
      const counts: number[] = [];
      el.addController({ hostUpdated: () => counts.push(timeline(el).updates.length) });
      mount(html`<div></div>`).append(el);
      // The pieces come a task apart: on a loaded machine that takes more than waitUntil's 1 s.
      await waitUntil(() => timeline(el).updates.length === 130, 'not every update showed', {
        timeout: 5000,
      });
      expect(counts[0], 'the first render holds one piece').to.be.at.most(50);
      expect(timeline(el).toggle, 'nothing to expand').to.equal(null);
      // The same incident in a list still shows its latest three until expanded.
      const list = await createTimeline(feed({ incidents: [many] }));
      expect(timeline(list).updates.length).to.equal(3);
    });

    it('punctuates labels as each language does, on the right side in right-to-left pages', async () => {
      const doc = feed({ incidents: [incident('p', 'minor')] });
      const label = async (locale: string) =>
        $(await createTimeline(doc, { attrs: { locale } }), '[part="meta"] dt')!.textContent!.trim();
      expect(await label('en')).to.equal('Affected:');
      expect(await label('fr')).to.equal('Concerné\u202f:');
      expect(await label('ja')).to.equal('影響範囲：');
      const el = await createTimeline(doc, { parent: { dir: 'rtl' } });
      const dt = $(el, '[part="meta"] dt')!;
      // "Affected:" reads left to right even in an RTL page: the colon after the word, not before.
      expectLeftToRight([glyph(dt, 0), glyph(dt, -1)], 'the colon follows the word');
    });

    it('joins names in the language of its strings, never mixing two', async () => {
      const doc = feed({
        incidents: [incident('j', 'minor', { components: ['api', 'web'], regions: ['eu', 'us'] })],
      });
      for (const locale of ['ar', 'zh-CN']) {
        const el = await createTimeline(doc, { attrs: { locale } });
        expect(timeline(el).facts, locale).to.include({
          Affected: 'Public API and Dashboard',
          Regions: 'Europe and United States',
        });
      }
      const german = await createTimeline(doc, { attrs: { locale: 'de' } });
      expect(Object.values(timeline(german).facts)).to.include('Public API und Dashboard');
    });

    it('marks its content with its language and direction when it differs from the page', async () => {
      const doc = feed({ incidents: [incident('l', 'minor')] });
      const arabic = await createTimeline(doc, { parent: { lang: 'en' }, attrs: { locale: 'ar' } });
      expect(timeline(arabic).base!.getAttribute('lang')).to.equal('ar');
      expect(timeline(arabic).base!.getAttribute('dir')).to.equal('rtl');
      const same = await createTimeline(doc, { parent: { lang: 'en' } });
      expect(timeline(same).base!.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('layout and styling', () => {
    it('fits 320 px without horizontal overflow', async () => {
      const wrapper = mount(html`<div style="width: 320px"></div>`);
      const el = document.createElement('incident-timeline');
      el.feed = feed({
        incidents: [
          incident('narrow', 'critical', {
            title: 'A rather long incident title that has to wrap on a narrow phone screen',
            url: 'https://status.example.com/narrow',
            components: ['api', 'web'],
            regions: ['eu', 'us'],
            updates: [
              {
                at: iso(now()),
                status: 'identified',
                body: 'See https://status.example.com/a/very/long/path/that/does/not/break/easily/at/all for details.',
              },
            ],
          }),
        ],
      });
      wrapper.append(el);
      await el.updateComplete;
      const base = timeline(el).base!;
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      for (const node of $$(el, '[part="incident"] *')) {
        expectInside(node, el, node.className, ['right']);
      }
    });

    it('puts the badge on the right of the title in right-to-left pages', async () => {
      const doc = feed({ incidents: [incident('i', 'major', { title: 'עדכון' })] });
      const ltr = await createTimeline(doc);
      const rtl = await createTimeline(doc, { parent: { dir: 'rtl' } });
      expectSide(timeline(ltr).badge!, 'left', timeline(ltr).title!, 'left to right: the badge');
      expectSide(timeline(rtl).badge!, 'right', timeline(rtl).title!, 'right to left: the badge');
    });

    it('takes colours from --status-* properties and exposes ::part', async () => {
      const wrapper = mount(
        html`<div>
          <style>
            .themed {
              --status-major-bg: rgb(1, 2, 3);
              --status-surface-bg: rgb(4, 5, 6);
            }
            .themed::part(update-status) {
              text-transform: uppercase;
            }
          </style>
          <incident-timeline
            class="themed"
            .feed=${feed({ incidents: [incident('i', 'major')] })}
          ></incident-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('incident-timeline')!;
      await el.updateComplete;
      expect(getComputedStyle(timeline(el).badge!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '[part="incident"]')!).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($(el, '[part="update-status"]')!).textTransform).to.equal('uppercase');
    });

    it('has a dark theme', async () => {
      const light = await createTimeline(feed({ incidents: [incident('i', 'major')] }));
      const dark = await createTimeline(feed({ incidents: [incident('i', 'major')] }), {
        attrs: { theme: 'dark' },
      });
      const bg = (el: IncidentTimeline) => getComputedStyle($(el, '[part="incident"]')!).backgroundColor;
      expect(bg(dark)).not.to.equal(bg(light));
    });

    it('has forced-colors, reduced-motion and container rules in its stylesheet', () => {
      const css = styles.map((sheet) => sheet.cssText).join('\n');
      expect(css).to.match(/@media\s*\(forced-colors:\s*active\)[\s\S]*CanvasText/);
      expect(css).to.match(/@media\s*\(prefers-reduced-motion:\s*no-preference\)[\s\S]*animation/);
      expect(css).to.match(/container-type:\s*inline-size/);
      expect(css).not.to.match(
        /margin-left|margin-right|padding-left|padding-right|border-left|border-right/,
      );
    });

    it('uses system colours, visible borders and CanvasText icons in forced-colors mode', async function () {
      // Emulated in Chromium and Firefox; WebKit over WebDriver cannot emulate it and skips.
      await emulating(this, { forcedColors: 'active' }, async () => {
        const [canvasText, canvas, linkText, buttonText, buttonFace] = [
          'CanvasText',
          'Canvas',
          'LinkText',
          'ButtonText',
          'ButtonFace',
        ].map(systemColour);
        const doc = feed({
          incidents: [
            incident('active', 'major', { url: 'https://status.example.com/active', updates: updates(5) }),
            incident('done', 'critical', { ago: 2 * DAY, lasted: HOUR }),
          ],
        });
        for (const theme of ['light', 'dark']) {
          const el = await createTimeline(doc, { attrs: { theme, limit: '1' } });
          const empty = await createTimeline(feed(), { attrs: { theme, 'show-empty': '' } });
          const active = timeline(el).card(0).element;
          timeline(el).more!.click();
          await el.updateComplete;
          skipAnimations(el);
          const done = timeline(el).card('Incident done').element;
          expectSystemBox(active, `${theme}: card`);
          expectSystemBox(done, `${theme}: resolved card`);
          // The accent border on the start side stays wider than the others.
          expect(parseFloat(getComputedStyle(active).borderLeftWidth), `${theme}: accent`).to.be.greaterThan(
            parseFloat(getComputedStyle(active).borderTopWidth),
          );
          expectSystemBox(card(active).badge, `${theme}: badge`);
          expectSystemBox(card(active).status, `${theme}: status`);
          expectSystemBox(card(done).status, `${theme}: resolved status`);
          expectSystemBox(timeline(empty).empty, `${theme}: empty line`);
          for (const icon of $$(el, '[part="badge"] [part="icon"]')) {
            expect(getComputedStyle(icon).fill, `${theme}: badge icon`).to.equal(canvasText);
          }
          // The rule and the dots of the updates.
          const rule = getComputedStyle(card(active).part('updates')!);
          expect(rule.borderLeftStyle, `${theme}: rule`).to.equal('solid');
          expect(rule.borderLeftColor, `${theme}: rule colour`).to.equal(canvasText);
          const dot = getComputedStyle($(active, '[part="update"]')!, '::before');
          expect(dot.borderTopStyle, `${theme}: dot`).to.equal('solid');
          expect(dot.borderTopColor, `${theme}: dot border`).to.equal(canvasText);
          expect(dot.backgroundColor, `${theme}: dot background`).to.equal(canvas);
          // Text that is muted otherwise.
          for (const selector of [
            '[part="meta"] dt',
            '[part="update-time"]',
            '.separator',
            '[part="update-relative"]',
          ]) {
            expect(getComputedStyle($(active, selector)!).color, `${theme}: ${selector}`).to.equal(
              canvasText,
            );
          }
          expect(getComputedStyle(card(active).link!).color, `${theme}: link`).to.equal(linkText);
          const toggle = getComputedStyle(card(active).toggle!);
          expect(toggle.color, `${theme}: button text`).to.equal(buttonText);
          expect(toggle.backgroundColor, `${theme}: button face`).to.equal(buttonFace);
          expect(toggle.borderTopStyle, `${theme}: button border`).to.equal('solid');
          expect(toggle.borderTopColor, `${theme}: button border colour`).to.equal(buttonText);
        }
        // Nothing shown: still no space taken (no border drawn around nothing).
        expect((await createTimeline(feed())).getBoundingClientRect().height).to.equal(0);
      });
    });

    it('neither animates updates nor fades buttons when the user prefers reduced motion', async function () {
      // Emulated in Chromium and Firefox; WebKit skips (likewise below).
      await expectReducedMotion(
        this,
        () => createTimeline(feed({ incidents: [incident('i', 'major', { updates: updates(5) })] })),
        (el) => [
          getComputedStyle($(el, '[part="update"]')!).animationName,
          getComputedStyle(timeline(el).toggle!).transitionDuration,
        ],
        {
          moving: ['enter', '0.12s'],
          still: ['none', '0s'],
          // Updates shown later (expanding) do not animate either.
          more: async (el) => {
            timeline(el).toggle!.click();
            await el.updateComplete;
            expect(timeline(el).updates).to.have.length(5);
            expect(el.shadowRoot!.getAnimations(), 'none after expanding').to.deep.equal([]);
          },
        },
      );
    });

    it('follows the operating system with theme="auto"', async function () {
      await expectAutoTheme(
        this,
        (attrs) => createTimeline(feed({ incidents: [incident('i', 'major')] }), { attrs }),
        (el) => {
          const style = getComputedStyle($(el, '[part="incident"]')!);
          const badge = getComputedStyle(timeline(el).badge!);
          return [style.backgroundColor, style.color, style.borderTopColor, badge.backgroundColor];
        },
      );
    });
  });

  describe('languages', () => {
    for (const locale of SUPPORTED_LOCALES) {
      it(`speaks ${locale}`, async () => {
        const el = await createTimeline(
          feed({
            incidents: [incident('i', 'major', { url: 'https://status.example.com/i', updates: updates(5) })],
          }),
          { attrs: { locale } },
        );
        // The element waited for its language: the first render is in it, never English.
        const words = timelineStrings(locale);
        expect(words.major).to.equal(LANGUAGES[locale].common.major);
        expect(timeline(el).badgeText).to.equal(words.major);
        expect(timeline(el).statusText).to.equal(words.statuses.investigating);
        expect(text(timeline(el).link)).to.equal(words.details);
        const toggle = timeline(el).toggle!;
        expect(text(toggle)).to.equal(pick(words.showAll).replace('{n}', '5'));
        toggle.click();
        await el.updateComplete;
        expect(text(toggle)).to.equal(words.showFewer);
        const ongoing = pick(timeStrings(locale).ongoingFor).replace('{duration}', '').trim();
        expect(timeline(el).durationText.toLowerCase()).to.contain(ongoing.toLowerCase());
        expect(el.shadowRoot!.textContent).not.to.match(/\{\w+\}/);

        el.feed = feed();
        el.showEmpty = true;
        await el.updateComplete;
        expect(timeline(el).emptyText).to.equal(pick(words.empty).replace('{days}', '90'));
      });
    }

    it('lets the strings property override any string', async () => {
      const el = await createTimeline(
        feed({ incidents: [incident('i', 'major', { updates: updates(4) })] }),
        {
          props: {
            strings: { major: 'Big trouble', showAll: 'All {n}', statuses: { investigating: 'Digging' } },
          },
        },
      );
      expect(timeline(el).badgeText).to.equal('Big trouble');
      expect(text(timeline(el).toggle)).to.equal('All 4');
      expect(text($(el, '[part="update-status"]'))).to.equal('Digging');
      expect(timeline(el).statusText).to.equal('Digging');
    });
  });
});
