import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { msg } from '../../internal/i18n.js';
import { embedAllowed, requestEmbed } from '../../internal/consent.js';
import { ConsentController, spacer } from '../../internal/facade.js';
import { isSameOrigin } from '../../internal/url.js';
import { consentId, httpsUrl, MAX_HEIGHT, onProviderServers, ratioOf } from './embeds.js';
import { styles } from './embed-frame.styles.js';

declare module '../../internal/i18n.js' {
  interface Messages {
    /** The facade's button; `{name}` is the provider (Datawrapper, Flourish) or the embed's host. */
    loadEmbed: string;
    /** Read before an embed's credit. */
    interactive: string;
  }
}

/**
 * Sandbox flags of every frame: the fewest a chart, a map or an interactive piece works with. Fixed
 * here, never taken from data or attributes.
 * - allow-scripts: the charts are drawn by script.
 * - allow-same-origin: the frame keeps its own origin, so it can fetch its own data and tiles and
 *   keep its settings; harmless for a frame from another origin (it cannot reach this page). A frame
 *   from the page's own origin does not get it: with allow-scripts it could lift its own sandbox.
 * - allow-popups: a chart's source link or a map's "view larger" opens in a new tab…
 * - allow-popups-to-escape-sandbox: …as an ordinary page, not one sandboxed like this frame.
 * Not given: top navigation (the frame can never take the reader off the article), forms, modals,
 * downloads (a chart's "download PNG" stays on the provider's site, a link away) and pointer lock.
 * The allow list is fullscreen only (a map's or chart's fullscreen button), and the referrer the
 * origin only, never the article's address.
 */
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * A chart, map or other interactive piece from another site (Datawrapper, Flourish, a map provider)
 * in a sandboxed `<iframe>`, behind a facade drawn from the page's own data: the fallback image (a
 * static version of the chart) or a placeholder with the title, and a button that names the
 * provider. Nothing reaches the provider until the reader presses it or the page calls
 * `allowEmbeds([provider])`: no frame, script, image or preconnect. The consent id is the provider's
 * name lower-cased when `provider` is given, else the host of `url`. The box is reserved from
 * `aspect-ratio` or `height` (`height` wins when both are set; 16:9 without either), so nothing
 * moves when the fallback arrives late, fails or the frame replaces it. Without script the title is a
 * link to the original. Only https addresses are framed.
 *
 * @tagname embed-frame
 * @summary Privacy-first interactive embed: a static fallback from your own data, the frame only on request.
 *
 * @slot title - The embed's title, usually a link to the original (the block renders one). Falls back to a link titled `frame-title`.
 * @slot caption - Caption text. Falls back to `caption`.
 * @slot credit - Credit, e.g. "Chart: Alderbrook Ledger". Falls back to `credit`.
 *
 * @csspart figure - The `<figure>`.
 * @csspart frame - The reserved box the fallback, facade and frame share.
 * @csspart fallback - The fallback `<img>`.
 * @csspart placeholder - The neutral stand-in with the title, when there is no fallback image (or it failed or waits for consent).
 * @csspart facade - The layer over the box that holds the provider's name, the placeholder and the button.
 * @csspart provider - The provider's name (or the embed's host), in a corner of the box.
 * @csspart load-button - "Load interactive content from …".
 * @csspart embed - The `<iframe>`.
 * @csspart caption - The `<figcaption>`: title, caption and credit.
 * @csspart title - The title.
 * @csspart credit - The credit.
 *
 * @cssproperty [--article-embed-frame-background=var(--article-color-raised)] - Box colour behind the fallback and placeholder.
 * @cssproperty [--article-embed-frame-button-color=var(--article-color-text)] - The button's colour (its text takes the surface colour).
 * @cssproperty [--article-embed-frame-radius=0] - Corner radius of the box.
 * @cssproperty [--article-embed-frame-credit-color=var(--article-color-muted)] - Credit colour.
 *
 * @event {CustomEvent<{ provider: string; url: string }>} embed-activate - The frame is about to load (a press, or `allowEmbeds`). Cancelable: `preventDefault()` stops it, e.g. to ask for consent first.
 */
