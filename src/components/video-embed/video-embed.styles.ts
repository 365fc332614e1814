import { css } from 'lit';
import { base, visuallyHidden } from '../../internal/styles.js';
import { captionStyles } from '../../internal/caption-styles.js';
import { accent, muted, sans, text } from '../../internal/tokens.js';

export const styles = [
  base,
  visuallyHidden,
  captionStyles,
  /* @__PURE__ */ css`
    figure {
      margin: 0;
    }
    /*
     * The spacer (an <svg> whose viewBox is the video's width and height) gives the frame its
     * height; poster, facade and player lie on top of it. So the box is the same before the poster
     * arrives, when it fails, without script and after the player replaces the facade.
     */
    [part='frame'] {
      position: relative;
      overflow: hidden;
      border-radius: var(--article-video-embed-radius, 0);
      background: var(--article-video-embed-background, #161616);
    }
    .spacer {
      display: block;
      inline-size: 100%;
    }
    [part='frame'] > :not(.spacer) {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      border: 0;
    }
    [part='poster'] {
      object-fit: cover;
    }
    [part='facade'] {
      display: grid;
      grid-template: 'title title' auto '. .' 1fr 'notice duration' auto / 1fr auto;
      gap: 0.5rem;
      padding: clamp(0.75rem, 3%, 1.25rem);
      color: #fff;
      text-decoration: none;
      font-family: ${sans};
      background: linear-gradient(rgb(0 0 0 / 0.65), transparent 45%, transparent 70%, rgb(0 0 0 / 0.55));
    }
    [part='facade']:focus-visible {
      outline-offset: -4px;
      outline-color: #fff;
    }
    [part='title'] {
      grid-area: title;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
      font-size: clamp(1rem, 0.9rem + 0.5vw, 1.1875rem);
      font-weight: 600;
      line-height: 1.3;
      text-wrap: balance;
      text-shadow: 0 1px 2px rgb(0 0 0 / 0.5);
    }
    /* Hover and focus change its colour; nothing moves, so there is no motion to reduce. */
    [part='play-button'] {
      position: absolute;
      inset: 50% auto auto 50%;
      display: grid;
      place-items: center;
      inline-size: 4.25rem;
      block-size: 4.25rem;
      translate: -50% -50%;
      border-radius: 50%;
      color: #fff;
      background: var(--article-video-embed-button-color, rgb(0 0 0 / 0.7));
      box-shadow: 0 0 0 2px rgb(255 255 255 / 0.85);
    }
    [part='play-button'] svg {
      inline-size: 1.75rem;
      block-size: 1.75rem;
      margin-inline-start: 0.2rem;
    }
    [part='facade']:hover [part='play-button'],
    [part='facade']:focus-visible [part='play-button'] {
      background: ${accent};
    }
    [part='notice'],
    [part='duration'] {
      align-self: end;
      font-size: 0.75rem;
      line-height: 1.3;
    }
    [part='notice'] {
      grid-area: notice;
      opacity: 0.9;
      text-shadow: 0 1px 2px rgb(0 0 0 / 0.5);
    }
    [part='duration'] {
      grid-area: duration;
      padding: 0.15rem 0.4rem;
      border-radius: 0.25rem;
      background: rgb(0 0 0 / 0.7);
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    figcaption [part='title'] {
      display: block;
      color: ${text};
      text-shadow: none;
    }
    @media (forced-colors: active) {
      [part='play-button'] {
        border: 2px solid ButtonText;
      }
    }
    [part='credit'] {
      color: var(--article-video-embed-credit-color, ${muted});
    }
  `,
];
