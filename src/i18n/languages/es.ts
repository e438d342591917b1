/**
 * Spanish (`es`): every built-in phrase of the library in this language, in the shape of
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
  critical: 'Caída crítica',
  major: 'Caída importante',
  minor: 'Incidencia en el servicio',
  maintenance: 'Mantenimiento en curso',
  scheduled: 'Mantenimiento programado',
  details: 'Detalles',
  unavailable: 'El estado del servicio no está disponible en este momento',
  colon: '{label}:',
  fromPage: '{page}: {title}',
  getUpdates: 'Recibir novedades',
  subscribeCalendar: 'Suscribirse al calendario de mantenimiento',
  subscribeAtom: 'Feed Atom/RSS',
  subscribeEmail: 'Novedades por correo electrónico',
  subscribeSlack: 'Novedades en Slack',
  subscribeWebhook: 'Webhooks',
  report: 'Leer el análisis posterior al incidente',
  statuses: {
    investigating: 'Investigando',
    identified: 'Causa identificada',
    monitoring: 'En observación',
    resolved: 'Resuelto',
    postmortem: 'Análisis posterior',
    scheduled: 'Programado',
    in_progress: 'En curso',
    verifying: 'Verificando',
    completed: 'Completado',
    cancelled: 'Cancelado',
    update: 'Actualización',
  },
};

const time: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'todos los días',
  everyNDays: 'cada {n} días',
  everyWeekday: 'cada {weekdays}',
  everyNWeeks: 'cada {n} semanas, el {weekdays}',
  monthly: 'el {days} de cada mes',
  everyNMonths: 'el {days} de cada {n} meses',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{ordinal} {weekday} contando desde el final',
  ordinals: ['primer', 'segundo', 'tercer', 'cuarto', 'quinto'],
  last: 'último',
  monthDay: 'día {day}',
  lastDay: 'último día',
  nthLastDay: '{n}.º día contando desde el final',
  onlyOn: 'solo si cae en {weekdays}',
  until: 'hasta el {date}',
  times: { one: '{n} vez', other: '{n} veces' },
  forDuration: 'durante {duration}',
  join: '{a}, {b}',
  starts: 'empieza {relative}',
  started: 'empezó {relative}',
  ends: 'termina {relative}',
  ended: 'terminó {relative}',
  lasted: 'duró {duration}',
  ongoingFor: 'en curso desde hace {duration}',
  inYourTimeZone: 'en tu zona horaria',
};

const banner: BannerOwnStrings = {
  operational: 'Todos los sistemas funcionan con normalidad',
  more: '+{n} más',
  dismiss: 'Descartar: {title}',
  showMore: 'Mostrar más',
  showLess: 'Mostrar menos',
};

const notice: NoticeOwnStrings = {
  upcoming: 'Próximo',
  when: 'Cuándo',
  yourTime: 'tu hora',
  pageTime: 'hora de {zone}',
  schedule: 'Calendario',
  nextWindows: 'Próximas ventanas',
  affects: 'Afecta a',
  availability: 'Disponibilidad de los servicios durante el mantenimiento',
  service: 'Servicio',
  duringWindow: 'Durante el mantenimiento',
  available: 'Disponible',
  notAvailable: 'No disponible',
  reason: 'Por qué es necesario',
  recommendations: 'Cómo prepararte',
  faq: 'Preguntas y respuestas',
  afterNote: 'Después del mantenimiento',
  latestUpdate: 'Última actualización',
  addToCalendar: 'Añadir al calendario',
  statusPage: 'Ver en la página de estado',
  empty: 'No hay mantenimiento programado',
};

const timeline: TimelineOwnStrings = {
  incidents: 'Incidencias',
  noImpact: 'Sin impacto',
  maintenanceDone: 'Mantenimiento',
  empty: {
    one: 'Ninguna incidencia en el último día',
    other: 'Ninguna incidencia en los últimos {days} días',
  },
  notFound: 'Esta incidencia no está en el feed de estado',
  affected: 'Afectado',
  regionsLabel: 'Regiones',
  startedLabel: 'Inicio',
  resolvedLabel: 'Resuelto',
  windowLabel: 'Periodo',
  updates: 'Actualizaciones',
  showAll: 'Mostrar las {n} actualizaciones',
  showFewer: 'Mostrar menos actualizaciones',
  showMore: 'Mostrar {n} más',
  announce: 'Actualización de {title}: {status}',
};

const indicator: IndicatorOwnStrings = {
  operational: 'Todos los sistemas funcionan con normalidad',
  degraded: 'Rendimiento degradado',
  partialOutage: 'Caída parcial',
  majorOutage: 'Caída importante',
  label: 'Estado del servicio: {state}',
};

const components: ComponentStatusOwnStrings = {
  list: 'Componentes',
  operational: 'Operativo',
  degraded: 'Rendimiento degradado',
  partialOutage: 'Caída parcial',
  majorOutage: 'Caída importante',
  underMaintenance: 'En mantenimiento',
  groupCount: { one: '{n} componente', other: '{n} componentes' },
  strip: '{name}, {range}',
  range: { one: 'hoy', other: 'últimos {days} días' },
  uptime: {
    one: '{percent} de disponibilidad hoy',
    other: '{percent} de disponibilidad en los últimos {days} días',
  },
  history: {
    one: 'Incidencias y mantenimientos de hoy',
    other: 'Incidencias y mantenimientos de los últimos {days} días',
  },
  incidentDays: { one: '{n} día con incidencias', other: '{n} días con incidencias' },
  noIncidentDays: 'Ninguna incidencia',
  dayCritical: 'caída crítica',
  dayMajor: 'caída importante',
  dayMinor: 'incidencia en el servicio',
  dayMaintenance: 'mantenimiento',
  dayOperational: 'ninguna incidencia',
  dayNoData: 'sin datos',
  day: '{date}: {summary}',
  dayDuration: '{level}, {duration}',
  dayItems: '{summary}; {items}',
  dayUptime: '{percent} de disponibilidad, {summary}',
  incidentCount: { one: '{n} incidencia', other: '{n} incidencias' },
  maintenanceCount: { one: '{n} mantenimiento', other: '{n} mantenimientos' },
  noImpact: 'Sin impacto',
  maintenanceLabel: 'Mantenimiento',
  announce: '{name}: {status}',
};

const language: LanguagePack = { common, time, banner, notice, timeline, indicator, components };
export default language;
