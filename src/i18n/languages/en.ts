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

const language: LanguagePack = { common, time, banner, notice, timeline };
export default language;
