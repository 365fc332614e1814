import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleElementBase } from '../../internal/base.js';
import { keepEllipses } from '../../internal/templates.js';
import { styles } from './pull-quote.styles.js';

/**
 * A quotation. As a pull quote (the default) it sets a line from the story large, with who said it.
 * With `variant="block"` it is a block quotation from another work, set a step smaller and softer
 * than the body behind a rule, the source outlet named and linked, and the source URL in `cite`.
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
 * Each part also carries a name for its variant, so a theme can style one without the other:
 * `pull-quote::part(pull-quote)` is only the pull quote's text, `pull-quote::part(block-quote)` only
 * the block quotation's. An element with nothing to show (no text, attribution or source) draws nothing.
 *
 * @csspart figure - The `<figure>` around quote and attribution (also `pull-figure` or `block-figure`).
 * @csspart quote - The `<blockquote>` (also `pull-quote` or `block-quote`).
 * @csspart attribution - The `<figcaption>` holding attribution and source (also `pull-attribution` or `block-attribution`).
 * @csspart source - The source outlet's `<cite>` (also `pull-source` or `block-source`).
 * @csspart pull-figure - The figure of a pull quote.
 * @csspart pull-quote - The text of a pull quote.
 * @csspart pull-attribution - The attribution of a pull quote.
 * @csspart pull-source - The source of a pull quote.
 * @csspart block-figure - The figure of a block quotation.
 * @csspart block-quote - The text of a block quotation.
 * @csspart block-attribution - The attribution and source of a block quotation.
 * @csspart block-source - The source of a block quotation.
 *
 * @cssproperty [--article-pull-quote-accent-color=var(--article-color-accent)] - Rule and quotation mark of a pull quote.
 * @cssproperty [--article-pull-quote-font-size=clamp(1.375rem, 1.15rem + 1vw, 1.75rem)] - Pull quote type size.
 * @cssproperty [--article-pull-quote-rule-color=var(--article-color-accent)] - Side rule of a block quotation.
 * @cssproperty [--article-pull-quote-block-color=color-mix(in srgb, var(--article-color-text) 84%, var(--article-color-surface))] - Text colour of a block quotation.
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
    // Parts are named for the variant too (see above); anything but "block" is a pull quote.
    const v = this.variant === 'block' ? 'block' : 'pull';
    // The server cannot see slotted text (the block quotation's paragraphs): it never takes a quote for empty.
    const hasText = isServer || Boolean(this.text) || this.slotted('');
    const hasAttribution = Boolean(this.attribution) || this.slotted('attribution');
    const hasSource = Boolean(this.source) || this.slotted('source');
    const source = html`<cite part="source ${v}-source" ?hidden=${!hasSource}
      ><slot name="source">${cite && this.source ? html`<a href=${cite}>${this.source}</a>` : this.source}</slot></cite
    >`;
    return html`
      <figure
        part="figure ${v}-figure"
        aria-hidden=${ifDefined(this.repeated ? 'true' : undefined)}
        ?hidden=${!hasText && !hasAttribution && !hasSource}
      >
        <blockquote part="quote ${v}-quote" cite=${cite ?? nothing}>
          <slot>${this.text && keepEllipses(this.text)}</slot>
        </blockquote>
        <figcaption part="attribution ${v}-attribution" ?hidden=${!hasAttribution && !hasSource}>
          <bdi><slot name="attribution">${this.attribution}</slot></bdi
          >${hasAttribution && hasSource ? ', ' : nothing}${source}
        </figcaption>
      </figure>
    `;
  }
}
