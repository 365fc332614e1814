import { parse as parseBlocks } from '@wordpress/block-serialization-default-parser';
import type { Author, Link, Photo } from '../article/types.js';
import { assemble } from './assemble.js';
import { newWalk, token, walk } from './blocks.js';
import { splitCredit } from './credit.js';
import { decodeText, dimension, isoDate, parseFragment, resolveUrl, squish } from './dom.js';
import { fromFrame, recognise, videoFromUrl, videoPage, type Recognised } from './embeds.js';
import type { PageMeta } from './metadata.js';
import type { ImportOptions, ImportProblem, ImportResult } from './types.js';

/**
 * A WordPress post from the REST API (`/wp-json/wp/v2/posts/ID?_embed`) → Article. The body comes
 * from the Gutenberg block markup when the post has it (`content.raw`, with `context=edit`): each
 * block's saved HTML, with embeds read from their attributes; else from `content.rendered`, whose
 * `wp-block-*` classes the walk knows. Authors, the featured image and categories come from
 * `_embedded`.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (o: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), o);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const rendered = (v: unknown) => str(get(v, 'rendered')) ?? str(v);

/** True when `data` looks like a post from the WordPress REST API. */
export const isWordPressPost = (data: unknown): boolean =>
  isObj(data) &&
  (isObj(data.content) || isObj(data.title)) &&
  ('rendered' in (data.title as Obj) || 'rendered' in (data.content as Obj));

