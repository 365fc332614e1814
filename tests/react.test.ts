// React 19: the example page (examples/react) and the wrappers of article-elements/react, built as an
// app would build them (scripts/build-framework-examples.mjs). No JSX here: React.createElement.
import { expect, waitUntil } from '@open-wc/testing';
import type * as ReactModule from 'react';
import type * as Wrappers from '../src/react.js';
import type { Article, AuthorBio, ArticleHeader, NewsArticle, PullQuote, TweetEmbed } from '../src/index.js';
import corner from '../examples/the-corner.json';
import {
  cleanup,
  expectConsentBeforeLivePost,
  expectReferenceArticle,
  fakeLivePosts,
  host,
  loadExample,
  reference,
  remember,
  settled,
  type ExampleModule,
} from './framework-helpers.js';
import { leadImage, mustPart } from './helpers.js';

/** examples/react/dist/test-kit.js: the example, and the React instance it runs on (react-dom has no types installed here). */
interface Kit extends ExampleModule {
  React: typeof ReactModule;
  createRoot(target: Element): { render(element: ReactModule.ReactNode): void; unmount(): void };
  flushSync(fn: () => void): void;
  wrappers: typeof Wrappers;
}

const kit = await loadExample<Kit>('react', 'test-kit.js');
const { React, createRoot, flushSync, wrappers } = kit;
const h = React.createElement;

/** Renders `element` into a fresh container synchronously and returns the container. */
function render(element: ReactModule.ReactElement): HTMLElement {
  const target = host();
  const root = createRoot(target);
  flushSync(() => root.render(element));
  remember(() => root.unmount());
  return target;
}

