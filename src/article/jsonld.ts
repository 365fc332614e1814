import type { Article, Photo } from './types.js';
import type { BlockSpec } from './blocks/spec.js';

// Re-exported for the callers that load this module lazily (its home is small and in the bundle).
export { scriptSafeJson } from './script-json.js';

/**
 * schema.org NewsArticle for an Article, built from the same normalised data that renders it, so
 * the structured data cannot drift from what readers see. Fields follow Google's Article
 * structured-data recommendations: headline, image, datePublished, dateModified, author (Person
 * with name and url).
 */
export function articleJsonLd(
  article: Article,
  base: string | undefined,
  // The block registry's lookup, passed in: this module loads lazily in the browser, and importing
  // the registry here would split it out of the bundle into a chunk of its own.
  specOf: (type: string) => BlockSpec<{ type: string }> | undefined,
): Record<string, unknown> {
  const abs = (url: string | undefined): string | undefined => {
    if (!url) return undefined;
    try {
      return new URL(url, base).href;
    } catch {
      return base ? undefined : url;
    }
  };
  const image = (p: Photo | undefined) =>
    p && {
      '@type': 'ImageObject',
      url: abs(p.src),
      contentUrl: abs(p.src),
      width: p.width,
      height: p.height,
      caption: p.caption,
      creditText: p.credit,
      description: p.alt || undefined,
    };
  // What each block adds (citations of quoted works, corrections), gathered by property.
  const fromBlocks: Record<string, unknown[]> = {};
  for (const block of article.body)
    for (const [key, values] of Object.entries(specOf(block.type)?.jsonLd?.(block as never, abs) ?? {}))
      (fromBlocks[key] ??= []).push(...values);
  const url = abs(article.url);
  // Photos of blocks (galleries) join the lead photo's list; a file listed already is not repeated.
  const seen = new Set<string | undefined>();
  const images = [article.image, ...((fromBlocks.image ?? []) as Photo[])]
    .map(image)
    .filter((img) => img && !seen.has(img.url) && seen.add(img.url));
  delete fromBlocks.image;
  return prune({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.dek,
    image: images,
    datePublished: article.published,
    dateModified: article.modified ?? article.published,
    inLanguage: article.lang,
    articleSection: article.section?.name,
    keywords: article.category?.name,
    url,
    mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
    author: article.authors?.map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: abs(a.url),
      jobTitle: a.role,
      description: a.bio,
      image: abs(a.image?.src),
      sameAs: a.links?.length ? a.links.map((l) => abs(l.url)) : undefined,
    })),
    ...fromBlocks,
  }) as Record<string, unknown>;
}

/** Drops undefined members, recursively, so the JSON holds only what is known. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined && !(Array.isArray(p) && p.length === 0)) out[k] = p;
    }
    return out;
  }
  return value;
}
