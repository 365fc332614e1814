import type { Reader } from './spec.js';
import type { PostPhoto } from '../../components/social-post/media.js';

/**
 * What the `post` and `tweet` blocks read alike: up to four photos, and the types of an author and
 * a quoted post. Kept apart from post.ts because the tweet block, in the core bundle, needs it.
 */

/** The author of a post. */
export interface PostAuthor {
  name: string;
  /** Handle, without the leading "@" (Mastodon: `name@instance`; Bluesky: `name.bsky.social`). */
  handle?: string;
  /** Avatar URL. An image on the network's own servers loads only once the network is allowed. */
  image?: string;
  /** The author's profile page. */
  url?: string;
}

/** A post quoted inside another, on the same network. */
export interface QuotedPost {
  url: string;
  text: string;
  published?: string;
  author: PostAuthor;
  media?: PostPhoto[];
}

/**
 * `media`: up to four photos, each { src, alt, width?, height? }. The grid reserves fixed boxes,
 * so a size is optional (it shapes a single photo's box); srcset is not read.
 */
export function readMedia(read: Reader): PostPhoto[] | undefined {
  const out: PostPhoto[] = [];
  for (const [i, value, path] of read.items('media')) {
    if (i > 3) {
      read.report('at most 4 photos; the rest are left out', 'too-large', 'warning', `${read.path}.media`);
      break;
    }
    const p = read.object(value, path, 'a photo object');
    const src = p?.url('src', true);
    if (!p || !src) continue;
    let alt = p.text('alt');
    if (alt === undefined && p.value.alt !== '')
      p.report('alt text is missing; the photo is treated as decorative', 'no-alt', 'warning', `${path}.alt`);
    alt ??= '';
    const width = p.number('width');
    const height = p.number('height');
    out.push(width && height ? { src, alt, width, height } : { src, alt });
  }
  return out.length ? out : undefined;
}

/** The warning for a post quoted inside a quoted post. */
export const TOO_DEEP = 'a post quoted inside a quoted post is left out (one level only)';
