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
}

const askReader = () => window.confirm('Load this post from X? X will receive your IP address.');

export function ArticlePage({ article, headingLevel = 1, allowLivePost = askReader }: ArticlePageProps) {
  const [status, setStatus] = useState<'loading' | 'ready' | { error: string }>('loading');
  return (
    <main aria-busy={status === 'loading'}>
      {typeof status === 'object' && <p role="alert">This article could not be shown: {status.error}</p>}
      <NewsArticle
        article={article}
        headingLevel={headingLevel}
        onLoad={() => setStatus('ready')}
        onError={(event) => setStatus({ error: event.message })}
        onTweetEmbedActivate={(event) => {
          if (!allowLivePost()) event.preventDefault();
        }}
      />
    </main>
  );
}
