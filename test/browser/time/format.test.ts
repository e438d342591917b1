/**
 * Display formatting. Engines format through their own ICU (Chromium, Firefox and WebKitGTK ship
 * different versions), so:
 * - exact strings are asserted where our code chooses the words (recurrence sentences), with the
 *   Intl-made parts (hours, dates) computed by Intl in the test where they may differ;
 * - Intl output is asserted exactly only where all three engines agree (en-US dates and times,
 *   relative times), after turning the narrow/thin/no-break spaces some locales use into plain
 *   spaces, and otherwise by its pieces (numbers, unit words, zone names).
 * Differences seen: en-GB "Sat 18 Jul" (Chromium, Firefox) vs "Sat, 18 Jul" (WebKit); ja dates
 * "7/18(土)" (Chromium, WebKit) vs "7月18日(土)" (Firefox); French uses U+202F and U+00A0.
 */
import { expect } from '@open-wc/testing';
// The formatters are synchronous and read the phrases registered for a language; an element
// waits for its language to load, these tests register every one up front.
import '../../../src/i18n/all-languages.js';
import { formatDuration, formatInstant, formatRelative, formatWindow } from '../../../src/time/format.js';
import { describeRecurrence } from '../../../src/time/recurrence-text.js';
import { parseRRule } from '../../../src/feed/rrule.js';
import { zonedToInstant } from '../../../src/time/zone.js';
import type { Recurrence } from '../../../src/feed/model.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Plain spaces for the special ones ICU puts in some locales' output. */
function norm(text: string): string {
  return text.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ');
}

/** A regular expression that finds `name` as a whole zone name ("GMT+1" not in "GMT+10:30"). */
function zoneName(name: string): RegExp {
  return new RegExp(`${name.replace(/[+]/g, '\\+')}(?![\\d:])`);
}

function recurrence(
  ruleText: string,
  startsOn: string,
  time: string,
  durationMinutes: number,
  timeZone: string,
): Recurrence {
  const parsed = parseRRule(ruleText);
  if (!parsed.ok) throw new Error(parsed.message);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return {
    ruleText,
    rule: parsed.rule,
    startsOn,
    time,
    startMinute: hour * 60 + minute,
    durationMinutes,
    timeZone,
  };
}

/** The hours of a same-day occurrence as Intl itself formats them. */
function hoursOf(locale: string, timeZone: string, start: number, end: number): string {
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).formatRange(start, end);
}

/** Runs `body` as if the engine had no Intl.DurationFormat. */
function withoutDurationFormat(body: () => void): void {
  const descriptor = Object.getOwnPropertyDescriptor(Intl, 'DurationFormat');
  Object.defineProperty(Intl, 'DurationFormat', { value: undefined, configurable: true, writable: true });
  try {
    body();
  } finally {
    if (descriptor) Object.defineProperty(Intl, 'DurationFormat', descriptor);
    else delete (Intl as { DurationFormat?: unknown }).DurationFormat;
  }
}

