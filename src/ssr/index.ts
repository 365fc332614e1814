/**
 * Server rendering (Node only; never part of the browser bundle). `renderArticle` turns an Article
 * into HTML in which every element's shadow DOM is declarative shadow DOM, so the article shows,
 * styled, before any script runs (or with none). Load the script-tag bundle (or the npm modules) and
 * the elements upgrade in place, keeping the server's DOM until something changes (no Lit hydration
 * support needed: see internal/base.ts).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { normalizeArticle, type Limits, type Problem } from '../article/normalize.js';
import { articleTemplate } from '../article/render.js';
import { articleJsonLd as buildJsonLd, scriptSafeJson } from '../article/jsonld.js';
import { specOf } from '../article/define-block.js';
import type { Article } from '../article/types.js';
import { defineArticleElements } from '../register.js';
import '../locales/all.js';
import { setServerLang } from '../internal/i18n.js';
import { lightCss } from '../internal/light-styles.js';
import {
  ATTRIBUTES,
  DROP_WITH_CONTENT,
  GLOBAL_ATTRIBUTES,
  KEPT_ATTRIBUTES,
  allowedElements,
  reportUnsafeLinks,
  type IssueListener,
} from '../internal/sanitize.js';
import { safeUrl } from '../internal/url.js';
import type { HtmlMode } from '../article/blocks/spec.js';
import { requirePeers } from '../internal/require-peer.js';

// Optional peer dependencies (a browser-only install has neither): a missing one fails with a line
// naming what to install.
const [{ render }, { collectResult }, { default: sanitizeHtmlUntyped }] = await requirePeers(
  'article-elements/ssr',
  ['@lit-labs/ssr', 'sanitize-html'],
  () =>
    Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      // @ts-expect-error sanitize-html ships no types: the few options used are typed below (SanitizeHtml).
      import('sanitize-html'),
    ]),
);

export type { Article, Problem };
/** The package's JSON serializer for inline `<script type="application/json">` data (see README). */
export { scriptSafeJson } from '../article/script-json.js';

export interface RenderArticleOptions {
  /** A whole HTML document (head with title, description, canonical link, Open Graph) instead of a fragment. */
  document?: boolean;
  /** Heading level of the headline (1–5). */
  headingLevel?: number;
  /** Language when the article has no `lang`; defaults to "en". */
  lang?: string;
  /** The page's address, for absolute URLs in JSON-LD and Open Graph; defaults to the article's `url`. */
  baseUrl?: string;
  /** With `document`: URL of the script-tag bundle to hydrate with. Leave out for a page with no script. */
  scriptSrc?: string;
  /** Other limits than DEFAULT_LIMITS (article size, blocks, field length, nesting): see README. */
  limits?: Partial<Limits>;
  /** Hears each problem found in the data; by default they go to console.warn. */
  onProblem?(problem: Problem): void;
}

type Attributes = Record<string, string>;
/** The part of sanitize-html's API used here (2.16 and later). */
type SanitizeHtml = (
  html: string,
  options: {
    allowedTags: string[];
    allowedAttributes: Record<string, readonly string[]>;
    nonBooleanAttributes: string[];
    allowedEmptyAttributes: string[];
    nonTextTags: string[];
    allowedSchemesAppliedToAttributes: string[];
    transformTags: Record<string, (tagName: string, attribs: Attributes) => { tagName: string; attribs: Attributes }>;
    parseStyleAttributes: boolean;
    selfClosing: string[];
    onOpenTag: (name: string, attribs: Attributes) => void;
  },
) => string;
const sanitizeHtml = sanitizeHtmlUntyped as SanitizeHtml;

let defined = false;

