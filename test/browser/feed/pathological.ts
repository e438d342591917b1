/**
 * Valid-looking feeds that used to freeze the page (issue 11, point 14), shared by the tests in
 * this folder and by `npm run bench`. Each is a plain native document; `PATHOLOGICAL_NOW` is the
 * instant the selections are asked about.
 */
import type { FeedDocument } from '../../../src/feed/schema.js';

type MaintenanceDocument = NonNullable<FeedDocument['maintenances']>[number];

export const PATHOLOGICAL_NOW = Date.UTC(2026, 10, 25, 12, 0);

function recurring(id: string, rule: string, startsOn: string, time = '02:00'): MaintenanceDocument {
  return {
    id,
    title: `Window ${id}`,
    status: 'scheduled',
    recurrence: { rule, startsOn, time, duration: 'PT2H', timeZone: 'Europe/Berlin' },
  };
}

/** 50 windows `FREQ=DAILY;COUNT=999999` from the year 1 (about 12 KB). */
export function hugeCountFeed(windows = 50): FeedDocument {
  return {
    version: 1,
    page: { name: 'Forever Co' },
    maintenances: Array.from({ length: windows }, (_, i) =>
      recurring(`w${i}`, 'FREQ=DAILY;COUNT=999999', '0001-01-01'),
    ),
  };
}

/** Rules of the supported subset that select no date at all. */
export const NEVER_RULES = [
  'FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=31',
  'FREQ=MONTHLY;BYDAY=-1FR;BYMONTHDAY=1',
  'FREQ=MONTHLY;BYDAY=5SU;BYMONTHDAY=1,2,3',
  'FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30',
  'FREQ=DAILY;BYMONTHDAY=31;BYDAY=MO;INTERVAL=7;COUNT=10',
];

/** 50 windows whose rules never match (half of them from the year 1). */
export function neverFeed(windows = 50): FeedDocument {
  return {
    version: 1,
    page: { name: 'Never Co' },
    maintenances: Array.from({ length: windows }, (_, i) =>
      recurring(`never${i}`, NEVER_RULES[i % NEVER_RULES.length]!, i % 2 ? '0001-02-01' : '2026-02-01'),
    ),
  };
}

const ORDINARY_RULES = [
  'FREQ=WEEKLY;BYDAY=SA',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
  'FREQ=MONTHLY;BYDAY=1FR',
  'FREQ=MONTHLY;BYDAY=-1SU',
  'FREQ=MONTHLY;BYMONTHDAY=15',
  'FREQ=DAILY',
  'FREQ=DAILY;INTERVAL=3;COUNT=400',
  'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20271231',
];

/** 200 ordinary recurring windows, started in the last few years. */
export function ordinaryFeed(windows = 200): FeedDocument {
  return {
    version: 1,
    page: { name: 'Ordinary Co' },
    maintenances: Array.from({ length: windows }, (_, i) =>
      recurring(
        `r${i}`,
        ORDINARY_RULES[i % ORDINARY_RULES.length]!,
        `${2022 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}`,
        `${String(i % 24).padStart(2, '0')}:30`,
      ),
    ),
  };
}

/** One window with 10,000 recommendations (over the cap: rejected). */
export function manyRecommendationsFeed(count = 10_000): FeedDocument {
  return {
    version: 1,
    page: { name: 'Verbose Co' },
    maintenances: [
      {
        id: 'upgrade',
        title: 'Upgrade',
        status: 'scheduled',
        startsAt: '2026-11-26T20:00:00Z',
        endsAt: '2026-11-26T22:00:00Z',
        recommendations: Array.from({ length: count }, (_, i) => ({
          title: `Recommendation ${i}`,
          body: 'Save your work before the window starts.',
        })),
      },
    ],
  };
}
