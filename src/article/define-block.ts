import type { TemplateResult } from 'lit';
import { BLOCKS } from './blocks/registry.js';
import { loadBlocks as loadLazyBlocks } from './blocks/lazy.js';
import type { BlockSpec, JsonSchema, Reader, RenderContext } from './blocks/spec.js';

/** A publisher's block type, as given to `defineBlock`. */
export interface BlockDefinition<B extends { type: string } = { type: string; [field: string]: unknown }> {
  /**
   * The block as a Lit template, made with the `html` this package exports (Lit's): every value is
   * escaped, so data cannot become markup. URLs in attributes are not checked by Lit: read them
   * with `read.url()` in `normalize`, which applies the library's URL policy.
   */
  render(block: B, context: RenderContext): TemplateResult | string;
  /** Plain text of the block, for the reading time and for pull quotes that repeat it. */
  text?(block: B): string;
  /**
   * Reads the block's fields from untrusted JSON with the same reader the built-in blocks use;
   * return undefined to skip the block. Without it, the block's own JSON data reaches `render` as is.
   */
  normalize?(read: Reader): Omit<B, 'type'> | undefined;
  /** JSON Schema of the block's fields, for `validate` (by default any fields). */
  schema?: JsonSchema;
}

const custom = new Map<string, BlockSpec<{ type: string }>>();
const schemas = new Map<string, JsonSchema>();

/** The JSON Schema given for a type defined with `defineBlock`. */
export const customSchema = (type: string): JsonSchema | undefined => schemas.get(type);

/** The spec of a block type, built in or defined by the publisher; undefined when unknown. */
export const specOf = (type: string): BlockSpec<{ type: string }> | undefined =>
  Object.hasOwn(BLOCKS, type) ? (BLOCKS[type as keyof typeof BLOCKS] as BlockSpec<{ type: string }>) : custom.get(type);

/** The types defined with `defineBlock`, in the order defined. */
export const customBlockTypes = (): string[] => [...custom.keys()];

/**
 * A copy of the block's own JSON data (no prototype, no functions, no cycles), counted as one field
 * against the article's limits.
 */
function ownData(read: Reader): Record<string, unknown> | undefined {
  try {
    const json = read.check(JSON.stringify(read.value), read.path);
    if (!json) return undefined;
    const { type: _, ...data } = JSON.parse(json) as Record<string, unknown>;
    return data;
  } catch (error) {
    return read.report(`cannot be read as JSON data (${(error as Error).message}), skipped`, 'wrong-type');
  }
}

/** A block type known by name only: its own data is kept. */
export const opaque: BlockSpec<{ type: string }> = { normalize: ownData, render: () => '', text: () => '' };

/**
 * Adds a block type to Article JSON, for `<news-article>` and for `renderArticle` on the server
 * alike (call it in each: on the server before rendering, in the browser before the article
 * renders). The name must be new: a built-in type cannot be replaced. Defining the same name again
 * replaces the earlier definition.
 *
 * @example
 * defineBlock('recipe', {
 *   normalize: (read) => ({ name: read.text('name', true), steps: read.list('steps', (s) => s) }),
 *   render: (b) => html`<section class="recipe"><p>${b.name}</p><ol>${b.steps.map((s) => html`<li>${s}</li>`)}</ol></section>`,
 *   text: (b) => `${b.name} ${b.steps.join(' ')}`,
 * });
 */
export function defineBlock<B extends { type: string } = { type: string; [field: string]: unknown }>(
  type: string,
  definition: BlockDefinition<B>,
): void {
  if (typeof type !== 'string' || !/^[a-z][a-z0-9-]*$/.test(type))
    throw new TypeError(`defineBlock: type "${type}" must start with a letter and hold only a-z, 0-9 and "-"`);
  if (Object.hasOwn(BLOCKS, type)) throw new TypeError(`defineBlock: "${type}" is a built-in block type`);
  // Own properties only: a polluted Object.prototype must not supply a normalizer or a schema.
  const own = <K extends keyof BlockDefinition<B>>(key: K) =>
    definition && Object.hasOwn(definition, key) ? definition[key] : undefined;
  const render = own('render');
  if (typeof render !== 'function') throw new TypeError(`defineBlock: "${type}" needs a render function`);
  const [text, normalize, schema] = [own('text'), own('normalize'), own('schema')];
  custom.set(type, {
    normalize: (read) => (typeof normalize === 'function' ? normalize(read) : ownData(read)),
    render: render as BlockSpec<{ type: string }>['render'],
    text: (block) => (typeof text === 'function' ? String(text(block as B) ?? '') : ''),
  });
  schemas.set(type, (schema as JsonSchema) ?? {});
}

/**
 * Loads the code of the block types `article` uses, where it loads lazily (the script-tag bundle
 * keeps the rarer types in files of their own); then `normalizeArticle` reads them. `<news-article>`
 * does this itself; from npm every type is already loaded and this resolves at once.
 */
export async function loadBlocks(article: unknown): Promise<void> {
  await loadLazyBlocks(article, specOf);
}
