import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BlockSpec, JsonSchema } from './spec.js';
import { link, raised, rule, text } from '../../internal/tokens.js';

/** Preformatted code, shown in a monospace face with its whitespace kept. */
export interface CodeBlock {
  type: 'code';
  text: string;
  /** Its language, e.g. "json", "sql", "python": becomes `class="language-…"` for highlighters. */
  language?: string;
}

export const code: BlockSpec<CodeBlock> = {
  normalize: (read) => {
    const text = read.text('text', true);
    if (text === undefined) return undefined;
    const language = read.text('language')?.trim().toLowerCase();
    if (language && !/^[\w+#.-]{1,40}$/.test(language))
      read.report(
        `"${language.slice(0, 40)}" is not a language name; left out`,
        'bad-value',
        'warning',
        `${read.path}.language`,
      );
    return {
      text: text.replace(/^\n+/, '').trimEnd(),
      language: language && /^[\w+#.-]{1,40}$/.test(language) ? language : undefined,
    };
  },
  // A focusable box, so that a keyboard can scroll a long line. No whitespace around the code:
  // inside <pre> it would show.
  // prettier-ignore
  render: (b) => html`<pre data-article-role="code" tabindex="0"><code class=${ifDefined(b.language && `language-${b.language}`)}>${b.text}</code></pre>`,
  text: (b) => b.text,
  // A monospace stack that scrolls rather than overflows.
  styles: (r) =>
    `:where(${r('code')}){overflow-x:auto;padding:1rem 1.25rem;border:1px solid ${rule};border-radius:.5rem;background:${raised};color:${text};font:.875rem/1.6 ui-monospace,'SF Mono',Menlo,Consolas,'DejaVu Sans Mono','Liberation Mono',monospace;tab-size:2;white-space:pre}` +
    `:where(${r('code')} code){font:inherit}` +
    `:where(${r('code')}):focus-visible{outline:2px solid ${link};outline-offset:2px}`,
};

/** JSON Schema of the block's fields. */
export const schema: JsonSchema = {
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1 },
    language: { type: 'string', pattern: '^[\\w+#.-]{1,40}$' },
  },
};
