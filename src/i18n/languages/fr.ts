/**
 * French (`fr`): every built-in phrase of the library in this language, in the shape of
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
  critical: 'Panne critique',
  major: 'Panne majeure',
  minor: 'Incident de service',
  maintenance: 'Maintenance en cours',
  scheduled: 'Maintenance planifiée',
  details: 'Détails',
  unavailable: 'L’état du service est indisponible pour le moment',
  colon: '{label}\u202f:',
  fromPage: '{page}\u202f: {title}',
  getUpdates: 'Recevoir les mises à jour',
  subscribeCalendar: 'S’abonner au calendrier des maintenances',
  subscribeAtom: 'Flux Atom/RSS',
  subscribeEmail: 'Mises à jour par e-mail',
  subscribeSlack: 'Mises à jour dans Slack',
  subscribeWebhook: 'Webhooks',
  report: 'Lire le bilan de l’incident',
  statuses: {
    investigating: 'Analyse en cours',
    identified: 'Cause identifiée',
    monitoring: 'Sous surveillance',
    resolved: 'Résolu',
    postmortem: 'Bilan de l’incident',
    scheduled: 'Planifiée',
    in_progress: 'En cours',
    verifying: 'Vérification',
    completed: 'Terminée',
    cancelled: 'Annulée',
    update: 'Mise à jour',
  },
};

const time: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'tous les jours',
  everyNDays: 'tous les {n} jours',
  everyWeekday: 'chaque {weekdays}',
  everyNWeeks: 'toutes les {n} semaines, le {weekdays}',
  monthly: 'chaque {days} du mois',
  everyNMonths: 'chaque {days} du mois, tous les {n} mois',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{ordinal} {weekday} en partant de la fin',
  ordinals: ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième'],
  last: 'dernier',
  monthDay: { one: '{day}er', other: '{day}' },
  lastDay: 'dernier jour',
  nthLastDay: '{n}e jour en partant de la fin',
  onlyOn: 's’il tombe un {weekdays}',
  until: 'jusqu’au {date}',
  times: '{n} fois',
  forDuration: 'pendant {duration}',
  join: '{a}, {b}',
  starts: 'commence {relative}',
  started: 'a commencé {relative}',
  ends: 'se termine {relative}',
  ended: 'a pris fin {relative}',
  lasted: 'a duré {duration}',
  ongoingFor: 'en cours depuis {duration}',
  inYourTimeZone: 'dans votre fuseau horaire',
};

const banner: BannerOwnStrings = {
  operational: 'Tous les systèmes sont opérationnels',
  more: { one: '+{n} autre', other: '+{n} autres' },
  dismiss: 'Masquer : {title}',
  showMore: 'Afficher plus',
  showLess: 'Afficher moins',
};

const notice: NoticeOwnStrings = {
  upcoming: 'À venir',
  when: 'Quand',
  yourTime: 'votre heure',
  pageTime: 'heure de {zone}',
  schedule: 'Calendrier',
  nextWindows: 'Prochaines plages',
  affects: 'Concerne',
  availability: 'Disponibilité des services pendant la maintenance',
  service: 'Service',
  duringWindow: 'Pendant la maintenance',
  available: 'Disponible',
  notAvailable: 'Indisponible',
  reason: 'Pourquoi cette maintenance',
  recommendations: 'Comment vous préparer',
  faq: 'Questions et réponses',
  afterNote: 'Après la maintenance',
  latestUpdate: 'Dernière mise à jour',
  addToCalendar: 'Ajouter au calendrier',
  statusPage: 'Voir sur la page d’état',
  empty: 'Aucune maintenance prévue',
};

const timeline: TimelineOwnStrings = {
  incidents: 'Incidents',
  noImpact: 'Sans impact',
  maintenanceDone: 'Maintenance',
  empty: { one: 'Aucun incident ces dernières 24 heures', other: 'Aucun incident ces {days} derniers jours' },
  notFound: 'Cet incident ne figure pas dans le flux d’état',
  affected: 'Concerné',
  regionsLabel: 'Régions',
  startedLabel: 'Début',
  resolvedLabel: 'Résolu',
  windowLabel: 'Créneau',
  updates: 'Mises à jour',
  showAll: 'Afficher les {n} mises à jour',
  showFewer: 'Afficher moins de mises à jour',
  showMore: 'Afficher {n} de plus',
  announce: 'Mise à jour sur {title} : {status}',
};

const indicator: IndicatorOwnStrings = {
  operational: 'Tous les systèmes sont opérationnels',
  degraded: 'Performances dégradées',
  partialOutage: 'Panne partielle',
  majorOutage: 'Panne majeure',
  label: 'État du service\u202f: {state}',
};

const components: ComponentStatusOwnStrings = {
  list: 'Composants',
  operational: 'Opérationnel',
  degraded: 'Performances dégradées',
  partialOutage: 'Panne partielle',
  majorOutage: 'Panne majeure',
  underMaintenance: 'En maintenance',
  groupCount: { one: '{n} composant', other: '{n} composants' },
  strip: '{name}, {range}',
  range: { one: 'aujourd’hui', other: '{days} derniers jours' },
  uptime: {
    one: '{percent} de disponibilité aujourd’hui',
    other: '{percent} de disponibilité sur les {days} derniers jours',
  },
  history: {
    one: 'Incidents et maintenances aujourd’hui',
    other: 'Incidents et maintenances des {days} derniers jours',
  },
  incidentDays: { one: '{n} jour avec incidents', other: '{n} jours avec incidents' },
  noIncidentDays: 'Aucun incident',
  dayCritical: 'panne critique',
  dayMajor: 'panne majeure',
  dayMinor: 'incident de service',
  dayMaintenance: 'maintenance',
  dayOperational: 'aucun incident',
  dayNoData: 'aucune donnée',
  day: '{date}\u202f: {summary}',
  dayDuration: '{level}, {duration}',
  dayItems: '{summary}\u202f; {items}',
  dayUptime: '{percent} de disponibilité, {summary}',
  incidentCount: { one: '{n} incident', other: '{n} incidents' },
  maintenanceCount: { one: '{n} maintenance', other: '{n} maintenances' },
  noImpact: 'Sans impact',
  maintenanceLabel: 'Maintenance',
  announce: '{name}\u202f: {status}',
};

const language: LanguagePack = { common, time, banner, notice, timeline, indicator, components };
export default language;
