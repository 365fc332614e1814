import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { msg } from '../../internal/i18n.js';
import { embedAllowed, onEmbedsAllowed, requestEmbed } from '../../internal/consent.js';
import {
  clockTime,
  PAGE_SHAPES,
  PLAYERS,
  playerUrl,
  PROVIDER_NAMES,
  providerOf,
  videoPath,
  VIDEO_PROVIDERS,
  type PlayerProvider,
  type VideoProvider,
} from './providers.js';
import { styles } from './video-embed.styles.js';

declare module '../../internal/i18n.js' {
  interface Messages {
    /** Read before the video's title on its play control. */
    playVideo: string;
    /** On the facade; `{name}` is the provider (YouTube, Vimeo). */
    videoPrivacy: string;
    /** Read before the video's length. */
    duration: string;
    /** Read before a video's credit. */
    video: string;
  }
}

const PLAY = /* @__PURE__ */ html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
  <path d="M7 4.5v15L20 12z" />
</svg>`;

/**
 * A video from YouTube or Vimeo behind a facade drawn from the page's own data (poster, title,
 * duration and a play button), or the publisher's own file in a native `<video>`. Nothing reaches
 * the provider until the reader presses play or the page calls `allowEmbeds([provider])`: no
 * script, frame, image or preconnect. One press loads the player and starts it. The box is reserved
 * from `width` and `height` (16:9 by default), so nothing moves before or after. Without script the
 * facade is a link to the video's page.
 *
 * @tagname video-embed
 * @summary Privacy-first video: a facade from your own data, the provider's player only on request.
 *
 * @slot title - The video's title. Falls back to `video-title`.
 * @slot caption - Caption text. Falls back to `caption`.
 * @slot credit - Credit, e.g. "Video: Reuters". Falls back to `credit`.
 *
 * @csspart figure - The `<figure>`.
 * @csspart frame - The box the poster, facade and player share.
 * @csspart poster - The poster `<img>`.
 * @csspart facade - The play control: a link to the video's page until script runs.
 * @csspart title - The title.
 * @csspart play-button - The round play button.
 * @csspart duration - The video's length.
 * @csspart notice - Which provider loads on play.
 * @csspart player - The provider's `<iframe>`, or the `<video>` of a file.
 * @csspart caption - The `<figcaption>`, holding caption and credit.
 * @csspart credit - The credit.
 *
 * @cssproperty [--article-video-embed-background=#111] - Box colour behind the poster.
 * @cssproperty [--article-video-embed-button-color=rgb(0 0 0 / .7)] - Play button colour (the accent on hover).
 * @cssproperty [--article-video-embed-radius=0] - Corner radius of the box.
 * @cssproperty [--article-video-embed-credit-color=var(--article-color-muted)] - Credit colour.
 *
 * @event {CustomEvent<{ provider: string; url: string }>} embed-activate - The player is about to load (a press, or `allowEmbeds`). Cancelable: `preventDefault()` stops it, e.g. to ask for consent first.
 */
export class VideoEmbed extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    provider: {},
    url: {},
    src: {},
    videoTitle: { attribute: 'video-title' },
    poster: {},
    width: { type: Number },
    height: { type: Number },
    duration: {},
    caption: {},
    credit: {},
    active: { type: Boolean, reflect: true },
  };

  /**
   * Where each provider's player is loaded from (the video's id is appended). Tests point these at
   * a local server; pages leave them alone.
   */
  static players: Record<PlayerProvider, string> = { ...PLAYERS };

  /** 'youtube', 'vimeo' or 'file'. Without it, taken from `url` ('file' when only `src` is given). */
  provider?: VideoProvider;

  /** The video's page: youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/…, vimeo.com/123…; for a file, any page. */
  url?: string;

  /** The video file, for provider 'file'. */
  src?: string;

  /** The video's title, when not given in the `title` slot. */
  videoTitle?: string;

  /** Poster image URL, from your own data: the library never makes up a provider's thumbnail address. */
  poster?: string;

  /** The video's width; with `height`, the box's shape (16:9 without them). */
  width?: number;

  /** The video's height. */
  height?: number;

  /** Length as ISO 8601, e.g. PT2M30S. */
  duration?: string;

  /** Caption text. */
  caption?: string;

  /** Credit line. */
  credit?: string;

  /** True once the player has replaced the facade. */
  active = false;

  /** The reader pressed play (then the player starts itself, even when it loads later, on consent). */
  #pressed = false;
  #unsubscribe?: () => void;

  constructor() {
    super();
    // Delegated to the host, so the facade of server-rendered markup works before Lit renders.
    this.addEventListener('click', (event) => {
      const facade = event
        .composedPath()
        .some((node) => node instanceof Element && node.getAttribute('part') === 'facade');
      // A modified click opens the video's page in a new tab or window, as any link does.
      if (!facade || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      if (!this.#player(true)) return;
      event.preventDefault();
      this.#activate(true);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Any provider allowed may be the poster's; the player's also loads.
    this.#unsubscribe ??= onEmbedsAllowed((provider) => {
      this.requestUpdate();
      if (provider === this.#provider) this.#activate(false);
    });
    // After the first update: attributes set by a parser or a framework are in by then.
    void this.updateComplete.then(() => this.isConnected && embedAllowed(this.#provider) && this.#activate(false));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('provider') &&
      this.provider != null &&
      !(VIDEO_PROVIDERS as readonly string[]).includes(this.provider)
    )
      this.warn(`provider "${this.provider}" is not one of ${VIDEO_PROVIDERS.join(', ')}`);
    const provider = this.#provider;
    if ((changed.has('url') || changed.has('provider')) && provider !== 'file' && this.url && !this.#path)
      this.warn(`url "${this.url}" is not a ${PROVIDER_NAMES[provider]} video page (${PAGE_SHAPES[provider]})`);
  }

  override updated(changed: PropertyValues<this>): void {
    // The reader pressed play: keep the keyboard where the video is.
    if (changed.has('active') && this.active && this.#pressed)
      this.renderRoot.querySelector<HTMLElement>('[part=player]')?.focus();
  }

  get #provider(): VideoProvider {
    const given = this.provider;
    if (given && (VIDEO_PROVIDERS as readonly string[]).includes(given)) return given;
    return providerOf(this.url) ?? (this.src ? 'file' : 'youtube');
  }

  get #path(): string | undefined {
    return videoPath(this.#provider, this.url);
  }

  /** The player's address: autoplay after a press (one tap starts it), not when loaded on consent. */
  #player(autoplay: boolean): string | undefined {
    const provider = this.#provider;
    const path = this.#path;
    if (provider === 'file' || !path) return undefined;
    // Own property only: a polluted Object.prototype must not redirect the player.
    const players = (this.constructor as typeof VideoEmbed).players;
    const base = Object.hasOwn(players, provider) ? players[provider] : PLAYERS[provider];
    const query = [autoplay && 'autoplay=1', provider === 'vimeo' && 'dnt=1'].filter(Boolean).join('&');
    return playerUrl(base, path, query);
  }

  #activate(pressed: boolean): void {
    this.#pressed ||= pressed;
    const url = this.#player(this.#pressed);
    if (this.active || !url || !requestEmbed(this, this.#provider, url)) return;
    this.active = true;
  }

  /** The title as text, for the player's `title` and the video's name. */
  get #title(): string {
    return (this.videoTitle ?? this.querySelector(':scope > [slot=title]')?.textContent ?? '').trim();
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const provider = this.#provider;
    const title = this.#title;
    const sized = Number(this.width) > 0 && Number(this.height) > 0;
    const hasCaption = Boolean(this.caption) || this.slotted('caption');
    const hasCredit = Boolean(this.credit) || this.slotted('credit');
    const titleSlot = html`<slot name="title">${this.videoTitle}</slot>`;
    // An image on the provider's own servers waits for consent like the player does.
    const posterFrom = providerOf(this.poster);
    const poster =
      posterFrom && !this.active && !embedAllowed(posterFrom) ? undefined : this.safe('poster', this.poster);
    const spacer = html`<svg
      class="spacer"
      aria-hidden="true"
      viewBox="0 0 ${sized ? this.width : 16} ${sized ? this.height : 9}"
    ></svg>`;
    let inside: unknown;
    if (provider === 'file') {
      inside = html`<video
        part="player"
        controls
        preload="none"
        playsinline
        src=${ifDefined(this.safe('src', this.src))}
        poster=${ifDefined(poster)}
        aria-label=${title || nothing}
      ></video>`;
    } else if (this.active) {
      // No wider than a player needs: autoplay for the one-press start, fullscreen, picture in
      // picture and protected media.
      inside = html`<iframe
        part="player"
        src=${this.#player(this.#pressed)!}
        title=${title}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowfullscreen
        referrerpolicy="strict-origin-when-cross-origin"
        loading=${this.#pressed ? 'eager' : 'lazy'}
      ></iframe>`;
    } else {
      const length = clockTime(this.duration);
      inside = html`${
          poster ? html`<img part="poster" src=${poster} alt="" loading="lazy" decoding="async" />` : nothing
        }<a part="facade" href=${ifDefined(this.safe('url', this.url))}
          ><span part="title"
            ><span class="visually-hidden">${msg(lang, 'playVideo', 'Play video:')} </span>${titleSlot}</span
          ><span part="play-button">${PLAY}</span
          ><span part="notice"
            >${msg(lang, 'videoPrivacy', '{name} loads when you press play', PROVIDER_NAMES[provider])}</span
          >${
            length
              ? html`<span part="duration"
                  ><span class="visually-hidden">${msg(lang, 'duration', 'Duration:')} </span
                  ><time datetime=${this.duration!}>${length}</time></span
                >`
              : nothing
          }</a
        >`;
    }
    return html`
      <figure part="figure">
        <div part="frame">${spacer}${inside}</div>
        <figcaption part="caption" ?hidden=${provider !== 'file' && !hasCaption && !hasCredit}>
          ${provider === 'file' ? html`<strong part="title">${titleSlot}</strong>` : nothing}
          <bdi><slot name="caption" ?hidden=${!hasCaption}>${this.caption}</slot></bdi>
          <span part="credit" ?hidden=${!hasCredit}
            ><span class="visually-hidden">${msg(lang, 'video', 'Video:')} </span
            ><slot name="credit">${this.credit}</slot></span
          >
        </figcaption>
      </figure>
    `;
  }
}
