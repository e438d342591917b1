/**
 * Hindi (`hi`): every built-in phrase of the library in this language, in the shape of
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
  critical: 'गंभीर रुकावट',
  major: 'बड़ी रुकावट',
  minor: 'सेवा में समस्या',
  maintenance: 'रखरखाव जारी है',
  scheduled: 'निर्धारित रखरखाव',
  details: 'विवरण',
  unavailable: 'सेवा की स्थिति अभी उपलब्ध नहीं है',
  colon: '{label}:',
  fromPage: '{page}: {title}',
  getUpdates: 'अपडेट पाएँ',
  subscribeCalendar: 'रखरखाव कैलेंडर की सदस्यता लें',
  subscribeAtom: 'Atom/RSS फ़ीड',
  subscribeEmail: 'ईमेल से अपडेट',
  subscribeSlack: 'Slack में अपडेट',
  subscribeWebhook: 'वेबहुक',
  report: 'घटना के बाद की समीक्षा पढ़ें',
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
};

const time: TimeStrings = {
  weekdayGenders: 'mmmmmmm',
  everyDay: 'हर दिन',
  everyNDays: 'हर {n} दिन में',
  everyWeekday: 'हर {weekdays}',
  everyNWeeks: 'हर {n} हफ़्ते में {weekdays} को',
  monthly: 'हर महीने {days} को',
  everyNMonths: 'हर {n} महीने में {days} को',
  nthWeekday: '{ordinal} {weekday}',
  nthLastWeekday: 'आख़िर से {ordinal} {weekday}',
  ordinals: ['पहले', 'दूसरे', 'तीसरे', 'चौथे', 'पाँचवें'],
  last: 'आख़िरी',
  monthDay: '{day} तारीख़',
  lastDay: 'आख़िरी दिन',
  nthLastDay: 'आख़िर से {n}वें दिन',
  onlyOn: 'केवल तब, जब वह {weekdays} हो',
  until: '{date} तक',
  times: '{n} बार',
  forDuration: 'अवधि: {duration}',
  join: '{a}, {b}',
  // Label forms: a verb would need the gender of the item (रखरखाव m., घटना f.).
  starts: 'शुरुआत: {relative}',
  started: 'शुरुआत: {relative}',
  ends: 'समाप्ति: {relative}',
  ended: 'समाप्ति: {relative}',
  lasted: 'अवधि: {duration}',
  ongoingFor: '{duration} से जारी',
  inYourTimeZone: 'आपके समय क्षेत्र में',
};

const banner: BannerOwnStrings = {
  operational: 'सभी सिस्टम सामान्य रूप से चल रहे हैं',
  more: '+{n} और',
  dismiss: 'हटाएँ: {title}',
  showMore: 'और दिखाएँ',
  showLess: 'कम दिखाएँ',
};

const notice: NoticeOwnStrings = {
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

const timeline: TimelineOwnStrings = {
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

const indicator: IndicatorOwnStrings = {
  operational: 'सभी सिस्टम सामान्य रूप से चल रहे हैं',
  degraded: 'प्रदर्शन में गिरावट',
  partialOutage: 'आंशिक रुकावट',
  majorOutage: 'बड़ी रुकावट',
  label: 'सेवा की स्थिति: {state}',
};

const components: ComponentStatusOwnStrings = {
  list: 'कॉम्पोनेंट',
  operational: 'सामान्य',
  degraded: 'धीमा प्रदर्शन',
  partialOutage: 'आंशिक रुकावट',
  majorOutage: 'बड़ी रुकावट',
  underMaintenance: 'रखरखाव जारी है',
  groupCount: '{n} कॉम्पोनेंट',
  strip: '{name}, {range}',
  range: { one: 'आज', other: 'पिछले {days} दिन' },
  uptime: { one: 'आज {percent} उपलब्धता', other: 'पिछले {days} दिनों में {percent} उपलब्धता' },
  history: { one: 'आज की घटनाएँ और रखरखाव', other: 'पिछले {days} दिनों की घटनाएँ और रखरखाव' },
  incidentDays: { one: 'घटना वाला {n} दिन', other: 'घटनाओं वाले {n} दिन' },
  noIncidentDays: 'कोई घटना नहीं',
  dayCritical: 'गंभीर रुकावट',
  dayMajor: 'बड़ी रुकावट',
  dayMinor: 'सेवा में समस्या',
  dayMaintenance: 'रखरखाव',
  dayOperational: 'कोई घटना नहीं',
  dayNoData: 'कोई डेटा नहीं',
  day: '{date}: {summary}',
  dayDuration: '{level}, {duration}',
  dayItems: '{summary}; {items}',
  dayUptime: '{percent} उपलब्धता, {summary}',
  incidentCount: '{n} घटना',
  maintenanceCount: '{n} रखरखाव',
  noImpact: 'कोई असर नहीं',
  maintenanceLabel: 'रखरखाव',
  announce: '{name}: {status}',
};

const language: LanguagePack = { common, time, banner, notice, timeline, indicator, components };
export default language;
