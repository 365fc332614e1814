import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EmbedFrame } from '../../components/embed-frame/embed-frame.js';
import { httpsUrl, MAX_HEIGHT, ratioOf } from '../../components/embed-frame/embeds.js';
import { defineElement } from '../../internal/define.js';
import { whenRegistered } from '../../internal/tags.js';
import { ref, type BlockSpec, type JsonSchema } from './spec.js';
import type { Photo } from '../types.js';

/**
 * A chart, map or interactive piece from another site (Datawrapper, Flourish, a map provider) in a
 * sandboxed frame, shown behind a facade with the `fallback` image until the reader presses it or
 * the page allows the provider (see `allowEmbeds`: the consent id is `provider` lower-cased, else
 * the host of `url`).
 */
export interface EmbedBlock {
  type: 'embed';
  /** The embed's address (https only), e.g. https://datawrapper.dwcdn.net/AbC12/1/. */
  url: string;
  /** What the embed shows: the frame's accessible name. */
  title: string;
  /** The provider's name as readers know it, e.g. 'Datawrapper'; without it, the host of `url` is shown. */
  provider?: string;
  /** The box's shape: '16/9', '16:9', '4:3' or '1.5' (16:9 without it or `height`). */
  aspectRatio?: string;
  /** The box's height in CSS pixels, for content of a fixed height. Given with `aspectRatio`, `height` wins. */
  height?: number;
  /** A static image of the content (a chart's PNG), shown until the frame loads and without script. */
  fallback?: Photo;
  caption?: string;
  credit?: string;
}

// The element comes with the block's code (in the script-tag bundle, a file loaded the first time
// an article has an embed): it defines itself under every name defineArticleElements registers.
whenRegistered((tags, prefix) => defineElement(tags.embed, prefix ? class extends EmbedFrame {} : EmbedFrame));

export const embed: BlockSpec<EmbedBlock> = {
  normalize: (read) => {
    const given = read.url('url', true);
    const url =
      given &&
      (httpsUrl(given) ??
        read.report(
          `${JSON.stringify(given)} is not an https address; only https addresses are framed`,
          'unsafe-url',
          'error',
          `${read.path}.url`,
        ));
    const title = read.text('title', true);
    let aspectRatio = read.text('aspectRatio');
    if (aspectRatio && !ratioOf(aspectRatio))
      aspectRatio = read.report(
        `${JSON.stringify(aspectRatio)} is not a ratio such as 16/9, 4:3 or 1.5 (from 1:10 to 10:1); left out`,
        'bad-value',
        'error',
        `${read.path}.aspectRatio`,
      );
    let height = read.number('height');
    if (height && height > MAX_HEIGHT)
      height = read.report(
        `${height} is taller than ${MAX_HEIGHT} px; left out`,
        'bad-number',
        'error',
        `${read.path}.height`,
      );
    // A fixed height is what the content needs at every width (a chart's text wraps, its height does
    // not scale): it wins over a shape.
    if (height && aspectRatio)
      aspectRatio = read.report(
        'both aspectRatio and height given: height is used',
        'bad-value',
        'warning',
        `${read.path}.aspectRatio`,
      );
    // The fallback fills the embed's box, contained: it needs no size. Its alt text describes the
    // static chart (the title only names it).
    const f = read.object(read.value.fallback, `${read.path}.fallback`, 'a photo object');
    const fallbackSrc = f?.url('src', true);
    const fallback: Photo | undefined = fallbackSrc ? { src: fallbackSrc, alt: f!.text('alt') ?? '' } : undefined;
    // Every field read (and reported) before a missing one skips the block.
    if (!url || !title) return undefined;
    return {
      url,
      title,
      provider: read.text('provider'),
      aspectRatio,
      height,
      fallback,
      caption: read.text('caption'),
      credit: read.text('credit'),
    };
  },
  // The title is a link to the original in light DOM: readable without script and by reader modes.
  // Caption and credit are attributes too: the server cannot see slotted content to show their wrappers.
  render: (b, { html }) =>
    html`<embed-frame
      data-article-role="embed"
      url=${b.url}
      frame-title=${b.title}
      provider=${ifDefined(b.provider)}
      aspect-ratio=${ifDefined(b.aspectRatio)}
      height=${ifDefined(b.height)}
      fallback=${ifDefined(b.fallback?.src)}
      fallback-alt=${ifDefined(b.fallback?.alt)}
      caption=${ifDefined(b.caption)}
      credit=${ifDefined(b.credit)}
      ><a slot="title" href=${b.url}>${b.title}</a>${
        b.caption ? html`<span slot="caption">${b.caption}</span>` : nothing
      }${b.credit ? html`<span slot="credit">${b.credit}</span>` : nothing}</embed-frame
    >`,
  text: (b) => [b.title, b.caption].filter(Boolean).join(' '),
  // No JSON-LD: an article's `image` is what represents it (search results, link previews pick
  // from it), and a chart's static fallback seldom should; the chart is in the article's text.
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['url', 'title'],
  properties: {
    url: { type: 'string', pattern: '^\\s*[Hh][Tt][Tt][Pp][Ss]://' },
    title: { type: 'string', minLength: 1 },
    provider: { type: 'string' },
    aspectRatio: { type: 'string', pattern: '^\\s*\\d{1,6}(?:\\.\\d{1,6})? *(?:[/:] *\\d{1,6}(?:\\.\\d{1,6})?)?\\s*$' },
    height: { type: 'number', exclusiveMinimum: 0, maximum: MAX_HEIGHT },
    fallback: {
      type: 'object',
      required: ['src'],
      properties: { src: ref('url'), alt: { type: 'string' } },
    },
    caption: { type: 'string' },
    credit: { type: 'string' },
  },
};
