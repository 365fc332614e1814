import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref, type BlockSpec, type JsonSchema } from './spec.js';
import { accent, link as linkColor, raised, rule, sans, serif, text } from '../../internal/tokens.js';
import type { Photo } from '../types.js';

/** A card linking to a related article: kicker, headline and an optional image, all one link. */
export interface LinkBlock {
  type: 'link';
  url: string;
  headline: string;
  /** A short label above the headline, e.g. "Related" or the section. */
  kicker?: string;
  image?: Photo;
}

export const link: BlockSpec<LinkBlock> = {
  normalize: (read) => {
    const url = read.url('url', true);
    const headline = read.text('headline', true);
    if (!url || !headline) return undefined;
    return { url, headline, kicker: read.text('kicker'), image: read.photo('image') };
  },
  // One link: the image is decorative (the headline names the link), lazy, its box reserved.
  render: (b) => {
    const img = b.image;
    return html`<a data-article-role="link" href=${b.url}
      >${
        img
          ? html`<img
              src=${img.src}
              srcset=${img.srcset ?? nothing}
              sizes=${img.sizes ?? nothing}
              width=${ifDefined(img.width)}
              height=${ifDefined(img.height)}
              alt=""
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }<span data-part="text"
        >${b.kicker ? html`<span data-part="kicker">${b.kicker}</span>` : nothing}<span data-part="headline"
          >${b.headline}</span
        ></span
      ></a
    >`;
  },
  text: (b) => [b.kicker, b.headline].filter(Boolean).join(' '),
  // One card, one link: kicker, headline and an image in a reserved box.
  styles: (r) =>
    `:where(${r('link')}){display:flex;align-items:center;gap:1rem;padding-block:1rem;border-block:1px solid ${rule};color:${text};text-decoration:none}` +
    `:where(${r('link')} img){flex:none;inline-size:clamp(5.5rem,28%,10rem);block-size:auto;aspect-ratio:3/2;object-fit:cover;border-radius:.25rem;background:${raised}}` +
    `:where(${r('link')}) [data-part=text]{display:flex;flex-direction:column;gap:.3rem}` +
    `:where(${r('link')}) [data-part=kicker]{font-family:${sans};font-size:.75rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:${accent}}` +
    `:where(${r('link')}) [data-part=headline]{font-family:${serif};font-size:1.1875rem;font-weight:700;line-height:1.3;text-wrap:balance}` +
    `:where(${r('link')}:hover) [data-part=headline]{text-decoration:underline;text-decoration-thickness:.06em;text-underline-offset:.18em}` +
    `:where(${r('link')}):focus-visible{outline:2px solid ${linkColor};outline-offset:2px}`,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['url', 'headline'],
  properties: {
    url: ref('url'),
    headline: { type: 'string', minLength: 1 },
    kicker: { type: 'string' },
    image: ref('photo'),
  },
};
