import { html, nothing } from 'lit';
import type { Article } from '../src/article/types.js';

/** An attribute value, or no attribute at all for an empty control. */
export const attr = (value: unknown) =>
  value === undefined || value === null || value === '' ? nothing : String(value);

/** A JSON attribute (authors, links), or none for an empty list. */
export const jsonAttr = (value: unknown) =>
  value === undefined || value === null || (Array.isArray(value) && value.length === 0)
    ? nothing
    : JSON.stringify(value);

/**
 * A dark page as a publisher would make one: `--article-color-scheme: dark` on an ancestor and a
 * dark background around the elements. Pair with `globals: { scheme: 'dark' }` for the canvas.
 */
export const darkPage = (content: unknown) =>
  html`<div style="--article-color-scheme: dark; background: #151515; color: #ebe9e5; padding: 1.5rem;">
    ${content}
  </div>`;

/** A right-to-left page in Arabic. */
export const arabicPage = (content: unknown) => html`<div dir="rtl" lang="ar">${content}</div>`;

/** Args of `<news-article>`: its attributes, the `article` property and its two events. */
export interface NewsArticleArgs {
  src?: string;
  'heading-level': number;
  article?: Article;
  onLoad?: (event: Event) => void;
  onError?: (event: Event) => void;
}

/** `<news-article>` with data from the `article` property or the `src` attribute. */
export const newsArticle = (args: NewsArticleArgs) => html`
  <news-article
    src=${attr(args.src)}
    heading-level=${attr(args['heading-level'])}
    .article=${args.article}
    @load=${args.onLoad}
    @error=${args.onError}
  ></news-article>
`;

/**
 * `<news-article>` with its data in an inline `<script type="application/json">` child, as a page
 * would ship it. Built with the DOM because a lit template cannot bind inside `<script>`.
 */
export function newsArticleInline(args: NewsArticleArgs, json: string): HTMLElement {
  const el = document.createElement('news-article');
  el.setAttribute('heading-level', String(args['heading-level'] ?? 1));
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  if (args.onLoad) el.addEventListener('load', args.onLoad);
  if (args.onError) el.addEventListener('error', args.onError);
  return el;
}

/** Controls shared by the `<news-article>` story files. */
export const newsArticleArgTypes = {
  src: { control: 'text' },
  'heading-level': { control: 'select', options: [1, 2, 3, 4, 5] },
  article: {
    control: 'object',
    description: 'The Article to show (property only). Takes precedence over `src` and inline JSON.',
  },
} as const;
