/**
 * One harness per element, for every browser test: the parts of its shadow root as the tests
 * read them. `banner(el).closeButton`, `notice(el).badgeText`, `timeline(el).card('Incident a')
 * .statusText`. The conventions:
 * - a getter named after a part returns that part's element, or null when it is not rendered
 *   (lists return every match, in document order);
 * - a getter ending in `Text` returns the part's text with white space folded, '' when it is
 *   not rendered;
 * - every getter queries again, so one harness can be kept across re-renders;
 * - `part(name)` / `parts(name)` reach any other part, `query(selector)` anything else.
 * `createBanner()`, `createNotice()`, `createTimeline()` and `createIndicator()` put an element showing a feed in the
 * page (see `create` in elements.ts).
 * `createBanner()`, `createNotice()`, `createTimeline()` and `createComponentStatus()` put an
 * element showing a feed in the page (see `create` in elements.ts).
 */
import type { IncidentTimeline } from '../../../src/elements/incident-timeline/incident-timeline.js';
import type { MaintenanceNotice } from '../../../src/elements/maintenance-notice/maintenance-notice.js';
import type { StatusBanner } from '../../../src/elements/status-banner/status-banner.js';
import type { StatusIndicator } from '../../../src/elements/status-indicator/status-indicator.js';
import type { ComponentStatusElement } from '../../../src/elements/component-status/component-status.js';
import { $, $$, create, text, type CreateOptions } from './elements.js';

/** The parts under one scope: an element's shadow root, or a node inside it (a timeline card). */
export class Parts {
  constructor(readonly scope: Element) {}

  /** The first element whose `part` is exactly `name`. */
  part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return $<T>(this.scope, `[part="${name}"]`);
  }

  /** Every element whose `part` is exactly `name`. */
  parts<T extends HTMLElement = HTMLElement>(name: string): T[] {
    return $$<T>(this.scope, `[part="${name}"]`);
  }

  query<T extends Element = HTMLElement>(selector: string): T | null {
    return $<T>(this.scope, selector);
  }

  queryAll<T extends Element = HTMLElement>(selector: string): T[] {
    return $$<T>(this.scope, selector);
  }

  /** The outermost part (`[part="base"]`). */
  get base() {
    return this.part('base');
  }

  /** All the element shows, as text ('' when nothing is rendered). */
  get shownText() {
    return text(this.base);
  }

  get link() {
    return this.part<HTMLAnchorElement>('link');
  }
}

/** The parts every status element has (`base`, `shownText`, `link`, `part()`…), for tests of all three. */
export const harness = (el: Element) => new Parts(el);

// ---------------------------------------------------------------------------------------------
// <status-banner>

export class BannerHarness extends Parts {
  get icon() {
    return this.part('icon');
  }
  get label() {
    return this.part('label');
  }
  get labelText() {
    return text(this.label);
  }
  /** The item's title (a class, not a part: hosts style the message as a whole). */
  get title() {
    return this.query('.title');
  }
  get titleText() {
    return text(this.title);
  }
  /** The latest update of an incident, the window of a maintenance. */
  get detail() {
    return this.query('.detail');
  }
  get detailText() {
    return text(this.detail);
  }
  get countdown() {
    return this.part('countdown');
  }
  get countdownText() {
    return text(this.countdown);
  }
  /** "+N more", a link to the status page. */
  get more() {
    return this.part<HTMLAnchorElement>('more');
  }
  get moreText() {
    return text(this.more);
  }
  /** "Show more" / "Show less" for a long update. */
  get toggle() {
    return this.part<HTMLButtonElement>('toggle');
  }
  get closeButton() {
    return this.part<HTMLButtonElement>('close-button');
  }
  /** The assertive live region (major and critical incidents). */
  get alertRegion() {
    return this.query('[role="alert"]');
  }
  /** The polite live region (everything else). */
  get statusRegion() {
    return this.query('[role="status"]');
  }
}

export const banner = (el: StatusBanner) => new BannerHarness(el);

/** A connected banner showing `doc` (or no feed, for `undefined`), rendered. */
export const createBanner = (doc?: unknown, options?: CreateOptions<StatusBanner>) =>
  create('status-banner', doc, options);

// ---------------------------------------------------------------------------------------------
// <maintenance-notice>

