import { nothing } from 'lit';
import { VideoEmbed } from '../../components/video-embed/video-embed.js';
import {
  clockTime,
  PAGE_SHAPES,
  PLAYERS,
  PROVIDER_NAMES,
  videoPath,
  VIDEO_PROVIDERS,
  type VideoProvider,
} from '../../components/video-embed/providers.js';
import { defineElement } from '../../internal/define.js';
import { whenRegistered } from '../../internal/tags.js';
import { ref, type BlockSpec, type JsonSchema } from './spec.js';
import type { Photo } from '../types.js';

/**
 * A video: from YouTube or Vimeo (shown behind a facade until the reader presses play or the page
 * allows the provider, see `allowEmbeds`), or the publisher's own file.
 */
export interface VideoBlock {
  type: 'video';
  provider: VideoProvider;
  /** The video's page: youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/…, vimeo.com/123…; any page for a file. */
  url: string;
  title: string;
  /** The facade's image. Only this image is shown: no thumbnail is fetched from the provider. */
  poster?: Photo;
  /** The video file, for provider 'file'. */
  src?: string;
  /** ISO 8601 duration, e.g. PT2M30S. */
  duration?: string;
  /** ISO 8601 date of upload. */
  uploaded?: string;
  caption?: string;
  credit?: string;
  /** With `height`, the shape of the video's box (16:9 without them). */
  width?: number;
  height?: number;
}

// The element comes with the block's code (in the script-tag bundle, a file loaded the first time
// an article has a video): it defines itself under every name defineArticleElements registers.
whenRegistered((tags, prefix) => defineElement(tags.video, prefix ? class extends VideoEmbed {} : VideoEmbed));

export const video: BlockSpec<VideoBlock> = {
  normalize: (read) => {
    const provider = read.oneOf('provider', VIDEO_PROVIDERS);
    const url = read.url('url', true);
    const title = read.text('title', true);
    if (read.value.provider == null) read.report('missing', 'missing', 'error', `${read.path}.provider`);
    // Each missing or bad field is reported; the normalizer then reports the block as skipped.
    if (!provider || !url || !title) return undefined;
    if (provider !== 'file' && !videoPath(provider, url))
      return read.report(
        `${JSON.stringify(url)} is not a ${PROVIDER_NAMES[provider]} video page (${PAGE_SHAPES[provider]})`,
        'bad-value',
        'error',
        `${read.path}.url`,
      );
    let src: string | undefined;
    if (provider === 'file') {
      src = read.url('src', true);
      if (!src) return undefined;
    } else if (read.value.src != null) {
      read.report(`only for provider "file"; left out`, 'bad-value', 'warning', `${read.path}.src`);
    }
    let duration = read.text('duration');
    if (duration && !clockTime(duration))
      duration = read.report(
        `${JSON.stringify(duration)} is not an ISO 8601 duration such as PT2M30S; left out`,
        'bad-value',
        'error',
        `${read.path}.duration`,
      );
    // The poster fills the video's box and the title names the video: it needs no alt and no size.
    // One file, as for <video poster>: srcset and sizes are not read.
    const p = read.object(read.value.poster, `${read.path}.poster`, 'a photo object');
    const posterSrc = p?.url('src', true);
    const poster: Photo | undefined = posterSrc ? { src: posterSrc, alt: p!.text('alt') ?? '' } : undefined;
    const width = read.number('width');
    const height = read.number('height');
    const sized = width && height;
    if ((width || height) && !sized)
      read.report('width and height go together; a 16:9 box is used', 'no-size', 'warning');
    return {
      provider,
      url,
      title,
      poster,
      src,
      duration,
      uploaded: read.date('uploaded'),
      caption: read.text('caption'),
      credit: read.text('credit'),
      width: sized ? width : undefined,
      height: sized ? height : undefined,
    };
  },
  render: (b, { html }) =>
    html`<video-embed
      data-article-role="video"
      provider=${b.provider}
      url=${b.url}
      src=${b.src ?? nothing}
      video-title=${b.title}
      poster=${b.poster?.src ?? nothing}
      width=${b.width ?? nothing}
      height=${b.height ?? nothing}
      duration=${b.duration ?? nothing}
      caption=${b.caption ?? nothing}
      credit=${b.credit ?? nothing}
      ><span slot="title">${b.title}</span>${b.caption ? html`<span slot="caption">${b.caption}</span>` : nothing}${
        b.credit ? html`<span slot="credit">${b.credit}</span>` : nothing
      }</video-embed
    >`,
  text: (b) => [b.title, b.caption].filter(Boolean).join(' '),
  // schema.org VideoObject, under the article's `video`.
  jsonLd: (b, absolute) => {
    const path = b.provider === 'file' ? undefined : videoPath(b.provider, b.url);
    return {
      video: [
        {
          '@type': 'VideoObject',
          name: b.title,
          description: b.caption ?? b.title,
          thumbnailUrl: absolute(b.poster?.src),
          uploadDate: b.uploaded,
          duration: b.duration,
          url: absolute(b.url),
          embedUrl: path && PLAYERS[b.provider as 'youtube' | 'vimeo'] + path,
          contentUrl: absolute(b.src),
        },
      ],
    };
  },
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['provider', 'url', 'title'],
  properties: {
    provider: { enum: VIDEO_PROVIDERS },
    url: ref('url'),
    title: { type: 'string', minLength: 1 },
    poster: {
      type: 'object',
      required: ['src'],
      properties: { src: ref('url'), alt: { type: 'string' } },
    },
    src: ref('url'),
    duration: { type: 'string', pattern: '^P(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:[.,]\\d+)?S)?)?$' },
    uploaded: ref('date'),
    caption: { type: 'string' },
    credit: { type: 'string' },
    width: { type: 'number', exclusiveMinimum: 0 },
    height: { type: 'number', exclusiveMinimum: 0 },
  },
  if: { properties: { provider: { const: 'file' } } },
  then: { required: ['src'] },
};
