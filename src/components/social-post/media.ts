/**
 * What <tweet-embed> and <social-post> share: the photo grid of a post (one to four photos in
 * reserved boxes), which images sit on a network's own servers (and so wait for consent), and the
 * styles of a quoted post nested in the slot "quoted". <tweet-embed> is in the core bundle, so this
 * file is too: it is kept to what both need.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';

/** A photo of a post, as the elements take it (the `media` attribute is JSON of a list of these). */
export interface PostPhoto {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
}

// Two strokes in a square: our own mark for "a post on X", not X's logo file.
export const X_MARK = /* @__PURE__ */ svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M4 3h4.6l11.4 18h-4.6z"/><path d="M18.3 3h2.2l-7.2 8.2-1.2-1.8zM10.9 13.6l1.2 1.8L5.7 21H3.5z"/></svg>`;

/** X's hosts (pages and media, with their subdomains: pbs.twimg.com); networks.ts has the others'. */
export const X_HOSTS: Record<string, string> = { 'twimg.com': 'x', 'x.com': 'x', 'twitter.com': 'x' };

/**
 * The network whose servers `src` is on, if any: in `hosts` (host -> network, matched with its
 * subdomains; 'meta' is Threads or Instagram, whichever the post is on), or `network` itself for
 * `home` (a Mastodon post's instance). Relative and same-origin images are on none.
 */
export function mediaNetwork(src: string, hosts = X_HOSTS, network?: string, home?: string): string | undefined {
  let host: string;
  try {
    host = new URL(src, typeof document === 'undefined' ? 'https://same-origin.invalid/' : document.baseURI).hostname;
  } catch {
    return undefined;
  }
  for (let h = host.toLowerCase(); h; h = h.slice(h.indexOf('.') + 1 || h.length)) {
    if (h === home) return network;
    const owner = Object.hasOwn(hosts, h) ? hosts[h] : undefined;
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
// Own properties only: a polluted Object.prototype is not data.
const own = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

export function mediaGrid(
  media: unknown,
  safe: (src: unknown) => string | undefined,
  held: (src: string) => boolean,
): TemplateResult | typeof nothing {
  const photos = (Array.isArray(media) ? media : []).slice(0, 4).flatMap((p) => {
    const src = safe(own(p, 'src'));
    const alt = own(p, 'alt');
    return src
      ? [{ src, alt: typeof alt === 'string' ? alt : '', w: Number(own(p, 'width')), h: Number(own(p, 'height')) }]
      : [];
  });
  if (!photos.length) return nothing;
  const [first] = photos;
  // A spacer svg sets a single photo's shape: no style attribute, which a strict CSP would block.
  const ratio = first.w > 0 && first.h > 0 ? Math.min(2, Math.max(0.8, first.w / first.h)) : 16 / 9;
  // Classes, not a count attribute: the CSS names the two layouts that differ (one, three).
  return html`<div part="media" class="media ${['', 'one', '', 'three'][photos.length] ?? ''}">
    ${photos.length === 1 ? svg`<svg aria-hidden="true" viewBox="0 0 ${Math.round(ratio * 900)} 900"></svg>` : nothing}${photos.map(
      (p) =>
        held(p.src)
          ? html`<span role=${p.alt ? 'img' : 'presentation'} aria-label=${p.alt || nothing}></span>`
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
  .one {
    display: block;
    aspect-ratio: auto;
  }
  .three > :first-child {
    grid-row: span 2;
  }
  .media > * {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 10%, transparent);
    color: transparent;
  }
  .one > :not(svg) {
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
  :host([slot='quoted']) [part='logo'] {
    display: none;
  }
`;
