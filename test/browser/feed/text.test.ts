// Feed text hygiene: runs of combining marks are cut when a feed is read, so no text can make a
// browser spend seconds shaping one character; every other character is kept as written.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/feed/parse.js';
import { MAX_MARKS, tidyText } from '../../../src/feed/text.js';

const marks = (n: number) => '\u0301'.repeat(n);

describe('feed text', () => {
  it('cuts a run of combining marks to MAX_MARKS and keeps everything else', () => {
    expect(tidyText(`a${marks(20_000)}b`)).to.equal(`a${marks(MAX_MARKS)}b`);
    // Real text with a few marks (Vietnamese, decomposed accents, Hebrew points) is untouched.
    for (const text of ['Tiếng Việt', 'cafe\u0301', 'שָׁלוֹם', 'नमस्ते', 'Zoë 👩‍👩‍👧']) {
      expect(tidyText(text)).to.equal(text);
    }
    expect(tidyText(`x${marks(MAX_MARKS)}`)).to.equal(`x${marks(MAX_MARKS)}`);
  });

  it('applies to every text of a feed as it is read', () => {
    const zalgo = `Slow${marks(400)} exports`;
    const result = parseFeed({
      version: 1,
      page: { name: zalgo },
      components: [{ id: 'api', name: zalgo }],
      incidents: [
        {
          id: 'i',
          title: zalgo,
          impact: 'minor',
          status: 'investigating',
          startedAt: '2026-12-01T10:00:00Z',
          updates: [{ at: '2026-12-01T10:05:00Z', status: 'investigating', body: zalgo }],
        },
      ],
      maintenances: [
        {
          id: 'm',
          title: zalgo,
          summary: zalgo,
          status: 'scheduled',
          startsAt: '2026-12-02T10:00:00Z',
          endsAt: '2026-12-02T11:00:00Z',
          availability: { available: [zalgo], unavailable: [zalgo] },
          recommendations: [{ title: zalgo, body: zalgo }],
          faq: [{ question: zalgo, answer: zalgo }],
          afterNote: zalgo,
        },
      ],
    });
    expect(result.ok, result.ok ? '' : result.error.message).to.equal(true);
    if (!result.ok) return;
    const tidy = `Slow${marks(MAX_MARKS)} exports`;
    const { page, components, incidents, maintenances } = result.model;
    const m = maintenances[0]!;
    const texts = [
      page.name,
      components[0]!.name,
      incidents[0]!.title,
      incidents[0]!.updates[0]!.body,
      m.title,
      m.summary,
      m.availability.available[0],
      m.availability.unavailable[0],
      m.recommendations[0]!.title,
      m.recommendations[0]!.body,
      m.faq[0]!.question,
      m.faq[0]!.answer,
      m.afterNote,
    ];
    for (const [i, text] of texts.entries()) expect(text, `text ${i}`).to.equal(tidy);
  });
});
