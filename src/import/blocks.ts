import type { HeadingBlock, ListItem, Photo } from '../article/types.js';
import { splitCredit } from './credit.js';
import { recognise, videoFromUrl, type Recognised } from './embeds.js';
import {
  classId,
  dimension,
  fileKey,
  escapeAttr,
  escapeHtml,
  isElement,
  isText,
  resolveSrcset,
  resolveUrl,
  squish,
  tagOf,
  textOf,
} from './dom.js';
import type { ImportedBlock } from './types.js';

/**
 * Content HTML → Article blocks. One walk over the content element: inline runs become paragraphs
 * (markup kept within the paragraph allowlist: a, em, strong, i, b, br, code, sub, sup), and each
 * block element its block. Embeds were found before the extractor ran and replaced by placeholder
 * paragraphs (see `placeEmbeds`): the extractor keeps or drops them with the text around them.
 */

/** What a walk collects. Problems are attached to blocks and given paths once the body is final. */
export interface Walk {
  base?: string;
  /** Placeholder number → what the embed became. */
  embeds: Recognised[];
  out: ImportedBlock[];
  /** Sentences for the report, by block. */
  notes: Map<ImportedBlock, string[]>;
  /** Sentences for the report about no block in particular. */
  loose: string[];
  /** Heading levels as found (h1…h6), mapped to 2…4 once every heading is known. */
  levels: Map<HeadingBlock, number>;
}

export const newWalk = (base?: string, embeds: Recognised[] = []): Walk => ({
  base,
  embeds,
  out: [],
  notes: new Map(),
  loose: [],
  levels: new Map(),
});

/** A placeholder's text: survives any extractor that keeps paragraphs, and can't occur in a page. */
const TOKEN = /\u27e6ae:(\d+)\u27e7/g;
const HAS_TOKEN = /\u27e6ae:\d+\u27e7/;
export const token = (n: number): string => `\u27e6ae:${n}\u27e7`;

/** Elements that start a block of their own (the rest are inline, unless they hold one of these). */
const BLOCK_TAGS = new Set(
  (
    'p div section article main header footer aside figure figcaption ul ol dl dt dd table thead tbody tfoot tr td th ' +
    'caption blockquote pre hr h1 h2 h3 h4 h5 h6 iframe video embed object picture img form nav details summary ' +
    'center address fieldset li menu amp-img amp-youtube amp-vimeo amp-twitter amp-instagram amp-iframe amp-video ' +
    'amp-carousel amp-bluesky amp-tiktok amp-facebook amp-ad hgroup'
  ).split(' '),
);
const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');
/** Content that is never text. */
const SKIP = new Set(
  'script style noscript template svg button input select textarea form nav label canvas map object dialog'.split(' '),
);
const INLINE_KEEP = new Set(['em', 'strong', 'i', 'b', 'code', 'sub', 'sup']);

/** Paragraphs that are page furniture wherever they are. */
const FURNITURE_TEXT =
  /^(?:exit mobile version|back to top|(?:↑\s*)?top|share(?: this(?: article| story)?)?:?|share on (?:facebook|twitter|x)|click to share.*|advertisement|advertisement\s*-\s*scroll to continue|continue reading|read more:?|related(?: articles| posts| stories)?:?|sign up for our newsletter.*|subscribe(?: now)?|print|email|tweet|like this:?|loading\.{3})$/i;

const isEmoji = (img: Element) => /(?:^|\s)(?:emoji|wp-smiley)(?:\s|$)/.test(img.getAttribute('class') ?? '');

/** True when `el` holds something that must be a block of its own. */
function holdsBlock(el: Element): boolean {
  for (const d of Array.from(el.querySelectorAll(BLOCK_SELECTOR))) if (!(tagOf(d) === 'img' && isEmoji(d))) return true;
  return HAS_TOKEN.test(el.textContent ?? '');
}

/** Inline HTML of `node`'s children, within the paragraph allowlist. */
export function inline(node: Node, w: Walk): string {
  let out = '';
  for (const c of Array.from(node.childNodes)) out += inlineNode(c, w);
  return out;
}

