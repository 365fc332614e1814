import { html, nothing, type TemplateResult } from 'lit';
import { plainText, ref, type BlockSpec, type JsonSchema, type Reader, type RenderContext } from './spec.js';
import { muted } from '../../internal/tokens.js';

/** An item: inline HTML, or inline HTML with a list nested under it. */
export type ListItem = string | { html: string; items: ListItem[]; ordered?: boolean };

/** A bulleted (or, with `ordered`, numbered) list; items may nest. */
export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  /** The first number of an ordered list (default 1). */
  start?: number;
  items: ListItem[];
}

/** Lists nest at most this deep; deeper items are kept as text of their parent level. */
const MAX_DEPTH = 6;

function items(read: Reader, key: string, depth: number): ListItem[] {
  return read.list(key, (value, path): ListItem | undefined => {
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      return text.trim() ? read.check(text, path, true) : read.report('empty item, left out', 'empty', 'warning', path);
    }
    const item = read.object(value, path, 'an item (text, or { html, items })');
    if (!item) return undefined;
    const own = item.html('html') ?? '';
    if (depth >= MAX_DEPTH && item.value.items != null) {
      item.report(`lists nest at most ${MAX_DEPTH} deep; the items below are left out`, 'bad-value', 'warning');
      return own || undefined;
    }
    const nested = items(item, 'items', depth + 1);
    if (!own && !nested.length) return item.report('item without html or items, left out', 'empty', 'warning');
    return nested.length ? { html: own, items: nested, ordered: item.boolean('ordered') } : own;
  });
}

function listTemplate(list: ListItem[], ordered: boolean | undefined, path: string, c: RenderContext, start?: number) {
  const lis = list.map((item, i): TemplateResult => {
    const at = `${path}[${i}]`;
    return typeof item === 'string'
      ? html`<li>${c.sanitize(item, 'inline', at)}</li>`
      : html`<li>
          ${c.sanitize(item.html, 'inline', `${at}.html`)}${listTemplate(item.items, item.ordered, `${at}.items`, c)}
        </li>`;
  });
  const role = path === 'items' ? 'list' : nothing;
  return ordered
    ? html`<ol data-article-role=${role} start=${start ?? nothing}>
        ${lis}
      </ol>`
    : html`<ul data-article-role=${role}>
        ${lis}
      </ul>`;
}

const itemText = (list: ListItem[]): string =>
  list
    .map((item) => (typeof item === 'string' ? plainText(item) : `${plainText(item.html)} ${itemText(item.items)}`))
    .join(' ');

export const list: BlockSpec<ListBlock> = {
  normalize: (read) => {
    const found = items(read, 'items', 1);
    if (!found.length)
      return read.report(`list without items, skipped`, read.value.items == null ? 'missing' : 'empty');
    const start = read.value.start;
    const integer = typeof start === 'number' && Number.isInteger(start);
    if (start != null && !integer)
      read.report(`expected a whole number; left out`, 'bad-number', 'error', `${read.path}.start`);
    return { ordered: read.boolean('ordered'), start: integer ? start : undefined, items: found };
  },
  render: (b, c) => listTemplate(b.items, b.ordered, 'items', c, b.start),
  text: (b) => itemText(b.items),
  // Spacing and markers that follow the body copy.
  styles: (r) =>
    `:where(${r('list')}) :where(ul,ol){margin-block:.35em 0;padding-inline-start:1.4em}` +
    `:where(${r('list')} li)::marker{color:${muted}}` +
    `:where(${r('list')} li){margin-block:.35em;padding-inline-start:.2em}`,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['items'],
  properties: {
    ordered: { type: 'boolean', default: false },
    start: { type: 'integer', description: 'The first number of an ordered list.' },
    items: { type: 'array', minItems: 1, items: ref('listItem') },
  },
  $defs: {
    listItem: {
      description: 'Inline HTML, or inline HTML with a nested list.',
      oneOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          required: ['html', 'items'],
          properties: {
            html: { type: 'string' },
            items: { type: 'array', items: ref('listItem') },
            ordered: { type: 'boolean' },
          },
        },
      ],
    },
  },
};
