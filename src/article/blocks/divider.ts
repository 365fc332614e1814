import { html } from 'lit';
import type { BlockSpec, JsonSchema } from './spec.js';
import { muted } from '../../internal/tokens.js';

/** A thematic break between parts of the story. */
export interface DividerBlock {
  type: 'divider';
}

export const divider: BlockSpec<DividerBlock> = {
  normalize: () => ({}),
  render: () => html`<hr data-article-role="divider" />`,
  text: () => '',
  // A short centred rule.
  styles: (r) =>
    `:where(${r('divider')}){inline-size:5rem;block-size:0;border:0;border-block-start:1px solid ${muted};opacity:.6}`,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = { properties: {} };
