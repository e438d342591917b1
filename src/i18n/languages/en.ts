/**
 * English (`en`): every built-in phrase of the library in this language, in the shape of
 * `LanguagePack` (the interfaces in the string modules say what each entry is for). Always
 * there: the language every other one falls back to.
 */
import type { LanguagePack } from '../languages.js';
import type { CommonStrings } from '../common-strings.js';
import type { TimeStrings } from '../strings.js';
import type { BannerOwnStrings } from '../banner-strings.js';
import type { NoticeOwnStrings } from '../notice-strings.js';
import type { TimelineOwnStrings } from '../timeline-strings.js';
import type { IndicatorOwnStrings } from '../indicator-strings.js';
import type { ComponentStatusOwnStrings } from '../component-strings.js';

const common: CommonStrings = {
  critical: 'Critical outage',
  major: 'Major outage',
  minor: 'Service issue',
  maintenance: 'Maintenance in progress',
  scheduled: 'Scheduled maintenance',
  details: 'Details',
  unavailable: 'Service status is unavailable right now',
  colon: '{label}:',
  fromPage: '{page}: {title}',
  getUpdates: 'Get updates',
  subscribeCalendar: 'Subscribe to the maintenance calendar',
  subscribeAtom: 'Atom/RSS feed',
  subscribeEmail: 'E-mail updates',
  subscribeSlack: 'Updates in Slack',
  subscribeWebhook: 'Webhooks',
  report: 'Read the post-incident review',
  statuses: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
    postmortem: 'Post-incident review',
    scheduled: 'Scheduled',
    in_progress: 'In progress',
    verifying: 'Verifying',
    completed: 'Completed',
    cancelled: 'Cancelled',
    update: 'Update',
  },
};

const time: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'every day',
  everyNDays: 'every {n} days',
  everyWeekday: 'every {weekdays}',
  everyNWeeks: 'every {n} weeks on {weekdays}',
  monthly: '{days} of every month',
  everyNMonths: '{days} of every {n} months',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{ordinal}-to-last {weekday}',
  ordinals: ['first', 'second', 'third', 'fourth', 'fifth'],
  last: 'last',
  monthDay: 'day {day}',
  lastDay: 'last day',
  nthLastDay: {
    one: '{n}st-to-last day',
    two: '{n}nd-to-last day',
    few: '{n}rd-to-last day',
    other: '{n}th-to-last day',
  },
  onlyOn: 'only if it falls on a {weekdays}',
  until: 'until {date}',
  times: { one: 'once', other: '{n} times' },
  forDuration: 'for {duration}',
  join: '{a}, {b}',
  starts: 'starts {relative}',
  started: 'started {relative}',
  ends: 'ends {relative}',
  ended: 'ended {relative}',
  lasted: 'lasted {duration}',
  ongoingFor: 'ongoing for {duration}',
  inYourTimeZone: 'in your time zone',
};

const banner: BannerOwnStrings = {
  operational: 'All systems operational',
  more: '+{n} more',
  dismiss: 'Dismiss: {title}',
  showMore: 'Show more',
  showLess: 'Show less',
};

const notice: NoticeOwnStrings = {
  upcoming: 'Upcoming',
  when: 'When',
  yourTime: 'your time',
  pageTime: '{zone} time',
  schedule: 'Schedule',
  nextWindows: 'Next windows',
  affects: 'Affects',
  availability: 'Service availability during the window',
  service: 'Service',
  duringWindow: 'During the window',
  available: 'Available',
  notAvailable: 'Not available',
  reason: 'Why this is needed',
  recommendations: 'How to prepare',
  faq: 'Questions and answers',
  afterNote: 'After the window',
  latestUpdate: 'Latest update',
  addToCalendar: 'Add to calendar',
  statusPage: 'View on the status page',
  empty: 'No maintenance scheduled',
};

const timeline: TimelineOwnStrings = {
  incidents: 'Incidents',
  noImpact: 'No impact',
  maintenanceDone: 'Maintenance',
  empty: { one: 'No incidents in the last day', other: 'No incidents in the last {days} days' },
  notFound: 'This incident is not in the status feed',
  affected: 'Affected',
  regionsLabel: 'Regions',
  startedLabel: 'Started',
  resolvedLabel: 'Resolved',
  windowLabel: 'Window',
  updates: 'Updates',
  showAll: 'Show all {n} updates',
  showFewer: 'Show fewer updates',
  showMore: 'Show {n} more',
  announce: 'Update on {title}: {status}',
};

const indicator: IndicatorOwnStrings = {
  operational: 'All systems operational',
  degraded: 'Degraded performance',
  partialOutage: 'Partial outage',
  majorOutage: 'Major outage',
  label: 'Service status: {state}',
};

const components: ComponentStatusOwnStrings = {
  list: 'Components',
  operational: 'Operational',
  degraded: 'Degraded performance',
  partialOutage: 'Partial outage',
  majorOutage: 'Major outage',
  underMaintenance: 'Under maintenance',
  groupCount: { one: '{n} component', other: '{n} components' },
  strip: '{name}, {range}',
  range: { one: 'today', other: 'last {days} days' },
  uptime: { one: '{percent} uptime today', other: '{percent} uptime over the last {days} days' },
  history: {
    one: 'Incidents and maintenance today',
    other: 'Incidents and maintenance over the last {days} days',
  },
  incidentDays: { one: '{n} day with incidents', other: '{n} days with incidents' },
  noIncidentDays: 'No incidents',
  dayCritical: 'critical outage',
  dayMajor: 'major outage',
  dayMinor: 'service issue',
  dayMaintenance: 'maintenance',
  dayOperational: 'no incidents',
  dayNoData: 'no data',
  day: '{date}: {summary}',
  dayDuration: '{level}, {duration}',
  dayItems: '{summary}; {items}',
  dayUptime: '{percent} uptime, {summary}',
  incidentCount: { one: '{n} incident', other: '{n} incidents' },
  maintenanceCount: { one: '{n} maintenance window', other: '{n} maintenance windows' },
  noImpact: 'No impact',
  maintenanceLabel: 'Maintenance',
  announce: '{name}: {status}',
};

const language: LanguagePack = { common, time, banner, notice, timeline, indicator, components };
export default language;
