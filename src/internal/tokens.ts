import { unsafeCSS } from 'lit';

/**
 * Design tokens. Every value is read as `var(--article-…, fallback)` and never set on :host, so a
 * publisher sets a token once on any ancestor (or :root) and every element picks it up. Colours use
 * light-dark(), which follows `color-scheme`: by default the reader's preference, or whatever the
 * publisher forces with `--article-color-scheme: light | dark`.
 * (Constant strings through unsafeCSS, in a module of their own: the build minifies the CSS of
 * every other css`` literal, and a bare var() is not a stylesheet it can parse.)
 */
export const tokens = {
  serif: unsafeCSS(
    "var(--article-font-serif, Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif)",
  ),
  sans: unsafeCSS(
    "var(--article-font-sans, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif)",
  ),
  text: unsafeCSS('var(--article-color-text, light-dark(#1a1a1a, #ebe9e5))'),
  muted: unsafeCSS('var(--article-color-muted, light-dark(#5b5b5b, #aeaaa3))'),
  accent: unsafeCSS('var(--article-color-accent, light-dark(#a61d1d, #ff8f80))'),
  link: unsafeCSS('var(--article-color-link, light-dark(#0a4d8c, #94c7ff))'),
  rule: unsafeCSS('var(--article-color-rule, light-dark(#dcd8d0, #3b3936))'),
  surface: unsafeCSS('var(--article-color-surface, light-dark(#ffffff, #151515))'),
  raised: unsafeCSS('var(--article-color-raised, light-dark(#f6f4ef, #201f1d))'),
  measure: unsafeCSS('var(--article-measure, 38rem)'),
  bodySize: unsafeCSS('var(--article-font-size-body, clamp(1.0625rem, 1rem + 0.3vw, 1.1875rem))'),
  bodyLeading: unsafeCSS('var(--article-line-height-body, 1.6)'),
  space: unsafeCSS('var(--article-space, 1.5rem)'),
  radius: unsafeCSS('var(--article-radius, 0.75rem)'),
};
