import type { Article, Author, Block, Link, Photo, PostAuthor, ProfileLink } from './types.js';
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

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'blockquote', 'pullquote', 'tweet', 'image']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns untrusted input into an Article that is safe to render, never throwing. Every field that is
 * missing, of the wrong type, invalid or unsafe is dropped (or coerced, for numbers given as text)
 * and reported with its JSON path; a bad block is skipped, never the article.
 */
export function normalizeArticle(input: unknown): Normalized {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  if (!isObj(input)) {
    report('$', `expected an Article object, got ${describe(input)}`);
    return { problems };
  }

  const text = (obj: Obj, key: string, path: string, required = false): string | undefined => {
    const value = obj[key];
    if (value == null || value === '') {
      if (required) report(path, 'missing');
      return undefined;
    }
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') {
      report(path, `expected text, got ${describe(value)}; left out`);
      return undefined;
    }
    return value.trim() === '' ? (required ? (report(path, 'empty'), undefined) : undefined) : value;
  };

  const url = (obj: Obj, key: string, path: string): string | undefined => {
    const value = text(obj, key, path);
    return value === undefined ? undefined : safeUrl(value, (reason) => report(path, `${reason}`));
  };

  const date = (obj: Obj, key: string, path: string): string | undefined => {
    const value = text(obj, key, path);
    if (value === undefined) return undefined;
    if (Number.isNaN(new Date(value).getTime())) {
      report(path, `"${value}" is not an ISO 8601 date; left out`);
      return undefined;
    }
    return value;
  };

  const num = (obj: Obj, key: string, path: string): number | undefined => {
    const value = obj[key];
    if (value == null) return undefined;
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) {
      report(path, `expected a positive number, got ${describe(value)}; left out`);
      return undefined;
    }
    return n;
  };

  const link = (value: unknown, path: string): Link | undefined => {
    if (value == null) return undefined;
    if (typeof value === 'string' && value.trim()) return { name: value };
    if (!isObj(value)) {
      report(path, `expected { name, url }, got ${describe(value)}; left out`);
      return undefined;
    }
    const name = text(value, 'name', `${path}.name`, true);
    if (!name) return undefined;
    return { name, url: url(value, 'url', `${path}.url`) };
  };

  const photo = (value: unknown, path: string): Photo | undefined => {
    if (value == null) return undefined;
    if (!isObj(value)) {
      report(path, `expected a photo object, got ${describe(value)}; left out`);
      return undefined;
    }
    const src = url(value, 'src', `${path}.src`);
    if (!src) {
      if (value.src == null) report(`${path}.src`, 'missing; photo left out');
      return undefined;
    }
    let alt = text(value, 'alt', `${path}.alt`);
    if (alt === undefined) {
      if (value.alt !== '') report(`${path}.alt`, 'alt text is missing; the image is treated as decorative');
      alt = '';
    }
    const width = num(value, 'width', `${path}.width`);
    const height = num(value, 'height', `${path}.height`);
    if (width === undefined || height === undefined) {
      report(path, 'width and height are needed to reserve the image box; a 3:2 box is used');
    }
    return {
      src,
      alt,
      width: width && height ? width : undefined,
      height: width && height ? height : undefined,
      srcset: safeSrcset(text(value, 'srcset', `${path}.srcset`), (reason) => report(`${path}.srcset`, reason)),
      sizes: text(value, 'sizes', `${path}.sizes`),
      caption: text(value, 'caption', `${path}.caption`),
      credit: text(value, 'credit', `${path}.credit`),
    };
  };

  const block = (value: unknown, path: string): Block | undefined => {
    if (!isObj(value)) {
      report(path, `expected a block object, got ${describe(value)}, skipped`);
      return undefined;
    }
    const type = value.type;
    if (typeof type !== 'string' || !BLOCK_TYPES.has(type)) {
      report(path, `unknown block type ${typeof type === 'string' ? `"${type}"` : describe(type)}, skipped`);
      return undefined;
    }
    const need = (key: string): string | undefined => {
      const v = text(value, key, `${path}.${key}`, true);
      if (v === undefined) report(path, `${type} block without ${key}, skipped`);
      return v;
    };
    switch (type) {
      case 'paragraph': {
        const html = need('html');
        return html === undefined ? undefined : { type, html };
      }
      case 'heading': {
        const t = need('text');
        if (t === undefined) return undefined;
        let level = value.level ?? 2;
        if (level !== 2 && level !== 3) {
          report(`${path}.level`, `expected 2 or 3, got ${describe(level)}; 2 is used`);
          level = 2;
        }
        return { type, text: t, level: level as 2 | 3 };
      }
      case 'blockquote': {
        const html = need('html');
        return html === undefined ? undefined : { type, html, source: link(value.source, `${path}.source`) };
      }
      case 'pullquote': {
        const t = need('text');
        return t === undefined
          ? undefined
          : { type, text: t, attribution: text(value, 'attribution', `${path}.attribution`) };
      }
      case 'tweet': {
        const t = need('text');
        if (t === undefined) return undefined;
        const a = isObj(value.author) ? value.author : {};
        if (!isObj(value.author)) report(`${path}.author`, `expected { name, handle }, got ${describe(value.author)}`);
        const handle = text(a, 'handle', `${path}.author.handle`)?.replace(/^@/, '');
        const author: PostAuthor = {
          name: text(a, 'name', `${path}.author.name`, !handle) ?? handle ?? '',
          handle,
          image: url(a, 'image', `${path}.author.image`),
        };
        const postUrl = url(value, 'url', `${path}.url`);
        return { type, text: t, url: postUrl, published: date(value, 'published', `${path}.published`), author };
      }
      default: {
        const p = photo({ ...value, type: undefined }, path);
        return p ? { type: 'image', ...p } : undefined;
      }
    }
  };

  const author = (value: unknown, path: string): Author | undefined => {
    if (typeof value === 'string' && value.trim()) return { name: value };
    if (!isObj(value)) {
      report(path, `expected an author object, got ${describe(value)}, skipped`);
      return undefined;
    }
    const name = text(value, 'name', `${path}.name`, true);
    if (!name) return undefined;
    const links: ProfileLink[] = [];
    if (value.links != null) {
      if (!Array.isArray(value.links)) report(`${path}.links`, `expected a list, got ${describe(value.links)}`);
      else
        value.links.forEach((l, i) => {
          const lp = `${path}.links[${i}]`;
          if (!isObj(l)) return report(lp, `expected { label, url }, got ${describe(l)}, skipped`);
          const label = text(l, 'label', `${lp}.label`, true);
          const href = url(l, 'url', `${lp}.url`);
          if (label && href) links.push({ label, url: href });
        });
    }
    return {
      name,
      url: url(value, 'url', `${path}.url`),
      role: text(value, 'role', `${path}.role`),
      bio: text(value, 'bio', `${path}.bio`),
      image: photo(value.image, `${path}.image`),
      links,
    };
  };

  const list = <T>(value: unknown, path: string, each: (v: unknown, p: string) => T | undefined): T[] => {
    if (value == null) return [];
    if (!Array.isArray(value)) {
      report(path, `expected a list, got ${describe(value)}; left out`);
      return [];
    }
    return value.map((v, i) => each(v, `${path}[${i}]`)).filter((v): v is T => v !== undefined);
  };

  const headline = text(input, 'headline', 'headline', true) ?? '';
  if (input.body == null) report('body', 'missing');
  const body = list(input.body, 'body', block);
  if (!headline && body.length === 0) {
    report('$', 'nothing to show: no headline and no usable body block');
    return { problems };
  }
  const article: Article = {
    url: url(input, 'url', 'url'),
    section: link(input.section, 'section'),
    category: link(input.category, 'category'),
    headline,
    dek: text(input, 'dek', 'dek'),
    published: date(input, 'published', 'published'),
    modified: date(input, 'modified', 'modified'),
    lang: text(input, 'lang', 'lang'),
    authors: list(input.authors, 'authors', author),
    image: photo(input.image, 'image'),
    body,
  };
  return { article, problems };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
