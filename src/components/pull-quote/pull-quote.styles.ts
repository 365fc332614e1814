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
    [part='source'] a,
    [part='source'] ::slotted(a) {
      color: inherit;
      text-decoration-color: ${tokens.rule};
    }

    /* A pull quote: display type between two rules, with the accent on a hanging mark. */
    :host(:not([variant='block'])) figure {
      padding-block: 1.5rem 1.25rem;
      border-block: 3px solid var(--article-pull-quote-accent-color, ${tokens.accent});
      border-block-end-width: 1px;
      border-block-end-color: ${tokens.rule};
    }
    :host(:not([variant='block'])) blockquote {
      font-family: var(--article-font-headline, ${tokens.serif});
      font-size: var(--article-pull-quote-font-size, clamp(1.375rem, 1.1rem + 1.3vw, 1.875rem));
      font-weight: 600;
      line-height: 1.3;
      letter-spacing: -0.01em;
      text-wrap: balance;
    }
    :host(:not([variant='block'])) blockquote::before {
      content: '\\201C';
      display: block;
      block-size: 0.55em;
      margin-block-end: 0.15em;
      font-size: 2.5em;
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

    /* A block quotation from another work: body type, set off by a rule and an inset. */
    :host([variant='block']) figure {
      padding-inline-start: clamp(1rem, 3vw, 1.5rem);
      border-inline-start: 3px solid var(--article-pull-quote-rule-color, ${tokens.rule});
    }
    :host([variant='block']) blockquote {
      color: var(--article-pull-quote-block-color, ${tokens.text});
    }
  `,
];
