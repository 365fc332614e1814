import type { ArticleHeader } from './components/article-header/article-header.js';
import type { AuthorBio } from './components/author-bio/author-bio.js';
import type { NewsArticle } from './components/news-article/news-article.js';
import type { PhotoFigure } from './components/photo-figure/photo-figure.js';
import type { PullQuote } from './components/pull-quote/pull-quote.js';
import type { TweetEmbed } from './components/tweet-embed/tweet-embed.js';
import type { VideoEmbed } from './components/video-embed/video-embed.js';
import type { EmbedFrame } from './components/embed-frame/embed-frame.js';
import type { SocialPost } from './components/social-post/social-post.js';
import type { PhotoGallery } from './components/photo-gallery/photo-gallery.js';
import type { EmbedActivateDetail } from './internal/consent.js';

declare global {
  interface HTMLElementTagNameMap {
    'article-header': ArticleHeader;
    'photo-figure': PhotoFigure;
    'pull-quote': PullQuote;
    'tweet-embed': TweetEmbed;
    'author-bio': AuthorBio;
    'news-article': NewsArticle;
    'video-embed': VideoEmbed;
    'embed-frame': EmbedFrame;
    'social-post': SocialPost;
    'photo-gallery': PhotoGallery;
  }
  interface GlobalEventHandlersEventMap {
    'tweet-embed-activate': CustomEvent<void>;
    'tweet-embed-load': CustomEvent<void>;
    'tweet-embed-error': CustomEvent<{ message: string }>;
    'embed-activate': CustomEvent<EmbedActivateDetail>;
    'social-post-load': CustomEvent<void>;
    'social-post-error': CustomEvent<{ message: string }>;
  }
}

export {};
