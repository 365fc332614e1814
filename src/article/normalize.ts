import type { Article, Author, Block, Link, Photo, ProfileLink } from './types.js';
import type { BlockSpec, Problem, ProblemCode, Reader, Severity } from './blocks/spec.js';
import { opaque, specOf } from './define-block.js';
import { safeSrcset, safeUrl } from '../internal/url.js';

export type { Problem, ProblemCode, Severity };

/** An Article as normalized: safe to render, with the values derived from it. */
export interface NormalizedArticle extends Article {
  /** Minutes to read the body, at about 230 words a minute (at least 1). */
  readingTime: number;
  /**
   * For each block of `body`, its index in the input's `body` (blocks that could not be used are
   * left out, so the two differ after the first): JSON paths in warnings name the input's.
   */
  bodyIndex: number[];
}

export interface Normalized {
  /** What can be rendered, or undefined when nothing can. */
  article?: NormalizedArticle;
  problems: Problem[];
}

/**
 * How much one article may hold: bounds on the work and memory it can cost a server or a reader's
 * tab. An article past `blocks`, `values` or `text` is refused (one `too-large` problem, nothing is
 * rendered); a field longer than `field` is left out (`too-large`); HTML nested deeper than `depth`
 * loses the deeper tags, their text kept (`too-deep`).
 */
export interface Limits {
  /** Body blocks. */
  blocks: number;
  /** Values read, in the whole article: each field, list entry and table cell counts one. */
  values: number;
  /** Characters (UTF-16 code units) in one field. */
  field: number;
  /** Characters in all fields together. */
  text: number;
  /** Elements an HTML field may nest. */
  depth: number;
}

/** The limits `normalizeArticle` (and so `<news-article>` and `renderArticle`) applies by default. */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  blocks: 5000,
  values: 50000,
  field: 100000,
  text: 5000000,
  depth: 32,
};

export interface NormalizeOptions {
  /**
   * Block types to accept without a definition (as `validate --block` does): their own JSON data
   * is kept as it is. Types defined with `defineBlock` need not be listed.
   */
  knownTypes?: string[];
  /** Other limits than DEFAULT_LIMITS (any left out keeps its default; Infinity lifts one). */
  limits?: Partial<Limits>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value's own property: a polluted Object.prototype is neither data nor options. */
const own = (obj: unknown, key: string | number): unknown =>
  isObj(obj) || Array.isArray(obj) ? (Object.hasOwn(obj, key) ? (obj as Obj)[key] : undefined) : undefined;
/** 1234567 as "1,234,567". */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** What the readers of one article share: its limits, and what it has used of them. */
interface Budget {
  limits: Limits;
  values: number;
  text: number;
  /** Why the article is refused, once it is past a limit. */
  over?: string;
}

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
  const steps = normalizeSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * normalizeArticle one step at a time, for a caller that gives the main thread back between steps
 * (`<news-article>` does, so a long article never holds it for long): each `next()` reads one more
 * body block or derived value, and the generator returns what normalizeArticle returns. The first
 * value yielded is the lead photo (undefined when there is none), read before any block: it can be
 * requested early, and lazily loaded block types loaded before their blocks are read.
 */
export function* normalizeSteps(
  input: unknown,
  options: NormalizeOptions = {},
): Generator<Photo | undefined, Normalized> {
  try {
    return yield* normalize(input, options);
  } catch (error) {
    // Only objects that are not JSON data get here (a getter that throws, a Proxy).
    const message = `could not be read (${(error as Error)?.message ?? error})`;
    return { problems: [{ path: '$', message, code: 'not-an-article', severity: 'error' }] };
  }
}

function* normalize(input: unknown, options: NormalizeOptions): Generator<Photo | undefined, Normalized> {
  const problems: Problem[] = [];
  const report = (path: string, message: string, code: ProblemCode = 'wrong-type', severity: Severity = 'error') =>
    void problems.push({ path, message, code, severity });
  const refuse = (path: string, message: string): Normalized => ({
    problems: [{ path, message: `${message}; the article is not rendered`, code: 'too-large', severity: 'error' }],
  });

  if (!isObj(input)) {
    report('$', `expected an Article object, got ${describe(input)}`, 'not-an-article');
    return { problems };
  }
  const asked = own(options, 'limits');
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(limits) as (keyof Limits)[]) {
    const v = own(asked, key);
    if (typeof v === 'number' && v >= 0) limits[key] = v;
  }
  const knownTypes = own(options, 'knownTypes');
  const budget: Budget = { limits, values: 0, text: 0 };
  const root = reader(input, '', report, budget);

