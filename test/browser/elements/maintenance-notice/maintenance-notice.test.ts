// <maintenance-notice> in a real browser: which window it picks, each phase (also at fixed clocks,
// across a daylight-saving change, and switching at the exact boundary), times in two zones, the
// availability table's semantics, the FAQ by keyboard, the calendar file, compact vs full, events,
// live region, headings, hostile text, languages, layout, forced colors, reduced motion and
// theme="auto", axe in every state and theme, feeds from the network, and the example feed built
// from the reference notice.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/elements/maintenance-notice/define.js';
import type { MaintenanceNotice } from '../../../../src/elements/maintenance-notice/maintenance-notice.js';
import { styles } from '../../../../src/elements/maintenance-notice/maintenance-notice.styles.js';
import { noticeStrings } from '../../../../src/i18n/notice-strings.js';
import { loadLanguage } from '../../../../src/i18n/languages.js';
import { LANGUAGES } from '../../kit/languages.js';
import { SUPPORTED_LOCALES } from '../../../../src/i18n/locale.js';
import { formatWindow } from '../../../../src/time/format.js';
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
import { advanceTo, now, scheduled, setClock } from '../../kit/clock.js';
import {
  DAY,
  feed,
  fullMaintenance,
  HOUR,
  iso,
  recurrence,
  recurring,
  SECOND,
  update,
  type MaintenanceDoc,
  asFeed,
} from '../../kit/feeds.js';
import { createNotice, notice } from '../../kit/harness.js';

/** Every Saturday 17:00–22:00 in Los Angeles, from 3 January 2026. */
const weekly = (extra: Partial<MaintenanceDoc> = {}): MaintenanceDoc =>
  recurring(
    'weekly',
    recurrence('FREQ=WEEKLY;BYDAY=SA', {
      startsOn: '2026-01-03',
      time: '17:00',
      duration: 'PT5H',
      timeZone: 'America/Los_Angeles',
    }),
    { title: 'Weekly upkeep', ...extra },
  );

