/**
 * The block registry: every block type Article JSON knows, each a module in this folder. Adding a
 * type is its module plus one line below; the `Block` union, the list of types, the JSON Schema's
 * dispatch, normalizing, rendering, word counts and JSON-LD all come from here.
 */
import { blockquote } from './blockquote.js';
import { callout } from './callout.js';
import { code } from './code.js';
import { correction } from './correction.js';
import { divider } from './divider.js';
import { heading } from './heading.js';
import { image } from './image.js';
import { link } from './link.js';
import { list } from './list.js';
import { paragraph } from './paragraph.js';
import { pullquote } from './pullquote.js';
import { table } from './table.js';
import { tweet } from './tweet.js';
import type { BlockSpec } from './spec.js';

/**
 * Checks, for the type checker, that each key names the type its spec is for and that each spec is
 * complete (normalize, render and text); returns the registry as given.
 */
export const registry = <T extends { [K in keyof T]: BlockSpec<{ type: K & string }> }>(specs: T): T => specs;

export const BLOCKS = registry({
  paragraph,
  heading,
  blockquote,
  pullquote,
  tweet,
  image,
  list,
  table,
  code,
  divider,
  callout,
  correction,
  link,
});

type Registry = typeof BLOCKS;
type BlockOf<S> = S extends BlockSpec<infer B> ? B : never;

/** Every built-in block, as normalized data. */
export type BuiltInBlock = { [K in keyof Registry]: BlockOf<Registry[K]> }[keyof Registry];