/**
 * Step 1 and 2 of the browser's sanitizing (src/internal/sanitize.ts) in one pass, without a DOM, so
 * that the server runs wherever JavaScript does (Node, Deno, Bun, Workers). sanitize-html is given
 * the browser's lists: the field's allowed elements (others unwrapped, their text kept), the allowed
 * attributes, the elements removed with their content, and the same URL policy (safeUrl) for href.
 * Its parser (htmlparser2) is not the browser's, so on misnested or broken markup the two can
 * differ in structure; the output is always balanced HTML of allowed elements and escaped text, so
 * whatever the browser makes of it is safe. SVG and MathML are unwrapped like any unknown element
 * (the browser's DOMPurify fallback drops them whole; setHTML unwraps them, as here).
 *
 * Versions: the project develops with 2.17.5, the last release that admits Node 20 (2.17.6 and later
 * declare Node 22.12); the peer range lets a consumer on a newer Node get the newest. The advisories
 * fixed after 2.17.5 (GHSA-2rjc-9xvg-45j7, -x3q4-9hxx-gx8m, -jxwj-j7wr-gfrw, -6wrv-5cp6-h3c5,
 * -cv27-6wvh-8x7j, the SVG animation and wider URI-attribute ones) each need a configuration that
 * keeps a raw-text or foreign element (style, textarea, xmp, noscript, svg, math), meta, SVG
 * animation, or a URL attribute other than href: this allowlist keeps none. What it emits is only
 * the listed phrasing elements, the listed attributes with escaped values, and escaped text, which
 * every HTML parser reads back as the same tree; tests/e2e/ssr-sanitizer.test.mjs checks that on
 * those advisories' payloads and on generated hostile markup.
 */
function sanitizeOnServer(markup: string, mode: HtmlMode, report: IssueListener): string {
  // Unsafe hrefs are dropped silently by the sanitizer: name the link, as the browser does.
  if (/\bhref\s*=/i.test(markup)) reportUnsafeLinks(markup, report);
  const allowed = allowedElements(mode);
  const removed = new Set<string>();
  const out = sanitizeHtml(markup, {
    allowedTags: [...allowed],
    allowedAttributes: { ...ATTRIBUTES, '*': GLOBAL_ATTRIBUTES },
    // Kept as written, empty or not (the defaults drop an empty title or lang: the browser keeps them).
    nonBooleanAttributes: [],
    allowedEmptyAttributes: KEPT_ATTRIBUTES,
    nonTextTags: DROP_WITH_CONTENT,
    // One URL policy: safeUrl, as in the browser, instead of sanitize-html's own scheme check.
    allowedSchemesAppliedToAttributes: [],
    transformTags: {
      a: (tagName, attribs) => {
        const { href, ...rest } = attribs;
        const safe = href === undefined ? undefined : safeUrl(href);
        return { tagName, attribs: safe === undefined ? rest : { ...rest, href: safe } };
      },
    },
    parseStyleAttributes: false,
    selfClosing: ['br'],
    // What was removed, as the browser reports it: elements outside the allowlist, other attributes.
    onOpenTag: (name, attribs) => {
      if (!allowed.has(name)) removed.add(`<${name}>`);
      // Own properties only: the data names the tag, and <constructor> is a tag.
      const keep = Object.hasOwn(ATTRIBUTES, name) ? ATTRIBUTES[name] : [];
      for (const attr of Object.keys(attribs))
        if (!keep.includes(attr) && !(GLOBAL_ATTRIBUTES as readonly string[]).includes(attr)) removed.add(attr);
    },
  });
  if (removed.size) report(`removed markup not allowed here: ${[...removed].join(', ')}`, 'removed-markup');
  // As the browser serializes: <br>, not <br />, and a no-break space as &nbsp;. Attribute values
  // hold no ">" here (it is escaped), so a tag ends at the first one.
  return out.replace(/<br((?: [^>]*)?) \/>/g, '<br$1>').replace(/\u00a0/g, '&nbsp;');
}

/** The text of sanitized markup: its tags removed and its few escapes decoded, in one pass. */
function textOfSanitized(html: string): string {
  return html.replace(/<[^>]*>|&(amp|lt|gt|quot|nbsp);/g, (_, ref?: string) => (ref ? UNESCAPE[ref] : ''));
}
const UNESCAPE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };

