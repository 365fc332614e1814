/**
 * Article JSON: the portable description of one news article that `<news-article>` renders.
 * The JSON Schema beside this file (`article.schema.json`) describes the same shape for other tools;
 * `tests/schema.test.ts` keeps the two in step.
 */

/** A named destination, such as a section ("The Corner") or a news outlet ("The Washington Post"). */
export interface Link {
  name: string;
  /** Absolute or page-relative http(s) URL. */
  url?: string;
}

/** A photograph or illustration. */
export interface Photo {
  /** Absolute or page-relative URL. Relative URLs resolve against the page, as an `<img>`'s would. */
  src: string;
  /** Text alternative. An empty string marks the image as decorative. */
  alt: string;
  /** Intrinsic width in CSS pixels; with `height` it reserves the box before the image arrives. */
  width?: number;
  height?: number;
  srcset?: string;
  sizes?: string;
  caption?: string;
  /** Who made the image, e.g. "Kevin Lamarque/Reuters". */
  credit?: string;
}

/** A profile link of an author. */
export interface ProfileLink {
  label: string;
  url: string;
}

export interface Author {
  name: string;
  url?: string;
  /** Job title, e.g. "National Security Correspondent". */
  role?: string;
  /** One or two sentences about the author, plain text. */
  bio?: string;
  image?: Photo;
  links?: ProfileLink[];
}

/** A paragraph of body copy. `html` may hold only a, em, strong, i, b, br, code, sub and sup. */
export interface ParagraphBlock {
  type: 'paragraph';
  html: string;
}

export interface HeadingBlock {
  type: 'heading';
  text: string;
  /** Defaults to 2. */
  level?: 2 | 3;
}

/**
 * A passage quoted from another work. `html` may hold paragraphs (`p`) and the paragraph's
 * inline elements.
 */
export interface BlockquoteBlock {
  type: 'blockquote';
  html: string;
  /** The quoted work's publisher; its `url` becomes the quotation's `cite`. */
  source?: Link;
}

/** A short quotation set large for emphasis. */
export interface PullquoteBlock {
  type: 'pullquote';
  text: string;
  /** Who said it, e.g. "One U.S. official". */
  attribution?: string;
}

/** The author of a post on X. */
export interface PostAuthor {
  name: string;
  /** Handle without the leading "@". */
  handle?: string;
  /** Avatar URL. Only same-origin images load before the reader asks for the live post. */
  image?: string;
}

/** A snapshot of a post on X, shown without contacting X. */
export interface TweetBlock {
  type: 'tweet';
  /** The post's address, e.g. https://x.com/handle/status/123. */
  url?: string;
  text: string;
  /** ISO 8601 date-time. */
  published?: string;
  author: PostAuthor;
}

export interface ImageBlock extends Photo {
  type: 'image';
}

export type Block = ParagraphBlock | HeadingBlock | BlockquoteBlock | PullquoteBlock | TweetBlock | ImageBlock;

export type BlockType = Block['type'];

export interface Article {
  /** Canonical address of the article. */
  url?: string;
  section?: Link;
  category?: Link;
  headline: string;
  /** The standfirst: one or two sentences under the headline. */
  dek?: string;
  /** ISO 8601 date-time of first publication. */
  published?: string;
  /** ISO 8601 date-time of the last substantive update. */
  modified?: string;
  /** BCP 47 language tag of the article's text, e.g. "en-US". */
  lang?: string;
  authors?: Author[];
  /** The lead image. */
  image?: Photo;
  body: Block[];
}