export class NoticeHarness extends Parts {
  get title() {
    return this.part('title');
  }
  get titleText() {
    return text(this.title);
  }
  get badge() {
    return this.part('badge');
  }
  get badgeText() {
    return text(this.badge);
  }
  get countdown() {
    return this.part('countdown');
  }
  get countdownText() {
    return text(this.countdown);
  }
  get window() {
    return this.part('window');
  }
  /** The window's times, the viewer's zone first (and the page's zone when it differs). */
  get windowTimes() {
    return this.queryAll('[part="window"] .time').map(text);
  }
  /** The names of the window's zones ("(your time)", "(Pacific Time)"). */
  get zoneNotes() {
    return this.queryAll('[part="window"] .zone-note').map(text);
  }
  get summary() {
    return this.part('summary');
  }
  get availability() {
    return this.part<HTMLTableElement>('availability');
  }
  /** The section titles (How to prepare, Questions and answers, Latest update). */
  get headings() {
    return this.parts('heading');
  }
  get sectionTitles() {
    return this.headings.map(text);
  }
  get faqItems() {
    return this.parts<HTMLDetailsElement>('faq-item');
  }
  get schedule() {
    return this.part('schedule');
  }
  /** The next occurrences of a recurring window. */
  get scheduleItems() {
    return this.queryAll('[part="schedule"] li').map(text);
  }
  get update() {
    return this.part('update');
  }
  get updateText() {
    return text(this.update);
  }
  get afterNote() {
    return this.part('after-note');
  }
  get afterNoteText() {
    return text(this.afterNote);
  }
  get calendarButton() {
    return this.part<HTMLButtonElement>('calendar-button');
  }
  /** "No maintenance scheduled", or the error line. */
  get empty() {
    return this.part('empty');
  }
  get emptyText() {
    return text(this.empty);
  }
  /** The polite live region that announces a phase change. */
  get liveRegion() {
    return this.query('[role="status"]');
  }
}

export const notice = (el: MaintenanceNotice) => new NoticeHarness(el);

/** A connected notice showing `doc` (or no feed, for `undefined`), rendered. */
export const createNotice = (doc?: unknown, options?: CreateOptions<MaintenanceNotice>) =>
  create('maintenance-notice', doc, options);

// ---------------------------------------------------------------------------------------------
// <incident-timeline>

/** The parts of one timeline card, or of a whole timeline (first matches). */
export class CardHarness extends Parts {
  /** The card itself (the timeline, for a whole timeline). */
  get element(): HTMLElement {
    return this.scope as HTMLElement;
  }
  get title() {
    return this.part('title');
  }
  get titleText() {
    return text(this.title);
  }
  get badge() {
    return this.part('badge');
  }
  get badgeText() {
    return text(this.badge);
  }
  get status() {
    return this.part('status');
  }
  get statusText() {
    return text(this.status);
  }
  get duration() {
    return this.part('duration');
  }
  get durationText() {
    return text(this.duration);
  }
  /** "Show all N updates" / "Show fewer updates". */
  get toggle() {
    return this.part<HTMLButtonElement>('toggle');
  }
  get updates() {
    return this.parts('update');
  }
  get updateBodies() {
    return this.parts('update-body').map(text);
  }
  /** The facts (Affected, Regions, Started, Resolved) by label, without the label's colon. */
  get facts(): Record<string, string> {
    return Object.fromEntries(
      this.queryAll('[part="meta"] > div').map((row) => [
        text($(row, 'dt')).replace(/\s*[:：]$/, ''),
        text($(row, 'dd')),
      ]),
    );
  }
}

export class TimelineHarness extends CardHarness {
  /** The cards, in order. */
  get incidents() {
    return this.parts('incident');
  }
  /** The titles of the cards, in order. */
  get titles() {
    return this.parts('title').map(text);
  }
  /** The card titled `title`, or the card at `index`; fails the test when there is none. */
  card(which: string | number): CardHarness {
    const cards = this.incidents;
    const found =
      typeof which === 'number' ? cards[which] : cards.find((c) => text($(c, '[part="title"]')) === which);
    if (!found)
      throw new Error(`no card ${JSON.stringify(which)}; the titles are ${JSON.stringify(this.titles)}`);
    return new CardHarness(found);
  }
  /** "Show N more" (the next page). */
  get more() {
    return this.part<HTMLButtonElement>('more');
  }
  get moreText() {
    return text(this.more);
  }
  /** "No incidents in the last 90 days", or the error line. */
  get empty() {
    return this.part('empty');
  }
  get emptyText() {
    return text(this.empty);
  }
  /** The polite live region that announces new updates. */
  get announcer() {
    return this.query('[role="status"]');
  }
}

export const timeline = (el: IncidentTimeline) => new TimelineHarness(el);

/** The parts of one card, `timeline(el).incidents[i]`. */
export const card = (node: Element) => new CardHarness(node);

/** A connected timeline showing `doc` (or no feed, for `undefined`), rendered. */
export const createTimeline = (doc?: unknown, options?: CreateOptions<IncidentTimeline>) =>
  create('incident-timeline', doc, options);

// ---------------------------------------------------------------------------------------------
// <status-indicator>