describe('<maintenance-notice>', () => {
  describe('which window', () => {
    it('shows the window in progress before an upcoming one', async () => {
      const el = await createNotice(
        feed({ maintenances: [fullMaintenance('soon', HOUR), fullMaintenance('now', -HOUR)] }),
      );
      expect(notice(el).titleText).to.equal('Maintenance now');
      expect(notice(el).badgeText).to.equal('In progress');
    });

    it('otherwise shows the soonest upcoming window, counting recurring windows by their next occurrence', async () => {
      setClock(Date.parse('2026-11-25T12:00:00Z'));
      // The next Saturday window starts on 28 November 17:00 PST, before the one-off on 2 December.
      const later = fullMaintenance('later', 7 * DAY);
      const el = await createNotice(feed({ maintenances: [later, weekly()] }));
      expect(notice(el).titleText).to.equal('Weekly upkeep');
      expect(notice(el).badgeText).to.equal('Upcoming');
      el.feed = feed({ maintenances: [later, fullMaintenance('sooner', DAY)] });
      await el.updateComplete;
      expect(notice(el).titleText).to.equal('Maintenance sooner');
    });

    it('keeps a window that ended within the last day, with its after-note, then moves on', async () => {
      const ended = fullMaintenance('ended', -3 * HOUR, 2);
      const el = await createNotice(feed({ maintenances: [ended, fullMaintenance('next', 2 * DAY)] }));
      expect(notice(el).titleText).to.equal('Maintenance ended');
      expect(notice(el).badgeText).to.equal('Completed');
      expect(notice(el).afterNoteText).to.contain('Everything is back after ended.');
      el.feed = feed({
        maintenances: [fullMaintenance('old', -30 * HOUR, 2), fullMaintenance('next', 2 * DAY)],
      });
      await el.updateComplete;
      expect(notice(el).titleText).to.equal('Maintenance next');
      expect(notice(el).afterNote).to.equal(null);
    });

    it('shows the window named by `maintenance` in any phase, whatever the filters', async () => {
      const doc = feed({
        maintenances: [
          fullMaintenance('now', -HOUR),
          fullMaintenance('cancelled', DAY, 2, { status: 'cancelled', components: ['api'] }),
        ],
      });
      const el = await createNotice(doc, { attrs: { maintenance: 'cancelled', components: 'web' } });
      expect(notice(el).titleText).to.equal('Maintenance cancelled');
      expect(notice(el).badgeText).to.equal('Cancelled');
      expect(notice(el).calendarButton, 'no calendar for a cancelled window').to.equal(null);
      el.maintenance = 'missing';
      await el.updateComplete;
      expect(notice(el).base).to.equal(null);
    });

    it('never picks a cancelled window by itself', async () => {
      const el = await createNotice(
        feed({ maintenances: [fullMaintenance('c', HOUR, 2, { status: 'cancelled' })] }),
      );
      expect(notice(el).base).to.equal(null);
    });

    it('applies the components and regions filters, by id or name in any case', async () => {
      const doc = feed({
        maintenances: [
          fullMaintenance('web-us', HOUR),
          fullMaintenance('api-eu', 2 * HOUR, 2, { components: ['api'], regions: ['eu'] }),
        ],
      });
      expect(notice(await createNotice(doc, { attrs: { components: 'PUBLIC API' } })).titleText).to.equal(
        'Maintenance api-eu',
      );
      expect(notice(await createNotice(doc, { attrs: { regions: 'eu' } })).titleText).to.equal(
        'Maintenance api-eu',
      );
      expect(
        notice(await createNotice(doc, { attrs: { components: 'dashboard', regions: 'us' } })).titleText,
      ).to.equal('Maintenance web-us');
      const none = await createNotice(doc, { attrs: { components: 'api', regions: 'us' } });
      expect(notice(none).base).to.equal(null);
    });

    it('takes no space with nothing to show, or says so with show-empty', async () => {
      const el = await createNotice(feed());
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(notice(el).liveRegion, 'the live region is there, empty').to.exist;
      const empty = await createNotice(feed(), { attrs: { 'show-empty': '' } });
      expect(notice(empty).emptyText).to.equal('No maintenance scheduled');
      expect(empty.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('edges the review found', () => {
    it('drops "ends in" at the planned end of a window the feed still marks in progress', async () => {
      const end = Date.parse('2026-03-14T19:00:00Z');
      setClock(end - 3 * SECOND);
      const doc = feed({
        maintenances: [
          fullMaintenance('late', 0, 2, {
            status: 'in_progress',
            startsAt: iso(end - 2 * HOUR),
            endsAt: iso(end),
          }),
        ],
      });
      const el = await createNotice(doc, { attrs: { locale: 'en-US' } });
      expect(notice(el).badgeText).to.equal('In progress');
      expect(notice(el).countdownText).to.match(/^ends /);
      // Still in progress by its status, but no "ends 5 minutes ago" after the end.
      expect(scheduled(), 'a boundary at the planned end').to.include(end);
      await advanceTo(end - 1);
      expect(notice(el).countdown, 'a millisecond before the end').to.exist;
      await advanceTo(end);
      await el.updateComplete;
      expect(notice(el).countdown, 'the countdown stayed').to.equal(null);
      expect(notice(el).badgeText).to.equal('In progress');
    });

    it('still switches at the boundary after being moved in the DOM', async () => {
      const start = Date.parse('2026-03-14T17:00:00Z');
      const key = uid('notice-moved');
      const doc = feed({
        maintenances: [
          fullMaintenance('moved', 0, 2, { startsAt: iso(start), endsAt: iso(start + 2 * HOUR) }),
        ],
      });
      await fetch(`/__feed-state/${encodeURIComponent(key)}`, { method: 'PUT', body: JSON.stringify(doc) });
      try {
        // From the network: on reconnection the feed client hands back the same model, which
        // renders nothing by itself.
        const el = document.createElement('maintenance-notice');
        el.interval = 0;
        el.src = `/__feed/state:${encodeURIComponent(key)}?id=${key}`;
        const loaded = oneEvent(el, 'status-load');
        await fixture(html`${el}`);
        await loaded;
        // After the load (the clock stays stopped whatever the response's Date header says).
        setClock(start - 3 * SECOND);
        el.requestUpdate();
        await el.updateComplete;
        expect(notice(el).badgeText).to.equal('Upcoming');
        // Moved within the same millisecond as its last render (the clock stands still), so
        // the element's `now` does not change on reconnection.
        const rendered = () => (el as unknown as { now: number }).now;
        expect(rendered()).to.equal(start - 3 * SECOND);
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        expect(rendered(), 'the same instant on reconnection').to.equal(start - 3 * SECOND);
        await el.updateComplete;
        expect(scheduled(), 'the boundary armed again').to.include(start);
        await advanceTo(start);
        await el.updateComplete;
        expect(notice(el).badgeText, 'no switch after the move').to.equal('In progress');
      } finally {
        await fetch(`/__feed-state/${encodeURIComponent(key)}`, { method: 'DELETE' });
      }
    });

    it('counts "ended" from the completed update of a window finished early, steadily', async () => {
      const start = Date.parse('2026-03-14T17:00:00Z');
      setClock(start + HOUR);
      const doc = feed({
        maintenances: [
          fullMaintenance('early', 0, 5, {
            status: 'completed',
            startsAt: iso(start),
            endsAt: iso(start + 5 * HOUR),
            updates: [update(start + 30 * 60_000, 'completed', 'Done early.')],
          }),
        ],
      });
      const el = await createNotice(doc, { attrs: { locale: 'en-US' } });
      expect(notice(el).badgeText).to.equal('Completed');
      expect(notice(el).countdownText).to.equal('ended 30 minutes ago');
      el.requestUpdate();
      await el.updateComplete;
      expect(notice(el).countdownText).to.equal('ended 30 minutes ago');
    });

    it('lists at most 20 next occurrences whatever `occurrences` says', async () => {
      const daily: MaintenanceDoc = {
        ...weekly(),
        recurrence: {
          rule: 'FREQ=DAILY',
          startsOn: '2026-01-01',
          time: '03:00',
          duration: 'PT1H',
          timeZone: 'UTC',
        },
      };
      const el = await createNotice(feed({ maintenances: [daily] }), { attrs: { occurrences: '100000' } });
      expect($$(el, '[part="schedule"] li')).to.have.length(20);
      el.setAttribute('occurrences', 'lots');
      await el.updateComplete;
      expect($$(el, '[part="schedule"] li')).to.have.length(3);
    });

    it('keeps the built-in words for `strings` entries that are not text', async () => {
      const el = await createNotice(
        feed({ maintenances: [fullMaintenance('m', HOUR)], page: { timeZone: 'America/Los_Angeles' } }),
        {
          attrs: { 'time-zone': 'Asia/Kolkata' },
          props: {
            strings: {
              pageTime: undefined,
              addToCalendar: 42,
              statuses: { scheduled: undefined },
            } as unknown as MaintenanceNotice['strings'],
          },
        },
      );
      expect(text(notice(el).calendarButton)).to.equal('Add to calendar');
      expect($$(el, '.zone-note').map(text)).to.deep.equal(['(your time)', '(Pacific Time)']);
      expect(notice(el).updateText).to.contain('Scheduled');
    });
  });

  describe('phases and times at fixed clocks', () => {
    const doc = feed({ maintenances: [weekly()], page: { timeZone: 'America/Los_Angeles' } });

    it('shows a recurring window across the November daylight-saving change in the right zone', async () => {
      // Saturday 31 October 2026, 10:00 PDT: today's window is 17:00–22:00 PDT (00:00–05:00 UTC);
      // the next, after clocks go back on 1 November, 17:00–22:00 PST (01:00–06:00 UTC).
      setClock(Date.parse('2026-10-31T17:00:00Z'));
      const el = await createNotice(doc, { attrs: { 'time-zone': 'UTC', locale: 'en-US' } });
      expect(notice(el).badgeText).to.equal('Upcoming');
      const [viewer, page] = notice(el).windowTimes;
      expect(viewer).to.equal(
        formatWindow(Date.parse('2026-11-01T00:00:00Z'), Date.parse('2026-11-01T05:00:00Z'), {
          locale: 'en-US',
          timeZone: 'UTC',
        }).text,
      );
      expect(viewer).to.match(/Sun, Nov 1, 12:00\s?–\s?5:00\sAM UTC/);
      expect(page).to.match(/Sat, Oct 31, 5:00\s?–\s?10:00\sPM PDT/);
      expect(notice(el).countdownText).to.equal('starts in 7 hours');
      const schedule = text(notice(el).schedule);
      expect(schedule).to.contain('Every Saturday');
      const next = notice(el).scheduleItems;
      expect(next).to.have.length(3);
      expect(next[0]).to.match(/Sun, Nov 8, 1:00\s?–\s?6:00\sAM UTC/);
      expect(next[1]).to.match(/Sun, Nov 15, 1:00\s?–\s?6:00\sAM UTC/);
    });

    it('is in progress inside an occurrence after the change, with "ends in"', async () => {
      // Saturday 7 November 2026, 18:00 PST = 02:00 UTC on the 8th.
      setClock(Date.parse('2026-11-08T02:00:00Z'));
      const el = await createNotice(doc, { attrs: { 'time-zone': 'America/Los_Angeles', locale: 'en-US' } });
      expect(notice(el).badgeText).to.equal('In progress');
      expect(notice(el).windowTimes, 'one zone only: the page zone is the viewer zone').to.have.length(1);
      expect(notice(el).windowTimes[0]).to.match(/Sat, Nov 7, 5:00\s?–\s?10:00\sPM PST/);
      expect(notice(el).countdownText).to.equal('ends in 4 hours');
    });

    it('is completed after a one-off window ends, saying when', async () => {
      const start = Date.parse('2026-07-15T17:00:00-07:00');
      setClock(start + 6 * HOUR);
      const doc = feed({
        maintenances: [
          fullMaintenance('done', 0, 5, { startsAt: iso(start), endsAt: iso(start + 5 * HOUR) }),
        ],
      });
      const el = await createNotice(doc, { attrs: { locale: 'en-US', 'time-zone': 'Europe/Berlin' } });
      expect(notice(el).badgeText).to.equal('Completed');
      expect(notice(el).countdownText).to.equal('ended 1 hour ago');
      expect(notice(el).windowTimes[0]).to.match(/Thu, Jul 16, 2:00\s?–\s?7:00\sAM GMT\+2/);
    });

    it('switches from upcoming to in progress at the exact start, and fires status-change', async () => {
      const start = Date.parse('2026-03-14T17:00:00-07:00');
      setClock(start - 3 * SECOND);
      const doc = feed({
        maintenances: [
          fullMaintenance('edge', 0, 2, { startsAt: iso(start), endsAt: iso(start + 2 * HOUR) }),
        ],
      });
      const el = await createNotice(doc, { attrs: { locale: 'en-US' } });
      const changes = recordChanges(el);
      expect(notice(el).badgeText).to.equal('Upcoming');
      expect(scheduled(), 'a boundary at the start').to.include(start);
      await advanceTo(start - 1);
      expect(notice(el).badgeText, 'a millisecond before the start').to.equal('Upcoming');
      await advanceTo(start);
      await el.updateComplete;
      expect(notice(el).badgeText, 'no switch at the start').to.equal('In progress');
      expect(now()).to.be.at.least(start);
      await settle();
      expect(changes.map((detail) => [detail.item?.id, detail.kind, detail.phase])).to.deep.equal([
        ['edge', 'maintenance', 'in_progress'],
      ]);
      // The phase change is announced once, politely; the countdown is not in the live region.
      const live = notice(el).liveRegion!;
      expect(text(live)).to.equal('Maintenance edge: In progress');
      expect(live.contains(notice(el).countdown)).to.equal(false);
      // Another window: the sentence about the last one does not linger.
      el.feed = feed({ maintenances: [fullMaintenance('other', HOUR)] });
      await el.updateComplete;
      expect(text(live)).to.equal('');
    });
  });

  describe('times in two zones', () => {
    const start = Date.parse('2026-07-15T17:00:00-07:00');
    const doc = feed({
      maintenances: [fullMaintenance('m', 0, 5, { startsAt: iso(start), endsAt: iso(start + 5 * HOUR) })],
      page: {
        timeZone: 'America/Los_Angeles',
      },
    });
    beforeEach(() => setClock(start - DAY));

    it("shows the viewer's zone first and the page's zone second, both named", async () => {
      const el = await createNotice(doc, { attrs: { locale: 'en-US', 'time-zone': 'Asia/Kolkata' } });
      const [viewer, page] = notice(el).windowTimes;
      expect(viewer).to.equal(
        formatWindow(start, start + 5 * HOUR, { locale: 'en-US', timeZone: 'Asia/Kolkata' }).text,
      );
      expect(viewer).to.match(/Thu, Jul 16, 5:30\s?–\s?10:30\sAM GMT\+5:30/);
      expect(page).to.match(/Wed, Jul 15, 5:00\s?–\s?10:00\sPM PDT/);
      const notes = notice(el).zoneNotes;
      // Named as people read it, not by its IANA id.
      expect(notes).to.deep.equal(['(your time)', '(Pacific Time)']);
    });

    it("names the page's zone in the viewer's language, never by its IANA id", async () => {
      for (const locale of ['fr', 'de', 'ja']) {
        const el = await createNotice(doc, { attrs: { locale, 'time-zone': 'Asia/Kolkata' } });
        const note = notice(el).zoneNotes[1]!;
        expect(note, locale).not.to.contain('America/Los_Angeles');
        expect(note, locale).not.to.contain('_');
        expect(note.length, locale).to.be.greaterThan(4);
      }
    });

    it('shows one zone when the viewer is in the page zone or at the same offset', async () => {
      const same = await createNotice(doc, {
        attrs: { locale: 'en-US', 'time-zone': 'America/Los_Angeles' },
      });
      expect(notice(same).windowTimes).to.have.length(1);
      expect($(same, '.zone-note')).to.equal(null);
      // Vancouver keeps Pacific time: the same offset, so the same wall-clock times.
      const vancouver = await createNotice(doc, {
        attrs: { locale: 'en-US', 'time-zone': 'America/Vancouver' },
      });
      expect(notice(vancouver).windowTimes).to.have.length(1);
    });
  });

  describe('content', () => {
    it('renders the availability table with a caption, column headers and row headers', async () => {
      const el = await createNotice(feed({ maintenances: [fullMaintenance('m', HOUR)] }));
      const table = notice(el).availability!;
      expect(text(table.caption)).to.equal('Service availability during the window');
      const headers = [...table.tHead!.rows[0]!.cells];
      expect(headers.map((cell) => [cell.localName, cell.getAttribute('scope'), text(cell)])).to.deep.equal([
        ['th', 'col', 'Service'],
        ['th', 'col', 'During the window'],
      ]);
      const rows = [...table.tBodies[0]!.rows].map((row) => [
        row.cells[0]!.localName,
        row.cells[0]!.getAttribute('scope'),
        text(row.cells[0]),
        text(row.cells[1]).replace(/^[✓✕] /, ''),
      ]);
      expect(rows).to.deep.equal([
        ['th', 'row', 'Signing in', 'Available'],
        ['th', 'row', 'Reports', 'Not available'],
        ['th', 'row', 'Exports', 'Not available'],
      ]);
      // The mark beside the word is decorative.
      expect(table.querySelector('.mark')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('puts headings at heading-level, sections one below', async () => {
      const el = await createNotice(feed({ maintenances: [fullMaintenance('m', HOUR)] }), {
        attrs: { 'heading-level': '3' },
      });
      const heading = notice(el).title!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(notice(el).headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4', '4']);
      expect(notice(el).sectionTitles).to.deep.equal([
        'How to prepare',
        'Questions and answers',
        'Latest update',
      ]);
      el.headingLevel = 9;
      await el.updateComplete;
      expect(heading.getAttribute('aria-level')).to.equal('6');
      // No level below 6: the section titles are labels, never headings equal to the title.
      for (const section of notice(el).headings) {
        expect(section.hasAttribute('aria-level'), 'no level 7').to.equal(false);
        expect(section.getAttribute('role'), 'not a heading').to.equal(null);
      }
      expect(notice(el).sectionTitles).to.deep.equal([
        'How to prepare',
        'Questions and answers',
        'Latest update',
      ]);
      // 0 and below clamp to 1, as in every element; sections one below.
      el.headingLevel = 0;
      await el.updateComplete;
      expect(heading.getAttribute('aria-level')).to.equal('1');
      expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    });

    it('opens and closes FAQ answers from the keyboard', async function () {
      const el = await createNotice(feed({ maintenances: [fullMaintenance('m', HOUR)] }));
      const [first] = notice(el).faqItems;
      const summary = first!.querySelector('summary')!;
      expect(first!.open).to.equal(false);
      expect(summary.tabIndex, 'a question is in the tab order').to.equal(0);
      summary.focus();
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      // Real keys where the runner can send them, else their effect (see press()).
      await press('Enter', summary);
      await waitUntil(() => first!.open, 'Enter did not open the answer', KEY_WAIT);
      expect(text(first!.querySelector('.prose'))).to.equal('No. Events wait in a queue.');
      await press(' ', summary);
      await waitUntil(() => !first!.open, 'Space did not close the answer', KEY_WAIT);
    });

    it('shows hostile text as text and links only http(s) URLs', async () => {
      const el = await createNotice(
        feed({
          maintenances: [
            fullMaintenance('m', HOUR, 2, {
              title: '<img src=x onerror="window.__pwned=1">',
              summary: 'See https://status.example.com/m. Not javascript:alert(1) nor <script>x</script>.',
            }),
          ],
        }),
        { attrs: { 'link-target': '_blank' } },
      );
      expect(notice(el).titleText).to.equal('<img src=x onerror="window.__pwned=1">');
      expect($(el, 'img, script')).to.equal(null);
      const links = $$<HTMLAnchorElement>(el, '[part="summary"] a');
      expect(links.map((a) => [a.href, a.target, a.rel])).to.deep.equal([
        ['https://status.example.com/m', '_blank', 'noopener noreferrer'],
      ]);
      expect(text(notice(el).summary)).to.contain('<script>x</script>');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('compact shows the title, window and availability only', async () => {
      const el = await createNotice(feed({ maintenances: [fullMaintenance('m', HOUR)] }), {
        attrs: { variant: 'compact' },
      });
      expect(notice(el).titleText).to.equal('Maintenance m');
      expect(notice(el).window).to.exist;
      expect(notice(el).availability).to.exist;
      for (const part of ['summary', 'recommendations', 'faq', 'update', 'actions', 'schedule']) {
        expect($(el, `[part~="${part}"]`), part).to.equal(null);
      }
      el.variant = 'full';
      await el.updateComplete;
      for (const part of ['summary', 'recommendations', 'faq', 'update', 'actions']) {
        expect($(el, `[part~="${part}"]`), part).to.exist;
      }
    });

    it('shows the latest update with its status and time, and a link to the item page', async () => {
      const el = await createNotice(
        feed({ maintenances: [fullMaintenance('m', HOUR, 2, { url: 'https://status.example.com/m' })] }),
        {
          attrs: { 'time-zone': 'UTC', locale: 'en-US' },
        },
      );
      const update = notice(el).updateText;
      expect(update).to.contain('Scheduled');
      expect(update).to.contain('UTC');
      expect(update).to.contain('Planned m.');
      const link = notice(el).link!;
      expect(link.href).to.equal('https://status.example.com/m');
      expect(link.rel).to.equal('noopener noreferrer');
    });
  });

  describe('add to calendar', () => {
    /** Clicks the button and reads the file its download link points at (without downloading it). */
    async function download(el: MaintenanceNotice): Promise<{ name: string; text: string }> {
      const clicked = new Promise<HTMLAnchorElement>((resolve) => {
        el.shadowRoot!.addEventListener(
          'click',
          (event) => {
            const target = event.target as HTMLElement;
            if (target.localName === 'a' && target.hasAttribute('download')) {
              event.preventDefault();
              resolve(target as HTMLAnchorElement);
            }
          },
          { capture: true },
        );
      });
      notice(el).calendarButton!.click();
      const link = await clicked;
      const response = await fetch(link.href);
      return { name: link.download, text: await response.text() };
    }

    it('downloads an .ics file for a one-off window', async () => {
      const start = Date.parse('2026-12-05T21:00:00Z');
      setClock(start - DAY);
      const el = await createNotice(
        feed({
          maintenances: [
            fullMaintenance('storage', 0, 4, {
              title: 'Storage upgrade',
              startsAt: iso(start),
              endsAt: iso(start + 4 * HOUR),
            }),
          ],
        }),
      );
      const file = await download(el);
      expect(file.name).to.equal('storage-upgrade.ics');
      const lines = file.text.split('\r\n');
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines).to.include('DTSTART:20261205T210000Z');
      expect(lines).to.include('DTEND:20261206T010000Z');
      expect(lines).to.include('SUMMARY:Example: Storage upgrade');
      expect(lines).to.include('UID:storage@status.example.com');
    });

    it('downloads the schedule with its zone and RRULE for a recurring window', async () => {
      setClock(Date.parse('2026-11-25T12:00:00Z'));
      const el = await createNotice(feed({ maintenances: [weekly()] }));
      const file = await download(el);
      expect(file.name).to.equal('weekly-upkeep.ics');
      const lines = file.text.split('\r\n');
      expect(lines).to.include('DTSTART;TZID=America/Los_Angeles:20260103T170000');
      expect(lines).to.include('RRULE:FREQ=WEEKLY;BYDAY=SA');
      expect(lines).to.include('DURATION:PT5H');
      expect(lines).to.include('BEGIN:VTIMEZONE');
      expect(lines).to.include('TZID:America/Los_Angeles');
      const file2 = await el.calendarFile();
      expect(file2!.type).to.equal('text/calendar');
      expect(await file2!.text()).to.equal(
        file.text.replace(/DTSTAMP:\d+T\d+Z/, (await file2!.text()).match(/DTSTAMP:\d+T\d+Z/)![0]),
      );
    });
  });

  describe('events and live updates', () => {
    it('fires status-change when the window shown changes, not for a first empty render', async () => {
      const el = await createNotice(feed());
      const changes = recordChanges(el);
      await settle();
      expect(changes).to.deep.equal([]);
      el.feed = feed({ maintenances: [fullMaintenance('a', HOUR)] });
      await el.updateComplete;
      await settle();
      el.feed = feed({ maintenances: [fullMaintenance('a', HOUR), fullMaintenance('b', -HOUR)] });
      await el.updateComplete;
      await settle();
      el.feed = feed();
      await el.updateComplete;
      await settle();
      expect(changes.map((d) => [d.item?.id, d.kind, d.phase])).to.deep.equal([
        ['a', 'maintenance', 'upcoming'],
        ['b', 'maintenance', 'in_progress'],
        [undefined, undefined, undefined],
      ]);
      // A different window is not a phase change: nothing is announced.
      expect(text(notice(el).liveRegion)).to.equal('');
    });

    it('re-renders only what changed when the feed changes', async () => {
      const doc = feed({ maintenances: [fullMaintenance('m', HOUR)] });
      const el = await createNotice(doc);
      const table = notice(el).availability;
      const faq = notice(el).faqItems[0];
      const changed = structuredClone(doc);
      changed.maintenances![0]!.title = 'Renamed';
      el.feed = changed;
      await el.updateComplete;
      expect(notice(el).titleText).to.equal('Renamed');
      expect(notice(el).availability).to.equal(table);
      expect(notice(el).faqItems[0]).to.equal(faq);
    });
  });

  describe('languages', () => {
    for (const locale of SUPPORTED_LOCALES) {
      it(`speaks ${locale} without a missing string`, async () => {
        await loadLanguage(locale);
        const words = noticeStrings(locale);
        expect(words.upcoming).to.equal(LANGUAGES[locale].notice.upcoming);
        for (const [key, value] of Object.entries({
          ...LANGUAGES[locale].notice,
          ...LANGUAGES[locale].common,
        })) {
          expect(value, `${locale}.${key}`).to.be.ok;
        }
        const el = await createNotice(feed({ maintenances: [fullMaintenance('m', HOUR)] }), {
          attrs: { locale },
        });
        expect(notice(el).badgeText).to.equal(words.upcoming);
        expect(text($(el, 'caption'))).to.equal(words.availability);
        expect(notice(el).sectionTitles).to.deep.equal([
          words.recommendations,
          words.faq,
          words.latestUpdate,
        ]);
        expect(text(notice(el).calendarButton)).to.equal(words.addToCalendar);
        expect(text(notice(el).base!)).not.to.match(/undefined|\{\w+\}/);
      });
    }

    it('takes the nearest lang and lets `strings` override any word', async () => {
      const el = await createNotice(feed({ maintenances: [fullMaintenance('m', -HOUR)] }), {
        parent: { lang: 'de-AT' },
        props: { strings: { addToCalendar: 'In den Kalender', statuses: { in_progress: 'Jetzt' } } },
      });
      expect(notice(el).badgeText).to.equal('Jetzt');
      expect(text(notice(el).calendarButton)).to.equal('In den Kalender');
      expect(text($(el, 'caption'))).to.equal(LANGUAGES.de.notice.availability);
    });
  });

  describe('live region, punctuation and languages of parts', () => {
    it('keeps one live region from an empty element to a card and back', async () => {
      const el = await createNotice(feed());
      const region = notice(el).liveRegion;
      expect(region).to.exist;
      el.feed = feed({ maintenances: [fullMaintenance('m', HOUR)] });
      await el.updateComplete;
      expect(notice(el).base).to.exist;
      expect(notice(el).liveRegion, 'the same node').to.equal(region);
      el.feed = feed();
      await el.updateComplete;
      expect(notice(el).liveRegion, 'still the same node').to.equal(region);
    });

    it('punctuates labels as each language does', async () => {
      const doc = feed({ maintenances: [fullMaintenance('m', HOUR, 2, { components: ['api'] })] });
      const affects = async (locale: string) =>
        $(await createNotice(doc, { attrs: { locale } }), '.affects .label')!.textContent!.trim();
      expect(await affects('en')).to.equal('Affects:');
      expect((await affects('fr')).endsWith('\u202f:'), 'French: a narrow space before the colon').to.equal(
        true,
      );
      expect((await affects('ja')).endsWith('：'), 'Japanese: a full-width colon').to.equal(true);
    });

    it('marks its content with its language and direction when it differs from the page', async () => {
      const doc = feed({ maintenances: [fullMaintenance('m', HOUR)] });
      const el = await createNotice(doc, { parent: { lang: 'en' }, attrs: { locale: 'he' } });
      const root = notice(el).liveRegion!.parentElement!;
      expect(root.getAttribute('lang')).to.equal('he');
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(root.contains(notice(el).base)).to.equal(true);
    });
  });

  describe('layout and styling', () => {
    it('lays out right to left', async () => {
      const el = await createNotice(feed({ maintenances: [fullMaintenance('m', HOUR)] }), {
        parent: { dir: 'rtl' },
      });
      const card = notice(el).base!;
      expect(getComputedStyle(card).direction).to.equal('rtl');
      // The accent border is on the start side, which is the right in RTL.
      expect(parseFloat(getComputedStyle(card).borderRightWidth)).to.be.greaterThan(
        parseFloat(getComputedStyle(card).borderLeftWidth),
      );
      // Feed text in a left-to-right language still reads left to right (its full stop at its end).
      for (const node of [notice(el).title, $(el, '[part="summary"] p'), $(el, 'summary')]) {
        expect(getComputedStyle(node!).direction, text(node)).to.equal('ltr');
      }
    });

    it('reads at 320 px without overflowing sideways', async () => {
      const wrapper = mount(html`<div style="width: 320px"></div>`);
      const el = document.createElement('maintenance-notice');
      el.feed = feed({
        maintenances: [
          fullMaintenance('m', HOUR, 2, {
            title: 'A long title about an upgrade of the analytics storage engine in two regions',
            availability: {
              available: ['Signing in and managing users, roles and billing details'],
              unavailable: ['Collecting events from the SDKs, the Events API and batch imports'],
            },
          }),
        ],
      });
      wrapper.append(el);
      await el.updateComplete;
      const card = notice(el).base!;
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    });

    it('has forced-colors and reduced-motion rules, and dark colours with theme="dark"', async () => {
      const css = styles.map((sheet) => sheet.cssText).join('\n');
      expect(css).to.match(/@media\s*\(forced-colors:\s*active\)[\s\S]*CanvasText/);
      expect(css).to.match(/@media\s*\(prefers-reduced-motion:\s*no-preference\)/);
      const doc = feed({ maintenances: [fullMaintenance('m', HOUR)] });
      const light = await createNotice(doc);
      const dark = await createNotice(doc, { attrs: { theme: 'dark' } });
      expect(getComputedStyle(notice(dark).base!).backgroundColor).not.to.equal(
        getComputedStyle(notice(light).base!).backgroundColor,
      );
    });

    it('uses system colours, visible borders and CanvasText icons in forced-colors mode', async function () {
      // Emulated in Chromium and Firefox; WebKit over WebDriver cannot emulate it and skips.
      await emulating(this, { forcedColors: 'active' }, async () => {
        const [canvasText, linkText, buttonText] = ['CanvasText', 'LinkText', 'ButtonText'].map(systemColour);
        const colour = (el: MaintenanceNotice, selector: string, property: 'color' | 'fill' = 'color') => {
          const node = $(el, selector);
          expect(node, selector).to.exist;
          return getComputedStyle(node!)[property];
        };
        const doc = feed({
          maintenances: [fullMaintenance('u', HOUR, 2, { url: 'https://status.example.com/u' })],
          page: {
            timeZone: 'America/Los_Angeles',
          },
        });
        for (const theme of ['light', 'dark']) {
          const upcoming = await createNotice(doc, { attrs: { theme, 'time-zone': 'Europe/Berlin' } });
          const completed = await createNotice(feed({ maintenances: [fullMaintenance('c', -5 * HOUR, 2)] }), {
            attrs: { theme },
          });
          const empty = await createNotice(feed(), { attrs: { theme, 'show-empty': '' } });
          for (const el of [upcoming, completed, empty]) skipAnimations(el);
          expect(notice(completed).badgeText).to.equal('Completed');
          expectSystemBox(notice(upcoming).base!, `${theme}: card`);
          expectSystemBox(notice(upcoming).badge, `${theme}: badge`);
          expectSystemBox(notice(upcoming).window, `${theme}: window`);
          expectSystemBox(notice(completed).base!, `${theme}: completed card`);
          expectSystemBox(notice(completed).afterNote, `${theme}: after-note`);
          expectSystemBox(notice(empty).empty, `${theme}: empty line`);
          for (const el of [upcoming, completed]) {
            expect(colour(el, '[part="badge"] [part="icon"]', 'fill'), `${theme}: badge icon`).to.equal(
              canvasText,
            );
          }
          // Text that is coloured or muted otherwise.
          for (const selector of ['.ok td', '.down td', '.zone-note', '[part="countdown"]', '.update-meta']) {
            expect(colour(upcoming, selector), `${theme}: ${selector}`).to.equal(canvasText);
          }
          expect(colour(upcoming, '.button-icon', 'fill'), `${theme}: calendar icon`).to.equal(buttonText);
          expect(colour(upcoming, '[part="calendar-button"]'), `${theme}: calendar button`).to.equal(
            buttonText,
          );
          expect(colour(upcoming, '[part="link"]'), `${theme}: link`).to.equal(linkText);
        }
        // Nothing shown: still no space taken (no border drawn around nothing).
        expect((await createNotice(feed())).getBoundingClientRect().height).to.equal(0);
      });
    });

    it('does not animate when the user prefers reduced motion', async function () {
      // Emulated in Chromium and Firefox; WebKit skips (likewise below).
      await expectReducedMotion(
        this,
        () => createNotice(feed({ maintenances: [fullMaintenance('m', HOUR)] })),
        (el) => getComputedStyle(notice(el).base!).animationName,
        { moving: 'appear', still: 'none' },
      );
    });

    it('follows the operating system with theme="auto"', async function () {
      await expectAutoTheme(
        this,
        (attrs) => createNotice(feed({ maintenances: [fullMaintenance('m', HOUR)] }), { attrs }),
        (el) => {
          const style = getComputedStyle(notice(el).base!);
          return [style.backgroundColor, style.color, style.borderTopColor];
        },
      );
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible in every state (${theme})`, async function () {
        this.timeout(30_000);
        setClock(Date.parse('2026-11-25T12:00:00Z'));
        const states: [string, unknown, Record<string, string>][] = [
          [
            'upcoming',
            feed({
              maintenances: [fullMaintenance('u', 3 * HOUR, 2, { url: 'https://status.example.com/u' })],
            }),
            {},
          ],
          ['in progress', feed({ maintenances: [fullMaintenance('r', -HOUR)] }), {}],
          ['completed', feed({ maintenances: [fullMaintenance('c', -5 * HOUR, 2)] }), {}],
          [
            'cancelled',
            feed({ maintenances: [fullMaintenance('x', HOUR, 2, { status: 'cancelled' })] }),
            { maintenance: 'x' },
          ],
          [
            'recurring',
            feed({ maintenances: [weekly()], page: { timeZone: 'America/Los_Angeles' } }),
            { 'time-zone': 'Europe/Berlin' },
          ],
          ['compact', feed({ maintenances: [fullMaintenance('k', HOUR)] }), { variant: 'compact' }],
          ['empty', feed(), { 'show-empty': '' }],
        ];
        const wrapper = mount(html`<div></div>`);
        const notices: MaintenanceNotice[] = [];
        for (const [name, doc, attrs] of states) {
          const el = document.createElement('maintenance-notice');
          el.id = `axe-${name.replace(/\W+/g, '-')}`;
          for (const [attr, value] of Object.entries({ ...attrs, theme })) el.setAttribute(attr, value);
          el.feed = asFeed(doc);
          wrapper.append(el);
          notices.push(el);
        }
        await Promise.all(notices.map((el) => el.updateComplete));
        expect(notices.map((el) => notice(el).badgeText || notice(el).emptyText)).to.deep.equal([
          'Upcoming',
          'In progress',
          'Completed',
          'Cancelled',
          'Upcoming',
          'Upcoming',
          'No maintenance scheduled',
        ]);
        // One answer open, so its text is checked too.
        notices[0]!.shadowRoot!.querySelector('details')!.open = true;
        notices.forEach(skipAnimations);
        await expect(wrapper).to.be.accessible();
      });
    }
  });

  describe('feeds from the network', () => {
    it('shows nothing while a failing src has never delivered, or a line with show-errors', async () => {
      const el = document.createElement('maintenance-notice');
      el.interval = 0;
      el.src = `/__feed/missing.json?id=${uid('missing')}`;
      const failed = oneEvent(el, 'status-error');
      await fixture(html`${el}`);
      expect((await failed).detail.kind).to.equal('http');
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(0);
      el.showErrors = true;
      await el.updateComplete;
      expect(notice(el).emptyText).to.equal('Service status is unavailable right now');
    });

    it('renders every section of the example notice built from the reference document', async function () {
      this.timeout(15_000);
      const el = document.createElement('maintenance-notice');
      el.interval = 0;
      el.setAttribute('time-zone', 'Europe/Berlin');
      el.setAttribute('locale', 'en-GB');
      el.src = '/demo/feeds/maintenance-notice.json';
      const loaded = oneEvent(el, 'status-load');
      await fixture(html`${el}`);
      await loaded;
      // Friday 4 December 2026, a day before the window.
      setClock(Date.parse('2026-12-04T12:00:00Z'));
      el.requestUpdate();
      await el.updateComplete;
      expect(notice(el).titleText).to.equal('Analytics storage upgrade in the EU and India regions');
      expect(notice(el).badgeText).to.equal('Upcoming');
      expect($$(el, '[part="summary"] p')).to.have.length(3);
      expect(notice(el).windowTimes[0]).to.match(/Sat,? 5 Dec, 22:00( CET)?\s?–\s?Sun,? 6 Dec, 02:00 CET/);
      expect(notice(el).windowTimes[1], 'the page zone').to.match(
        /Sat,? 5 Dec, 13:00\s?–\s?17:00 (PST|GMT-8)/,
      );
      expect(notice(el).countdownText).to.equal('starts in 1 day');
      expect($$(el, 'table tbody tr')).to.have.length(6);
      expect($$(el, '[part="recommendations"] li')).to.have.length(4);
      expect(notice(el).faqItems).to.have.length(5);
      expect(notice(el).updateText).to.contain('Scheduled');
      expect(text($(el, '.affects'))).to.contain('India (Mumbai)');
      expect(notice(el).calendarButton).to.exist;
      expect(notice(el).link!.href).to.contain('status.tidewaterpulse.example');
      // After the window: the after-note.
      setClock(Date.parse('2026-12-06T09:00:00Z'));
      el.requestUpdate();
      await el.updateComplete;
      expect(notice(el).badgeText).to.equal('Completed');
      expect(notice(el).afterNoteText).not.to.equal('');
    });
  });
});
