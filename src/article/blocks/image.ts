import type { BlockSpec, JsonSchema } from './spec.js';
import type { Photo } from '../types.js';

/** A photo in the body, with its caption and credit. */
export interface ImageBlock extends Photo {
  type: 'image';
}

export const image: BlockSpec<ImageBlock> = {
  // The block is itself a photo.
  normalize: (read) => read.photo(),
  render: (b, { photo }) => photo(b),
  text: (b) => b.caption ?? '',
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = { $ref: '#/$defs/photo' };
