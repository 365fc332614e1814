/**
 * Registers a custom element without ever throwing. Publishers load the npm build and the
 * script-tag build on one page, or a page already owns a tag of the same name: the first
 * definition stays, and a different class only earns a console warning.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor && !(existing as { articleElement?: boolean }).articleElement) {
      console.warn(
        `article-elements: <${tag}> is already defined by another script; use defineArticleElements({ prefix: 'acme' })`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}
