import { html, nothing } from 'lit';
import { msg } from '../../internal/i18n.js';
import { slotLessLink } from './slot-link.js';
import { plainText, ref, type BlockSpec, type JsonSchema, type Reader } from './spec.js';
import { link, muted, rule, sans, serif, text } from '../../internal/tokens.js';
import type { Link } from '../types.js';

/** A data table. Cells are inline HTML; `head` rows become column headers. */
export interface TableBlock {
  type: 'table';
  caption?: string;
  head?: string[][];
  rows: string[][];
  /** Where the figures come from. */
  source?: Link;
  /**
   * Set when normalizing, never read from the input: for each column, true when its body cells
   * hold figures (then it aligns to the end, in tabular figures).
   */
  numeric?: boolean[];
}

/**
 * A figure: an optional sign or currency, digits with separators, then an optional percent,
 * currency or unit ("$3.4 million", "12.5%", "€2bn", "1,204 km"). One repetition only: linear.
 */
const FIGURE =
  /^[-+−–(]?[$€£¥₹]?\s?\d[\d.,\s\u00a0\u202f]*(?:%|[$€£¥₹]|(?:million|billion|trillion|thousand|[a-z]{1,3})\.?)?\)?$/i;
const BLANK = /^(?:|[-–—]|n\/?a)$/i;

function rows(read: Reader, key: string): string[][] {
  return read.list(key, (row, path) => {
    if (!Array.isArray(row))
      return read.report(`expected a row (a list of cells), skipped`, 'wrong-type', 'error', path);
    // Every cell counts against the article's limits, an empty one too: each becomes an element.
    return Array.from({ length: row.length }, (_, i) => {
      const cell: unknown = Object.hasOwn(row, i) ? row[i] : undefined;
      const at = `${path}[${i}]`;
      const text = typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell));
      if (cell != null && !text) read.report(`expected text; left empty`, 'wrong-type', 'error', at);
      return read.check(text ? String(cell) : '', at, true) ?? '';
    });
  });
}

export const table: BlockSpec<TableBlock> = {
  normalize: (read) => {
    const body = rows(read, 'rows');
    if (!body.length) return read.report('table without rows, skipped', read.value.rows == null ? 'missing' : 'empty');
    // Cell by cell, not row by column: a ragged table costs what it holds.
    let columns = 0;
    const figures: (boolean | undefined)[] = [];
    for (const row of body) {
      columns = Math.max(columns, row.length);
      row.forEach((cell, j) => {
        const t = plainText(cell).trim();
        if (!BLANK.test(t)) figures[j] = figures[j] !== false && FIGURE.test(t);
      });
    }
    const numeric = Array.from({ length: columns }, (_, j) => figures[j] === true);
    const head = rows(read, 'head');
    return {
      caption: read.text('caption'),
      head: head.length ? head : undefined,
      rows: body,
      source: read.link('source'),
      numeric,
    };
  },
  render: (b, { sanitize, lang }) => {
    const cell = (text: string, path: string, j: number, header: boolean) => {
      const figure = b.numeric?.[j] ? '' : nothing;
      const content = sanitize(text, 'inline', path);
      return header
        ? html`<th scope="col" data-numeric=${figure}>${content}</th>`
        : html`<td data-numeric=${figure}>${content}</td>`;
    };
    const section = (list: string[][], key: string, header: boolean) =>
      list.map(
        (row, i) =>
          html`<tr>
            ${row.map((text, j) => cell(text, `${key}[${i}][${j}]`, j, header))}
          </tr>`,
      );
    // The scrolling box is a labelled, focusable region (a named <section>: the native element, as
    // html-validate asks, rather than role=region on a div): keyboard users can scroll a wide table.
    return html`<figure data-article-role="table">
      <section tabindex="0" aria-label=${b.caption ?? msg(lang, 'table', 'Table')}>
        <table>
          ${
            b.caption
              ? html`<caption>
                  ${b.caption}
                </caption>`
              : nothing
          }
          ${
            b.head
              ? html`<thead>
                  ${section(b.head, 'head', true)}
                </thead>`
              : nothing
          }
          <tbody>
            ${section(b.rows, 'rows', false)}
          </tbody>
        </table>
      </section>
      ${b.source ? html`<figcaption>${msg(lang, 'source', 'Source:')} <bdi>${slotLessLink(b.source)}</bdi></figcaption>` : nothing}
    </figure>`;
  },
  text: (b) => [b.caption ?? '', ...(b.head ?? []).flat(), ...b.rows.flat()].map(plainText).join(' '),
  // A labelled box that scrolls sideways (never the page), a clear head, hairline rules, figures aligned.
  styles: (r) =>
    `:where(${r('table')}){font-family:${sans};font-size:.9375rem;line-height:1.45;color:${text}}` +
    `:where(${r('table')}>section){overflow-x:auto;overscroll-behavior-x:contain;container-type:inline-size}` +
    `:where(${r('table')} table){inline-size:100%;border-collapse:collapse}` +
    `:where(${r('table')} caption){caption-side:top;position:sticky;inset-inline-start:0;max-inline-size:100cqi;text-align:start;padding-block-end:.6rem;font-family:${serif};font-size:1.125rem;font-weight:700;line-height:1.3}` +
    `:where(${r('table')}) :where(th,td){padding:.55rem .75rem;text-align:start;vertical-align:top;min-inline-size:4.5em;border-block-end:1px solid ${rule}}` +
    `:where(${r('table')}) :where(th,td):first-child{padding-inline-start:0}:where(${r('table')}) :where(th,td):last-child{padding-inline-end:0}` +
    `:where(${r('table')} th){font-weight:700;font-size:.8125rem;letter-spacing:.02em;vertical-align:bottom;border-block-end:2px solid ${text}}` +
    `:where(${r('table')} [data-numeric]){text-align:end;font-variant-numeric:tabular-nums lining-nums}:where(${r('table')} td[data-numeric]){white-space:nowrap}` +
    `:where(${r('table')} figcaption){margin-block-start:.6rem;font-size:.8125rem;color:${muted}}` +
    `:where(${r('table')}>section):focus-visible{outline:2px solid ${link};outline-offset:2px}`,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['rows'],
  properties: {
    caption: { type: 'string' },
    head: { type: 'array', items: ref('tableRow'), description: 'Header rows: their cells become column headers.' },
    rows: { type: 'array', minItems: 1, items: ref('tableRow') },
    source: ref('link'),
  },
  $defs: {
    tableRow: {
      type: 'array',
      items: { anyOf: [{ type: 'string' }, { type: 'number' }], description: 'A cell: inline HTML.' },
    },
  },
};
