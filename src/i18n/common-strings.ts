/**
 * The words every element shares, in each built-in language: severity labels, the status of
 * incidents, maintenance and their updates, and the phase of a maintenance window. Each element's
 * own table (banner-strings.ts, notice-strings.ts, timeline-strings.ts) adds to these, and its
 * `strings` property overrides any of them (`statuses` entry by entry).
 */
import type { UpdateStatus } from '../feed/schema.js';
import { stringsLocale, type SupportedLocale } from './locale.js';

export interface CommonStrings {
  /** Severity labels, shown beside the icon so colour is never the only signal. */
  critical: string;
  major: string;
  minor: string;
  /** Labels for maintenance in progress and maintenance coming up. */
  maintenance: string;
  scheduled: string;
  /** The link to an item's own page. */
  details: string;
  /** Shown with `show-errors` when the feed cannot be read and nothing is known. */
  unavailable: string;
  /** A label before its value, punctuated as the language does it: "{label}:", "{label} :", "{label}：". */
  colon: string;
  /** The status of an incident, a maintenance or one of their updates. */
  statuses: Record<UpdateStatus, string>;
}

/** An element's strings: the common ones and its own. */
export type ElementStrings<T> = CommonStrings & T;

/** What the `strings` property takes: any entry, and any single status word. */
export type StringOverrides<T> = Partial<Omit<ElementStrings<T>, 'statuses'>> & {
  statuses?: Partial<Record<UpdateStatus, string>>;
};

export const COMMON_STRINGS: Readonly<Record<SupportedLocale, CommonStrings>> = {
  en: {
    critical: 'Critical outage',
    major: 'Major outage',
    minor: 'Service issue',
    maintenance: 'Maintenance in progress',
    scheduled: 'Scheduled maintenance',
    details: 'Details',
    unavailable: 'Service status is unavailable right now',
    colon: '{label}:',
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
  },
  de: {
    critical: 'Kritischer Ausfall',
    major: 'Größere Störung',
    minor: 'Dienstproblem',
    maintenance: 'Wartung läuft',
    scheduled: 'Geplante Wartung',
    details: 'Details',
    unavailable: 'Der Dienststatus ist gerade nicht verfügbar',
    colon: '{label}:',
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
  },
  fr: {
    critical: 'Panne critique',
    major: 'Panne majeure',
    minor: 'Incident de service',
    maintenance: 'Maintenance en cours',
    scheduled: 'Maintenance planifiée',
    details: 'Détails',
    unavailable: 'L’état du service est indisponible pour le moment',
    colon: '{label}\u202f:',
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
  },
  es: {
    critical: 'Caída crítica',
    major: 'Caída importante',
    minor: 'Incidencia en el servicio',
    maintenance: 'Mantenimiento en curso',
    scheduled: 'Mantenimiento programado',
    details: 'Detalles',
    unavailable: 'El estado del servicio no está disponible en este momento',
    colon: '{label}:',
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
  },
  'pt-BR': {
    critical: 'Interrupção crítica',
    major: 'Interrupção grave',
    minor: 'Problema no serviço',
    maintenance: 'Manutenção em andamento',
    scheduled: 'Manutenção programada',
    details: 'Detalhes',
    unavailable: 'O status do serviço não está disponível no momento',
    colon: '{label}:',
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
  },
  ja: {
    critical: '重大な障害',
    major: '大規模な障害',
    minor: 'サービスの不具合',
    maintenance: 'メンテナンス中',
    scheduled: 'メンテナンス予定',
    details: '詳細',
    unavailable: '現在、サービスの状態を取得できません',
    colon: '{label}：',
    statuses: {
      investigating: '調査中',
      identified: '原因特定',
      monitoring: '経過観察中',
      resolved: '解決済み',
      postmortem: '事後報告',
      scheduled: '予定',
      in_progress: '実施中',
      verifying: '確認中',
      completed: '完了',
      cancelled: '中止',
      update: '更新',
    },
  },
  hi: {
    critical: 'गंभीर रुकावट',
    major: 'बड़ी रुकावट',
    minor: 'सेवा में समस्या',
    maintenance: 'रखरखाव जारी है',
    scheduled: 'निर्धारित रखरखाव',
    details: 'विवरण',
    unavailable: 'सेवा की स्थिति अभी उपलब्ध नहीं है',
    colon: '{label}:',
    statuses: {
      investigating: 'जाँच जारी है',
      identified: 'कारण पता चला',
      monitoring: 'निगरानी जारी है',
      resolved: 'हल हो गया',
      postmortem: 'घटना के बाद की समीक्षा',
      scheduled: 'निर्धारित',
      in_progress: 'जारी है',
      verifying: 'जाँच हो रही है',
      completed: 'पूरा हुआ',
      cancelled: 'रद्द किया गया',
      update: 'अपडेट',
    },
  },
};

/**
 * An element's strings for a BCP 47 tag: the common table and the element's own for the nearest
 * built-in language, then the overrides (the `strings` property), status words one by one.
 */
export function elementStrings<T extends object>(
  tables: Readonly<Record<SupportedLocale, T>>,
  locale: string,
  overrides?: StringOverrides<T>,
): ElementStrings<T> {
  const key = stringsLocale(locale);
  const common = COMMON_STRINGS[key];
  if (!overrides || typeof overrides !== 'object') return { ...common, ...tables[key] };
  return {
    ...common,
    ...tables[key],
    ...usable(overrides),
    statuses: { ...common.statuses, ...usable(overrides.statuses) },
  };
}

/**
 * The entries of an override that can stand in for a built-in string: text, or a table of plural
 * forms with an `other`. Anything else (`undefined`, a number) leaves the built-in string.
 */
function usable(overrides: object | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!overrides || typeof overrides !== 'object') return out;
  for (const [name, value] of Object.entries(overrides)) {
    if (
      typeof value === 'string' ||
      (name !== 'statuses' &&
        value &&
        typeof value === 'object' &&
        typeof (value as { other?: unknown }).other === 'string')
    ) {
      out[name] = value;
    }
  }
  return out;
}
