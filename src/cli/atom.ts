/**
 * The Atom feed of a status feed (`status-widgets atom`, RFC 4287): one entry per update an
 * incident or maintenance has posted, newest first, for feed readers and chat integrations.
 *
 * - An entry's title is "<item title>: <status>" (the English status word, as the elements show
 *   it), its content the update's text as `type="text"` (a maintenance adds its window, in the
 *   page's zone), its link the item's page or else the status page. An incident with a
 *   post-incident review (`reportUrl`) links it from its `postmortem` update and names it in the
 *   content of its `resolved` update.
 * - An item without updates (a vendor document may carry none) is one entry for the item itself,
 *   dated by its start: an incident's `startedAt`, a window's start, a schedule's first
 *   occurrence (so an upcoming window is dated ahead, and heads the list).
 * - Entry ids are `urn:uuid:` name-based UUIDs (version 5, RFC 9562) of the page's address, the
 *   item's kind and id and the update's time: the same on every run, kept when an update's text
 *   is corrected, never shared by two updates. The feed's id is the UUID of the page's address.
 * - The feed's `updated` is the latest of the page's `updatedAt` and the entries' times that are
 *   not ahead of `now`; the output depends on nothing else, so an unchanged feed gives the same
 *   bytes (and the same ETag on a static host).
 * - Any text is escaped for XML; characters XML 1.0 cannot hold (C0 controls other than tab and
 *   line feed, U+FFFE, U+FFFF) are dropped, a lone surrogate becomes U+FFFD, line breaks are "\n".
 */
import { createHash } from 'node:crypto';
import type { FeedModel, Incident, Maintenance } from '../feed/model.js';
import { languagePack } from '../i18n/languages.js';
import { formatWindow } from '../time/format.js';
import { describeRecurrence } from '../time/recurrence-text.js';
import { httpUrl } from '../time/ics.js';
import { firstDay } from '../time/recurrence.js';
import { zonedToInstant } from '../time/zone.js';

export interface AtomOptions {
  /** The time the file is written (ms since the epoch): entries ahead of it do not date the feed. */
  now: number;
  /** At most this many entries, the newest (default 50). */
  limit?: number;
  /** The address the feed is published at (`<link rel="self">`); an http(s) URL, else left out. */
  self?: string;
  /** The version of status-widgets, for `<generator>`. */
  version?: string;
}

export interface AtomEntry {
  /** `urn:uuid:…` */
  id: string;
  kind: 'incident' | 'maintenance';
  title: string;
  /** ms since the epoch. */
  updated: number;
  content: string;
  link?: string;
}

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
export const DEFAULT_ATOM_LIMIT = 50;
/** The namespace of the ids' name-based UUIDs: itself the v5 UUID of the package's npm address, in the URL namespace. */
const NAMESPACE = uuid5(
  '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  'https://www.npmjs.com/package/status-widgets',
);

/** Every entry of a feed, newest first (ties: incidents first, then the order of the feed). */
export function atomEntries(model: FeedModel): AtomEntry[] {
  const { page } = model;
  const statuses = languagePack('en').common.statuses;
  const pageUrl = httpUrl(page.url);
  const scope = pageUrl ?? page.name ?? '';
  const taken = new Set<string>();
  const entries: AtomEntry[] = [];
  const add = (
    item: Incident | Maintenance,
    status: keyof typeof statuses,
    at: number,
    content: string,
    link = httpUrl(item.url) ?? pageUrl,
  ) => {
    // The name of the id: what makes the entry this one. Two updates of an item at the same time
    // (which a feed may have) get a counter.
    const name = [scope, item.kind, item.id, Number.isFinite(at) ? new Date(at).toISOString() : ''];
    let key = JSON.stringify(name);
    for (let n = 2; taken.has(key); n++) key = JSON.stringify([...name, n]);
    taken.add(key);
    entries.push({
      id: `urn:uuid:${uuid5(NAMESPACE, key)}`,
      kind: item.kind,
      title: `${item.title}: ${statuses[status]}`,
      updated: at,
      content,
      link,
    });
  };
  const paragraphs = (...texts: (string | undefined)[]) => texts.filter(Boolean).join('\n\n');
  const eachUpdate = (item: Incident | Maintenance, extra: string) => {
    // An incident's review: its `postmortem` update links it, its `resolved` update names it.
    const report = item.kind === 'incident' ? httpUrl(item.reportUrl) : undefined;
    for (const update of item.updates) {
      const review = report && update.status === 'resolved' ? `Post-incident review: ${report}` : '';
      const link = report && update.status === 'postmortem' ? report : undefined;
      add(item, update.status, update.at, paragraphs(update.body, extra, review), link);
    }
  };

  for (const incident of model.incidents) {
    if (incident.updates.length) {
      eachUpdate(incident, '');
      continue;
    }
    const names = (ids: string[], list: { id: string; name: string }[]) =>
      ids.map((id) => list.find((known) => known.id === id)?.name ?? id);
    const affected = [
      ...names(incident.components, model.components),
      ...names(incident.regions, model.regions),
    ];
    add(
      incident,
      incident.status,
      incident.startedAt,
      affected.length ? `Affected: ${affected.join(', ')}` : '',
    );
  }
  for (const maintenance of model.maintenances) {
    const window = windowText(maintenance, page.timeZone ?? 'UTC');
    const when = window && `When: ${window}`;
    if (maintenance.updates.length) {
      eachUpdate(maintenance, when);
      continue;
    }
    const start = maintenanceStart(maintenance);
    if (start !== undefined)
      add(maintenance, maintenance.status, start, paragraphs(maintenance.summary, when));
  }
  // Stable: equal times keep the order above.
  return entries.sort((a, b) => b.updated - a.updated);
}