  // Refused before any of it is read: the work would be wasted.
  const blocks = own(input, 'body');
  if (Array.isArray(blocks) && blocks.length > limits.blocks)
    return refuse('body', `${count(blocks.length)} blocks, more than the limit of ${count(limits.blocks)}`);
  const headline = root.text('headline', true) ?? '';
  // The header's fields, then the body's blocks: problems are listed in that order.
  const head = {
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
  };
  yield head.image;
  if (blocks == null) report('body', 'missing', 'missing');
  // The spec each kept block was read with (a type known by name only has no spec of its own).
  const specs: BlockSpec<{ type: string }>[] = [];
  const bodyIndex: number[] = [];
  const body: Block[] = [];
  // Each block's plain text, for the reading time and for pull quotes that repeat the body.
  const texts: string[] = [];
  for (const [index, value, path] of root.items('body')) {
    const block = readBlock(root, value, path, knownTypes);
    if (block) {
      specs.push(block[1]);
      bodyIndex.push(index);
      body.push(block[0]);
      try {
        texts.push(String(block[1].text(block[0] as never) ?? ''));
      } catch {
        texts.push('');
      }
    }
    yield undefined;
  }
  if (budget.over) return refuse('$', budget.over);
  if (!headline && body.length === 0) {
    report('$', 'nothing to show: no headline and no usable body block', 'nothing-to-show');
    return { problems };
  }

  // Derived values. A pull quote repeating the body's words is hidden from assistive technology;
  // one with no letter or digit (emoji, punctuation) repeats nothing: "" is in every text.
  let words = 0;
  for (const text of texts) words += text.split(/\s+/).filter(Boolean).length;
  if (body.some((b) => b.type === 'pullquote')) {
    const rest = squash(texts.filter((_, i) => body[i].type !== 'pullquote').join(' '));
    // Each comparison may read the whole body: past a budget a quote is taken as new (read twice
    // by a screen reader, which costs less than a tab frozen by a thousand quotes).
    const said = new Map<string, boolean>();
    let budget = 2e7;
    for (const b of body)
      if (b.type === 'pullquote') {
        const quote = squash(b.text);
        if (!said.has(quote))
          said.set(quote, /[\p{L}\p{N}]/u.test(quote) && (budget -= rest.length) > 0 && rest.includes(quote));
        b.repeated = said.get(quote);
        yield undefined;
      }
  }

  const article: NormalizedArticle = {
    ...head,
    body,
    readingTime: Math.max(1, Math.round(words / 230)),
    bodyIndex,
  };
  return { article, problems };
}

/** A body block and the spec it was read with, or undefined (reported) when it cannot be used. */
function readBlock(
  root: Reader,
  value: unknown,
  path: string,
  knownTypes: unknown,
): [Block, BlockSpec<{ type: string }>] | undefined {
  const obj = root.object(value, path, 'a block object', ', skipped');
  if (!obj) return undefined;
  const type = own(obj.value, 'type');
  const spec =
    typeof type === 'string'
      ? (specOf(type) ?? (Array.isArray(knownTypes) && knownTypes.includes(type) ? opaque : undefined))
      : undefined;
  if (!spec) return obj.report(`unknown block type ${describe(type)}, skipped`, 'unknown-block');
  // A publisher's normalizer that throws costs its block, never the article.
  let fields;
  try {
    fields = spec.normalize(obj);
  } catch (error) {
    return obj.report(
      `${type} block could not be read (${(error as Error)?.message ?? error}), skipped`,
      'block-skipped',
    );
  }
  if (!fields) return obj.report(`${type} block skipped`, 'block-skipped');
  return [{ type, ...fields } as Block, spec];
}

