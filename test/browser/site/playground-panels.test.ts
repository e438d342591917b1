// The playground's side panels mounted in a real browser with a fake host: the authoring forms
// write a valid feed (or leave the editor alone and say why, next to the field), and the theming
// panel applies properties live, shows the contrast of each pair and copies the changed ones.
// The panels are mounted without their stylesheets (authoring.ts and theming.ts add those for
// Vite); the markup, the ARIA wiring and the behaviour are the same.
import { expect } from '@open-wc/testing';
import { mountAuthoringForms } from '../../../site/playground/authoring-forms.js';
import { mountThemingPanel } from '../../../site/playground/theming-panel.js';
import { parseFeed } from '../../../src/feed/parse.js';

const FEED = {
  version: 1,
  components: [
    { id: 'api', name: 'Public API' },
    { id: 'web', name: 'Web app' },
  ],
  incidents: [
    {
      id: 'slow-api',
      title: 'Slow API',
      impact: 'minor',
      status: 'investigating',
      startedAt: '2026-11-20T10:00:00Z',
      updates: [{ at: '2026-11-20T10:05:00Z', status: 'investigating', body: 'Looking into it.' }],
    },
  ],
};

/**
 * A plain host in the document, removed after the test. Not open-wc's `fixture`: for an element
 * that is not a Lit element it waits for an animation frame, which a test page in a background
 * tab (the runner opens two per engine) may never get.
 */
const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));
function mountHost(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  return host;
}

async function authoring(text = JSON.stringify(FEED, null, 2)) {
  const host = mountHost();
  const written: string[] = [];
  const listeners: (() => void)[] = [];
  let feed = text;
  mountAuthoringForms(host, {
    getFeed: () => feed,
    setFeed: (json) => {
      written.push(json);
      feed = json;
      for (const listener of listeners) listener();
    },
    timeZone: () => 'America/Los_Angeles',
    onFeedChange: (listener) => listeners.push(listener),
  });
  /** The editor's text changes the way the playground changes it (an example loaded, typing). */
  const type = (json: string) => {
    feed = json;
    for (const listener of listeners) listener();
  };
  return { host, written, feed: () => feed, type };
}

/** The field whose id ends with `-suffix`. */
function field<T extends HTMLElement = HTMLInputElement>(host: HTMLElement, suffix: string): T {
  const found = host.querySelector<T>(`[id$="-${suffix}"]`);
  if (!found) throw new Error(`no field …-${suffix}`);
  return found;
}

