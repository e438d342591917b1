/**
 * German (`de`): every built-in phrase of the library in this language, in the shape of
 * `LanguagePack` (the interfaces in the string modules say what each entry is for). Loaded
 * when an element first needs it (languages.ts), as a chunk of its own in bundles;
 * `status-widgets/languages` loads every language up front.
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
  critical: 'Kritischer Ausfall',
  major: 'Größere Störung',
  minor: 'Dienstproblem',
  maintenance: 'Wartung läuft',
  scheduled: 'Geplante Wartung',
  details: 'Details',
  unavailable: 'Der Dienststatus ist gerade nicht verfügbar',
  colon: '{label}:',
  fromPage: '{page}: {title}',
  getUpdates: 'Auf dem Laufenden bleiben',
  subscribeCalendar: 'Wartungskalender abonnieren',
  subscribeAtom: 'Atom/RSS-Feed',
  subscribeEmail: 'Neuigkeiten per E-Mail',
  subscribeSlack: 'Neuigkeiten in Slack',
  subscribeWebhook: 'Webhooks',
  report: 'Nachbetrachtung lesen',
  statuses: {
    investigating: 'Wird untersucht',
    identified: 'Ursache gefunden',
    monitoring: 'Wird beobachtet',
    resolved: 'Behoben',
    postmortem: 'Nachbetrachtung',
    scheduled: 'Geplant',
    in_progress: 'Läuft',
    verifying: 'Wird geprüft',
    completed: 'Abgeschlossen',
    cancelled: 'Abgesagt',
    update: 'Neuigkeit',
  },
};

const time: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'jeden Tag',
  everyNDays: 'alle {n} Tage',
  everyWeekday: 'jeden {weekdays}',
  everyNWeeks: 'alle {n} Wochen am {weekdays}',
  monthly: 'am {days} jedes Monats',
  everyNMonths: 'alle {n} Monate am {days}',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{n}.-letzten {weekday}',
  ordinals: ['ersten', 'zweiten', 'dritten', 'vierten', 'fünften'],
  last: 'letzten',
  monthDay: '{day}.',
  lastDay: 'letzten Tag',
  nthLastDay: '{n}.-letzten Tag',
  onlyOn: 'sofern es ein {weekdays} ist',
  until: 'bis {date}',
  times: '{n}-mal',
  forDuration: 'Dauer: {duration}',
  join: '{a}, {b}',
  starts: 'beginnt {relative}',
  started: 'begann {relative}',
  ends: 'endet {relative}',
  ended: 'endete {relative}',
  lasted: 'dauerte {duration}',
  ongoingFor: 'läuft seit {duration}',
  inYourTimeZone: 'in Ihrer Zeitzone',
};

const banner: BannerOwnStrings = {
  operational: 'Alle Systeme betriebsbereit',
  more: { one: '+{n} weiterer Eintrag', other: '+{n} weitere Einträge' },
  dismiss: 'Ausblenden: {title}',
  showMore: 'Mehr anzeigen',
  showLess: 'Weniger anzeigen',
};

const notice: NoticeOwnStrings = {
  upcoming: 'Bevorstehend',
  when: 'Wann',
  yourTime: 'Ihre Zeit',
  pageTime: 'Zeit {zone}',
  schedule: 'Zeitplan',
  nextWindows: 'Nächste Termine',
  affects: 'Betrifft',
  availability: 'Verfügbarkeit der Dienste während der Wartung',
  service: 'Dienst',
  duringWindow: 'Während der Wartung',
  available: 'Verfügbar',
  notAvailable: 'Nicht verfügbar',
  reason: 'Warum das nötig ist',
  recommendations: 'So bereiten Sie sich vor',
  faq: 'Fragen und Antworten',
  afterNote: 'Nach der Wartung',
  latestUpdate: 'Letzte Meldung',
  addToCalendar: 'Zum Kalender hinzufügen',
  statusPage: 'Auf der Statusseite ansehen',
  empty: 'Keine Wartung geplant',
};

const timeline: TimelineOwnStrings = {
  incidents: 'Störungen',
  noImpact: 'Keine Auswirkung',
  maintenanceDone: 'Wartung',
  empty: { one: 'Keine Störungen am letzten Tag', other: 'Keine Störungen in den letzten {days} Tagen' },
  notFound: 'Diese Störung ist nicht im Status-Feed enthalten',
  affected: 'Betroffen',
  regionsLabel: 'Regionen',
  startedLabel: 'Beginn',
  resolvedLabel: 'Behoben',
  windowLabel: 'Zeitraum',
  updates: 'Neuigkeiten',
  showAll: 'Alle {n} Neuigkeiten anzeigen',
  showFewer: 'Weniger Neuigkeiten anzeigen',
  showMore: '{n} weitere anzeigen',
  announce: 'Neuigkeit zu {title}: {status}',
};

const indicator: IndicatorOwnStrings = {
  operational: 'Alle Systeme betriebsbereit',
  degraded: 'Eingeschränkte Leistung',
  partialOutage: 'Teilweiser Ausfall',
  majorOutage: 'Schwerer Ausfall',
  label: 'Dienststatus: {state}',
};

const components: ComponentStatusOwnStrings = {
  list: 'Komponenten',
  operational: 'Betriebsbereit',
  degraded: 'Eingeschränkte Leistung',
  partialOutage: 'Teilausfall',
  majorOutage: 'Größerer Ausfall',
  underMaintenance: 'In Wartung',
  groupCount: { one: '{n} Komponente', other: '{n} Komponenten' },
  strip: '{name}, {range}',
  range: { one: 'heute', other: 'letzte {days} Tage' },
  uptime: {
    one: '{percent} Verfügbarkeit heute',
    other: '{percent} Verfügbarkeit in den letzten {days} Tagen',
  },
  history: { one: 'Störungen und Wartungen heute', other: 'Störungen und Wartungen der letzten {days} Tage' },
  incidentDays: { one: '{n} Tag mit Störungen', other: '{n} Tage mit Störungen' },
  noIncidentDays: 'Keine Störungen',
  dayCritical: 'kritischer Ausfall',
  dayMajor: 'größere Störung',
  dayMinor: 'Dienstproblem',
  dayMaintenance: 'Wartung',
  dayOperational: 'keine Störungen',
  dayNoData: 'keine Daten',
  day: '{date}: {summary}',
  dayDuration: '{level}, {duration}',
  dayItems: '{summary}; {items}',
  dayUptime: '{percent} Verfügbarkeit, {summary}',
  incidentCount: { one: '{n} Störung', other: '{n} Störungen' },
  maintenanceCount: '{n} Wartungsfenster',
  noImpact: 'Keine Auswirkung',
  maintenanceLabel: 'Wartung',
  announce: '{name}: {status}',
};

const language: LanguagePack = { common, time, banner, notice, timeline, indicator, components };
export default language;