/** One node as inline HTML. */
function inlineNode(c: Node, w: Walk): string {
  if (isText(c)) return escapeHtml(c.data);
  if (!isElement(c)) return '';
  const tag = tagOf(c);
  if (SKIP.has(tag) || c.getAttribute('hidden') != null) return '';
  if (tag === 'br') return '<br>';
  if (tag === 'img') return isEmoji(c) ? escapeHtml(c.getAttribute('alt') ?? '') : '';
  // Formulas as their text (TeX in alttext when given): the paragraph allowlist has no MathML.
  if (tag === 'math') return ` ${escapeHtml(c.getAttribute('alttext') ?? textOf(c))} `;
  const inner = inline(c, w);
  if (tag === 'a') {
    const raw = c.getAttribute('href') ?? '';
    const href = raw.startsWith('#') ? undefined : resolveUrl(raw, w.base);
    return href && inner.trim() ? `<a href="${escapeAttr(href)}">${inner}</a>` : inner;
  }
  if (INLINE_KEEP.has(tag)) return inner.trim() ? `<${tag}>${inner}</${tag}>` : inner;
  if (tag === 'tt' || tag === 'kbd' || tag === 'samp') return inner.trim() ? `<code>${inner}</code>` : inner;
  // Block elements inside inline content (paragraphs in a list item) separate words.
  return BLOCK_TAGS.has(tag) ? ` ${inner} ` : inner;
}

/** Whitespace collapsed, line breaks at the ends dropped. */
export function tidy(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '')
    .replace(/\s*<br>\s*/g, '<br>')
    .replace(/<(em|strong|i|b|code|sub|sup)>\s*<\/\1>/g, '');
}

const plain = (html: string) =>
  squish(html.replace(/<br>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function push(w: Walk, block: ImportedBlock, ...notes: string[]) {
  w.out.push(block);
  if (notes.length) w.notes.set(block, [...(w.notes.get(block) ?? []), ...notes]);
}

function pushRecognised(w: Walk, r: Recognised, caption?: { caption?: string; credit?: string }) {
  if (!r.blocks.length) {
    w.loose.push(...r.problems);
    return;
  }
  r.blocks.forEach((b, i) => {
    if (caption && (b.type === 'video' || b.type === 'embed')) {
      if (caption.caption) b.caption ??= caption.caption;
      if (caption.credit) b.credit ??= caption.credit;
    }
    push(w, b, ...(i === 0 ? r.problems : []));
  });
}

/** Inline markup as paragraphs: split at double line breaks and at placeholders. */
function paragraphs(w: Walk, html: string) {
  for (const part of html.split(/(?:<br>\s*){2,}/)) {
    let last = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part)) {
      paragraph(w, part.slice(last, m.index));
      const r = w.embeds[Number(m[1])];
      if (r) pushRecognised(w, r);
      last = m.index + m[0].length;
    }
    paragraph(w, part.slice(last));
  }
}

function paragraph(w: Walk, html: string) {
  const clean = tidy(html);
  const text = plain(clean);
  if (!text || FURNITURE_TEXT.test(text) || /^[\s|•·–—-]*$/.test(text)) return;
  // A paragraph that is only a link to a video (WordPress's auto-embed, a pasted address) is the video.
  const only = /^<a href="([^"]+)">([^<]*)<\/a>$/.exec(clean);
  if (only) {
    const href = only[1].replace(/&amp;/g, '&');
    const video = videoFromUrl(href, only[2] === href || /^https?:/.test(only[2]) ? undefined : only[2]);
    if (video) return pushRecognised(w, video);
  }
  push(w, { type: 'paragraph', html: clean });
}

