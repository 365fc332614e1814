import { headingHtml } from '../../internal/retag.js';
import type { BlockSpec, JsonSchema } from './spec.js';

/** A subheading in the body. */
export interface HeadingBlock {
  type: 'heading';
  text: string;
  /** 2 (the default), 3 or 4: a level below the article's headline, whatever level that has. */
  level?: 2 | 3 | 4;
}

export const heading: BlockSpec<HeadingBlock> = {
  normalize: (read) => {
    const text = read.text('text', true);
    return text === undefined ? undefined : { text, level: read.oneOf('level', [2, 3, 4] as const, 2) };
  },
  // A level-2 heading sits one below the headline, so a page whose headline is an h2 gets h3s.
  render: (b, { level }) => headingHtml(2, Math.min(6, (b.level ?? 2) + level - 1))`<h2>${b.text}</h2>`,
  text: (b) => b.text,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1 }, level: { enum: [2, 3, 4], default: 2 } },
};
