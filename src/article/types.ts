import type { BuiltInBlock } from './blocks/registry.js';

/**
 * Article JSON: the portable description of one news article that `<news-article>` renders.
 * Each body block type is a module in `blocks/`; the JSON Schema (`article.schema.json`, built from
 * `schema.ts`) describes the same shape for other tools.
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

export type { ParagraphBlock } from './blocks/paragraph.js';
export type { HeadingBlock } from './blocks/heading.js';
export type { BlockquoteBlock } from './blocks/blockquote.js';
export type { PullquoteBlock } from './blocks/pullquote.js';
export type { TweetBlock, PostAuthor, QuotedPost } from './blocks/tweet.js';
export type { ImageBlock } from './blocks/image.js';
export type { ListBlock, ListItem } from './blocks/list.js';
export type { TableBlock } from './blocks/table.js';
export type { CodeBlock } from './blocks/code.js';
export type { DividerBlock } from './blocks/divider.js';
export type { CalloutBlock } from './blocks/callout.js';
export type { CorrectionBlock } from './blocks/correction.js';
export type { LinkBlock } from './blocks/link.js';
export type { EmbedBlock } from './blocks/embed.js';

/** A body block: one of the built-in types (see article/blocks/). */
export type Block = BuiltInBlock;

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
