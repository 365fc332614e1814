import type { Author, Link, Photo } from '../article/types.js';
import { splitCredit } from './credit.js';
import { decodeText, dimension, isoDate, resolveUrl, squish, textOf } from './dom.js';

/**
 * The article's metadata from the page, in order of trust: JSON-LD (what publishers write for
 * search engines, usually the most careful), then Open Graph and `article:*` meta, then microdata,
 * then plain meta tags and the title. Each field is taken from the first source that has it.
 */
export interface PageMeta {
  headline?: string;
  dek?: string;
  url?: string;
  published?: string;
  modified?: string;
  section?: Link;
  category?: Link;
  authors?: Author[];
  image?: Photo;
  lang?: string;
}

type Node = Record<string, unknown>;
const isObj = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? squish(String(v)) || undefined : undefined;

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|Report|AdvertiserContentArticle|SatiricalArticle|MedicalScholarlyArticle)$/;

const typesOf = (n: Node) => list(n['@type']).map((t) => String(t).replace(/^https?:\/\/schema\.org\//, ''));

/** Every object in the page's JSON-LD, @graph and nested values included, and an index by @id. */
function jsonLdNodes(doc: Document): { nodes: Node[]; byId: Map<string, Node> } {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  const visit = (v: unknown, depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    if (!isObj(v)) return;
    nodes.push(v);
    if (typeof v['@id'] === 'string' && Object.keys(v).length > 1) byId.set(v['@id'], v);
    for (const [k, x] of Object.entries(v)) if (k !== '@context') visit(x, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = (s.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '').trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Hand-written JSON-LD often has a trailing comma or a raw line break in a string.
      try {
        // eslint-disable-next-line no-control-regex -- control characters are what breaks the JSON here
        visit(JSON.parse(raw.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' ')), 0);
      } catch {}
    }
  }
  return { nodes, byId };
}

function jsonLd(doc: Document, base: string | undefined): PageMeta {
  const { nodes, byId } = jsonLdNodes(doc);
  const deref = (v: unknown): unknown => (isObj(v) && typeof v['@id'] === 'string' && byId.get(v['@id'])) || v;
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return {};
  const imageOf = (v: unknown): Photo | undefined => {
    const first = deref(list(v)[0]);
    const src = resolveUrl(str(first) ?? (isObj(first) ? (str(first.url) ?? str(first.contentUrl)) : undefined), base);
    if (!src || !isObj(first)) return src ? { src, alt: '' } : undefined;
    const width = dimension(str(first.width));
    const height = dimension(str(first.height));
    const caption = str(first.caption) ?? str(first.description);
    const creditSource = deref(first.copyrightHolder ?? first.author ?? first.creator);
    const credit = str(first.creditText) ?? (isObj(creditSource) ? str(creditSource.name) : str(creditSource));
    const split = credit ? { caption } : splitCredit(caption);
    return {
      src,
      alt: '',
      ...(width && height ? { width, height } : {}),
      ...(split.caption ? { caption: split.caption } : {}),
      ...((credit ?? split.credit) ? { credit: credit ?? split.credit } : {}),
    };
  };
  const authors: Author[] = [];
  for (const a of list(article.author ?? article.creator)) {
    const p = deref(a);
    if (typeof p === 'string') authors.push(...namesOf(p).map((name) => ({ name })));
    else if (isObj(p)) {
      const name = str(p.name);
      if (!name) continue;
      const url = resolveUrl(str(p.url) ?? str(list(p.sameAs)[0]), base);
      const image = imageOf(p.image);
      const role = str(p.jobTitle);
      authors.push({ name, ...(url ? { url } : {}), ...(role ? { role } : {}), ...(image ? { image } : {}) });
    }
  }
  const entity = deref(article.mainEntityOfPage);
  const lang = deref(article.inLanguage);
  const [section, category] = list(article.articleSection).map(str);
  return {
    headline: decodeMaybe(headlineOf(doc, str(article.headline), str(article.name))),
    dek: decodeMaybe(str(article.description)),
    url: resolveUrl(str(article.url) ?? (isObj(entity) ? (str(entity['@id']) ?? str(entity.url)) : str(entity)), base),
    published: isoDate(str(article.datePublished) ?? str(article.dateCreated)),
    modified: isoDate(str(article.dateModified)),
    section: section ? { name: section } : undefined,
    category: category ? { name: category } : undefined,
    authors: authors.length ? authors : undefined,
    image: imageOf(article.image ?? article.thumbnailUrl),
    lang: str(lang) ?? (isObj(lang) ? (str(lang.alternateName) ?? str(lang.name)) : undefined),
  };
}

/**
 * The article's headline when JSON-LD gives both `headline` and `name` and they differ (Wikipedia's
 * `headline` is a short description): the one the page's title contains.
 */
function headlineOf(doc: Document, headline?: string, name?: string): string | undefined {
  if (!headline || !name || headline === name) return headline ?? name;
  const title = textOf(doc.querySelector('title')).toLowerCase();
  return !title.includes(headline.toLowerCase()) && title.includes(name.toLowerCase()) ? name : headline;
}

const decodeMaybe = (s: string | undefined) => (s && /&(?:#\d+|#x[\da-f]+|\w+);/i.test(s) ? decodeText(s) : s);

/** Names in a byline string: "By Ann Lee and Bo Park" → ["Ann Lee", "Bo Park"]. */
export function namesOf(byline: string | undefined): string[] {
  const s = squish(byline)
    .replace(/^(?:by|von|par|por|di|door)\s+/i, '')
    .replace(/\s*[|•·]\s*.*$/, '');
  if (!s || /^https?:\/\//.test(s)) return [];
  const parts = s.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i).filter(Boolean);
  // Split only when every part looks like a whole name (two to four words): "Kooman, F." is one
  // name written surname first, and a long part is a phrase, not a name.
  return parts.length > 1 && parts.every((p) => /^\S+(?: \S+){1,3}$/.test(p)) ? [...new Set(parts)] : [s];
}

function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content');
    if (content == null || !content.trim()) continue;
    // property may hold several names separated by spaces ("og:title twitter:title").
    const keys = `${m.getAttribute('property') ?? ''} ${m.getAttribute('name') ?? ''} ${m.getAttribute('itemprop') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/).filter(Boolean)) if (!map.has(key)) map.set(key, content.trim());
  }
  return map;
}

function openGraph(meta: Map<string, string>, base: string | undefined): PageMeta {
  const src = resolveUrl(meta.get('og:image:secure_url') ?? meta.get('og:image') ?? meta.get('og:image:url'), base);
  const width = dimension(meta.get('og:image:width'));
  const height = dimension(meta.get('og:image:height'));
  const authors = [...new Set(meta.get('article:author') ? [meta.get('article:author')!] : [])].flatMap(namesOf);
  const section = meta.get('article:section');
  return {
    headline: meta.get('og:title'),
    dek: meta.get('og:description'),
    url: resolveUrl(meta.get('og:url'), base),
    published: isoDate(meta.get('article:published_time')),
    modified: isoDate(meta.get('article:modified_time') ?? meta.get('og:updated_time')),
    section: section ? { name: section } : undefined,
    authors: authors.length ? authors.map((name) => ({ name })) : undefined,
    image: src
      ? { src, alt: meta.get('og:image:alt') ?? '', ...(width && height ? { width, height } : {}) }
      : undefined,
    lang: meta.get('og:locale')?.replace('_', '-'),
  };
}

function microdata(doc: Document, base: string | undefined): PageMeta {
  const scope =
    Array.from(doc.querySelectorAll('[itemscope][itemtype]')).find((e) =>
      ARTICLE_TYPES.test((e.getAttribute('itemtype') ?? '').replace(/^https?:\/\/schema\.org\//, '')),
    ) ?? doc;
  const prop = (name: string) => {
    const e = scope.querySelector(`[itemprop~="${name}"]`);
    if (!e) return undefined;
    return squish(e.getAttribute('content') ?? e.getAttribute('datetime') ?? e.textContent) || undefined;
  };
  const authors = Array.from(scope.querySelectorAll('[itemprop~="author"]'))
    .map((e) => {
      const named = e.querySelector('[itemprop~="name"]');
      const name = squish(
        named?.getAttribute('content') ?? named?.textContent ?? e.getAttribute('content') ?? e.textContent,
      );
      const url = resolveUrl(
        e.querySelector('[itemprop~="url"]')?.getAttribute('href') ?? e.getAttribute('href'),
        base,
      );
      return name && name.length < 80 ? { name: name.replace(/^by\s+/i, ''), ...(url ? { url } : {}) } : undefined;
    })
    .filter((a): a is Author => !!a);
  const section = prop('articleSection');
  const image = scope.querySelector('[itemprop~="image"]');
  const src = resolveUrl(
    image?.getAttribute('src') ?? image?.getAttribute('content') ?? image?.getAttribute('href'),
    base,
  );
  return {
    headline: prop('headline'),
    dek: prop('description'),
    published: isoDate(prop('datePublished')),
    modified: isoDate(prop('dateModified')),
    section: section ? { name: section } : undefined,
    authors: authors.length ? authors : undefined,
    image: src ? { src, alt: image?.getAttribute('alt') ?? '' } : undefined,
  };
}

function plainMeta(doc: Document, meta: Map<string, string>, base: string | undefined): PageMeta {
  let parsely: Node = {};
  try {
    const p = JSON.parse(meta.get('parsely-metadata') ?? '{}');
    if (isObj(p)) parsely = p;
  } catch {}
  const byline =
    meta.get('dc:creator') ??
    meta.get('dcterm:creator') ??
    meta.get('dcterms.creator') ??
    meta.get('dc.creator') ??
    meta.get('author') ??
    meta.get('parsely-author') ??
    meta.get('sailthru.author') ??
    meta.get('byl');
  const names = namesOf(byline);
  const section = meta.get('parsely-section') ?? str(parsely.section);
  const title = meta.get('twitter:title') ?? meta.get('parsely-title') ?? meta.get('dc.title');
  const src = resolveUrl(meta.get('twitter:image') ?? meta.get('twitter:image:src'), base);
  return {
    headline: title || undefined,
    dek: meta.get('description') ?? meta.get('twitter:description'),
    published: isoDate(
      meta.get('parsely-pub-date') ??
        str(parsely.pub_date) ??
        meta.get('date') ??
        meta.get('pubdate') ??
        meta.get('publish-date') ??
        meta.get('dc.date') ??
        meta.get('dcterms.created') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    section: section ? { name: section } : undefined,
    authors: names.length ? names.map((name) => ({ name })) : undefined,
    image: src ? { src, alt: meta.get('twitter:image:alt') ?? '' } : undefined,
    lang: meta.get('content-language') ?? meta.get('language'),
  };
}

/** The canonical address of the page, if it names one. */
export function canonicalOf(doc: Document): string | undefined {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const u of [href, og]) if (u && /^https?:\/\//i.test(u.trim())) return u.trim();
  return undefined;
}

/** The page's metadata, each field from the most trusted source that has it. */
export function readMetadata(doc: Document, base: string | undefined): PageMeta {
  const meta = metaMap(doc);
  const sources = [jsonLd(doc, base), openGraph(meta, base), microdata(doc, base), plainMeta(doc, meta, base)];
  const pick = <K extends keyof PageMeta>(key: K): PageMeta[K] => sources.find((s) => s[key] !== undefined)?.[key];
  const htmlLang = doc.documentElement?.getAttribute('lang') ?? undefined;
  const lang = htmlLang?.trim() || pick('lang');
  const image = pick('image');
  // The lead image's size, alt and caption may come from a less trusted source than its address.
  if (image)
    for (const s of sources)
      if (s.image?.src === image.src)
        for (const k of ['width', 'height', 'caption', 'credit'] as const)
          if (image[k] === undefined && s.image[k] !== undefined) Object.assign(image, { [k]: s.image[k] });
  if (image && !image.alt) image.alt = sources.find((s) => s.image?.src === image.src && s.image.alt)?.image?.alt ?? '';
  return {
    headline: pick('headline'),
    dek: pick('dek'),
    url: canonicalOf(doc) ?? pick('url'),
    published: pick('published'),
    modified: pick('modified'),
    section: pick('section'),
    category: pick('category'),
    authors: pick('authors')?.filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i),
    image,
    lang: lang && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang) ? lang.replace(/_/g, '-') : undefined,
  };
}
