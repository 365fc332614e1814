import { expect } from '@open-wc/testing';
import '../src/define.js';
import {
  ArticleHeader,
  AuthorBio,
  NewsArticle,
  PhotoFigure,
  PullQuote,
  TweetEmbed,
  defineArticleElements,
  type Article,
} from '../src/index.js';
import corner from '../examples/the-corner.json';
import { captureWarnings, container, leadImage, mustPart, shownText } from './helpers.js';

const CLASSES = {
  'article-header': ArticleHeader,
  'photo-figure': PhotoFigure,
  'pull-quote': PullQuote,
  'tweet-embed': TweetEmbed,
  'author-bio': AuthorBio,
  'news-article': NewsArticle,
} as const;
const TAGS = Object.keys(CLASSES) as (keyof typeof CLASSES)[];

function reference(): Article {
  const article = structuredClone(corner) as unknown as Article;
  article.image = { ...article.image!, src: leadImage() };
  return article;
}

/** Runs the module at `path` again, as a second <script type="module"> of it would (a new URL is a new module). */
const importAgain = (path: string, copy: string) =>
  import(/* @vite-ignore */ new URL(`${path}?copy=${copy}`, import.meta.url).href);

describe('registration', () => {
  describe('with define.js', () => {
    it('registers all six elements with their own classes', () => {
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(CLASSES[tag]);
    });

    it('does not throw or warn when define runs again', async () => {
      const warnings = await captureWarnings(async () => {
        // The source is TypeScript; the test server maps the module's own .js imports to the same .ts files.
        await importAgain('../src/define.ts', 'twice');
        await importAgain('../src/pull-quote.ts', 'twice');
        expect(defineArticleElements()).to.deep.equal({
          header: 'article-header',
          figure: 'photo-figure',
          quote: 'pull-quote',
          post: 'tweet-embed',
          bio: 'author-bio',
          article: 'news-article',
          video: 'video-embed',
          embed: 'embed-frame',
          social: 'social-post',
          gallery: 'photo-gallery',
        });
      });
      expect(warnings).to.deep.equal([]);
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(CLASSES[tag]);
    });

    it('stays quiet when a second copy of the library registers its own classes', async () => {
      // Another build on the page (npm and script-tag) brings classes of its own under the same tags.
      const { PullQuote: SecondCopy } = await importAgain('../src/components/pull-quote/pull-quote.ts', 'second-build');
      const { defineElement } = await import('../src/internal/define.js');
      expect(SecondCopy).to.not.equal(PullQuote);
      const warnings = await captureWarnings(() => defineElement('pull-quote', SecondCopy));
      expect(warnings).to.deep.equal([]);
      expect(customElements.get('pull-quote')).to.equal(PullQuote);
    });

    it('leaves a tag another script defined first alone, with a warning instead of an error', async () => {
      class Stranger extends HTMLElement {}
      customElements.define('stranger-pull-quote', Stranger);
      let tags!: ReturnType<typeof defineArticleElements>;
      const warnings = await captureWarnings(() => {
        tags = defineArticleElements({ prefix: 'stranger' });
      });
      expect(customElements.get('stranger-pull-quote')).to.equal(Stranger);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<stranger-pull-quote> is already defined by another script');
      expect(customElements.get(tags.header)!.prototype).to.be.instanceOf(ArticleHeader);
    });
  });

  describe('with a prefix', () => {
    it('registers prefixed copies, returns their names, and can run again', async () => {
      let tags!: ReturnType<typeof defineArticleElements>;
      const warnings = await captureWarnings(() => {
        tags = defineArticleElements({ prefix: 'ACME-' });
        defineArticleElements({ prefix: 'acme' });
      });
      expect(warnings).to.deep.equal([]);
      expect(tags).to.deep.equal({
        header: 'acme-article-header',
        figure: 'acme-photo-figure',
        quote: 'acme-pull-quote',
        post: 'acme-tweet-embed',
        bio: 'acme-author-bio',
        article: 'acme-news-article',
        video: 'acme-video-embed',
        embed: 'acme-embed-frame',
        social: 'acme-social-post',
        gallery: 'acme-photo-gallery',
      });
      for (const tag of TAGS) {
        const ctor = customElements.get(`acme-${tag}`);
        expect(ctor, `acme-${tag}`).to.not.equal(undefined);
        expect(ctor, `acme-${tag}`).to.not.equal(CLASSES[tag]);
        expect(ctor!.prototype, `acme-${tag}`).to.be.instanceOf(CLASSES[tag]);
      }
    });

    /** The reference article in a fresh <acme-news-article>, rendered. */
    async function prefixedArticle(): Promise<NewsArticle> {
      defineArticleElements({ prefix: 'acme' });
      const el = document.createElement('acme-news-article') as NewsArticle;
      el.article = reference();
      container().append(el);
      await el.updateComplete;
      return el;
    }

    it('composes prefixed elements inside <prefix-news-article>', async () => {
      const el = await prefixedArticle();

      expect(el.querySelector('article-header, photo-figure, pull-quote, tweet-embed, author-bio')).to.equal(null);
      const pieces = Array.from(el.querySelectorAll(':scope > :not(p, script)'), (c) => c.localName);
      expect(pieces).to.deep.equal([
        'acme-article-header',
        'acme-photo-figure',
        'acme-pull-quote',
        'acme-pull-quote',
        'acme-tweet-embed',
        'acme-author-bio',
      ]);
      const header = el.querySelector('acme-article-header')!;
      await (header as ArticleHeader).updateComplete;
      expect(shownText(mustPart(header, 'headline'))).to.equal(corner.headline);
      expect(el.querySelector('acme-pull-quote[repeated]')).to.not.equal(null);
    });

    it('updates a prefixed article in place when its data changes', async () => {
      const el = await prefixedArticle();
      const header = el.querySelector('acme-article-header')!;
      const figure = el.querySelector('acme-photo-figure')!;
      el.article = { ...reference(), headline: 'A new headline' };
      await el.updateComplete;
      // Lit found the same (edited) template strings, so it updated the elements it had made.
      expect(el.querySelector('acme-article-header')).to.equal(header);
      expect(el.querySelector('acme-photo-figure')).to.equal(figure);
      expect(header.getAttribute('headline')).to.equal('A new headline');
    });

    it('rejects a prefix that cannot start a custom element name', () => {
      expect(() => defineArticleElements({ prefix: '1acme' })).to.throw(TypeError, /prefix "1acme"/);
      expect(() => defineArticleElements({ prefix: 'ac me' })).to.throw(TypeError);
    });
  });
});
