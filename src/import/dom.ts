import { parseHTML } from 'linkedom';

/**
 * DOM helpers for the importer. linkedom gives a DOM that runs in Node and at the edge (no Node
 * built-ins, no browser): it is fast and forgiving, and enough for reading markup; it lays nothing
 * out, so nothing here may depend on computed styles.
 */

/** A whole page as a document. */
export function parseDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // linkedom builds no root for text without tags (or for nothing): the browser's parser would.
  if (doc.documentElement && doc.body) return doc;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** An HTML fragment, in the body of a fresh document. */
export function parseFragment(html: string): HTMLElement {
  const doc = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  return doc.body as unknown as HTMLElement;
}

export const isElement = (n: Node | null | undefined): n is Element => n?.nodeType === 1;
export const isText = (n: Node | null | undefined): n is Text => n?.nodeType === 3;
export const tagOf = (n: Node): string => (isElement(n) ? n.localName.toLowerCase() : '');

/** Whitespace collapsed, trimmed. */
export const squish = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of a node, whitespace collapsed. */
export const textOf = (n: Node | null | undefined): string => squish(n?.textContent);

/** Text with entities decoded (`&amp;` → `&`), for HTML fields given as strings (WordPress titles). */
export function decodeText(html: string): string {
  if (!/[<&]/.test(html)) return squish(html);
  return textOf(parseFragment(html));
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (s: string): string => escapeHtml(s).replace(/"/g, '&quot;');

/**
 * `url` made absolute against `base` when it can be; else as given (a relative URL stays relative,
 * resolved later by the page that shows the article). Only http(s) and mailto come out; anything
 * else (javascript:, data:, about:) is undefined.
 */
export function resolveUrl(url: string | null | undefined, base: string | undefined): string | undefined {
  const raw = (url ?? '').trim();
  if (!raw) return undefined;
  let out = raw;
  if (base) {
    try {
      out = new URL(raw, base).href;
    } catch {
      return undefined;
    }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(out)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') return undefined;
  if (!scheme && /^\/\//.test(out)) return `https:${out}`;
  return out;
}

/** A srcset with each candidate's URL resolved; candidates that cannot be used are left out. */
export function resolveSrcset(srcset: string | null | undefined, base: string | undefined): string | undefined {
  if (!srcset?.trim()) return undefined;
  const out: string[] = [];
  // Candidates are "url descriptor" separated by commas; a URL may itself hold commas (rare) and is
  // then cut short: such a candidate fails to resolve cleanly and the browser would misread it too.
  for (const part of srcset.split(/,\s+/)) {
    const [url, ...descriptors] = part.trim().split(/\s+/);
    const abs = resolveUrl(url, base);
    if (abs && !abs.startsWith('mailto:')) out.push([abs, ...descriptors].join(' '));
  }
  return out.length ? out.join(', ') : undefined;
}

/** The class and id of an element as one lower-case string, for pattern tests. */
export const classId = (el: Element): string =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();

/** A positive whole number from an attribute ("640", "640px"), else undefined. */
export function dimension(value: string | null | undefined): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(value ?? '');
  const n = m ? Math.round(Number(m[1])) : NaN;
  return n > 0 ? n : undefined;
}

/** The host of a URL without "www.", or undefined. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return new URL(url ?? '').hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Tests a host against a list of domains (the domain itself or any subdomain). */
export const onDomain = (host: string | undefined, ...domains: string[]): boolean =>
  !!host && domains.some((d) => host === d || host.endsWith(`.${d}`));

/** An ISO 8601 date-time from a date the page gives (ISO already, or something Date can read). */
export function isoDate(value: string | null | undefined): string | undefined {
  const v = squish(value);
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(v)) {
    const t = v.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    return Number.isNaN(new Date(t).getTime()) ? undefined : t;
  }
  const t = new Date(v.replace(/\s+at\s+/i, ' ')).getTime();
  if (Number.isNaN(t)) return undefined;
  // A date without a time of day ("November 7, 2022") is that day, not midnight somewhere.
  const d = new Date(t);
  // A time of day without a zone ("7:42 PM") is in a zone nobody wrote down: only the day is kept.
  if (/\d:\d/.test(v) && /(?:\bZ|GMT|UTC|[+-]\d{2}:?\d{2})\s*$/i.test(v)) return d.toISOString();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The file an image URL names, without the CMS's size suffix or query: "biden-rally" for both sizes of a photo. */
export function fileKey(src: string): string {
  let path = src;
  try {
    path = new URL(src, 'https://x.invalid/').pathname;
  } catch {}
  const name = decodeURIComponent(path.split('/').pop() ?? '').toLowerCase();
  return name
    .replace(/\.(?:jpe?g|png|gif|webp|avif|svg)$/, '')
    .replace(/[-_](?:\d+x\d+|scaled|\d{2,4}w?|large|medium|small|thumb)$/, '');
}
