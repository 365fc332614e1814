import type { TemplateResult } from 'lit';
import type { Link, Photo } from '../types.js';

/** How bad a problem is: an error makes `validate` call the article invalid; a warning is advice. */
export type Severity = 'error' | 'warning';

/**
 * What went wrong, as a stable code (tests, tools and `validate` key off it; the message is for
 * people and may change).
 */
export type ProblemCode =
  | 'not-an-article'
  | 'nothing-to-show'
  | 'not-an-object'
  | 'not-a-list'
  | 'wrong-type'
  | 'missing'
  | 'empty'
  | 'unknown-block'
  | 'block-skipped'
  | 'unsafe-url'
  | 'bad-date'
  | 'bad-number'
  | 'bad-value'
  | 'no-alt'
  | 'no-size'
  | 'removed-markup'
  | 'render-failed'
  | 'too-large'
  | 'too-deep';

/** One problem found in the input: where (a JSON path such as `body[3].src`), what, and how bad. */
export interface Problem {
  path: string;
  message: string;
  code: ProblemCode;
  severity: Severity;
}

/** Which markup an HTML field may keep (see internal/sanitize.ts). */
export type HtmlMode = 'inline' | 'block' | 'rich';

/**
 * Reads one JSON object's fields, never throwing: each method returns undefined for anything it
 * cannot use, having reported why with the field's JSON path. Built-in blocks and `defineBlock`
 * normalizers get the same reader.
 */
export interface Reader {
  /** The object being read: a copy of its own properties, with no prototype. */
  readonly value: Record<string, unknown>;
  /** Its JSON path, e.g. `body[3]`. */
  readonly path: string;
  /** Text (a number is taken as its digits). `required`: report when missing or blank. */
  text(key: string, required?: boolean): string | undefined;
  /**
   * An HTML field: text here, sanitized when rendered. Elements nested deeper than the limit (see
   * Limits) lose their tags, their text kept.
   */
  html(key: string, required?: boolean): string | undefined;
  /**
   * A string that is not a field of this object (a list item, a table cell), at `path`, checked as
   * text() (or, with `html`, html()) checks a field: undefined when blank, or too long (reported).
   */
  check(value: string, path: string, html?: boolean, required?: boolean): string | undefined;
  /** A URL that passes the URL policy (http, https, mailto or relative). */
  url(key: string, required?: boolean): string | undefined;
  /** An ISO 8601 date or date-time. */
  date(key: string): string | undefined;
  /** A positive number (numeric text is accepted). */
  number(key: string): number | undefined;
  boolean(key: string): boolean | undefined;
  /** One of `values`; anything else is reported and `fallback` used. */
  oneOf<T extends string | number>(key: string, values: readonly T[], fallback?: T): T | undefined;
  /** A photo: the field `key`, or without a key this object itself. */
  photo(key?: string): Photo | undefined;
  link(key: string): Link | undefined;
  /** A list whose items `each` reads (undefined drops an item); a non-list is reported. */
  list<T>(key: string, each: (value: unknown, path: string) => T | undefined): T[];
  /** The entries of the list `key`, each with its index and JSON path, one at a time; a non-list is reported. */
  items(key: string): Generator<[index: number, value: unknown, path: string], void>;
  /**
   * A reader for a nested object at `path`; undefined when `value` is not one, reported (unless
   * absent) as "expected {expected}, got …{outcome}".
   */
  object(value: unknown, path: string, expected?: string, outcome?: string): Reader | undefined;
  /** Reports a problem at `path` (default: this object) and returns undefined. */
  report(message: string, code?: ProblemCode, severity?: Severity, path?: string): undefined;
}

/** What a block's template gets besides its data. */
export interface RenderContext {
  /**
   * Lit's `html`, with our element names swapped for a prefixed registration's: templates that
   * contain our elements (`<photo-figure>`, `<pull-quote>`…) must use this one.
   */
  html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult;
  /** The block's JSON path, e.g. `body[3]`. */
  path: string;
  /** Language of the article (for built-in words and dates). */
  lang: string;
  /** Heading level of the article's headline (1 to 5); body headings sit below it. */
  level: number;
  /** An HTML field of this block, sanitized to `mode`'s allowlist, ready to put in a template. */
  sanitize(markup: string, mode: HtmlMode, key: string): unknown;
  /** A `<photo-figure>` for a photo of this block (`key` names it in warnings). */
  photo(photo: Photo, key?: string): TemplateResult;
}

/** A URL made absolute against the page, for structured data. */
export type Absolute = (url: string | undefined) => string | undefined;

/**
 * Everything the browser needs of one block type. Each built-in type is one module in this folder,
 * named after the type, exporting its data type, its spec (under the type's name) and `schema`, the
 * JSON Schema of its fields; index.ts lists the specs. The schema is a separate export, so that
 * bundles leave it out: only the schema builder (article/schema.ts, for the build and `validate`)
 * reads it.
 */
export interface BlockSpec<B extends { type: string }> {
  /** The block's fields from untrusted JSON (the `type` is added after); undefined skips the block. */
  normalize(read: Reader): Omit<B, 'type'> | undefined;
  /** The block as a template in the article's light DOM. */
  render(block: B, context: RenderContext): unknown;
  /** Plain text of the block (reading time, and whether a pull quote repeats the body). */
  text(block: B): string;
  /**
   * CSS for the inside of the block's light DOM, which shadow styles cannot reach; `r(role)` is the
   * selector of a block with that `data-article-role`. Every selector sits in :where(): the
   * publisher's CSS wins.
   */
  styles?(r: (role: string) => string): string;
  /** Set on blocks whose code loads lazily (the script-tag bundle): loads it; then the rest works. */
  load?(): Promise<unknown>;
  /** The block's part of the article's schema.org JSON-LD: property name -> values to add. */
  jsonLd?(block: B, absolute: Absolute): Record<string, unknown[]> | undefined;
}

/** A JSON Schema fragment (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/** Elements that separate words: their tags become a space; inline tags add nothing (`Tues<em>day</em>`). */
const BREAKS =
  /^<\/?(?:p|br|li|ul|ol|div|h[1-6]|blockquote|tr|td|th|table|hr|pre|figure|figcaption|section|article|aside)\b/i;

/**
 * Text of an HTML fragment for counting and comparing words and for structured data (never
 * rendered), whitespace collapsed. Linear: one pass, no regular expression that can backtrack.
 */
export function plainText(markup: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = markup.indexOf('<', i);
    if (open < 0) break;
    const close = markup.indexOf('>', open);
    if (close < 0) break; // an unclosed "<" is text, as a browser shows it
    out += markup.slice(i, open) + (BREAKS.test(markup.slice(open, open + 12)) ? ' ' : '');
    i = close + 1;
  }
  return (out + markup.slice(i))
    .replace(/&(?:#8220|#8221|ldquo|rdquo|quot);/g, '"')
    .replace(/&(?:#8217|rsquo|#39|apos);/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A `$ref` to one of the Article schema's shared definitions (text, html, url, date, photo, link). */
export const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
