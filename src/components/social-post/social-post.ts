import type { PropertyValues } from 'lit';
import { requestEmbed } from '../../internal/consent.js';
import { safeUrl } from '../../internal/url.js';
import { TweetEmbed, type LivePostLoader, type PostNetwork } from '../tweet-embed/tweet-embed.js';
import {
  EMBEDS,
  embedPath,
  handleOf,
  HOSTS,
  linkRules,
  MARKS,
  NETWORK_NAMES,
  NETWORKS,
  postAddress,
  POST_SHAPES,
  type Network,
} from './networks.js';

/**
 * Renders the official embed at `url` (the frame's address) into `target`, a light-DOM element in
 * the slot "live" whose `data-network`, `data-title` and `data-height` (the card's height) describe
 * the post; rejects when it could not. `SocialPost.loader` replaces it for every instance (tests
 * never reach a network).
 */
export type SocialPostLoader = LivePostLoader;

/** A height a network's frame posted about itself, wherever its message format keeps it. */
function heightIn(data: unknown, depth = 0): number | undefined {
  if (typeof data === 'string' && !depth)
    try {
      data = JSON.parse(data);
    } catch {
      return undefined;
    }
  if (!data || typeof data !== 'object' || depth > 3) return undefined;
  for (const [key, value] of Object.entries(data).slice(0, 20)) {
    const h = key === 'height' ? Number(value) : heightIn(value, depth + 1);
    if (h! > 40 && h! < 5000) return h;
  }
  return undefined;
}

/**
 * The default loader: the network's official embed in a frame, on the network's own origin. A frame
 * reports `load` even for the network's own error page (a deleted post), which no page can read
 * across origins: so the link to the original stays below the live post. No answer within
 * `SocialPost.timeout` is a failure.
 */
const loadFrame: SocialPostLoader = (url, target) =>
  new Promise((resolve, reject) => {
    const { network, title, height } = target.dataset;
    const frame = document.createElement('iframe');
    // No wider than a post needs: its scripts and its own storage, and links that open its site.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    if (network === 'tiktok') frame.allow = 'encrypted-media; fullscreen; picture-in-picture';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.title = title ?? '';
    // The card's height to start with, then the network's own height messages. (CSSOM, not a style
    // attribute: a strict CSP allows it.)
    frame.style.cssText = `display:block;inline-size:100%;border:0;block-size:${Number(height) || 560}px`;
    const timer = setTimeout(
      () => reject(new Error(`no answer in ${SocialPost.timeout / 1000} s`)),
      SocialPost.timeout,
    );
    frame.onload = () => {
      clearTimeout(timer);
      // Mastodon's frame tells its height when asked.
      if (network === 'mastodon') frame.contentWindow?.postMessage({ type: 'setHeight', id: 1 }, '*');
      resolve();
    };
    const onMessage = (event: MessageEvent) => {
      if (!frame.isConnected) return removeEventListener('message', onMessage);
      const h = event.source === frame.contentWindow && heightIn(event.data);
      if (h) frame.style.blockSize = `${h}px`;
    };
    addEventListener('message', onMessage);
    frame.src = url;
    target.append(frame);
  });

/**
 * A post on X, Bluesky, Mastodon, Threads, Instagram or TikTok, shown from a snapshot the page
 * supplies: the network's mark, the author with the handle written the network's way, the text
 * with URLs, mentions and hashtags linked, up to four photos, a quoted post, the date and a link to
 * the original. Nothing reaches the network until the reader presses "Load post from Bluesky" (and
 * so on) or the page calls `allowEmbeds([network])`: then the official embed replaces the card.
 * Images on the network's own servers (avatar, photos) wait for the same consent: initials and
 * neutral boxes until then. If the live post fails, the snapshot and its link stay. The card is
 * `<tweet-embed>`'s: the same parts, slots and custom properties.
 *
 * @tagname social-post
 * @summary Privacy-first card for a post on a social network, with its official embed on request.
 *
 * @slot - The post's text, e.g. `<p>…</p>`; keep it in the markup so it reads without script. Falls back to `text`, linkified.
 * @slot author - The author's display name. Falls back to `author-name`.
 * @slot quoted - A quoted post: a `<social-post slot="quoted">` on the same network, shown as a smaller card inside this one.
 * @slot live - Filled by the element with the official embed once it loads.
 *
 * @csspart card - The snapshot card.
 * @csspart header - Avatar, name, handle and mark.
 * @csspart avatar - The avatar image or initials.
 * @csspart name - The author's name.
 * @csspart handle - The handle, linked to the profile.
 * @csspart logo - The network's mark.
 * @csspart text - The post's text.
 * @csspart media - The grid of one to four photos (`media`).
 * @csspart footer - Date, link and button.
 * @csspart date - The post's date, linked to the original.
 * @csspart link - The "View on Bluesky" link (below the live post too).
 * @csspart load-button - The "Load post from Bluesky" button.
 * @csspart notice - Privacy note and loading or failure messages.
 *
 * @cssproperty [--article-tweet-embed-max-width=none] - Card width limit (by default the card fills its column; one card style for every network).
 * @cssproperty [--article-tweet-embed-radius=var(--article-radius)] - Card corner radius.
 * @cssproperty [--article-tweet-embed-border-color=var(--article-color-rule)] - Card border.
 * @cssproperty [--article-tweet-embed-background=var(--article-color-surface)] - Card background.
 * @cssproperty [--article-tweet-embed-font-size=1.0625rem] - Post text size.
 * @cssproperty [--article-post-media-radius=0.75rem] - Corner radius of the photo grid.
 *
 * @event {CustomEvent<{ provider: string; url: string }>} embed-activate - The official embed is about to load (a press, or `allowEmbeds`); `provider` is the network, `url` the frame's address. Cancelable: `preventDefault()` stops it.
 * @event {CustomEvent<void>} social-post-load - The live post loaded.
 * @event {CustomEvent<{ message: string }>} social-post-error - The live post could not be loaded; the snapshot stays. `detail.message` says why.
 */