describe('React', () => {
  afterEach(cleanup);

  it('is React 19', () => {
    expect(React.version).to.match(/^19\./);
  });

  describe('the example page (examples/react)', () => {
    it('renders the reference article, every word, from the six elements', async () => {
      const target = host();
      remember(kit.mount(target, { article: reference() }));
      const main = await settled(target);
      expect(main.querySelector('[role="alert"]')).to.equal(null);
      expectReferenceArticle(main);
    });

    it('passes headingLevel through to the headline', async () => {
      const target = host();
      remember(kit.mount(target, { article: reference(), headingLevel: 2 }));
      expectReferenceArticle(await settled(target), 2);
    });

    it('reports to onArticleError when the data holds no article', async () => {
      const target = host();
      const reported: string[] = [];
      remember(
        kit.mount(target, {
          article: 'not an article' as unknown as Article,
          onArticleError: (m: string) => reported.push(m),
        }),
      );
      const main = await settled(target);
      // Readers see the element's one calm sentence; the page's error tracking gets the details.
      const error = main.querySelector('news-article')!.shadowRoot!.querySelector('[part=error]')!;
      expect(error.textContent!.trim()).to.equal('This article could not be shown.');
      expect(main.textContent).to.not.contain('expected an Article');
      expect(reported).to.have.length(1);
      expect(reported[0]).to.contain('$: expected an Article object');
    });

    it('asks before loading a post from X (onTweetEmbedActivate) and keeps the snapshot when refused', async () => {
      await expectConsentBeforeLivePost(kit);
    });
  });

  describe('the wrappers (article-elements/react)', () => {
    it('register their elements, set rich data as properties and attributes as attributes', async () => {
      const target = render(
        h(
          'div',
          null,
          h(wrappers.ArticleHeader, {
            headline: corner.headline,
            authors: [{ name: 'Jimmy Quinn' }],
            headingLevel: 2,
            className: 'lead',
          }),
          h(wrappers.PhotoFigure, { src: leadImage(), alt: corner.image.alt, width: 1200, height: 800, lead: true }),
          h(
            wrappers.PullQuote,
            { variant: 'block', source: 'The Washington Post' },
            h('p', null, 'The request by American officials…'),
          ),
          h(wrappers.TweetEmbed, { authorName: 'Mykhailo Podolyak', text: 'Ukraine has never refused to negotiate.' }),
          h(wrappers.AuthorBio, {
            name: 'Jimmy Quinn',
            jobTitle: 'National Security Correspondent',
            links: [{ label: 'X', url: 'https://x.com/' }],
          }),
          h(wrappers.NewsArticle, { article: reference() }),
        ),
      );
      for (const tag of ['article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio', 'news-article']) {
        const el = target.querySelector(tag)!;
        expect(el, tag).to.exist;
        expect(customElements.get(tag), `<${tag}> registered by the wrapper module`).to.equal(el.constructor);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      }
      const header = target.querySelector<ArticleHeader>('article-header')!;
      expect(header.authors).to.deep.equal([{ name: 'Jimmy Quinn' }]);
      expect(header.hasAttribute('authors'), 'an array is a property, not a stringified attribute').to.equal(false);
      expect(header.className).to.equal('lead');
      expect(mustPart(header, 'headline').localName).to.equal('h2');
      expect(target.querySelector<PullQuote>('pull-quote')!.getAttribute('variant')).to.equal('block');
      expect(target.querySelector('pull-quote > p')!.textContent).to.equal('The request by American officials…');
      expect(target.querySelector<AuthorBio>('author-bio')!.links).to.deep.equal([
        { label: 'X', url: 'https://x.com/' },
      ]);
      expect(target.querySelector<TweetEmbed>('tweet-embed')!.authorName).to.equal('Mykhailo Podolyak');
      expect(target.querySelector('photo-figure')!.hasAttribute('lead')).to.equal(true);
      expectReferenceArticle(target.querySelector('div')!);
    });

    it('NewsArticle maps onLoad and onError to the element’s load and error events', async () => {
      const seen: string[] = [];
      const target = render(
        h('div', null, [
          h(wrappers.NewsArticle, {
            key: 'ok',
            article: reference(),
            onLoad: (e: Event) => seen.push(`load:${e.type}`),
          }),
          h(wrappers.NewsArticle, {
            key: 'bad',
            article: [] as unknown as Article,
            onError: (e: ErrorEvent) => seen.push(`error:${e.message}`),
          }),
        ]),
      );
      await Promise.all(Array.from(target.querySelectorAll<NewsArticle>('news-article'), (el) => el.updateComplete));
      await waitUntil(() => seen.length === 2, `both events arrive (got ${seen})`);
      expect(seen.sort()).to.deep.equal(['error:$: expected an Article object, got a list', 'load:load']);
    });

    it('TweetEmbed maps onTweetEmbedActivate, onTweetEmbedLoad and onTweetEmbedError', async () => {
      const fake = fakeLivePosts();
      try {
        const seen: string[] = [];
        const props = {
          url: 'https://x.com/Podolyak_M/status/1589201473538359296',
          authorName: 'Mykhailo Podolyak',
          text: 'Ukraine has never refused to negotiate.',
          onTweetEmbedActivate: (e: CustomEvent<void>) => seen.push(`activate:${e.cancelable}`),
          onTweetEmbedLoad: () => seen.push('load'),
          onTweetEmbedError: (e: CustomEvent<{ message: string }>) => seen.push(`error:${e.detail.message}`),
        };
        const target = render(h(wrappers.TweetEmbed, props));
        const post = target.querySelector<TweetEmbed>('tweet-embed')!;
        await post.updateComplete;
        mustPart<HTMLButtonElement>(post, 'load-button').click();
        await waitUntil(() => seen.includes('load'), `tweet-embed-load arrives (got ${seen})`);
        expect(seen).to.deep.equal(['activate:true', 'load']);
        expect(fake.calls).to.deep.equal(['1589201473538359296']);

        const failing = render(h(wrappers.TweetEmbed, { ...props, key: 'failing' }));
        const other = failing.querySelector<TweetEmbed>('tweet-embed')!;
        other.loader = async () => {
          throw new Error('blocked by the test');
        };
        await other.updateComplete;
        seen.length = 0;
        mustPart<HTMLButtonElement>(other, 'load-button').click();
        await waitUntil(() => seen.length === 2, `tweet-embed-error arrives (got ${seen})`);
        expect(seen).to.deep.equal(['activate:true', 'error:blocked by the test']);
      } finally {
        fake.restore();
      }
    });

    it('NewsArticle also hears the events of the posts inside it', async () => {
      const fake = fakeLivePosts();
      try {
        const seen: string[] = [];
        const article = reference();
        article.body = article.body.map((b) =>
          b.type === 'tweet' ? { ...b, url: 'https://x.com/Podolyak_M/status/1589201473538359296' } : b,
        );
        const target = render(
          h(wrappers.NewsArticle, {
            article,
            onTweetEmbedActivate: (e: CustomEvent<void>) => (seen.push('activate'), e.preventDefault()),
          }),
        );
        await target.querySelector<NewsArticle>('news-article')!.updateComplete;
        const post = target.querySelector<TweetEmbed>('tweet-embed')!;
        mustPart<HTMLButtonElement>(post, 'load-button').click();
        await post.updateComplete;
        expect(seen).to.deep.equal(['activate']);
        expect(fake.calls, 'preventDefault() in the handler stopped the request').to.deep.equal([]);
      } finally {
        fake.restore();
      }
    });

    it('drops a listener when its prop goes away', async () => {
      const seen: string[] = [];
      const target = host();
      const root = createRoot(target);
      remember(() => root.unmount());
      const onError = () => seen.push('error');
      flushSync(() => root.render(h(wrappers.NewsArticle, { article: reference(), onError })));
      const el = target.querySelector<NewsArticle>('news-article')!;
      await el.updateComplete;
      flushSync(() => root.render(h(wrappers.NewsArticle, { article: [] as unknown as Article })));
      await el.updateComplete;
      expect(el.querySelector('article-header'), 'the bad data cleared the article').to.equal(null);
      expect(seen).to.deep.equal([]);
    });
  });
});