export class IndicatorHarness extends Parts {
  get dot() {
    return this.part('dot');
  }
  /** The state's name ("Partial outage"); absent with variant="dot". */
  get label() {
    return this.part('label');
  }
  get labelText() {
    return text(this.label);
  }
  get tooltip() {
    return this.part('tooltip');
  }
  get tooltipText() {
    return text(this.tooltip);
  }
  /** The element that carries the accessible name: the link, or the dot alone (role="img"). */
  get named() {
    return this.link ?? this.query('[role="img"]');
  }
  /** Its `aria-label`, '' without one. */
  get name() {
    return this.named?.getAttribute('aria-label') ?? '';
  }
  /** The polite live region that announces a change of state. */
  get announcer() {
    return this.query('[role="status"]');
  }
  get announcerText() {
    return text(this.announcer);
  }
}

export const indicator = (el: StatusIndicator) => new IndicatorHarness(el);

/** A connected indicator showing `doc` (or no feed, for `undefined`), rendered. */
export const createIndicator = (doc?: unknown, options?: CreateOptions<StatusIndicator>) =>
  create('status-indicator', doc, options);
// <component-status>

/** One component of a `<component-status>`: its name, status, strip of bars, caption and popover. */
export class ComponentRowHarness extends Parts {
  /** The component's list item. */
  get element(): HTMLElement {
    return this.scope as HTMLElement;
  }
  get nameText() {
    return text(this.part('name'));
  }
  get status() {
    return this.part('status');
  }
  get statusText() {
    return text(this.status);
  }
  get strip() {
    return this.part('strip');
  }
  /** The day bars, oldest first. */
  get bars() {
    return this.queryAll<HTMLButtonElement>('[part~="bar"]');
  }
  /** Each bar's accessible name, oldest first. */
  get labels() {
    return this.bars.map((bar) => bar.getAttribute('aria-label') ?? '');
  }
  /** What each day was (`critical` … `nodata`), from the bars' parts, oldest first. */
  get levels() {
    return this.bars.map((bar) => bar.getAttribute('part')!.replace(/^bar bar-/, ''));
  }
  /** The days (indexes, oldest 0) whose bar is in the tab order: there should be one. */
  get tabStops(): number[] {
    return this.bars.flatMap((bar, index) => (bar.tabIndex === 0 ? [index] : []));
  }
  /** The day (index) whose bar has focus, or -1. */
  get focusedDay(): number {
    const focused = (this.scope.getRootNode() as ShadowRoot).activeElement;
    return this.bars.findIndex((bar) => bar === focused);
  }
  /** Whether a day's popover is open. */
  get isOpen(): boolean {
    return this.popover !== null;
  }
  get captionText() {
    return text(this.part('caption'));
  }
  /** The popover, when one of this component's days is open. */
  get popover() {
    const popover = this.part('popover');
    return popover && !popover.hidden ? popover : null;
  }
  get popoverText() {
    return text(this.popover);
  }
}

export class ComponentStatusHarness extends Parts {
  /** Every component shown (in groups or not), in order. */
  get components() {
    return this.parts('component');
  }
  /** The names of the components, in order. */
  get names() {
    return this.parts('name').map(text);
  }
  /** The component named `name`, or the one at `index`; fails the test when there is none. */
  row(which: string | number): ComponentRowHarness {
    const rows = this.components;
    const found =
      typeof which === 'number' ? rows[which] : rows.find((r) => text($(r, '[part="name"]')) === which);
    if (!found)
      throw new Error(`no component ${JSON.stringify(which)}; the names are ${JSON.stringify(this.names)}`);
    return new ComponentRowHarness(found);
  }
  get groups() {
    return this.parts('group');
  }
  get groupNames() {
    return this.parts('group-name').map(text);
  }
  /** The toggle of the group named `name`. */
  groupToggle(name: string): HTMLButtonElement {
    const toggle = this.parts<HTMLButtonElement>('group-toggle').find(
      (button) => text($(button, '[part="group-name"]')) === name,
    );
    if (!toggle)
      throw new Error(`no group ${JSON.stringify(name)}; the groups are ${JSON.stringify(this.groupNames)}`);
    return toggle;
  }
  /** The open popover, wherever it is. */
  get popover() {
    return this.parts('popover').find((popover) => !popover.hidden) ?? null;
  }
  get empty() {
    return this.part('empty');
  }
  get emptyText() {
    return text(this.empty);
  }
  /** The polite live region that announces changes of status. */
  get announcer() {
    return this.query('[role="status"]');
  }
}

export const componentStatus = (el: ComponentStatusElement) => new ComponentStatusHarness(el);

/** A connected `<component-status>` showing `doc` (or no feed, for `undefined`), rendered. */
export const createComponentStatus = (doc?: unknown, options?: CreateOptions<ComponentStatusElement>) =>
  create('component-status', doc, options);
