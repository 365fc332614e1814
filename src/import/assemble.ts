import type { Photo } from '../article/types.js';
import { plainText } from '../article/blocks/spec.js';
import { mapHeadingLevels, tidyBody, type Walk } from './blocks.js';
import { fileKey } from './dom.js';
import type { PageMeta } from './metadata.js';
import type { ImportedArticle, ImportedBlock, ImportProblem } from './types.js';

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The Article from metadata and walked content: the lead photo taken out of the body when the body
 * opens with it (or repeats the page's lead image), a heading that repeats the headline dropped,
 * and each report line given the JSON path of the block it is about.
 */
export function assemble(
  meta: PageMeta,
  w: Walk,
  extra: ImportProblem[] = [],
): { article?: ImportedArticle; problems: ImportProblem[] } {
  mapHeadingLevels(w);
  let body = tidyBody(w.out);
  const headline = meta.headline;
  // The page's own headline at the top of the content.
  body = body.filter((b, i) => !(i < 3 && b.type === 'heading' && headline && squash(b.text) === squash(headline)));
  let image: Photo | undefined = meta.image;
  const firstText = body.findIndex((b) => b.type === 'paragraph');
  const leadAt = body.findIndex(
    (b, i) =>
      b.type === 'image' && (firstText < 0 || i < firstText) && (!image || fileKey(b.src) === fileKey(image.src)),
  );
  if (leadAt >= 0 && leadAt < 3) {
    const { type: _type, ...photo } = body[leadAt] as ImportedBlock & Photo;
    // The page's copy of the photo has the caption, credit and alt; the metadata may have the size.
    image = { ...(image ?? {}), ...photo };
    if (!photo.width && meta.image?.width && fileKey(meta.image.src) === fileKey(photo.src)) {
      image.width = meta.image.width;
      image.height = meta.image.height;
    }
    body = body.filter((_, i) => i !== leadAt);
  } else if (image) {
    // The lead image again as the first photo of the text (same file): one copy is enough.
    const again = body.findIndex((b) => b.type === 'image' && fileKey(b.src) === fileKey(image!.src));
    if (again >= 0 && again === body.findIndex((b) => b.type === 'image')) body = body.filter((_, i) => i !== again);
  }
  // A closing paragraph about the author ("Jimmy Quinn is the …") is the author's bio.
  const last = body[body.length - 1];
  const author = meta.authors?.length === 1 ? meta.authors[0] : undefined;
  if (author && !author.bio && last?.type === 'paragraph') {
    const text = plainText(last.html);
    if (text.length < 400 && text.startsWith(`${author.name} is `)) {
      meta.authors = [{ ...author, bio: text }];
      body = body.slice(0, -1);
    }
  }
  const problems: ImportProblem[] = [...extra];
  body.forEach((b, i) => {
    for (const message of w.notes.get(b) ?? []) problems.push({ path: `body[${i}]`, message });
  });
  for (const message of w.loose) problems.push({ path: 'body', message });
  if (!headline && !body.length) {
    problems.push({ path: '$', message: 'no article found: no headline and no content' });
    return { problems };
  }
  let title = headline;
  if (!title) {
    // Article JSON needs a headline: the text's first words stand in, and the report says so.
    const first = body.find((b) => b.type === 'paragraph' || b.type === 'heading' || b.type === 'list');
    const text = first
      ? plainText(
          first.type === 'heading'
            ? first.text
            : first.type === 'list'
              ? [first.items[0]].map((i) => (typeof i === 'string' ? i : i.html))[0]
              : first.html,
        )
      : '';
    const words = text.split(' ');
    title = words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : text;
    problems.push({
      path: 'headline',
      message: title ? 'no headline found; the first words of the text are used' : 'no headline found',
    });
  }
  const article: ImportedArticle = {
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.section ? { section: meta.section } : {}),
    ...(meta.category ? { category: meta.category } : {}),
    headline: title,
    ...(meta.dek ? { dek: meta.dek } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.modified ? { modified: meta.modified } : {}),
    ...(meta.lang ? { lang: meta.lang } : {}),
    ...(meta.authors?.length ? { authors: meta.authors } : {}),
    ...(image ? { image } : {}),
    body,
  };
  return { article: prune(article), problems };
}

/** A copy without undefined fields: what JSON.stringify would write, as objects. */
function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = prune(v);
  return out as T;
}
