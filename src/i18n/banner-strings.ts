/**
 * The banner's own words in each built-in language. Times, relative times and durations come
 * from `Intl` and the time phrases (strings.ts); a `strings` property on the element overrides
 * any entry here. Placeholders are `{name}`, filled by `fill`.
 */
import { stringsLocale, type SupportedLocale } from './locale.js';

export interface BannerStrings {
  /** The line shown with `show-operational` when nothing is wrong. */
  operational: string;
  /** Severity labels, shown beside the icon so colour is never the only signal. */
  critical: string;
  major: string;
  minor: string;
  /** Labels for maintenance in progress and maintenance coming up. */
  maintenance: string;
  scheduled: string;
  /** A link to the status page when more items wait: "+{n} more". */
  more: string;
  /** The link to the item's own page. */
  details: string;
  /** The dismiss button's accessible name: "Dismiss: {title}". */
  dismiss: string;
  /** Shown with `show-errors` when the feed cannot be read and nothing is known. */
  unavailable: string;
}

const en: BannerStrings = {
  operational: 'All systems operational',
  critical: 'Critical outage',
  major: 'Major outage',
  minor: 'Service issue',
  maintenance: 'Maintenance in progress',
  scheduled: 'Scheduled maintenance',
  more: '+{n} more',
  details: 'Details',
  dismiss: 'Dismiss: {title}',
  unavailable: 'Service status is unavailable right now',
};

const de: BannerStrings = {
  operational: 'Alle Systeme betriebsbereit',
  critical: 'Kritischer Ausfall',
  major: 'Größere Störung',
  minor: 'Dienstproblem',
  maintenance: 'Wartung läuft',
  scheduled: 'Geplante Wartung',
  more: '+{n} weitere',
  details: 'Details',
  dismiss: 'Ausblenden: {title}',
  unavailable: 'Der Dienststatus ist gerade nicht verfügbar',
};

const fr: BannerStrings = {
  operational: 'Tous les systèmes sont opérationnels',
  critical: 'Panne critique',
  major: 'Panne majeure',
  minor: 'Incident de service',
  maintenance: 'Maintenance en cours',
  scheduled: 'Maintenance planifiée',
  more: '+{n} de plus',
  details: 'Détails',
  dismiss: 'Masquer : {title}',
  unavailable: 'L’état du service est indisponible pour le moment',
};

const es: BannerStrings = {
  operational: 'Todos los sistemas funcionan con normalidad',
  critical: 'Caída crítica',
  major: 'Caída importante',
  minor: 'Incidencia en el servicio',
  maintenance: 'Mantenimiento en curso',
  scheduled: 'Mantenimiento programado',
  more: '+{n} más',
  details: 'Detalles',
  dismiss: 'Descartar: {title}',
  unavailable: 'El estado del servicio no está disponible en este momento',
};

const ptBR: BannerStrings = {
  operational: 'Todos os sistemas operacionais',
  critical: 'Interrupção crítica',
  major: 'Interrupção grave',
  minor: 'Problema no serviço',
  maintenance: 'Manutenção em andamento',
  scheduled: 'Manutenção programada',
  more: '+{n} outros',
  details: 'Detalhes',
  dismiss: 'Dispensar: {title}',
  unavailable: 'O status do serviço não está disponível no momento',
};

const ja: BannerStrings = {
  operational: 'すべてのシステムは正常に稼働しています',
  critical: '重大な障害',
  major: '大規模な障害',
  minor: 'サービスの不具合',
  maintenance: 'メンテナンス中',
  scheduled: 'メンテナンス予定',
  more: 'ほか{n}件',
  details: '詳細',
  dismiss: '閉じる：{title}',
  unavailable: '現在、サービスの状態を取得できません',
};

const hi: BannerStrings = {
  operational: 'सभी सिस्टम सामान्य रूप से चल रहे हैं',
  critical: 'गंभीर रुकावट',
  major: 'बड़ी रुकावट',
  minor: 'सेवा में समस्या',
  maintenance: 'रखरखाव जारी है',
  scheduled: 'निर्धारित रखरखाव',
  more: '+{n} और',
  details: 'विवरण',
  dismiss: 'हटाएँ: {title}',
  unavailable: 'सेवा की स्थिति अभी उपलब्ध नहीं है',
};

export const BANNER_STRINGS: Readonly<Record<SupportedLocale, BannerStrings>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  hi,
};

/** The banner's words for a BCP 47 tag, with any overrides applied. */
export function bannerStrings(locale: string, overrides?: Partial<BannerStrings>): BannerStrings {
  const table = BANNER_STRINGS[stringsLocale(locale)];
  return overrides ? { ...table, ...overrides } : table;
}
