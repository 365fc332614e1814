/**
 * The block registry: every block type Article JSON knows. Each type is a module in this folder,
 * listed by one line in index.ts; the `Block` union, the list of types, the JSON Schema's dispatch,
 * normalizing, rendering, word counts, styles and JSON-LD all come from that list.
 */
import * as specs from './index.js';
import type { BlockSpec } from './spec.js';

/**
 * Checks, for the type checker, that each key names the type its spec is for and that each spec is
 * complete (normalize, render and text); returns the registry as given.
 */
export const registry = <T extends { [K in keyof T]: BlockSpec<{ type: K & string }> }>(specs: T): T => specs;

export const BLOCKS = registry({ ...specs });

type Registry = typeof BLOCKS;
type BlockOf<S> = S extends BlockSpec<infer B> ? B : never;

/** Every built-in block, as normalized data. */
export type BuiltInBlock = { [K in keyof Registry]: BlockOf<Registry[K]> }[keyof Registry];
