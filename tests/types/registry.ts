/*
 * Type-level tests of the block registry (src/article/blocks/registry.ts, over the one line per type
 * in index.ts), checked by
 * tests/e2e/types.test.mjs with `tsc -p tests/types/tsconfig.json`. Each `@ts-expect-error` line
 * must fail to type-check: when the types stop catching one of these mistakes, the directive itself
 * becomes the error ("Unused '@ts-expect-error' directive") and the check fails.
 */
import { html } from 'lit';
import { BLOCKS, registry } from '../../src/article/blocks/registry.js';
import type { BlockSpec } from '../../src/article/blocks/spec.js';

/** A block type of our own, as a new module in src/article/blocks/ would declare it. */
interface RecipeBlock {
  type: 'recipe';
  name: string;
}

const normalize: BlockSpec<RecipeBlock>['normalize'] = (read) => {
  const name = read.text('name', true);
  return name === undefined ? undefined : { name };
};
const render: BlockSpec<RecipeBlock>['render'] = (b) => html`<p>${b.name}</p>`;
const text: BlockSpec<RecipeBlock>['text'] = (b) => b.name;

// A complete spec, and a registry entry under its own type's name: these must type-check, so that
// the errors below come from what each one leaves out or gets wrong, not from something else.
export const recipe: BlockSpec<RecipeBlock> = { normalize, render, text };
export const good = registry({ recipe, paragraph: BLOCKS.paragraph });

// (a) A spec without render, normalize or text is not a BlockSpec…
// @ts-expect-error render is missing
export const noRender: BlockSpec<RecipeBlock> = { normalize, text };
// @ts-expect-error normalize is missing
export const noNormalize: BlockSpec<RecipeBlock> = { render, text };
// @ts-expect-error text is missing
export const noText: BlockSpec<RecipeBlock> = { normalize, render };

// …nor a registry entry.
// @ts-expect-error render is missing
export const entryNoRender = registry({ recipe: { normalize, text } });
// @ts-expect-error normalize is missing
export const entryNoNormalize = registry({ recipe: { render, text } });
// @ts-expect-error text is missing
export const entryNoText = registry({ recipe: { normalize, render } });

// (b) A registry entry whose key is not its block's type.
// @ts-expect-error the key "cake" holds the spec of "recipe" blocks
export const wrongKey = registry({ cake: recipe });
// @ts-expect-error the key "paragraph" holds the spec of "heading" blocks
export const swapped = registry({ paragraph: BLOCKS.heading, heading: BLOCKS.paragraph });
// @ts-expect-error a spec for paragraphs is not one for recipes
export const wrongSpec: BlockSpec<RecipeBlock> = BLOCKS.paragraph;

// The built-in registry itself: every key names its block's type.
export const builtIn = registry(BLOCKS);
