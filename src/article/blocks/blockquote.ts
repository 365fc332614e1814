import { nothing } from 'lit';
import { slotLink } from './slot-link.js';
import { plainText, ref, type BlockSpec, type JsonSchema } from './spec.js';
import { keepEllipses } from '../../internal/templates.js';
import type { Link } from '../types.js';

/**
 * A passage quoted from another work. `html` may hold paragraphs (`p`) and the paragraph's
 * inline elements.
 */
export interface BlockquoteBlock {
  type: 'blockquote';
  html: string;
  /** The quoted work's publisher; its `url` becomes the quotation's `cite`. */
  source?: Link;
}

export const blockquote: BlockSpec<BlockquoteBlock> = {
  normalize: (read) => {
    const html = read.html('html', true);
    return html === undefined ? undefined : { html, source: read.link('source') };
  },
  render: (b, { html, sanitize }) =>
    html`<pull-quote
      data-article-role="quote"
      variant="block"
      source=${b.source?.name ?? nothing}
      cite=${b.source?.url ?? nothing}
      >${sanitize(keepEllipses(b.html), 'block', 'html')}${slotLink('source', b.source)}</pull-quote
    >`,
  text: (b) => plainText(b.html),
  jsonLd: (b, absolute) =>
    b.source && { citation: [{ '@type': 'CreativeWork', name: b.source.name, url: absolute(b.source.url) }] },
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = { required: ['html'], properties: { html: ref('blockHtml'), source: ref('link') } };
