/**
 * The six networks of `post` blocks: which addresses are posts, where the official embed of a post
 * lives, how handles are written, where mentions and hashtags lead, and each network's mark. Shared
 * by the block's normalizer and <social-post>. Every check is URL parsing and short anchored
 * patterns: linear, whatever the input.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { postId, X_LINKS, type LinkRules } from '../../internal/linkify.js';
import { X_HOSTS, X_MARK } from './media.js';

export const NETWORKS = ['x', 'bluesky', 'mastodon', 'threads', 'instagram', 'tiktok'] as const;
export type Network = (typeof NETWORKS)[number];

// Hosts of each network's pages and media, matched with their subdomains (pbs.twimg.com, cdn.bsky.app,
// scontent-…cdninstagram.com). Meta's image servers serve Threads and Instagram alike: 'meta' stands
// for whichever of the two the post is on. A Mastodon instance's host comes from the post's address.
export const HOSTS: Record<string, string> = {
  ...X_HOSTS,
  'bsky.app': 'bluesky',
  'bsky.social': 'bluesky',
  'bsky.network': 'bluesky',
  'threads.net': 'threads',
  'threads.com': 'threads',
  'instagram.com': 'instagram',
  'cdninstagram.com': 'meta',
  'fbcdn.net': 'meta',
  'tiktok.com': 'tiktok',
  'tiktokcdn.com': 'tiktok',
  'tiktokcdn-us.com': 'tiktok',
  'ibyteimg.com': 'tiktok',
};

/** The network's name as readers know it. */
export const NETWORK_NAMES: Record<Network, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

/** The shape of a post's address, for warnings. */
export const POST_SHAPES: Record<Network, string> = {
  x: 'https://x.com/<handle>/status/<id>',
  bluesky: 'https://bsky.app/profile/<handle>/post/<id>',
  mastodon: 'https://<instance>/@<user>/<id>',
  threads: 'https://www.threads.net/@<user>/post/<code>',
  instagram: 'https://www.instagram.com/p/<code>/ or /reel/<code>/',
  tiktok: 'https://www.tiktok.com/@<user>/video/<id>',
};

/** A post's address, taken apart. */
export interface PostAddress {
  /** The host: for Mastodon, the instance. */
  host: string;
  /** The author as the address names them (Bluesky: handle or DID; Threads, TikTok: with "@"). */
  user: string;
  id: string;
  /** Instagram: 'p' or 'reel'. */
  kind?: string;
}

const NAME = /^@[\w.]{1,30}$/;
const CODE = /^[\w-]{1,40}$/;

/** `url` taken apart when it is the address of a post on `network` (https only), else undefined. */
export function postAddress(network: string | undefined, url: string | undefined): PostAddress | undefined {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return undefined;
  const host = u.hostname.toLowerCase();
  const bare = host.replace(/^(?:www|m|mobile)\./, '');
  const [a = '', b = '', c = '', d = '', e] = u.pathname.split('/').slice(1);
  const post = (user: string, id: string, kind?: string): PostAddress => ({ host, user, id, kind });
  switch (network) {
    case 'x': {
      const id = postId(u.href);
      return id ? post(a, id) : undefined;
    }
    case 'bluesky':
      return bare === 'bsky.app' &&
        a === 'profile' &&
        /^[\w.:-]{1,253}$/.test(b) &&
        c === 'post' &&
        /^[\w.~:-]{1,64}$/.test(d) &&
        !e
        ? post(b, d)
        : undefined;
    // Any instance: the path is what makes it a post (/@user/123, or /@user@remote/123 for a
    // remote account's post seen on this instance).
    case 'mastodon':
      return /^@\w{1,64}(?:@[\w.-]{1,253})?$/.test(a) && /^\d{1,20}$/.test(b) && !c ? post(a.slice(1), b) : undefined;
    case 'threads':
      return /^threads\.(?:net|com)$/.test(bare) && NAME.test(a) && b === 'post' && CODE.test(c) && !d
        ? post(a, c)
        : undefined;
    case 'instagram':
      return bare === 'instagram.com' && (a === 'p' || a === 'reel') && CODE.test(b) && !c ? post('', b, a) : undefined;
    case 'tiktok':
      return bare === 'tiktok.com' && NAME.test(a) && b === 'video' && /^\d{1,20}$/.test(c) && !d
        ? post(a, c)
        : undefined;
  }
  return undefined;
}

/**
 * Where each network's official embed of a post is loaded from; `embedPath` is appended. Each is a
 * frame on the network's own origin (Mastodon's: the post's instance, hence the bare scheme).
 */
export const EMBEDS: Record<Network, string> = {
  x: 'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=',
  bluesky: 'https://embed.bsky.app/embed/',
  mastodon: 'https://',
  threads: 'https://www.threads.net/',
  instagram: 'https://www.instagram.com/',
  tiktok: 'https://www.tiktok.com/embed/v2/',
};

