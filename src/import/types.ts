import type { Article, Block, Photo } from '../article/types.js';

/**
 * Block types the importer writes that Article JSON is gaining (issue 18): their fields are that
 * issue's, exactly, so that the importer's output is ready when the types land. Until then
 * `normalizeArticle` knows them only when told (`knownTypes: ['post', 'gallery', 'embed']`).
 */
export interface PostAuthorData {
  name: string;
  /** Without the leading "@" (Mastodon: "user@instance"; Bluesky: "name.bsky.social"). */
  handle?: string;
  image?: string;
  url?: string;
}

export type PostNetwork = 'x' | 'bluesky' | 'mastodon' | 'threads' | 'instagram' | 'tiktok';

/** A post on a social network, as a snapshot. */
export interface PostBlock {
  type: 'post';
  network: PostNetwork;
  url: string;
  text: string;
  published?: string;
  author: PostAuthorData;
  media?: Photo[];
}

export interface GalleryBlock {
  type: 'gallery';
  images: Photo[];
  caption?: string;
  credit?: string;
}

/** A chart, map or other interactive piece shown in a frame. */
export interface EmbedBlock {
  type: 'embed';
  url: string;
  title: string;
  provider?: string;
  aspectRatio?: string;
  height?: number;
  fallback?: Photo;
  caption?: string;
  credit?: string;
}

export type ImportedBlock = Block | PostBlock | GalleryBlock | EmbedBlock;

/** An Article as the importer writes it: the body may hold the issue-18 block types. */
export type ImportedArticle = Omit<Article, 'body'> & { body: ImportedBlock[] };

/** What the importer could not keep, or kept otherwise than given: a JSON path and a sentence. */
export interface ImportProblem {
  path: string;
  message: string;
}

export type InputKind = 'html' | 'amp' | 'wordpress';

export interface ImportOptions {
  /** The page's address: relative URLs resolve against it (else the canonical URL, or `<base>`). */
  baseUrl?: string;
  /** The input's kind; detected when left out. */
  kind?: InputKind;
}

export interface ImportResult {
  /** Undefined when no article could be found (then `problems` says why). */
  article?: ImportedArticle;
  problems: ImportProblem[];
  /** The kind of input read (given, or detected). */
  kind: InputKind;
}
