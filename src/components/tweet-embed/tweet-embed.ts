import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { formatDate, initials, msg } from '../../internal/i18n.js';
import { isSameOrigin } from '../../internal/url.js';
import { linkify, postId, postUrl, X_LINKS, type LinkRules } from '../../internal/linkify.js';
import { embedAllowed, onEmbedsAllowed, requestEmbed } from '../../internal/consent.js';
import { mediaAttribute, mediaGrid, mediaNetwork, X_HOSTS, X_MARK } from '../social-post/media.js';
import { styles } from './tweet-embed.styles.js';

declare module '../../internal/i18n.js' {
  interface Messages {
    /** A post's card; `{name}` is the author, `{network}` the network (X, Bluesky…). */
    postOn: string;
    /** `{name}` is the network, in these four. */
    viewOn: string;
    loadPostFrom: string;
    loadingPostFrom: string;
    embedPrivacy: string;
    /** After a link, read only; `{name}` is the site's host (x.com). */
    opensHost: string;
  }
}

/** Renders the official embed of a post into `target`. Injectable so tests never reach X. */
export type LivePostLoader = (id: string, target: HTMLElement, lang: string) => Promise<void>;

/** What differs between networks in a post's card (see TweetEmbed's `postNetwork`). */
export interface PostNetwork {
  /** The provider name of the consent model: 'x', 'bluesky', … */
  id: string;
  /** As readers know it: 'X', 'Bluesky', … */
  name: string;
  /** The post's address, when it is one on this network. */
  url?: string;
  /** The host of its links, for "(opens x.com)". */
  host: string;
  /** The handle as the network writes it ('@name', '@name@instance', 'name.bsky.social'). */
  handle: string;
  /** The profile the handle links to. */
  profile?: string;
  mark: unknown;
  rules: LinkRules;
  /** The network's servers (host -> network) and, on Mastodon, the instance. */
  hosts: Record<string, string>;
  home?: string;
}

const defaultLoader: LivePostLoader = async (id, target, lang) => {
  const { loadLivePost } = await import('./live-post.js');
  return loadLivePost(id, target, lang);
};

/**
 * A post on X shown from a snapshot the page supplies: author, text (URLs, @mentions and #hashtags
 * linked), date and a link to the original. The page makes no request to X or any other third party
 * until the reader presses "Load post from X" or the page calls `allowEmbeds(['x'])`, which swaps in
 * the official embed (after a cancelable `embed-activate`). Photos and an avatar on X's servers wait
 * for the same consent. With nothing to show (no author, text, address or date) it draws nothing.
 *
 * @tagname tweet-embed
 * @summary Privacy-first card for a post on X, with an optional live embed on request.
 *
 * @slot - The post's text, e.g. `<p>…</p>`; keep it in the markup so it reads without script. Falls back to `text`, linkified.
 * @slot author - The author's display name. Falls back to `author-name`.
 * @slot live - Filled by the element with the official embed once the reader asks for it.
 * @slot quoted - A quoted post: a `<tweet-embed slot="quoted">`, shown as a smaller card inside this one.
 *
 * @csspart card - The snapshot card.
 * @csspart header - Avatar, name, handle and mark.
 * @csspart avatar - The avatar image or initials.
 * @csspart name - The author's name.
 * @csspart handle - The @handle.
 * @csspart logo - The X mark.
 * @csspart text - The post's text.
 * @csspart media - The grid of one to four photos (`media`).
 * @csspart footer - Date, link and button.
 * @csspart date - The post's date, linked to the original.
 * @csspart link - The "View on X" link.
 * @csspart load-button - The "Load post from X" button.
 * @csspart notice - Privacy note and loading or failure messages.
 *
 * @cssproperty [--article-tweet-embed-max-width=none] - Card width limit (by default the card fills its column).
 * @cssproperty [--article-tweet-embed-radius=var(--article-radius)] - Card corner radius.
 * @cssproperty [--article-tweet-embed-border-color=var(--article-color-rule)] - Card border.
 * @cssproperty [--article-tweet-embed-background=var(--article-color-surface)] - Card background.
 * @cssproperty [--article-tweet-embed-font-size=1.0625rem] - Post text size.
 * @cssproperty [--article-post-media-radius=0.75rem] - Corner radius of the photo grid.
 *
 * @event {CustomEvent<{ provider: string; url: string }>} embed-activate - The live post is about to load (a press, or `allowEmbeds(['x'])`), with provider 'x'. Cancelable: `preventDefault()` stops it.
 * @event {CustomEvent<void>} tweet-embed-activate - The reader asked for the live post. Cancelable: call `preventDefault()` to stop the request (e.g. to ask for consent first).
 * @event {CustomEvent<void>} tweet-embed-load - The live post rendered.
 * @event {CustomEvent<{ message: string }>} tweet-embed-error - The live post could not be loaded; the snapshot stays. `detail.message` says why.
 */