function author(root: Reader, value: unknown, path: string): Author | undefined {
  if (typeof value === 'string' && value.trim()) {
    const name = root.check(value, path);
    return name ? { name } : undefined;
  }
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
 * path, and reports through `sink`. Only the object's own properties are read: `value` is a copy of
 * them, with no prototype.
 */
function reader(
  input: Obj,
  path: string,
  sink: (path: string, message: string, code?: ProblemCode, severity?: Severity) => void,
  budget: Budget,
): Reader {
  const value: Obj = Object.assign(Object.create(null), input);
  const { limits } = budget;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const report = (message: string, code?: ProblemCode, severity?: Severity, where = path || '$'): undefined =>
    void sink(where, message, code, severity);
  /** Counts a value against the article's limits; false once the article is past one. */
  const counted = (length: number) => {
    budget.text += length;
    if (++budget.values > limits.values)
      budget.over ??= `more than ${count(limits.values)} values (fields, list entries and table cells), the limit`;
    if (budget.text > limits.text) budget.over ??= `more than ${count(limits.text)} characters of text, the limit`;
    return !budget.over;
  };

  const field = (key: string, required = false, html: boolean) => {
    const v = value[key];
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (v != null && typeof v !== 'string')
      return report(`expected text, got ${describe(v)}; left out`, 'wrong-type', 'error', at(key));
    if (v) return self.check(v, at(key), html, required);
    if (required) report(v === '' ? 'empty' : 'missing', v === '' ? 'empty' : 'missing', 'error', at(key));
  };

  const self: Reader = {
    value,
    path,
    report,
    text: (key, required) => field(key, required, false),
    check(v, where, html = false, required = false) {
      if (!counted(v.length)) return undefined;
      if (v.length > limits.field)
        return report(
          `${count(v.length)} characters, more than the limit of ${count(limits.field)}; left out`,
          'too-large',
          'error',
          where,
        );
      if (!v.trim()) return required ? report('empty', 'empty', 'error', where) : undefined;
      if (!html) return v;
      const [markup, dropped] = boundNesting(v, limits.depth);
      if (dropped)
        report(
          `elements nest deeper than ${limits.depth}: ${count(dropped)} tags left out, their text kept`,
          'too-deep',
          'warning',
          where,
        );
      return markup;
    },
    html: (key, required) => field(key, required, true),
    url(key, required) {
      const v = self.text(key, required);
      return v && safeUrl(v, (reason) => report(reason, 'unsafe-url', 'error', at(key)));
    },
    date(key) {
      const v = self.text(key);
      return v && Number.isNaN(new Date(v).getTime())
        ? report(`${describe(v)} is not an ISO 8601 date; left out`, 'bad-date', 'error', at(key))
        : v;
    },
    number(key) {
      const v = value[key];
      if (v == null) return undefined;
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      return typeof n === 'number' && Number.isFinite(n) && n > 0
        ? n
        : report(`expected a positive number, got ${describe(v)}; left out`, 'bad-number', 'error', at(key));
    },
    boolean(key) {
      const v = value[key];
      if (v == null || typeof v === 'boolean') return v as boolean | undefined;
      return report(`expected true or false, got ${describe(v)}; left out`, 'wrong-type', 'error', at(key));
    },
    oneOf(key, values, fallback) {
      const v = value[key];
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
      const v = value[key];
      if (typeof v === 'string' && v.trim()) {
        const name = self.check(v, at(key));
        return name ? { name } : undefined;
      }
      const obj = self.object(v, at(key), '{ name, url }');
      const name = obj?.text('name', true);
      return obj && name ? ({ name, url: obj.url('url') } satisfies Link) : undefined;
    },
    photo(key) {
      const obj = key === undefined ? self : self.object(value[key], at(key), 'a photo object');
      if (!obj) return undefined;
      const where = obj.path;
      const src = obj.url('src');
      if (!src)
        return obj.value.src == null
          ? report('missing; photo left out', 'missing', 'error', `${where}.src`)
          : undefined;
      let alt = obj.text('alt');
      if (alt === undefined) {
        if (obj.value.alt !== '')
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
      const out = [];
      for (const [, v, where] of self.items(key)) {
        const item = each(v, where);
        if (item !== undefined) out.push(item);
      }
      return out;
    },
    *items(key) {
      const v = value[key];
      if (v == null) return;
      if (!Array.isArray(v))
        return report(`expected a list, got ${describe(v)}; left out`, 'not-a-list', 'error', at(key));
      for (let i = 0; i < v.length && counted(0); i++) yield [i, own(v, i), `${at(key)}[${i}]`];
    },
    object(v, where, expected = 'an object', outcome = '; left out') {
      if (isObj(v)) return reader(v, where, sink, budget);
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

/** Elements with no content, never open. */
const VOID = new Set(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'.split(' '),
);
/**
 * Elements whose content the parser reads as text (or to the end, for plaintext): left out with
 * their content here, as every sanitizer drops them, so that the markup passed on never switches
 * the parser out of reading tags.
 */
const RAW = new Set('iframe noembed noframes noscript plaintext script style textarea title xmp'.split(' '));
/** Elements the parser opens again after a tag closed them out of order ("adoption agency"). */
const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '));
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/i.test(c);

/**
 * The index of the `>` that ends the tag whose name starts at `i`, or -1 when the input ends first.
 * Attributes are tokenized as the HTML parser does: a quoted value may hold `>`.
 */
function tagEnd(s: string, i: number): number {
  // 0 tag name, 1 before an attribute name, 2 attribute name, 3 after it, 4 before a value,
  // 5 unquoted value, 6 after a quoted value
  let state = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '>') return i;
    if (state === 4) {
      if (isSpace(c)) continue;
      if (c === '"' || c === "'") {
        i = s.indexOf(c, i + 1);
        if (i < 0) return -1;
        state = 6;
      } else state = 5;
    } else if (state === 5) {
      if (isSpace(c)) state = 1;
    } else if (isSpace(c)) state = state === 2 || state === 3 ? 3 : 1;
    else if (c === '/') state = 1;
    else if (c === '=') state = state === 2 || state === 3 ? 4 : state && 2;
    else state = state && 2;
  }
  return -1;
}

/**
 * HTML with elements nested at most `max` deep, and the count of start tags left out to get there
 * (their text stays). One pass over the tags, no recursion: a field of 100,000 unclosed `<i>` would
 * otherwise overflow the stack of every recursive walk after it (the server's DOM, narrowTree) and
 * cost the parsers seconds. The output is markup the parser reads into the tree this scan models:
 * tags closed out of order are closed (and formatting elements opened again) as the parser's
 * adoption agency would; a `<p>` or `<li>` closes the open one; comments, declarations, svg and
 * math tags, and elements read as raw text (script, style…: see RAW) are left out, so nothing
 * switches the parser into a mode where it reads tags otherwise than here. Markup nested within
 * the limit keeps its tags and order.
 */
export function boundNesting(s: string, max: number): [string, number] {
  if (!s.includes('<')) return [s, 0];
  const names: string[] = [];
  const tags: string[] = [];
  let out = '';
  let dropped = 0;
  let i = 0;
  /** Open svg and math elements, as the tags say. */
  let foreign = 0;
  const open = (name: string, tag: string) => {
    names.push(name);
    tags.push(tag);
    out += tag;
  };
  /** Closes the open elements down to index `k`; returns the formatting ones above it, to open again. */
  const closeTo = (k: number): [string, string][] => {
    const again: [string, string][] = [];
    for (let j = names.length - 1; j >= k; j--) {
      out += `</${names[j]}>`;
      if (j > k && FORMATTING.has(names[j])) again.unshift([names[j], tags[j]]);
    }
    names.length = tags.length = k;
    return again;
  };
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) break;
    out += s.slice(i, lt);
    i = lt + 1;
    const next = s[lt + 1];
    const end = next === '/';
    if (next === '!' || next === '?' || (end && !isLetter(s[lt + 2]))) {
      // A comment, doctype, CDATA section, processing instruction or bogus comment: left out (so
      // where it ends matters only to what is left out: "<!-->" and "<!--->" end it too).
      const comment = s.startsWith('<!--', lt);
      const stop = s.indexOf(comment ? '-->' : '>', lt + 2);
      i = stop < 0 ? s.length : stop + (comment ? 3 : 1);
      continue;
    }
    const start = lt + (end ? 2 : 1);
    if (!isLetter(s[start])) {
      out += '<';
      continue;
    }
    const close = tagEnd(s, start);
    if (close < 0) return [out, dropped]; // a tag cut off by the end: the parser drops it too
    let stop = start;
    while (stop < close && s[stop] !== '/' && !isSpace(s[stop])) stop++;
    // ASCII only, as the parser lowercases: "K" (the kelvin sign) is not "k".
    const name = s.slice(start, stop).replace(/[A-Z]/g, (c) => c.toLowerCase());
    const tag = s.slice(lt, close + 1);
    i = close + 1;
    // The tags of svg and math are left out (what they hold is read as HTML), and RAW elements
    // with their content, except inside svg or math, where the parser reads markup in style,
    // script and title: there only their tags go.
    if (name === 'svg' || name === 'math') {
      if (end) foreign = Math.max(0, foreign - 1);
      else if (s[close - 1] !== '/') foreign++;
    } else if (RAW.has(name)) {
      if (end || foreign) continue;
      if (name === 'plaintext') return [out, dropped];
      const found = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
      found.lastIndex = i;
      const at = found.exec(s);
      const after = at ? tagEnd(s, at.index + 2) : -1;
      if (after < 0) return [out, dropped];
      i = after + 1;
    }
    // Closing tags out of order adds markup: past twice the input, further tags are left out.
    else if (out.length > 2 * s.length) dropped++;
    else if (end) {
      const k = names.lastIndexOf(name);
      if (k < 0)
        out += tag; // the parser ignores it (or makes an empty p, a br)
      else for (const [n, t] of closeTo(k)) open(n, t);
    } else if (VOID.has(name)) out += tag;
    else {
      const k = name === 'p' || name === 'li' ? names.lastIndexOf(name) : -1;
      const again = k >= 0 && (name === 'p' || !names.slice(k).some((n) => n === 'ul' || n === 'ol')) ? closeTo(k) : [];
      if (names.length < max) open(name, tag);
      else dropped++;
      for (const [n, t] of again) open(n, t);
    }
  }
  return [out + s.slice(i), dropped];
}
