import { css } from 'lit';
import * as tokens from './tokens.js';

/**
 * Shared by every element: a block box with our colours and fonts. The page's CSS cannot reach
 * shadow DOM, so only the user agent's defaults need answering here; nothing here moves, so there is
 * no motion to reduce.
 */
export const base = /* @__PURE__ */ css`
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
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
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
  /* Paper is light. */
  @media print {
    :host {
      color-scheme: light;
      background: none;
    }
  }
`;

/** Text for assistive technology only (`class="visually-hidden"`), for the elements that have some. */
export const visuallyHidden = /* @__PURE__ */ css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
