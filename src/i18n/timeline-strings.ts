/**
 * The timeline's own words in each built-in language. Times, relative times and durations come
 * from `Intl` and the time phrases (strings.ts: "lasted {duration}", "ongoing for {duration}"),
 * the shared labels and status words from common-strings.ts; a `strings` property on the element
 * overrides any entry. Placeholders are `{name}`, filled by `fill`; an entry given as an object
 * has one form per plural category of its number (`one`, `other`, …; see `Phrase`).
 */
import type { SupportedLocale } from './locale.js';
import type { Phrase } from './strings.js';
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string the timeline shows: the common ones (common-strings.ts) and its own. */
export type TimelineStrings = ElementStrings<TimelineOwnStrings>;

export interface TimelineOwnStrings {
  /** The accessible name of the list of incidents. */
  incidents: string;
  /** The badge of an incident of impact `none`. */
  noImpact: string;
  /** The badge of a completed maintenance window in the history. */
  maintenanceDone: string;
  /** With `show-empty`, when nothing happened in the window: "No incidents in the last {days} days". */
  empty: Phrase;
  /** With `show-empty` and `incident`, when the feed has no incident with that id. */
  notFound: string;
  /** Labels of the facts about an item. */
  affected: string;
  regionsLabel: string;
  startedLabel: string;
  resolvedLabel: string;
  windowLabel: string;
  /** The accessible name of an item's list of updates. */
  updates: string;
  /** Expands a long list of updates: "Show all {n} updates". */
  showAll: Phrase;
  /** Collapses it again. */
  showFewer: string;
  /** Reveals the next page of items: "Show {n} more". */
  showMore: Phrase;
  /** The polite announcement of a new update: "Update on {title}: {status}". */
  announce: string;
}

const en: TimelineOwnStrings = {
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

const de: TimelineOwnStrings = {
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

const fr: TimelineOwnStrings = {
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

const es: TimelineOwnStrings = {
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

const ptBR: TimelineOwnStrings = {
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

const ja: TimelineOwnStrings = {
  incidents: '障害',
  noImpact: '影響なし',
  maintenanceDone: 'メンテナンス',
  empty: '過去{days}日間に障害はありません',
  notFound: 'この障害はステータスフィードにありません',
  affected: '影響範囲',
  regionsLabel: 'リージョン',
  startedLabel: '開始',
  resolvedLabel: '解決',
  windowLabel: '期間',
  updates: '更新情報',
  showAll: '{n}件の更新をすべて表示',
  showFewer: '更新の表示を減らす',
  showMore: 'さらに{n}件表示',
  announce: '{title}の更新：{status}',
};

const hi: TimelineOwnStrings = {
  incidents: 'घटनाएँ',
  noImpact: 'कोई असर नहीं',
  maintenanceDone: 'रखरखाव',
  empty: { one: 'पिछले एक दिन में कोई घटना नहीं हुई', other: 'पिछले {days} दिनों में कोई घटना नहीं हुई' },
  notFound: 'यह घटना स्टेटस फ़ीड में नहीं है',
  affected: 'प्रभावित',
  regionsLabel: 'क्षेत्र',
  startedLabel: 'शुरुआत',
  resolvedLabel: 'हल हुआ',
  windowLabel: 'समय',
  updates: 'अपडेट',
  showAll: 'सभी {n} अपडेट दिखाएँ',
  showFewer: 'कम अपडेट दिखाएँ',
  showMore: '{n} और दिखाएँ',
  announce: '{title} पर अपडेट: {status}',
};

export const TIMELINE_STRINGS: Readonly<Record<SupportedLocale, TimelineOwnStrings>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  hi,
};

/** The timeline's words for a BCP 47 tag, with any overrides applied. */
export function timelineStrings(
  locale: string,
  overrides?: StringOverrides<TimelineOwnStrings>,
): TimelineStrings {
  return elementStrings(TIMELINE_STRINGS, locale, overrides);
}
