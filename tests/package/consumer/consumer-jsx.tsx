// React 19 JSX with the tags used directly, typed by article-elements/jsx (generated from the manifest).
import type {} from 'article-elements/jsx';
import type { Article } from 'article-elements';

export function Page({ article }: { article: Article }) {
  return (
    <main>
      <news-article
        article={article}
        heading-level={2}
        onload={(event) => event.type}
        onerror={(event) => event.message}
      />
      <pull-quote variant="block" source="The Washington Post">
        <p>The request by American officials…</p>
      </pull-quote>
      <tweet-embed author-name="Mykhailo Podolyak" ontweet-embed-activate={(event) => event.preventDefault()} />
      {/* @ts-expect-error variant is 'pull' | 'block' */}
      <pull-quote variant="sideways" />
      {/* @ts-expect-error article takes an Article */}
      <news-article article={42} />
    </main>
  );
}
