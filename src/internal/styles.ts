import { css } from 'lit';
import { tokens } from './tokens.js';

export { tokens };

/** Shared by every element: a block box immune to the page's resets, with our colours and fonts. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color-scheme: var(--article-color-scheme, light dark);
    color: ${tokens.text};
    background: ${tokens.surface};
    font-family: ${tokens.serif};
    font-size: ${tokens.bodySize};
    line-height: ${tokens.bodyLeading};
    text-align: start;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: ${tokens.link};
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.18em;
  }
  a:hover {
    text-decoration-thickness: 0.12em;
  }
  :focus-visible {
    outline: 2px solid ${tokens.link};
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Paper is light. */
  @media print {
    :host {
      color-scheme: light;
      background: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
