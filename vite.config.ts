import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { LITERAL_OPTIONS } from './scripts/minify-literals.mjs';

/** Minifies our css`` and html`` literals, as scripts/minify-literals.mjs does for the npm build. */
function minifyLiterals(): Plugin {
  return {
    name: 'article-elements:minify-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      return minifyHTMLLiterals(code, { fileName: id, ...LITERAL_OPTIONS });
    },
  };
}

/**
 * The script-tag build: one self-contained ES module, dist/article-elements.js, that registers all
 * six elements with Lit inlined. Code most pages never run (DOMPurify for engines without the HTML
 * Sanitizer API, the live-post loader) is split into sibling files loaded on demand.
 * The npm build (one module per element, lit as a dependency) is plain `tsc`; see scripts/build.mjs.
 */
export default defineConfig({
  plugins: [minifyLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'article-elements.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        // A finished file: no bundler reads it again, so its /* @__PURE__ */ annotations are only bytes.
        comments: false,
        chunkFileNames: 'article-elements-[name]-[hash].js',
      },
    },
  },
});
