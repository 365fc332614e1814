/**
 * What <tweet-embed> and <social-post> share: the photo grid of a post (one to four photos in
 * reserved boxes), which images sit on a network's own servers (and so wait for consent), and the
 * styles of a quoted post nested in the slot "quoted". <tweet-embed> is in the core bundle, so this
 * file is too: it is kept to what both need.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { ownProp } from '../../internal/templates.js';

/** A photo of a post, as the elements take it (the `media` attribute is JSON of a list of these). */
export interface PostPhoto {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
}

// Hosts of each network's pages and media, matched with their subdomains (pbs.twimg.com, cdn.bsky.app,
// scontent-…cdninstagram.com). Meta's image servers serve Threads and Instagram alike: 'meta' stands
// for whichever of the two the post is on. A Mastodon instance's host comes from the post's address.
const HOSTS: Record<string, string> = {
  'twimg.com': 'x',
  'x.com': 'x',
  'twitter.com': 'x',
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

/**
 * The network whose servers `src` is on, if any: the table's, or `network` itself for `home` (a
 * Mastodon post's instance) and its subdomains. Relative and same-origin images are on none.
 */
export function mediaNetwork(src: string, network: string, home?: string): string | undefined {
  let host: string;
  try {
    host = new URL(src, typeof document === 'undefined' ? 'https://same-origin.invalid/' : document.baseURI).hostname;
  } catch {
    return undefined;
  }
  for (let h = host.toLowerCase(); h; h = h.slice(h.indexOf('.') + 1 || h.length)) {
    if (h === home) return network;
    const owner = Object.hasOwn(HOSTS, h) ? HOSTS[h] : undefined;
    if (owner) return owner !== 'meta' ? owner : network === 'threads' ? network : 'instagram';
  }
  return undefined;
}

/** The `media` attribute: a JSON list (anything else is no media). */
export const mediaAttribute = {
  fromAttribute: (value: string | null): unknown[] | undefined => {
    try {
      const list: unknown = JSON.parse(value ?? '');
      return Array.isArray(list) ? list : undefined;
    } catch {
      return undefined;
    }
  },
};

/**
 * The photo grid: one photo in a box of its own shape (kept between 4:5 and 2:1, 16:9 without a
 * size), two to four in a 16:9 box, so nothing moves when they arrive or fail. A photo for which
 * `held(src)` is true is a neutral box, named by its alt text, until its network is allowed.
 * `safe` is the element's URL check (it warns, naming the field).
 */
export function mediaGrid(
  media: unknown,
  safe: (src: unknown) => string | undefined,
  held: (src: string) => boolean,
): TemplateResult | typeof nothing {
  const photos = (Array.isArray(media) ? media : []).slice(0, 4).flatMap((p) => {
    const src = safe(ownProp(p, 'src'));
    const alt = ownProp(p, 'alt');
    return src ? [{ src, alt: typeof alt === 'string' ? alt : '', w: Number(ownProp(p, 'width')), h: Number(ownProp(p, 'height')) }] : [];
  });
  if (!photos.length) return nothing;
  const [first] = photos;
  // A spacer svg sets a single photo's shape: no style attribute, which a strict CSP would block.
  const ratio = first.w > 0 && first.h > 0 ? Math.min(2, Math.max(0.8, first.w / first.h)) : 16 / 9;
  return html`<div part="media" class="media" data-count=${photos.length}>
    ${photos.length === 1 ? svg`<svg class="spacer" aria-hidden="true" viewBox="0 0 ${Math.round(ratio * 900)} 900"></svg>` : nothing}${photos.map(
      (p) =>
        held(p.src)
          ? html`<span class="held" role=${p.alt ? 'img' : 'presentation'} aria-label=${p.alt || nothing}></span>`
          : html`<img src=${p.src} alt=${p.alt} loading="lazy" decoding="async" />`,
    )}
  </div>`;
}

export const mediaStyles = /* @__PURE__ */ css`
  .media {
    position: relative;
    display: grid;
    grid-template-columns: 1fr 1fr;
    grid-auto-rows: minmax(0, 1fr);
    gap: 2px;
    aspect-ratio: 16 / 9;
    margin-block-start: 0.75rem;
    border-radius: var(--article-post-media-radius, 0.75rem);
    overflow: hidden;
  }
  .media[data-count='1'] {
    display: block;
    aspect-ratio: auto;
  }
  .media[data-count='3'] > :first-child {
    grid-row: span 2;
  }
  .spacer {
    display: block;
    inline-size: 100%;
  }
  .media img,
  .held {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 10%, transparent);
    color: transparent;
  }
  .media[data-count='1'] > :not(.spacer) {
    position: absolute;
    inset: 0;
  }
  ::slotted([slot='quoted']) {
    display: block;
    margin-block-start: 0.75rem;
  }
  /* A quoted post: a smaller card inside the post, without a button of its own (the post's loads both). */
  :host([slot='quoted']) [part='card'] {
    padding: 0.75rem;
  }
  :host([slot='quoted']) [part='avatar'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    font-size: 0.625rem;
  }
  :host([slot='quoted']) [part='header'] {
    margin-block-end: 0.5rem;
  }
  :host([slot='quoted']) [part='logo'] {
    display: none;
  }
  :host([slot='quoted']) [part='footer'] {
    margin-block-start: 0.5rem;
    padding-block-start: 0.5rem;
  }
`;
