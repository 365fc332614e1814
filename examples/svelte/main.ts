// Entry of the Svelte example: `mount` renders ArticlePage into an element (see index.html).
import { mount as mountComponent, unmount } from 'svelte';
import ArticlePage from './ArticlePage.svelte';
import type { Article } from 'article-elements';

export interface ArticlePageProps {
  article: Article;
  headingLevel?: number;
  allowLivePost?: () => boolean;
  onArticleError?: (message: string) => void;
}

/** Renders the page into `target`; returns a function that unmounts it. */
export function mount(target: Element, props: ArticlePageProps): () => void {
  const page = mountComponent(ArticlePage, { target, props });
  return () => void unmount(page);
}
