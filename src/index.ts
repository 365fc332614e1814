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
// The class's code comes with the video block's (a lazy file in the script-tag bundle): import it, and
// register the element, from 'article-elements/video-embed.js'.
export type { VideoEmbed } from './components/video-embed/video-embed.js';
export type { VideoBlock } from './article/blocks/video.js';
// Likewise <embed-frame>, with the embed block's code: register it from 'article-elements/embed-frame.js'.
export type { EmbedFrame } from './components/embed-frame/embed-frame.js';
// Likewise <social-post>, with the post block's code: 'article-elements/social-post.js'.
export type { SocialPost, SocialPostLoader } from './components/social-post/social-post.js';
export type { PostBlock } from './article/blocks/post.js';
// Likewise <photo-gallery>: 'article-elements/photo-gallery.js' registers it.
export type { PhotoGallery } from './components/photo-gallery/photo-gallery.js';
export type { GalleryBlock } from './article/blocks/gallery.js';
export { allowEmbeds, type EmbedActivateDetail } from './internal/consent.js';
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
