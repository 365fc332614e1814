import { DEFAULT_TAGS, type TagNames } from './tags.js';
import { link } from './tokens.js';

const adopted = new Set<string>();

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
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(lightCss(newsArticle, tags));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function lightCss(newsArticle: string, tags: TagNames = DEFAULT_TAGS): string {
  const parts = `${tags.header},${tags.bio},${tags.figure},${tags.quote}[variant=pull]`;
  // Later rules win at equal (zero) specificity: the general link colour first, then the pieces whose
  // links take their part's colour.
  // (Written minified: it ships as a string, which no CSS minifier sees.)
  const all = `${newsArticle},${tags.quote},${tags.post}`;
  return `:where(${all}) :where(a){color:${link};text-decoration-thickness:.06em;text-underline-offset:.18em}:where(${all}) :where(a:hover){text-decoration-thickness:.12em}:where(${parts}) :where(a){color:inherit;text-decoration-color:color-mix(in srgb,currentColor 35%,transparent);text-underline-offset:.18em}:where(${tags.post}) :where(a){text-decoration:none}:where(${tags.post}) :where(a:hover){text-decoration:underline}`;
}
