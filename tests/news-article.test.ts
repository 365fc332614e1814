import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Article, NewsArticle } from '../src/index.js';
import corner from '../examples/the-corner.json';
import {
  captureWarnings,
  container,
  imageLoaded,
  isHidden,
  leadImage,
  MARKER,
  mustPart,
  part,
  shownText,
  squash,
  wrap,
} from './helpers.js';

/** The reference fixture with its lead image pointed at the file the test server has. */
function reference(): Article {
  const article = structuredClone(corner) as unknown as Article;
  article.image = { ...article.image!, src: leadImage() };
  return article;
}

/** A new, unconnected <news-article>; listeners go on before it is connected. */
function create(setup: (el: NewsArticle) => void = () => {}): NewsArticle {
  const el = document.createElement('news-article');
  setup(el);
  return el;
}

function withInlineJson(json: string): NewsArticle {
  return create((el) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  });
}

/** Connects `el` inside a fresh fixture container and waits for its first render (and fetch). */
async function connect(el: NewsArticle): Promise<NewsArticle> {
  container().append(el);
  await el.updateComplete;
  return el;
}

/**
 * The words in the light DOM, as a reader mode or crawler would take them: scripts (the inline JSON
 * source and the JSON-LD, which repeat the article's fields) do not count.
 */
const lightText = (el: Element): string => squash(lightWords(el));
const lightWords = (node: Node): string =>
  node instanceof Text
    ? node.data
    : node instanceof Element && !(node instanceof HTMLScriptElement)
      ? Array.from(node.childNodes, lightWords).join('')
      : '';

/** Text of an HTML field as a reader sees it, tags stripped. */
const textOfHtml = (markup: string) => squash(new DOMParser().parseFromString(markup, 'text/html').body.textContent);

/** Paragraphs of a blockquote's HTML, each as plain text. */
const paragraphsOf = (markup: string) =>
  Array.from(new DOMParser().parseFromString(markup, 'text/html').body.querySelectorAll('p'), (p) =>
    squash(p.textContent),
  );

/** Every text field of the fixture that a reader must find in the article, with where it comes from. */
function fixtureTexts(): [string, string][] {
  const a = corner as unknown as Article;
  const texts: [string, string][] = [
    ['section', a.section!.name],
    ['category', a.category!.name],
    ['headline', a.headline],
    ['image.caption', a.image!.caption!],
    ['image.credit', a.image!.credit!],
  ];
  a.body.forEach((block, i) => {
    switch (block.type) {
      case 'paragraph':
        texts.push([`body[${i}].html`, textOfHtml(block.html)]);
        break;
      case 'blockquote':
        paragraphsOf(block.html).forEach((p, j) => texts.push([`body[${i}].html p[${j}]`, p]));
        break;
      case 'pullquote':
        texts.push([`body[${i}].text`, block.text], [`body[${i}].attribution`, block.attribution!]);
        break;
      case 'tweet':
        texts.push([`body[${i}].text`, block.text], [`body[${i}].author.name`, block.author.name]);
        break;
      default:
        throw new Error(`the fixture gained a ${block.type} block: add its text fields here`);
    }
  });
  a.authors!.forEach((author, i) =>
    texts.push(
      [`authors[${i}].name`, author.name],
      [`authors[${i}].role`, author.role!],
      [`authors[${i}].bio`, author.bio!],
    ),
  );
  return texts;
}

const BAD_HTML =
  'Fine <div><span>and <u>nested</u></span></div> <a href="javascript:alert(1)" onclick="steal()">link</a><script>alert(1)</script>';

