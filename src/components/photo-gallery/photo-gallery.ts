import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { msg, plural } from '../../internal/i18n.js';
import { safeSrcset } from '../../internal/url.js';
import type { Photo } from '../../article/types.js';
import { styles } from './photo-gallery.styles.js';

declare module '../../internal/i18n.js' {
  interface Messages {
    /** The viewer's name when the gallery has no caption; `{name}` is the count. */
    photos: Plural;
    /** The viewer's position, "3 of 8": `{name}` is the image's number, `{count}` how many there are. */
    imageOf: string;
    /** A thumbnail's name when its image has no alt text; `{name}` is its number. */
    imageNumber: string;
    previousImage: string;
    nextImage: string;
    closeViewer: string;
  }
}

const own = (o: object, key: string): unknown =>
  Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
const num = (v: unknown) => (Number(v) > 0 ? Number(v) : undefined);
const ICON = (d: string) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d=${d} /></svg>`;

/**
 * Photographs as a gallery: a swipeable strip on narrow screens and a grid on wide ones, each
 * thumbnail a button that opens a full-screen viewer (a modal dialog: arrow keys, Home and End,
 * Escape, swipe, previous and next buttons; the caption is read out as the image changes, and focus
 * goes back to the thumbnail on close). Every thumbnail's box is fixed before its file arrives and
 * kept when it fails (then its alt text shows in its place), so nothing moves; images load lazily.
 *
 * The data is the `images` attribute (JSON, a list of photos). As `<news-article>` composes it, each
 * `<img>` and caption is also a child (`<img slot="image-0">`, `<span slot="caption-0">`…), so reader
 * modes and crawlers, which read only the document, find the pictures and their captions. Without
 * children the element draws its own images and captions from `images`.
 *
 * @tagname photo-gallery
 * @summary Responsive photo gallery with an accessible full-screen viewer and no layout shift.
 *
 * @slot image-N - The Nth image (from 0), an `<img>` with `src`, `alt`, `width` and `height`. Falls back to one drawn from `images[N]`.
 * @slot caption-N - The Nth image's caption. Falls back to `images[N].caption`.
 * @slot credit-N - The Nth image's credit. Falls back to `images[N].credit`.
 * @slot caption - The gallery's caption. Falls back to `caption`.
 * @slot credit - The gallery's credit. Falls back to `credit`.
 *
 * @csspart figure - The `<figure>` around the gallery.
 * @csspart list - The list of thumbnails: a scrolling strip on narrow screens, a grid on wide ones.
 * @csspart item - One image with its caption.
 * @csspart thumb - The button that opens the viewer, holding the image's box.
 * @csspart fallback - What shows in place of an image that failed to load.
 * @csspart item-caption - An image's caption and credit.
 * @csspart caption - The gallery's `<figcaption>`.
 * @csspart credit - A credit (the gallery's or an image's).
 * @csspart viewer - The full-screen `<dialog>`.
 * @csspart stage - The viewer's image box.
 * @csspart viewer-image - The viewer's `<img>`.
 * @csspart viewer-caption - The viewer's position, caption and credit (a polite live region).
 * @csspart position - "3 of 8".
 * @csspart previous - The previous-image button.
 * @csspart next - The next-image button.
 * @csspart close - The close button.
 *
 * @cssproperty [--article-photo-gallery-placeholder-color=var(--article-color-raised)] - Box colour while an image loads.
 * @cssproperty [--article-photo-gallery-radius=0] - Corner radius of the thumbnails.
 * @cssproperty [--article-photo-gallery-ratio=3 / 2] - Shape of the thumbnails (images are cropped to it; the viewer shows them whole).
 * @cssproperty [--article-photo-gallery-viewer-background=#0c0c0c] - The viewer's background.
 */
export class PhotoGallery extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    images: { type: Array },
    caption: {},
    credit: {},
    open: { state: true },
    broken: { state: true },
  };

  /** The photos: `src`, `alt`, `width`, `height`, `srcset`, `sizes`, `caption`, `credit` each. */
  images: Photo[] = [];

  /** The gallery's caption. */
  caption?: string;

  /** The gallery's credit, e.g. "Photos: Reuters". */
  credit?: string;

  /** The image shown in the viewer, or -1 when it is closed. */
  private open = -1;

  /** Images that failed to load (thumbnails by number; -1 for the viewer's). */
  private broken = new Set<number>();

  /** The images, checked: unsafe URLs out, text as text. */
  #list: Photo[] = [];
  /** The thumbnail that opened the viewer. */
  #opener = 0;
  #touch?: [x: number, y: number];

  constructor() {
    super();
    // Delegated to the host, so server-rendered thumbnails open the viewer before Lit renders.
    this.addEventListener('click', (event) => {
      const thumb = event.composedPath().find((n) => n instanceof HTMLElement && n.getAttribute('part') === 'thumb');
      if (thumb) this.show(Number((thumb as HTMLElement).dataset.i));
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('images')) return;
    this.broken = new Set();
    this.#list = (Array.isArray(this.images) ? this.images : []).flatMap((p, i) => {
      if (typeof p !== 'object' || !p) return [];
      const src = this.safe(`images[${i}].src`, own(p, 'src'));
      if (!src) return [];
      const width = num(own(p, 'width'));
      const height = width && num(own(p, 'height'));
      return [
        {
          src,
          alt: str(own(p, 'alt')) ?? '',
          width: height ? width : undefined,
          height,
          srcset: this.safe(`images[${i}].srcset`, own(p, 'srcset'), safeSrcset),
          sizes: str(own(p, 'sizes')),
          caption: str(own(p, 'caption')),
          credit: str(own(p, 'credit')),
        },
      ];
    });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Delegated (error does not bubble: capture), so server-rendered and slotted images are heard too.
    root.addEventListener('error', (event) => this.#failed(event.target as Element), true);
    return root;
  }

  override firstUpdated(): void {
    // Images that failed before this element upgraded fired their error already.
    for (const img of this.querySelectorAll<HTMLImageElement>(':scope > img'))
      if (img.complete && !img.naturalWidth && img.getAttribute('src')) this.#failed(img);
  }

  override updated(changed: PropertyValues<this>): void {
    // The viewer is rendered only while open (a closed gallery costs no dialog and requests nothing).
    const dialog = this.renderRoot.querySelector('dialog');
    if ((changed as PropertyValues).has('open') && dialog && !dialog.open) dialog.showModal();
  }

  #failed(img: Element): void {
    if (img.localName !== 'img') return;
    const i = img.getAttribute('part') === 'viewer-image' ? -1 : Number(/\d+$/.exec(img.slot || img.id)?.[0]);
    if (Number.isNaN(i) || this.broken.has(i)) return;
    this.broken = new Set(this.broken).add(i);
    const path = this.dataset.jsonPath ? `${this.dataset.jsonPath}.images[${i < 0 ? this.open : i}].src: ` : '';
    this.warn(`${path}image "${img.getAttribute('src')}" failed to load; showing its alt text instead`);
  }

  /** Opens the viewer on image `i` (from 0). */
  show(i: number): void {
    const n = this.#list.length;
    if (!n || !(i >= 0)) return;
    i = Math.min(i, n - 1);
    if (this.open < 0) this.#opener = i;
    // Another image gets its chance in the viewer.
    if (i !== this.open) this.broken.delete(-1);
    this.open = i;
  }

  /** Closes the viewer, focus back on the thumbnail that opened it. */
  close(): void {
    if (this.open < 0) return;
    this.open = -1;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[part=thumb][data-i="${this.#opener}"]`)?.focus(),
    );
  }

  /** `step` images on, in reading order (wrapping around). */
  #step(step: number): void {
    const n = this.#list.length;
    this.show((this.open + step + n) % n);
  }

  get #rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  #key(event: KeyboardEvent): void {
    const back = this.#rtl ? 'ArrowRight' : 'ArrowLeft';
    const on = this.#rtl ? 'ArrowLeft' : 'ArrowRight';
    const { key } = event;
    if (key === back || key === on) this.#step(key === on ? 1 : -1);
    else if (key === 'Home' || key === 'End') this.show(key === 'Home' ? 0 : this.#list.length - 1);
    else return;
    event.preventDefault();
  }

  #pointerUp(event: PointerEvent): void {
    const start = this.#touch;
    this.#touch = undefined;
    if (!start || event.pointerType === 'mouse') return;
    const dx = event.clientX - start[0];
    // A swipe: mostly sideways, and far enough not to be a tap. Leftward is "next" in left-to-right text.
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(event.clientY - start[1]))
      this.#step(dx < 0 !== this.#rtl ? 1 : -1);
  }

  #fallback(alt: string, lang: string): TemplateResult {
    // In place of the image, as text: it is read out (a thumbnail's button takes it as its name).
    return html`<span part="fallback"
      ><strong>${msg(lang, 'imageUnavailable', 'Image unavailable')}</strong> <span>${alt}</span></span
    >`;
  }

  #credit(slot: string, credit: string | undefined, lang: string, shown: boolean): TemplateResult {
    return html`<span part="credit" ?hidden=${!shown}
      ><span class="visually-hidden">${msg(lang, 'photo', 'Photo:')} </span
      >${slot ? html`<slot name=${slot}>${credit}</slot>` : credit}</span
    >`;
  }

  #viewer(lang: string): TemplateResult {
    const list = this.#list;
    const i = this.open;
    const p = list[i];
    const name = this.caption || plural(lang, 'photos', { one: '{name} photo', other: '{name} photos' }, list.length);
    const position = msg(lang, 'imageOf', '{name} of {count}', String(i + 1)).replace('{count}', String(list.length));
    const button = (part: string, label: string, d: string, click: () => void) =>
      html`<button part=${part} type="button" aria-label=${label} @click=${click}>${ICON(d)}</button>`;
    return html`<dialog
      part="viewer"
      aria-label=${name}
      aria-describedby="now"
      @cancel=${() => this.close()}
      @close=${(e: Event) => (e.target as Element).isConnected && this.close()}
      @keydown=${this.#key}
      @pointerdown=${(e: PointerEvent) => (this.#touch = [e.clientX, e.clientY])}
      @pointerup=${this.#pointerUp}
    >
      ${
        p
          ? html`<div part="stage" class=${this.broken.has(-1) ? 'broken' : ''}>
                <img
                  part="viewer-image"
                  src=${p.src}
                  srcset=${ifDefined(p.srcset)}
                  sizes="100vw"
                  alt=${p.alt}
                  decoding="async"
                />${this.broken.has(-1) ? this.#fallback(p.alt, lang) : nothing}
              </div>
              <p part="viewer-caption" id="now" aria-live="polite">
                <span part="position">${position}</span>
                ${p.caption ? html`<bdi>${p.caption}</bdi>` : nothing}
                ${p.credit ? this.#credit('', p.credit, lang, true) : nothing}
              </p>
              ${button('close', msg(lang, 'closeViewer', 'Close'), 'M6 6l12 12M18 6 6 18', () => this.close())}
              ${button('previous', msg(lang, 'previousImage', 'Previous image'), 'M15 5l-7 7 7 7', () => this.#step(-1))}
              ${button('next', msg(lang, 'nextImage', 'Next image'), 'M9 5l7 7-7 7', () => this.#step(1))}`
          : nothing
      }
    </dialog>`;
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const list = this.#list;
    const hasCaption = Boolean(this.caption) || this.slotted('caption');
    const hasCredit = Boolean(this.credit) || this.slotted('credit');
    return html`<figure part="figure">
        <ul part="list">
          ${list.map((p, i) => {
            const caption = Boolean(p.caption) || this.slotted(`caption-${i}`);
            const credit = Boolean(p.credit) || this.slotted(`credit-${i}`);
            return html`<li part="item">
              <button
                part="thumb"
                type="button"
                data-i=${i}
                aria-haspopup="dialog"
                aria-label=${ifDefined(
                  this.broken.has(i) ? undefined : p.alt || msg(lang, 'imageNumber', 'Image {name}', String(i + 1)),
                )}
                class=${this.broken.has(i) ? 'broken' : ''}
              >
                <slot name="image-${i}"
                  ><img
                    id="i${i}"
                    src=${p.src}
                    srcset=${ifDefined(p.srcset)}
                    sizes=${ifDefined(p.sizes)}
                    alt=${p.alt}
                    width=${ifDefined(p.width)}
                    height=${ifDefined(p.height)}
                    loading="lazy"
                    decoding="async"
                /></slot>
                ${this.broken.has(i) ? this.#fallback(p.alt, lang) : nothing}
              </button>
              <p part="item-caption" ?hidden=${!caption && !credit}>
                <bdi ?hidden=${!caption}><slot name="caption-${i}">${p.caption}</slot></bdi>
                ${this.#credit(`credit-${i}`, p.credit, lang, credit)}
              </p>
            </li>`;
          })}
        </ul>
        <figcaption part="caption" ?hidden=${!hasCaption && !hasCredit}>
          <bdi ?hidden=${!hasCaption}><slot name="caption">${this.caption}</slot></bdi>
          ${this.#credit('credit', this.credit, lang, hasCredit)}
        </figcaption>
      </figure>
      ${this.open < 0 ? nothing : this.#viewer(lang)}`;
  }
}
