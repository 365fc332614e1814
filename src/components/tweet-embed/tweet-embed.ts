import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { formatDate, initials, msg } from '../../internal/i18n.js';
import { timeTag } from '../../internal/templates.js';
import { isSameOrigin } from '../../internal/url.js';
import { linkify, postId, postUrl } from '../../internal/linkify.js';
import { embedAllowed, onEmbedsAllowed, requestEmbed } from '../../internal/consent.js';
import { mediaAttribute, mediaGrid, mediaNetwork } from '../social-post/media.js';
import { styles } from './tweet-embed.styles.js';

/** Renders the official embed of a post into `target`. Injectable so tests never reach X. */
export type LivePostLoader = (id: string, target: HTMLElement, lang: string) => Promise<void>;

const defaultLoader: LivePostLoader = async (id, target, lang) => {
  const { loadLivePost } = await import('./live-post.js');
  return loadLivePost(id, target, lang);
};

// Two strokes in a square: our own mark for "a post on X", not X's logo file.
export const X_MARK = /* @__PURE__ */ svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M4 3h4.6l11.4 18h-4.6z"/><path d="M18.3 3h2.2l-7.2 8.2-1.2-1.8zM10.9 13.6l1.2 1.8L5.7 21H3.5z"/></svg>`;

/**
 * A post on X shown from a snapshot the page supplies: author, text (URLs, @mentions and #hashtags
 * linked), date and a link to the original. The page makes no request to X or any other third party
 * until the reader presses "Load post from X", which swaps in the official embed. With nothing to
 * show (no author, text, address or date) it draws nothing.
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
 * @cssproperty [--article-tweet-embed-max-width=34rem] - Card width limit.
 * @cssproperty [--article-tweet-embed-radius=var(--article-radius)] - Card corner radius.
 * @cssproperty [--article-tweet-embed-border-color=var(--article-color-rule)] - Card border.
 * @cssproperty [--article-tweet-embed-background=var(--article-color-surface)] - Card background.
 * @cssproperty [--article-tweet-embed-font-size=1.0625rem] - Post text size.
 *
 * @event {CustomEvent<{ provider: string; url: string }>} embed-activate - The live post is about to load (a press, or `allowEmbeds(['x'])`), with provider 'x'. Cancelable: `preventDefault()` stops it.
 * @event {CustomEvent<void>} tweet-embed-activate - The reader asked for the live post. Cancelable: call `preventDefault()` to stop the request (e.g. to ask for consent first).
 * @event {CustomEvent<void>} tweet-embed-load - The live post rendered.
 * @event {CustomEvent<{ message: string }>} tweet-embed-error - The live post could not be loaded; the snapshot stays. `detail.message` says why.
 */
