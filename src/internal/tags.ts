/** Tag names of the article elements, as registered: `defineArticleElements({ prefix })` changes them. */
export interface TagNames {
  header: string;
  figure: string;
  quote: string;
  post: string;
  bio: string;
  video: string;
  embed: string;
  social: string;
  gallery: string;
}

export function prefixedTags(prefix: string): TagNames {
  const p = prefix ? `${prefix}-` : '';
  return {
    header: `${p}article-header`,
    figure: `${p}photo-figure`,
    quote: `${p}pull-quote`,
    post: `${p}tweet-embed`,
    bio: `${p}author-bio`,
    video: `${p}video-embed`,
    embed: `${p}embed-frame`,
    social: `${p}social-post`,
    gallery: `${p}photo-gallery`,
  };
}

export const DEFAULT_TAGS: TagNames = prefixedTags('');

/**
 * Elements whose code comes with a block type's (in the script-tag bundle, a lazily loaded file,
 * see vite.config.ts) register themselves here: each `define` runs once for every prefix
 * `defineArticleElements` has registered, before and after.
 */
type Definer = (tags: TagNames, prefix: string) => void;
const prefixes = new Set<string>();
const definers = new Set<Definer>();

/** Called by defineArticleElements for each registration. */
export function registered(prefix: string): void {
  prefixes.add(prefix);
  for (const define of definers) define(prefixedTags(prefix), prefix);
}

/** Runs `define` for every registration made and to come. */
export function whenRegistered(define: Definer): void {
  definers.add(define);
  for (const prefix of prefixes) define(prefixedTags(prefix), prefix);
}
