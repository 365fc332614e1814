import type { Article, Author, Block, Link, Photo, ProfileLink } from './types.js';
import { safeSrcset, safeUrl } from '../internal/url.js';

/** One problem found in the input: where (a JSON path such as `body[3].src`) and what. */
export interface Problem {
  path: string;
  message: string;
}

export interface Normalized {
  /** What can be rendered, or undefined when nothing can. */
  article?: Article;
  problems: Problem[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns untrusted input into an Article that is safe to render, never throwing. Every field that is
 * missing, of the wrong type, invalid or unsafe is dropped (or coerced, for numbers given as text)
 * and reported with its JSON path; a bad block is skipped, never the article.
 *
 * The readers below take the object, the key and the path of the object (`''` at the root); each
 * returns undefined for anything it cannot use, having reported why.
 */
export function normalizeArticle(input: unknown): Normalized {
  const problems: Problem[] = [];
  const report = (path: string, message: string): undefined => void problems.push({ path, message });
  const at = (base: string, key: string) => (base ? `${base}.${key}` : key);

  if (!isObj(input)) {
    report('$', `expected an Article object, got ${describe(input)}`);
    return { problems };
  }

  const text = (obj: Obj, key: string, base: string, required = false): string | undefined => {
    const value = obj[key];
    const path = at(base, key);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (value != null && typeof value !== 'string')
      return report(path, `expected text, got ${describe(value)}; left out`);
    if (value?.trim()) return value;
    if (required) report(path, value ? 'empty' : 'missing');
  };

  const url = (obj: Obj, key: string, base: string) => {
    const value = text(obj, key, base);
    return value && safeUrl(value, (reason) => report(at(base, key), reason));
  };

  const date = (obj: Obj, key: string, base: string) => {
    const value = text(obj, key, base);
    return value && Number.isNaN(new Date(value).getTime())
      ? report(at(base, key), `"${value}" is not an ISO 8601 date; left out`)
      : value;
  };

  const num = (obj: Obj, key: string, base: string): number | undefined => {
    const value = obj[key];
    if (value == null) return undefined;
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) && n > 0
      ? n
      : report(at(base, key), `expected a positive number, got ${describe(value)}; left out`);
  };

  /** `value` when it is an object; otherwise undefined, reported unless absent. */
  const object = (value: unknown, path: string, expected: string): Obj | undefined =>
    isObj(value)
      ? value
      : value == null
        ? undefined
        : report(path, `expected ${expected}, got ${describe(value)}; left out`);

  const link = (value: unknown, path: string): Link | undefined => {
    if (typeof value === 'string' && value.trim()) return { name: value };
    const obj = object(value, path, '{ name, url }');
    const name = obj && text(obj, 'name', path, true);
    return name ? { name, url: url(obj, 'url', path) } : undefined;
  };

  const photo = (value: unknown, path: string): Photo | undefined => {
    const obj = object(value, path, 'a photo object');
    if (!obj) return undefined;
    const src = url(obj, 'src', path);
    if (!src) return obj.src == null ? report(`${path}.src`, 'missing; photo left out') : undefined;
    let alt = text(obj, 'alt', path);
    if (alt === undefined) {
      if (obj.alt !== '') report(`${path}.alt`, 'alt text is missing; the image is treated as decorative');
      alt = '';
    }
    const width = num(obj, 'width', path);
    const height = num(obj, 'height', path);
    const sized = width && height;
    if (!sized) report(path, 'width and height are needed to reserve the image box; a 3:2 box is used');
    return {
      src,
      alt,
      width: sized ? width : undefined,
      height: sized ? height : undefined,
      srcset: safeSrcset(text(obj, 'srcset', path), (reason) => report(`${path}.srcset`, reason)),
      sizes: text(obj, 'sizes', path),
      caption: text(obj, 'caption', path),
      credit: text(obj, 'credit', path),
    };
  };

  const block = (value: unknown, path: string): Block | undefined => {
    if (!isObj(value)) return report(path, `expected a block object, got ${describe(value)}, skipped`);
    const type = value.type;
    if (typeof type !== 'string' || !BLOCK_TYPES.includes(type))
      return report(path, `unknown block type ${typeof type === 'string' ? `"${type}"` : describe(type)}, skipped`);
    if (type === 'image') {
      const p = photo({ ...value, type: undefined }, path);
      return p && { type, ...p };
    }
    // Every other block has one field it cannot do without.
    const key = type === 'paragraph' || type === 'blockquote' ? 'html' : 'text';
    const main = text(value, key, path, true);
    if (main === undefined) return report(path, `${type} block without ${key}, skipped`);
    if (type === 'paragraph') return { type, html: main };
    if (type === 'blockquote') return { type, html: main, source: link(value.source, `${path}.source`) };
    if (type === 'pullquote') return { type, text: main, attribution: text(value, 'attribution', path) };
    if (type === 'heading') {
      let level = value.level ?? 2;
      if (level !== 2 && level !== 3) {
        report(`${path}.level`, `expected 2 or 3, got ${describe(level)}; 2 is used`);
        level = 2;
      }
      return { type, text: main, level: level as 2 | 3 };
    }
    const a = isObj(value.author) ? value.author : {};
    if (!isObj(value.author)) report(`${path}.author`, `expected { name, handle }, got ${describe(value.author)}`);
    const who = `${path}.author`;
    const handle = text(a, 'handle', who)?.replace(/^@/, '');
    const author = { name: text(a, 'name', who, !handle) ?? handle ?? '', handle, image: url(a, 'image', who) };
    return {
      type: 'tweet',
      text: main,
      url: url(value, 'url', path),
      published: date(value, 'published', path),
      author,
    };
  };

  const list = <T>(
    value: unknown,
    path: string,
    each: (v: unknown, p: string) => T | undefined,
    outcome = '; left out',
  ): T[] => {
    if (value == null) return [];
    if (!Array.isArray(value)) return report(path, `expected a list, got ${describe(value)}${outcome}`) ?? [];
    return value.map((v, i) => each(v, `${path}[${i}]`)).filter((v): v is T => v !== undefined);
  };

  const author = (value: unknown, path: string): Author | undefined => {
    if (typeof value === 'string' && value.trim()) return { name: value };
    if (!isObj(value)) return report(path, `expected an author object, got ${describe(value)}, skipped`);
    const obj = value;
    const name = text(obj, 'name', path, true);
    if (!name) return undefined;
    const links = list(
      obj.links,
      `${path}.links`,
      (l, lp): ProfileLink | undefined => {
        const o = isObj(l) ? l : report(lp, `expected { label, url }, got ${describe(l)}, skipped`);
        const label = o && text(o, 'label', lp, true);
        const href = o && url(o, 'url', lp);
        return label && href ? { label, url: href } : undefined;
      },
      '',
    );
    return {
      name,
      url: url(obj, 'url', path),
      role: text(obj, 'role', path),
      bio: text(obj, 'bio', path),
      image: photo(obj.image, `${path}.image`),
      links,
    };
  };

  const headline = text(input, 'headline', '', true) ?? '';
  if (input.body == null) report('body', 'missing');
  const body = list(input.body, 'body', block);
  if (!headline && body.length === 0) {
    report('$', 'nothing to show: no headline and no usable body block');
    return { problems };
  }
  const article: Article = {
    url: url(input, 'url', ''),
    section: link(input.section, 'section'),
    category: link(input.category, 'category'),
    headline,
    dek: text(input, 'dek', ''),
    published: date(input, 'published', ''),
    modified: date(input, 'modified', ''),
    lang: text(input, 'lang', ''),
    authors: list(input.authors, 'authors', author),
    image: photo(input.image, 'image'),
    body,
  };
  return { article, problems };
}

const BLOCK_TYPES = ['paragraph', 'heading', 'blockquote', 'pullquote', 'tweet', 'image'];

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
