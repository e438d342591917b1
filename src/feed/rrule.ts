/**
 * The RFC 5545 RRULE subset that recurring maintenance windows may use:
 * `FREQ` (DAILY, WEEKLY, MONTHLY), `INTERVAL`, `BYDAY` (with ordinals such as `1FR` or `-1SU`
 * for MONTHLY), `BYMONTHDAY`, `COUNT` and `UNTIL`. Anything else is refused by name rather
 * than guessed at.
 */
import { parseInstant, parseLocalDate } from './instant.js';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/** A weekday code as RFC 5545 spells it. Index 0 is Monday. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ByDay {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** The n-th (1…5) or n-th last (-1…-5) such weekday of the month; absent: every one. */
  ordinal?: number;
}

export interface RRule {
  freq: Frequency;
  interval: number;
  byDay: ByDay[];
  byMonthDay: number[];
  count?: number;
  /** An inclusive end: a calendar date (`YYYY-MM-DD`) or an instant (ms since the epoch). */
  until?: { date: string } | { instant: number };
}

export type RRuleResult = { ok: true; rule: RRule } | { ok: false; message: string };

const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL']);
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/;
const POSITIVE = /^[1-9]\d{0,5}$/;

function fail(message: string): RRuleResult {
  return { ok: false, message };
}

/** Parses an RRULE value (with or without the `RRULE:` prefix). */
export function parseRRule(text: string): RRuleResult {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (!body) return fail('empty RRULE');
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toUpperCase();
    const value =
      eq < 0
        ? ''
        : part
            .slice(eq + 1)
            .trim()
            .toUpperCase();
    if (!SUPPORTED.has(name)) return fail(`unsupported RRULE part ${name || '(empty)'}`);
    if (parts.has(name)) return fail(`RRULE part ${name} appears twice`);
    if (!value) return fail(`RRULE part ${name} has no value`);
    parts.set(name, value);
  }

  const freq = parts.get('FREQ');
  if (!freq) return fail('RRULE needs FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    return fail(`unsupported RRULE FREQ=${freq} (DAILY, WEEKLY or MONTHLY)`);
  }

  const intervalText = parts.get('INTERVAL') ?? '1';
  if (!POSITIVE.test(intervalText)) return fail('RRULE INTERVAL must be a positive integer');
  const rule: RRule = { freq, interval: Number(intervalText), byDay: [], byMonthDay: [] };

  const byDay = parts.get('BYDAY');
  if (byDay) {
    for (const item of byDay.split(',')) {
      const m = BYDAY_ITEM.exec(item);
      if (!m) return fail(`RRULE BYDAY value ${item} is not a weekday`);
      const weekday = WEEKDAYS.indexOf(m[2] as Weekday);
      if (m[1] !== undefined) {
        const ordinal = Number(m[1]);
        if (freq !== 'MONTHLY') return fail(`RRULE BYDAY ordinal ${item} needs FREQ=MONTHLY`);
        if (ordinal === 0 || Math.abs(ordinal) > 5)
          return fail(`RRULE BYDAY ordinal ${item} is out of range`);
        rule.byDay.push({ weekday, ordinal });
      } else {
        rule.byDay.push({ weekday });
      }
    }
  }

  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay) {
    if (freq === 'WEEKLY') return fail('RRULE BYMONTHDAY cannot be used with FREQ=WEEKLY');
    for (const item of byMonthDay.split(',')) {
      const n = /^[+-]?\d{1,2}$/.test(item) ? Number(item) : NaN;
      if (!Number.isInteger(n) || n === 0 || Math.abs(n) > 31) {
        return fail(`RRULE BYMONTHDAY value ${item} is out of range`);
      }
      rule.byMonthDay.push(n);
    }
  }

  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count && until) return fail('RRULE cannot have both COUNT and UNTIL');
  if (count) {
    if (!POSITIVE.test(count)) return fail('RRULE COUNT must be a positive integer');
    rule.count = Number(count);
  }
  if (until) {
    // A calendar date, or a UTC time: both must exist (no 30 February, no hour 24).
    const m = UNTIL.exec(until);
    const date = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
    const instant = m?.[4] ? parseInstant(`${date}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
    if (!m || !parseLocalDate(date) || (m[4] && instant === undefined)) {
      return fail('RRULE UNTIL must be a date YYYYMMDD or a UTC time YYYYMMDDTHHMMSSZ');
    }
    rule.until = instant === undefined ? { date } : { instant };
  }
  return { ok: true, rule };
}