/**
 * HTML for an Article: `<news-article>` with the composed elements, each with declarative shadow
 * DOM. Untrusted data gets the same treatment as in the browser: normalised with warnings, HTML
 * fields through sanitize-html given the browser's allowlist, URLs through the same policy. Throws
 * only when nothing at all can be rendered.
 */
export async function renderArticle(input: Article | unknown, given: RenderArticleOptions = {}): Promise<string> {
  if (!defined) {
    defineArticleElements();
    defined = true;
  }
  // Own properties only: a polluted Object.prototype (scriptSrc, say) is not an option.
  const options: RenderArticleOptions = Object.fromEntries(
    Object.entries(given ?? {}).filter(([, value]) => value !== undefined),
  );
  const report = options.onProblem ?? ((p: Problem) => console.warn(`news-article: ${p.path}: ${p.message}`));
  const { article, problems } = normalizeArticle(input, { limits: options.limits });
  problems.forEach(report);
  if (!article)
    throw new Error(
      `article-elements: nothing to render (${problems.map((p) => `${p.path}: ${p.message}`).join('; ')})`,
    );
  const lang = article.lang || options.lang || 'en';
  const base = options.baseUrl ?? article.url;
  setServerLang(lang);
  // The page's description comes from the dek (text) or else the first paragraph, whose text is
  // kept as it is sanitized for the body rather than sanitized a second time.
  const firstParagraph = options.document && article.dek === undefined ? firstParagraphOf(article) : undefined;
  let description = article.dek;
  const content = articleTemplate(article, {
    lang,
    headingLevel: options.headingLevel,
    sanitize: (markup, mode, path) => {
      const sanitized = sanitizeOnServer(markup, mode, (message, code) =>
        report({ path, message, code, severity: code === 'unsafe-url' ? 'error' : 'warning' }),
      );
      if (description === undefined && markup === firstParagraph) description = textOfSanitized(sanitized);
      return unsafeHTML(sanitized);
    },
    warn: (path, message) => report({ path, message, code: 'render-failed', severity: 'warning' }),
    // The JSON is escaped so that it cannot close the script element (see scriptSafeJson).
    jsonLd: (a) =>
      unsafeHTML(`<script type="application/ld+json">${scriptSafeJson(buildJsonLd(a, base, specOf))}</script>`),
  });
  // Our own constant CSS (the light-DOM link rules), not data.
  const fragment: TemplateResult = html`${unsafeHTML(`<style>${lightCss('news-article')}</style>`)}<news-article
      heading-level=${ifDefined(options.headingLevel)}
      lang=${ifDefined(article.lang)}
      >${content}</news-article
    >`;
  // Lit's hydration markers go: the browser side never hydrates through Lit (it keeps the server's
  // DOM until an element's first change, then renders afresh; see internal/base.ts), so they would
  // only be bytes, about a tenth of the page.
  const body = stripMarkers(await collectResult(render(fragment)));
  if (!options.document) return body;
  // A first paragraph that was not rendered (its block failed) is sanitized for the description alone.
  if (description === undefined && firstParagraph !== undefined)
    description = textOfSanitized(sanitizeOnServer(firstParagraph, 'inline', () => {}));
  return documentFor(article, body, lang, base, description, options.scriptSrc);
}

/**
 * Without Lit's markers: exactly the comments @lit-labs/ssr writes (`lit-part` with its template
 * digest, 12 base64 characters; `/lit-part`; `lit-node` with a number), and the `<?>` lit-html
 * puts after a template that ends in a binding (a parse error in HTML: invalid markup). Every
 * quantifier is bounded, so the pattern is linear in the page's length. No data can write either:
 * text and attribute values are escaped, so "<" in the page is always markup of ours.
 */
function stripMarkers(html: string): string {
  return html.replace(/<!--(?:lit-part(?: [A-Za-z0-9+/=]{1,24})?|\/lit-part|lit-node \d{1,10})-->|<\?>/g, '');
}

