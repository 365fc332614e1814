// A React page that shows one article with the wrappers from article-elements/react.
import { useState } from 'react';
import type { Article } from 'article-elements';
import { NewsArticle } from 'article-elements/react';

export interface ArticlePageProps {
  article: Article;
  /** Heading level of the headline; 2 when the page has its own h1. */
  headingLevel?: number;
  /**
   * Asked before a post on X is loaded from X (which then learns the reader's address). The
   * default asks the reader; a consent manager would answer from its stored choice.
   */
  allowLivePost?: () => boolean;
  /**
   * Hears what went wrong when the article cannot be shown (readers see one calm sentence from the
   * element itself): your error tracking. The default logs it.
   */
  onArticleError?: (message: string) => void;
}

const askReader = () => window.confirm('Load this post from X? X will receive your IP address.');

export function ArticlePage({
  article,
  headingLevel = 1,
  allowLivePost = askReader,
  onArticleError = console.error,
}: ArticlePageProps) {
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  return (
    <main aria-busy={status === 'loading'}>
      <NewsArticle
        article={article}
        headingLevel={headingLevel}
        onLoad={() => setStatus('ready')}
        onError={(event) => {
          setStatus('failed');
          onArticleError(event.message);
        }}
        onTweetEmbedActivate={(event) => {
          if (!allowLivePost()) event.preventDefault();
        }}
      />
    </main>
  );
}
