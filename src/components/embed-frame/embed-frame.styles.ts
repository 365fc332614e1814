import { css } from 'lit';
import { frameStyles } from '../../internal/facade.js';
import { base, visuallyHidden } from '../../internal/styles.js';
import { link, muted, raised, rule, sans, surface, text } from '../../internal/tokens.js';

export const styles = [
  base,
  visuallyHidden,
  frameStyles,
  /* @__PURE__ */ css`
    figure {
      margin: 0;
    }
    [part='frame'] {
      border-radius: var(--article-embed-frame-radius, 0);
      background: var(--article-embed-frame-background, ${raised});
    }
    [part='fallback'] {
      object-fit: contain;
    }
    /*
     * The button sits at the foot of the box whether the fallback shows, fails or waits (the title
     * above it, then), the provider's name in the top corner: nothing moves, and the chart stays in view.
     */
    [part='facade'] {
      display: grid;
      grid-template-rows: auto 1fr auto;
      place-items: center;
      gap: 0.75rem;
      box-sizing: border-box;
      padding: clamp(0.75rem, 3%, 1.25rem);
      font-family: ${sans};
      text-align: center;
    }
    [part='provider'] {
      grid-row: 1;
      justify-self: end;
      align-self: start;
      max-inline-size: 100%;
      padding: 0.125rem 0.5rem;
      border-radius: 0.25rem;
      font-size: 0.75rem;
      font-weight: 600;
      line-height: 1.4;
      overflow-wrap: anywhere;
      color: ${text};
      background: ${surface};
      box-shadow: 0 0 0 1px ${rule};
    }
    [part='placeholder'] {
      grid-row: 2;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
      max-inline-size: 32rem;
      font-size: clamp(1rem, 0.9rem + 0.5vw, 1.1875rem);
      font-weight: 600;
      line-height: 1.3;
      text-wrap: balance;
      color: ${text};
    }
    [part='load-button'] {
      grid-row: 3;
      max-inline-size: 100%;
      padding: 0.5rem 1rem;
      border: 0;
      border-radius: 999px;
      font: 600 0.875rem/1.3 ${sans};
      color: ${surface};
      background: var(--article-embed-frame-button-color, ${text});
      box-shadow: 0 0 0 2px ${surface};
      cursor: pointer;
    }
    [part='load-button']:hover {
      text-decoration: underline;
    }
    [part='load-button']:focus-visible {
      outline: 2px solid ${text};
      outline-offset: 4px;
    }
    /* Without script (or before it runs), the button would do nothing: the title links to the original. */
    :host(:not(:defined)) [part='load-button'] {
      display: none;
    }
    figcaption {
      margin-block-start: 0.625rem;
      font-family: ${sans};
      font-size: 0.875rem;
      line-height: 1.45;
      color: ${muted};
    }
    [part='title'] {
      display: block;
      color: ${text};
    }
    [part='title'] a,
    [part='title'] ::slotted(a) {
      color: ${link};
    }
    ::slotted(*) {
      margin: 0;
      font: inherit;
    }
    [part='credit'] {
      unicode-bidi: isolate;
      display: block;
      margin-block-start: 0.25rem;
      font-size: 0.75rem;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--article-embed-frame-credit-color, ${muted});
    }
    @media (forced-colors: active) {
      [part='load-button'] {
        border: 2px solid ButtonText;
      }
    }
  `,
];
