import { safeUrl } from './url.js';

/**
 * HTML fields of Article JSON (`paragraph.html`, `blockquote.html`) become DOM here and nowhere else.
 * Step 1, the XSS-proof part, is a well-kept sanitizer: the browser's HTML Sanitizer API
 * (`Element.setHTML`) where it exists, else DOMPurify, which is loaded lazily so engines with the
 * native API never download it. Step 2 narrows the already-safe tree to the field's allowlist:
 * disallowed elements are unwrapped (their text stays: nothing the author wrote is lost), other
 * attributes dropped, and every href checked against the URL policy.
 */

export const INLINE_ELEMENTS = ['a', 'em', 'strong', 'i', 'b', 'br', 'code', 'sub', 'sup'] as const;
export const BLOCK_ELEMENTS = [...INLINE_ELEMENTS, 'p'] as const;
/** Callouts and corrections: paragraphs and lists. */
export const RICH_ELEMENTS = [...BLOCK_ELEMENTS, 'ul', 'ol', 'li'] as const;
/** Attributes an allowed element keeps beside GLOBAL_ATTRIBUTES (the server's sanitizer reads these too). */
export const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { a: ['href', 'title', 'hreflang'] };
export const GLOBAL_ATTRIBUTES = ['lang', 'dir'] as const;
/** Every attribute some allowed element may keep: what the native sanitizer lets through to step 2. */
export const KEPT_ATTRIBUTES = [...new Set([...Object.values(ATTRIBUTES).flat(), ...GLOBAL_ATTRIBUTES])];

type Mode = 'inline' | 'block' | 'rich';
/** Hears what sanitizing removed: an unsafe link (an error in the data) or markup outside the allowlist. */
export type IssueListener = (message: string, code: 'unsafe-url' | 'removed-markup') => void;

/** Elements whose content is code or UI, not text: removed whole (DOMPurify and the server do the same). */
export const DROP_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'noembed',
  'noframes',
  'frame',
  'frameset',
  'plaintext',
  'xmp',
  'textarea',
  'select',
  'title',
];
type Purify = { sanitize(html: string, config: Record<string, unknown>): DocumentFragment };

let purify: Purify | undefined;
let loading: Promise<void> | undefined;
let inertDoc: Document | undefined;

function nativeSanitizer(): boolean {
  return typeof Element !== 'undefined' && typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';
}

/** How DOMPurify's file is loaded. Tests replace `load` to stand for a file that cannot be fetched. */
export const purifyLoader = { load: (): Promise<{ default: unknown }> => import('dompurify') };

/**
 * Resolves when `sanitize` can run: at once on engines with the HTML Sanitizer API, else once
 * DOMPurify has loaded. Never rejects: when the file cannot be loaded (the network, or a CSP that
 * refuses it), one warning says so, HTML fields are shown as their text until it can be, and the
 * next call (the next article) tries again.
 */
export function loadSanitizer(): Promise<void> {
  if (nativeSanitizer() || purify) return Promise.resolve();
  return (loading ??= purifyLoader.load().then(
    (mod) => {
      purify = mod.default as Purify;
    },
    (error: unknown) => {
      loading = undefined;
      console.warn(
        `article-elements: the HTML sanitizer could not be loaded (${(error as Error)?.message ?? error}); HTML fields are shown as plain text`,
      );
    },
  ));
}

export function sanitizerReady(): boolean {
  return nativeSanitizer() || purify !== undefined;
}

function inert(): Document {
  // A document with no browsing context: nothing parsed into it loads or runs.
  return (inertDoc ??= document.implementation.createHTMLDocument(''));
}

/**
 * Sanitized DOM for an HTML field. `onIssue` hears what was removed. Without a sanitizer (its file
 * could not be loaded, or `loadSanitizer` was not awaited) the text alone is kept.
 */
export function sanitize(html: string, mode: Mode, onIssue?: IssueListener): DocumentFragment {
  if (onIssue && /\bhref\s*=/i.test(html)) reportUnsafeLinks(html, onIssue);
  const holder = inert().createElement('div');
  if (nativeSanitizer()) {
    // setHTML always applies its safe baseline (no script, handler or javascript: URL). A remove-list
    // of elements, unlike the default allowlist, keeps unknown and legacy elements (font, o:p,
    // custom tags) so that step 2 can unwrap them and keep their text. Attributes are an allowlist:
    // Chromium 156 crashes the tab on some event-handler attributes (onstart, onfinish, onpagereveal
    // and two dozen more) unless the configuration lists the attributes to keep.
    (holder as unknown as { setHTML(html: string, o: unknown): void }).setHTML(html, {
      sanitizer: { removeElements: DROP_WITH_CONTENT, attributes: KEPT_ATTRIBUTES },
    });
  } else if (purify) {
    holder.append(purify.sanitize(html, { ...purifyConfig(), RETURN_DOM_FRAGMENT: true }));
  } else {
    holder.textContent = textOf(html);
  }
  return narrowed(holder, mode, document, onIssue);
}

/**
 * The sanitizers drop unsafe hrefs silently; find them in the source to tell the publisher which
 * link lost its URL. This reads the string and never builds DOM from it: parsing markup through
 * innerHTML here would be a Trusted Types sink. Character references are decoded the way the
 * parser would, so `&#106;avascript:` is reported too. A miss only costs a warning: the sanitizer
 * has removed the URL either way.
 */
