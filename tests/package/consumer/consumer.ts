// A consumer's TypeScript, type-checked against the installed tarball by tests/package/package.test.mjs.
// Each @ts-expect-error proves a type is really there (an `any` would make it an unused directive).
import type { Article, Problem } from 'article-elements';
import { NewsArticle as NewsArticleClass, defineArticleElements, normalizeArticle } from 'article-elements';
import 'article-elements/define.js';
import 'article-elements/pull-quote.js';
import { renderArticle, type RenderArticleOptions } from 'article-elements/ssr';
import { createElement } from 'react';
import { NewsArticle, TweetEmbed, type NewsArticleProps } from 'article-elements/react';

export const article: Article = {
  headline: 'Biden Admin Pressures Ukraine to Signal Openness to Talks with Putin: Report',
  body: [{ type: 'paragraph', html: 'The Biden administration has asked the Ukrainian government…' }],
};

// document.createElement knows the tags (HTMLElementTagNameMap).
const el = document.createElement('news-article');
const isClass: NewsArticleClass = el;
el.article = article;
el.headingLevel = 2;
// @ts-expect-error headingLevel is a number
el.headingLevel = 'two';
// @ts-expect-error an Article needs a headline and a body
el.article = { title: 'no' };
el.addEventListener('load', (event) => event.type);
el.addEventListener('error', (event) => event.message.toUpperCase()); // ErrorEvent
el.addEventListener('tweet-embed-error', (event) => event.detail.message.toUpperCase());
// @ts-expect-error the detail of tweet-embed-error has no `code`
el.addEventListener('tweet-embed-error', (event) => event.detail.code);
document.createElement('tweet-embed').addEventListener('tweet-embed-activate', (event) => event.preventDefault());
document.createElement('pull-quote').variant = 'block';
// @ts-expect-error variant is 'pull' | 'block'
document.createElement('pull-quote').variant = 'sideways';
document.querySelector('author-bio')?.links.map((link) => link.url);

const tags: string = defineArticleElements({ prefix: 'acme' }).article;
const problems: Problem[] = normalizeArticle(JSON.parse('{}')).problems;

// The React wrappers.
const props: NewsArticleProps = {
  article,
  headingLevel: 2,
  onLoad: (event) => event.type,
  onError: (event) => event.message,
  onTweetEmbedActivate: (event) => event.preventDefault(),
};
createElement(NewsArticle, props);
createElement(TweetEmbed, { authorName: 'Mykhailo Podolyak', onTweetEmbedError: (event) => event.detail.message });
// @ts-expect-error headingLevel is a number
createElement(NewsArticle, { headingLevel: 'two' });

// Server rendering.
const options: RenderArticleOptions = { document: true, headingLevel: 1 };
const page: Promise<string> = renderArticle(article, options);

export { isClass, tags, problems, page };