function enter(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function submit(host: HTMLElement, index: number) {
  host.querySelectorAll<HTMLButtonElement>('button[type="submit"]')[index]!.click();
}

const statusLines = (host: HTMLElement) =>
  [...host.querySelectorAll('[role="status"]')].map((s) => s.textContent?.trim() ?? '');

describe('playground authoring forms', () => {
  it('are labelled and accessible', async () => {
    const { host } = await authoring();
    await expect(host).to.be.accessible();
    expect(host.querySelectorAll('form')).to.have.length(2);
    for (const input of host.querySelectorAll(
      'input:not([type="checkbox"], [type="radio"]), select, textarea',
    )) {
      expect(host.querySelector(`label[for="${input.id}"]`), input.id).to.exist;
    }
    // Live regions exist before anything is said in them.
    expect(statusLines(host)).to.deep.equal(['', '']);
  });

  it('add a one-off window picked in Los Angeles time, written with that date offset', async () => {
    const { host, written } = await authoring();
    enter(field(host, 'w-title'), 'Database upgrade');
    enter(field(host, 'w-start-date'), '2026-12-12');
    enter(field(host, 'w-start-time'), '17:00');
    enter(field(host, 'w-end-date'), '2026-12-12');
    enter(field(host, 'w-end-time'), '22:00');
    host.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    expect(host.querySelector('.sw-preview')!.textContent).to.contain('2026-12-12T17:00:00-08:00');
    submit(host, 0);
    expect(written).to.have.length(1);
    const doc = JSON.parse(written[0]!);
    expect(doc.maintenances.at(-1)).to.include({
      id: 'database-upgrade',
      startsAt: '2026-12-12T17:00:00-08:00',
      endsAt: '2026-12-12T22:00:00-08:00',
    });
    expect(doc.maintenances.at(-1).components).to.deep.equal(['api']);
    expect(parseFeed(written[0]).ok).to.equal(true);
    expect(statusLines(host)[0]).to.contain('Added the maintenance window "database-upgrade"');
  });

  it('preview a recurring schedule in words with its next occurrences', async () => {
    const { host, written } = await authoring();
    const recurring = [...host.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) =>
      r.parentElement?.textContent?.includes('recurring'),
    )!;
    recurring.click();
    enter(field(host, 'w-title'), 'Weekly checks');
    const preview = host.querySelector('.sw-preview')!.textContent ?? '';
    expect(preview).to.match(/Every Saturday/);
    expect(preview).to.contain('FREQ=WEEKLY;BYDAY=SA');
    expect(host.querySelectorAll('.sw-next li')).to.have.length(5);
    submit(host, 0);
    expect(written).to.have.length(1);
    expect(JSON.parse(written[0]!).maintenances.at(-1).recurrence).to.include({
      rule: 'FREQ=WEEKLY;BYDAY=SA',
      time: '17:00',
      duration: 'PT5H',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('refuse an empty title with the error linked to the field, and focus it', async () => {
    const { host, written } = await authoring();
    submit(host, 0);
    expect(written).to.have.length(0);
    const title = field(host, 'w-title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const error = document.getElementById(title.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(error?.textContent).to.contain('Enter a title');
    expect(document.activeElement).to.equal(title);
    expect(statusLines(host)[0]).to.contain('Not added');
    // Fixing the field clears its error.
    enter(title, 'Upgrade');
    expect(title.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('follow the editor: a feed loaded after mounting clears the error and lists its components', async () => {
    // The playground mounts the panel before it fills the editor.
    const { host, type } = await authoring('');
    expect(host.querySelector('.sw-form-errors')?.textContent).to.contain('not valid JSON');
    type(JSON.stringify(FEED, null, 2));
    expect(host.querySelector('.sw-form-errors')).to.equal(null);
    const names = () => [...host.querySelectorAll('.sw-components label')].map((l) => l.textContent?.trim());
    expect(names()).to.deep.equal(['Public API', 'Web app']);
    type(JSON.stringify({ ...FEED, components: [{ id: 'search', name: 'Search' }] }, null, 2));
    expect(names()).to.deep.equal(['Search']);
  });

  it('never overwrite text that is not JSON, and say so next to the form', async () => {
    const { host, written, feed } = await authoring('{"version": 1,');
    expect(host.querySelector('.sw-form-errors')?.textContent).to.contain('not valid JSON');
    enter(field(host, 'w-title'), 'Upgrade');
    submit(host, 0);
    expect(written).to.have.length(0);
    expect(feed()).to.equal('{"version": 1,');
    const button = host.querySelectorAll('button[type="submit"]')[0]!;
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).to.contain(
      'not valid JSON',
    );
  });

  it('append an update to an existing incident, and start a new one', async () => {
    const { host, written } = await authoring();
    expect(field<HTMLSelectElement>(host, 'u-incident').value).to.equal('slow-api');
    enter(field<HTMLSelectElement>(host, 'u-status'), 'identified');
    enter(field<HTMLTextAreaElement>(host, 'u-body'), 'A bad deploy; rolling back.');
    submit(host, 1);
    expect(written).to.have.length(1);
    const incident = JSON.parse(written[0]!).incidents[0];
    expect(incident.status).to.equal('identified');
    expect(incident.updates.at(-1)).to.include({ status: 'identified', body: 'A bad deploy; rolling back.' });
    expect(incident.updates.at(-1).at).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00-0[78]:00$/);

    enter(field<HTMLSelectElement>(host, 'u-incident'), '');
    enter(field(host, 'u-title'), 'Sign-in errors');
    enter(field<HTMLTextAreaElement>(host, 'u-body'), 'Some people cannot sign in.');
    submit(host, 1);
    expect(written).to.have.length(2);
    const parsed = parseFeed(written[1]);
    expect(parsed.ok && parsed.model.incidents.some((i) => i.id === 'sign-in-errors')).to.equal(true);
    expect(statusLines(host)[1]).to.contain('sign-in-errors');
  });
});

async function theming(theme: 'light' | 'dark' = 'light') {
  const host = mountHost();
  const applied: Record<string, string>[] = [];
  mountThemingPanel(host, { apply: (props) => applied.push({ ...props }), theme: () => theme });
  return { host, applied };
}

describe('playground theming panel', () => {
  it('is labelled and accessible, starting from the theme defaults', async () => {
    const { host, applied } = await theming('dark');
    await expect(host).to.be.accessible();
    expect(field(host, 'status-surface-bg').value).to.equal('#161b24');
    expect(applied).to.have.length(0);
    // Six groups of properties, each a disclosure naming its fieldset; the first starts open.
    const groups = [...host.querySelectorAll('details')];
    expect(groups).to.have.length(6);
    expect(groups.map((d) => d.open)).to.deep.equal([true, false, false, false, false, false]);
    for (const group of groups)
      expect(group.querySelector('fieldset')!.getAttribute('aria-labelledby')).to.equal(
        group.querySelector('summary span')!.id,
      );
    // The panel sits under the page's own "Theme" heading: it has no heading of its own above h3.
    expect(host.querySelectorAll('h1, h2')).to.have.length(0);
  });

  it('applies a change live and shows the contrast of the pair', async () => {
    const { host, applied } = await theming();
    enter(field(host, 'status-critical-fg'), '#777');
    enter(field(host, 'status-critical-bg'), 'white');
    expect(applied).to.deep.equal([{ '--status-critical-fg': '#777' }, { '--status-critical-bg': 'white' }]);
    const row = [...host.querySelectorAll('tbody tr')].find((r) =>
      r.textContent?.includes('--status-critical-fg'),
    )!;
    expect(row.textContent).to.contain('4.47:1');
    expect(row.textContent).to.contain('Fail');
    // The colour picker follows a named colour the panel reads through the browser.
    enter(field(host, 'status-critical-bg'), 'rebeccapurple');
    const picker = field(host, 'status-critical-bg').parentElement!.querySelector<HTMLInputElement>(
      'input[type="color"]',
    )!;
    expect(picker.value).to.equal('#663399');
  });

  it('refuses a value that is not a colour, with the error linked to the field', async () => {
    const { host, applied } = await theming();
    const input = field(host, 'status-border');
    enter(input, 'not-a-colour');
    expect(applied).to.have.length(0);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(described.map((d) => d?.textContent).join(' ')).to.contain('Not a CSS colour');
  });

  it('gives the changed properties as one rule, and resets them', async () => {
    const { host, applied } = await theming();
    enter(field(host, 'status-radius'), '0');
    enter(field(host, 'status-operational-bg'), '#e5f5ea'); // the default: not a change
    const css = host.querySelector('pre')!.textContent!;
    expect(css).to.contain('status-banner,\nmaintenance-notice,');
    expect(css).to.contain('--status-radius: 0;');
    expect(css).not.to.contain('--status-operational-bg');
    [...host.querySelectorAll('button')].find((b) => b.textContent?.includes('Reset'))!.click();
    expect(applied.at(-1)).to.deep.equal({ '--status-radius': '' });
    expect(host.querySelector('[role="status"]')!.textContent).to.contain('back to');
  });
});