describe('formatWindow', () => {
  // 2026-07-18 is a Saturday; 17:00–22:00 PDT is 00:00–05:00 UTC the next day.
  const start = Date.UTC(2026, 6, 19, 0);
  const end = Date.UTC(2026, 6, 19, 5);

  it('formats a window in the zone, with the zone named', () => {
    const us = formatWindow(start, end, { locale: 'en-US', timeZone: 'America/Los_Angeles' });
    expect(norm(us.text)).to.equal('Sat, Jul 18, 5:00 – 10:00 PM PDT');
    expect(us.crossesMidnight).to.be.false;
    // Chromium and Firefox: "Sat 18 Jul", WebKit: "Sat, 18 Jul".
    const gb = formatWindow(start, end, { locale: 'en-GB', timeZone: 'America/Los_Angeles' });
    expect(norm(gb.text)).to.match(/^Sat,? 18 Jul, 17:00–22:00 GMT-7$/);
    const de = formatWindow(start, end, { locale: 'de-DE', timeZone: 'Europe/Berlin' });
    expect(norm(de.text)).to.equal('So., 19. Juli, 02:00–07:00 Uhr MESZ');
  });

  it('names both dates when the window crosses local midnight, and says so', () => {
    const late = Date.UTC(2026, 6, 19, 5); // 22:00 PDT
    const early = Date.UTC(2026, 6, 19, 9); // 02:00 PDT the next day
    const crossing = formatWindow(late, early, { locale: 'en-US', timeZone: 'America/Los_Angeles' });
    expect(norm(crossing.text)).to.equal('Sat, Jul 18, 10:00 PM PDT – Sun, Jul 19, 2:00 AM PDT');
    expect(crossing.crossesMidnight).to.be.true;
    // The same window is within one day in Kolkata (10:30–14:30 IST on the 19th).
    const kolkata = formatWindow(late, early, { locale: 'en-US', timeZone: 'Asia/Kolkata' });
    expect(norm(kolkata.text)).to.equal('Sun, Jul 19, 10:30 AM – 2:30 PM GMT+5:30');
    expect(kolkata.crossesMidnight).to.be.false;
    // 17:00–22:00 PDT stays within one date in Kolkata (05:30–10:30), Berlin and UTC too.
    expect(formatWindow(start, end, { locale: 'en-US', timeZone: 'Asia/Kolkata' }).crossesMidnight).to.be
      .false;
    expect(formatWindow(start, end, { locale: 'en-US', timeZone: 'Europe/Berlin' }).crossesMidnight).to.be
      .false;
    expect(formatWindow(start, end, { locale: 'en-US', timeZone: 'UTC' }).crossesMidnight).to.be.false;
    const utcCrossing = formatWindow(Date.UTC(2026, 6, 18, 23), Date.UTC(2026, 6, 19, 1), {
      locale: 'ja',
      timeZone: 'UTC',
    });
    expect(utcCrossing.crossesMidnight).to.be.true;
    expect(utcCrossing.text).to.match(/18/).and.match(/19/).and.match(/UTC/);
  });

  it('takes the ends in either order', () => {
    const a = formatWindow(end, start, { locale: 'en-US', timeZone: 'America/Los_Angeles' });
    expect(norm(a.text)).to.equal('Sat, Jul 18, 5:00 – 10:00 PM PDT');
  });

  it('falls back to en for a bad locale and to UTC (named) for a bad zone', () => {
    expect(norm(formatWindow(start, end, { locale: 'x-!!', timeZone: 'UTC' }).text)).to.equal(
      'Sun, Jul 19, 12:00 – 5:00 AM UTC',
    );
    expect(norm(formatWindow(start, end, { locale: 'en-US', timeZone: 'Mars/Olympus' }).text)).to.equal(
      'Sun, Jul 19, 12:00 – 5:00 AM UTC',
    );
  });

  // The 2026 daylight-saving changes: a window from an hour before to an hour after each one.
  interface Transition {
    zone: string;
    at: number;
    from: [wall: string, zone: string];
    to: [wall: string, zone: string];
  }
  const transitions: Record<string, Transition> = {
    'Los Angeles, Mar 8 (PST → PDT)': {
      zone: 'America/Los_Angeles',
      at: Date.UTC(2026, 2, 8, 10),
      from: ['1:00 AM', 'PST'],
      to: ['4:00 AM', 'PDT'],
    },
    'Los Angeles, Nov 1 (PDT → PST)': {
      zone: 'America/Los_Angeles',
      at: Date.UTC(2026, 10, 1, 9),
      from: ['1:00 AM', 'PDT'],
      to: ['2:00 AM', 'PST'],
    },
    'Berlin, Mar 29 (+1 → +2)': {
      zone: 'Europe/Berlin',
      at: Date.UTC(2026, 2, 29, 1),
      from: ['1:00 AM', 'GMT+1'],
      to: ['4:00 AM', 'GMT+2'],
    },
    'Berlin, Oct 25 (+2 → +1)': {
      zone: 'Europe/Berlin',
      at: Date.UTC(2026, 9, 25, 1),
      from: ['2:00 AM', 'GMT+2'],
      to: ['3:00 AM', 'GMT+1'],
    },
    'Lord Howe, Apr 5 (+11 → +10:30)': {
      zone: 'Australia/Lord_Howe',
      at: Date.UTC(2026, 3, 4, 15),
      from: ['1:00 AM', 'GMT+11'],
      to: ['2:30 AM', 'GMT+10:30'],
    },
    'Lord Howe, Oct 4 (+10:30 → +11)': {
      zone: 'Australia/Lord_Howe',
      at: Date.UTC(2026, 9, 3, 15, 30),
      from: ['1:00 AM', 'GMT+10:30'],
      to: ['3:30 AM', 'GMT+11'],
    },
    'Chatham, Apr 5 (+13:45 → +12:45)': {
      zone: 'Pacific/Chatham',
      at: Date.UTC(2026, 3, 4, 14),
      from: ['2:45 AM', 'GMT+13:45'],
      to: ['3:45 AM', 'GMT+12:45'],
    },
    'Chatham, Sep 27 (+12:45 → +13:45)': {
      zone: 'Pacific/Chatham',
      at: Date.UTC(2026, 8, 26, 14),
      from: ['1:45 AM', 'GMT+12:45'],
      to: ['4:45 AM', 'GMT+13:45'],
    },
  };

  for (const [name, { zone, at, from, to }] of Object.entries(transitions)) {
    it(`shows both offsets across a DST change: ${name}`, () => {
      const { text, crossesMidnight } = formatWindow(at - HOUR, at + HOUR, {
        locale: 'en-US',
        timeZone: zone,
      });
      const plain = norm(text);
      expect(plain).to.match(zoneName(from[1])).and.match(zoneName(to[1]));
      expect(plain).to.include(from[0]).and.include(to[0]);
      expect(crossesMidnight).to.be.false;
      // ICU's formatRange would name only the end's zone ("1:00 – 4:00 AM PDT"): each end has its own.
      expect(plain).to.match(
        new RegExp(`, ${from[0]} ${from[1].replace('+', '\\+')} – ${to[0]} ${to[1].replace('+', '\\+')}$`),
      );
      // Each end alone, with formatInstant.
      expect(norm(formatInstant(at - HOUR, { locale: 'en-US', timeZone: zone })))
        .to.include(from[0])
        .and.match(zoneName(from[1]));
      expect(norm(formatInstant(at + HOUR, { locale: 'en-US', timeZone: zone })))
        .to.include(to[0])
        .and.match(zoneName(to[1]));
    });
  }

  it('formats the DST windows of Los Angeles exactly', () => {
    const spring = Date.UTC(2026, 2, 8, 10);
    const fall = Date.UTC(2026, 10, 1, 9);
    const la = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
    expect(norm(formatWindow(spring - HOUR, spring + HOUR, la).text)).to.equal(
      'Sun, Mar 8, 1:00 AM PST – 4:00 AM PDT',
    );
    // The repeated hour: 1:30 PDT, then 1:30 PST an hour later.
    expect(norm(formatWindow(fall - 30 * MINUTE, fall + 30 * MINUTE, la).text)).to.equal(
      'Sun, Nov 1, 1:30 AM PDT – 1:30 AM PST',
    );
    // Across a DST change and midnight: both dates, each with its zone.
    const crossing = formatWindow(spring - 4 * HOUR, spring + HOUR, la);
    expect(norm(crossing.text)).to.equal('Sat, Mar 7, 10:00 PM PST – Sun, Mar 8, 4:00 AM PDT');
    expect(crossing.crossesMidnight).to.be.true;
  });

  it('uses the zone names of the locale (German MEZ/MESZ, Hindi IST)', () => {
    const spring = Date.UTC(2026, 2, 29, 1);
    const de = norm(
      formatWindow(spring - HOUR, spring + HOUR, { locale: 'de', timeZone: 'Europe/Berlin' }).text,
    );
    expect(de)
      .to.match(/01:00 Uhr MEZ|01:00 MEZ/)
      .and.match(/04:00 Uhr MESZ|04:00 MESZ/);
    const hi = formatWindow(start, end, { locale: 'hi', timeZone: 'Asia/Kolkata' }).text;
    expect(hi).to.include('IST');
  });
});

