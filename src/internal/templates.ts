import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, formatList } from './i18n.js';
import { safeUrl } from './url.js';

/** A name, linked when it has a safe URL. */
export function maybeLink(
  text: string | undefined,
  url: string | undefined,
  part?: string,
): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const href = safeUrl(url);
  return href ? html`<a part=${ifDefined(part)} href=${href}>${text}</a>` : html`${text}`;
}

export interface Named {
  name: string;
  url?: string;
}

/** A data object's own property: a polluted Object.prototype is not data. */
export const ownProp = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

/**
 * "Jimmy Quinn and Jane Roe" as Intl.ListFormat says it in `lang`, each name linked when it has a
 * URL, and each in a `<bdi>`: a name holding a right-to-left override (U+202E) or written in
 * another direction cannot reorder the words after it.
 */
export function nameList(people: Named[], lang: string): TemplateResult {
  const names = (Array.isArray(people) ? people : []).flatMap((p) => {
    const name = ownProp(p, 'name');
    const url = ownProp(p, 'url');
    return typeof name === 'string' && name.trim() ? [{ name, url: typeof url === 'string' ? url : undefined }] : [];
  });
  let i = 0;
  return html`${formatList(
    names.map((p) => p.name),
    lang,
  ).map((part) => {
    if (part.type !== 'element') return part.value;
    const person = names[i++];
    return html`<bdi>${maybeLink(person.name, person.url)}</bdi>`;
  })}`;
}

/**
 * `<time datetime>` with the date written for `lang`; nothing for a missing or invalid date. With
 * `relative` (i18n's relativeTime, passed in so that only the element using it bundles it), a time
 * within the last day reads "3 hours ago", the full date in its title.
 */
export function timeTag(
  value: string | undefined,
  lang: string,
  part?: string,
  relative?: (value: string | undefined, lang: string) => string | undefined,
): TemplateResult | typeof nothing {
  const date = formatDate(value, lang);
  if (!date) return nothing;
  const ago = relative?.(value, lang);
  return html`<time part=${ifDefined(part)} datetime=${date.iso} title=${ifDefined(ago ? date.text : undefined)}
    >${ago ?? date.text}</time
  >`;
}

/**
 * `text` with each spaced ellipsis (". . .", and a sentence's period before one) held together by
 * no-break spaces, and held to the word before it, so no line starts or breaks inside one.
 */
export const keepEllipses = (text: string): string =>
  text.replace(/ ?\.(?: \.){2,}/g, (dots) => dots.replaceAll(' ', '\u00a0'));
