/**
 * `<maintenance-notice>`'s own words in each built-in language; the shared labels and status
 * words come from common-strings.ts, times and schedules from `Intl` and strings.ts. The
 * element's `strings` property overrides any entry. Placeholders are `{name}`, filled by `fill`.
 */
import type { SupportedLocale } from './locale.js';
import { elementStrings, type ElementStrings, type StringOverrides } from './common-strings.js';

/** Every string the notice shows: the common ones (common-strings.ts) and its own. */
export type NoticeStrings = ElementStrings<NoticeOwnStrings>;

export interface NoticeOwnStrings {
  /** Phase badge of a window that has not started (in progress, completed and cancelled use `statuses`). */
  upcoming: string;
  /** Label of the window's times. */
  when: string;
  /** Beside the window in the viewer's zone when the page's zone is shown too. */
  yourTime: string;
  /** Beside the window in the status page's zone: "{zone} time" ("America/Los_Angeles time"). */
  pageTime: string;
  /** Label of a recurring schedule in words. */
  schedule: string;
  /** Heading of the next occurrences of a recurring window. */
  nextWindows: string;
  /** Label of the affected components and regions. */
  affects: string;
  /** Heading and caption of the availability table. */
  availability: string;
  /** The table's column headers. */
  service: string;
  duringWindow: string;
  /** The table's cells. */
  available: string;
  notAvailable: string;
  /** Heading of the reason for a long window. */
  reason: string;
  /** Heading of the recommendations. */
  recommendations: string;
  /** Heading of the questions and answers. */
  faq: string;
  /** Heading of the note shown once the window has ended. */
  afterNote: string;
  /** Heading of the latest update. */
  latestUpdate: string;
  /** The calendar download button. */
  addToCalendar: string;
  /** The link to the status page. */
  statusPage: string;
  /** Shown with `show-empty` when no window is selected. */
  empty: string;
}

const en: NoticeOwnStrings = {
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

const de: NoticeOwnStrings = {
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

const fr: NoticeOwnStrings = {
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

const es: NoticeOwnStrings = {
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

const ptBR: NoticeOwnStrings = {
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

const ja: NoticeOwnStrings = {
  upcoming: '予定',
  when: '日時',
  yourTime: 'お使いのタイムゾーン',
  pageTime: '{zone} の時刻',
  schedule: 'スケジュール',
  nextWindows: '今後の実施日時',
  affects: '対象',
  availability: 'メンテナンス中のサービスの利用可否',
  service: 'サービス',
  duringWindow: 'メンテナンス中',
  available: '利用可能',
  notAvailable: '利用不可',
  reason: '実施の理由',
  recommendations: '事前の準備',
  faq: 'よくある質問',
  afterNote: 'メンテナンス終了後',
  latestUpdate: '最新情報',
  addToCalendar: 'カレンダーに追加',
  statusPage: 'ステータスページで見る',
  empty: '予定されているメンテナンスはありません',
};

const hi: NoticeOwnStrings = {
  upcoming: 'आगामी',
  when: 'कब',
  yourTime: 'आपका समय',
  pageTime: '{zone} का समय',
  schedule: 'कार्यक्रम',
  nextWindows: 'अगली अवधियाँ',
  affects: 'प्रभावित',
  availability: 'रखरखाव के दौरान सेवाओं की उपलब्धता',
  service: 'सेवा',
  duringWindow: 'रखरखाव के दौरान',
  available: 'उपलब्ध',
  notAvailable: 'उपलब्ध नहीं',
  reason: 'यह क्यों ज़रूरी है',
  recommendations: 'तैयारी कैसे करें',
  faq: 'सवाल और जवाब',
  afterNote: 'रखरखाव के बाद',
  latestUpdate: 'नया अपडेट',
  addToCalendar: 'कैलेंडर में जोड़ें',
  statusPage: 'स्टेटस पेज पर देखें',
  empty: 'कोई रखरखाव निर्धारित नहीं है',
};

export const NOTICE_STRINGS: Readonly<Record<SupportedLocale, NoticeOwnStrings>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ja,
  hi,
};

/** The notice's words for a BCP 47 tag, with any overrides applied. */
export function noticeStrings(locale: string, overrides?: StringOverrides<NoticeOwnStrings>): NoticeStrings {
  return elementStrings(NOTICE_STRINGS, locale, overrides);
}
