import { Readability } from '@mozilla/readability';
import { assemble } from './assemble.js';
import { block, newWalk, photoOf, token, walk } from './blocks.js';
import { classId, fileKey, isElement, parseDocument, resolveUrl, tagOf, textOf } from './dom.js';
import { recognise, type Recognised } from './embeds.js';
import { canonicalOf, namesOf, readMetadata, type PageMeta } from './metadata.js';
import type { ImportOptions, ImportResult } from './types.js';

/**
 * An article page (HTML or AMP) → Article. Metadata is read first, from the untouched page; then
 * AMP elements become plain ones, embeds become placeholders and page furniture goes; Mozilla's
 * Readability finds the content (it scores text density, and is kept up to date against real
 * pages); the content is walked into blocks.
 */

const EMBED_SELECTOR =
  'blockquote, iframe, embed, object, video, amp-iframe, amp-video, amp-youtube, amp-vimeo, amp-twitter, ' +
  'amp-instagram, amp-facebook, amp-bluesky, amp-tiktok, amp-mastodon, amp-ad, amp-embed, amp-analytics, ' +
  'amp-pixel, amp-social-share, amp-sidebar, amp-consent, amp-user-notification, amp-sticky-ad, amp-auto-ads, ' +
  'amp-facebook-like, amp-facebook-page, amp-list, amp-next-page';

/**
 * Page furniture by class or id, one word of a class name (share-buttons, jp-relatedposts…). The
 * strong words are never article text; the weak ones also name sections of real articles (an id
 * made from the heading "Sharing changes"), so they count only on short or link-heavy elements.
 */
const FURNITURE_STRONG =
  /(?:^|[\s_-])(?:sharedaddy|newsletter|comments|comment-list|commentlist|respond|disqus|jp-relatedposts|relatedposts|back-to-top|backtotop|to-top|scroll-top|cookie|cookies|paywall|advert|advertisement|ad-slot|adslot|outbrain|taboola|mobile-exit|exit-mobile|feedback|flyout)(?:[\s_-]|$)/;
const FURNITURE_WEAK =
  /(?:^|[\s_-])(?:share|sharing|social|subscribe|subscription|signup|related|recommended|recirc|comment|breadcrumbs?|skip|consent|promo|sponsored|modal|popup)(?:[\s_-]|$)/;

const INLINE = new Set([
  'a',
  'span',
  'em',
  'strong',
  'i',
  'b',
  'u',
  'small',
  'abbr',
  'cite',
  'code',
  'sup',
  'sub',
  'mark',
  'time',
]);

/** Share of an element's text that is link text. */
function linkDensity(el: Element): number {
  const all = textOf(el).length;
  if (!all) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += textOf(a).length;
  return links / all;
}
const FURNITURE_TAGS = 'nav, form, button, dialog, [role="navigation"], [role="search"], [role="dialog"]';

/** AMP's elements as plain HTML, so that the extractor and the walk know them. */
function deAmp(doc: Document) {
  for (const el of Array.from(doc.querySelectorAll('i-amphtml-sizer, amp-img > noscript, amp-anim > noscript')))
    el.remove();
  for (const el of Array.from(doc.querySelectorAll('amp-img, amp-anim'))) {
    const img = doc.createElement('img');
    for (const a of ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'title'])
      if (el.hasAttribute(a)) img.setAttribute(a, el.getAttribute(a) ?? '');
    // An amp-img's fallback (a plain img in its noscript or fallback child) is the same photo.
    el.replaceWith(img);
  }
  for (const el of Array.from(doc.querySelectorAll('amp-carousel, amp-base-carousel'))) {
    const div = doc.createElement('div');
    div.setAttribute('class', 'gallery');
    div.append(...Array.from(el.childNodes));
    el.replaceWith(div);
  }
}

/** Lazy-loading markup: the noscript copy of an image replaces its placeholder. */
function unwrapNoscript(doc: Document) {
  for (const ns of Array.from(doc.querySelectorAll('noscript'))) {
    const img = ns.querySelector('img');
    if (!img) {
      ns.remove();
      continue;
    }
    const prev = ns.previousElementSibling;
    if (prev && tagOf(prev) === 'img') prev.replaceWith(img);
    else ns.replaceWith(img);
  }
}

/**
 * Each embed becomes a placeholder paragraph holding a token (its whole wrapper, when the wrapper
 * holds nothing else), so that the extractor's cleaning, which drops frames and short blocks,
 * cannot lose it; the walk puts the embed's blocks where the token is.
 */
function placeEmbeds(doc: Document, base: string | undefined, embeds: Recognised[], loose: string[]) {
  for (const el of Array.from(doc.querySelectorAll(EMBED_SELECTOR))) {
    if (!el.isConnected) continue;
    const r = recognise(el, base);
    if (!r) continue;
    if (!r.blocks.length) {
      loose.push(...r.problems);
      el.remove();
      continue;
    }
    let target: Element = el;
    for (let p = target.parentElement; p && p !== doc.body; p = p.parentElement) {
      const t = tagOf(p);
      if (t === 'figure' || t === 'p' || t === 'article' || t === 'main' || t === 'section') break;
      if (p.children.length !== 1 || textOf(p).length > textOf(target).length) break;
      target = p;
    }
    const holder = doc.createElement('p');
    holder.textContent = token(embeds.push(r) - 1);
    target.replaceWith(holder);
  }
}