function firstParagraphOf(article: Article): string | undefined {
  return (article.body.find((b) => b.type === 'paragraph') as { html?: string } | undefined)?.html;
}

async function documentFor(
  article: Article,
  body: string,
  lang: string,
  base: string | undefined,
  description: string | undefined,
  scriptSrc?: string,
): Promise<string> {
  const ld = buildJsonLd(article, base, specOf) as { image?: { url?: string }[] };
  const image = ld.image?.[0]?.url;
  const text = description ? clip(description, 200, lang) || undefined : undefined;
  // One tag a line, and none for a value the article lacks: no blank or trailing-space lines.
  const tags = [
    html`<meta charset="utf-8" />`,
    html`<meta name="viewport" content="width=device-width, initial-scale=1" />`,
    html`<meta name="color-scheme" content="light dark" />`,
    // The tab and search results show about 70 characters; og:title keeps the whole headline.
    unsafeHTML(`<title>${escapeHtml(clip(article.headline, 70, lang))}</title>`),
    text && html`<meta name="description" content=${text} />`,
    base && html`<link rel="canonical" href=${base} />`,
    html`<link rel="icon" href="data:," />`,
    html`<meta property="og:type" content="article" />`,
    html`<meta property="og:title" content=${article.headline} />`,
    text && html`<meta property="og:description" content=${text} />`,
    base && html`<meta property="og:url" content=${base} />`,
    image && html`<meta property="og:image" content=${image} />`,
    article.image?.alt && html`<meta property="og:image:alt" content=${article.image.alt} />`,
    article.published && html`<meta property="article:published_time" content=${article.published} />`,
    article.modified && html`<meta property="article:modified_time" content=${article.modified} />`,
    article.section && html`<meta property="article:section" content=${article.section.name} />`,
    ...(article.authors ?? []).map((a) => html`<meta property="article:author" content=${a.name} />`),
    html`<meta name="twitter:card" content=${image ? 'summary_large_image' : 'summary'} />`,
    scriptSrc && html`<script type="module" src=${scriptSrc}></script>`,
    html`<style>
      body {
        margin: 0;
      }
    </style>`,
  ];
  // The head is never hydrated: Lit's markers go. Void elements are written as the HTML syntax
  // has them (<meta>, not <meta />; prettier formats the templates the other way). Every value is
  // escaped by Lit, so " />" is only ever the end of one of these tags.
  const rendered = await Promise.all(tags.filter((t) => t).map((t) => collectResult(render(t))));
  const headHtml = rendered.map((tag) => stripMarkers(tag).replace(/ \/>$/, '>')).join('\n');
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}">\n<head>\n${headHtml}\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
}

/**
 * At most `max` UTF-16 code units, ellipsis included: cut at the last word boundary that fits
 * (Intl.Segmenter finds them in scripts written without spaces too), or, where one word is longer
 * than half of that, at the last whole grapheme (never inside an emoji or a letter with its accents).
 */
function clip(text: string, max: number, lang: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  // Only the part that can be kept is segmented.
  const head = t.slice(0, max);
  const lastBoundary = (granularity: 'word' | 'grapheme') => {
    let cut = 0;
    for (const { index } of segmenter(lang, granularity).segment(head)) cut = index;
    return cut; // the start of the last segment: it may run on past `head`, so it is left out
  };
  let cut = lastBoundary('word');
  if (cut < max / 2) cut = lastBoundary('grapheme');
  return `${t.slice(0, cut).trimEnd()}…`;
}

function segmenter(lang: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang, { granularity });
  } catch {
    return new Intl.Segmenter('en', { granularity }); // a language tag Intl does not take
  }
}

/** Lit cannot bind inside <title> or the document's own tags; these two places escape by hand. */
function escapeHtml(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** schema.org NewsArticle JSON-LD for an Article (normalized first), as `renderArticle` puts in the page. */
export function articleJsonLd(input: Article | unknown, base?: string): Record<string, unknown> {
  const { article } = normalizeArticle(input);
  return article ? buildJsonLd(article, base ?? article.url, specOf) : {};
}
