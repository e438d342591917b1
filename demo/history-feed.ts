/**
 * A native feed whose history always ends yesterday, for the demo's `<component-status>` strips:
 * four months of incidents, maintenance windows and daily uptime for Tidewater Pulse's components,
 * placed on days counted back from the current UTC date. The static feeds in demo/feeds/ are
 * written for 25 November 2026 and drift out of a 90-day strip as time passes; this one does not.
 * The documentation site computes it in the browser for its examples (site/client/feeds.ts),
 * and `npm start` also serves it as /feeds/history.json (site/layout/feeds.ts).
 *
 * Everything in it depends only on the UTC date of `now`, so every poll within a day gets the
 * same document, and every item has ended before the day begins (nothing lies in the future).
 */
import type { FeedDocument } from '../src/feed/schema.js';
import { instantToZoned } from '../src/time/zone.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

type Doc = Required<FeedDocument>;
type Impact = 'none' | 'minor' | 'major' | 'critical';

/** An incident `daysAgo` days before today (UTC), from `at` (HH:MM UTC) for `minutes`. */
interface PastIncident {
  id: string;
  daysAgo: number;
  at: string;
  minutes: number;
  impact: Impact;
  components: string[];
  regions: string[];
  title: string;
  /** The first update's text, and the resolution's. */
  found: string;
  fixed: string;
}

const INCIDENTS: PastIncident[] = [
  {
    id: 'sdk-backlog',
    daysAgo: 3,
    at: '14:10',
    minutes: 95,
    impact: 'minor',
    components: ['ingest-sdk', 'journeys'],
    regions: ['eu'],
    title: 'App events from Europe arriving late',
    found:
      'Events sent by our mobile SDKs in Europe reach workspaces up to 20 minutes late. Nothing is lost.',
    fixed: 'The collection queue has caught up and events arrive within seconds again.',
  },
  {
    id: 'api-errors',
    daysAgo: 9,
    at: '08:25',
    minutes: 70,
    impact: 'major',
    components: ['public-api', 'webhooks'],
    regions: ['us'],
    title: 'Management API failing for some requests',
    found: 'About one request in five to the Management API fails with a server error. Webhooks are retried.',
    fixed:
      'A faulty configuration change was rolled back. Errors stopped and retried webhooks were delivered.',
  },
  {
    id: 'dashboard-down',
    daysAgo: 17,
    at: '16:40',
    minutes: 35,
    impact: 'critical',
    components: ['dashboard', 'analytics', 'reports'],
    regions: [],
    title: 'Dashboard unavailable',
    found: 'Nobody can sign in to the dashboard at the moment. Data collection and sending are not affected.',
    fixed: 'Sign-in works again. An expired internal credential stopped the session service; it is renewed.',
  },
  {
    id: 'sms-delays',
    daysAgo: 24,
    at: '21:30',
    minutes: 180,
    impact: 'minor',
    components: ['sms'],
    regions: ['au'],
    title: 'Text messages in Australia delayed',
    found: 'Text messages to Australian numbers leave our queue up to ten minutes late.',
    fixed: 'Our carrier fixed a routing fault on their side and delivery times are normal.',
  },
  {
    id: 'events-api-down',
    daysAgo: 31,
    at: '03:15',
    minutes: 140,
    impact: 'major',
    components: ['ingest-api'],
    regions: ['us', 'eu'],
    title: 'Events API rejecting batches',
    found: 'The events API rejects batches larger than 500 events. Smaller batches are accepted.',
    fixed: 'A size check that was far too strict has been corrected. Rejected batches can be sent again.',
  },
  {
    id: 'help-search',
    daysAgo: 38,
    at: '10:00',
    minutes: 60,
    impact: 'none',
    components: ['help-center'],
    regions: [],
    title: 'Help center search showing old articles',
    found: 'Search in the help center shows some outdated articles. Browsing by topic works.',
    fixed: 'The search index was rebuilt and shows the current articles.',
  },
  {
    id: 'email-outage',
    daysAgo: 46,
    at: '13:50',
    minutes: 85,
    impact: 'critical',
    components: ['email', 'journeys'],
    regions: [],
    title: 'Emails not being sent',
    found: 'No emails are leaving our platform. Messages are held and will be sent once this is fixed.',
    fixed: 'Sending resumed and every held email was delivered within 40 minutes.',
  },
  {
    id: 'batch-imports',
    daysAgo: 58,
    at: '06:05',
    minutes: 240,
    impact: 'minor',
    components: ['ingest-batch'],
    regions: ['in'],
    title: 'Nightly imports from cloud buckets slow',
    found: 'Imports from cloud buckets in India are taking much longer than usual.',
    fixed: 'A saturated network link was replaced and the imports finished.',
  },
  {
    id: 'push-delays',
    daysAgo: 66,
    at: '18:45',
    minutes: 50,
    impact: 'major',
    components: ['push', 'journeys'],
    regions: [],
    title: 'Push notifications to iOS delayed',
    found: 'Push notifications to iOS devices are delayed by up to an hour.',
    fixed: 'Connections to the push gateway were re-established and the backlog is sent.',
  },
  {
    id: 'slow-charts',
    daysAgo: 79,
    at: '15:20',
    minutes: 110,
    impact: 'minor',
    components: ['analytics'],
    regions: ['us'],
    title: 'Charts loading slowly',
    found: 'Charts in US workspaces take up to a minute to load.',
    fixed: 'One runaway query was stopped; charts load in a few seconds again.',
  },
  {
    id: 'webhook-retries',
    daysAgo: 87,
    at: '11:35',
    minutes: 45,
    impact: 'minor',
    components: ['webhooks'],
    regions: ['eu'],
    title: 'Webhooks retried more than needed',
    found: 'Some webhooks to European endpoints are delivered twice.',
    fixed: 'A timeout that was too short has been raised; each webhook is sent once again.',
  },
  {
    id: 'sender-ids',
    daysAgo: 104,
    at: '01:10',
    minutes: 300,
    impact: 'minor',
    components: ['sms-senders'],
    regions: ['au'],
    title: 'Sender ID registrations on hold',
    found: 'New sender ID registrations in Australia are waiting for approval longer than usual.',
    fixed: 'The backlog of registrations has been approved.',
  },
];

