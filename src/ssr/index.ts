/**
 * Server rendering (Node only; never part of the browser bundle). `renderArticle` turns an Article
 * into HTML in which every element's shadow DOM is declarative shadow DOM, so the article shows,
 * styled, before any script runs (or with none). Load the script-tag bundle (or the npm modules) and
 * the elements upgrade in place, keeping the server's DOM until something changes (no Lit hydration
 * support needed: see internal/base.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { normalizeArticle, type Limits, type Problem } from '../article/normalize.js';
import { articleTemplate } from '../article/render.js';
import { articleJsonLd as buildJsonLd, scriptSafeJson } from '../article/jsonld.js';
import { specOf } from '../article/define-block.js';
import type { Article } from '../article/types.js';
import { defineArticleElements } from '../register.js';
import '../locales/all.js';
import { setServerLang } from '../internal/i18n.js';
import { lightCss } from '../internal/light-styles.js';
import { narrowTree, purifyConfig, reportUnsafeLinks, type IssueListener } from '../internal/sanitize.js';
import type { HtmlMode } from '../article/blocks/spec.js';

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

const window = new JSDOM('').window as unknown as Window & typeof globalThis;
const purify = createDOMPurify(window);
let defined = false;

function sanitizeOnServer(markup: string, mode: HtmlMode, report: IssueListener): HTMLElement {
  // DOMPurify drops an unsafe href silently: name the link, as the browser does.
  if (/\bhref\s*=/i.test(markup)) reportUnsafeLinks(markup, report);
  const body = purify.sanitize(markup, { ...purifyConfig(), RETURN_DOM: true }) as HTMLElement;
  narrowTree(body, mode, report);
  return body;
}

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };
const escapeText = (s: string) => s.replace(/[&<>\u00a0]/g, (c) => ESCAPES[c]);
const escapeAttribute = (s: string) => s.replace(/[&<>"\u00a0]/g, (c) => ESCAPES[c]);

/**
 * The HTML of a sanitized tree (elements and text only, as narrowTree leaves it), with `<` and `>`
 * escaped in attribute values too, as current browsers serialize them. jsdom's innerHTML leaves
 * them raw, so a title attribute could carry "<!--lit-part…-->" into the page, where it would look
 * like one of Lit's markers. Here no data can write "<" anywhere in the body: only Lit's markers do.
 * A loop, not recursion.
 */
function serialize(root: Node): string {
  let out = '';
  const stack: (Node | string)[] = Array.from(root.childNodes).reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else if (node.nodeType === 3) out += escapeText((node as Text).data);
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      out += `<${tag}${Array.from(el.attributes, (a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('')}>`;
      if (VOID.has(tag)) continue;
      stack.push(`</${tag}>`);
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return out;
}

/**
 * HTML for an Article: `<news-article>` with the composed elements, each with declarative shadow
 * DOM. Untrusted data gets the same treatment as in the browser: normalised with warnings, HTML
 * fields through DOMPurify and the same allowlist, URLs through the same policy. Throws only when
 * nothing at all can be rendered.
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
      if (description === undefined && markup === firstParagraph) description = sanitized.textContent ?? '';
      return unsafeHTML(serialize(sanitized));
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
    description = sanitizeOnServer(firstParagraph, 'inline', () => {}).textContent ?? '';
  return documentFor(article, body, lang, base, description, options.scriptSrc);
}

/**
 * Without Lit's markers: exactly the comments @lit-labs/ssr writes (`lit-part` with its template
 * digest, 12 base64 characters; `/lit-part`; `lit-node` with a number), every quantifier bounded,
 * so the pattern is linear in the page's length.
 */
function stripMarkers(html: string): string {
  return html.replace(/<!--(?:lit-part(?: [A-Za-z0-9+/=]{1,24})?|\/lit-part|lit-node \d{1,10})-->/g, '');
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
  const head = html`<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    ${unsafeHTML(`<title>${escapeHtml(article.headline)}</title>`)}
    ${text ? html`<meta name="description" content=${text} />` : nothing}
    ${base ? html`<link rel="canonical" href=${base} />` : nothing}
    <link rel="icon" href="data:," />
    <meta property="og:type" content="article" />
    <meta property="og:title" content=${article.headline} />
    ${text ? html`<meta property="og:description" content=${text} />` : nothing}
    ${base ? html`<meta property="og:url" content=${base} />` : nothing}
    ${image ? html`<meta property="og:image" content=${image} />` : nothing}
    ${article.image?.alt ? html`<meta property="og:image:alt" content=${article.image.alt} />` : nothing}
    ${article.published ? html`<meta property="article:published_time" content=${article.published} />` : nothing}
    ${article.modified ? html`<meta property="article:modified_time" content=${article.modified} />` : nothing}
    ${article.section ? html`<meta property="article:section" content=${article.section.name} />` : nothing}
    ${(article.authors ?? []).map((a) => html`<meta property="article:author" content=${a.name} />`)}
    <meta name="twitter:card" content=${image ? 'summary_large_image' : 'summary'} />
    ${scriptSrc ? html`<script type="module" src=${scriptSrc}></script>` : nothing}
    <style>
      body {
        margin: 0;
      }
    </style>`;
  // The head is never hydrated: drop Lit's part markers from it.
  const headHtml = stripMarkers(await collectResult(render(head)));
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n${headHtml}\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
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
