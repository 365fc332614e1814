import { css } from 'lit';
import { measure, muted, sans } from './tokens.js';

// A module of its own: bundlers that keep unused tagged templates (esbuild) leave it out of the
// elements that have no caption.
/**
 * A figure's caption and credit (photo-figure, video-embed), styled alike. Each element gives the
 * credit its colour, from a custom property of its own (`--article-<tag>-credit-color`).
 */
export const captionStyles = /* @__PURE__ */ css`
  figcaption {
    margin-block-start: 0.625rem;
    max-inline-size: ${measure};
    font-family: ${sans};
    font-size: 0.875rem;
    line-height: 1.45;
    color: ${muted};
  }
  ::slotted(*) {
    margin: 0;
    font: inherit;
    color: inherit;
  }
  [part='credit'] {
    unicode-bidi: isolate;
    display: block;
    margin-block-start: 0.25rem;
    font-size: 0.75rem;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
`;
