import { nothing, type TemplateResult } from 'lit';
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
  /** Hears a block that could not be rendered (it is left out); by default console.warn. */
  warn?(path: string, message: string): void;
  /** The article's JSON-LD as a `<script type="application/ld+json">` (see article/jsonld.ts), placed last. */
  jsonLd?(article: Article): unknown;
  /**
   * Render only the first `blocks` body blocks, and the bios and JSON-LD only once every block is
   * in (the browser renders a long article in slices; see <news-article>). Default: everything.
   */
  blocks?: number;
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

export function articleTemplate(article: NormalizedArticle, options: RenderOptions): TemplateResult {
  // The templates name the default tags; a prefixed registration renders a copy with its names.
  const tags = options.tags ?? DEFAULT_TAGS;
  const names = Object.values(tags).join();
  const html = htmlWith(names === DEFAULT_NAMES ? '' : names, (s) =>
    s.replace(TAG, (_, open: string, name: string) => open + tags[BY_DEFAULT_NAME[name]]),
  );
  const lang = article.lang || options.lang;
  // Any number-ish input (an attribute like "2", or junk) lands on a whole level from 1 to 5.
  const level = Math.min(5, Math.max(1, Math.round(Number(options.headingLevel)) || 1));

  // data-json-path lets a photo that fails to load name itself in its warning.
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
      >${p.caption ? html`<span slot="caption">${p.caption}</span>` : nothing}${
        p.credit ? html`<span slot="credit">${p.credit}</span>` : nothing
      }</photo-figure
    >`;

  // Each block maps to its type's template. One that throws (a publisher's block, say) is left
  // out with a warning, never the article.
  const block = (b: Block, i: number): unknown => {
    const path = `body[${i}]`;
    const context: RenderContext = {
      html,
      path,
      lang,
      level,
      sanitize: (markup, mode, key) => options.sanitize(markup, mode, `${path}.${key}`),
      photo: (p, key) => photo(p, key ? `${path}.${key}` : path),
    };
    try {
      return specOf(b.type)?.render(b as never, context) ?? nothing;
    } catch (error) {
      (options.warn ?? ((p, m) => console.warn(`news-article: ${p}: ${m}`)))(
        path,
        `${b.type} block could not be rendered (${(error as Error)?.message ?? error}); left out`,
      );
      return nothing;
    }
  };

  const authors = article.authors ?? [];
  const body = options.blocks === undefined ? article.body : article.body.slice(0, options.blocks);
  const complete = body.length === article.body.length;
  return html`
    <article-header
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
        authors.length ? html`<span slot="byline">${msg(lang, 'by', 'By')} ${nameList(authors, lang)}</span>` : nothing
      }</article-header
    >
    ${article.image ? photo(article.image, 'image', true) : nothing} ${body.map(block)}
    ${(complete ? authors : []).map(
      (a) =>
        html`<author-bio
          data-article-role="bio"
          name=${a.name}
          href=${a.url ?? nothing}
          job-title=${a.role ?? nothing}
          bio=${a.bio ?? nothing}
          avatar=${a.image?.src ?? nothing}
          links=${a.links?.length ? JSON.stringify(a.links) : nothing}
          >${slotLink('name', a)}${a.role ? html`<span slot="job-title">${a.role}</span>` : nothing}${a.bio ? html`<p>${a.bio}</p>` : nothing}</author-bio
        >`,
    )}
    ${complete && options.jsonLd ? options.jsonLd(article) : nothing}
  `;
}
