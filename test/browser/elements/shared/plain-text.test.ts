// Feed text to links: where a URL ends in prose (punctuation, brackets, Japanese text), and that
// hostile or huge input stays text and stays fast enough not to matter; and the paragraphs and
// links plainText() renders. (The elements' own tests check them in each element.)
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { linkify, plainText } from '../../../../src/elements/shared/plain-text.js';
import { $, $$, mount } from '../../kit/elements.js';

const urls = (text: string) => linkify(text).flatMap((run) => ('url' in run ? [run.url] : []));

describe('linkify', () => {
  it('leaves sentence punctuation and quotes out of the link', () => {
    expect(
      urls(
        'See https://status.example.com/a. Then https://status.example.com/b, or "https://status.example.com/c"!',
      ),
    ).to.deep.equal([
      'https://status.example.com/a',
      'https://status.example.com/b',
      'https://status.example.com/c',
    ]);
  });

  it('keeps a closing parenthesis that closes one inside the URL, not one around it', () => {
    expect(urls('(see https://en.wikipedia.org/wiki/Foo_(bar))')).to.deep.equal([
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    ]);
    expect(urls('(see https://status.example.com/x)')).to.deep.equal(['https://status.example.com/x']);
  });

  it('ends a URL at Japanese text and full-width brackets', () => {
    expect(urls('詳細はhttps://status.example.com/をご覧ください。')).to.deep.equal([
      'https://status.example.com/',
    ]);
    expect(urls('（https://status.example.com/a）')).to.deep.equal(['https://status.example.com/a']);
  });

  it('keeps everything else as text, in order', () => {
    const runs = linkify('Before https://status.example.com/x after');
    expect(runs).to.deep.equal([
      { text: 'Before ' },
      { url: 'https://status.example.com/x' },
      { text: ' after' },
    ]);
    expect(linkify('javascript:alert(1) and http:// alone')).to.deep.equal([
      { text: 'javascript:alert(1) and http:// alone' },
    ]);
  });

  it('handles a URL with 60 000 dots in it without stalling (linear, not quadratic)', () => {
    // The old pattern took seconds here; this finishes in a few milliseconds. (No timing is
    // asserted: the result is, and a quadratic version would time the test out.)
    const url = `https://status.example.com/${'.'.repeat(60_000)}b`;
    expect(urls(`${url}.`)).to.deep.equal([url]);
  });
});

describe('plainText', () => {
  const host = () => mount(html`<div></div>`);

  it('links http(s) URLs and leaves trailing punctuation out of them', () => {
    expect(linkify('see https://a.example/x. and http://b.example/y, (https://c.example/z)!')).to.deep.equal([
      { text: 'see ' },
      { url: 'https://a.example/x' },
      { text: '. and ' },
      { url: 'http://b.example/y' },
      { text: ', (' },
      { url: 'https://c.example/z' },
      { text: ')!' },
    ]);
    expect(linkify('https://en.example/wiki/A_(b) done')[0]).to.deep.equal({
      url: 'https://en.example/wiki/A_(b)',
    });
    expect(linkify('ftp://x.example and javascript:alert(1)')).to.deep.equal([
      { text: 'ftp://x.example and javascript:alert(1)' },
    ]);
  });

  it('makes paragraphs at blank lines and keeps <script> as text', () => {
    const div = host();
    render(
      plainText('One\nline.\n\n  \n<script>alert(1)</script> https://x.example/', { target: '_top' }),
      div,
    );
    const paragraphs = $$(div, 'p');
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0]!.textContent).to.equal('One\nline.');
    expect(paragraphs[1]!.textContent).to.equal('<script>alert(1)</script> https://x.example/');
    expect($(div, 'script')).to.equal(null);
    const link = $<HTMLAnchorElement>(div, 'a')!;
    expect([link.href, link.target, link.rel]).to.deep.equal([
      'https://x.example/',
      '_top',
      'noopener noreferrer',
    ]);
    render(plainText(undefined), div);
    expect($$(div, 'p')).to.have.length(0);
  });
});
