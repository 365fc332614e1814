import { css } from 'lit';
import { base, visuallyHidden } from '../../internal/styles.js';
import * as tokens from '../../internal/tokens.js';
import { mediaStyles } from './media.js';

/** The card of a post, on any network: <tweet-embed>'s styles, and so <social-post>'s. */
export const cardStyles = [
  base,
  visuallyHidden,
  mediaStyles,
  /* @__PURE__ */ css`
    :host {
      font-family: ${tokens.sans};
    }
    [part='card'] {
      position: relative;
      max-inline-size: var(--article-tweet-embed-max-width, none);
      padding: 1rem 1.125rem 0.875rem;
      border: 1px solid var(--article-tweet-embed-border-color, ${tokens.rule});
      border-radius: var(--article-tweet-embed-radius, ${tokens.radius});
      background: var(--article-tweet-embed-background, ${tokens.surface});
      color: ${tokens.text};
    }
    [part='header'] {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      margin-block-end: 0.75rem;
    }
    [part='avatar'] {
      flex: none;
      display: grid;
      place-items: center;
      inline-size: 3rem;
      block-size: 3rem;
      border-radius: 50%;
      overflow: hidden;
      font-size: 1.0625rem;
      font-weight: 700;
      color: ${tokens.text};
      background: color-mix(in srgb, ${tokens.accent} 14%, ${tokens.raised});
    }
    [part='avatar'] img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
      display: block;
    }
    .who {
      display: grid;
      min-inline-size: 0;
      line-height: 1.3;
    }
    /* Names from the data cannot reorder what follows them (a right-to-left override, say). */
    [part='name'],
    [part='handle'],
    [part='name'] ::slotted(*) {
      unicode-bidi: isolate;
    }
    [part='name'] {
      font-size: 1rem;
      font-weight: 700;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    [part='name'] ::slotted(*) {
      font: inherit;
      color: inherit;
      margin: 0;
    }
    [part='handle'] {
      font-size: 0.9375rem;
      color: ${tokens.muted};
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    [part='logo'] {
      margin-inline-start: auto;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      color: ${tokens.text};
      flex: none;
    }
    [part='text'] {
      font-size: var(--article-tweet-embed-font-size, 1.0625rem);
      line-height: 1.45;
      overflow-wrap: anywhere;
    }
    /* Links in the post are underlined, not told apart by colour alone; a tinted line keeps the text calm. */
    /* The text given as an attribute keeps its line breaks; slotted markup's own white space (the
       indentation between a hand-written <p> and its neighbours) stays collapsed. */
    .own {
      white-space: pre-line;
    }
    [part='text'] a {
      text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
    }
    [part='text'] a:hover {
      text-decoration-color: currentColor;
    }
    ::slotted(p) {
      margin: 0 0 0.6em;
      font: inherit;
      color: inherit;
      white-space: pre-line;
    }
    ::slotted(p:last-of-type) {
      margin-block-end: 0;
    }
    /*
     * The footer stays quiet so the post outweighs its chrome: the date and the link to the original in
     * the muted colour, underlined on hover; the button to load the live post a full-width row of its
     * own (no ragged wrap on a phone), with the privacy note in small type under it.
     */
    [part='footer'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 1rem;
      margin-block-start: 0.875rem;
      padding-block-start: 0.75rem;
      border-block-start: 1px solid ${tokens.rule};
      font-size: 0.875rem;
      color: ${tokens.muted};
    }
    [part='footer'] a {
      color: inherit;
      text-decoration: none;
    }
    [part='footer'] a:hover {
      text-decoration: underline;
    }
    [part='load-button'] {
      flex: 1 0 100%;
      min-block-size: 2.5rem;
      margin-block-start: 0.5rem;
      padding: 0.5rem 1rem;
      border: 0;
      border-radius: 0.5rem;
      background: ${tokens.raised};
      color: ${tokens.text};
      font: 600 0.875rem/1.2 ${tokens.sans};
      cursor: pointer;
    }
    [part='load-button']:hover {
      background: color-mix(in srgb, ${tokens.text} 8%, ${tokens.raised});
    }
    [part='load-button'][disabled] {
      cursor: progress;
      opacity: 0.7;
    }
    [part='notice'] {
      margin: 0.375rem 0 0;
      font-size: 0.75rem;
      color: ${tokens.muted};
    }
    .skip {
      position: absolute;
      inset-block-start: 0.25rem;
      inset-inline-start: 0.25rem;
      z-index: 1;
      padding: 0.25rem 0.5rem;
      background: ${tokens.surface};
      font-size: 0.8125rem;
    }
    .skip:not(:focus) {
      clip-path: inset(50%);
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      padding: 0;
    }
    [part='handle'] a {
      color: inherit;
      text-decoration: none;
    }
    [part='handle'] a:hover {
      text-decoration: underline;
    }
    /* Below the live post: a frame cannot tell a deleted post from a live one. */
    .original {
      display: none;
      margin: 0.5rem 0 0;
      font-size: 0.875rem;
    }
    :host([live]) .original {
      display: block;
    }
    :host([live]) [part='card'] {
      display: none;
    }
    ::slotted([slot='live']) {
      display: block;
    }
    :host(:not([live])) ::slotted([slot='live']) {
      position: absolute;
      visibility: hidden;
    }
    @media print {
      [part='load-button'],
      [part='notice'],
      .original,
      .skip {
        display: none;
      }
    }
    @media (forced-colors: active) {
      [part='card'] {
        border-color: CanvasText;
      }
    }
  `,
];
