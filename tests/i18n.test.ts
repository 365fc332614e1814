import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ArticleHeader, NewsArticle, TweetEmbed } from '../src/index.js';
import {
  formatDate,
  formatList,
  initials,
  plural,
  registerMessages,
  relativeTime,
  type Messages,
} from '../src/internal/i18n.js';
import { mustPart, shownText, wrap } from './helpers.js';

const ARTICLE = {
  lang: 'ar',
  section: { name: 'العالم' },
  headline: 'واشنطن تحث كييف على إبداء الانفتاح على المحادثات',
  published: '2022-11-05T14:00:00Z',
  authors: [{ name: 'جيمي كوين' }, { name: 'سارة علي' }],
  body: [
    { type: 'paragraph', html: 'طلبت الإدارة الأمريكية من الحكومة الأوكرانية أن تُظهر استعدادها للتفاوض.' },
    { type: 'pullquote', text: 'التعب من أوكرانيا أمر حقيقي لدى بعض شركائنا.', attribution: 'مسؤول أمريكي' },
    {
      type: 'tweet',
      text: 'أوكرانيا لم ترفض التفاوض قط.',
      author: { name: 'ميخايلو بودولياك', handle: 'sample' },
      url: 'https://x.com/sample/status/1',
    },
  ],
};

describe('languages', () => {
  describe('when the article is in Arabic and right to left', () => {
    it('writes built-in words, the name list and dates in Arabic, and mirrors the layout', async () => {
      const wrapper = await wrap(html`<div dir="rtl"><news-article .article=${ARTICLE}></news-article></div>`);
      const el = wrapper.querySelector<NewsArticle>('news-article')!;
      await el.updateComplete;
      const header = el.querySelector<ArticleHeader>('article-header')!;
      await header.updateComplete;
      expect(el.getAttribute('lang')).to.equal('ar');
      // Intl.ListFormat joins with "و" in Arabic; the built-in "By" is Arabic too.
      expect(shownText(mustPart(header, 'byline'))).to.equal('بقلم جيمي كوين وسارة علي');
      const published = mustPart(header, 'published');
      expect(published.getAttribute('datetime')).to.equal('2022-11-05T14:00:00Z');
      expect(published.textContent).to.match(/نوفمبر/);
      const post = el.querySelector<TweetEmbed>('tweet-embed')!;
      await post.updateComplete;
      expect(shownText(mustPart(post, 'load-button'))).to.equal('تحميل المنشور من X');
      // Logical properties: in RTL the avatar sits on the right of the name.
      const avatar = mustPart(post, 'avatar').getBoundingClientRect();
      const name = mustPart(post, 'name').getBoundingClientRect();
      expect(avatar.left).to.be.greaterThan(name.left);
      // The block quote's rule is on the inline start side: the right.
      const quote = el.querySelector('pull-quote')!;
      const figure = mustPart(quote, 'figure');
      expect(getComputedStyle(figure).direction).to.equal('rtl');
      expect(getComputedStyle(mustPart(header, 'headline')).textAlign).to.be.oneOf(['start', 'right']);
    });
  });

  for (const [lang, by, read] of [
    ['en', 'By', 'min read'],
    ['de', 'Von', 'Min. Lesezeit'],
    ['es', 'Por', 'min de lectura'],
    ['fr', 'Par', 'min de lecture'],
  ] as const) {
    it(`ships ${lang} strings for the byline and reading time`, async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header
          lang=${lang}
          headline="H"
          reading-time="4"
          .authors=${[{ name: 'A' }, { name: 'B' }]}
        ></article-header>`,
      );
      expect(shownText(mustPart(el, 'byline')).startsWith(`${by} A`)).to.equal(true);
      expect(shownText(mustPart(el, 'reading-time'))).to.contain(read);
      expect(shownText(mustPart(el, 'reading-time'))).to.contain('4');
    });
  }

  describe('counted strings', () => {
    // What a reader sees for 1, 2, 3, 11 and 100 minutes: Arabic changes form at each of them
    // (one, two, few, many, other); the others' abbreviations stay the same.
    const EXPECTED: Record<string, string[]> = {
      ar: ['قراءة في دقيقة واحدة', 'قراءة في دقيقتين', 'قراءة في 3 دقائق', 'قراءة في 11 دقيقة', 'قراءة في 100 دقيقة'],
      en: ['1 min read', '2 min read', '3 min read', '11 min read', '100 min read'],
      fr: ['1 min de lecture', '2 min de lecture', '3 min de lecture', '11 min de lecture', '100 min de lecture'],
      de: ['1 Min. Lesezeit', '2 Min. Lesezeit', '3 Min. Lesezeit', '11 Min. Lesezeit', '100 Min. Lesezeit'],
      es: ['1 min de lectura', '2 min de lectura', '3 min de lectura', '11 min de lectura', '100 min de lectura'],
    };
    for (const [lang, expected] of Object.entries(EXPECTED)) {
      it(`writes the reading time in the plural form ${lang} uses for 1, 2, 3, 11 and 100 minutes`, async () => {
        const shown: string[] = [];
        for (const minutes of [1, 2, 3, 11, 100]) {
          const el = await fixture<ArticleHeader>(
            html`<article-header lang=${lang} headline="H" reading-time=${minutes}></article-header>`,
          );
          shown.push(shownText(mustPart(el, 'reading-time')));
        }
        expect(shown).to.deep.equal(expected);
      });
    }

    it("picks a registered language's form by Intl.PluralRules, and falls back to other", () => {
      const forms = { one: '{name} minuto', other: '{name} minuti' };
      registerMessages('x-plural-test', { minRead: forms } as unknown as Messages);
      // An unknown tag has no rules of its own: Intl falls back to the default locale's (one/other).
      expect(plural('x-plural-test', 'minRead', 'en', 1)).to.equal('1 minuto');
      expect(plural('x-plural-test', 'minRead', 'en', 5)).to.equal('5 minuti');
      registerMessages('it', { minRead: { other: '{name} min' } } as unknown as Messages);
      expect(plural('it', 'minRead', 'en', 1)).to.equal('1 min');
      registerMessages('it', { minRead: '{name} min di lettura' } as unknown as Messages);
      expect(plural('it', 'minRead', 'en', 1)).to.equal('1 min di lettura');
    });
  });

  describe('initials', () => {
    it('takes first and last initials in scripts with case, one character in scripts without', () => {
      expect(initials('Jimmy Quinn')).to.equal('JQ');
      expect(initials('jimmy de la quinn')).to.equal('JQ');
      expect(initials('@Podolyak_M')).to.equal('P');
      expect(initials('Ελένη Παππά')).to.equal('ΕΠ');
      expect(initials('ميخايلو بودولياك')).to.equal('م');
      expect(initials('山田 太郎')).to.equal('山');
      expect(initials('王小明')).to.equal('王');
      expect(initials('')).to.equal('');
    });

    it('keeps a letter and its combining marks together', () => {
      // "É" written as E + U+0301, and a flag (two regional indicators): one character each.
      expect(initials('E\u0301lodie Durand')).to.equal('E\u0301D');
      expect(initials('\u{1F1FA}\u{1F1E6} Ukraine')).to.equal('\u{1F1FA}\u{1F1E6}');
    });
  });

  it('loads a language on demand and renders it first time, with no English in between', async () => {
    // define.js fetches each language's strings the first time an element in it renders (es is
    // loaded by no test before this one in this file's page, unless the loop above ran first:
    // either way no English may show).
    const el = document.createElement('article-header') as ArticleHeader;
    el.setAttribute('lang', 'es-MX');
    el.headline = 'H';
    el.readingTime = 3;
    const seen: string[] = [];
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    const observer = new MutationObserver(() => seen.push(shownText(el.shadowRoot!)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    observer.disconnect();
    seen.push(shownText(el.shadowRoot!));
    box.remove();
    expect(seen.at(-1)).to.contain('min de lectura');
    expect(
      seen.filter((t) => /min read/.test(t)),
      'English shown before Spanish',
    ).to.deep.equal([]);
  });

  it('says when an update was recent in relative words, the full date in its title', async () => {
    const recent = new Date(Date.now() - 3 * 3600 * 1000).toISOString();
    const el = await fixture<ArticleHeader>(
      html`<article-header
        lang="en"
        headline="H"
        published="2022-11-05T10:00:00Z"
        modified=${recent}
      ></article-header>`,
    );
    const time = mustPart(el, 'updated').querySelector('time')!;
    expect(time.textContent).to.equal('3 hours ago');
    expect(time.title).to.match(/\d{4}/);
    expect(time.getAttribute('datetime')).to.equal(recent);
  });

  it('computes a reading time for a news-article from its words', async () => {
    const words = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    const el = await fixture<NewsArticle>(
      html`<news-article .article=${{ headline: 'H', body: [{ type: 'paragraph', html: words }] }}></news-article>`,
    );
    const header = el.querySelector('article-header')!;
    expect(header.getAttribute('reading-time')).to.equal('3');
  });
});

describe('American English, written without Intl', () => {
  // The code path that skips Intl (ICU's start-up costs tens of milliseconds in the first render)
  // must read exactly as Intl's en-US does in this engine.
  const intlDate = (value: string) =>
    new Intl.DateTimeFormat('en-US', {
      dateStyle: 'long',
      ...(/^\d{4}-\d\d-\d\d$/.test(value) ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
    }).format(new Date(value));

  it('writes dates and times as Intl does, for en and en-US', () => {
    const values: string[] = [];
    // Every hour over two days, then one time a month over eighty years (DST changes included).
    for (let h = 0; h < 48; h++) values.push(new Date(Date.UTC(2022, 10, 5, h, h % 60)).toISOString());
    for (let m = 0; m < 960; m++)
      values.push(
        new Date(Date.UTC(1970 + Math.floor(m / 12), m % 12, 1 + (m % 28), m % 24, (m * 7) % 60)).toISOString(),
      );
    values.push('2022-11-05', '1999-12-31', '2024-02-29', '2022-11-05T12:00:00+05:30', '2022-11-05T00:30:00-08:00');
    const differ = values.filter(
      (v) => formatDate(v, 'en-US')?.text !== intlDate(v) || formatDate(v, 'en')?.text !== intlDate(v),
    );
    expect(differ.map((v) => `${v}: ${formatDate(v, 'en-US')?.text} / ${intlDate(v)}`)).to.deep.equal([]);
  });

  it('writes relative times and name lists as Intl does', () => {
    const now = Date.UTC(2022, 10, 5, 12);
    const rtf = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
    const differ: string[] = [];
    for (let s = -86400; s <= 60; s += 97) {
      const value = new Date(now + s * 1000).toISOString();
      const expected = s > -3600 ? rtf.format(Math.round(s / 60), 'minute') : rtf.format(Math.round(s / 3600), 'hour');
      if (relativeTime(value, 'en', now) !== expected)
        differ.push(`${s}: ${relativeTime(value, 'en', now)} / ${expected}`);
    }
    expect(differ).to.deep.equal([]);
    const names = ['Ann Lee', 'Bo Li', 'Cy Roe', 'Di Eze', 'Ed Ono'];
    for (let n = 1; n <= names.length; n++) {
      const list = names.slice(0, n);
      expect(formatList(list, 'en-US')).to.deep.equal(
        new Intl.ListFormat('en-US', { type: 'conjunction' }).formatToParts(list),
      );
    }
  });
});
