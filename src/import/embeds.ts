import { videoPath } from '../components/video-embed/providers.js';
import type { Photo } from '../article/types.js';
import type { ImportedBlock, PostBlock, PostNetwork } from './types.js';
import { dimension, hostOf, isElement, isText, isoDate, onDomain, resolveUrl, squish, tagOf, textOf } from './dom.js';

/**
 * Embedded posts and videos, recognised from the providers' standard markup. Nothing is fetched:
 * a post becomes a block only when the page carries its snapshot (the text in the embed code's
 * blockquote); without one it is kept as a link, and said so.
 */

/** What an element turned into: blocks (none: furniture, dropped), and sentences for the report. */
export interface Recognised {
  blocks: ImportedBlock[];
  problems: string[];
}

const found = (blocks: ImportedBlock[], ...problems: string[]): Recognised => ({ blocks, problems });
const DROP: Recognised = { blocks: [], problems: [] };

const NETWORK_NAMES: Record<PostNetwork, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

/** A post whose snapshot the page does not carry: a link to it, and a line in the report. */
function postLink(
  network: PostNetwork,
  url: string | undefined,
  why = 'the page carries no snapshot of it',
): Recognised {
  const name = NETWORK_NAMES[network];
  if (!url) return found([], `post on ${name} without its address or text, left out`);
  return found([{ type: 'link', url, headline: `Post on ${name}` }], `post on ${name} kept as a link: ${why}`);
}

