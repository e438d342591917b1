import { expect } from '@open-wc/testing';
import { SUPPORTED_LOCALES, displayLocale, resolveLocale, stringsLocale } from '../../../src/i18n/locale.js';
import { languagePack, languageReady, loadLanguage } from '../../../src/i18n/languages.js';
import { LANGUAGES } from '../kit/languages.js';
import {
  capitalize,
  fill,
  pick,
  timeStrings,
  type Phrase,
  type TimeStrings,
} from '../../../src/i18n/strings.js';

/** Elements made by a test, removed after it. */
const made: Element[] = [];
function attach<T extends Element>(element: T): T {
  document.body.append(element);
  made.push(element);
  return element;
}

/** Replaces `navigator.languages` / `navigator.language` for one test (own properties shadow the getters). */
function stubNavigator(languages: string[], language: string): () => void {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(navigator, 'language', { value: language, configurable: true });
  return () => {
    delete (navigator as { languages?: unknown }).languages;
    delete (navigator as { language?: unknown }).language;
  };
}

describe('resolveLocale', () => {
  let restore: (() => void) | undefined;
  const htmlLang = document.documentElement.getAttribute('lang');

  afterEach(() => {
    made.splice(0).forEach((element) => element.remove());
    restore?.();
    restore = undefined;
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('takes an explicit tag first, canonical and with its region', () => {
    const host = attach(document.createElement('div'));
    host.lang = 'fr';
    expect(resolveLocale('de-AT', host)).to.equal('de-AT');
    expect(resolveLocale('pt_br')).to.equal('pt-BR');
    expect(resolveLocale('EN-gb')).to.equal('en-GB');
    expect(resolveLocale('ja-JP-u-ca-japanese')).to.equal('ja-JP-u-ca-japanese');
  });

  it('skips an explicit value that is not a tag, or empty', () => {
    const host = attach(document.createElement('div'));
    host.lang = 'fr-CA';
    expect(resolveLocale('not a tag!', host)).to.equal('fr-CA');
    expect(resolveLocale('', host)).to.equal('fr-CA');
    expect(resolveLocale('  ', host)).to.equal('fr-CA');
  });

  it('reads the nearest lang attribute up the tree', () => {
    const outer = attach(document.createElement('section'));
    outer.lang = 'de-CH';
    const middle = outer.appendChild(document.createElement('div'));
    const inner = middle.appendChild(document.createElement('span'));
    expect(resolveLocale(undefined, inner)).to.equal('de-CH');
    middle.lang = 'hi-IN';
    expect(resolveLocale(undefined, inner)).to.equal('hi-IN');
    inner.setAttribute('lang', 'es-MX');
    expect(resolveLocale(undefined, inner), 'its own lang').to.equal('es-MX');
  });

  it('crosses shadow roots to their hosts', () => {
    const page = attach(document.createElement('div'));
    page.lang = 'ja';
    const host = page.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const inside = root.appendChild(document.createElement('p'));
    const deeper = inside.appendChild(document.createElement('b'));
    expect(resolveLocale(undefined, deeper)).to.equal('ja');

    // A shadow root inside a shadow root.
    const innerHost = inside.appendChild(document.createElement('span'));
    const innerRoot = innerHost.attachShadow({ mode: 'closed' });
    const innermost = innerRoot.appendChild(document.createElement('i'));
    expect(resolveLocale(undefined, innermost)).to.equal('ja');

    // A lang inside the shadow tree is nearer than the host's.
    inside.lang = 'pt-BR';
    expect(resolveLocale(undefined, innermost)).to.equal('pt-BR');
    expect(resolveLocale(undefined, deeper)).to.equal('pt-BR');
  });

  it("falls back to the document's lang when the element has none (or is not in the page)", () => {
    document.documentElement.lang = 'fr-BE';
    const detached = document.createElement('div');
    expect(resolveLocale(undefined, detached)).to.equal('fr-BE');
    expect(resolveLocale()).to.equal('fr-BE');
    const attached = attach(document.createElement('div'));
    expect(resolveLocale(undefined, attached)).to.equal('fr-BE');
  });

  it("formats a bare page language in the viewer's regional form of it", () => {
    document.documentElement.setAttribute('lang', 'en');
    restore = stubNavigator(['en-GB', 'en'], 'en-GB');
    const element = attach(document.createElement('div'));
    expect(resolveLocale(undefined, element)).to.equal('en-GB');
    // 24-hour times, as in the UK, with the words of the page's language.
    const time = new Intl.DateTimeFormat(resolveLocale(undefined, element), {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    }).format(Date.UTC(2026, 11, 5, 22, 0));
    expect(time).to.equal('22:00');
    expect(stringsLocale(resolveLocale(undefined, element))).to.equal('en');
    restore();
    // A later preferred language of the same kind counts too; another language does not.
    restore = stubNavigator(['de-DE', 'en-AU'], 'de-DE');
    expect(resolveLocale(undefined, element)).to.equal('en-AU');
    restore();
    restore = stubNavigator(['de-DE'], 'de-DE');
    expect(resolveLocale(undefined, element)).to.equal('en');
    restore();
    // A page tag with a region is kept, and so is an explicit locale.
    document.documentElement.setAttribute('lang', 'en-US');
    restore = stubNavigator(['en-GB'], 'en-GB');
    expect(resolveLocale(undefined, element)).to.equal('en-US');
    expect(resolveLocale('en', element)).to.equal('en');
  });

  it("falls back to the browser's first language, then to en", () => {
    document.documentElement.removeAttribute('lang');
    restore = stubNavigator(['es-419', 'en'], 'es-419');
    const element = attach(document.createElement('div'));
    expect(resolveLocale(undefined, element)).to.equal('es-419');
    restore();
    restore = stubNavigator([], 'it-IT');
    expect(resolveLocale(undefined, element), 'navigator.language').to.equal('it-IT');
    restore();
    restore = stubNavigator([], '');
    expect(resolveLocale(undefined, element)).to.equal('en');
  });

  it('treats an empty lang attribute ("unknown") as no answer', () => {
    document.documentElement.removeAttribute('lang');
    restore = stubNavigator(['de-DE'], 'de-DE');
    const outer = attach(document.createElement('div'));
    outer.lang = 'fr';
    const inner = outer.appendChild(document.createElement('div'));
    inner.setAttribute('lang', '');
    expect(resolveLocale(undefined, inner)).to.equal('de-DE');
  });
});

describe('stringsLocale and displayLocale', () => {
  it('maps a tag to the best built-in table', () => {
    const cases: [string, string][] = [
      ['en', 'en'],
      ['en-GB', 'en'],
      ['en-US', 'en'],
      ['de-AT', 'de'],
      ['fr-CA', 'fr'],
      ['es-419', 'es'],
      ['pt-BR', 'pt-BR'],
      ['pt-br', 'pt-BR'],
      ['pt', 'pt-BR'],
      ['pt-PT', 'pt-BR'],
      ['ja-JP', 'ja'],
      ['ja-JP-u-ca-japanese', 'ja'],
      ['hi-IN', 'hi'],
      ['zh-CN', 'en'],
      ['xx', 'en'],
      ['', 'en'],
    ];
    for (const [tag, table] of cases) expect(stringsLocale(tag), tag).to.equal(table);
  });

  it('keeps the tag for Intl when its language has a table, else uses the table', () => {
    expect(displayLocale('de-AT')).to.equal('de-AT');
    expect(displayLocale('pt-PT')).to.equal('pt-PT');
    expect(displayLocale('en-GB')).to.equal('en-GB');
    expect(displayLocale('zh-CN')).to.equal('en');
    expect(displayLocale('ko')).to.equal('en');
  });

  it('lists the seven built-in languages', async () => {
    expect([...SUPPORTED_LOCALES]).to.deep.equal(['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'hi']);
    expect(Object.keys(LANGUAGES).sort()).to.deep.equal([...SUPPORTED_LOCALES].sort());
    await loadLanguage('pt-PT');
    expect(timeStrings('pt-PT')).to.equal(LANGUAGES['pt-BR'].time);
    expect(timeStrings('zh')).to.equal(LANGUAGES.en.time);
  });
});

describe('loading a language', () => {
  it('has English from the start, and any other language once it has loaded', async () => {
    expect(languageReady('en-GB')).to.equal(true);
    expect(languageReady('zh')).to.equal(true); // no table of its own: English
    // French is loaded by no other test in this file: English until its module is in.
    expect(languageReady('fr-CA')).to.equal(false);
    expect(languagePack('fr').time).to.equal(LANGUAGES.en.time);
    const first = loadLanguage('fr-CA');
    expect(loadLanguage('fr'), 'one load per language').to.equal(first);
    await first;
    expect(languageReady('fr-CA')).to.equal(true);
    expect(languagePack('fr-CA')).to.equal(LANGUAGES.fr);
    expect(timeStrings('fr').everyDay).to.equal(LANGUAGES.fr.time.everyDay);
  });
});

describe('built-in strings', () => {
  /** Placeholders each phrase must use, and any it may use besides. */
  const PLACEHOLDERS: Record<Exclude<keyof TimeStrings, 'weekdayGenders'>, [string[], string[]?]> = {
    everyDay: [[]],
    everyNDays: [['n']],
    everyWeekday: [['weekdays']],
    everyNWeeks: [['n', 'weekdays']],
    monthly: [['days']],
    everyNMonths: [['n', 'days']],
    nthWeekday: [['ordinal', 'weekday']],
    nthLastWeekday: [['weekday'], ['ordinal', 'n']],
    ordinals: [[]],
    last: [[]],
    monthDay: [['day']],
    lastDay: [[]],
    nthLastDay: [['n']],
    onlyOn: [['weekdays']],
    until: [['date']],
    times: [['n']],
    forDuration: [['duration']],
    join: [['a', 'b']],
    starts: [['relative']],
    started: [['relative']],
    ends: [['relative']],
    ended: [['relative']],
    lasted: [['duration']],
    ongoingFor: [['duration']],
    inYourTimeZone: [[]],
  };

  /** Every form of a phrase, with its category. */
  function forms(phrase: Phrase): [string, string][] {
    return typeof phrase === 'string' ? [['other', phrase]] : Object.entries(phrase);
  }

  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} has every phrase, none empty, with the right placeholders`, () => {
      const table = LANGUAGES[locale].time;
      expect(Object.keys(table).sort(), 'keys').to.deep.equal(Object.keys(LANGUAGES.en.time).sort());
      expect(table.weekdayGenders, 'weekdayGenders').to.match(/^[mf]{7}$/);
      for (const [key, [required, optional = []]] of Object.entries(PLACEHOLDERS)) {
        const value = table[key as keyof typeof PLACEHOLDERS];
        expect(value, `${locale}.${key}`).to.exist;
        const phrases = Array.isArray(value) ? value : [value];
        if (key === 'ordinals') expect(phrases, `${locale}.ordinals`).to.have.length(5);
        for (const phrase of phrases as Phrase[]) {
          if (typeof phrase !== 'string') expect(phrase.other, `${locale}.${key}.other`).to.be.a('string');
          for (const [category, text] of forms(phrase)) {
            const where = `${locale}.${key}.${category}`;
            expect(text.trim(), where).to.not.equal('');
            const used = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
            for (const name of used)
              expect([...required, ...optional], `${where} uses {${name}}`).to.include(name);
            // A singular form may say the number in words ("once").
            const mandatory = category === 'one' || category === 'zero' ? [] : required;
            for (const name of mandatory) expect(used, `${where} needs {${name}}`).to.include(name);
            if (key === 'nthLastWeekday') {
              expect(used.includes('ordinal') || used.includes('n'), `${where}: {ordinal} or {n}`).to.be.true;
            }
          }
        }
      }
    });
  }

  it('fill replaces known placeholders and leaves unknown ones', () => {
    expect(fill('every {n} weeks on {weekdays}', { n: 2, weekdays: 'Monday' })).to.equal(
      'every 2 weeks on Monday',
    );
    expect(fill('{a}, {b} {c}', { a: 'x', b: '' })).to.equal('x,  {c}');
    expect(fill('{n}{n}', { n: 0 })).to.equal('00');
  });

  it('pick chooses a form by category, else other', () => {
    expect(pick('plain', 'f')).to.equal('plain');
    expect(pick({ f: 'toda', other: 'todo' }, 'f')).to.equal('toda');
    expect(pick({ f: 'toda', other: 'todo' }, 'one')).to.equal('todo');
    expect(pick({ one: 'once', other: '{n} times' })).to.equal('{n} times');
  });

  it('capitalize follows the locale', () => {
    expect(capitalize('every day', 'en')).to.equal('Every day');
    expect(capitalize('ıi', 'tr')).to.equal('Ii');
    expect(capitalize('毎日', 'ja')).to.equal('毎日');
    expect(capitalize('', 'en')).to.equal('');
  });
});
