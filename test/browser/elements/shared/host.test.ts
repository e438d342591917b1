// What the elements do to their own host: they never write an attribute the author did not set
// (a framework's hydration compares attributes), yet `theme` and `position` given as properties
// style the host (custom states); a `feed` attribute (what React 18 hands over) gets one
// console warning that says to set the property.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../../src/elements/status-banner/define.js';
import '../../../../src/elements/maintenance-notice/define.js';
import '../../../../src/elements/incident-timeline/define.js';
import '../../../../src/elements/status-indicator/define.js';
import '../../../../src/elements/component-status/define.js';
import type { StatusBanner } from '../../../../src/elements/status-banner/status-banner.js';
import type { StatusIndicator } from '../../../../src/elements/status-indicator/status-indicator.js';

const HOUR = 3_600_000;
const feed = {
  version: 1,
  incidents: [
    {
      id: 'queue',
      title: 'Exports are delayed',
      impact: 'minor',
      status: 'investigating',
      startedAt: new Date(Date.now() - HOUR).toISOString(),
    },
  ],
};

/** The host's background colour as the element's own styles paint it (the banner's base). */
const paint = (el: Element) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;

describe('the host element', () => {
  it('gets no attribute from the element: theme, position and variant are read, not reflected', async () => {
    const banner = await fixture<StatusBanner>(html`<status-banner .feed=${feed}></status-banner>`);
    const notice = await fixture(html`<maintenance-notice .feed=${feed}></maintenance-notice>`);
    const timeline = await fixture(html`<incident-timeline .feed=${feed}></incident-timeline>`);
    const indicator = await fixture<StatusIndicator>(
      html`<status-indicator .feed=${feed}></status-indicator>`,
    );
    const components = await fixture(html`<component-status .feed=${feed}></component-status>`);
    banner.theme = 'dark';
    indicator.theme = 'dark';
    indicator.variant = 'badge';
    await indicator.updateComplete;
    banner.position = 'sticky';
    await banner.updateComplete;
    expect(banner.getAttributeNames()).to.deep.equal([]);
    expect(notice.getAttributeNames()).to.deep.equal([]);
    expect(timeline.getAttributeNames()).to.deep.equal([]);
    expect(indicator.getAttributeNames()).to.deep.equal([]);
    expect(components.getAttributeNames()).to.deep.equal([]);
  });

  it('takes theme and position as properties as it does as attributes', async () => {
    const byAttribute = await fixture<StatusBanner>(
      html`<status-banner theme="dark" position="sticky" .feed=${feed}></status-banner>`,
    );
    const byProperty = await fixture<StatusBanner>(html`<status-banner .feed=${feed}></status-banner>`);
    const light = paint(byProperty);
    byProperty.theme = 'dark';
    byProperty.position = 'sticky';
    await byProperty.updateComplete;
    expect(paint(byAttribute)).not.to.equal(light);
    expect(paint(byProperty)).to.equal(paint(byAttribute));
    expect(getComputedStyle(byProperty).position).to.equal('sticky');
    expect(getComputedStyle(byAttribute).position).to.equal('sticky');
    byProperty.theme = 'light';
    byProperty.position = 'static';
    await byProperty.updateComplete;
    expect(paint(byProperty)).to.equal(light);
    expect(getComputedStyle(byProperty).position).to.equal('static');
  });

  it('warns once, naming the fix, when it finds a feed attribute', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      await fixture(html`<status-banner feed="[object Object]"></status-banner>`);
      await fixture(html`<incident-timeline feed="[object Object]"></incident-timeline>`);
      await fixture(html`<status-indicator feed="[object Object]"></status-indicator>`);
    } finally {
      console.warn = original;
    }
    const about = warnings.filter((line) => line.includes('feed attribute'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('<status-banner>');
    expect(about[0]).to.contain('feed is a property');
    expect(about[0]).to.contain('status-widgets/react');
  });
});