export class TweetEmbed extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
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

  /** The reader or the page let this post reach X: its images on X's servers may load. */
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
    // Allowing X loads the live post; allowing another network may show images on its servers.
    this.#unsubscribe ??= onEmbedsAllowed((provider) =>
      provider === 'x' ? void this.#handleLoad() : this.requestUpdate(),
    );
    void this.updateComplete.then(() => {
      if (this.isConnected && embedAllowed('x')) void this.#handleLoad();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Whether images on `network`'s servers may load here. */
  #open(network: string): boolean {
    return embedAllowed(network) || (this.#consented && network === 'x');
  }

  override firstUpdated(): void {
    const root = this.renderRoot;
    // The avatar's errors only: a photo that fails keeps its box.
    root.addEventListener('error', (e) => (e.target as Element).closest?.('[part=avatar]') && this.#handleError(), true);
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
    if (changed.has('avatar') && this.avatar && !isSameOrigin(this.avatar)) {
      this.warn(
        `avatar "${this.avatar}" is on another origin; showing initials so the page makes no third-party request`,
      );
    }
  }

  async #handleLoad(): Promise<void> {
    const id = postId(this.url);
    // A quoted post loads with the post quoting it (X's embed shows the quote).
    if (!id || this.status === 'loading' || this.live || this.slot === 'quoted') return;
    // The consent model's event first, then this element's own (kept for pages written before it).
    const go =
      requestEmbed(this, 'x', this.url!) &&
      this.dispatchEvent(new CustomEvent('tweet-embed-activate', { bubbles: true, composed: true, cancelable: true }));
    if (!go) return;
    this.#consented = true;
    this.status = 'loading';
    const target = document.createElement('div');
    target.slot = 'live';
    this.append(target);
    try {
      // Own properties only: a polluted Object.prototype.loader must not take over the button.
      const mine = Object.hasOwn(this, 'loader') ? this.loader : undefined;
      await (typeof mine === 'function' ? mine : TweetEmbed.loader)(id, target, this.locale);
      this.live = true;
      this.status = 'idle';
      this.dispatchEvent(new CustomEvent('tweet-embed-load', { bubbles: true, composed: true }));
    } catch (error) {
      target.remove();
      this.status = 'failed';
      const message = error instanceof Error ? error.message : String(error);
      this.warn(`live post could not be loaded: ${message}`);
      this.dispatchEvent(new CustomEvent('tweet-embed-error', { bubbles: true, composed: true, detail: { message } }));
    }
  }

  #handleSkip(event: Event): void {
    event.preventDefault();
    const end = this.renderRoot.querySelector<HTMLElement>('.end');
    end?.focus();
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const name = this.authorName?.trim() || this.handle?.replace(/^@/, '') || '';
    const handle = this.handle?.trim().replace(/^@/, '');
    // Only the address of a post on X is linked ("View on X", the date), and loads the live post.
    const url = this.safe('url', this.url, postUrl);
    const id = postId(url);
    // A same-origin avatar loads; one on X's servers once X is allowed; any other never (initials).
    const avatar =
      this.avatar && !this.broken && (isSameOrigin(this.avatar) || (mediaNetwork(this.avatar, 'x') === 'x' && this.#open('x')))
        ? this.safe('avatar', this.avatar)
        : undefined;
    const quoted = this.slot === 'quoted';
    const date = timeTag(this.published, lang);
    const label = msg(lang, 'postOnX', 'Post by {name} on X', name);
    // Nothing to show (no author, text, address or date): no card, no avatar circle, no mark. (Not
    // on the server, which cannot see slotted text.)
    const empty =
      !isServer && !name && !this.text && !this.slotted('') && !this.slotted('author') && !url && date === nothing;
    return html`
      <article part="card" aria-label=${label} ?hidden=${empty}>
        ${quoted ? nothing : html`<a class="skip" href="#">${msg(lang, 'skipPost', 'Skip past post')}</a>`}
        <header part="header">
          <span part="avatar" aria-hidden="true"
            >${avatar ? html`<img src=${avatar} alt="" width="48" height="48" loading="lazy" />` : initials(name)}</span
          >
          <span class="who">
            <span part="name"><slot name="author">${name}</slot></span>
            ${handle ? html`<span part="handle">@${handle}</span>` : nothing}
          </span>
          <span part="logo">${X_MARK}</span>
        </header>
        <div part="text"><slot>${this.text ? linkify(this.text) : nothing}</slot></div>
        ${mediaGrid(
          this.media,
          (src) => this.safe('media', src),
          (src) => {
            const network = mediaNetwork(src, 'x');
            return !!network && !this.#open(network);
          },
        )}<slot name="quoted"></slot>
        <footer part="footer" ?hidden=${!url && date === nothing}>
          ${url && date !== nothing ? html`<a part="date" href=${url}>${date}</a>` : date}
          ${
            url
              ? html`<a part="link" href=${url}
                  >${msg(lang, 'viewOnX', 'View on X')}<span class="visually-hidden">
                    ${msg(lang, 'opensSite', '(opens x.com)')}</span
                  ></a
                >`
              : nothing
          }
          ${
            id && !quoted
              ? html`<button
                  part="load-button"
                  type="button"
                  ?disabled=${this.status === 'loading'}
                  aria-describedby="privacy"
                >
                  ${this.status === 'loading' ? msg(lang, 'loadingPost', 'Loading post from X…') : msg(lang, 'loadPost', 'Load post from X')}
                </button>`
              : nothing
          }
        </footer>
        ${
          id && !quoted
            ? html`<p part="notice" id="privacy" role=${ifDefined(this.status === 'failed' ? 'alert' : undefined)}>
                ${this.status === 'failed' ? msg(lang, 'postFailed', 'The live post could not be loaded. The copy above is what the author posted.') : msg(lang, 'privacy', 'Loading the live post connects to X.')}
              </p>`
            : nothing
        }
        <span class="end" tabindex="-1"></span>
      </article>
      <slot name="live"></slot>
    `;
  }
}