/** The children of `el`, walked: inline runs collected, block children handed to `block`. */
export function walk(el: Element, w: Walk): void {
  let run = '';
  for (const c of Array.from(el.childNodes)) {
    if (isText(c)) {
      run += escapeHtml(c.data);
      continue;
    }
    if (!isElement(c)) continue;
    const tag = tagOf(c);
    if (tag === 'br') {
      run += '<br>';
      continue;
    }
    if (!BLOCK_TAGS.has(tag) && !holdsBlock(c) && !(tag === 'img' && !isEmoji(c))) {
      run += inlineNode(c, w);
      continue;
    }
    paragraphs(w, run);
    run = '';
    block(c, w);
  }
  paragraphs(w, run);
}

const HEADING = /^h([1-6])$/;
const PULLQUOTE = /(?:^|[\s_-])(?:pullquote|pull-quote|pquote|pull_quote)(?:[\s_-]|$)/;
const CAPTION = /(?:^|[\s_-])(?:caption|wp-caption-text|figcaption)(?:[\s_-]|$)/;
const CREDIT = /(?:^|[\s_-])(?:credit|credits|copyright|photographer|attribution|source)(?:[\s_-]|$)/;
const GALLERY = /(?:^|[\s_-])(?:gallery|slideshow|carousel|tiled-gallery)(?:[\s_-]|$)/;

/** One block-level element. */
export function block(el: Element, w: Walk): void {
  const tag = tagOf(el);
  if (SKIP.has(tag) || el.getAttribute('hidden') != null) return;
  const embedded = recognise(el, w.base);
  if (embedded) return pushRecognised(w, embedded);
  const level = HEADING.exec(tag);
  if (level) {
    const text = textOf(el);
    if (text && !HAS_TOKEN.test(text)) {
      const h: HeadingBlock = { type: 'heading', text };
      w.levels.set(h, Number(level[1]));
      push(w, h);
    } else walk(el, w);
    return;
  }
  const cls = classId(el);
  switch (tag) {
    case 'p':
      if (holdsBlock(el)) return walk(el, w);
      return paragraphs(w, inline(el, w));
    case 'hr':
      return push(w, { type: 'divider' });
    case 'pre':
      return code(el, w);
    case 'ul':
    case 'ol':
    case 'menu':
      return list(el, w);
    case 'table':
      return table(el, w);
    case 'blockquote':
      return quote(el, w);
    case 'figure':
      return figure(el, w);
    case 'img':
    case 'picture':
    case 'amp-img': {
      const photo = photoOf(el, w);
      if (photo) push(w, { type: 'image', ...photo });
      return;
    }
    case 'amp-carousel':
      return gallery(el, w);
    case 'dl':
      for (const c of Array.from(el.children))
        if (tagOf(c) === 'dt') paragraphs(w, `<strong>${inline(c, w)}</strong>`);
        else walk(c, w);
      return;
    case 'details':
      for (const c of Array.from(el.children))
        if (tagOf(c) === 'summary') paragraphs(w, `<strong>${inline(c, w)}</strong>`);
        else block(c, w);
      return;
  }
  if (PULLQUOTE.test(cls)) return pullquote(el, w);
  if (GALLERY.test(cls) && el.querySelectorAll('img, amp-img').length > 1) return gallery(el, w);
  // A captioned image in a div (WordPress's classic [caption], many CMS templates) is a figure.
  if (el.querySelectorAll('img, amp-img').length === 1) {
    const cap = captionOf(el);
    if (cap && textOf(el).length - textOf(cap).length < 20) return figure(el, w);
  }
  walk(el, w);
}

