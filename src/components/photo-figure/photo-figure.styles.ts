import { css } from 'lit';
import { base, visuallyHidden } from '../../internal/styles.js';
import { captionStyles } from '../../internal/caption-styles.js';
import * as tokens from '../../internal/tokens.js';

export const styles = [
  base,
  visuallyHidden,
  captionStyles,
  /* @__PURE__ */ css`
    figure {
      margin: 0;
    }
    .frame {
      position: relative;
      overflow: hidden;
      background: var(--article-photo-figure-placeholder-color, ${tokens.raised});
      border-radius: var(--article-photo-figure-radius, 0);
    }
    img {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }
    /*
     * A slotted <img> is in the page, where the page's CSS reaches it. Its geometry is held here
     * with !important: for important declarations the shadow tree's win over the page's, so neither
     * a reset nor a theme's "img { height: 300px !important }" can move it or change its box. The
     * box's shape comes from its width and height attributes, as for the shadow <img>. Looks (filter,
     * opacity, object-fit) are left to the page.
     */
    ::slotted(img) {
      display: block !important;
      position: static !important;
      float: none !important;
      box-sizing: border-box !important;
      inline-size: 100% !important;
      block-size: auto !important;
      min-inline-size: 0 !important;
      min-block-size: 0 !important;
      max-inline-size: none !important;
      max-block-size: none !important;
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
    }
    .unsized img,
    .unsized ::slotted(img) {
      aspect-ratio: 3 / 2 !important;
      object-fit: contain;
    }
    /*
     * A broken image keeps its box from the frame, not from the <img>: WebKit does not size a broken
     * image from its width and height attributes. (--_ratio is set through the CSSOM in updated().)
     */
    .broken {
      aspect-ratio: var(--_ratio, 3 / 2);
    }
    .broken img,
    .broken ::slotted(img) {
      position: absolute !important;
      inset: 0 !important;
      block-size: 100% !important;
      visibility: hidden !important;
    }
    [part='fallback'] {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 0.5rem;
      padding: 1rem;
      text-align: center;
      font-family: ${tokens.sans};
      font-size: 0.875rem;
      line-height: 1.4;
      color: ${tokens.muted};
      background: repeating-linear-gradient(
        135deg,
        transparent 0 12px,
        color-mix(in srgb, currentColor 6%, transparent) 12px 13px
      );
    }
    [part='fallback'] svg {
      inline-size: 2rem;
      block-size: 2rem;
      opacity: 0.7;
    }
    [part='fallback'] strong {
      font-weight: 600;
      color: ${tokens.text};
    }
    figcaption {
      padding-inline: var(--article-photo-figure-caption-inset, 0);
    }
    [part='credit'] {
      color: var(--article-photo-figure-credit-color, ${tokens.muted});
    }
  `,
];
