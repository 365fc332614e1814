import { css } from 'lit';
import { base } from '../../internal/styles.js';
import * as tokens from '../../internal/tokens.js';

export const styles = [
  base,
  /* @__PURE__ */ css`
    section {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25rem 1rem;
      align-items: start;
      padding-block: 1.25rem;
      border-block-start: 1px solid ${tokens.rule};
    }
    [part='avatar'] {
      grid-row: span 3;
      display: grid;
      place-items: center;
      inline-size: var(--article-author-bio-avatar-size, 4rem);
      block-size: var(--article-author-bio-avatar-size, 4rem);
      border-radius: 50%;
      overflow: hidden;
      font-family: ${tokens.sans};
      font-size: 1.25rem;
      font-weight: 700;
      letter-spacing: 0.02em;
      color: ${tokens.text};
      background: color-mix(in srgb, ${tokens.accent} 14%, ${tokens.raised});
    }
    [part='avatar'] img {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .body {
      min-inline-size: 0;
    }
    [part='name'] {
      margin: 0;
      font-family: ${tokens.sans};
      font-size: 1rem;
      font-weight: 700;
      line-height: 1.3;
    }
    [part='name'] a,
    [part='name'] ::slotted(a) {
      color: inherit;
      text-decoration-color: ${tokens.rule};
    }
    [part='role'] {
      margin: 0.125rem 0 0;
      font-family: ${tokens.sans};
      font-size: 0.875rem;
      line-height: 1.35;
      color: ${tokens.muted};
    }
    [part='bio'] {
      margin-block-start: 0.5rem;
      max-inline-size: ${tokens.measure};
      font-size: 0.9375rem;
      line-height: 1.55;
      font-style: italic;
      color: ${tokens.text};
    }
    ::slotted(*) {
      margin: 0;
      font: inherit;
      color: inherit;
    }
    /* Scripts with no italic (Arabic, Hebrew, CJK, Indic, Thai) would get a slant the browser makes up. */
    :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(he), :lang(zh), :lang(ja), :lang(ko), :lang(hi), :lang(th)))
      [part='bio'],
    ::slotted(:is(:lang(ar), :lang(fa), :lang(ur), :lang(he), :lang(zh), :lang(ja), :lang(ko), :lang(hi), :lang(th))) {
      font-style: normal;
    }
    [part='links'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0.625rem 0 0;
      padding: 0;
      list-style: none;
      font-family: ${tokens.sans};
      font-size: 0.875rem;
    }
    [part='links'] a {
      font-weight: 600;
    }
    [part='links'] li,
    [part='name'],
    [part='role'],
    [part='bio'] {
      unicode-bidi: isolate;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
  `,
];
