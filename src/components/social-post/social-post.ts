import { css, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { embedAllowed, onEmbedsAllowed, requestEmbed } from '../../internal/consent.js';
import { formatDate, initials, msg } from '../../internal/i18n.js';
import { linkify } from '../../internal/linkify.js';
import { timeTag } from '../../internal/templates.js';
import { styles } from '../tweet-embed/tweet-embed.styles.js';
import { mediaAttribute, mediaGrid, mediaNetwork } from './media.js';
import {
  EMBEDS,
  embedPath,
  handleOf,
  linkRules,
  MARKS,
  NETWORK_NAMES,
  NETWORKS,
  postAddress,
  POST_SHAPES,
  type Network,
} from './networks.js';

declare module '../../internal/i18n.js' {
  interface Messages {
    /** The card's name; `{name}` is the author, `{network}` the network. */
    postOn: string;
    /** `{name}` is the network (Bluesky, Mastodon…). */
    viewOn: string;
    loadPostFrom: string;
    loadingPostFrom: string;
    embedPrivacy: string;
    /** After a link; `{name}` is the site's host. */
    opensHost: string;
  }
}

/**
 * Renders the official embed at `url` into `target` (a light-DOM element in the slot "live");
 * rejects when it could not. Injectable (`SocialPost.loader`) so tests never reach a network.
 */
export type SocialPostLoader = (url: string, target: HTMLElement, post: { network: Network; title: string }) => Promise<void>;

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
 * The default loader: the network's official embed in a frame. A frame reports `load` even for the
 * network's own error page (a deleted post), which no page can read across origins: so the link to
 * the original stays below the live post. No answer within `SocialPost.timeout` is a failure.
 */
const loadFrame: SocialPostLoader = (url, target, { network, title }) =>
  new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    // No wider than a post needs: its scripts and its own storage, and links that open its site.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    if (network === 'tiktok') frame.allow = 'encrypted-media; fullscreen; picture-in-picture';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.title = title;
    // The snapshot's height to start with, so the swap itself moves nothing; then the network's own
    // height messages. (CSSOM, not a style attribute: a strict CSP allows it.)
    frame.style.cssText = `display:block;inline-size:100%;border:0;block-size:${target.dataset.height || 560}px`;
    const timer = setTimeout(() => reject(new Error(`no answer in ${SocialPost.timeout / 1000} s`)), SocialPost.timeout);
    frame.onload = () => {
      clearTimeout(timer);
      // Mastodon's frame answers its height when asked.
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
 * neutral boxes until then. If the live post fails, the snapshot and its link stay.
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
 * @cssproperty [--article-tweet-embed-max-width=34rem] - Card width limit (one card style for every network).
 * @cssproperty [--article-tweet-embed-radius=var(--article-radius)] - Card corner radius.
 * @cssproperty [--article-tweet-embed-border-color=var(--article-color-rule)] - Card border.
 * @cssproperty [--article-tweet-embed-background=var(--article-color-surface)] - Card background.
 * @cssproperty [--article-tweet-embed-font-size=1.0625rem] - Post text size.
 * @cssproperty [--article-post-media-radius=0.75rem] - Corner radius of the photo grid.
 *
 * @event {CustomEvent<{ provider: string; url: string }>} embed-activate - The official embed is about to load (a press, or `allowEmbeds`); `provider` is the network. Cancelable: `preventDefault()` stops it.
 * @event {CustomEvent<void>} social-post-load - The live post loaded.
 * @event {CustomEvent<{ message: string }>} social-post-error - The live post could not be loaded; the snapshot stays. `detail.message` says why.
 */
export class SocialPost extends ArticleElementBase {
  static override styles = [
    styles,
    /* @__PURE__ */ css`
      [part='handle'] a {
        color: inherit;
        text-decoration: none;
      }
      [part='handle'] a:hover {
        text-decoration: underline;
      }
      .original {
        display: none;
        margin: 0.5rem 0 0;
        font-size: 0.875rem;
      }
      :host([live]) .original {
        display: block;
      }
    `,
  ];

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    network: {},
    url: {},
    authorName: { attribute: 'author-name' },
    handle: {},
    avatar: {},
    authorUrl: { attribute: 'author-url' },
    published: {},
    text: {},
    media: { converter: mediaAttribute },
    live: { type: Boolean, reflect: true },
    status: { state: true, attribute: false },
    broken: { state: true, attribute: false },
  };

  /** Where each network's official embed is loaded from (see networks.ts). Tests point these at blank frames. */
  static embeds: Record<Network, string> = { ...EMBEDS };

  /** Loader used by every instance without its own. */
  static loader: SocialPostLoader = loadFrame;

  /** How long the default loader waits for the network's frame, in milliseconds. */
  static timeout = 15000;

  /** 'x', 'bluesky', 'mastodon', 'threads', 'instagram' or 'tiktok'. Without it, taken from `url`. */
  network?: Network;

  /** The post's address on its network, e.g. https://bsky.app/profile/name.bsky.social/post/3k… */
  url?: string;

  /** The author's display name. */
  authorName?: string;

  /** The author's handle, with or without "@" (Mastodon: `name` or `name@instance`). */
  handle?: string;

  /** Avatar URL. One on the network's servers shows once the network is allowed; initials until then. */
  avatar?: string;

  /** The author's profile page; by default the handle's page on the network. */
  authorUrl?: string;

  /** ISO 8601 date-time of the post. */
  published?: string;

  /** The post's plain text, when not given as content. */
  text?: string;

  /** Up to four photos, `[{ src, alt, width?, height? }]` (the attribute is JSON). */
  media?: unknown[];

  /** True once the live embed has replaced the snapshot. */
  live = false;

  /** Loader for this instance; defaults to `SocialPost.loader`. */
  loader?: SocialPostLoader;

  private status: 'idle' | 'loading' | 'failed' = 'idle';
  private broken = false;

  /** The reader or the page let this post reach its network. */
  #consented = false;
  #unsubscribe?: () => void;

  constructor() {
    super();
    // Delegated to the host, so the button of server-rendered markup works before Lit renders.
    this.addEventListener('click', (event) => {
      const target = event.composedPath()[0] as Element;
      if (target.getRootNode() === this.shadowRoot && target.closest('[part=load-button]')) void this.#load();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe ??= onEmbedsAllowed((provider) =>
      provider === this.#network ? void this.#load() : this.requestUpdate(),
    );
    void this.updateComplete.then(() => {
      if (this.isConnected && embedAllowed(this.#network)) void this.#load();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  override firstUpdated(): void {
    const root = this.renderRoot;
    root.addEventListener('error', (e) => (e.target as Element).closest?.('[part=avatar]') && this.#avatarFailed(), true);
    const img = root.querySelector<HTMLImageElement>('[part=avatar] img');
    if (img?.complete && !img.naturalWidth) this.#avatarFailed();
  }

  #avatarFailed(): void {
    if (this.broken) return;
    this.broken = true;
    this.warn(`avatar "${this.avatar}" failed to load; showing initials instead`);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.has('avatar')) this.broken = false;
    if (changed.has('network') && this.network && !NETWORKS.includes(this.network))
      this.warn(`network "${this.network}" is not one of ${NETWORKS.join(', ')}`);
    if ((changed.has('url') || changed.has('network')) && this.url && !this.#address)
      this.warn(`url "${this.url}" is not a ${NETWORK_NAMES[this.#network]} post (${POST_SHAPES[this.#network]})`);
    if (changed.has('published') && this.published && !formatDate(this.published, 'en'))
      this.warn(`published "${this.published}" is not a valid date, left out`);
    if (changed.has('media') && (this.media?.length ?? 0) > 4) this.warn('media: at most 4 photos; the rest are left out');
  }

  get #network(): Network {
    const given = this.network;
    if (given && NETWORKS.includes(given)) return given;
    return NETWORKS.find((n) => postAddress(n, this.url)) ?? 'x';
  }

  get #address() {
    return postAddress(this.#network, this.url);
  }

  /** Whether images on `network`'s servers may load here. */
  #open(network: string): boolean {
    return embedAllowed(network) || (this.#consented && network === this.#network);
  }

  #held = (src: string): boolean => {
    const network = mediaNetwork(src, this.#network, this.#network === 'mastodon' ? this.#address?.host : undefined);
    return !!network && !this.#open(network);
  };

  /** Loads the official embed: asks first (embed-activate), then the loader. */
  async #load(): Promise<void> {
    const network = this.#network;
    const address = this.#address;
    // A quoted post loads with the post quoting it (the official embed shows the quote).
    if (!address || this.status === 'loading' || this.live || this.slot === 'quoted') return;
    const constructor = this.constructor as typeof SocialPost;
    const embeds = constructor.embeds;
    // Own property only: a polluted Object.prototype must not redirect the embed.
    const url = (Object.hasOwn(embeds, network) ? embeds[network] : EMBEDS[network]) + embedPath(network, address);
    if (!requestEmbed(this, network, url)) return;
    this.#consented = true;
    this.status = 'loading';
    const target = document.createElement('div');
    target.slot = 'live';
    target.dataset.height = String(this.renderRoot.querySelector('[part=card]')?.getBoundingClientRect().height || '');
    this.append(target);
    try {
      const mine = Object.hasOwn(this, 'loader') ? this.loader : undefined;
      const label = this.#label;
      await (typeof mine === 'function' ? mine : constructor.loader)(url, target, { network, title: label });
      this.live = true;
      this.status = 'idle';
      this.dispatchEvent(new CustomEvent('social-post-load', { bubbles: true, composed: true }));
    } catch (error) {
      target.remove();
      this.status = 'failed';
      const message = error instanceof Error ? error.message : String(error);
      this.warn(`live post could not be loaded: ${message}`);
      this.dispatchEvent(new CustomEvent('social-post-error', { bubbles: true, composed: true, detail: { message } }));
    }
  }

  get #name(): string {
    return this.authorName?.trim() || this.handle?.trim().replace(/^@/, '') || '';
  }

  get #label(): string {
    return msg(this.locale, 'postOn', 'Post by {name} on {network}', this.#name).replace(
      '{network}',
      () => NETWORK_NAMES[this.#network],
    );
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const network = this.#network;
    const address = this.#address;
    const net = NETWORK_NAMES[network];
    const name = this.#name;
    const home = network === 'mastodon' ? address?.host : undefined;
    const handle = handleOf(network, this.handle, home);
    const rules = linkRules(network, home);
    // The profile: the data's, else the handle's page on the network (Mastodon's needs the instance).
    const bare = handle.replace(/^@/, '');
    const profile =
      this.safe('author-url', this.authorUrl) ?? (bare && (network !== 'mastodon' || home) ? rules.user(bare) : undefined);
    const url = address ? this.safe('url', this.url) : undefined;
    const avatar = this.avatar && !this.broken && !this.#held(this.avatar) ? this.safe('avatar', this.avatar) : undefined;
    const date = timeTag(this.published, lang);
    const quoted = this.slot === 'quoted';
    const empty =
      !isServer && !name && !this.text && !this.slotted('') && !this.slotted('author') && !url && date === nothing;
    const view = url
      ? html`<a part="link" href=${url}
          >${msg(lang, 'viewOn', 'View on {name}', net)}<span class="visually-hidden">
            ${msg(lang, 'opensHost', '(opens {name})', address!.host)}</span
          ></a
        >`
      : nothing;
    return html`
      <article part="card" aria-label=${this.#label} ?hidden=${empty}>
        <header part="header">
          <span part="avatar" aria-hidden="true"
            >${avatar ? html`<img src=${avatar} alt="" width="48" height="48" loading="lazy" />` : initials(name)}</span
          >
          <span class="who">
            <span part="name"><slot name="author">${name}</slot></span>
            ${
              handle
                ? html`<span part="handle">${profile ? html`<a href=${profile} rel="nofollow">${handle}</a>` : handle}</span>`
                : nothing
            }
          </span>
          <span part="logo" role="img" aria-label=${net}>${MARKS[network]}</span>
        </header>
        <div part="text"><slot>${this.text ? linkify(this.text, rules) : nothing}</slot></div>
        ${mediaGrid(this.media, (src) => this.safe('media', src), this.#held)}<slot name="quoted"></slot>
        <footer part="footer" ?hidden=${!url && date === nothing}>
          ${url && date !== nothing ? html`<a part="date" href=${url}>${date}</a>` : date} ${view}
          ${
            url && !quoted
              ? html`<button
                  part="load-button"
                  type="button"
                  ?disabled=${this.status === 'loading'}
                  aria-describedby="privacy"
                >
                  ${
                    this.status === 'loading'
                      ? msg(lang, 'loadingPostFrom', 'Loading post from {name}…', net)
                      : msg(lang, 'loadPostFrom', 'Load post from {name}', net)
                  }
                </button>`
              : nothing
          }
        </footer>
        ${
          url && !quoted
            ? html`<p part="notice" id="privacy" role=${ifDefined(this.status === 'failed' ? 'alert' : undefined)}>
                ${
                  this.status === 'failed'
                    ? msg(
                        lang,
                        'postFailed',
                        'The live post could not be loaded. The copy above is what the author posted.',
                      )
                    : msg(lang, 'embedPrivacy', 'Loading the live post connects to {name}.', net)
                }
              </p>`
            : nothing
        }
      </article>
      <slot name="live"></slot>
      <p class="original">${view}</p>
    `;
  }
}
