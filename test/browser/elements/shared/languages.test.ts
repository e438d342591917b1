// Languages load on demand (src/i18n/languages.ts): an element waits for its language before
// it renders, so the first words on screen are in that language and never English, and a
// switch of language keeps the old words until the new ones are there. Each language below is
// one that no earlier test in this file loaded (a test file is one page).
import { expect } from '@open-wc/testing';
import '../../../../src/elements/status-banner/define.js';
import '../../../../src/elements/incident-timeline/define.js';
import '../../../../src/elements/status-indicator/define.js';
import '../../../../src/elements/component-status/define.js';
import { languageReady } from '../../../../src/i18n/languages.js';
import { LANGUAGES } from '../../kit/languages.js';
import { incident, feed } from '../../kit/feeds.js';
import { asFeed } from '../../kit/feeds.js';
import { mount } from '../../kit/elements.js';
import { html } from 'lit';
import type { StatusElement } from '../../../../src/elements/shared/status-element.js';

/** Every text the element's shadow root held, from before its first render to now. */
function watchTexts(el: StatusElement): string[] {
  const seen: string[] = [];
  const root = el.shadowRoot!;
  const note = () => {
    const text = root.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text && seen.at(-1) !== text) seen.push(text);
  };
  new MutationObserver(note).observe(root, { subtree: true, childList: true, characterData: true });
  return seen;
}

const english = LANGUAGES.en.common;

describe('languages loaded on demand', () => {
  it('renders first in the element’s language, never in English', async () => {
    expect(languageReady('ja'), 'Japanese not loaded yet').to.equal(false);
    const el = mount<StatusElement>(html`<status-banner locale="ja"></status-banner>`);
    const seen = watchTexts(el);
    el.feed = asFeed(feed({ incidents: [incident('i', 'major')] }));
    await el.updateComplete;
    expect(languageReady('ja')).to.equal(true);
    expect(el.shadowRoot!.textContent).to.include(LANGUAGES.ja.common.major);
    expect(seen.length, 'rendered').to.be.greaterThan(0);
    for (const text of seen) expect(text).not.to.include(english.major);
  });

  it('keeps the old words on screen until the new language has loaded', async () => {
    const host = mount<HTMLDivElement>(html`<div lang="en"><incident-timeline></incident-timeline></div>`);
    const el = host.querySelector<StatusElement>('incident-timeline')!;
    el.feed = asFeed(feed({ incidents: [incident('i', 'major')] }));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include(english.major);
    expect(languageReady('hi'), 'Hindi not loaded yet').to.equal(false);
    const seen = watchTexts(el);
    host.lang = 'hi';
    // The lang observer asks for an update; it waits for Hindi, with the English words in place.
    await new Promise((done) => setTimeout(done));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include(LANGUAGES.hi.common.major);
    expect(seen.length, 'rendered again').to.be.greaterThan(0);
    // Never an empty or half-switched shadow root: each text seen is all English or all Hindi.
    for (const text of seen) {
      expect(text.includes(english.major) || text.includes(LANGUAGES.hi.common.major), text).to.equal(true);
    }
  });

  it('the indicator too: its first words are in its language, never English', async () => {
    expect(languageReady('es'), 'Spanish not loaded yet').to.equal(false);
    const el = mount<StatusElement>(html`<div lang="es"><status-indicator></status-indicator></div>`)
      .firstElementChild as StatusElement;
    const seen = watchTexts(el);
    el.feed = asFeed(feed({ incidents: [incident('i', 'critical')] }));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include(LANGUAGES.es.indicator.majorOutage);
    expect(seen.length, 'rendered').to.be.greaterThan(0);
    for (const text of seen) expect(text).not.to.include(LANGUAGES.en.indicator.majorOutage);
  });

  it('renders <component-status> first in its language too', async () => {
    expect(languageReady('fr'), 'French not loaded yet').to.equal(false);
    const el = mount<StatusElement>(html`<component-status locale="fr"></component-status>`);
    const seen = watchTexts(el);
    el.feed = asFeed(feed({ incidents: [incident('i', 'major')] }));
    await el.updateComplete;
    const words = LANGUAGES.fr.components;
    expect(el.shadowRoot!.textContent).to.include(words.partialOutage).and.to.include(words.operational);
    expect(seen.length, 'rendered').to.be.greaterThan(0);
    for (const text of seen) {
      expect(text).not.to.include(LANGUAGES.en.components.operational);
      expect(text).not.to.include(LANGUAGES.en.components.partialOutage);
    }
  });
});
