import { css } from 'lit';

/**
 * Design tokens. Every value is read as `var(--article-…, fallback)` and never set on :host, so a
 * publisher sets a token once on any ancestor (or :root) and every element picks it up. Colours use
 * light-dark(), which follows `color-scheme`: by default the reader's preference, or whatever the
 * publisher forces with `--article-color-scheme: light | dark`.
 */
export const tokens = {
  serif: css`var(--article-font-serif, Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif)`,
  sans: css`var(--article-font-sans, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif)`,
  text: css`var(--article-color-text, light-dark(#1a1a1a, #ebe9e5))`,
  muted: css`var(--article-color-muted, light-dark(#5b5b5b, #aeaaa3))`,
  accent: css`var(--article-color-accent, light-dark(#a61d1d, #ff8f80))`,
  link: css`var(--article-color-link, light-dark(#0a4d8c, #94c7ff))`,
  rule: css`var(--article-color-rule, light-dark(#dcd8d0, #3b3936))`,
  surface: css`var(--article-color-surface, light-dark(#ffffff, #151515))`,
  raised: css`var(--article-color-raised, light-dark(#f6f4ef, #201f1d))`,
  measure: css`var(--article-measure, 38rem)`,
  bodySize: css`var(--article-font-size-body, clamp(1.0625rem, 1rem + 0.3vw, 1.1875rem))`,
  bodyLeading: css`var(--article-line-height-body, 1.6)`,
  space: css`var(--article-space, 1.5rem)`,
  radius: css`var(--article-radius, 0.75rem)`,
};

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