/** A photo from an img, picture or amp-img (lazy-loading attributes read); undefined for none or a pixel. */
export function photoOf(el: Element, w: Walk): Photo | undefined {
  const img = tagOf(el) === 'img' || tagOf(el) === 'amp-img' ? el : el.querySelector('img, amp-img');
  if (!img || isEmoji(img)) return undefined;
  const attr = (name: string) => img.getAttribute(name) ?? undefined;
  const srcset =
    attr('srcset') ??
    attr('data-srcset') ??
    attr('data-lazy-srcset') ??
    (el.querySelector('source[srcset]')?.getAttribute('srcset') || undefined);
  const candidates = [
    attr('data-src'),
    attr('data-lazy-src'),
    attr('data-original'),
    attr('data-orig-file'),
    attr('src'),
  ];
  let src: string | undefined;
  for (const c of candidates) {
    if (!c || /^data:/i.test(c.trim())) continue;
    src = resolveUrl(c, w.base);
    if (src) break;
  }
  const resolvedSet = resolveSrcset(srcset, w.base);
  // No src but a srcset: its widest candidate.
  if (!src && resolvedSet) {
    const best = resolvedSet
      .split(', ')
      .map((c) => c.split(' '))
      .sort((a, b) => (parseFloat(b[1] ?? '0') || 0) - (parseFloat(a[1] ?? '0') || 0))[0];
    src = best?.[0];
  }
  if (!src || src.startsWith('mailto:')) return undefined;
  const width = dimension(attr('width'));
  const height = dimension(attr('height'));
  if ((width && width <= 2) || (height && height <= 2)) return undefined;
  const photo: Photo = { src, alt: squish(attr('alt')) };
  if (width && height) Object.assign(photo, { width, height });
  if (resolvedSet) photo.srcset = resolvedSet;
  if (attr('sizes') && resolvedSet) photo.sizes = attr('sizes');
  return photo;
}

/** The caption element of a figure-like element. */
function captionOf(el: Element): Element | undefined {
  const own = Array.from(el.children).find((c) => tagOf(c) === 'figcaption' || CAPTION.test(classId(c)));
  // A gallery's inner captions belong to its images, not to it.
  if (own || el.querySelectorAll('img, amp-img').length > 1) return own;
  return (
    el.querySelector('figcaption') ??
    Array.from(el.querySelectorAll('*')).find((d) => CAPTION.test(classId(d)) && !d.querySelector('img')) ??
    undefined
  );
}

/** Caption and credit of a figure: a credit element if there is one, else split from the caption text. */
function captionParts(el: Element): { caption?: string; credit?: string } {
  const cap = captionOf(el);
  const scope =
    el.querySelectorAll('img, amp-img').length > 1 ? Array.from(el.children) : Array.from(el.querySelectorAll('*'));
  const creditEl = scope.find((d) => CREDIT.test(classId(d)) && !d.querySelector('img') && textOf(d));
  if (!cap && !creditEl) return {};
  let credit = creditEl ? textOf(creditEl) : undefined;
  let caption = '';
  if (cap) {
    const copy = cap.cloneNode(true) as Element;
    for (const d of Array.from(copy.querySelectorAll('*'))) if (CREDIT.test(classId(d))) d.remove();
    caption = textOf(copy);
  }
  if (credit)
    credit = credit.replace(/^(?:photo(?:graph)?|credit|image)\s*(?::|by\b)\s*/i, '').replace(/^\((.*)\)$/, '$1');
  else return splitCredit(caption);
  // A caption that ends with the same credit, in parentheses or after a label, loses it.
  const split = splitCredit(caption);
  return { caption: split.credit ? split.caption : caption || undefined, credit: credit || split.credit };
}

function figure(el: Element, w: Walk): void {
  const parts = captionParts(el);
  const images = Array.from(el.querySelectorAll('img, amp-img')).filter(
    (i) => !isEmoji(i) && !(tagOf(i) === 'img' && i.parentElement && tagOf(i.parentElement) === 'amp-img'),
  );
  const media = Array.from(
    el.querySelectorAll('iframe, video, amp-youtube, amp-vimeo, amp-iframe, amp-video, blockquote'),
  );
  const placeholders = [...(el.textContent ?? '').matchAll(TOKEN)];
  if (media.length || placeholders.length) {
    // A figure around an embed or a quotation: the caption goes to the video or embed it holds.
    for (const m of media) {
      const r = recognise(m, w.base);
      if (r) pushRecognised(w, r, parts);
      else if (tagOf(m) === 'blockquote') quote(m, w, parts.caption);
    }
    for (const m of placeholders) {
      const r = w.embeds[Number(m[1])];
      if (r) pushRecognised(w, r, parts);
    }
    return;
  }
  if (images.length > 1) return gallery(el, w, parts);
  const photo = images.length ? photoOf(images[0], w) : undefined;
  if (!photo) {
    // A figure of text (a chart as a table, a code listing): its content, then its caption.
    const cap = captionOf(el);
    const before = w.out.length;
    for (const c of Array.from(el.children)) if (c !== cap) block(c, w);
    const made = w.out.slice(before);
    // A table's figure caption is the table's caption.
    if (made.length === 1 && made[0].type === 'table' && !made[0].caption && cap) made[0].caption = textOf(cap);
    else if (parts.caption) paragraphs(w, escapeHtml(parts.caption));
    return;
  }
  push(w, { type: 'image', ...photo, ...defined(parts) });
}

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;

