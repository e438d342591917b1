/**
 * Japanese (`ja`): every built-in phrase of the library in this language, in the shape of
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
  critical: '重大な障害',
  major: '大規模な障害',
  minor: 'サービスの不具合',
  maintenance: 'メンテナンス中',
  scheduled: 'メンテナンス予定',
  details: '詳細',
  unavailable: '現在、サービスの状態を取得できません',
  colon: '{label}：',
  fromPage: '{page}：{title}',
  getUpdates: '最新情報を受け取る',
  subscribeCalendar: 'メンテナンスカレンダーを購読',
  subscribeAtom: 'Atom/RSS フィード',
  subscribeEmail: 'メールで受け取る',
  subscribeSlack: 'Slack で受け取る',
  subscribeWebhook: 'Webhook',
  report: '事後報告を読む',
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
};

const time: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: '毎日',
  everyNDays: '{n}日ごと',
  everyWeekday: '毎週{weekdays}',
  everyNWeeks: '{n}週間ごとの{weekdays}',
  monthly: '毎月{days}',
  everyNMonths: '{n}か月ごとの{days}',
  nthWeekday: '{ordinal}{weekday}',
  nthLastWeekday: '最後から{n}番目の{weekday}',
  ordinals: ['第1', '第2', '第3', '第4', '第5'],
  last: '最終',
  monthDay: '{day}日',
  lastDay: '末日',
  nthLastDay: '最後から{n}番目の日',
  onlyOn: '{weekdays}に当たる場合のみ',
  until: '{date}まで',
  times: '{n}回',
  forDuration: '期間：{duration}',
  join: '{a}、{b}',
  // "{relative}に開始" would read "今に開始" for "now": the label form works for every value.
  starts: '開始：{relative}',
  started: '開始：{relative}',
  ends: '終了：{relative}',
  ended: '終了：{relative}',
  lasted: '所要時間：{duration}',
  ongoingFor: '{duration}前から継続中',
  inYourTimeZone: 'お使いのタイムゾーンで表示',
};

const banner: BannerOwnStrings = {
  operational: 'すべてのシステムは正常に稼働しています',
  more: 'ほか{n}件',
  dismiss: '閉じる：{title}',
  showMore: 'さらに表示',
  showLess: '表示を減らす',
};

const notice: NoticeOwnStrings = {
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

const timeline: TimelineOwnStrings = {
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

const indicator: IndicatorOwnStrings = {
  operational: 'すべてのシステムは正常に稼働しています',
  degraded: 'パフォーマンスの低下',
  partialOutage: '一部障害',
  majorOutage: '大規模な障害',
  label: 'サービスの状態：{state}',
};

const components: ComponentStatusOwnStrings = {
  list: 'コンポーネント',
  operational: '正常',
  degraded: 'パフォーマンス低下',
  partialOutage: '一部停止',
  majorOutage: '大規模な障害',
  underMaintenance: 'メンテナンス中',
  groupCount: '{n}個のコンポーネント',
  strip: '{name}、{range}',
  range: '過去{days}日間',
  uptime: '過去{days}日間の稼働率 {percent}',
  history: '過去{days}日間の障害とメンテナンス',
  incidentDays: '障害のあった日：{n}日',
  noIncidentDays: '障害なし',
  dayCritical: '重大な障害',
  dayMajor: '大規模な障害',
  dayMinor: 'サービスの不具合',
  dayMaintenance: 'メンテナンス',
  dayOperational: '障害なし',
  dayNoData: 'データなし',
  day: '{date}：{summary}',
  dayDuration: '{level}、{duration}',
  dayItems: '{summary}／{items}',
  dayUptime: '稼働率 {percent}、{summary}',
  incidentCount: '障害{n}件',
  maintenanceCount: 'メンテナンス{n}件',
  noImpact: '影響なし',
  maintenanceLabel: 'メンテナンス',
  announce: '{name}：{status}',
};

const language: LanguagePack = { common, time, banner, notice, timeline, indicator, components };
export default language;