export class TweetEmbed extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties: PropertyDeclarations = {
    url: {},
    authorName: { attribute: 'author-name' },
    handle: {},
    avatar: {},
    published: {},
    text: {},
    media: { converter: mediaAttribute },
    live: { type: Boolean, reflect: true },
    status: { state: true, attribute: false },
    broken: { state: true, attribute: false },
  };

  /** Loader used by every instance without its own; replace it to route through a consent tool. */
  static loader: LivePostLoader = defaultLoader;

  /** The post's address, e.g. https://x.com/Podolyak_M/status/123. */
  url?: string;

  /** The author's display name. */
  authorName?: string;

  /** The author's handle, with or without "@". */
  handle?: string;

  /** Avatar URL. Only a same-origin image loads; otherwise initials show, so X is never contacted. */
  avatar?: string;

  /** ISO 8601 date-time of the post. */
  published?: string;

  /** The post's plain text, when not given as content. */
  text?: string;

  /**
   * Up to four photos, `[{ src, alt, width?, height? }]` (the attribute is JSON). Those on X's
   * servers (pbs.twimg.com) are placeholders until X is allowed or the reader loads the post.
   */
  media?: unknown[];

  /** True once the live embed has replaced the snapshot. */
  live = false;

  /** Loader for this instance; defaults to `TweetEmbed.loader`. */
  loader?: LivePostLoader;

  private status: 'idle' | 'loading' | 'failed' = 'idle';

  /** True when the avatar failed to load: the initials show instead. */
  private broken = false;

  /** The reader or the page let this post reach its network: its images there may load. */
  #consented = false;
  #unsubscribe?: () => void;

  constructor() {
    super();
    // Delegated to the host, so the buttons of server-rendered markup work before Lit renders.
    this.addEventListener('click', (event) => {
      const target = event.composedPath()[0] as Element;
      if (target.getRootNode() !== this.shadowRoot) return;
      if (target.closest('.skip')) this.#handleSkip(event);
      else if (target.closest('[part=load-button]')) void this.#handleLoad();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Allowing the network loads the live post; allowing another may show images on its servers.
    this.#unsubscribe ??= onEmbedsAllowed((provider) =>
      provider === this.postNetwork().id ? void this.#handleLoad() : this.requestUpdate(),
    );
    // After the first update: attributes set by a parser or a framework are in by then.
    void this.updateComplete.then(() => {
      if (this.isConnected && embedAllowed(this.postNetwork().id)) void this.#handleLoad();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  override firstUpdated(): void {
    const root = this.renderRoot;
    // The avatar's errors only: a photo that fails keeps its box.
    root.addEventListener(
      'error',
      (e) => (e.target as Element).closest?.('[part=avatar]') && this.#handleError(),
      true,
    );
    const img = root.querySelector<HTMLImageElement>('[part=avatar] img');
    if (img?.complete && !img.naturalWidth && img.getAttribute('src')) this.#handleError();
  }

  #handleError(): void {
    if (this.broken) return;
    this.broken = true;
    this.warn(`avatar "${this.avatar}" failed to load; showing initials instead`);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A new avatar gets its chance (not at the first update: an error before it was this avatar's).
    if (this.hasUpdated && changed.has('avatar')) this.broken = false;
    if (changed.has('published') && this.published && !formatDate(this.published, 'en')) {
      this.warn(`published "${this.published}" is not a valid date, left out`);
    }
    if (changed.has('media') && (this.media?.length ?? 0) > 4)
      this.warn('media: at most 4 photos; the rest are left out');
    if (changed.has('avatar') && this.avatar && !isSameOrigin(this.avatar)) {
      this.warn(
        `avatar "${this.avatar}" is on another origin; showing initials so the page makes no third-party request`,
      );
    }
  }

  /**
   * What differs between networks in the card: X's here; <social-post> has the others'. The URL is
   * the post's own address on the network (others are warned about and left out).
   */
  protected postNetwork(): PostNetwork {
    const handle = this.handle?.trim().replace(/^@/, '');
    return {
      id: 'x',
      name: 'X',
      url: this.safe('url', this.url, postUrl),
      host: 'x.com',
      handle: handle ? `@${handle}` : '',
      mark: X_MARK,
      rules: X_LINKS,
      hosts: X_HOSTS,
    };
  }

  /** The address of the official embed, which `embed-activate` names: for X, the post's. */
  protected embedUrl(net: PostNetwork): string | undefined {
    return postId(net.url) && net.url;
  }

  /** Fires the events that may stop the load; true to go on. */
  protected ask(net: PostNetwork, url: string): boolean {
    // The consent model's event first, then this element's own (kept for pages written before it).
    return (
      requestEmbed(this, net.id, url) &&
      this.dispatchEvent(new CustomEvent('tweet-embed-activate', { bubbles: true, composed: true, cancelable: true }))
    );
  }

  /** Renders the official embed at `url` into `target`. */
  protected embed(url: string, target: HTMLElement): Promise<void> {
    // Own properties only: a polluted Object.prototype.loader must not take over the button.
    const mine = Object.hasOwn(this, 'loader') ? this.loader : undefined;
    return (typeof mine === 'function' ? mine : TweetEmbed.loader)(postId(url)!, target, this.locale);
  }

  /** The prefix of the load and error events. */
  protected static events = 'tweet-embed';

  async #handleLoad(): Promise<void> {
    const net = this.postNetwork();
    const url = this.embedUrl(net);
    // A quoted post loads with the post quoting it (the official embed shows the quote).
    if (!url || this.status === 'loading' || this.live || this.slot === 'quoted' || !this.ask(net, url)) return;
    this.#consented = true;
    this.status = 'loading';
    const target = document.createElement('div');
    target.slot = 'live';
    // The card's height, for a frame to start at (the swap itself then moves nothing).
    target.dataset.height = String(Math.round(this.renderRoot.querySelector('[part=card]')?.clientHeight ?? 0));
    this.append(target);
    const events = (this.constructor as typeof TweetEmbed).events;
    try {
      await this.embed(url, target);
      this.live = true;
      this.status = 'idle';
      this.dispatchEvent(new CustomEvent(`${events}-load`, { bubbles: true, composed: true }));
    } catch (error) {
      target.remove();
      this.status = 'failed';
      const message = error instanceof Error ? error.message : String(error);
      this.warn(`live post could not be loaded: ${message}`);
      this.dispatchEvent(new CustomEvent(`${events}-error`, { bubbles: true, composed: true, detail: { message } }));
    }
  }

  #handleSkip(event: Event): void {
    event.preventDefault();
    const end = this.renderRoot.querySelector<HTMLElement>('.end');
    end?.focus();
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const net = this.postNetwork();
    const name = this.authorName?.trim() || this.handle?.trim().replace(/^@/, '') || '';
    // Only the post's own address is linked ("View on X", the date), and loads the live post.
    const url = net.url;
    const quoted = this.slot === 'quoted';
    const load = !quoted && this.embedUrl(net);
    // Images on the network's servers wait until it is allowed, or the reader loaded this post.
    const held = (src: string) => {
      const owner = mediaNetwork(src, net.hosts, net.id, net.home);
      return !!owner && !embedAllowed(owner) && !(this.#consented && owner === net.id);
    };
    // A same-origin avatar loads; one on the network's servers once allowed; any other never (initials).
    const avatar =
      this.avatar &&
      !this.broken &&
      (isSameOrigin(this.avatar) || (mediaNetwork(this.avatar, net.hosts, net.id, net.home) && !held(this.avatar)))
        ? this.safe('avatar', this.avatar)
        : undefined;
    // Not templates.ts's timeTag: <social-post>, a lazily loaded file, subclasses this class, and
    // Rolldown then puts what this module imports into files of their own beside the bundle (each a
    // request and lost compression); fewer imports here keep that to i18n.ts.
    const when = formatDate(this.published, lang);
    const date = when ? html`<time datetime=${when.iso}>${when.text}</time>` : nothing;
    const label = msg(lang, 'postOn', 'Post by {name} on {network}', name).replace('{network}', () => net.name);
    // Nothing to show (no author, text, address or date): no card, no avatar circle, no mark. (Not
    // on the server, which cannot see slotted text.)
    const empty =
      !isServer && !name && !this.text && !this.slotted('') && !this.slotted('author') && !url && date === nothing;
    const view = url
      ? html`<a part="link" href=${url}
          >${msg(lang, 'viewOn', 'View on {name}', net.name)}<span class="visually-hidden">
            ${msg(lang, 'opensHost', '(opens {name})', net.host)}</span
          ></a
        >`
      : nothing;
    return html`
      <article part="card" aria-label=${label} ?hidden=${empty}>
        ${quoted ? nothing : html`<a class="skip" href="#">${msg(lang, 'skipPost', 'Skip past post')}</a>`}
        <header part="header">
          <span part="avatar" aria-hidden="true"
            >${avatar ? html`<img src=${avatar} alt="" width="48" height="48" loading="lazy" />` : initials(name)}</span
          >
          <span class="who">
            <span part="name"><slot name="author">${name}</slot></span>
            ${
              net.handle
                ? html`<span part="handle"
                    >${net.profile ? html`<a href=${net.profile} rel="nofollow">${net.handle}</a>` : net.handle}</span
                  >`
                : nothing
            }
          </span>
          <span part="logo" role="img" aria-label=${net.name}>${net.mark}</span>
        </header>
        <div part="text">
          <slot>${this.text ? html`<span class="own">${linkify(this.text, net.rules)}</span>` : nothing}</slot>
        </div>
        ${mediaGrid(this.media, (src) => this.safe('media', src), held)}<slot name="quoted"></slot>
        <footer part="footer" ?hidden=${!url && date === nothing}>
          ${url && date !== nothing ? html`<a part="date" href=${url}>${date}</a>` : date} ${view}
          ${
            load
              ? html`<button
                  part="load-button"
                  type="button"
                  ?disabled=${this.status === 'loading'}
                  aria-describedby="privacy"
                >
                  ${
                    this.status === 'loading'
                      ? msg(lang, 'loadingPostFrom', 'Loading post from {name}…', net.name)
                      : msg(lang, 'loadPostFrom', 'Load post from {name}', net.name)
                  }
                </button>`
              : nothing
          }
        </footer>
        ${
          load
            ? html`<p part="notice" id="privacy" role=${ifDefined(this.status === 'failed' ? 'alert' : undefined)}>
                ${
                  this.status === 'failed'
                    ? msg(
                        lang,
                        'postFailed',
                        'The live post could not be loaded. The copy above is what the author posted.',
                      )
                    : msg(lang, 'embedPrivacy', 'Loading the live post connects to {name}.', net.name)
                }
              </p>`
            : nothing
        }
        <span class="end" tabindex="-1"></span>
      </article>
      <slot name="live"></slot>
      <p class="original">${view}</p>
    `;
  }
}