/**
 * A gallery of the images in `el`. In a figure, the same file twice is one photo loaded twice (a
 * blurred placeholder and the photo, lazy-loading's way): the one with a srcset, else the wider,
 * else the later is kept. A list of pictures keeps every item.
 */
function gallery(el: Element, w: Walk, parts = captionParts(el), distinct = true): void {
  const images: Photo[] = [];
  const better = (a: Photo, b: Photo) =>
    !!b.srcset !== !!a.srcset ? !!b.srcset : (b.width ?? 0) !== (a.width ?? 0) ? (b.width ?? 0) > (a.width ?? 0) : true;
  for (const i of Array.from(el.querySelectorAll('img, amp-img'))) {
    if (tagOf(i) === 'img' && i.parentElement && tagOf(i.parentElement) === 'amp-img') continue;
    const photo = photoOf(i, w);
    if (!photo) continue;
    const same = distinct ? images.findIndex((p) => fileKey(p.src) === fileKey(photo.src)) : -1;
    // Each image's own caption (a gallery item's figcaption).
    const item = i.closest('figure, li, .gallery-item, .blocks-gallery-item');
    if (item && item !== el) Object.assign(photo, defined(captionParts(item)));
    if (same < 0) images.push(photo);
    else if (better(images[same], photo)) images[same] = { ...images[same], ...photo };
  }
  if (images.length === 1) return push(w, { type: 'image', ...images[0], ...defined(parts) });
  if (images.length) push(w, { type: 'gallery', images, ...defined(parts) });
}