export function reportUnsafeLinks(html: string, onIssue: IssueListener): void {
  for (const match of html.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    safeUrl(decode(match[1] ?? match[2] ?? match[3] ?? ''), (reason) => onIssue(`link: ${reason}`, 'unsafe-url'));
  }
}

/** The named character references decoded here: the few that hide a scheme, and the common ones. */
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Character references decoded in one pass (`&#38;lt;` is `&lt;`, not `<`), numeric ones as the
 * HTML parser decodes them: a value beyond U+10FFFF, a surrogate or zero becomes U+FFFD
 * (String.fromCodePoint would throw). (The parser also maps 0x80 to 0x9F to Windows-1252 letters;
 * none is ASCII, so no scheme or space hides there.)
 */
function decode(value: string): string {
  return value.replace(
    /&(?:#x([0-9a-f]+);?|#(\d+);?|([a-z]+);)/gi,
    (ref, hex?: string, dec?: string, name?: string) => {
      if (name) return NAMED[name.toLowerCase()] ?? ref;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return String.fromCodePoint(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || !code ? 0xfffd : code);
    },
  );
}

/**
 * Elements that hold code, with their content (to the closing tag, or the end); comments; other
 * tags. Every match runs to its end or to the end of the input, so one pass is linear.
 */
const MARKUP = new RegExp(
  `<(${DROP_WITH_CONTENT.join('|')})\\b[^]*?(?:</\\1[^>]*>?|$)|<!--[^]*?(?:-->|$)|<(/?[a-z][^\\s/>]*)[^>]*>?|<[!?/][^>]*>?`,
  'gi',
);

/**
 * The text of markup, without a parser: the fallback when no sanitizer could be loaded (parsing
 * into DOM through innerHTML or DOMParser is a Trusted Types sink, refused on the strict pages where
 * that happens). Tags and comments go, code elements with their content; paragraph and line breaks
 * become spaces; numeric and the common named character references are decoded.
 */
export function textOf(markup: string): string {
  return decode(
    markup.replace(MARKUP, (_, code?: string, tag?: string) =>
      !code && tag && /^\/?(?:p|br|li|div|h\d|blockquote|t[rdh])$/i.test(tag) ? ' ' : '',
    ),
  );
}

/** The allowlist for a field's mode. */
export function allowedElements(mode: Mode): Set<string> {
  return new Set<string>(mode === 'inline' ? INLINE_ELEMENTS : mode === 'block' ? BLOCK_ELEMENTS : RICH_ELEMENTS);
}

/** The DOMPurify settings of the browser fallback. */
function purifyConfig(): Record<string, unknown> {
  // DOMPurify's HTML profile, like setHTML's safe baseline, only removes what is dangerous; the
  // field's allowlist is applied afterwards by `narrowed`, on every engine alike, so the same
  // elements are unwrapped and reported the same way everywhere. (Harmless attributes outside the
  // allowlist, such as class, are reported here but dropped silently by setHTML.) The server applies
  // the same lists with sanitize-html (src/ssr/index.ts).
  return { USE_PROFILES: { html: true }, FORBID_TAGS: DROP_WITH_CONTENT };
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/**
 * The allowed part of `holder`'s tree, built afresh in `doc` in one pass: an element outside the
 * allowlist gives its children to its nearest kept ancestor (its text stays), a kept one is copied
 * with its allowed attributes only. Unwrapping in place, one replaceWith at a time, costs a pass over
 * the siblings each time (quadratic on jsdom: 4,000 spans in a paragraph took 10 s). A loop, not
 * recursion: the data, not the stack, decides the depth. Comments are not copied.
 */
function narrowed(holder: Element, mode: Mode, doc: Document, onIssue?: IssueListener): DocumentFragment {
  const allowed = allowedElements(mode);
  const removed = new Set<string>();
  const out = doc.createDocumentFragment();
  // Each frame: the next source node to read, where its copies go, and (for a kept element) the
  // copy to attach to its parent once complete: a copy is attached whole, so an insertion never
  // walks a deep chain of ancestors.
  type Frame = { next: Node | null; into: Element | DocumentFragment; done?: () => void };
  const stack: Frame[] = [{ next: holder.firstChild, into: out }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const node = frame.next;
    if (!node) {
      stack.pop();
      frame.done?.();
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 3) frame.into.append((node as Text).data);
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.localName;
    if (!allowed.has(tag) || child.namespaceURI !== XHTML) {
      removed.add(`<${tag}>`);
      stack.push({ next: child.firstChild, into: frame.into });
      continue;
    }
    const copy = doc.createElement(tag);
    const keep: readonly string[] = ATTRIBUTES[tag] ?? [];
    for (const attr of Array.from(child.attributes)) {
      if (keep.includes(attr.name) || (GLOBAL_ATTRIBUTES as readonly string[]).includes(attr.name))
        copy.setAttribute(attr.name, attr.value);
      else removed.add(attr.name);
    }
    if (tag === 'a' && copy.hasAttribute('href')) {
      // Already reported by reportUnsafeLinks when an onIssue listener is given.
      const href = safeUrl(copy.getAttribute('href'));
      if (href === undefined) copy.removeAttribute('href');
      else copy.setAttribute('href', href);
    }
    const into = frame.into;
    stack.push({ next: child.firstChild, into: copy, done: () => into.append(copy) });
  }
  if (removed.size) onIssue?.(`removed markup not allowed here: ${[...removed].join(', ')}`, 'removed-markup');
  return out;
}