/** A key that names the same post or video whatever the address's form (query, trailing slash, host). */
function embedKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const status = /(?:twitter|x)\.com\/(?:\w+|i(?:\/web)?)\/status(?:es)?\/(\d+)/.exec(url);
  if (status) return `x:${status[1]}`;
  const video = videoPage(url);
  if (video) return video.url;
  return url
    .replace(/[?#].*$/, '')
    .replace(/\/embed(?=\/|$)/, '')
    .replace(/\/$/, '')
    .replace(/^https?:\/\/(?:www\.)?/, '');
}

/** The posts and videos of the rendered content, by key: their snapshots, which the block markup lacks. */
function renderedEmbeds(html: string | undefined, base: string | undefined): Map<string, Recognised> {
  const map = new Map<string, Recognised>();
  if (!html) return map;
  const root = parseFragment(html);
  for (const el of Array.from(root.querySelectorAll('blockquote, iframe, video'))) {
    const r = recognise(el, base);
    const b = r?.blocks[0];
    if (!r || !b) continue;
    const url = 'url' in b ? b.url : undefined;
    const key = embedKey(url);
    if (key && !map.has(key)) map.set(key, r);
  }
  return map;
}

/** A Gutenberg embed block: its snapshot from the rendered content, else what its URL alone gives. */
function embedBlock(attrs: Obj, html: string, known: Map<string, Recognised>, base: string | undefined): Recognised {
  const url = resolveUrl(str(attrs.url) ?? /https?:\/\/[^\s<"]+/.exec(html)?.[0], base);
  const caption = squish(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/i.exec(html)?.[1]?.replace(/<[^>]+>/g, ''));
  // The block's caption goes to the video or embed (copies: a snapshot may be used twice).
  const captioned = (r: Recognised): Recognised => ({
    problems: r.problems,
    blocks: r.blocks.map((b) => (caption && (b.type === 'video' || b.type === 'embed') ? { ...b, caption } : b)),
  });
  const snapshot = known.get(embedKey(url) ?? '');
  if (snapshot) return captioned(snapshot);
  // The embed's own markup may carry the snapshot (a post saved with its blockquote).
  const inner = parseFragment(html).querySelector('blockquote, iframe, video');
  const own = inner && recognise(inner, base);
  if (own?.blocks.length) return captioned(own);
  const video = videoFromUrl(url, undefined);
  if (video) return captioned(video);
  const provider = str(attrs.providerNameSlug) ?? '';
  if (url && /twitter|^x$/.test(provider))
    return {
      blocks: [{ type: 'link', url, headline: 'Post on X' }],
      problems: ['post on X kept as a link: the post carries no snapshot of it'],
    };
  return captioned(fromFrame(url, undefined));
}

type ParsedBlock = ReturnType<typeof parseBlocks>[number];

/** A post's saved markup with each embed block replaced by a placeholder paragraph. */
function blocksHtml(
  blocks: ParsedBlock[],
  embeds: Recognised[],
  known: Map<string, Recognised>,
  base?: string,
): string {
  let out = '';
  for (const b of blocks) {
    const name = b.blockName ?? '';
    if (name === 'core/embed' || name.startsWith('core-embed/')) {
      const html = serialize(b, embeds, known, base);
      out += `<p>${token(embeds.push(embedBlock(b.attrs ?? {}, html, known, base)) - 1)}</p>`;
    } else if (!name) {
      // Classic-editor content between blocks: paragraphs are blank-line separated, as wpautop reads them.
      const html = b.innerHTML;
      if (!html.trim()) continue;
      out += /<(?:p|div|h\d|ul|ol|figure|blockquote|table)\b/i.test(html)
        ? html
        : html
            .split(/\n\s*\n/)
            .map((p) => (p.trim() ? `<p>${p.trim().replace(/\n/g, '<br>')}</p>` : ''))
            .join('');
    } else out += serialize(b, embeds, known, base);
  }
  return out;
}

/** A block's saved HTML with its inner blocks in place (innerContent's nulls mark where they go). */
function serialize(b: ParsedBlock, embeds: Recognised[], known: Map<string, Recognised>, base?: string): string {
  let i = 0;
  return b.innerContent.map((part) => part ?? blocksHtml([b.innerBlocks[i++]], embeds, known, base)).join('');
}

function featured(post: Obj, base: string | undefined): Photo | undefined {
  const media = (get(post, '_embedded', 'wp:featuredmedia') as unknown[] | undefined)?.[0];
  if (!isObj(media)) return undefined;
  const src = resolveUrl(str(media.source_url), base);
  if (!src) return undefined;
  const width = dimension(String(get(media, 'media_details', 'width') ?? ''));
  const height = dimension(String(get(media, 'media_details', 'height') ?? ''));
  const captionHtml = rendered(media.caption);
  const parts = splitCredit(captionHtml ? decodeText(captionHtml) : undefined);
  const credit = str(get(media, 'media_details', 'image_meta', 'credit')) ?? parts.credit;
  return {
    src,
    alt: squish(str(media.alt_text)),
    ...(width && height ? { width, height } : {}),
    ...(parts.caption ? { caption: parts.caption } : {}),
    ...(credit ? { credit } : {}),
  };
}

function authors(post: Obj, base: string | undefined): Author[] | undefined {
  const list = get(post, '_embedded', 'author');
  if (!Array.isArray(list)) return undefined;
  const out: Author[] = [];
  for (const a of list) {
    const name = isObj(a) ? squish(str(a.name)) : '';
    if (!name) continue;
    const url = resolveUrl(str(get(a, 'link')), base);
    const avatars = get(a, 'avatar_urls');
    const size = isObj(avatars) ? Object.keys(avatars).sort((x, y) => Number(y) - Number(x))[0] : undefined;
    const avatar = size ? resolveUrl(str((avatars as Obj)[size]), base) : undefined;
    const bio = squish(str(get(a, 'description')));
    const n = dimension(size);
    out.push({
      name,
      ...(url ? { url } : {}),
      ...(bio ? { bio } : {}),
      ...(avatar ? { image: { src: avatar, alt: '', ...(n ? { width: n, height: n } : {}) } } : {}),
    });
  }
  return out.length ? out : undefined;
}

/** Categories: the first is the section, a second the category. */
function terms(post: Obj, base: string | undefined): { section?: Link; category?: Link } {
  const groups = get(post, '_embedded', 'wp:term');
  const cats: Link[] = [];
  if (Array.isArray(groups))
    for (const t of groups.flat())
      if (isObj(t) && t.taxonomy === 'category' && str(t.name) && t.slug !== 'uncategorized') {
        const url = resolveUrl(str(t.link), base);
        cats.push({ name: decodeText(String(t.name)), ...(url ? { url } : {}) });
      }
  return { section: cats[0], category: cats[1] };
}

export function importWordPress(data: unknown, options: ImportOptions): ImportResult {
  const post = Array.isArray(data) ? data[0] : data;
  if (!isWordPressPost(post))
    return {
      kind: 'wordpress',
      problems: [
        { path: '$', message: 'not a WordPress post: expected an object with title.rendered and content.rendered' },
      ],
    };
  const p = post as Obj;
  const link = resolveUrl(str(p.link), undefined);
  const base = resolveUrl(options.baseUrl, undefined) ?? (link && /^https?:/.test(link) ? link : undefined);
  const html = rendered(p.content);
  const raw = str(get(p, 'content', 'raw'));
  const embeds: Recognised[] = [];
  const extra: ImportProblem[] = [];
  let body: HTMLElement;
  if (raw && raw.includes('<!-- wp:')) {
    body = parseFragment(blocksHtml(parseBlocks(raw), embeds, renderedEmbeds(html, base), base));
  } else {
    body = parseFragment(html ?? '');
    // Embeds first, so their markup is read before the walk sees the rendered HTML.
    for (const el of Array.from(body.querySelectorAll('blockquote, iframe, video'))) {
      if (!el.isConnected) continue;
      const r = recognise(el, base);
      if (!r) continue;
      const holder = body.ownerDocument.createElement('p');
      holder.textContent = token(embeds.push(r) - 1);
      // The embed block's wrapper goes too; its figure stays for the caption.
      const wrapper = el.parentElement?.classList.contains('wp-block-embed__wrapper') ? el.parentElement : el;
      wrapper.replaceWith(holder);
    }
  }
  // Jetpack's share buttons and related posts, when the site adds them to the content.
  for (const el of Array.from(
    body.querySelectorAll('.sharedaddy, .jp-relatedposts, .wpcnt, .wp-block-buttons, script, style'),
  ))
    el.remove();
  const w = newWalk(base, embeds);
  walk(body, w);

  const excerpt = rendered(p.excerpt);
  const excerptText = excerpt ? decodeText(excerpt) : undefined;
  const { section, category } = terms(p, base);
  const meta: PageMeta = {
    headline: rendered(p.title) ? decodeText(rendered(p.title)!) : undefined,
    // An excerpt WordPress made from the text ends in "[…]" and repeats the first paragraph.
    dek: excerptText && !/\[(?:…|&hellip;|\.\.\.)\]|continue reading/i.test(excerptText) ? excerptText : undefined,
    url: link,
    published: isoDate(str(p.date_gmt) ? `${p.date_gmt}Z` : undefined) ?? isoDate(str(p.date)?.slice(0, 10)),
    modified: isoDate(str(p.modified_gmt) ? `${p.modified_gmt}Z` : undefined),
    section,
    authors: authors(p, base),
    image: featured(p, base),
    lang: str(get(p, 'yoast_head_json', 'og_locale'))?.replace('_', '-'),
  };
  const result = assemble(meta, w, extra);
  if (result.article && category) result.article = { ...result.article, category };
  return { ...result, kind: 'wordpress' };
}
