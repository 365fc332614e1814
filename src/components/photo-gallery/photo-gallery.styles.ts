import { css } from 'lit';
import { base, visuallyHidden } from '../../internal/styles.js';
import { muted, raised, rule, sans, text } from '../../internal/tokens.js';

export const styles = [
  base,
  visuallyHidden,
  /* @__PURE__ */ css`
    :host {
      container-type: inline-size;
    }
    figure,
    p {
      margin: 0;
    }
    /* Narrow: a strip that scrolls sideways, one image and a glimpse of the next. */
    [part='list'] {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: 82%;
      gap: 0.75rem;
      margin: 0;
      padding: 0 0 0.5rem;
      list-style: none;
      overflow-x: auto;
      overscroll-behavior-inline: contain;
      scroll-snap-type: inline mandatory;
      scrollbar-width: thin;
    }
    [part='item'] {
      min-inline-size: 0;
      scroll-snap-align: start;
    }
    /* Wide: a grid of two to four columns. */
    @container (min-width: 34rem) {
      [part='list'] {
        grid-auto-flow: row;
        grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr));
        row-gap: 1.25rem;
        overflow: visible;
      }
    }
    /*
     * Every thumbnail is cropped to one shape (--article-photo-gallery-ratio): an even grid, and a box
     * that is the same before the file arrives, after, and when it fails, whatever its width and
     * height. The viewer shows each image whole.
     */
    [part='thumb'] {
      position: relative;
      display: block;
      inline-size: 100%;
      margin: 0;
      padding: 0;
      border: 0;
      overflow: hidden;
      aspect-ratio: var(--article-photo-gallery-ratio, 3 / 2);
      border-radius: var(--article-photo-gallery-radius, 0);
      background: var(--article-photo-gallery-placeholder-color, ${raised});
      font: inherit;
      color: inherit;
      cursor: zoom-in;
    }
    /* Slotted images are in the page: their geometry is held here (see photo-figure). */
    [part='thumb'] img,
    ::slotted(img) {
      position: absolute !important;
      inset: 0 !important;
      inline-size: 100% !important;
      block-size: 100% !important;
      margin: 0 !important;
      border: 0 !important;
      object-fit: cover;
    }
    .broken img,
    .broken ::slotted(img) {
      visibility: hidden !important;
    }
    [part='fallback'] {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      justify-content: center;
      gap: 0.25rem;
      padding: 0.75rem;
      text-align: center;
      font: 0.8125rem/1.35 ${sans};
      color: ${muted};
    }
    [part='fallback'] strong {
      color: ${text};
    }
    [part='item-caption'],
    figcaption {
      margin-block-start: 0.5rem;
      font-family: ${sans};
      font-size: 0.8125rem;
      line-height: 1.45;
      color: ${muted};
    }
    figcaption {
      margin-block-start: 1rem;
      padding-block-start: 0.625rem;
      border-block-start: 1px solid ${rule};
      font-size: 0.875rem;
    }
    ::slotted(span) {
      font: inherit;
      color: inherit;
    }
    [part='credit'] {
      display: block;
      margin-block-start: 0.2rem;
      font-size: 0.6875rem;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      unicode-bidi: isolate;
    }
    /* The viewer: the whole screen, the image as large as it fits, the caption under it. */
    dialog[open] {
      display: grid;
      grid-template-rows: 1fr auto;
      position: fixed;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      max-inline-size: none;
      max-block-size: none;
      margin: 0;
      padding: 0;
      border: 0;
      color-scheme: dark;
      color: #e8e5df;
      background: var(--article-photo-gallery-viewer-background, #0c0c0c);
      font-family: ${sans};
    }
    [part='stage'] {
      position: relative;
      min-block-size: 0;
      touch-action: pan-y pinch-zoom;
    }
    [part='viewer-image'] {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      object-fit: contain;
    }
    [part='viewer-caption'] {
      min-block-size: 5.5rem;
      max-inline-size: 46rem;
      padding: 0.75rem 1rem 1rem;
      font-size: 0.9375rem;
      line-height: 1.45;
    }
    [part='position'] {
      margin-inline-end: 0.5rem;
      font-weight: 700;
    }
    dialog button {
      position: absolute;
      display: grid;
      place-items: center;
      inline-size: 2.75rem;
      block-size: 2.75rem;
      padding: 0;
      border: 0;
      border-radius: 50%;
      color: #fff;
      background: rgb(0 0 0 / 0.6);
      cursor: pointer;
    }
    dialog :focus-visible {
      outline-color: #fff;
    }
    [part='previous'],
    [part='next'] {
      inset-block-start: calc(50% - 4rem);
      inset-inline-start: 0.5rem;
    }
    [part='next'] {
      inset-inline-start: auto;
      inset-inline-end: 0.5rem;
    }
    [part='close'] {
      inset-block-start: 0.5rem;
      inset-inline-end: 0.5rem;
    }
    svg {
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
    :host(:dir(rtl)) :is([part='previous'], [part='next']) svg {
      scale: -1 1;
    }
    @media (forced-colors: active) {
      dialog button {
        border: 1px solid ButtonText;
      }
    }
  `,
];
