import { html, nothing } from 'lit';
import type { Link } from '../types.js';

/** A named link in a slot: the `<a>` itself is slotted, so the element's part styles reach it. */
export const slotLink = (slot: string, link?: Link) =>
  !link
    ? nothing
    : link.url
      ? html`<a slot=${slot} href=${link.url}>${link.name}</a>`
      : html`<span slot=${slot}>${link.name}</span>`;

/** A named link (or just its name) in place. */
export const slotLessLink = (link: Link) => (link.url ? html`<a href=${link.url}>${link.name}</a>` : link.name);
