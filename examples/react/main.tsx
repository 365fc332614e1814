// Entry of the React example: `mount` renders ArticlePage into an element (see index.html).
import { createRoot } from 'react-dom/client';
import { ArticlePage, type ArticlePageProps } from './ArticlePage.js';

/** Renders the page into `target`; returns a function that unmounts it. */
export function mount(target: Element, props: ArticlePageProps): () => void {
  const root = createRoot(target);
  root.render(<ArticlePage {...props} />);
  return () => root.unmount();
}
