import { html as litHtml, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BlockSpec, JsonSchema } from './spec.js';
import { keepEllipses } from '../../internal/templates.js';

/** A short quotation set large for emphasis. */
export interface PullquoteBlock {
  type: 'pullquote';
  text: string;
  /** Who said it, e.g. "One U.S. official". */
  attribution?: string;
  /**
   * Set when normalizing, never read from the input: true when the quote repeats words of the body,
   * so assistive technology skips it (a reader would hear them twice).
   */
  repeated?: boolean;
}

export const pullquote: BlockSpec<PullquoteBlock> = {
  normalize: (read) => {
    const text = read.text('text', true);
    return text === undefined ? undefined : { text, attribution: read.text('attribution') };
  },
  render: (b, { html }) =>
    html`<pull-quote
      data-article-role="quote"
      ?repeated=${b.repeated}
      aria-hidden=${ifDefined(b.repeated ? 'true' : undefined)}
      attribution=${b.attribution ?? nothing}
      >${keepEllipses(b.text)}${b.attribution ? litHtml`<span slot="attribution">${b.attribution}</span>` : nothing}</pull-quote
    >`,
  text: (b) => b.text,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1 }, attribution: { type: 'string' } },
};
