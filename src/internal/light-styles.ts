import { DEFAULT_TAGS, type TagNames } from './tags.js';
import { link } from './tokens.js';
import { BLOCKS } from '../article/blocks/registry.js';

const adopted = new Set<string>();
/** The `<news-article>` names whose light styles are in the document (a prefixed registration adds one). */
const articleNames = new Set<string>();

/**
 * Our elements keep their text in light DOM, where shadow styles cannot reach links nested in it
 * (`::slotted` sees only the slotted element). These few rules give those links our colours. Every
 * selector sits in :where(), so it has zero specificity: any rule of the publisher's wins, and the
 * rules match nothing outside our elements.
 */
export function adoptLightStyles(newsArticle: string, tags: TagNames = DEFAULT_TAGS): void {
  if (typeof document === 'undefined' || !('adoptedStyleSheets' in Document.prototype)) return;
  const key = `${newsArticle} ${Object.values(tags).join(' ')}`;
  if (adopted.has(key)) return;
  adopted.add(key);
  articleNames.add(newsArticle);
  adoptCss(lightCss(newsArticle, tags));
}

function adoptCss(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The styles of a block whose code has just loaded (see blocks/lazy.ts), for every article name. */
export function adoptBlockStyles(styles: (r: (role: string) => string) => string): void {
  if (typeof document === 'undefined' || !('adoptedStyleSheets' in Document.prototype)) return;
  for (const name of articleNames) adoptCss(styles(roleSelector(name)));
}

const roleSelector = (newsArticle: string) => (role: string) => `:where(${newsArticle}>[data-article-role=${role}])`;

/** The inside of each block type's light DOM, from the block modules (those loaded, in the script-tag bundle). */
const blockStyles = (r: (role: string) => string) =>
  Object.values(BLOCKS)
    .map((spec) => spec.styles?.(r) ?? '')
    .join('');

export function lightCss(newsArticle: string, tags: TagNames = DEFAULT_TAGS): string {
  const parts = `${tags.header},${tags.bio},${tags.figure},${tags.quote}[variant=pull]`;
  // Later rules win at equal (zero) specificity: the general link colour first, then the pieces whose
  // links take their part's colour.
  // (Written minified: it ships as a string, which no CSS minifier sees.)
  const all = `${newsArticle},${tags.quote},${tags.post},${tags.social}`;
  return `${blockStyles(roleSelector(newsArticle))}:where(${all}) :where(a){color:${link};text-decoration-thickness:.06em;text-underline-offset:.18em}:where(${all}) :where(a:hover){text-decoration-thickness:.12em}:where(${parts}) :where(a){color:inherit;text-decoration-color:color-mix(in srgb,currentColor 35%,transparent);text-underline-offset:.18em}:where(${tags.post}) :where(a){text-decoration-color:color-mix(in srgb,currentColor 45%,transparent)}`;
}
