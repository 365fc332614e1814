import { html, nothing } from 'lit';
import { plainText, ref, type BlockSpec, type JsonSchema } from './spec.js';
import { accent, raised, sans, serif, text } from '../../internal/tokens.js';

/**
 * A box set apart from the running text: "Key points", "Editor's note", "What we know". `html` may
 * hold paragraphs and lists (p, ul, ol, li) besides the inline elements.
 */
export interface CalloutBlock {
  type: 'callout';
  /** A short label above it, e.g. "Key points". */
  label?: string;
  title?: string;
  html: string;
}

export const callout: BlockSpec<CalloutBlock> = {
  normalize: (read) => {
    const html = read.html('html', true);
    return html === undefined ? undefined : { label: read.text('label'), title: read.text('title'), html };
  },
  // role="note": content set apart from the main text. Not an <aside>: reader modes drop those.
  render: (b, { sanitize }) =>
    html`<div role="note" data-article-role="callout">
      ${b.label ? html`<p data-part="label">${b.label}</p>` : nothing}
      ${b.title ? html`<p data-part="title">${b.title}</p>` : nothing} ${sanitize(b.html, 'rich', 'html')}
    </div>`,
  text: (b) => [b.label, b.title, plainText(b.html)].filter(Boolean).join(' '),
  // Presence without clutter: a tinted panel with an accent rule.
  styles: (r) =>
    `:where(${r('callout')}){padding:1.25rem 1.5rem;border-inline-start:3px solid ${accent};background:${raised};font-family:${serif};font-size:1rem;line-height:1.55;color:${text}}` +
    `:where(${r('callout')}) [data-part=title]{font-size:1.25rem;font-weight:700;line-height:1.3}` +
    `:where(${r('callout')} li){margin-block:.35em;padding-inline-start:.2em}` +
    `:where(${r('callout')}) :where(p,ul,ol){margin-block:0 .6em}:where(${r('callout')}) :where(ul,ol){padding-inline-start:1.25em}` +
    `:where(${r('callout')})>:last-child{margin-block-end:0}` +
    `:where(${r('callout')}) [data-part=label]{margin-block-end:.5rem;font-family:${sans};font-size:.75rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:${accent}}`,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['html'],
  properties: {
    label: { type: 'string', description: 'e.g. "Key points", "What we know".' },
    title: { type: 'string' },
    html: ref('richHtml'),
  },
};
