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
  return {
    load: () =>
      (loading ??= load().then((module) => {
        real = module[type] as BlockSpec<B>;
        if (real.styles) adoptBlockStyles(real.styles);
      })),
    normalize: (read) =>
      real
        ? real.normalize(read)
        : read.report(`the code of "${type}" blocks has not loaded; skipped`, 'block-skipped'),
    render: (block, context) => real?.render(block, context),
    text: (block) => real?.text(block) ?? '',
    styles: (r) => real?.styles?.(r) ?? '',
    jsonLd: (block, absolute) => real?.jsonLd?.(block, absolute),
  };
}

/**
 * Loads the code of the lazily loaded block types that `data.body` names (raw input: nothing is
 * trusted; unknown types are left for the normalizer to report). Resolves true when any loaded.
 */
export async function loadBlocks(data: unknown, specOf: (type: string) => BlockSpec<{ type: string }> | undefined) {
  const body = (data as { body?: unknown } | null)?.body;
  if (!Array.isArray(body)) return false;
  const pending = new Set<Promise<unknown>>();
  for (const block of body) {
    const type = (block as { type?: unknown } | null)?.type;
    const promise = typeof type === 'string' ? specOf(type)?.load?.() : undefined;
    if (promise) pending.add(promise);
  }
  await Promise.all(pending);
  return pending.size > 0;
}
