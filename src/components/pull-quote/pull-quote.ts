import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { styles } from './pull-quote.styles.js';

/**
 * A quotation. As a pull quote (the default) it sets a line from the story large, with who said it.
 * With `variant="block"` it is a block quotation from another work: body type, the source outlet
 * named and linked, and the source URL in `cite`.
 *
 * A pull quote usually repeats words already in the body; set `repeated` and assistive technology
 * skips it, so screen-reader users do not hear it twice.
 *
 * @tagname pull-quote
 * @summary Pull quote with attribution, or block quotation with a linked source.
 *
 * @slot - The quoted text: a text node or one or more `<p>` elements. Falls back to `text`.
 * @slot attribution - Who said it. Falls back to `attribution`.
 * @slot source - The quoted work or outlet, e.g. a link. Falls back to `source`, linked to `cite`.
 *
 * @csspart figure - The `<figure>` around quote and attribution.
 * @csspart quote - The `<blockquote>`.
 * @csspart attribution - The `<figcaption>` holding attribution and source.
 * @csspart source - The source outlet's `<cite>`.
 *
 * @cssproperty [--article-pull-quote-accent-color=var(--article-color-accent)] - Rule and quotation mark of a pull quote.
 * @cssproperty [--article-pull-quote-font-size=clamp(1.375rem, 1.1rem + 1.3vw, 1.875rem)] - Pull quote type size.
 * @cssproperty [--article-pull-quote-rule-color=var(--article-color-rule)] - Side rule of a block quotation.
 * @cssproperty [--article-pull-quote-block-color=var(--article-color-text)] - Text colour of a block quotation.
 */
export class PullQuote extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    variant: { reflect: true },
    text: {},
    attribution: {},
    source: {},
    cite: {},
    repeated: { type: Boolean, reflect: true },
  };

  /** `pull` sets a short quote large; `block` shows a quoted passage from another work. */
  variant: 'pull' | 'block' = 'pull';

  /** Quoted text, when not given as content. */
  text?: string;

  /** Who said it, e.g. "One U.S. official". */
  attribution?: string;

  /** Name of the work or outlet quoted, e.g. "The Washington Post". */
  source?: string;

  /** URL of the quoted work: set as the blockquote's `cite` and linked from the source name. */
  cite?: string;

  /** The quote repeats text already in the article: hide it from assistive technology. */
  repeated = false;

  override render(): TemplateResult {
    const cite = this.safe('cite', this.cite);
    const hasAttribution = Boolean(this.attribution) || this.slotted('attribution');
    const hasSource = Boolean(this.source) || this.slotted('source');
    const source = html`<cite part="source" ?hidden=${!hasSource}
      ><slot name="source">${cite && this.source ? html`<a href=${cite}>${this.source}</a>` : this.source}</slot></cite
    >`;
    return html`
      <figure part="figure" aria-hidden=${ifDefined(this.repeated ? 'true' : undefined)}>
        <blockquote part="quote" cite=${cite ?? nothing}><slot>${this.text}</slot></blockquote>
        <figcaption part="attribution" ?hidden=${!hasAttribution && !hasSource}>
          <bdi><slot name="attribution">${this.attribution}</slot></bdi
          >${hasAttribution && hasSource ? ', ' : nothing}${source}
        </figcaption>
      </figure>
    `;
  }
}
