import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Incident, Maintenance } from '../../../src/feed/model.js';
import { parseRRule } from '../../../src/feed/rrule.js';
import {
  incidentDurationMinutes,
  incidentPhase,
  isWithinLead,
  maintenanceState,
  nextMaintenanceBoundary,
} from '../../../src/time/phase.js';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 11, 5, 21, 0);
const end = Date.UTC(2026, 11, 6, 1, 0);

function oneOff(status: Maintenance['status'], startsAt = start, endsAt = end): Maintenance {
  return {
    kind: 'maintenance',
    id: 'm',
    title: 'Storage upgrade',
    status,
    impact: 'major',
    startsAt,
    endsAt,
    components: [],
    regions: [],
    availability: { available: [], unavailable: [] },
    recommendations: [],
    faq: [],
    updates: [],
  };
}

function recurring(rule: string, status: Maintenance['status'] = 'scheduled'): Maintenance {
  const parsed = parseRRule(rule);
  if (!parsed.ok) throw new Error(parsed.message);
  const { startsAt: _s, endsAt: _e, ...rest } = oneOff(status);
  return {
    ...rest,
    recurrence: {
      ruleText: rule,
      rule: parsed.rule,
      startsOn: '2026-01-03',
      time: '17:00',
      startMinute: 17 * 60,
      durationMinutes: 300,
      timeZone: 'America/Los_Angeles',
    },
  };
}

describe('maintenance phases', () => {
  it('follows the clock for a scheduled window: start inclusive, end exclusive', () => {
    const m = oneOff('scheduled');
    expect(maintenanceState(m, start - 1).phase).to.equal('upcoming');
    expect(maintenanceState(m, start).phase).to.equal('in_progress');
    expect(maintenanceState(m, end - 1).phase).to.equal('in_progress');
    expect(maintenanceState(m, end).phase).to.equal('completed');
    expect(maintenanceState(m, start).window).to.deep.equal({ startsAt: start, endsAt: end });
  });

  it('shows what the status says when it disagrees with the clock', () => {
    expect(maintenanceState(oneOff('in_progress'), start - HOUR).phase, 'started early').to.equal(
      'in_progress',
    );
    expect(maintenanceState(oneOff('verifying'), end + HOUR).phase, 'overrunning').to.equal('in_progress');
    expect(maintenanceState(oneOff('completed'), start + HOUR).phase, 'finished early').to.equal('completed');
    expect(maintenanceState(oneOff('cancelled'), start - HOUR).phase).to.equal('cancelled');
  });

  it('counts the lead period from the start', () => {
    const m = oneOff('scheduled');
    const lead = 48 * HOUR;
    expect(isWithinLead(maintenanceState(m, start - lead - 1), start - lead - 1, lead)).to.equal(false);
    expect(isWithinLead(maintenanceState(m, start - lead), start - lead, lead)).to.equal(true);
    expect(isWithinLead(maintenanceState(m, start), start, lead), 'in progress is not "upcoming"').to.equal(
      false,
    );
  });

  it('reports the next boundary: lead, start, end, then none', () => {
    const m = oneOff('scheduled');
    const lead = 2 * HOUR;
    expect(nextMaintenanceBoundary(m, start - 5 * HOUR, lead)).to.equal(start - lead);
    expect(nextMaintenanceBoundary(m, start - lead, lead)).to.equal(start);
    expect(nextMaintenanceBoundary(m, start, lead)).to.equal(end);
    expect(nextMaintenanceBoundary(m, end, lead)).to.equal(undefined);
    expect(nextMaintenanceBoundary(oneOff('in_progress'), start - HOUR, lead), 'status rules').to.equal(
      undefined,
    );
  });

  it('follows each occurrence of a recurring window across a DST change', () => {
    const m = recurring('FREQ=WEEKLY;BYDAY=SA');
    // Saturday 2026-03-07 17:00 PST = 01:00Z on the 8th; Saturday 2026-03-14 17:00 PDT = 00:00Z on the 15th.
    const before = Date.UTC(2026, 2, 8, 1, 0);
    const after = Date.UTC(2026, 2, 15, 0, 0);
    expect(maintenanceState(m, before - 1)).to.deep.equal({
      phase: 'upcoming',
      window: { startsAt: before, endsAt: before + 5 * HOUR },
    });
    expect(maintenanceState(m, before).phase).to.equal('in_progress');
    expect(maintenanceState(m, before + 5 * HOUR)).to.deep.equal({
      phase: 'upcoming',
      window: { startsAt: after, endsAt: after + 5 * HOUR },
    });
    expect(nextMaintenanceBoundary(m, before + 5 * HOUR, 0)).to.equal(after);
  });

  it('completes a recurring series when COUNT runs out, and cancels it by status', () => {
    const m = recurring('FREQ=WEEKLY;BYDAY=SA;COUNT=2');
    // Occurrences: Sat Jan 3 and Sat Jan 10, 17:00 PST.
    const lastEnd = Date.UTC(2026, 0, 11, 1, 0) + 5 * HOUR;
    expect(maintenanceState(m, lastEnd - 1).phase).to.equal('in_progress');
    expect(maintenanceState(m, lastEnd).phase).to.equal('completed');
    expect(nextMaintenanceBoundary(m, lastEnd, HOUR)).to.equal(undefined);
    expect(maintenanceState(recurring('FREQ=WEEKLY;BYDAY=SA', 'cancelled'), lastEnd).phase).to.equal(
      'cancelled',
    );
  });
});

