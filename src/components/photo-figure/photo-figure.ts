import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { msg } from '../../internal/i18n.js';
import { safeSrcset } from '../../internal/url.js';
import { styles } from './photo-figure.styles.js';

const PICTURE_ICON = /* @__PURE__ */ svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5"><rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="m3 17 5-5 4 4 3-3 6 6"/><path d="M3 3l18 18"/></svg>`;

/**
 * A photograph with caption and credit. Its box is reserved from `width` and `height` before the
 * file arrives, so nothing below it moves; a file that fails keeps that box and shows the alt text.
 *
 * The `<img>` can be a child (`<img slot="image">`), as `<news-article>` composes it: then it is in
 * the document itself, where reader modes (Firefox's Reader View, Safari's Reader) and crawlers
 * find it, while this element's shadow styles keep its geometry (the page's CSS cannot resize or
 * move it) and show the fallback if it fails. Given only attributes, the element draws its own
 * `<img>` in its shadow root; it never writes into its light DOM, which belongs to the page (and
 * to frameworks that reconcile it).
 *
 * @tagname photo-figure
 * @summary Responsive image with caption and credit, no layout shift, and a readable broken state.
 *
 * @slot image - An `<img>` with `src`, `alt`, `width` and `height` (mirror `alt`, `width` and `height` as attributes of this element too: they size the box and name the fallback). Falls back to an `<img>` drawn from the attributes.
 * @slot caption - Caption text. Falls back to `caption`.
 * @slot credit - Credit, e.g. "Kevin Lamarque/Reuters". Falls back to `credit`.
 *
 * @csspart figure - The `<figure>`.
 * @csspart image - The box that holds the image (and, when it fails, the fallback). It clips the image, so a `border-radius` or `filter` here applies to it; style a slotted `<img>` itself with an ordinary selector.
 * @csspart fallback - What shows in place of an image that failed to load.
 * @csspart caption - The `<figcaption>`, holding caption and credit.
 * @csspart credit - The credit.
 *
 * @cssproperty [--article-photo-figure-placeholder-color=var(--article-color-raised)] - Box colour while the image loads.
 * @cssproperty [--article-photo-figure-credit-color=var(--article-color-muted)] - Credit colour.
 * @cssproperty [--article-photo-figure-radius=0] - Corner radius of the image.
 * @cssproperty [--article-photo-figure-caption-inset=0] - Inline padding of the caption.
 */