describe('formatInstant', () => {
  it('names the zone, and the year when asked', () => {
    const at = Date.UTC(2026, 0, 15, 18, 30);
    expect(norm(formatInstant(at, { locale: 'en-US', timeZone: 'America/Los_Angeles' }))).to.equal(
      'Thu, Jan 15, 10:30 AM PST',
    );
    expect(norm(formatInstant(at, { locale: 'en-US', timeZone: 'Asia/Kolkata', year: true }))).to.equal(
      'Fri, Jan 16, 2026, 12:00 AM GMT+5:30',
    );
    expect(norm(formatInstant(at, { locale: 'en-US', timeZone: 'Pacific/Chatham' }))).to.equal(
      'Fri, Jan 16, 8:15 AM GMT+13:45',
    );
    expect(norm(formatInstant(at, { locale: 'de', timeZone: 'Europe/Berlin' }))).to.equal(
      'Do., 15. Jan., 19:30 MEZ',
    );
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2026, 6, 18, 12);
  const cases: [offset: number, en: string, de: string, ja: string][] = [
    [0, 'now', 'jetzt', '今'],
    [20_000, 'now', 'jetzt', '今'],
    [-29_000, 'now', 'jetzt', '今'],
    [40_000, 'in 1 minute', 'in 1 Minute', '1 分後'],
    [-5 * MINUTE, '5 minutes ago', 'vor 5 Minuten', '5 分前'],
    [59 * MINUTE, 'in 59 minutes', 'in 59 Minuten', '59 分後'],
    [59 * MINUTE + 40_000, 'in 1 hour', 'in 1 Stunde', '1 時間後'],
    [2 * HOUR, 'in 2 hours', 'in 2 Stunden', '2 時間後'],
    [89 * MINUTE, 'in 1 hour', 'in 1 Stunde', '1 時間後'],
    [90 * MINUTE, 'in 2 hours', 'in 2 Stunden', '2 時間後'],
    [-90 * MINUTE, '2 hours ago', 'vor 2 Stunden', '2 時間前'],
    [23 * HOUR + 40 * MINUTE, 'in 1 day', 'in 1 Tag', '1 日後'],
    [3 * DAY, 'in 3 days', 'in 3 Tagen', '3 日後'],
    [-36 * HOUR, '2 days ago', 'vor 2 Tagen', '2 日前'],
    [45 * DAY, 'in 45 days', 'in 45 Tagen', '45 日後'],
  ];
  for (const [offset, en, de, ja] of cases) {
    it(`${offset / MINUTE} min: "${en}", "${de}", "${ja}"`, () => {
      expect(norm(formatRelative(now + offset, now, 'en'))).to.equal(en);
      expect(norm(formatRelative(now + offset, now, 'de'))).to.equal(de);
      expect(norm(formatRelative(now + offset, now, 'ja'))).to.equal(ja);
    });
  }
});

describe('formatDuration', () => {
  const native = (
    Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } }
  ).DurationFormat;

  it('says 7 h 45 min for 465 minutes (Intl.DurationFormat where the engine has it)', () => {
    const text = norm(formatDuration(465, 'en'));
    expect(text).to.match(/^7 hr,? 45 min$/);
    if (native)
      expect(formatDuration(465, 'en')).to.equal(
        new native('en', { style: 'short' }).format({ hours: 7, minutes: 45 }),
      );
    for (const [locale, units] of [
      ['de', ['Std', 'Min']],
      ['fr', ['h', 'min']],
      ['ja', ['時間', '分']],
      ['hi', ['घं', 'मि']],
    ] as const) {
      const local = norm(formatDuration(465, locale));
      expect(local, locale).to.include('7').and.include('45').and.include(units[0]).and.include(units[1]);
    }
  });

  it('uses days from 24 hours, leaves out zero units, and says 0 min for nothing', () => {
    expect(norm(formatDuration(29 * 60, 'en'))).to.match(/^1 day,? 5 hr$/);
    expect(norm(formatDuration(60, 'en'))).to.equal('1 hr');
    expect(norm(formatDuration(1440, 'en'))).to.equal('1 day');
    expect(norm(formatDuration(2 * 1440 + 1, 'en'))).to.match(/^2 days,? 1 min$/);
    expect(norm(formatDuration(0, 'en'))).to.equal('0 min');
    expect(norm(formatDuration(-5, 'en'))).to.equal('0 min');
    expect(norm(formatDuration(44.6, 'en'))).to.equal('45 min');
    expect(norm(formatDuration(0, 'de'))).to.equal('0 Min.');
  });

  it('composes NumberFormat units with ListFormat when there is no Intl.DurationFormat', () => {
    withoutDurationFormat(() => {
      expect((Intl as { DurationFormat?: unknown }).DurationFormat).to.equal(undefined);
      expect(norm(formatDuration(465, 'en'))).to.equal('7 hr 45 min');
      expect(norm(formatDuration(29 * 60, 'en'))).to.equal('1 day 5 hr');
      expect(norm(formatDuration(0, 'en'))).to.equal('0 min');
      expect(norm(formatDuration(60, 'en'))).to.equal('1 hr');
      const unit = (value: number, u: string, l: string) =>
        new Intl.NumberFormat(l, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
      for (const locale of ['de', 'fr', 'ja', 'pt-BR']) {
        const expected = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format([
          unit(7, 'hour', locale),
          unit(45, 'minute', locale),
        ]);
        expect(formatDuration(465, locale), locale).to.equal(expected);
      }
    });
    // And back to the native formatter where there is one.
    if (native) expect(norm(formatDuration(465, 'en'))).to.equal('7 hr, 45 min');
  });
});

