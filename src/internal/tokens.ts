import { unsafeCSS } from 'lit';

/**
 * Design tokens. Every value is read as `var(--article-…, fallback)` and never set on :host, so a
 * publisher sets a token once on any ancestor (or :root) and every element picks it up. Colours use
 * light-dark(), which follows `color-scheme`: by default the reader's preference, or whatever the
 * publisher forces with `--article-color-scheme: light | dark`. The font stacks pair a reading serif
 * with a newspaper's grotesque, from what each system ships: Charter (Apple), Sitka or Cambria
 * (Windows), Georgia, then Noto Serif or URW's Palatino (P052, Linux); Helvetica Neue, Nimbus Sans
 * (Linux), Liberation Sans or Arial, not the interface face (system-ui), which reads like app UI.
 * One export each, so that an element bundles only the tokens it reads.
 * (Constant strings through unsafeCSS, in a module of their own: the build minifies the CSS of
 * every other css`` literal, and a bare var() is not a stylesheet it can parse; hence written tight.)
 */
export const serif = /* @__PURE__ */ unsafeCSS(
  "var(--article-font-serif,Charter,'Bitstream Charter','Sitka Text',Cambria,Georgia,'Noto Serif','P052',serif)",
);
export const sans = /* @__PURE__ */ unsafeCSS(
  "var(--article-font-sans,'Helvetica Neue',Helvetica,'Nimbus Sans','Liberation Sans',Arial,sans-serif)",
);
export const text = /* @__PURE__ */ unsafeCSS('var(--article-color-text,light-dark(#1a1a1a,#ebe9e5))');
export const muted = /* @__PURE__ */ unsafeCSS('var(--article-color-muted,light-dark(#5b5b5b,#aeaaa3))');
export const accent = /* @__PURE__ */ unsafeCSS('var(--article-color-accent,light-dark(#a61d1d,#ff8f80))');
export const link = /* @__PURE__ */ unsafeCSS('var(--article-color-link,light-dark(#0a4d8c,#94c7ff))');
export const rule = /* @__PURE__ */ unsafeCSS('var(--article-color-rule,light-dark(#dcd8d0,#3b3936))');
export const surface = /* @__PURE__ */ unsafeCSS('var(--article-color-surface,light-dark(#fff,#151515))');
export const raised = /* @__PURE__ */ unsafeCSS('var(--article-color-raised,light-dark(#f6f4ef,#201f1d))');
export const measure = /* @__PURE__ */ unsafeCSS('var(--article-measure,38rem)');
export const bodySize = /* @__PURE__ */ unsafeCSS(
  'var(--article-font-size-body,clamp(1.0625rem,1rem + .3vw,1.1875rem))',
);
export const bodyLeading = /* @__PURE__ */ unsafeCSS('var(--article-line-height-body,1.6)');
export const space = /* @__PURE__ */ unsafeCSS('var(--article-space,1.5rem)');
export const radius = /* @__PURE__ */ unsafeCSS('var(--article-radius,.75rem)');
