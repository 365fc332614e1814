import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, Block, Photo } from './types.js';
import type { HtmlMode, RenderContext } from './blocks/spec.js';
import { slotLink } from './blocks/slot-link.js';
import { specOf } from './define-block.js';
import type { NormalizedArticle } from './normalize.js';
import { msg } from '../internal/i18n.js';
import { htmlWith } from '../internal/retag.js';
import { nameList } from '../internal/templates.js';
import { DEFAULT_TAGS, type TagNames } from '../internal/tags.js';

export interface RenderOptions {
  /** Language for built-in words ("By"); the article's own `lang` wins. */
  lang: string;
  /** Heading level of the headline; body headings follow it. */
  headingLevel?: number;
  /** Tag names to compose with (prefixed registrations). */
  tags?: TagNames;
  /**
   * Turns an HTML field into something a lit template can render safely: a sanitized
   * DocumentFragment in the browser, sanitized markup on the server.
   */
  sanitize(html: string, mode: HtmlMode, path: string): unknown;
  /** Hears a piece that could not be rendered (it is left out); by default console.warn. */
  warn?(path: string, message: string): void;
  /** The article's JSON-LD as a `<script type="application/ld+json">` (see article/jsonld.ts), placed last. */
  jsonLd?(article: Article): unknown;
}

/**
 * An article as pieces that render on their own: `<news-article>` puts each in a place of its own
 * in its light DOM (a long article arrives in slices, each adding only its blocks); server
 * rendering joins them in one template (articleTemplate). A piece whose template throws is
 * nothing, with a warning naming its JSON path: one bad field never costs the article.
 */
export interface ArticlePieces {
  /** Section, headline, dek, byline and dates. */
  header(): unknown;
  /** The lead photo. */
  lead(): unknown;
  /** Body block `i`. */
  block(i: number): unknown;
  /** The author bios. */
  bios(): unknown;
}

/**
 * Text goes into slots, in light DOM. Short fields are also given as attributes: server rendering
 * cannot see slotted children, and an element shows a part when its attribute or its slot has
 * content, so the mirror keeps server-rendered parts from being hidden. Profile links go in as JSON in
 * the `links` attribute, so server-rendered markup keeps them when the browser renders it again.
 *
 * Article -> lit template of our elements, rendered into `<news-article>`'s light DOM: every word
 * sits in the document, where readers, crawlers and reader modes find it and the publisher's CSS
 * can style the body copy. The browser element and server rendering both call this.
 */
const DEFAULT_NAMES = Object.values(DEFAULT_TAGS).join();
const BY_DEFAULT_NAME = Object.fromEntries(Object.entries(DEFAULT_TAGS).map(([k, v]) => [v, k])) as Record<
  string,
  keyof TagNames
>;
/** A default element name where a template opens or closes it. */
const TAG = new RegExp(`(</?)(${Object.values(DEFAULT_TAGS).join('|')})\\b`, 'g');