describe('<news-article>', () => {
  describe('accessibility', () => {
    it('passes axe with the reference article', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      await imageLoaded(el.querySelector('photo-figure > img')!);
      await expect(el).to.be.accessible();
    });

    it('passes axe when showing an error', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${42 as never}></news-article>`);
      expect(part(el, 'error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('composes the pieces in order, in light DOM', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      const pieces = Array.from(el.querySelectorAll(':scope > :not(script)'), (c) =>
        c.localName === 'pull-quote' ? `pull-quote[${c.getAttribute('variant') ?? 'pull'}]` : c.localName,
      );
      expect(pieces).to.deep.equal([
        'article-header',
        'photo-figure',
        'p',
        'p',
        'pull-quote[block]',
        'pull-quote[pull]',
        'p',
        'p',
        'tweet-embed',
        'author-bio',
      ]);
      expect(el.querySelector('photo-figure')!.hasAttribute('lead')).to.equal(true);
      expect(mustPart(el, 'article').localName).to.equal('article');
      expect(part(el, 'error')).to.equal(null);
    });

    it('renders the headline as an h1', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      const header = el.querySelector('article-header')!;
      expect(mustPart(header, 'headline').localName).to.equal('h1');
      expect(shownText(mustPart(header, 'headline'))).to.equal(corner.headline);
      expect(shownText(mustPart(header, 'byline'))).to.equal('By Jimmy Quinn');
    });

    it('marks the article with its language', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      expect(el.getAttribute('lang')).to.equal('en-US');
    });
  });

  describe('when given the reference fixture', () => {
    it('puts every word of it in the light DOM', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      const light = lightText(el);
      for (const [path, text] of fixtureTexts()) {
        expect(text, `${path} is empty in the fixture`).to.not.equal('');
        expect(light, path).to.contain(squash(text));
      }
    });

    it('puts each piece’s own words in that piece’s light DOM', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      const tweet = corner.body.find((b) => b.type === 'tweet')!;
      expect(lightText(el.querySelector('tweet-embed')!)).to.contain(tweet.author!.name);
      expect(lightText(el.querySelector('author-bio')!)).to.contain(corner.authors[0].name);
    });

    it('shows every word of it, and the alt text, to a reader', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      const shown = shownText(el);
      for (const [path, text] of fixtureTexts()) expect(shown, path).to.contain(squash(text));
      expect(shown).to.contain(corner.body.find((b) => b.type === 'blockquote')!.source!.name);
      expect(el.querySelector('photo-figure > img')!.alt).to.equal(corner.image.alt);
    });

    it('keeps the inline markup of paragraphs', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      const first = el.querySelector(':scope > p')!;
      expect(first.querySelector('em')!.textContent).to.equal('Washington Post');
    });

    it('marks the pull quote that repeats the body as repeated', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      const quote = el.querySelector('pull-quote:not([variant="block"])')!;
      expect(quote.hasAttribute('repeated')).to.equal(true);
      expect(mustPart(quote, 'figure').getAttribute('aria-hidden')).to.equal('true');
      expect(el.querySelector('pull-quote[variant="block"]')!.hasAttribute('repeated')).to.equal(false);
    });

    it('does not mark a pull quote that says something new', async () => {
      const article = reference();
      const pull = article.body.find((b) => b.type === 'pullquote')!;
      if (pull.type === 'pullquote') pull.text = 'Kherson is the next test of Western resolve.';
      const el = await fixture<NewsArticle>(html`<news-article .article=${article}></news-article>`);
      const quote = el.querySelector('pull-quote:not([variant="block"])')!;
      expect(quote.hasAttribute('repeated')).to.equal(false);
      expect(mustPart(quote, 'figure').hasAttribute('aria-hidden')).to.equal(false);
    });

    it('resolves a relative image URL against the page', async () => {
      const article = reference();
      const rel = 'examples/the-corner-lead.svg';
      article.image = { ...article.image!, src: rel };
      const el = await fixture<NewsArticle>(html`<news-article .article=${article}></news-article>`);
      const img = el.querySelector<HTMLImageElement>('photo-figure > img')!;
      expect(img.src).to.equal(new URL(rel, document.baseURI).href);
      await imageLoaded(img);
      expect(img.naturalWidth).to.equal(1200);
    });
  });

  describe('when the data comes from each of the three paths', () => {
    it('renders the same article from the property, from src and from inline JSON', async () => {
      const json = JSON.stringify(reference());
      const byProperty = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      // The test server turns every *.json it serves into a JavaScript module (the esbuild json loader
      // in web-test-runner.config.mjs), so /examples/the-corner.json cannot be fetched as JSON there;
      // a blob: URL of the same fixture goes through the same fetch.
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      try {
        const bySrc = await connect(create((el) => (el.src = url)));
        const byInline = await connect(withInlineJson(json));
        const expected = lightText(byProperty);
        expect(expected).to.contain(corner.headline);
        expect(lightText(bySrc)).to.equal(expected);
        expect(lightText(byInline)).to.equal(expected);
        const tags = (el: Element) => Array.from(el.querySelectorAll(':scope > :not(script)'), (c) => c.localName);
        expect(tags(bySrc)).to.deep.equal(tags(byProperty));
        expect(tags(byInline)).to.deep.equal(tags(byProperty));
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('has fetched and rendered src by the time updateComplete resolves', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(reference())], { type: 'application/json' }));
      try {
        const el = create((e) => (e.src = url));
        container().append(el);
        await el.updateComplete;
        expect(el.querySelector('article-header')).to.not.equal(null);
        expect(lightText(el)).to.contain(corner.headline);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('prefers the property over src', async () => {
      const url = URL.createObjectURL(
        new Blob([JSON.stringify({ headline: 'From src', body: [] })], { type: 'application/json' }),
      );
      try {
        const el = await connect(
          create((e) => {
            e.src = url;
            e.article = { headline: 'From the property', body: [] };
          }),
        );
        expect(lightText(el)).to.contain('From the property');
        expect(lightText(el)).to.not.contain('From src');
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('re-renders when the article property changes', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      el.article = { headline: 'A second story', body: [{ type: 'paragraph', html: 'Only this.' }] };
      await el.updateComplete;
      expect(lightText(el)).to.equal('A second story Only this.');
    });

    it('marks the article with its language for inline JSON too', async () => {
      const el = await connect(withInlineJson(JSON.stringify({ lang: 'fr', headline: 'Titre', body: [] })));
      expect(el.getAttribute('lang')).to.equal('fr');
      expect(el.querySelector('article-header')!.closest('[lang]')).to.equal(el);
    });

    it('formats the header date in the article’s language', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          .article=${{ lang: 'fr', headline: 'Titre', published: '2022-11-05', authors: [{ name: 'Jean' }], body: [] }}
        ></news-article>`,
      );
      const header = el.querySelector('article-header')!;
      expect(shownText(mustPart(header, 'byline'))).to.equal('Par Jean');
      expect(shownText(mustPart(header, 'published'))).to.equal('5 novembre 2022');
    });
  });

  describe('events', () => {
    it('fires load once the article is rendered (property)', async () => {
      const el = create((e) => (e.article = reference()));
      let renderedAtLoad = false;
      const loaded = oneEvent(el, 'load').then(() => (renderedAtLoad = el.querySelector('article-header') !== null));
      container().append(el);
      await loaded;
      expect(renderedAtLoad).to.equal(true);
    });

    it('fires load for inline JSON', async () => {
      const el = withInlineJson(JSON.stringify(reference()));
      const loaded = oneEvent(el, 'load');
      container().append(el);
      await loaded;
      expect(lightText(el)).to.contain(corner.headline);
    });

    it('fires load for src', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(reference())], { type: 'application/json' }));
      try {
        const el = create((e) => (e.src = url));
        const loaded = oneEvent(el, 'load');
        container().append(el);
        await loaded;
        expect(lightText(el)).to.contain(corner.headline);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    async function expectError(el: NewsArticle): Promise<{ event: ErrorEvent; warnings: string[] }> {
      let event!: ErrorEvent;
      const warnings = await captureWarnings(async () => {
        const failed = oneEvent(el, 'error') as Promise<ErrorEvent>;
        container().append(el);
        event = await failed;
        await el.updateComplete;
      });
      expect(event).to.be.instanceOf(ErrorEvent);
      const error = mustPart(el, 'error');
      expect(isHidden(error)).to.equal(false);
      expect(error.getAttribute('role')).to.equal('status');
      // Readers get one sentence; the diagnostics go to the event and the console.
      expect(shownText(error)).to.equal('This article could not be shown.');
      expect(event.message).to.not.equal('').and.not.include('could not be shown');
      expect(el.querySelector('article-header')).to.equal(null);
      return { event, warnings };
    }

    it('fires error and shows why when src answers 404', async () => {
      const src = 'tests/__missing__/article.json';
      const { event, warnings } = await expectError(create((e) => (e.src = src)));
      expect(event.message).to.equal(`"${src}" could not be loaded: HTTP 404`);
      expect(warnings).to.include(`news-article: $: "${src}" could not be loaded: HTTP 404`);
    });

    it('fires error when src is not JSON', async () => {
      const url = URL.createObjectURL(new Blob(['<!doctype html><title>Oops</title>'], { type: 'text/html' }));
      try {
        const { event } = await expectError(create((e) => (e.src = url)));
        expect(event.message).to.match(new RegExp(`^"${url}" could not be loaded: it is not valid JSON \\(.+\\)$`));
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('fires error when the inline JSON is truncated', async () => {
      const json = JSON.stringify(reference());
      const { event, warnings } = await expectError(withInlineJson(json.slice(0, json.length / 2)));
      expect(event.message).to.match(/^the inline JSON could not be parsed: .+/);
      expect(warnings).to.include(`news-article: $: ${event.message}`);
    });

    it('fires error for inline JSON that is not an object', async () => {
      const { event } = await expectError(withInlineJson('"just a string"'));
      expect(event.message).to.equal('$: expected an Article object, got "just a string"');
    });

    it('fires error for an article property that is not an object', async () => {
      const { event, warnings } = await expectError(create((e) => (e.article = [1, 2] as never)));
      expect(event.message).to.equal('$: expected an Article object, got a list');
      expect(warnings).to.include('news-article: $: expected an Article object, got a list');
    });

    it('fires error for an object that holds no article', async () => {
      const { event } = await expectError(create((e) => (e.article = {} as never)));
      expect(event.message).to.equal(
        'headline: missing; body: missing; $: nothing to show: no headline and no usable body block',
      );
    });

    it('clears the error when a good article arrives', async () => {
      const { event } = await expectError(create((e) => (e.article = 42 as never)));
      const el = event.target as NewsArticle;
      el.article = reference();
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(lightText(el)).to.contain(corner.headline);
    });
  });

  describe('when fields are bad', () => {
    it('skips an unknown block type with a warning naming its path, and renders the rest', async () => {
      const article: Article = {
        headline: 'Five blocks',
        body: [
          { type: 'paragraph', html: 'Zero.' },
          { type: 'paragraph', html: 'One.' },
          { type: 'paragraph', html: 'Two.' },
          { type: 'map', lat: 46.6, lng: 32.6 } as never,
          { type: 'paragraph', html: 'Four.' },
        ],
      };
      let el!: NewsArticle;
      const warnings = await captureWarnings(async () => {
        el = await fixture<NewsArticle>(html`<news-article .article=${article}></news-article>`);
      });
      expect(warnings).to.include('news-article: body[3]: unknown block type "map", skipped');
      expect(Array.from(el.querySelectorAll(':scope > p'), (p) => p.textContent)).to.deep.equal([
        'Zero.',
        'One.',
        'Two.',
        'Four.',
      ]);
      expect(part(el, 'error')).to.equal(null);
    });

    it('sanitizes paragraph HTML, keeping the text', async () => {
      let el!: NewsArticle;
      const warnings = await captureWarnings(async () => {
        el = await fixture<NewsArticle>(
          html`<news-article
            .article=${{ headline: 'H', body: [{ type: 'paragraph', html: BAD_HTML }] }}
          ></news-article>`,
        );
      });
      const p = el.querySelector(':scope > p')!;
      expect(squash(p.textContent)).to.equal('Fine and nested link');
      expect(p.querySelector('script, div, span, u, [onclick]')).to.equal(null);
      expect(p.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect(
        warnings.some((w) => w.startsWith('news-article: body[0].html: removed markup not allowed here:')),
      ).to.equal(true);
    });
  });

  describe('when the article is long', () => {
    /** The reference fixture with `n` more paragraphs, the first holding an unsafe link. */
    function long(n: number): Article {
      const article = reference();
      article.body = [
        ...article.body,
        ...Array.from({ length: n }, (_, i) => ({
          type: 'paragraph' as const,
          html: i === 0 ? `Extra 0 <a href="javascript:alert(1)">link</a>` : `Extra ${i} of the extra paragraphs.`,
        })),
      ];
      return article;
    }

    it('renders in slices: the header first, then the blocks in order, never removing one', async () => {
      const article = long(40);
      const el = create((e) => (e.article = article));
      const firstSeen: number[] = [];
      let removed = 0;
      const observer = new MutationObserver((records) => {
        for (const r of records)
          removed += Array.from(r.removedNodes).filter((n) => n instanceof Element && n.localName !== 'script').length;
        if (!firstSeen.length && el.querySelector(':scope > [data-article-role="header"]'))
          firstSeen.push(
            Array.from(el.querySelectorAll(':scope > p')).filter((p) => p.textContent!.startsWith('Extra')).length,
          );
      });
      observer.observe(el, { childList: true });
      const warnings = await captureWarnings(async () => {
        const loaded = oneEvent(el, 'load');
        container().append(el);
        await loaded;
        await el.updateComplete;
      });
      observer.disconnect();
      expect(firstSeen.length, 'the header was seen').to.equal(1);
      expect(firstSeen[0], 'extra paragraphs in the first slice').to.be.lessThan(40);
      expect(removed, 'elements removed while slicing').to.equal(0);
      const extras = Array.from(el.querySelectorAll(':scope > p'))
        .map((p) => /Extra (\d+)/.exec(p.textContent ?? '')?.[1])
        .filter(Boolean);
      expect(extras).to.deep.equal(Array.from({ length: 40 }, (_, i) => String(i)));
      expect(el.querySelectorAll('[data-article-role="bio"]').length).to.equal(1);
      expect(el.hasAttribute('loading')).to.equal(false);
      const base = corner.body.length;
      expect(warnings.filter((w) => w.includes(`body[${base}].html`)).length, 'one warning for the bad link').to.equal(
        1,
      );
    });

    it('updates an article already on screen in one go', async () => {
      const el = await connect(create((e) => (e.article = long(20))));
      let removed = 0;
      const observer = new MutationObserver((records) => {
        for (const r of records)
          removed += Array.from(r.removedNodes).filter((n) => n instanceof Element && n.localName !== 'script').length;
      });
      observer.observe(el, { childList: true });
      el.headingLevel = 2;
      await el.updateComplete;
      observer.disconnect();
      expect(removed).to.equal(0);
      expect(el.querySelectorAll(':scope > p').length).to.be.greaterThan(20);
    });
  });

  describe('when heading-level is 2', () => {
    it('renders the headline as an h2 and body headings one level down', async () => {
      const article: Article = {
        ...reference(),
        body: [
          { type: 'heading', text: 'Kherson', level: 2 },
          { type: 'heading', text: 'The battle', level: 3 },
        ],
      };
      const el = await fixture<NewsArticle>(html`<news-article heading-level="2" .article=${article}></news-article>`);
      const header = el.querySelector('article-header')!;
      expect(header.getAttribute('heading-level')).to.equal('2');
      expect(mustPart(header, 'headline').localName).to.equal('h2');
      expect(shownText(mustPart(header, 'headline'))).to.equal(corner.headline);
      expect(el.querySelector('h3')!.textContent).to.equal('Kherson');
      expect(el.querySelector('h4')!.textContent).to.equal('The battle');
    });

    it('follows a heading level changed after rendering', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      el.headingLevel = 2;
      await el.updateComplete;
      expect(mustPart(el.querySelector('article-header')!, 'headline').localName).to.equal('h2');
    });
  });

  describe('theming', () => {
    it('sets the text column from --article-measure set on an ancestor', async () => {
      const plain = await fixture<NewsArticle>(html`<news-article .article=${reference()}></news-article>`);
      expect(getComputedStyle(plain.querySelector(':scope > p')!).maxWidth).to.not.equal('300px');
      const wrapper = await wrap(
        html`<div style="--article-measure: 300px"><news-article .article=${reference()}></news-article></div>`,
      );
      const p = wrapper.querySelector('news-article > p')!;
      expect(getComputedStyle(p).maxWidth).to.equal('300px');
      expect(p.getBoundingClientRect().width).to.equal(300);
    });

    it('draws the error part in --article-color-accent', async () => {
      const wrapper = await wrap(
        html`<div style="--article-color-accent: ${MARKER}">
          <news-article .article=${42 as never}></news-article>
        </div>`,
      );
      const error = mustPart(wrapper.querySelector('news-article')!, 'error');
      expect(getComputedStyle(error).borderLeftColor).to.equal(MARKER);
    });
  });
});
