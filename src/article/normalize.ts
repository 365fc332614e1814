import type { Article, Author, Block, Link, Photo, ProfileLink } from './types.js';
import type { BlockSpec, Problem, ProblemCode, Reader, Severity } from './blocks/spec.js';
import { opaque, specOf } from './define-block.js';
import { safeSrcset, safeUrl } from '../internal/url.js';

export type { Problem, ProblemCode, Severity };

/** An Article as normalized: safe to render, with the values derived from it. */
export interface NormalizedArticle extends Article {
  /** Minutes to read the body, at about 230 words a minute (at least 1). */
  readingTime: number;
}

export interface Normalized {
  /** What can be rendered, or undefined when nothing can. */
  article?: NormalizedArticle;
  problems: Problem[];
}

export interface NormalizeOptions {
  /**
   * Block types to accept without a definition (as `validate --block` does): their own JSON data
   * is kept as it is. Types defined with `defineBlock` need not be listed.
   */
  knownTypes?: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A field's value, own properties only: a polluted Object.prototype is not data. */
const own = (obj: Obj, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);

/** Text for comparing words: lower case, no punctuation or symbols, single spaces. */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Turns untrusted input into an Article that is safe to render, never throwing. Every field that is
 * missing, of the wrong type, invalid or unsafe is dropped (or coerced, for numbers given as text)
 * and reported with its JSON path, a code and a severity; a bad block is skipped, never the article.
 * Each block type reads its own fields (article/blocks/); values derived from the whole article
 * (reading time, pull quotes that repeat the body) are computed here, once.
 */
export function normalizeArticle(input: unknown, options: NormalizeOptions = {}): Normalized {
  const problems: Problem[] = [];
  const report = (path: string, message: string, code: ProblemCode = 'wrong-type', severity: Severity = 'error') =>
    void problems.push({ path, message, code, severity });

  if (!isObj(input)) {
    report('$', `expected an Article object, got ${describe(input)}`, 'not-an-article');
    return { problems };
  }
  const root = reader(input, '', report);

  const headline = root.text('headline', true) ?? '';
  if (own(input, 'body') == null) report('body', 'missing', 'missing');
  // The spec each kept block was read with (a type known by name only has no spec of its own).
  const specs: BlockSpec<{ type: string }>[] = [];
  const body = root.list('body', (value, path): Block | undefined => {
    const obj = root.object(value, path, 'a block object', ', skipped');
    if (!obj) return undefined;
    const type = own(obj.value, 'type');
    const spec =
      typeof type === 'string'
        ? (specOf(type) ?? (options.knownTypes?.includes(type) ? opaque : undefined))
        : undefined;
    if (!spec)
      return obj.report(
        `unknown block type ${typeof type === 'string' ? `"${type}"` : describe(type)}, skipped`,
        'unknown-block',
      );
    const fields = spec.normalize(obj);
    if (!fields) return obj.report(`${type} block skipped`, 'block-skipped');
    specs.push(spec);
    return { type, ...fields } as Block;
  });
  if (!headline && body.length === 0) {
    report('$', 'nothing to show: no headline and no usable body block', 'nothing-to-show');
    return { problems };
  }

  // Derived values. A pull quote repeating the body's words is hidden from assistive technology.
  const texts = body.map((b, i) => specs[i].text(b as never) || '');
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
  if (body.some((b) => b.type === 'pullquote')) {
    const rest = squash(texts.filter((_, i) => body[i].type !== 'pullquote').join(' '));
    for (const b of body)
      if (b.type === 'pullquote') {
        const quote = squash(b.text);
        b.repeated = quote !== '' && rest.includes(quote);
      }
  }

  const article: NormalizedArticle = {
    url: root.url('url'),
    section: root.link('section'),
    category: root.link('category'),
    headline,
    dek: root.text('dek'),
    published: root.date('published'),
    modified: root.date('modified'),
    lang: root.text('lang'),
    authors: root.list('authors', (value, path) => author(root, value, path)),
    image: root.photo('image'),
    body,
    readingTime: Math.max(1, Math.round(words / 230)),
  };
  return { article, problems };
}

function author(root: Reader, value: unknown, path: string): Author | undefined {
  if (typeof value === 'string' && value.trim()) return { name: value };
  const obj = root.object(value, path, 'an author object', ', skipped');
  const name = obj?.text('name', true);
  if (!obj || !name) return undefined;
  return {
    name,
    url: obj.url('url'),
    role: obj.text('role'),
    bio: obj.text('bio'),
    image: obj.photo('image'),
    links: obj.list('links', (l, lp): ProfileLink | undefined => {
      const o = obj.object(l, lp, '{ label, url }', ', skipped');
      const label = o?.text('label', true);
      const href = o?.url('url', true);
      return label && href ? { label, url: href } : undefined;
    }),
  };
}

/**
 * A Reader (see blocks/spec.ts) over one object. Each method takes the key, works out the JSON
 * path, and reports through `sink`.
 */
export function reader(
  value: Obj,
  path: string,
  sink: (path: string, message: string, code?: ProblemCode, severity?: Severity) => void,
): Reader {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const report = (message: string, code?: ProblemCode, severity?: Severity, where = path || '$'): undefined =>
    void sink(where, message, code, severity);

  const self: Reader = {
    value,
    path,
    report,
    text(key, required = false) {
      const v = own(value, key);
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      if (v != null && typeof v !== 'string')
        return report(`expected text, got ${describe(v)}; left out`, 'wrong-type', 'error', at(key));
      if (v?.trim()) return v;
      if (required) report(v ? 'empty' : 'missing', v ? 'empty' : 'missing', 'error', at(key));
    },
    html(key, required) {
      return self.text(key, required);
    },
    url(key, required) {
      const v = self.text(key, required);
      return v && safeUrl(v, (reason) => report(reason, 'unsafe-url', 'error', at(key)));
    },
    date(key) {
      const v = self.text(key);
      return v && Number.isNaN(new Date(v).getTime())
        ? report(`"${v}" is not an ISO 8601 date; left out`, 'bad-date', 'error', at(key))
        : v;
    },
    number(key) {
      const v = own(value, key);
      if (v == null) return undefined;
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      return typeof n === 'number' && Number.isFinite(n) && n > 0
        ? n
        : report(`expected a positive number, got ${describe(v)}; left out`, 'bad-number', 'error', at(key));
    },
    boolean(key) {
      const v = own(value, key);
      if (v == null || typeof v === 'boolean') return v as boolean | undefined;
      return report(`expected true or false, got ${describe(v)}; left out`, 'wrong-type', 'error', at(key));
    },
    oneOf(key, values, fallback) {
      const v = own(value, key);
      if (v == null) return fallback;
      if ((values as readonly unknown[]).includes(v)) return v as (typeof values)[number];
      report(
        `expected ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${describe(v)}${fallback === undefined ? '; left out' : `; ${JSON.stringify(fallback)} is used`}`,
        'bad-value',
        'error',
        at(key),
      );
      return fallback;
    },
    link(key) {
      const v = own(value, key);
      if (typeof v === 'string' && v.trim()) return { name: v };
      const obj = self.object(v, at(key), '{ name, url }');
      const name = obj?.text('name', true);
      return obj && name ? ({ name, url: obj.url('url') } satisfies Link) : undefined;
    },
    photo(key) {
      const obj = key === undefined ? self : self.object(own(value, key), at(key), 'a photo object');
      if (!obj) return undefined;
      const where = obj.path;
      const src = obj.url('src');
      if (!src)
        return own(obj.value, 'src') == null
          ? report('missing; photo left out', 'missing', 'error', `${where}.src`)
          : undefined;
      let alt = obj.text('alt');
      if (alt === undefined) {
        if (own(obj.value, 'alt') !== '')
          report('alt text is missing; the image is treated as decorative', 'no-alt', 'warning', `${where}.alt`);
        alt = '';
      }
      const width = obj.number('width');
      const height = obj.number('height');
      const sized = width && height;
      if (!sized)
        report('width and height are needed to reserve the image box; a 3:2 box is used', 'no-size', 'warning', where);
      return {
        src,
        alt,
        width: sized ? width : undefined,
        height: sized ? height : undefined,
        srcset: safeSrcset(obj.text('srcset'), (reason) => report(reason, 'unsafe-url', 'error', `${where}.srcset`)),
        sizes: obj.text('sizes'),
        caption: obj.text('caption'),
        credit: obj.text('credit'),
      } satisfies Photo;
    },
    list(key, each) {
      const v = own(value, key);
      if (v == null) return [];
      if (!Array.isArray(v))
        return report(`expected a list, got ${describe(v)}; left out`, 'not-a-list', 'error', at(key)) ?? [];
      const out = [];
      for (let i = 0; i < v.length; i++) {
        const item = each(v[i], `${at(key)}[${i}]`);
        if (item !== undefined) out.push(item);
      }
      return out;
    },
    object(v, where, expected = 'an object', outcome = '; left out') {
      if (isObj(v)) return reader(v, where, sink);
      if (v != null) report(`expected ${expected}, got ${describe(v)}${outcome}`, 'not-an-object', 'error', where);
    },
  };
  return self;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