/** One-off windows, `daysAgo` days before today (UTC), from `at` (HH:MM UTC) for `minutes`. */
const WINDOWS = [
  {
    id: 'reports-db',
    daysAgo: 12,
    at: '06:00',
    minutes: 150,
    components: ['reports'],
    title: 'Reports database upgrade',
    summary: 'Scheduled reports were paused while their database moved to a newer version.',
  },
  {
    id: 'gateway',
    daysAgo: 40,
    at: '05:00',
    minutes: 90,
    components: ['public-api', 'webhooks'],
    title: 'API gateway upgrade',
    summary: 'The gateway in front of the Management API and webhooks was replaced region by region.',
  },
  {
    id: 'settings-resync',
    daysAgo: 73,
    at: '23:00',
    minutes: 29 * 60,
    components: ['dashboard', 'journeys', 'reports', 'public-api'],
    title: 'Account settings database resync',
    summary: 'Settings could be read but not changed while the settings database was copied to new storage.',
  },
];

/** Components with daily uptime in the feed: every day from 90 days ago to yesterday. */
const UPTIME = ['ingest-api', 'public-api'];
/** Short dips that did not make an incident: component, days ago, minutes down. */
const DIPS: [string, number, number][] = [
  ['ingest-api', 20, 2],
  ['public-api', 52, 4],
];

const iso = (ms: number) => new Date(ms).toISOString();
const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant in `timeZone`. */
function localDate(at: number, timeZone: string): string {
  const t = instantToZoned(at, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/**
 * The history feed at `now`, with the page and catalogue given (the example feeds' page,
 * components and regions).
 */
export function historyFeed(now: number, base: Pick<Doc, 'page' | 'components' | 'regions'>): FeedDocument {
  const today = Math.floor(now / DAY) * DAY;
  const timeZone = base.page.timeZone ?? 'UTC';
  const starts = (daysAgo: number, at: string) => today - daysAgo * DAY + clock(at) * MINUTE;

  const incidents: Doc['incidents'] = INCIDENTS.map((i) => {
    const start = starts(i.daysAgo, i.at);
    const end = start + i.minutes * MINUTE;
    return {
      id: `hist-${i.id}-${localDate(start, 'UTC')}`,
      title: i.title,
      impact: i.impact,
      status: 'resolved',
      components: i.components,
      regions: i.regions,
      startedAt: iso(start),
      resolvedAt: iso(end),
      updates: [
        { at: iso(start), status: 'investigating', body: i.found },
        { at: iso(end), status: 'resolved', body: i.fixed },
      ],
    };
  });

  const maintenances: Doc['maintenances'] = [
    ...WINDOWS.map((w) => {
      const start = starts(w.daysAgo, w.at);
      return {
        id: `hist-${w.id}-${localDate(start, 'UTC')}`,
        title: w.title,
        summary: w.summary,
        status: 'completed' as const,
        impact: 'minor' as const,
        startsAt: iso(start),
        endsAt: iso(start + w.minutes * MINUTE),
        components: w.components,
      };
    }),
    {
      id: 'hist-weekly-upkeep',
      title: 'Weekly upkeep',
      summary: 'Routine checks every Saturday evening, Pacific time. Nothing should be noticeable.',
      status: 'scheduled',
      impact: 'none',
      recurrence: {
        rule: 'FREQ=WEEKLY;BYDAY=SA',
        // Since just after the feed began recording (a fixed date would reach back further).
        startsOn: localDate(today - 119 * DAY, 'UTC'),
        time: '17:00',
        duration: 'PT2H',
        timeZone: 'America/Los_Angeles',
      },
      components: ['dashboard', 'analytics', 'reports'],
    },
  ];

  // Daily uptime, by the page's calendar days: the minutes under major or critical incidents
  // (and the dips) are down; minor ones slow things without taking them down.
  const down = new Map<string, number>();
  const add = (component: string, start: number, minutes: number) => {
    for (let at = start; at < start + minutes * MINUTE; at += MINUTE) {
      const key = `${component} ${localDate(at, timeZone)}`;
      down.set(key, (down.get(key) ?? 0) + 1);
    }
  };
  for (const i of INCIDENTS) {
    if (i.impact !== 'major' && i.impact !== 'critical') continue;
    for (const c of i.components) if (UPTIME.includes(c)) add(c, starts(i.daysAgo, i.at), i.minutes);
  }
  for (const [c, daysAgo, minutes] of DIPS) add(c, starts(daysAgo, '12:00'), minutes);
  const days: string[] = [];
  for (let n = 90; n >= 1; n--) days.push(localDate(today - n * DAY + 12 * 3_600_000, timeZone));

  return {
    version: 1,
    page: {
      ...base.page,
      updatedAt: iso(today),
      // When this feed started recording: strips longer than that show "no data" before it.
      historyStart: iso(today - 120 * DAY),
    },
    components: base.components.map((c) => ({
      ...c,
      status: 'operational',
      ...(UPTIME.includes(c.id) && {
        uptime: days.map((date) => ({
          date,
          percent: Math.round(10_000 * (1 - (down.get(`${c.id} ${date}`) ?? 0) / 1440)) / 100,
        })),
      }),
    })),
    regions: base.regions,
    incidents,
    maintenances,
  };
}
