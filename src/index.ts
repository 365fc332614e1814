/**
 * article-elements: classes, types and helpers. Importing this module registers nothing; import
 * `article-elements/define.js` (all elements) or `article-elements/<tag>.js` (one) for that.
 * @module
 */
export { ArticleHeader } from './components/article-header/article-header.js';
export { PhotoFigure } from './components/photo-figure/photo-figure.js';
export { PullQuote } from './components/pull-quote/pull-quote.js';
export { TweetEmbed, type LivePostLoader } from './components/tweet-embed/tweet-embed.js';
export { AuthorBio, type AuthorBioLink } from './components/author-bio/author-bio.js';
export { NewsArticle } from './components/news-article/news-article.js';
export { defineArticleElements, type DefineOptions, type DefinedTags } from './register.js';
export {
  normalizeArticle,
  DEFAULT_LIMITS,
  type Limits,
  type Normalized,
  type NormalizedArticle,
  type NormalizeOptions,
  type Problem,
  type ProblemCode,
  type Severity,
} from './article/normalize.js';
export { defineBlock, loadBlocks, type BlockDefinition } from './article/define-block.js';
export type { Reader, RenderContext, HtmlMode } from './article/blocks/spec.js';
/** Lit's `html`, for the templates of blocks made with `defineBlock` (the bundle carries no second copy). */
export { html } from 'lit';
export { registerMessages, type Messages } from './internal/i18n.js';
export { scriptSafeJson } from './article/script-json.js';
export type * from './article/types.js';
import './tag-names.js';