describe('describeRecurrence', () => {
  const LA = 'America/Los_Angeles';
  const BERLIN = 'Europe/Berlin';

  describe('a weekly and a monthly rule in all seven languages', () => {
    const weekly = recurrence('FREQ=WEEKLY;BYDAY=SA', '2026-07-04', '17:00', 300, LA);
    const monthly = recurrence('FREQ=MONTHLY;BYDAY=1FR', '2026-01-02', '09:00', 120, BERLIN);
    const weeklyStart = zonedToInstant(2026, 7, 4, 17 * 60, LA);
    const monthlyStart = zonedToInstant(2026, 1, 2, 9 * 60, BERLIN);
    const expected: Record<string, [weekly: string, monthly: string, join: string]> = {
      en: ['Every Saturday', 'First Friday of every month', ', '],
      de: ['Jeden Samstag', 'Am ersten Freitag jedes Monats', ', '],
      fr: ['Chaque samedi', 'Chaque premier vendredi du mois', ', '],
      es: ['Cada sábado', 'El primer viernes de cada mes', ', '],
      'pt-BR': ['Todo sábado', 'Primeira sexta-feira de cada mês', ', '],
      ja: ['毎週土曜日', '毎月第1金曜日', '、'],
      hi: ['हर शनिवार', 'हर महीने पहले शुक्रवार को', ', '],
    };
    for (const [locale, [week, month, join]] of Object.entries(expected)) {
      it(locale, () => {
        expect(describeRecurrence(weekly, { locale })).to.equal(
          week + join + hoursOf(locale, LA, weeklyStart, weeklyStart + 300 * MINUTE),
        );
        expect(describeRecurrence(monthly, { locale })).to.equal(
          month + join + hoursOf(locale, BERLIN, monthlyStart, monthlyStart + 120 * MINUTE),
        );
      });
    }

    it('exactly, in en-US', () => {
      expect(norm(describeRecurrence(weekly, { locale: 'en-US' }))).to.equal(
        'Every Saturday, 5:00 – 10:00 PM PDT',
      );
      expect(norm(describeRecurrence(monthly, { locale: 'en-US' }))).to.equal(
        'First Friday of every month, 9:00 – 11:00 AM GMT+1',
      );
      expect(norm(describeRecurrence(monthly, { locale: 'de-DE' }))).to.equal(
        'Am ersten Freitag jedes Monats, 09:00–11:00 Uhr MEZ',
      );
    });
  });

  describe('rules in English', () => {
    const cases: [rule: string, startsOn: string, sentence: string][] = [
      ['FREQ=DAILY', '2026-07-06', 'Every day'],
      ['FREQ=DAILY;INTERVAL=3', '2026-07-06', 'Every 3 days'],
      [
        'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
        '2026-07-06',
        'Every Monday, Tuesday, Wednesday, Thursday, and Friday',
      ],
      [
        'FREQ=DAILY;INTERVAL=2;BYDAY=FR,MO',
        '2026-07-06',
        'Every 2 days, only if it falls on a Monday or Friday',
      ],
      ['FREQ=WEEKLY', '2026-07-08', 'Every Wednesday'],
      ['FREQ=WEEKLY;BYDAY=TH,MO', '2026-07-06', 'Every Monday and Thursday'],
      ['FREQ=WEEKLY;BYDAY=SU,SA', '2026-07-06', 'Every Saturday and Sunday'],
      ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,MO', '2026-07-06', 'Every 2 weeks on Monday and Thursday'],
      ['FREQ=WEEKLY;INTERVAL=3', '2026-07-07', 'Every 3 weeks on Tuesday'],
      ['FREQ=MONTHLY', '2026-07-15', 'Day 15 of every month'],
      ['FREQ=MONTHLY;BYMONTHDAY=15', '2026-07-06', 'Day 15 of every month'],
      ['FREQ=MONTHLY;BYMONTHDAY=-1', '2026-07-06', 'Last day of every month'],
      ['FREQ=MONTHLY;BYMONTHDAY=1,-1', '2026-07-06', 'Day 1 and last day of every month'],
      ['FREQ=MONTHLY;BYMONTHDAY=-2', '2026-07-06', '2nd-to-last day of every month'],
      ['FREQ=MONTHLY;BYMONTHDAY=-3', '2026-07-06', '3rd-to-last day of every month'],
      ['FREQ=MONTHLY;BYMONTHDAY=-11', '2026-07-06', '11th-to-last day of every month'],
      ['FREQ=MONTHLY;BYDAY=1FR', '2026-07-06', 'First Friday of every month'],
      ['FREQ=MONTHLY;BYDAY=3WE', '2026-07-06', 'Third Wednesday of every month'],
      ['FREQ=MONTHLY;BYDAY=5MO', '2026-07-06', 'Fifth Monday of every month'],
      ['FREQ=MONTHLY;BYDAY=-1SU', '2026-07-06', 'Last Sunday of every month'],
      ['FREQ=MONTHLY;BYDAY=-2FR', '2026-07-06', 'Second-to-last Friday of every month'],
      ['FREQ=MONTHLY;BYDAY=1MO,-1FR', '2026-07-06', 'First Monday and last Friday of every month'],
      ['FREQ=MONTHLY;INTERVAL=2;BYDAY=1FR', '2026-07-06', 'First Friday of every 2 months'],
      ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', '2026-07-06', 'Day 1 of every 3 months'],
      ['FREQ=MONTHLY;BYDAY=MO', '2026-07-06', 'Every Monday'],
      ['FREQ=MONTHLY;INTERVAL=2;BYDAY=MO', '2026-07-06', 'Monday of every 2 months'],
      [
        'FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR',
        '2026-07-06',
        'Day 13 of every month, only if it falls on a Friday',
      ],
      ['FREQ=DAILY;BYMONTHDAY=1,15', '2026-07-06', 'Day 1 and day 15 of every month'],
      ['FREQ=DAILY;INTERVAL=2;BYMONTHDAY=1', '2026-07-06', 'FREQ=DAILY;INTERVAL=2;BYMONTHDAY=1'],
    ];
    for (const [rule, startsOn, sentence] of cases) {
      it(`${rule}: ${sentence}`, () => {
        const text = norm(
          describeRecurrence(recurrence(rule, startsOn, '10:00', 60, 'UTC'), { locale: 'en-US' }),
        );
        expect(text).to.equal(`${sentence}, 10:00 – 11:00 AM UTC`);
      });
    }

    it('adds COUNT and UNTIL', () => {
      const say = (rule: string) =>
        norm(describeRecurrence(recurrence(rule, '2026-07-04', '17:00', 300, LA), { locale: 'en-US' }));
      expect(say('FREQ=WEEKLY;BYDAY=SA;COUNT=10')).to.equal('Every Saturday, 5:00 – 10:00 PM PDT, 10 times');
      expect(say('FREQ=WEEKLY;BYDAY=SA;COUNT=1')).to.equal('Every Saturday, 5:00 – 10:00 PM PDT, once');
      expect(say('FREQ=WEEKLY;BYDAY=SA;UNTIL=20261231')).to.equal(
        'Every Saturday, 5:00 – 10:00 PM PDT, until Dec 31, 2026',
      );
      // An instant: its date in the zone shown (07:00 UTC on Jan 1 is Dec 31 in Los Angeles).
      expect(say('FREQ=WEEKLY;BYDAY=SA;UNTIL=20270101T070000Z')).to.equal(
        'Every Saturday, 5:00 – 10:00 PM PDT, until Dec 31, 2026',
      );
    });

    it('crosses midnight without naming dates', () => {
      const text = describeRecurrence(
        recurrence('FREQ=MONTHLY;BYDAY=1FR', '2026-01-02', '23:00', 120, 'America/New_York'),
        {
          locale: 'en-US',
        },
      );
      expect(norm(text)).to.equal('First Friday of every month, 11:00 PM – 1:00 AM EST');
      for (const locale of ['en-GB', 'de', 'fr', 'es', 'pt-BR', 'ja', 'hi']) {
        const local = norm(
          describeRecurrence(
            recurrence('FREQ=WEEKLY;BYDAY=FR', '2026-01-02', '23:00', 120, 'America/New_York'),
            {
              locale,
            },
          ),
        );
        expect(local, locale).to.not.match(/2026|\/1\/|\.1\./);
        expect(local, locale)
          .to.match(/11:00|23:00|23時00分/)
          .and.match(/1:00|01:00|1時00分/);
        expect(local, locale).to.match(/EST|GMT-5|UTC−5/);
      }
    });

    it('gives the start and the duration for windows of a day or more', () => {
      const text = describeRecurrence(
        recurrence('FREQ=WEEKLY;BYDAY=SA', '2026-07-04', '17:00', 2 * 1440, LA),
        {
          locale: 'en-US',
        },
      );
      expect(norm(text)).to.match(/^Every Saturday, 5:00 PM PDT, for 2 days$/);
    });
  });

  describe('genders, ordinals and lists in other languages', () => {
    const say = (rule: string, locale: string, startsOn = '2026-07-06') =>
      norm(describeRecurrence(recurrence(rule, startsOn, '10:00', 60, 'UTC'), { locale })).replace(
        /, [^,]*UTC.*$|、.*UTC.*$/,
        '',
      );
    it('Portuguese agrees with the weekday', () => {
      expect(say('FREQ=WEEKLY;BYDAY=MO', 'pt-BR')).to.equal('Toda segunda-feira');
      expect(say('FREQ=WEEKLY;BYDAY=SU', 'pt-BR')).to.equal('Todo domingo');
      expect(say('FREQ=MONTHLY;BYDAY=1SA', 'pt-BR')).to.equal('Primeiro sábado de cada mês');
      expect(say('FREQ=MONTHLY;BYDAY=-1FR', 'pt-BR')).to.equal('Última sexta-feira de cada mês');
      expect(say('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'pt-BR')).to.equal('A cada 2 semanas, na terça-feira');
      expect(say('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', 'pt-BR')).to.equal('A cada 2 semanas, no sábado');
    });
    it('French says 1er, German numbers its days', () => {
      expect(say('FREQ=MONTHLY;BYMONTHDAY=1', 'fr')).to.equal('Chaque 1er du mois');
      expect(say('FREQ=MONTHLY;BYMONTHDAY=15', 'fr')).to.equal('Chaque 15 du mois');
      expect(say('FREQ=MONTHLY;BYMONTHDAY=-1', 'fr')).to.equal('Chaque dernier jour du mois');
      expect(say('FREQ=MONTHLY;BYMONTHDAY=15', 'de')).to.equal('Am 15. jedes Monats');
      expect(say('FREQ=MONTHLY;BYDAY=-1SU', 'de')).to.equal('Am letzten Sonntag jedes Monats');
      expect(say('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,MO', 'de')).to.equal(
        'Alle 2 Wochen am Montag und Donnerstag',
      );
    });
    it('Japanese, Hindi and Spanish', () => {
      expect(say('FREQ=MONTHLY;BYMONTHDAY=-1', 'ja')).to.equal('毎月末日');
      expect(say('FREQ=MONTHLY;BYDAY=-1SU', 'ja')).to.equal('毎月最終日曜日');
      expect(say('FREQ=DAILY', 'ja')).to.equal('毎日');
      expect(say('FREQ=MONTHLY;BYMONTHDAY=15', 'hi')).to.equal('हर महीने 15 तारीख़ को');
      expect(say('FREQ=WEEKLY;BYDAY=MO,TH', 'hi')).to.equal('हर सोमवार और गुरुवार');
      expect(say('FREQ=MONTHLY;BYDAY=-1SU', 'es')).to.equal('El último domingo de cada mes');
      expect(say('FREQ=WEEKLY;BYDAY=MO,TH', 'es')).to.equal('Cada lunes y jueves');
    });
    it('a language without a table gets the English sentence, with English weekdays', () => {
      expect(say('FREQ=WEEKLY;BYDAY=SA', 'zh-CN')).to.equal('Every Saturday');
      expect(say('FREQ=WEEKLY;BYDAY=SA', 'de-AT')).to.equal('Jeden Samstag');
    });
  });

  describe('zones', () => {
    const weekly = recurrence('FREQ=WEEKLY;BYDAY=SA', '2026-01-03', '17:00', 300, LA);

    it('names the zone as of the occurrence asked about (PST in winter, PDT in summer)', () => {
      expect(norm(describeRecurrence(weekly, { locale: 'en-US' }))).to.equal(
        'Every Saturday, 5:00 – 10:00 PM PST',
      );
      const summer = zonedToInstant(2026, 7, 18, 17 * 60, LA);
      expect(norm(describeRecurrence(weekly, { locale: 'en-US', at: summer }))).to.equal(
        'Every Saturday, 5:00 – 10:00 PM PDT',
      );
      // The Saturday after the spring change keeps 17:00 wall time.
      const afterChange = zonedToInstant(2026, 3, 14, 17 * 60, LA);
      expect(norm(describeRecurrence(weekly, { locale: 'en-US', at: afterChange }))).to.equal(
        'Every Saturday, 5:00 – 10:00 PM PDT',
      );
    });

    it('shows another zone when the occurrence keeps its date there', () => {
      const morning = recurrence('FREQ=WEEKLY;BYDAY=SA', '2026-07-04', '08:00', 120, LA);
      expect(norm(describeRecurrence(morning, { locale: 'en-US', timeZone: 'America/New_York' }))).to.equal(
        'Every Saturday, 11:00 AM – 1:00 PM EDT',
      );
      expect(norm(describeRecurrence(morning, { locale: 'de', timeZone: BERLIN }))).to.equal(
        'Jeden Samstag, 17:00–19:00 Uhr MESZ',
      );
    });

    it("keeps the rule's own zone when another zone would move the date (and the weekday)", () => {
      // 17:00 PST on Saturday is 02:00 on Sunday in Berlin.
      expect(norm(describeRecurrence(weekly, { locale: 'en-US', timeZone: BERLIN }))).to.equal(
        'Every Saturday, 5:00 – 10:00 PM PST',
      );
      expect(norm(describeRecurrence(weekly, { locale: 'en-US', timeZone: 'Asia/Kolkata' }))).to.equal(
        'Every Saturday, 5:00 – 10:00 PM PST',
      );
    });

    it('handles half- and quarter-hour zones', () => {
      const lordHowe = recurrence('FREQ=WEEKLY;BYDAY=SU', '2026-04-05', '01:00', 120, 'Australia/Lord_Howe');
      // Apr 5 01:00 is still daylight time (+11); the 120 minutes end at 02:30 standard time (+10:30).
      expect(norm(describeRecurrence(lordHowe, { locale: 'en-US' }))).to.equal(
        'Every Sunday, 1:00 AM GMT+11 – 2:30 AM GMT+10:30',
      );
      const chatham = recurrence('FREQ=DAILY', '2026-07-01', '09:00', 60, 'Pacific/Chatham');
      expect(norm(describeRecurrence(chatham, { locale: 'en-US' }))).to.equal(
        'Every day, 9:00 – 10:00 AM GMT+12:45',
      );
    });
  });
});