/** Navigation, share buttons, newsletter forms, related lists, comments: never article text. */
function removeFurniture(doc: Document) {
  const paragraphs = doc.querySelectorAll('p').length;
  // An element that holds most of the page's paragraphs is the article, whatever its class says.
  const tooBig = (el: Element) => paragraphs > 4 && el.querySelectorAll('p').length > paragraphs / 2;
  for (const el of Array.from(doc.querySelectorAll(FURNITURE_TAGS))) if (el.isConnected && !tooBig(el)) el.remove();
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    if (!el.isConnected) continue;
    const names = classId(el);
    const strong = FURNITURE_STRONG.test(names);
    if (!strong && !(FURNITURE_WEAK.test(names) && (textOf(el).length < 300 || linkDensity(el) > 0.5))) continue;
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') continue;
    // Furniture comes in boxes; a link or a word in the text with such a class is the text's own.
    if (INLINE.has(tag)) continue;
    if (tooBig(el) || /\u27e6ae:/.test(el.textContent ?? '')) continue;
    el.remove();
  }
  // "Exit mobile version" (the AMP plugin's link to the full site) and back-to-top links.
  for (const a of Array.from(doc.querySelectorAll('a')))
    if (
      /^(?:exit mobile version|back to top|↑)$/i.test(textOf(a)) ||
      /[?&]noamp=mobile/.test(a.getAttribute('href') ?? '')
    )
      a.remove();
}

/**
 * The page's copy of the lead image (the metadata's image file at any size, often above the text,
 * where the extractor does not look): it brings the caption, credit and alt text.
 */
function leadFigure(doc: Document, base: string | undefined, meta: PageMeta) {
  if (!meta.image) return;
  const key = fileKey(meta.image.src);
  const img = Array.from(doc.querySelectorAll('img')).find((i) => {
    const p = photoOf(i, newWalk(base));
    return p && fileKey(p.src) === key;
  });
  if (!img) return;
  const holder = img.closest('figure') ?? img;
  const w = newWalk(base);
  block(holder, w);
  const photo = w.out.find((b) => b.type === 'image');
  if (!photo || photo.type !== 'image') return;
  // The page's copy wins whole (src with its own size): the metadata's file may be another crop.
  const { type: _type, ...fields } = photo;
  const { width, height, ...rest } = meta.image;
  meta.image = fields.width
    ? { ...rest, ...fields }
    : { ...rest, ...fields, ...(width && height ? { width, height } : {}) };
}

export function importPage(html: string, kind: 'html' | 'amp', options: ImportOptions): ImportResult {
  const doc = parseDocument(html);
  const given = resolveUrl(options.baseUrl, undefined);
  const docUrl = given && /^https?:/i.test(given) ? given : canonicalOf(doc);
  const baseHref = resolveUrl(doc.querySelector('base[href]')?.getAttribute('href'), docUrl);
  const base = baseHref && /^https?:/i.test(baseHref) ? baseHref : docUrl;
  const meta = readMetadata(doc, base);

  for (const el of Array.from(doc.querySelectorAll('script:not([type="application/ld+json" i]), style, template')))
    el.remove();
  if (kind === 'amp' || doc.querySelector('amp-img, amp-twitter, amp-youtube')) deAmp(doc);
  unwrapNoscript(doc);
  // MathJax's formulas: Readability 0.6 drops a formula outside a paragraph for its class
  // ("CtxtMenu_Attached_0" reads as a menu); the MathML copy inside is the formula's text.
  for (const el of Array.from(doc.querySelectorAll('mjx-container[class]'))) el.removeAttribute('class');
  const embeds: Recognised[] = [];
  const loose: string[] = [];
  placeEmbeds(doc, base, embeds, loose);
  leadFigure(doc, base, meta);
  removeFurniture(doc);

  // Readability changes the document it reads: it gets a copy, and the page stays for the fallback.
  let found: ReturnType<Readability<Node>['parse']> = null;
  try {
    found = new Readability<Node>(doc.cloneNode(true) as Document, {
      keepClasses: true,
      serializer: (n) => n,
    }).parse();
  } catch {}
  const extracted = found?.content && isElement(found.content) ? found.content : undefined;
  const fallback = doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  const problems = [];
  let content: Element | null | undefined = extracted;
  if (
    !extracted ||
    (textOf(extracted).length < 200 && fallback && textOf(fallback).length > 2 * textOf(extracted).length)
  ) {
    content = fallback;
    if (fallback && textOf(fallback))
      problems.push({
        path: 'body',
        message: "the extractor found no article; the page's main content was read as it is",
      });
  }
  const w = newWalk(base, embeds);
  w.loose.push(...loose);
  if (content) walk(content, w);

  meta.headline ??=
    (found?.title || undefined) ??
    (textOf(doc.querySelector('title')) || undefined) ??
    (textOf(doc.querySelector('h1')) || undefined);
  if (!meta.authors && found?.byline) {
    const names = namesOf(found.byline);
    if (names.length && names.every((n) => n.length < 60)) meta.authors = names.map((name) => ({ name }));
  }
  meta.lang ??= found?.lang ?? undefined;
  const result = assemble(meta, w, problems);
  return { ...result, kind };
}
