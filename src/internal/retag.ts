import { html, type TemplateResult } from 'lit';

/**
 * Tag names chosen at run time (a prefixed registration's elements, a heading's level) in a Lit
 * template, for a fraction of lit/static-html's size: the template is written with the default
 * names, and `retag` gives Lit a copy of its strings with the names edited, one copy per `key`, kept
 * so Lit's template cache (keyed by the strings array) still hits. Only names the library made
 * itself go in: a validated prefix or h1 to h6, never data.
 */
const copies = new WeakMap<TemplateStringsArray, Map<string, TemplateStringsArray>>();

export function retag(strings: TemplateStringsArray, key: string, edit: (s: string) => string): TemplateStringsArray {
  let byKey = copies.get(strings);
  if (!byKey) copies.set(strings, (byKey = new Map()));
  let copy = byKey.get(key);
  if (!copy) {
    const edited = strings.map(edit);
    // Lit accepts only arrays carrying `raw`, as a template literal's strings do.
    byKey.set(key, (copy = Object.assign(edited, { raw: edited })));
  }
  return copy;
}

/** Lit's `html` with `edit` applied to each template's strings; `key` names the edit, '' for none. */
export const htmlWith =
  (key: string, edit: (s: string) => string) =>
  (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult =>
    html(key ? retag(strings, key, edit) : strings, ...values);

/** Lit's `html` for a template written with `<h{written}>`, rendering `<h{level}>` instead. */
export const headingHtml = (written: number, level: number) =>
  htmlWith(level === written ? '' : `h${level}`, (s) => s.replace(new RegExp(`h${written}\\b`, 'g'), `h${level}`));