/** Text of a post's paragraph: line breaks kept as "\n", other whitespace collapsed. */
function postText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (isText(c)) out += (c.textContent ?? '').replace(/\s+/g, ' ');
      else if (tagOf(c) === 'br') out += '\n';
      else if (tagOf(c) === 'p' && out) {
        out += '\n\n';
        walk(c);
      } else if (isElement(c) && !['script', 'style', 'svg'].includes(tagOf(c))) walk(c);
    }
  };
  walk(el);
  return out
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const withoutQuery = (url: string | undefined) => url?.replace(/[?#].*$/, '');

/** X's `blockquote.twitter-tweet`: text, "— Name (@handle)", and the dated link to the post. */
export function tweetFromBlockquote(bq: Element, base?: string): Recognised {
  const p = bq.querySelector('p');
  const text = p ? postText(p) : '';
  const links = Array.from(bq.querySelectorAll('a'));
  const status = links.reverse().find((a) => /\/status(?:es)?\/\d+/.test(a.getAttribute('href') ?? ''));
  const url = withoutQuery(resolveUrl(status?.getAttribute('href'), base));
  // The byline is the blockquote's own text after the paragraph.
  let tail = '';
  for (const c of Array.from(bq.childNodes)) if (c !== p && c !== status) tail += c.textContent ?? '';
  // "— Name (@handle) date", or "— Name" alone in a placeholder without the dated link.
  const who = /(?:^|[—–-])\s*([^()—–]*?)\s*(?:\(@(\w{1,15})\)|$)/.exec(squish(tail));
  const handle = who?.[2] ?? (url ? /(?:twitter|x)\.com\/(\w{1,15})\/status/.exec(url)?.[1] : undefined);
  const name = squish(who?.[1]) || handle;
  if (!text || !name) return postLink('x', url ?? resolveUrl(status?.getAttribute('href'), base));
  return found([
    {
      type: 'tweet',
      text,
      url: url && /\/(?:\w{1,15}|i)\/status\/\d+$/.test(url) ? url : undefined,
      published: isoDate(status?.textContent),
      author: { name, handle: handle && handle !== 'i' ? handle : undefined },
    },
  ]);
}

/** The posts of other networks, in their embed code's blockquote. */
function post(
  network: PostNetwork,
  url: string | undefined,
  text: string,
  author: PostBlock['author'] | undefined,
  published?: string,
): Recognised {
  if (!url || !text || !author?.name) return postLink(network, url);
  return found([
    {
      type: 'post',
      network,
      url,
      text,
      published,
      author: Object.fromEntries(Object.entries(author).filter(([, v]) => v)) as PostBlock['author'],
    },
  ]);
}

function bluesky(bq: Element, base?: string): Recognised {
  const p = bq.querySelector('p');
  const links = Array.from(bq.querySelectorAll('a'));
  const postA = links.find((a) => /bsky\.app\/profile\/[^/]+\/post\//.test(a.getAttribute('href') ?? ''));
  const handleA = links.find((a) => /^@/.test(textOf(a)));
  let tail = '';
  for (const c of Array.from(bq.childNodes)) if (c !== p) tail += c.textContent ?? '';
  const name = squish(/(?:^|[—–])\s*([^()—–]+?)\s*\(/.exec(squish(tail))?.[1]);
  const handle = handleA ? textOf(handleA).replace(/^@/, '') : undefined;
  return post(
    'bluesky',
    withoutQuery(resolveUrl(postA?.getAttribute('href'), base)),
    p ? postText(p) : '',
    name || handle
      ? { name: name || handle!, handle, url: withoutQuery(resolveUrl(handleA?.getAttribute('href'), base)) }
      : undefined,
    isoDate(postA?.textContent),
  );
}

/** "https://mastodon.social/@Gargron/1234" → "Gargron@mastodon.social". */
function mastodonHandle(url: string | undefined): string | undefined {
  const m = /^https?:\/\/([^/]+)\/@([\w.-]+)\/\d+/.exec(url ?? '');
  return m ? `${m[2]}@${m[1]}` : undefined;
}

function mastodon(bq: Element, base?: string): Recognised {
  const url = resolveUrl(
    bq.getAttribute('data-embed-url')?.replace(/\/embed$/, '') ?? bq.querySelector('a')?.getAttribute('href'),
    base,
  );
  // The embed code of Mastodon 4.3 carries only "Post by @user@instance" and "View on Mastodon";
  // some publishers paste the post's text in paragraphs.
  const paras = Array.from(bq.querySelectorAll('p')).filter((p) => !/^(?:post by @|view on mastodon)/i.test(textOf(p)));
  const text = paras.map(postText).filter(Boolean).join('\n\n');
  const byline = /post by @?([\w.-]+@[\w.-]+)/i.exec(textOf(bq))?.[1];
  const handle = byline ?? mastodonHandle(url);
  const name = squish(/[—–]\s*([^()—–@]+?)\s*\(@/.exec(textOf(bq))?.[1]) || handle;
  return post(
    'mastodon',
    url,
    text,
    name ? { name, handle } : undefined,
    isoDate(bq.querySelector('time')?.getAttribute('datetime')),
  );
}

function instagram(bq: Element, base?: string): Recognised {
  const url = withoutQuery(
    resolveUrl(
      bq.getAttribute('data-instgrm-permalink') ??
        Array.from(bq.querySelectorAll('a'))
          .map((a) => a.getAttribute('href'))
          .find((h) => /instagram\.com\/(?:[\w.]+\/)?(?:p|reel|tv)\//.test(h ?? '')),
      base,
    ),
  );
  const shared = Array.from(bq.querySelectorAll('p')).find((p) => /post shared by/i.test(textOf(p)));
  const by = /post shared by\s+(.*?)\s*(?:\(@([\w.]+)\)|@([\w.]+))/i.exec(textOf(shared ?? bq));
  const handle = by?.[2] ?? by?.[3];
  const name = squish(by?.[1]) || handle;
  const caption = Array.from(bq.querySelectorAll('p')).find(
    (p) => p !== shared && textOf(p) && !/^view this post on instagram$/i.test(textOf(p)),
  );
  return post(
    'instagram',
    url ? url.replace(/\/?$/, '/') : undefined,
    caption ? postText(caption) : '',
    name ? { name, handle } : undefined,
    isoDate(bq.querySelector('time')?.getAttribute('datetime')),
  );
}

function tiktok(bq: Element, base?: string): Recognised {
  const url = withoutQuery(resolveUrl(bq.getAttribute('cite'), base));
  const section = bq.querySelector('section') ?? bq;
  const authorA = Array.from(section.querySelectorAll('a')).find((a) => /^@/.test(textOf(a)));
  const handle = authorA ? textOf(authorA).replace(/^@/, '') : /tiktok\.com\/@([\w.]+)/.exec(url ?? '')?.[1];
  // The caption is the section's text without the author's link and the sound's ("♬ original sound").
  const copy = section.cloneNode(true) as Element;
  for (const a of Array.from(copy.querySelectorAll('a')))
    if (/^@/.test(textOf(a)) && a.getAttribute('title')?.startsWith('@')) a.remove();
    else if (/♬|\/music\//.test(`${textOf(a)} ${a.getAttribute('href') ?? ''}`)) a.remove();
  return post('tiktok', url, textOf(copy), handle ? { name: handle, handle } : undefined);
}

function threads(bq: Element, base?: string): Recognised {
  const url = withoutQuery(
    resolveUrl(bq.getAttribute('data-text-post-permalink') ?? bq.querySelector('a')?.getAttribute('href'), base),
  );
  const text = Array.from(bq.querySelectorAll('p'))
    .map(postText)
    .filter((t) => t && !/^view on threads$/i.test(t))
    .join('\n\n');
  const handle = /threads\.(?:net|com)\/@([\w.]+)/.exec(url ?? '')?.[1];
  return post('threads', url, text, handle ? { name: handle, handle } : undefined);
}

/** The canonical page of a YouTube or Vimeo video from any of its player or page addresses. */
export function videoPage(url: string | undefined): { provider: 'youtube' | 'vimeo'; url: string } | undefined {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase().replace(/^(?:www\.|m\.)/, '');
  const parts = u.pathname.split('/').filter(Boolean);
  if (onDomain(host, 'youtube.com', 'youtube-nocookie.com', 'youtu.be')) {
    const id =
      host === 'youtu.be'
        ? parts[0]
        : parts[0] === 'embed' || parts[0] === 'v' || parts[0] === 'shorts' || parts[0] === 'live'
          ? parts[1]
          : parts[0] === 'watch'
            ? u.searchParams.get('v')
            : undefined;
    const page = id && `https://www.youtube.com/watch?v=${id}`;
    return page && videoPath('youtube', page) ? { provider: 'youtube', url: page } : undefined;
  }
  if (onDomain(host, 'vimeo.com')) {
    const [id, hash] =
      host === 'player.vimeo.com' && parts[0] === 'video' ? [parts[1], u.searchParams.get('h')] : [parts[0], parts[1]];
    const page = id && `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`;
    return page && videoPath('vimeo', page) ? { provider: 'vimeo', url: page } : undefined;
  }
  return undefined;
}

const PROVIDER = { youtube: 'YouTube', vimeo: 'Vimeo' } as const;

/** A video block for a YouTube or Vimeo address, or undefined when it is not one. */
export function videoFromUrl(
  src: string | undefined,
  title: string | undefined,
  size?: { width?: number; height?: number },
): Recognised | undefined {
  const page = videoPage(src);
  if (!page) return undefined;
  const name = squish(title);
  const problems = name ? [] : [`video without a title; "${PROVIDER[page.provider]} video" used`];
  const sized = size?.width && size?.height ? { width: size.width, height: size.height } : {};
  return found(
    [
      {
        type: 'video',
        provider: page.provider,
        url: page.url,
        title: name || `${PROVIDER[page.provider]} video`,
        ...sized,
      },
    ],
    ...problems,
  );
}

/** Frames that are page furniture: ads, trackers, like buttons, comment widgets. */
const FURNITURE_FRAME =
  /(?:doubleclick|googlesyndication|googletagmanager|amazon-adsystem|adnxs|taboola|outbrain|disqus|facebook\.com\/plugins\/(?:like|share|page|follow)|platform\.twitter\.com\/widgets\/(?:follow|tweet_button)|newsletter|subscribe|recaptcha|[?&](?:tclick|click_data|adurl)=|[/_-]ads?(?:[/_.-]|$))/i;

/** Providers of charts, maps, audio and other interactive pieces: shown as `embed` blocks. */
const EMBED_PROVIDERS: [domain: string, name: string][] = [
  ['datawrapper.dwcdn.net', 'Datawrapper'],
  ['datawrapper.de', 'Datawrapper'],
  ['flo.uri.sh', 'Flourish'],
  ['flourish.studio', 'Flourish'],
  ['infogram.com', 'Infogram'],
  ['public.tableau.com', 'Tableau'],
  ['observablehq.com', 'Observable'],
  ['google.com', 'Google Maps'],
  ['openstreetmap.org', 'OpenStreetMap'],
  ['arcgis.com', 'ArcGIS'],
  ['mapbox.com', 'Mapbox'],
  ['knightlab.com', 'Knight Lab'],
  ['open.spotify.com', 'Spotify'],
  ['soundcloud.com', 'SoundCloud'],
  ['podcasts.apple.com', 'Apple Podcasts'],
  ['embed.podcasts.apple.com', 'Apple Podcasts'],
  ['bandcamp.com', 'Bandcamp'],
  ['codepen.io', 'CodePen'],
  ['documentcloud.org', 'DocumentCloud'],
  ['scribd.com', 'Scribd'],
  ['giphy.com', 'GIPHY'],
  ['player.twitch.tv', 'Twitch'],
  ['dailymotion.com', 'Dailymotion'],
  ['ted.com', 'TED'],
];

/** Any frame: a video, a post without a snapshot, an interactive piece, furniture, or a link. */
export function fromFrame(
  src: string | undefined,
  title: string | undefined,
  width?: number,
  height?: number,
): Recognised {
  if (!src || FURNITURE_FRAME.test(src)) return DROP;
  const video = videoFromUrl(src, title, { width, height });
  if (video) return video;
  const host = hostOf(src);
  if (!host) return DROP;
  if (onDomain(host, 'twitter.com', 'x.com')) {
    const id = /[?&]id=(\d+)/.exec(src)?.[1];
    return postLink('x', id ? `https://x.com/i/status/${id}` : undefined);
  }
  if (onDomain(host, 'instagram.com')) return postLink('instagram', src.replace(/\/embed.*$/, '/'));
  if (onDomain(host, 'bsky.app')) return postLink('bluesky', undefined);
  if (onDomain(host, 'threads.net', 'threads.com')) return postLink('threads', src.replace(/\/embed.*$/, ''));
  if (onDomain(host, 'tiktok.com')) return postLink('tiktok', src);
  if (/\/@[\w.-]+\/\d+\/embed/.test(src)) return postLink('mastodon', src.replace(/\/embed$/, ''));
  const frame = src;
  const known = EMBED_PROVIDERS.find(([d]) => onDomain(host, d) && (d !== 'google.com' || /\/maps/.test(frame)));
  const name = squish(title);
  // The providers all serve https; a page's http:// or protocol-relative frame address is upgraded.
  if (known) {
    src = src.replace(/^http:/, 'https:');
    const box =
      width && height && !/%/.test(String(width)) ? { aspectRatio: `${width}/${height}` } : height ? { height } : {};
    return found([{ type: 'embed', url: src, title: name || `${known[1]} embed`, provider: known[1], ...box }]);
  }
  return found(
    [{ type: 'link', url: src, headline: name || `Embedded content from ${host}` }],
    `iframe from an unknown provider kept as a link`,
  );
}

/** The poster of a `<video>` or `amp-video`, as a photo. */
function poster(el: Element, base?: string): Photo | undefined {
  const src = resolveUrl(el.getAttribute('poster'), base);
  return src ? { src, alt: '' } : undefined;
}

/** The publisher's own video file. */
function fileVideo(el: Element, base?: string, title?: string): Recognised {
  const source =
    el.getAttribute('src') ??
    Array.from(el.querySelectorAll('source'))
      .map((s) => s.getAttribute('src'))
      .find(Boolean);
  const src = resolveUrl(source, base);
  if (!src || src.startsWith('mailto:')) return DROP;
  const name = squish(el.getAttribute('title') ?? el.getAttribute('aria-label') ?? title);
  const width = dimension(el.getAttribute('width'));
  const height = dimension(el.getAttribute('height'));
  return found(
    [
      {
        type: 'video',
        provider: 'file',
        url: src,
        src,
        title: name || 'Video',
        poster: poster(el, base),
        ...(width && height ? { width, height } : {}),
      },
    ],
    ...(name ? [] : ['video without a title; "Video" used']),
  );
}

/** A frame's source, lazy-loading attributes included. */
const frameSrc = (el: Element) =>
  el.getAttribute('src') ||
  el.getAttribute('data-src') ||
  el.getAttribute('data-lazy-src') ||
  el.getAttribute('data-url');

/**
 * The blocks an embed element stands for, or undefined when `el` is not an embed. Called on every
 * element before the content is extracted, so that embeds survive the extractor as placeholders.
 */
export function recognise(el: Element, base?: string): Recognised | undefined {
  const tag = tagOf(el);
  const cls = ` ${(el.getAttribute('class') ?? '').toLowerCase()} `;
  if (tag === 'blockquote') {
    if (/ twitter-(?:tweet|video) /.test(cls)) return tweetFromBlockquote(el, base);
    if (/ bluesky-embed /.test(cls) || el.hasAttribute('data-bluesky-uri')) return bluesky(el, base);
    if (/ instagram-media /.test(cls)) return instagram(el, base);
    if (/ tiktok-embed /.test(cls)) return tiktok(el, base);
    if (/ mastodon-embed /.test(cls)) return mastodon(el, base);
    if (/ text-post-media /.test(cls) || el.hasAttribute('data-text-post-permalink')) return threads(el, base);
    return undefined;
  }
  const width = dimension(el.getAttribute('width'));
  const height = dimension(el.getAttribute('height'));
  const title = el.getAttribute('title') ?? el.getAttribute('aria-label') ?? undefined;
  switch (tag) {
    case 'iframe':
    case 'amp-iframe':
    case 'embed': {
      // A frame nobody sees (0×0, display: none) is a tracker or a preloader, never content.
      const invisible =
        /^\s*[01](?:px)?\s*$/.test(el.getAttribute('width') ?? '') ||
        /^\s*[01](?:px)?\s*$/.test(el.getAttribute('height') ?? '') ||
        /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
      if (invisible) return DROP;
      const src = resolveUrl(frameSrc(el), base);
      if (!src && /mastodon-embed/.test(cls)) return DROP;
      return fromFrame(src, title, width, height);
    }
    case 'video':
    case 'amp-video':
      return fileVideo(el, base, title);
    case 'amp-youtube': {
      const id = el.getAttribute('data-videoid');
      return (id && videoFromUrl(`https://www.youtube.com/watch?v=${id}`, title, { width, height })) || DROP;
    }
    case 'amp-vimeo': {
      const id = el.getAttribute('data-videoid');
      return (id && videoFromUrl(`https://vimeo.com/${id}`, title, { width, height })) || DROP;
    }
    case 'amp-twitter': {
      const bq = el.querySelector('blockquote');
      if (bq && textOf(bq.querySelector('p'))) return tweetFromBlockquote(bq, base);
      const id = el.getAttribute('data-tweetid');
      return postLink('x', id ? `https://x.com/i/status/${id}` : undefined);
    }
    case 'amp-instagram': {
      const code = el.getAttribute('data-shortcode');
      return postLink('instagram', code ? `https://www.instagram.com/p/${code}/` : undefined);
    }
    case 'amp-bluesky':
    case 'amp-tiktok':
    case 'amp-mastodon':
      return postLink(tag.slice(4) as PostNetwork, resolveUrl(el.getAttribute('data-src'), base));
    case 'amp-ad':
    case 'amp-embed':
    case 'amp-analytics':
    case 'amp-pixel':
    case 'amp-facebook-like':
    case 'amp-facebook-page':
    case 'amp-social-share':
    case 'amp-sidebar':
    case 'amp-consent':
    case 'amp-user-notification':
    case 'amp-sticky-ad':
    case 'amp-auto-ads':
    case 'amp-list':
    case 'amp-next-page':
    case 'object':
      return DROP;
    case 'amp-facebook':
      return found([], 'post on Facebook left out (no snapshot in the page)');
    default:
      return undefined;
  }
}