export function articlePieces(article: NormalizedArticle, options: RenderOptions): ArticlePieces {
  // Own properties only: a polluted Object.prototype is not an option (tags would rename elements).
  const own = <K extends keyof RenderOptions>(key: K): RenderOptions[K] | undefined =>
    Object.hasOwn(options, key) ? options[key] : undefined;
  // The templates name the default tags; a prefixed registration renders a copy with its names.
  const tags = own('tags') ?? DEFAULT_TAGS;
  const names = Object.values(tags).join();
  const html = htmlWith(names === DEFAULT_NAMES ? '' : names, (s) =>
    s.replace(TAG, (_, open: string, name: string) => open + tags[BY_DEFAULT_NAME[name]]),
  );
  const lang = article.lang || options.lang;
  // Any number-ish input (an attribute like "2", or junk) lands on a whole level from 1 to 5.
  const level = Math.min(5, Math.max(1, Math.round(Number(own('headingLevel'))) || 1));
  const warn = own('warn') ?? ((path, message) => console.warn(`news-article: ${path}: ${message}`));
  const piece = (path: string, what: string, make: () => unknown): unknown => {
    try {
      return make();
    } catch (error) {
      warn(path, `${what} could not be rendered (${(error as Error)?.message ?? error}); left out`);
      return nothing;
    }
  };

  // data-json-path lets a photo that fails to load name itself in its warning. The <img> is a child,
  // in the light DOM: reader modes and crawlers read only the document, not shadow roots, and would
  // get the caption without the picture. The attributes stay on the element too (its API, and what
  // sizes its box and names its fallback, on the server as well, which cannot see children).
  const photo = (p: Photo, path: string, lead = false) =>
    html`<photo-figure
      data-json-path=${path}
      src=${p.src}
      alt=${p.alt}
      width=${p.width ?? nothing}
      height=${p.height ?? nothing}
      srcset=${p.srcset ?? nothing}
      sizes=${p.sizes ?? nothing}
      ?lead=${lead}
      data-article-role=${lead ? 'lead' : 'figure'}
      ?decorative=${p.alt === ''}
      caption=${p.caption ?? nothing}
      credit=${p.credit ?? nothing}
      ><img
        slot="image"
        src=${p.src}
        srcset=${p.srcset ?? nothing}
        sizes=${p.sizes ?? nothing}
        alt=${p.alt}
        width=${ifDefined(p.width)}
        height=${ifDefined(p.height)}
        loading=${lead ? 'eager' : 'lazy'}
        fetchpriority=${lead ? 'high' : 'auto'}
        decoding="async"
      />${p.caption ? html`<span slot="caption">${p.caption}</span>` : nothing}${
        p.credit ? html`<span slot="credit">${p.credit}</span>` : nothing
      }</photo-figure
    >`;

  const authors = article.authors ?? [];
  return {
    header: () =>
      piece(
        '$',
        'the header',
        () =>
          html`<article-header
            data-article-role="header"
            heading-level=${level}
            headline=${article.headline}
            section=${article.section?.name ?? nothing}
            category=${article.category?.name ?? nothing}
            dek=${article.dek ?? nothing}
            .authors=${authors}
            published=${article.published ?? nothing}
            modified=${article.modified ?? nothing}
            reading-time=${article.readingTime}
            >${slotLink('section', article.section)}${slotLink('category', article.category)}<span slot="headline"
              >${article.headline}</span
            >${article.dek ? html`<span slot="dek">${article.dek}</span>` : nothing}${
              authors.length
                ? html`<span slot="byline">${msg(lang, 'by', 'By')} ${nameList(authors, lang)}</span>`
                : nothing
            }</article-header
          >`,
      ),
    lead: () => (article.image ? piece('image', 'the photo', () => photo(article.image!, 'image', true)) : nothing),
    // Each block maps to its type's template.
    block: (i) => {
      const b: Block = article.body[i];
      const path = `body[${article.bodyIndex?.[i] ?? i}]`;
      const context: RenderContext = {
        html,
        path,
        lang,
        level,
        // Inline text with nothing the HTML parser would read as markup or change (no `<`, `&`, CR or
        // NUL) is text already: it goes in as a text node, as the sanitizer would have left it, at a
        // fraction of the cost (table cells and list items are mostly such text).
        sanitize: (markup, mode, key) =>
          mode === 'inline' && !/[<&\r\0]/.test(markup) ? markup : options.sanitize(markup, mode, `${path}.${key}`),
        photo: (p, key) => photo(p, key ? `${path}.${key}` : path),
      };
      return piece(path, `${b.type} block`, () => specOf(b.type)?.render(b as never, context) ?? nothing);
    },
    bios: () =>
      authors.map((a, i) =>
        piece(
          `authors[${i}]`,
          'the author bio',
          () =>
            html`<author-bio
              data-article-role="bio"
              data-json-path=${`authors[${i}]`}
              name=${a.name}
              href=${a.url ?? nothing}
              job-title=${a.role ?? nothing}
              bio=${a.bio ?? nothing}
              avatar=${a.image?.src ?? nothing}
              links=${a.links?.length ? JSON.stringify(a.links) : nothing}
              >${slotLink('name', a)}${a.role ? html`<span slot="job-title">${a.role}</span>` : nothing}${a.bio ? html`<p>${a.bio}</p>` : nothing}</author-bio
            >`,
        ),
      ),
  };
}

/** The whole article as one template (server rendering). */
export function articleTemplate(article: NormalizedArticle, options: RenderOptions): TemplateResult {
  const pieces = articlePieces(article, options);
  const jsonLd = Object.hasOwn(options, 'jsonLd') ? options.jsonLd : undefined;
  return html`
    ${pieces.header()} ${pieces.lead()} ${article.body.map((_, i) => pieces.block(i))} ${pieces.bios()}
    ${jsonLd ? jsonLd(article) : nothing}
  `;
}
