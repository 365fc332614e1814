import { plainText, ref, type BlockSpec, type JsonSchema } from './spec.js';

/** A paragraph of body copy. `html` may hold only a, em, strong, i, b, br, code, sub and sup. */
export interface ParagraphBlock {
  type: 'paragraph';
  html: string;
}

export const paragraph: BlockSpec<ParagraphBlock> = {
  normalize: (read) => {
    const html = read.html('html', true);
    return html === undefined ? undefined : { html };
  },
  render: (b, { html, sanitize }) => html`<p>${sanitize(b.html, 'inline', 'html')}</p>`,
  text: (b) => plainText(b.html),
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = { required: ['html'], properties: { html: ref('html') } };
