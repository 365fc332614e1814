/** Tag names of the article elements, as registered: `defineArticleElements({ prefix })` changes them. */
export interface TagNames {
  header: string;
  figure: string;
  quote: string;
  post: string;
  bio: string;
}

export const DEFAULT_TAGS: TagNames = {
  header: 'article-header',
  figure: 'photo-figure',
  quote: 'pull-quote',
  post: 'tweet-embed',
  bio: 'author-bio',
};

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
