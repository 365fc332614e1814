import { css } from 'lit';
import { base } from '../../internal/styles.js';
import * as tokens from '../../internal/tokens.js';

/*
 * The article's pieces are light-DOM children of the host, laid out here with ::slotted. Type and
 * colour are defaults that the publisher's own CSS for p, h2 and friends overrides, by design. The
 * column itself (gutter, measure, centring, space between blocks) is marked !important: in the
 * cascade an !important shadow rule beats any page rule, so resets like `* { margin: 0; padding: 0 }`
 * or a theme's `p { margin: 0 0 24px }` cannot break it. Publishers change it through the tokens
 * (--article-gutter, --article-measure, --article-wide-measure, --article-space).
 */
export const styles = [
  base,
  /* @__PURE__ */ css`
    :host {
      padding-inline: var(--article-gutter, clamp(1rem, 4vw, 2rem)) !important;
      padding-block: var(--article-padding-block, 2rem 1rem);
    }
    article {
      display: flow-root;
    }
    /*
     * Until the article is in, hold a screen's height: whatever follows the element on the page
     * then starts below the fold and is not pushed down in view when the article arrives.
     */
    :host([loading]) {
      min-block-size: var(--article-loading-min-height, 100vh);
    }

    ::slotted(*) {
      /* Padded blocks (callouts, code) keep to the column too, whatever the page's box-sizing. */
      box-sizing: border-box !important;
      max-inline-size: ${tokens.measure} !important;
      margin-inline: auto !important;
      margin-block: 0 ${tokens.space} !important;
    }
    ::slotted(script) {
      display: none;
    }
    ::slotted(p),
    ::slotted(ul),
    ::slotted(ol) {
      font-family: ${tokens.serif};
      font-size: ${tokens.bodySize};
      line-height: var(--article-line-height-body, 1.65);
      color: ${tokens.text};
      text-wrap: pretty;
      hanging-punctuation: first;
    }
    ::slotted(h2),
    ::slotted(h3),
    ::slotted(h4) {
      margin-block: 2.25rem 0.75rem !important;
      font-family: var(--article-font-headline, ${tokens.serif});
      font-weight: 700;
      line-height: 1.25;
      color: ${tokens.text};
      text-wrap: balance;
    }
    ::slotted(h2) {
      font-size: 1.5rem;
    }
    ::slotted(h3),
    ::slotted(h4) {
      font-size: 1.25rem;
    }
    /*
     * Blocks set apart from the running text (figures, quotes, posts, tables, code, callouts, any
     * block type with a role) get more room; the exceptions follow. A new block type needs no rule
     * here: its module styles its inside (see article/blocks/spec.ts, styles).
     */
    ::slotted([data-article-role]) {
      margin-block: 2rem !important;
    }
    ::slotted([data-article-role='list']) {
      margin-block: 0 ${tokens.space} !important;
    }
    ::slotted([data-article-role='header']) {
      margin-block: 0 1.75rem !important;
    }
    ::slotted([data-article-role='lead']) {
      max-inline-size: var(--article-wide-measure, 52rem) !important;
      margin-block: 0 2rem !important;
    }
    ::slotted([data-article-role='bio']) {
      margin-block: 0 !important;
    }
    ::slotted(ul),
    ::slotted(ol) {
      padding-inline-start: 1.4em !important;
    }
    @media print {
      :host {
        padding: 0 !important;
        font-size: 11pt;
      }
      :host([loading]) {
        min-block-size: 0;
      }
      ::slotted(p) {
        font-size: 11pt;
        orphans: 3;
        widows: 3;
      }
      /* A photo, quote, post or bio is never split across pages. */
      ::slotted([data-article-role]) {
        break-inside: avoid;
      }
    }
    [part='error'] {
      max-inline-size: ${tokens.measure};
      margin: 0 auto;
      padding: 1rem 1.25rem;
      border: 1px solid ${tokens.rule};
      border-inline-start: 4px solid ${tokens.accent};
      border-radius: 0.25rem;
      font-family: ${tokens.sans};
      font-size: 0.9375rem;
      line-height: 1.5;
    }
  `,
];