describe('incident phases and durations', () => {
  const incident: Incident = {
    kind: 'incident',
    id: 'i',
    title: 'SDK collection failing',
    impact: 'major',
    status: 'resolved',
    components: [],
    regions: [],
    startedAt: Date.UTC(2022, 11, 1, 4, 3),
    resolvedAt: Date.UTC(2022, 11, 1, 11, 48),
    updates: [],
  };

  it('measures a resolved incident from start to resolution: 7 h 45 min', () => {
    expect(incidentPhase(incident)).to.equal('resolved');
    expect(incidentDurationMinutes(incident, Date.UTC(2026, 0, 1))).to.equal(7 * 60 + 45);
  });

  it('ends a resolved incident without a resolution time at its latest update, not now', () => {
    const latest = incident.startedAt + 2 * 60 * 60_000;
    const silent: Incident = {
      ...incident,
      resolvedAt: undefined,
      updates: [{ at: latest, status: 'postmortem', body: 'What happened.' }],
    };
    expect(incidentDurationMinutes(silent, Date.UTC(2026, 0, 1))).to.equal(120);
    expect(incidentDurationMinutes({ ...silent, updates: [] }, Date.UTC(2026, 0, 1))).to.equal(0);
  });

  it('measures an active incident up to now', () => {
    const active: Incident = { ...incident, status: 'monitoring', resolvedAt: undefined };
    expect(incidentPhase(active)).to.equal('active');
    expect(incidentDurationMinutes(active, incident.startedAt + 130 * 60_000)).to.equal(130);
  });
});

describe('phase boundaries (property)', () => {
  const key = (m: Maintenance, at: number, lead: number) => {
    const state = maintenanceState(m, at);
    return `${state.phase}/${isWithinLead(state, at, lead)}`;
  };

  it('exactly one phase holds, and the reported boundary is the first instant it changes', () => {
    const base = Date.UTC(2026, 0, 1);
    const windowArb = fc.record({
      startOffset: fc.integer({ min: 0, max: 60 * 24 * 60 }),
      minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
    });
    const maintenanceArb = fc.oneof(
      windowArb.map(({ startOffset, minutes }) =>
        oneOff('scheduled', base + startOffset * 60_000, base + (startOffset + minutes) * 60_000),
      ),
      fc
        .constantFrom('FREQ=WEEKLY;BYDAY=SA', 'FREQ=MONTHLY;BYDAY=1FR', 'FREQ=DAILY;INTERVAL=3;COUNT=20')
        .map((rule) => recurring(rule)),
    );
    fc.assert(
      fc.property(
        maintenanceArb,
        fc.integer({ min: -10 * 24 * 60, max: 120 * 24 * 60 }),
        fc.integer({ min: 0, max: 72 * 60 }),
        (m, nowOffset, leadMinutes) => {
          const now = base + nowOffset * 60_000;
          const lead = leadMinutes * 60_000;
          const phase = maintenanceState(m, now).phase;
          expect(['upcoming', 'in_progress', 'completed', 'cancelled']).to.include(phase);
          const boundary = nextMaintenanceBoundary(m, now, lead);
          const here = key(m, now, lead);
          if (boundary === undefined) {
            for (const later of [HOUR, 86_400_000, 400 * 86_400_000])
              expect(key(m, now + later, lead)).to.equal(here);
            return;
          }
          expect(boundary).to.be.greaterThan(now);
          // Unchanged everywhere before the boundary (sampled), changed at it.
          for (const f of [0.001, 0.25, 0.5, 0.75, 0.999]) {
            const t = Math.floor(now + (boundary - now) * f);
            if (t < boundary) expect(key(m, t, lead), `at ${new Date(t).toISOString()}`).to.equal(here);
          }
          expect(key(m, boundary - 1, lead)).to.equal(here);
          expect(key(m, boundary, lead)).not.to.equal(here);
        },
      ),
      { numRuns: 400 },
    );
  });
});
