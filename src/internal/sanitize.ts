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
const ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title', 'hreflang'] };
const GLOBAL_ATTRIBUTES = ['lang', 'dir'];
/** Every attribute some allowed element may keep: what the native sanitizer lets through to step 2. */
const KEPT_ATTRIBUTES = [...new Set([...Object.values(ATTRIBUTES).flat(), ...GLOBAL_ATTRIBUTES])];

type Mode = 'inline' | 'block' | 'rich';
/** Hears what sanitizing removed: an unsafe link (an error in the data) or markup outside the allowlist. */
export type IssueListener = (message: string, code: 'unsafe-url' | 'removed-markup') => void;

/** Elements whose content is code or UI, not text: removed whole (DOMPurify does the same). */
const DROP_WITH_CONTENT = [
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
let inertDoc: Document | undefined;

function nativeSanitizer(): boolean {
  return typeof Element !== 'undefined' && typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';
}

/** Resolves when `sanitize` can run; loads DOMPurify on engines without the HTML Sanitizer API. */
export async function loadSanitizer(): Promise<void> {
  if (nativeSanitizer() || purify) return;
  const mod = await import('dompurify');
  purify = mod.default as unknown as Purify;
}

export function sanitizerReady(): boolean {
  return nativeSanitizer() || purify !== undefined;
}

function inert(): Document {
  // A document with no browsing context: nothing parsed into it loads or runs.
  return (inertDoc ??= document.implementation.createHTMLDocument(''));
}

/**
 * Sanitized DOM for an HTML field. `onIssue` hears what was removed. Before a sanitizer is
 * available (only possible if `loadSanitizer` was not awaited) the text alone is kept.
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
    const parsed = inert().createElement('template');
    parsed.innerHTML = html;
    holder.textContent = parsed.content.textContent;
  }
  narrowTree(holder, mode, onIssue);
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(holder.childNodes).map((n) => document.importNode(n, true)));
  return fragment;
}

/**
 * The sanitizers drop unsafe hrefs silently; find them in the source to tell the publisher which
 * link lost its URL. This reads the string and never builds DOM from it: parsing markup through
 * innerHTML here would be a Trusted Types sink. Character references are decoded the way the
 * parser would, so `&#106;avascript:` is reported too. A miss only costs a warning: the sanitizer
 * has removed the URL either way.
 */
export function reportUnsafeLinks(html: string, onIssue: IssueListener): void {
  const decode = (value: string) =>
    value
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
      .replace(
        /&(colon|tab|newline);/gi,
        (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()]!,
      );
  for (const match of html.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    safeUrl(decode(match[1] ?? match[2] ?? match[3] ?? ''), (reason) => onIssue(`link: ${reason}`, 'unsafe-url'));
  }
}

/** The allowlist for a field's mode. */
export function allowedElements(mode: Mode): Set<string> {
  return new Set<string>(mode === 'inline' ? INLINE_ELEMENTS : mode === 'block' ? BLOCK_ELEMENTS : RICH_ELEMENTS);
}

/** Step 2 on any DOM (the browser's or, on the server, jsdom's): see the module comment. */
export function narrowTree(holder: Element, mode: Mode, onIssue?: IssueListener): void {
  const removed = new Set<string>();
  narrow(holder, allowedElements(mode), removed, onIssue);
  if (removed.size) onIssue?.(`removed markup not allowed here: ${[...removed].join(', ')}`, 'removed-markup');
}

/** DOMPurify settings shared by the browser fallback and the server. */
export function purifyConfig(): Record<string, unknown> {
  // DOMPurify's HTML profile, like setHTML's safe baseline, only removes what is dangerous; the
  // field's allowlist is applied afterwards by narrowTree, on every engine and on the server alike,
  // so the same elements are unwrapped and reported the same way everywhere. (Harmless attributes
  // outside the allowlist, such as class, are reported here but dropped silently by setHTML.)
  return { USE_PROFILES: { html: true }, FORBID_TAGS: DROP_WITH_CONTENT };
}

function narrow(parent: Element, allowed: Set<string>, removed: Set<string>, onIssue?: IssueListener): void {
  for (const child of Array.from(parent.children)) {
    narrow(child, allowed, removed, onIssue);
    const tag = child.localName;
    if (!allowed.has(tag) || child.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      removed.add(`<${tag}>`);
      child.replaceWith(...Array.from(child.childNodes));
      continue;
    }
    const keep = ATTRIBUTES[tag] ?? [];
    for (const attr of Array.from(child.attributes)) {
      if (!keep.includes(attr.name) && !GLOBAL_ATTRIBUTES.includes(attr.name)) {
        removed.add(attr.name);
        child.removeAttribute(attr.name);
      }
    }
    if (tag === 'a' && child.hasAttribute('href')) {
      // Already reported by reportUnsafeLinks when an onIssue listener is given.
      const href = safeUrl(child.getAttribute('href'));
      if (href === undefined) child.removeAttribute('href');
      else child.setAttribute('href', href);
    }
  }
}