function code(el: Element, w: Walk): void {
  const text = (el.textContent ?? '').replace(/^\n+/, '').trimEnd();
  if (!text.trim()) return;
  const langFrom = (e: Element | null) =>
    /(?:^|\s)(?:language|lang)-([\w+#.-]{1,40})/.exec(e?.getAttribute('class') ?? '')?.[1];
  const language = langFrom(el.querySelector('code')) ?? langFrom(el) ?? el.getAttribute('data-language') ?? undefined;
  push(w, { type: 'code', text, ...(language ? { language: language.toLowerCase() } : {}) });
}

function listItems(el: Element, w: Walk, after: Photo[]): ListItem[] {
  const items: ListItem[] = [];
  for (const li of Array.from(el.childNodes)) {
    if (tagOf(li) === 'ul' || tagOf(li) === 'ol') {
      // A list straight inside a list (invalid, common) belongs to the item before it.
      const sub = listItems(li as Element, w, after);
      const last = items.pop();
      const ordered = tagOf(li) === 'ol' ? { ordered: true } : {};
      if (last === undefined) items.push(...sub);
      else if (typeof last === 'string') items.push({ html: last, items: sub, ...ordered });
      else items.push({ ...last, items: [...last.items, ...sub] });
      continue;
    }
    if (tagOf(li) !== 'li') {
      // Text put straight into a list (invalid, but browsers show it) is kept as an item.
      const stray = isText(li)
        ? escapeHtml(li.data)
        : isElement(li) && tagOf(li) !== 'ul' && tagOf(li) !== 'ol'
          ? inlineNode(li, w)
          : '';
      if (plain(stray)) items.push(tidy(stray));
      continue;
    }
    if (!isElement(li)) continue;
    const nested = Array.from(li.children).filter((c) => tagOf(c) === 'ul' || tagOf(c) === 'ol');
    const copy = li.cloneNode(true) as Element;
    for (const c of Array.from(copy.children)) if (tagOf(c) === 'ul' || tagOf(c) === 'ol') c.remove();
    for (const img of Array.from(li.querySelectorAll('img'))) {
      if (nested.some((n) => n.contains(img))) continue;
      const photo = photoOf(img, w);
      if (photo) after.push(photo);
    }
    const own = tidy(inline(copy, w));
    const sub = nested.flatMap((n) => listItems(n, w, after));
    if (sub.length) items.push({ html: own, items: sub, ...(tagOf(nested[0]) === 'ol' ? { ordered: true } : {}) });
    else if (plain(own)) items.push(own);
  }
  return items;
}

function list(el: Element, w: Walk): void {
  // A list of pictures (items with an image and at most a caption) is a gallery.
  const lis = Array.from(el.children).filter((c) => tagOf(c) === 'li');
  const pictures = lis.filter((li) => {
    if (!li.querySelector('img')) return false;
    const cap = captionOf(li);
    return textOf(li).length - (cap ? textOf(cap).length : 0) < 3;
  });
  if (lis.length > 1 && pictures.length === lis.length) return gallery(el, w, {}, false);
  const after: Photo[] = [];
  const items = listItems(el, w, after);
  if (items.length) {
    const start = dimension(el.getAttribute('start'));
    push(w, {
      type: 'list',
      ...(tagOf(el) === 'ol' ? { ordered: true } : {}),
      ...(tagOf(el) === 'ol' && start && start !== 1 ? { start } : {}),
      items,
    });
  }
  // Photos in list items can't stay in the items (inline HTML): they follow the list.
  for (const photo of after) push(w, { type: 'image', ...photo });
}

/** Rows of a table section as cells of inline HTML; colspans padded so columns line up. */
function cells(row: Element, w: Walk): string[] {
  const out: string[] = [];
  for (const cell of Array.from(row.children)) {
    const t = tagOf(cell);
    if (t !== 'td' && t !== 'th') continue;
    out.push(tidy(inline(cell, w)));
    const span = Math.min(dimension(cell.getAttribute('colspan')) ?? 1, 50);
    for (let i = 1; i < span; i++) out.push('');
  }
  return out;
}

function table(el: Element, w: Walk): void {
  const rows = Array.from(el.querySelectorAll('tr')).filter((tr) => tr.closest('table') === el);
  const width = Math.max(0, ...rows.map((r) => r.children.length));
  // A table for layout: one column, nested tables, or cells that are mostly blocks of prose. A
  // data table's odd cell with a list or a long note stays a data table.
  const all = rows.flatMap((r) => Array.from(r.children));
  const heavy = all.filter(
    (c) => c.querySelectorAll('p, div > div, h1, h2, h3, ul, figure, blockquote').length > 2 || textOf(c).length > 600,
  ).length;
  const layout =
    el.getAttribute('role') === 'presentation' ||
    !!el.querySelector('table') ||
    width < 2 ||
    heavy > all.length / 2 ||
    all.some((c) => textOf(c).length > 2000);
  if (layout) {
    // A table used for layout: its cells are containers, read in order.
    for (const r of rows) for (const c of Array.from(r.children)) walk(c, w);
    return;
  }
  const head: string[][] = [];
  const body: string[][] = [];
  for (const r of rows) {
    const inHead = r.parentElement && tagOf(r.parentElement) === 'thead';
    const allTh = r.children.length > 0 && Array.from(r.children).every((c) => tagOf(c) === 'th');
    const row = cells(r, w);
    if (!row.some((c) => plain(c))) continue;
    if (inHead || (allTh && !body.length)) head.push(row);
    else body.push(row);
  }
  if (!body.length && head.length) body.push(...head.splice(0));
  if (!body.length) return;
  const caption = textOf(el.querySelector('caption'));
  push(w, { type: 'table', ...(caption ? { caption } : {}), ...(head.length ? { head } : {}), rows: body });
  // Photos in cells can't stay in a data table's cells: they follow it.
  for (const img of Array.from(el.querySelectorAll('img'))) {
    const photo = photoOf(img, w);
    if (photo) push(w, { type: 'image', ...photo });
  }
}

const ATTRIBUTION = /^[\s—–-]+/;

function pullquote(el: Element, w: Walk): void {
  const citeEl = el.querySelector('cite, footer, .attribution, .pullquote-attribution');
  const attribution = citeEl ? textOf(citeEl).replace(ATTRIBUTION, '') : undefined;
  const copy = el.cloneNode(true) as Element;
  copy.querySelector('cite, footer, .attribution, .pullquote-attribution')?.remove();
  const text = textOf(copy);
  if (text) push(w, { type: 'pullquote', text, ...(attribution ? { attribution } : {}) });
}

/** A blockquote: a pull quote when marked as one, else a quotation with its source. */
function quote(el: Element, w: Walk, sourceName?: string): void {
  const cls = classId(el);
  if (PULLQUOTE.test(cls) || (el.parentElement && PULLQUOTE.test(classId(el.parentElement)))) return pullquote(el, w);
  const copy = el.cloneNode(true) as Element;
  // The source: a trailing <cite> or <footer> ("— The Washington Post"), or the cite attribute.
  const citeEl = Array.from(copy.querySelectorAll('cite, footer')).find(
    (c) => !c.nextElementSibling || tagOf(c) === 'footer',
  );
  let name = sourceName ?? (citeEl ? textOf(citeEl).replace(ATTRIBUTION, '') : undefined);
  if (name && name.length > 160) name = undefined;
  else citeEl?.remove();
  const url =
    resolveUrl(el.getAttribute('cite'), w.base) ?? resolveUrl(citeEl?.querySelector('a')?.getAttribute('href'), w.base);
  // Its paragraphs; other blocks inside (lists, headings) become paragraphs of their text.
  const inner = newWalk(w.base, w.embeds);
  walk(copy, inner);
  const paras: string[] = [];
  for (const b of inner.out) {
    if (b.type === 'paragraph') paras.push(b.html);
    else if (b.type === 'heading' || b.type === 'pullquote') paras.push(escapeHtml(b.text));
    else if (b.type === 'list') for (const i of b.items) paras.push(typeof i === 'string' ? i : i.html);
    else {
      // An image or embed quoted: kept as a block of its own after the quotation.
      w.loose.push(...(inner.notes.get(b) ?? []));
      continue;
    }
  }
  const others = inner.out.filter((b) => !['paragraph', 'heading', 'pullquote', 'list'].includes(b.type));
  if (paras.length)
    push(w, {
      type: 'blockquote',
      html: paras.map((p) => `<p>${p}</p>`).join(''),
      ...(name ? { source: { name, ...(url ? { url } : {}) } } : {}),
    });
  for (const b of others) push(w, b);
}

/** Heading levels, relative: the page's highest level in the body becomes 2, the next 3, the rest 4. */
export function mapHeadingLevels(w: Walk): void {
  const found = [...new Set(w.levels.values())].sort();
  for (const [h, raw] of w.levels) {
    const rank = found.indexOf(raw);
    h.level = rank <= 0 ? 2 : rank === 1 ? 3 : 4;
    if (h.level === 2) delete h.level;
  }
}

/** Dividers at the ends or in a row say nothing. */
export function tidyBody(out: ImportedBlock[]): ImportedBlock[] {
  const kept: ImportedBlock[] = [];
  for (const b of out)
    if (b.type !== 'divider' || (kept.length && kept[kept.length - 1].type !== 'divider')) kept.push(b);
  while (kept.length && kept[kept.length - 1].type === 'divider') kept.pop();
  return kept;
}