export class SocialPost extends TweetEmbed {
  // Reactive properties beside <tweet-embed>'s (url, author-name, handle, avatar, published, text, media, live).
  static override properties = {
    network: {},
    authorUrl: { attribute: 'author-url' },
  };

  /** Where each network's official embed is loaded from (see networks.ts). Tests point these at blank frames. */
  static embeds: Record<Network, string> = { ...EMBEDS };

  /** Loader used by every instance without its own. */
  static override loader: SocialPostLoader = loadFrame;

  /** How long the default loader waits for the network's frame, in milliseconds. */
  static timeout = 15000;

  protected static override events = 'social-post';

  /** 'x', 'bluesky', 'mastodon', 'threads', 'instagram' or 'tiktok'. Without it, taken from `url`. */
  network?: Network;

  /** The author's profile page; by default the handle's page on the network. */
  authorUrl?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('network') && this.network && !NETWORKS.includes(this.network))
      this.warn(`network "${this.network}" is not one of ${NETWORKS.join(', ')}`);
  }

  protected override postNetwork(): PostNetwork {
    const given = this.network;
    const id = given && NETWORKS.includes(given) ? given : (NETWORKS.find((n) => postAddress(n, this.url)) ?? 'x');
    const name = NETWORK_NAMES[id];
    const url = this.safe('url', this.url, (value, reject) => {
      const safe = safeUrl(value, reject);
      if (safe && !postAddress(id, safe))
        reject?.(`not the address of a post on ${name} (${POST_SHAPES[id]}); left out`);
      return postAddress(id, safe) && safe;
    });
    const host = postAddress(id, url)?.host;
    const home = id === 'mastodon' ? host : undefined;
    const handle = handleOf(id, this.handle, home);
    const rules = linkRules(id, home);
    // The profile of the handle as given: Mastodon's `name` is on the post's instance.
    const bare = id === 'mastodon' ? this.handle?.trim().replace(/^@/, '') : handle.replace(/^@/, '');
    return {
      id,
      name,
      url,
      host: host ?? '',
      handle,
      // The data's profile, else the handle's page (on Mastodon, only with the instance known).
      profile:
        this.safe('author-url', this.authorUrl) ?? (bare && (id !== 'mastodon' || home) ? rules.user(bare) : undefined),
      mark: MARKS[id],
      rules,
      hosts: HOSTS,
      home,
    };
  }

  protected override embedUrl(net: PostNetwork): string | undefined {
    const id = net.id as Network;
    const address = postAddress(id, net.url);
    // Own property only: a polluted Object.prototype must not redirect the embed.
    const embeds = (this.constructor as typeof SocialPost).embeds;
    return address && (Object.hasOwn(embeds, id) ? embeds[id] : EMBEDS[id]) + embedPath(id, address);
  }

  protected override ask(net: PostNetwork, url: string): boolean {
    return requestEmbed(this, net.id, url);
  }

  protected override embed(url: string, target: HTMLElement): Promise<void> {
    target.dataset.network = this.postNetwork().id;
    target.dataset.title = this.renderRoot.querySelector('[part=card]')?.getAttribute('aria-label') ?? '';
    const mine = Object.hasOwn(this, 'loader') ? this.loader : undefined;
    return (typeof mine === 'function' ? mine : (this.constructor as typeof SocialPost).loader)(
      url,
      target,
      this.locale,
    );
  }
}