/** The Atom document (XML 1.0, UTF-8) of a feed's updates. */
export function feedToAtom(model: FeedModel, options: AtomOptions): string {
  const { page } = model;
  const limit = options.limit ?? DEFAULT_ATOM_LIMIT;
  const all = atomEntries(model);
  const pageUrl = httpUrl(page.url);
  const self = httpUrl(options.self);
  const name = page.name ?? (pageUrl ? new URL(pageUrl).host : undefined);
  // The latest change the feed can vouch for: its own date, or the latest update not ahead of now.
  let updated = page.updatedAt ?? -Infinity;
  for (const entry of all) if (entry.updated <= options.now) updated = Math.max(updated, entry.updated);
  if (!Number.isFinite(updated)) updated = options.now;

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NAMESPACE}">`,
    `  <id>urn:uuid:${uuid5(NAMESPACE, JSON.stringify([pageUrl ?? page.name ?? '']))}</id>`,
    `  <title type="text">${xmlText(name ? `${name} status` : 'Status updates')}</title>`,
    '  <subtitle type="text">Incident updates and maintenance notices</subtitle>',
    `  <updated>${atomDate(updated)}</updated>`,
    pageUrl && `  <link rel="alternate" type="text/html" href="${xmlAttribute(pageUrl)}"/>`,
    self && `  <link rel="self" type="application/atom+xml" href="${xmlAttribute(self)}"/>`,
    `  <author><name>${xmlText(name ?? 'status-widgets')}</name>${pageUrl ? `<uri>${xmlText(pageUrl)}</uri>` : ''}</author>`,
    `  <generator${options.version ? ` version="${xmlAttribute(options.version)}"` : ''}>status-widgets</generator>`,
  ];
  for (const entry of all.slice(0, Math.max(0, limit))) {
    lines.push(
      '  <entry>',
      `    <id>${entry.id}</id>`,
      `    <title type="text">${xmlText(entry.title)}</title>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      `    <published>${atomDate(entry.updated)}</published>`,
      `    <category term="${entry.kind}"/>`,
    );
    if (entry.link)
      lines.push(`    <link rel="alternate" type="text/html" href="${xmlAttribute(entry.link)}"/>`);
    lines.push(`    <content type="text">${xmlText(entry.content)}</content>`, '  </entry>');
  }
  lines.push('</feed>');
  return `${lines.filter(Boolean).join('\n')}\n`;
}

/** A maintenance's window in words, in `timeZone` (one-off) or in the schedule's own zone. */
function windowText(maintenance: Maintenance, timeZone: string): string {
  if (maintenance.recurrence) return describeRecurrence(maintenance.recurrence, { locale: 'en' });
  const { startsAt, endsAt } = maintenance;
  if (startsAt === undefined) return '';
  return formatWindow(startsAt, endsAt ?? startsAt, { locale: 'en-US', timeZone }).text;
}

/** A one-off window's start, or a schedule's first occurrence. */
function maintenanceStart(maintenance: Maintenance): number | undefined {
  const { recurrence } = maintenance;
  if (!recurrence) return maintenance.startsAt;
  return zonedToInstant(1970, 1, 1 + firstDay(recurrence), recurrence.startMinute, recurrence.timeZone);
}

// ---------------------------------------------------------------------------------------------
// XML

/** Text content: what XML 1.0 cannot hold dropped, `&`, `<` and `>` (so never `]]>`) escaped. */
export function xmlText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing the characters XML 1.0 forbids
      .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '')
      // With the u flag a surrogate pair is one character, so only lone surrogates match.
      .replace(/[\ud800-\udfff]/gu, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

/** An attribute value in double quotes. */
function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** RFC 3339 in UTC, with milliseconds only when there are some. */
function atomDate(instant: number): string {
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** A name-based UUID, version 5 (SHA-1), of `name` (UTF-8) in the namespace `namespace`. */
export function uuid5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
