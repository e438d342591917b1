// The demo page: the elements on the example feeds, and every feed as parseFeed reads it.
import '../src/elements/status-banner/define.js';
import '../src/elements/maintenance-notice/define.js';
import '../src/elements/incident-timeline/define.js';
import '../src/elements/status-indicator/define.js';
import '../src/elements/component-status/define.js';
import { parseFeed, type FeedModel, type ParseResult } from '../src/feed/index.js';

const FEEDS = [
  'all.json',
  'maintenance-notice.json',
  'incident-resolved.json',
  'incident-history.json',
  'status-page.json',
  'operational.json',
  'live.json',
  'history.json',
];
const container = document.getElementById('feeds')!;
const when = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function list(items: string[][]): HTMLUListElement {
  const ul = el('ul');
  for (const [badge, text, cls] of items) {
    const li = el('li');
    li.append(el('span', badge, `badge ${cls ?? badge}`), text ?? '');
    ul.append(li);
  }
  return ul;
}

function describe(model: FeedModel): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (model.incidents.length) {
    parts.push(el('h3', `Incidents (${model.incidents.length})`));
    parts.push(
      list(
        model.incidents
          .slice(0, 6)
          .map((i) => [i.impact, `${i.title} — ${i.status}, started ${when.format(i.startedAt)}`]),
      ),
    );
  }
  if (model.maintenances.length) {
    parts.push(el('h3', `Maintenance (${model.maintenances.length})`));
    parts.push(
      list(
        model.maintenances.slice(0, 6).map((m) => {
          const window = m.recurrence
            ? `every ${m.recurrence.ruleText} at ${m.recurrence.time} ${m.recurrence.timeZone}`
            : `${when.format(m.startsAt)} – ${when.format(m.endsAt)}`;
          return ['maintenance', `${m.title} — ${m.status}, ${window}`];
        }),
      ),
    );
  }
  if (!parts.length) parts.push(el('p', 'All systems operational: no incidents or maintenance.'));
  return parts;
}

async function show(name: string): Promise<void> {
  const section = el('section');
  section.append(el('h2', name));
  container.append(section);
  let result: ParseResult;
  try {
    const response = await fetch(`./feeds/${name}`, { cache: 'no-store' });
    result = parseFeed(await response.text());
  } catch (error) {
    section.append(el('p', `Could not load: ${String(error)}`, 'error'));
    return;
  }
  if (!result.ok) {
    section.append(el('p', `${result.error.kind} error — ${result.error.message}`, 'error'));
    return;
  }
  const { model, format, warnings } = result;
  section.append(
    el(
      'p',
      `${model.page.name ?? '(no page name)'} · ${format} format · ${model.components.length} components · ${warnings.length} warnings`,
      'meta',
    ),
    ...describe(model),
  );
}

for (const name of FEEDS) void show(name);
