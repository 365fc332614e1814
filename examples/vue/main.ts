// Entry of the Vue example: `mount` renders ArticlePage into an element (see index.html).
import { createApp } from 'vue';
import ArticlePage from './ArticlePage.vue';
import type { Article } from 'article-elements';

export interface ArticlePageProps {
  article: Article;
  headingLevel?: number;
  allowLivePost?: () => boolean;
  onArticleError?: (message: string) => void;
}

/** Renders the page into `target`; returns a function that unmounts it. */
export function mount(target: Element, props: ArticlePageProps): () => void {
  const app = createApp(ArticlePage, { ...props });
  app.mount(target);
  return () => app.unmount();
}
