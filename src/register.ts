import { ArticleHeader } from './components/article-header/article-header.js';
import { AuthorBio } from './components/author-bio/author-bio.js';
import { NewsArticle } from './components/news-article/news-article.js';
import { PhotoFigure } from './components/photo-figure/photo-figure.js';
import { PullQuote } from './components/pull-quote/pull-quote.js';
import { TweetEmbed } from './components/tweet-embed/tweet-embed.js';
import { defineElement } from './internal/define.js';
import { prefixedTags, registered, type TagNames } from './internal/tags.js';

export interface DefineOptions {
  /**
   * Registers every element as `<prefix>-<tag>` (`acme-pull-quote`, `acme-news-article`), for pages
   * where a tag name is already taken. `<prefix>-news-article` composes the prefixed elements.
   */
  prefix?: string;
}

export interface DefinedTags extends TagNames {
  article: string;
}

/**
 * Registers all six elements and returns the tag names used. Safe to call more than once and beside
 * another copy of the library: an already registered name is left alone.
 */
export function defineArticleElements(options: DefineOptions = {}): DefinedTags {
  // Own property only: a polluted Object.prototype.prefix must not rename every element.
  const given = options && Object.hasOwn(options, 'prefix') ? options.prefix : undefined;
  let prefix = String(given ?? '').toLowerCase();
  // Trailing dashes go, by a loop: /-+$/ backtracks on a long run of dashes followed by a letter.
  let end = prefix.length;
  while (end > 0 && prefix[end - 1] === '-') end--;
  prefix = prefix.slice(0, end);
  if (prefix && !/^[a-z][a-z0-9-]*$/.test(prefix)) {
    throw new TypeError(
      `defineArticleElements: prefix "${given}" must start with a letter and hold only a-z, 0-9 and "-"`,
    );
  }
  const tags = prefixedTags(prefix);
  const article = prefix ? `${prefix}-news-article` : 'news-article';
  // A prefixed registration needs classes of its own: one constructor can hold only one tag name.
  const own = <T extends CustomElementConstructor>(base: T): T => (prefix ? class extends base {} : base);
  defineElement(tags.header, own(ArticleHeader));
  defineElement(tags.figure, own(PhotoFigure));
  defineElement(tags.quote, own(PullQuote));
  defineElement(tags.post, own(TweetEmbed));
  defineElement(tags.bio, own(AuthorBio));
  defineElement(
    article,
    prefix
      ? class extends NewsArticle {
          static override tags = tags;
        }
      : NewsArticle,
  );
  // Elements that come with a block type (<video-embed>) define themselves under these names
  // when their code is here: at once from npm, when first used in the script-tag bundle.
  registered(prefix);
  return { ...tags, article };
}
