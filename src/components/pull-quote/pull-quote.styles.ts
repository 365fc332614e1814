import { css } from 'lit';
import { base } from '../../internal/styles.js';
import * as tokens from '../../internal/tokens.js';

export const styles = [
  base,
  /* @__PURE__ */ css`
    figure,
    blockquote {
      margin: 0;
    }
    /* A readable line alone too, not only inside <news-article>. */
    figure {
      max-inline-size: ${tokens.measure};
    }
    ::slotted(p) {
      margin: 0 0 0.85em;
    }
    ::slotted(p:last-child) {
      margin-block-end: 0;
    }
    figcaption {
      margin-block-start: 0.875rem;
      font-family: ${tokens.sans};
      font-size: 0.875rem;
      line-height: 1.4;
      color: ${tokens.muted};
    }
    /* A name from the data cannot reorder the words around it (a right-to-left override, say). */
    [part='source'] {
      unicode-bidi: isolate;
      font-style: normal;
      font-weight: 600;
      color: ${tokens.text};
    }
    /* Hand-written markup reads as the data's does: a <cite> in a slot is not the browser's italic. */
    ::slotted(:is([slot='source'], [slot='attribution'])) {
      font: inherit;
      color: inherit;
    }
    [part='source'] a,
    [part='source'] ::slotted(a) {
      color: inherit;
      text-decoration-color: ${tokens.rule};
    }

    /* A pull quote: a line from the story in the voice of a quotation (a roman or italic serif at
       regular weight, as NYT, The Atlantic and the Guardian set theirs, not a bold subhead), between
       an accent rule and a hairline, with an upright opening mark in the accent. */
    :host(:not([variant='block'])) figure {
      padding-block: 1.25rem 1.125rem;
      border-block: 3px solid var(--article-pull-quote-accent-color, ${tokens.accent});
      border-block-end-width: 1px;
      border-block-end-color: ${tokens.rule};
    }
    :host(:not([variant='block'])) blockquote {
      font-family: var(--article-font-headline, ${tokens.serif});
      font-size: var(--article-pull-quote-font-size, clamp(1.375rem, 1.15rem + 1vw, 1.75rem));
      font-style: italic;
      font-weight: 400;
      line-height: 1.32;
      text-wrap: balance;
    }
    /* Scripts with no italic would get a slant the browser makes up. */
    :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(he), :lang(zh), :lang(ja), :lang(ko), :lang(hi), :lang(th)))
      blockquote {
      font-style: normal;
    }
    :host(:not([variant='block'])) blockquote::before {
      content: '\\201C';
      display: block;
      block-size: 0.5em;
      margin-block-end: 0.1em;
      font-size: 2.5em;
      /* Upright whatever the quote's style: a slanted mark at this size reads as a ditto mark. */
      font-style: normal;
      font-weight: 400;
      line-height: 1;
      color: var(--article-pull-quote-accent-color, ${tokens.accent});
    }
    :host(:not([variant='block'])) figcaption {
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      font-size: 0.8125rem;
    }
    figcaption::before {
      content: '\\2014\\00A0';
    }

    /* A block quotation from another work: a step smaller and softer than the body, inset behind a
       rule in the accent, so it reads as someone else's words. */
    :host([variant='block']) figure {
      padding-inline-start: clamp(1rem, 3vw, 1.5rem);
      border-inline-start: 3px solid var(--article-pull-quote-rule-color, ${tokens.accent});
    }
    :host([variant='block']) blockquote {
      font-size: 0.9375em;
      line-height: 1.6;
      text-wrap: pretty;
      color: var(--article-pull-quote-block-color, color-mix(in srgb, ${tokens.text} 84%, ${tokens.surface}));
    }
  `,
];