export class PhotoFigure extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    src: {},
    srcset: {},
    sizes: {},
    alt: {},
    width: { type: Number },
    height: { type: Number },
    caption: {},
    credit: {},
    lead: { type: Boolean, reflect: true },
    decorative: { type: Boolean },
    broken: { state: true, attribute: false },
  };

  /** Image URL; relative URLs resolve against the page. */
  src?: string;

  /** Responsive candidates, as for `<img srcset>`. */
  srcset?: string;

  /** Layout widths, as for `<img sizes>`. */
  sizes?: string;

  /** Text alternative. Required unless `decorative` is set. */
  alt?: string;

  /** Intrinsic width; with `height`, reserves the box before the image loads. */
  width?: number;

  /** Intrinsic height. */
  height?: number;

  /** Caption text. */
  caption?: string;

  /** Credit line, e.g. "Kevin Lamarque/Reuters". */
  credit?: string;

  /** The article's lead image: loads eagerly at high priority instead of lazily. */
  lead = false;

  /** The image adds nothing a reader needs: it gets an empty alt and no missing-alt warning. */
  decorative = false;

  /** True when the image failed to load. */
  private broken = false;

  /** The image shown: the slotted one, else the one drawn in the shadow root. */
  get #img(): HTMLImageElement | null {
    return (
      this.querySelector<HTMLImageElement>(':scope > img[slot="image"]') ??
      this.renderRoot?.querySelector('img') ??
      null
    );
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A new image gets its chance (not at the first update: an error before it was this image's).
    if (this.hasUpdated && (changed.has('src') || changed.has('srcset'))) this.broken = false;
    if ((changed.has('alt') || changed.has('src')) && this.src && this.alt == null && !this.decorative) {
      this.warn(`alt text is missing for "${this.src}"; add alt, or set decorative for a purely decorative image`);
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Delegated (error does not bubble: capture), so a server-rendered <img> is heard too. A slotted
    // <img>'s events pass through its slot, in this root, on their way to the host.
    root.addEventListener(
      'error',
      (event) => (event.target as Element).localName === 'img' && this.#handleError(),
      true,
    );
    return root;
  }

  override firstUpdated(): void {
    // An image that failed before this element upgraded (server-rendered markup) fired its error already.
    const img = this.#img;
    if (img && img.complete && img.naturalWidth === 0 && img.getAttribute('src')) this.#handleError();
  }

  override updated(): void {
    // The box a broken image keeps (see the styles). Set through the CSSOM, never as a style
    // attribute, which a strict style-src would refuse.
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const size = this.#size();
    frame?.style.setProperty('--_ratio', size ? `${size[0]} / ${size[1]}` : '3 / 2');
  }

  /** Width and height: this element's, else a slotted image's own attributes. */
  #size(): [number, number] | undefined {
    const img = this.slotted('image') ? this.#img : null;
    const w = Number(this.width ?? img?.getAttribute('width'));
    const h = Number(this.height ?? img?.getAttribute('height'));
    return w > 0 && h > 0 ? [w, h] : undefined;
  }

  #handleError(): void {
    // Once per src: a server-rendered image that failed fails again in the DOM Lit renders after it.
    if (this.broken) return;
    this.broken = true;
    // Composed by <news-article>, the photo knows its JSON path: the warning names it.
    const path = this.dataset.jsonPath ? `${this.dataset.jsonPath}.src: ` : '';
    const src = this.#img?.getAttribute('src') ?? this.src;
    this.warn(`${path}image "${src}" failed to load; showing its alt text instead`);
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const slotted = this.slotted('image');
    const src = slotted ? this.#img?.getAttribute('src') || undefined : this.safe('src', this.src);
    const sized = Boolean(this.#size());
    const alt = this.decorative ? '' : (this.alt ?? (slotted ? this.#img?.alt : undefined) ?? '');
    const broken = this.broken || !src;
    const hasCaption = Boolean(this.caption) || this.slotted('caption');
    const hasCredit = Boolean(this.credit) || this.slotted('credit');
    // The server cannot see children, so it cannot tell whether an <img> is slotted: its fallback
    // <img> is lazy there, and a lazy image that is not shown (a slotted one is) is never fetched.
    // Only a lead photo given as attributes alone loses its eager load, until the first update.
    const eager = this.lead && !isServer;
    return html`
      <figure part="figure">
        <div part="image" class=${['frame', broken && 'broken', !sized && 'unsized'].filter(Boolean).join(' ')}>
          <slot name="image"
            >${
              slotted
                ? nothing
                : src
                  ? html`<img
                      src=${src}
                      srcset=${this.safe('srcset', this.srcset, safeSrcset) || nothing}
                      sizes=${this.sizes || nothing}
                      alt=${alt}
                      width=${ifDefined(sized ? this.width : undefined)}
                      height=${ifDefined(sized ? this.height : undefined)}
                      loading=${eager ? 'eager' : 'lazy'}
                      fetchpriority=${eager ? 'high' : 'auto'}
                      decoding="async"
                    />`
                  : html`<img alt=${alt} />`
            }</slot
          >
          ${
            broken
              ? // In place of the image, named as it was: the broken <img> is hidden, so without a
                // role and name here the accessibility tree would lose both.
                html`<div
                  part="fallback"
                  role=${ifDefined(alt ? 'img' : undefined)}
                  aria-label=${alt || nothing}
                  aria-hidden=${ifDefined(alt ? undefined : 'true')}
                >
                  ${PICTURE_ICON}<strong>${msg(lang, 'imageUnavailable', 'Image unavailable')}</strong>${alt ? html`<span>${alt}</span>` : nothing}
                </div>`
              : nothing
          }
        </div>
        <figcaption part="caption" ?hidden=${!hasCaption && !hasCredit}>
          <bdi><slot name="caption" ?hidden=${!hasCaption}>${this.caption}</slot></bdi>
          <span part="credit" ?hidden=${!hasCredit}
            ><span class="visually-hidden">${msg(lang, 'photo', 'Photo:')} </span
            ><slot name="credit">${this.credit}</slot></span
          >
        </figcaption>
      </figure>
    `;
  }
}