export class EmbedFrame extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    url: {},
    frameTitle: { attribute: 'frame-title' },
    provider: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    height: { type: Number },
    fallback: {},
    fallbackAlt: { attribute: 'fallback-alt' },
    caption: {},
    credit: {},
    active: { type: Boolean, reflect: true },
    failed: { state: true },
  };

  /**
   * Where a frame's address is loaded from: the address itself. Tests point it at a local page
   * (the https address still names the provider); pages leave it alone.
   */
  static frameSrc: (url: string) => string = (url) => url;

  /** The embed's address: https only (anything else is warned about and not framed). */
  url?: string;

  /** The embed's title: the frame's accessible name, and the placeholder's text. */
  frameTitle?: string;

  /** The provider's name as readers know it, e.g. 'Datawrapper'. Without it, the host of `url`. */
  provider?: string;

  /** The box's shape: '16/9', '4:3', '1.5'… (16:9 without it or `height`). */
  aspectRatio?: string;

  /** The box's height in CSS pixels, for content of a fixed height; wins over `aspect-ratio`. */
  height?: number;

  /** Fallback image URL (a static version of the chart), from your own data. */
  fallback?: string;

  /** The fallback image's text alternative. */
  fallbackAlt?: string;

  /** Caption text. */
  caption?: string;

  /** Credit line. */
  credit?: string;

  /** True once the frame has replaced the facade. */
  active = false;

  /** The fallback image failed: the placeholder stands in. */
  protected failed = false;

  /** The reader pressed the button (then keep the keyboard in the frame once it is there). */
  #pressed = false;

  constructor() {
    super();
    new ConsentController(
      this,
      () => this.#consentId,
      () => this.#activate(false),
    );
    // Delegated to the host, so the button of server-rendered markup works before Lit renders.
    this.addEventListener('click', (event) => {
      const pressed = event
        .composedPath()
        .some((node) => node instanceof Element && node.getAttribute('part') === 'load-button');
      if (pressed) this.#activate(true);
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('url') && this.url && !this.#url)
      this.warn(`url "${this.url}" is not an https address; only https addresses are framed`);
    if (changed.has('aspectRatio') && this.aspectRatio && !ratioOf(this.aspectRatio))
      this.warn(`aspect-ratio "${this.aspectRatio}" is not a ratio such as 16/9, 4:3 or 1.5; 16:9 is used`);
    if (changed.has('fallback')) this.failed = false;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('active') && this.active && this.#pressed)
      this.renderRoot.querySelector<HTMLElement>('[part=embed]')?.focus();
  }

  get #url(): string | undefined {
    return httpsUrl(this.url);
  }

  get #consentId(): string {
    return consentId(this.provider, this.#url);
  }

  /** The height asked for, when it is a usable one. */
  get #height(): number | undefined {
    const h = Number(this.height);
    return h > 0 && h <= MAX_HEIGHT ? h : undefined;
  }

  #activate(pressed: boolean): void {
    this.#pressed ||= pressed;
    const url = this.#url;
    if (this.active || !url) return;
    const src = (this.constructor as typeof EmbedFrame).frameSrc(url);
    if (requestEmbed(this, this.#consentId, src)) this.active = true;
  }

  /** The title as text, for the frame's name and the placeholder. */
  get #title(): string {
    return (this.frameTitle ?? this.querySelector(':scope > [slot=title]')?.textContent ?? '').trim();
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const url = this.#url;
    const title = this.#title;
    const height = this.#height;
    const [w, h] = ratioOf(this.aspectRatio) ?? [16, 9];
    const name = this.provider?.trim() || (url ? new URL(url).hostname : '');
    const hasCaption = Boolean(this.caption) || this.slotted('caption');
    const hasCredit = Boolean(this.credit) || this.slotted('credit');
    // An image on the provider's own servers waits for consent like the frame does.
    const held = onProviderServers(this.fallback, url) && !embedAllowed(this.#consentId);
    const fallback = held || this.failed ? undefined : this.safe('fallback', this.fallback);
    // The fallback stays under the frame: it is what shows while the frame loads.
    const image = fallback
      ? html`<img
          part="fallback"
          src=${fallback}
          alt=${this.fallbackAlt ?? ''}
          loading="lazy"
          decoding="async"
          @error=${() => (this.failed = true)}
        />`
      : nothing;
    let inside: unknown;
    if (this.active && url) {
      const src = (this.constructor as typeof EmbedFrame).frameSrc(url);
      // Cast for lit-analyzer only: its HTML data types sandbox as one token, not a token list.
      const sandbox = (
        /^https?:/i.test(src) && !isSameOrigin(src) ? `${SANDBOX} allow-same-origin` : SANDBOX
      ) as 'allow-scripts';
      inside = html`<iframe
        part="embed"
        src=${src}
        title=${title}
        sandbox=${sandbox}
        allow="fullscreen"
        referrerpolicy="strict-origin-when-cross-origin"
        loading=${this.#pressed ? 'eager' : 'lazy'}
      ></iframe>`;
    } else {
      // The provider's name shows with or without script (the button, which says it too, needs script).
      inside = html`<div part="facade">
        ${name ? html`<span part="provider" aria-hidden="true">${name}</span>` : nothing}
        ${fallback ? nothing : html`<span part="placeholder" aria-hidden="true">${title}</span>`}
        ${
          url
            ? html`<button part="load-button" type="button">
                ${msg(lang, 'loadEmbed', 'Load interactive content from {name}', name)}<span class="visually-hidden"
                  >: ${title}</span
                >
              </button>`
            : nothing
        }
      </div>`;
    }
    return html`
      <figure part="figure">
        <div part="frame">${spacer(w, h, height)}${image}${inside}</div>
        <figcaption part="caption">
          <strong part="title"
            ><slot name="title"><a href=${ifDefined(this.safe('url', this.url))}>${title}</a></slot></strong
          >
          <bdi><slot name="caption" ?hidden=${!hasCaption}>${this.caption}</slot></bdi>
          <span part="credit" ?hidden=${!hasCredit}
            ><span class="visually-hidden">${msg(lang, 'interactive', 'Interactive:')} </span
            ><slot name="credit">${this.credit}</slot></span
          >
        </figcaption>
      </figure>
    `;
  }
}
