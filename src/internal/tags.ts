/** Tag names of the article elements, as registered: `defineArticleElements({ prefix })` changes them. */
export interface TagNames {
  header: string;
  figure: string;
  quote: string;
  post: string;
  bio: string;
}

export function prefixedTags(prefix: string): TagNames {
  const p = prefix ? `${prefix}-` : '';
  return {
    header: `${p}article-header`,
    figure: `${p}photo-figure`,
    quote: `${p}pull-quote`,
    post: `${p}tweet-embed`,
    bio: `${p}author-bio`,
  };
}

export const DEFAULT_TAGS: TagNames = prefixedTags('');
