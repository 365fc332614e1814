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

/** "Jimmy Quinn and Jane Roe" as Intl.ListFormat says it in `lang`, each name linked when it has a URL. */
export function nameList(people: Named[], lang: string): TemplateResult {
  const names = people.filter((p) => p && typeof p.name === 'string' && p.name.trim());
  let i = 0;
  return html`${formatList(
    names.map((p) => p.name),
    lang,
  ).map((part) => {
    if (part.type !== 'element') return part.value;
    const person = names[i++];
    return maybeLink(person.name, person.url);
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
