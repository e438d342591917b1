/**
 * Brazilian Portuguese (also every other Portuguese) (`pt-BR`): every built-in phrase of the library in this language, in the shape of
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
  critical: 'Interrupção crítica',
  major: 'Interrupção grave',
  minor: 'Problema no serviço',
  maintenance: 'Manutenção em andamento',
  scheduled: 'Manutenção programada',
  details: 'Detalhes',
  unavailable: 'O status do serviço não está disponível no momento',
  colon: '{label}:',
  fromPage: '{page}: {title}',
  getUpdates: 'Receber atualizações',
  subscribeCalendar: 'Assinar o calendário de manutenções',
  subscribeAtom: 'Feed Atom/RSS',
  subscribeEmail: 'Atualizações por e-mail',
  subscribeSlack: 'Atualizações no Slack',
  subscribeWebhook: 'Webhooks',
  report: 'Ler a análise pós-incidente',
  statuses: {
    investigating: 'Investigando',
    identified: 'Causa identificada',
    monitoring: 'Monitorando',
    resolved: 'Resolvido',
    postmortem: 'Análise pós-incidente',
    scheduled: 'Programada',
    in_progress: 'Em andamento',
    verifying: 'Verificando',
    completed: 'Concluída',
    cancelled: 'Cancelada',
    update: 'Atualização',
  },
};

const time: TimeStrings = {
  // segunda-feira … sexta-feira are feminine, sábado and domingo masculine.
  weekdayGenders: 'fffffmm',
  everyDay: 'todos os dias',
  everyNDays: 'a cada {n} dias',
  everyWeekday: { f: 'toda {weekdays}', other: 'todo {weekdays}' },
  everyNWeeks: { f: 'a cada {n} semanas, na {weekdays}', other: 'a cada {n} semanas, no {weekdays}' },
  monthly: '{days} de cada mês',
  everyNMonths: '{days} a cada {n} meses',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: '{ordinal} {weekday} contando do fim',
  ordinals: [
    { f: 'primeira', other: 'primeiro' },
    { f: 'segunda', other: 'segundo' },
    { f: 'terceira', other: 'terceiro' },
    { f: 'quarta', other: 'quarto' },
    { f: 'quinta', other: 'quinto' },
  ],
  last: { f: 'última', other: 'último' },
  monthDay: 'dia {day}',
  lastDay: 'último dia',
  nthLastDay: '{n}º dia contando do fim',
  onlyOn: { f: 'somente se cair numa {weekdays}', other: 'somente se cair num {weekdays}' },
  until: 'até {date}',
  times: { one: '{n} vez', other: '{n} vezes' },
  forDuration: 'durante {duration}',
  join: '{a}, {b}',
  starts: 'começa {relative}',
  started: 'começou {relative}',
  ends: 'termina {relative}',
  ended: 'terminou {relative}',
  lasted: 'durou {duration}',
  ongoingFor: 'em andamento há {duration}',
  inYourTimeZone: 'no seu fuso horário',
};

const banner: BannerOwnStrings = {
  operational: 'Todos os sistemas operacionais',
  more: { one: '+{n} outro', other: '+{n} outros' },
  dismiss: 'Dispensar: {title}',
  showMore: 'Mostrar mais',
  showLess: 'Mostrar menos',
};

const notice: NoticeOwnStrings = {
  upcoming: 'Em breve',
  when: 'Quando',
  yourTime: 'seu horário',
  pageTime: 'horário de {zone}',
  schedule: 'Programação',
  nextWindows: 'Próximas janelas',
  affects: 'Afeta',
  availability: 'Disponibilidade dos serviços durante a manutenção',
  service: 'Serviço',
  duringWindow: 'Durante a manutenção',
  available: 'Disponível',
  notAvailable: 'Indisponível',
  reason: 'Por que é necessária',
  recommendations: 'Como se preparar',
  faq: 'Perguntas e respostas',
  afterNote: 'Depois da manutenção',
  latestUpdate: 'Última atualização',
  addToCalendar: 'Adicionar à agenda',
  statusPage: 'Ver na página de status',
  empty: 'Nenhuma manutenção programada',
};

const timeline: TimelineOwnStrings = {
  incidents: 'Incidentes',
  noImpact: 'Sem impacto',
  maintenanceDone: 'Manutenção',
  empty: { one: 'Nenhum incidente no último dia', other: 'Nenhum incidente nos últimos {days} dias' },
  notFound: 'Este incidente não está no feed de status',
  affected: 'Afetado',
  regionsLabel: 'Regiões',
  startedLabel: 'Início',
  resolvedLabel: 'Resolvido',
  windowLabel: 'Período',
  updates: 'Atualizações',
  showAll: 'Mostrar todas as {n} atualizações',
  showFewer: 'Mostrar menos atualizações',
  showMore: 'Mostrar mais {n}',
  announce: 'Atualização sobre {title}: {status}',
};

const indicator: IndicatorOwnStrings = {
  operational: 'Todos os sistemas operacionais',
  degraded: 'Desempenho degradado',
  partialOutage: 'Interrupção parcial',
  majorOutage: 'Interrupção grave',
  label: 'Status do serviço: {state}',
};

const components: ComponentStatusOwnStrings = {
  list: 'Componentes',
  operational: 'Operacional',
  degraded: 'Desempenho degradado',
  partialOutage: 'Interrupção parcial',
  majorOutage: 'Interrupção grave',
  underMaintenance: 'Em manutenção',
  groupCount: { one: '{n} componente', other: '{n} componentes' },
  strip: '{name}, {range}',
  range: { one: 'hoje', other: 'últimos {days} dias' },
  uptime: {
    one: '{percent} de disponibilidade hoje',
    other: '{percent} de disponibilidade nos últimos {days} dias',
  },
  history: {
    one: 'Incidentes e manutenções de hoje',
    other: 'Incidentes e manutenções dos últimos {days} dias',
  },
  incidentDays: { one: '{n} dia com incidentes', other: '{n} dias com incidentes' },
  noIncidentDays: 'Nenhum incidente',
  dayCritical: 'interrupção crítica',
  dayMajor: 'interrupção grave',
  dayMinor: 'problema no serviço',
  dayMaintenance: 'manutenção',
  dayOperational: 'nenhum incidente',
  dayNoData: 'sem dados',
  day: '{date}: {summary}',
  dayDuration: '{level}, {duration}',
  dayItems: '{summary}; {items}',
  dayUptime: '{percent} de disponibilidade, {summary}',
  incidentCount: { one: '{n} incidente', other: '{n} incidentes' },
  maintenanceCount: { one: '{n} manutenção', other: '{n} manutenções' },
  noImpact: 'Sem impacto',
  maintenanceLabel: 'Manutenção',
  announce: '{name}: {status}',
};

const language: LanguagePack = { common, time, banner, notice, timeline, indicator, components };
export default language;
