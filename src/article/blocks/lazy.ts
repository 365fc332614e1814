import { adoptBlockStyles } from '../../internal/light-styles.js';
import type { BlockSpec } from './spec.js';

/**
 * A block type whose code loads the first time an article uses it. Only the script-tag bundle uses
 * this (vite.config.ts puts it in place of the rarer block modules, each then a file of its own
 * beside the bundle); `<news-article>` calls `load()` for the types an article holds before it
 * normalizes the data, and from then on each method is the real one. The npm modules and server
 * rendering import every block directly.
 */
export function lazyBlock<B extends { type: string }>(
  type: string,
  load: () => Promise<Record<string, unknown>>,
): BlockSpec<B> {
  let real: BlockSpec<B> | undefined;
  let loading: Promise<unknown> | undefined;
  let failure: string | undefined;
  return {
    // A file that fails to load (a network error, or a cached bundle asking for a file a new deploy
    // removed) costs only the blocks of its type, reported; the next article tries again.
    load: () =>
      (loading ??= load().then(
        (module) => {
          real = module[type] as BlockSpec<B>;
          failure = undefined;
          if (real.styles) adoptBlockStyles(real.styles);
        },
        (error: unknown) => {
          loading = undefined;
          failure = String((error as Error)?.message ?? error);
        },
      )),
    normalize: (read) =>
      real
        ? real.normalize(read)
        : read.report(
            `the code of "${type}" blocks ${failure ? `could not be loaded (${failure})` : 'has not loaded (see loadBlocks)'}; skipped`,
            'block-skipped',
            'warning',
          ),
    render: (block, context) => real?.render(block, context),
    text: (block) => real?.text(block) ?? '',
    styles: (r) => real?.styles?.(r) ?? '',
    jsonLd: (block, absolute) => real?.jsonLd?.(block, absolute),
  };
}

/**
 * Loads the code of the lazily loaded block types that `data.body` names (raw input: nothing is
 * trusted; unknown types are left for the normalizer to report). Resolves true when any was asked
 * for; never rejects (a type that fails to load is reported when normalizing).
 */
export async function loadBlocks(
  data: unknown,
  specOf: (type: string) => BlockSpec<{ type: string }> | undefined,
): Promise<boolean> {
  // Own properties only, as normalizeArticle reads them.
  const own = (o: unknown, key: string | number): unknown =>
    typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
  const body = own(data, 'body');
  if (!Array.isArray(body)) return false;
  const pending = new Set<Promise<unknown>>();
  for (let i = 0; i < body.length; i++) {
    const type = own(own(body, i), 'type');
    const promise = typeof type === 'string' ? specOf(type)?.load?.() : undefined;
    if (promise) pending.add(promise);
  }
  await Promise.all(pending);
  return pending.size > 0;
}
