/**
 * For the Node tests of the command line: running it in-process, reading feeds into models, and
 * building small native feeds around the items a test talks about.
 */
import { readFileSync } from 'node:fs';
import { main } from '../../../src/cli/main.js';
import { parseFeed } from '../../../src/feed/parse.js';
import type { FeedModel } from '../../../src/feed/model.js';
import type { FeedDocument } from '../../../src/feed/schema.js';

export type MaintenanceDoc = NonNullable<FeedDocument['maintenances']>[number];
export type IncidentDoc = NonNullable<FeedDocument['incidents']>[number];

/** Runs `status-widgets argv…` in-process: its exit code and everything it printed. */
export async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A feed document (JSON text or parsed) read into its model; throws with the feed's error. */
export function model(input: unknown): FeedModel {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(`expected the feed to be accepted, got: ${result.error.message}`);
  return result.model;
}

/** The model of a feed file. */
export const modelOf = (file: string) => model(readFileSync(file, 'utf8'));

/** Every example feed and vendor fixture, each read by the adapter its format needs. */
export const EVERY_FORMAT = [
  'demo/feeds/all.json',
  'demo/feeds/status-page.json',
  'demo/feeds/incident-history.json',
  'demo/feeds/operational.json',
  'test/fixtures/statuspage/summary.json',
  'test/fixtures/statuspage/incidents.json',
  'test/fixtures/statuspage/scheduled-maintenances.json',
  'test/fixtures/incidentio/widget.json',
  'test/fixtures/instatus/summary.json',
  'test/fixtures/betterstack/index.json',
];

/** A native feed of the fictional "Quillfeather Docs" page holding the items given. */
export function feed(
  parts: { maintenances?: MaintenanceDoc[]; incidents?: IncidentDoc[]; page?: FeedDocument['page'] } = {},
): FeedDocument {
  return {
    version: 1,
    page: { name: 'Quillfeather Docs', url: 'https://status.quillfeather.example/', ...parts.page },
    components: [
      { id: 'editor', name: 'Editor' },
      { id: 'search', name: 'Search' },
    ],
    regions: [{ id: 'eu', name: 'Europe' }],
    incidents: parts.incidents ?? [],
    maintenances: parts.maintenances ?? [],
  };
}

/** A one-off window (a scheduled two-hour one on 5 December 2026 unless `extra` says otherwise). */
export function window(id: string, extra: Partial<MaintenanceDoc> = {}): MaintenanceDoc {
  return {
    id,
    title: `Window ${id}`,
    summary: 'The editor saves drafts locally while we move its storage.',
    status: 'scheduled',
    startsAt: '2026-12-05T21:00:00Z',
    endsAt: '2026-12-05T23:00:00Z',
    availability: { available: ['Reading published pages'], unavailable: ['Saving to the server'] },
    url: `https://status.quillfeather.example/maintenance/${id}`,
    ...extra,
  };
}

/** A recurring schedule. */
export function schedule(
  id: string,
  rule: string,
  startsOn: string,
  time: string,
  duration: string,
  timeZone: string,
  extra: Partial<MaintenanceDoc> = {},
): MaintenanceDoc {
  return {
    id,
    title: `Schedule ${id}`,
    status: 'scheduled',
    recurrence: { rule, startsOn, time, duration, timeZone },
    ...extra,
  };
}
