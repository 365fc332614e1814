import { html, nothing } from 'lit';
import { msg } from '../../internal/i18n.js';
import { timeTag } from '../../internal/templates.js';
import { plainText, ref, type BlockSpec, type JsonSchema } from './spec.js';
import { accent, muted, rule, sans, text } from '../../internal/tokens.js';

const KINDS = ['correction', 'clarification', 'update'] as const;

/**
 * An editor's correction, clarification or update, shown where the block is (first or last, as
 * the publisher's policy has it). `html` may hold p, ul, ol and li besides the inline elements.
 */
export interface CorrectionBlock {
  type: 'correction';
  html: string;
  /** ISO 8601 date (or date-time) of the correction. */
  date?: string;
  /** Default "correction". */
  kind?: (typeof KINDS)[number];
}

export const correction: BlockSpec<CorrectionBlock> = {
  normalize: (read) => {
    const html = read.html('html', true);
    if (html === undefined) return undefined;
    return { html, date: read.date('date'), kind: read.oneOf('kind', KINDS, 'correction') };
  },
  render: (b, { sanitize, lang }) => {
    const kind = b.kind ?? 'correction';
    const label = msg(lang, kind, kind[0].toUpperCase() + kind.slice(1));
    return html`<div role="note" data-article-role="correction" data-kind=${kind}>
      <p data-part="label"><strong>${label}</strong>${b.date ? html` ${timeTag(b.date, lang)}` : nothing}</p>
      ${sanitize(b.html, 'rich', 'html')}
    </div>`;
  },
  text: (b) => plainText(b.html),
  // Corrections and clarifications are schema.org's CorrectionComment; an update corrects nothing.
  jsonLd: (b) =>
    b.kind === 'update'
      ? undefined
      : { correction: [{ '@type': 'CorrectionComment', text: plainText(b.html), datePublished: b.date }] },
  // Plainly editorial: a ruled box with its label.
  styles: (r) =>
    `:where(${r('correction')}){padding:1rem 1.25rem;border:1px solid ${rule};border-radius:.5rem;font-family:${sans};font-size:.9375rem;line-height:1.5;color:${text}}` +
    `:where(${r('correction')} time){font-weight:400;letter-spacing:0;text-transform:none;color:${muted}}` +
    `:where(${r('correction')} li){margin-block:.35em;padding-inline-start:.2em}` +
    `:where(${r('correction')}) :where(p,ul,ol){margin-block:0 .6em}:where(${r('correction')}) :where(ul,ol){padding-inline-start:1.25em}` +
    `:where(${r('correction')})>:last-child{margin-block-end:0}` +
    `:where(${r('correction')}) [data-part=label]{margin-block-end:.5rem;font-family:${sans};font-size:.75rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:${accent}}`,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['html'],
  properties: {
    html: ref('richHtml'),
    date: ref('date'),
    kind: { enum: KINDS, default: 'correction' },
  },
};
