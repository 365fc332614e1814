import type { Reader } from './spec.js';
import type { PostPhoto } from '../../components/social-post/media.js';

/**
 * What the `post` and `tweet` blocks read alike: the author, up to four photos, and a quoted post
 * (one level deep). Kept apart from post.ts because the tweet block, in the core bundle, needs it.
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
 * `author` as { name, handle?, image?, url? }; the name is required (the handle stands in for a
 * missing one, reported).
 */
export function readAuthor(read: Reader): PostAuthor | undefined {
  const who = read.object(read.value.author, `${read.path}.author`, '{ name, handle }');
  if (!who) {
    if (read.value.author == null) read.report('missing', 'missing', 'error', `${read.path}.author`);
    return undefined;
  }
  const handle = who.text('handle')?.replace(/^@/, '');
  const name = who.text('name', true) ?? handle;
  return name ? { name, handle, image: who.url('image'), url: who.url('url') } : undefined;
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

/**
 * `quoted`: a post on the same network (`isPost` checks its address; `shape` describes one for the
 * warning). A post quoted inside the quoted post is reported and left out.
 */
export function readQuoted(read: Reader, isPost: (url: string) => unknown, shape: string): QuotedPost | undefined {
  const q = read.object(read.value.quoted, `${read.path}.quoted`, '{ url, text, author }', '; left out');
  if (!q) return undefined;
  let url = q.url('url', true);
  if (url && !isPost(url))
    url = q.report(`${JSON.stringify(url)} is not ${shape}`, 'bad-value', 'error', `${q.path}.url`);
  const text = q.text('text', true);
  const author = readAuthor(q);
  if (q.value.quoted != null)
    q.report('a post quoted inside a quoted post is left out (one level only)', 'too-deep', 'warning', `${q.path}.quoted`);
  if (!url || !text || !author) return q.report('the quoted post is left out', 'bad-value', 'error');
  return { url, text, published: q.date('published'), author, media: readMedia(q) };
}

