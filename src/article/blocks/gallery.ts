import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PhotoGallery } from '../../components/photo-gallery/photo-gallery.js';
import { defineElement } from '../../internal/define.js';
import { whenRegistered } from '../../internal/tags.js';
import { ref, type BlockSpec, type JsonSchema } from './spec.js';
import type { Photo } from '../types.js';

/** Photographs shown together: a strip or grid of thumbnails, each opening a full-screen viewer. */
export interface GalleryBlock {
  type: 'gallery';
  /** At least one; each read as the image block's photo is (caption and credit per image). */
  images: Photo[];
  caption?: string;
  credit?: string;
}

// The element comes with the block's code (in the script-tag bundle, a file loaded the first time
// an article has a gallery): it defines itself under every name defineArticleElements registers.
whenRegistered((tags, prefix) => defineElement(tags.gallery, prefix ? class extends PhotoGallery {} : PhotoGallery));

// Thumbnails are at most a third of the column on wide screens, most of it on narrow ones; `auto`
// lets engines that know it (lazy images only) use the laid-out width.
const THUMB_SIZES = 'auto, (min-width: 40rem) 33vw, 85vw';

export const gallery: BlockSpec<GalleryBlock> = {
  normalize: (read) => {
    // A bad image is reported (with its path, e.g. body[3].images[2].src) and left out; the rest show.
    const images = read.list('images', (value, path) => read.object(value, path, 'a photo object')?.photo());
    if (!images.length)
      return read.report(
        read.value.images == null ? 'missing' : 'no usable image',
        'empty',
        'error',
        `${read.path}.images`,
      );
    return { images, caption: read.text('caption'), credit: read.text('credit') };
  },
  // The images and captions are children too (see photo-gallery), in the light DOM where reader
  // modes and crawlers look; `images` holds the same data for the element's own use (the viewer,
  // the box of a failed image) and for server rendering, which cannot see children.
  render: (b, { html, path }) =>
    html`<photo-gallery
      data-article-role="gallery"
      data-json-path=${path}
      images=${JSON.stringify(b.images)}
      caption=${b.caption ?? nothing}
      credit=${b.credit ?? nothing}
      >${b.images.map(
        (p, i) =>
          html`<img
              slot="image-${i}"
              src=${p.src}
              srcset=${ifDefined(p.srcset)}
              sizes=${ifDefined(p.srcset ? (p.sizes ?? THUMB_SIZES) : undefined)}
              alt=${p.alt}
              width=${ifDefined(p.width)}
              height=${ifDefined(p.height)}
              loading="lazy"
              decoding="async"
            />${p.caption ? html`<span slot="caption-${i}">${p.caption}</span>` : nothing}${
              p.credit ? html`<span slot="credit-${i}">${p.credit}</span>` : nothing
            }`,
      )}${b.caption ? html`<span slot="caption">${b.caption}</span>` : nothing}${
        b.credit ? html`<span slot="credit">${b.credit}</span>` : nothing
      }</photo-gallery
    >`,
  text: (b) => [...b.images.map((p) => p.caption), b.caption].filter(Boolean).join(' '),
  // The photos join the article's `image` list (jsonld.ts makes them ImageObjects and leaves out a
  // repeat of the lead photo).
  jsonLd: (b) => ({ image: b.images }),
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['images'],
  properties: {
    images: { type: 'array', minItems: 1, items: ref('photo') },
    caption: { type: 'string' },
    credit: { type: 'string' },
  },
};
