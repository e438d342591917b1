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

const language: LanguagePack = { common, time, banner, notice, timeline };
export default language;