/**
 * The official embed's path for the post at `p`. Bluesky's embed takes the author as the address
 * has it (a handle, or a DID, which is sturdier: a handle can change hands).
 */
export function embedPath(network: Network, p: PostAddress): string {
  switch (network) {
    case 'bluesky':
      return `${p.user}/app.bsky.feed.post/${p.id}`;
    case 'mastodon':
      return `${p.host}/@${p.user}/${p.id}/embed`;
    case 'threads':
      return `${p.user}/post/${p.id}/embed`;
    case 'instagram':
      return `${p.kind}/${p.id}/embed/captioned/`;
    default:
      return p.id;
  }
}

/**
 * The handle as the network writes it: `@name@instance` on Mastodon (the instance from the post's
 * address when the data has only the name), `name.bsky.social` on Bluesky (a domain, no "@"; a bare
 * name is on bsky.social), `@name` elsewhere.
 */
export function handleOf(network: string | undefined, handle: string | undefined, host?: string): string {
  const h = handle?.trim().replace(/^@/, '');
  if (!h) return '';
  if (network === 'bluesky') return h.includes('.') ? h : `${h}.bsky.social`;
  if (network === 'mastodon' && !h.includes('@') && host) return `@${h}@${host}`;
  return `@${h}`;
}

const linkCache = new Map<string, LinkRules>();

/**
 * Mentions and hashtags on each network: what a mention looks like and where both lead (Mastodon's
 * to the post's instance, which shows remote accounts and tags too).
 */
export function linkRules(network: Network, host = ''): LinkRules {
  if (network === 'x') return X_LINKS;
  const key = `${network} ${host}`;
  let rules = linkCache.get(key);
  if (rules) return rules;
  // Names made of words joined by dots (never ending in one): "@ana.b." links "@ana.b".
  const dotted = '\\w+(?:\\.\\w+)*';
  const tag = encodeURIComponent;
  const site = {
    bluesky: ['[a-zA-Z\\d-]+(?:\\.[a-zA-Z\\d-]+)+', 'https://bsky.app/profile/', '', 'https://bsky.app/hashtag/'],
    mastodon: ['\\w+(?:@[a-zA-Z\\d-]+(?:\\.[a-zA-Z\\d-]+)+)?', `https://${host}/@`, '', `https://${host}/tags/`],
    threads: [dotted, 'https://www.threads.net/@', '', 'https://www.threads.net/search?serp_type=tags&q='],
    instagram: [dotted, 'https://www.instagram.com/', '/', 'https://www.instagram.com/explore/tags/'],
    tiktok: [dotted, 'https://www.tiktok.com/@', '', 'https://www.tiktok.com/tag/'],
  }[network];
  rules = {
    at: site[0],
    user: (name) => site[1] + name + site[2],
    tag: (t) => site[3] + tag(t) + (network === 'instagram' ? '/' : ''),
  };
  linkCache.set(key, rules);
  return rules;
}

// Our own simple marks (not the networks' logo files), drawn on a 24-unit grid in currentColor.
export const MARKS: Record<Network, SVGTemplateResult> = {
  x: X_MARK,
  // Two wings.
  bluesky: svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 11C9.5 6.5 5.5 3.5 3.5 4.5 1.5 5.5 3 11 6.5 12.2 3.5 13 3.5 16.5 6 18c2.5 1.5 5-2 6-5 1 3 3.5 6.5 6 5 2.5-1.5 2.5-5-.5-5.8C21 11 22.5 5.5 20.5 4.5 18.5 3.5 14.5 6.5 12 11z"/></svg>`,
  // A speech bubble with an "m".
  mastodon: svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M4 5.5C4 4 5 3 6.5 3h11C19 3 20 4 20 5.5v8c0 1.5-1 2.5-2.5 2.5H10c-1.5 0-2 1-1.5 2.5L9 20c-3-.5-5-2.5-5-6z"/><path d="M8 13V9.5a1.5 1.5 0 0 1 4 0V13m0-3.5a1.5 1.5 0 0 1 4 0V13"/></svg>`,
  // A looped "@".
  threads: svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="3.5"/><path d="M15.5 12v1.5a2.5 2.5 0 0 0 5 0V12a8.5 8.5 0 1 0-3.5 6.9"/></svg>`,
  // A camera: rounded square, lens and flash.
  instagram: svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="3" width="18" height="18" rx="5"/><circle cx="12" cy="12" r="4"/><circle cx="17.3" cy="6.7" r="1" fill="currentColor" stroke="none"/></svg>`,
  // A note.
  tiktok: svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"><path d="M13 3v12.5a3.5 3.5 0 1 1-3.5-3.5"/><path d="M13 3c.5 3 2.5 5 6 5.2"/></svg>`,
};
