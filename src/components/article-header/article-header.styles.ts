import { css } from 'lit';
import { base } from '../../internal/styles.js';
import * as tokens from '../../internal/tokens.js';

export const styles = [
  base,
  /* @__PURE__ */ css`
    header {
      display: grid;
      /* minmax(0, …): an unbreakable 300-character word wraps instead of widening the column. */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75rem;
      padding-block-end: 1.25rem;
      border-block-end: 1px solid ${tokens.rule};
    }
    /* Every piece hidden (an empty header): no rule, no space. */
    header:not(:has(> :not([hidden]))) {
      display: none;
    }
    [part='kicker'] {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      font-family: ${tokens.sans};
      font-size: 0.8125rem;
      font-weight: 700;
      letter-spacing: 0.08em;
      line-height: 1.3;
      text-transform: uppercase;
    }
    [part='section'],
    [part='section'] a,
    [part='section'] ::slotted(a) {
      color: var(--article-header-section-color, ${tokens.accent});
      text-decoration: none;
    }
    /* Flex items shrink below a long unbroken word only with min-inline-size: 0 and anywhere-wrapping. */
    [part='section'],
    [part='category'],
    [part='byline'],
    [part='dateline'] {
      /* Labels from the data stay in their place, whatever direction marks they hold. */
      unicode-bidi: isolate;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    [part='category'] {
      display: inline-flex;
      align-items: center;
      gap: 0.75rem;
      color: ${tokens.muted};
    }
    [part='section']:not([hidden]) + [part='category']::before {
      content: '';
      inline-size: 1px;
      block-size: 0.9em;
      background: ${tokens.rule};
    }
    [part='category'] a,
    [part='category'] ::slotted(a) {
      color: inherit;
      text-decoration: none;
    }
    [part='kicker'] a:hover,
    [part='kicker'] ::slotted(a:hover) {
      text-decoration: underline;
    }
    [part='headline'] {
      margin: 0;
      overflow-wrap: anywhere;
      font-family: var(--article-font-headline, ${tokens.serif});
      font-size: var(--article-header-headline-size, clamp(1.875rem, 1.4rem + 2.2vw, 2.75rem));
      font-weight: var(--article-header-headline-weight, 700);
      line-height: 1.12;
      letter-spacing: -0.015em;
      text-wrap: balance;
      color: ${tokens.text};
    }
    [part='dek'] {
      margin: 0;
      max-inline-size: ${tokens.measure};
      font-size: clamp(1.125rem, 1.05rem + 0.4vw, 1.3125rem);
      line-height: 1.45;
      color: ${tokens.muted};
      text-wrap: pretty;
    }
    ::slotted(*) {
      margin: 0;
      font: inherit;
      color: inherit;
    }
    [part='meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: baseline;
      margin-block-start: 0.25rem;
      font-family: ${tokens.sans};
      font-size: 0.9375rem;
      line-height: 1.4;
      color: ${tokens.muted};
    }
    [part='byline'] {
      margin: 0;
      font-style: normal;
      color: ${tokens.text};
      font-weight: 600;
    }
    [part='byline'] a,
    [part='byline'] ::slotted(a) {
      color: inherit;
      text-decoration-color: ${tokens.rule};
    }
    [part='dateline'] {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
  `,
];
