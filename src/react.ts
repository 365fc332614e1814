/**
 * React components for the six elements, made with `@lit/react`: rich-data properties (`article`,
 * `authors`, `links`) are set as properties, not stringified into attributes, and events arrive through
 * `on…` props. Importing this module registers all six elements under their own names.
 *
 * ```tsx
 * import { NewsArticle } from 'article-elements/react';
 * <NewsArticle article={article} headingLevel={2} onLoad={() => …} onError={(e) => console.warn(e.message)} />
 * ```
 *
 * React 19 can also use the tags directly (`<news-article article={article} onload={…}>`); these
 * wrappers add the types, and work the same in React 18.
 * @module
 */
import type { ComponentProps } from 'react';
import type { EventName } from '@lit/react';
import { requirePeers } from './internal/require-peer.js';
// The registering modules: using a wrapper defines its element.
import { ArticleHeader as ArticleHeaderElement } from './article-header.js';
import { PhotoFigure as PhotoFigureElement } from './photo-figure.js';
import { PullQuote as PullQuoteElement } from './pull-quote.js';
import { TweetEmbed as TweetEmbedElement } from './tweet-embed.js';
import { AuthorBio as AuthorBioElement } from './author-bio.js';
import { NewsArticle as NewsArticleElement } from './news-article.js';

// react and @lit/react are optional peer dependencies (a browser-only install has neither): loaded
// here so that a missing one fails with a line naming what to install. The cost is a top-level
// await, which every current bundler and Node supports.
const [React, { createComponent }] = await requirePeers('article-elements/react', ['react', '@lit/react'], () =>
  Promise.all([import('react'), import('@lit/react')]),
);

export type { EventName };

/** The events of `<tweet-embed>`; they bubble and cross shadow roots, so `<news-article>` hears them too. */
const tweetEmbedEvents = {
  /** The reader asked for the live post; `preventDefault()` stops the request (to ask for consent first). */
  onTweetEmbedActivate: 'tweet-embed-activate' as EventName<CustomEvent<void>>,
  /** The live post rendered. */
  onTweetEmbedLoad: 'tweet-embed-load' as EventName<CustomEvent<void>>,
  /** The live post could not be loaded; the snapshot stays. `event.detail.message` says why. */
  onTweetEmbedError: 'tweet-embed-error' as EventName<CustomEvent<{ message: string }>>,
};

/** `<article-header>`: section label, headline, dek, byline and dates. */
export const ArticleHeader = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'article-header',
  elementClass: ArticleHeaderElement,
  displayName: 'ArticleHeader',
});

/** `<photo-figure>`: responsive image with caption and credit. */
export const PhotoFigure = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'photo-figure',
  elementClass: PhotoFigureElement,
  displayName: 'PhotoFigure',
});

/** `<pull-quote>`: pull quote or block quotation. */
export const PullQuote = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'pull-quote',
  elementClass: PullQuoteElement,
  displayName: 'PullQuote',
});

/** `<tweet-embed>`: privacy-first card for a post on X. */
export const TweetEmbed = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'tweet-embed',
  elementClass: TweetEmbedElement,
  displayName: 'TweetEmbed',
  events: tweetEmbedEvents,
});

/** `<author-bio>`: author name, role, avatar, bio and links. */
export const AuthorBio = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'author-bio',
  elementClass: AuthorBioElement,
  displayName: 'AuthorBio',
});

/**
 * `<news-article>`: a whole article from Article JSON. `onLoad` fires once it is rendered, `onError`
 * (an `ErrorEvent`; `event.message` says why) when nothing could be. The posts inside it are
 * `<tweet-embed>`s, so their events are mapped here as well.
 */
export const NewsArticle = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-article',
  elementClass: NewsArticleElement,
  displayName: 'NewsArticle',
  events: {
    onLoad: 'load' as EventName<Event>,
    onError: 'error' as EventName<ErrorEvent>,
    ...tweetEmbedEvents,
  },
});

/** Props of each wrapper, e.g. `NewsArticleProps` for a component that passes them through. */
export type ArticleHeaderProps = ComponentProps<typeof ArticleHeader>;
export type PhotoFigureProps = ComponentProps<typeof PhotoFigure>;
export type PullQuoteProps = ComponentProps<typeof PullQuote>;
export type TweetEmbedProps = ComponentProps<typeof TweetEmbed>;
export type AuthorBioProps = ComponentProps<typeof AuthorBio>;
export type NewsArticleProps = ComponentProps<typeof NewsArticle>;
