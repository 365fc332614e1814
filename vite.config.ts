import { defineConfig } from 'vite';

/**
 * The script-tag build: one self-contained ES module, dist/article-elements.js, that registers all
 * six elements with Lit inlined. Code most pages never run (DOMPurify for engines without the HTML
 * Sanitizer API, the live-post loader) is split into sibling files loaded on demand.
 * The npm build (one module per element, lit as a dependency) is plain `tsc`; see scripts/build.mjs.
 */
export default defineConfig({
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
        chunkFileNames: 'article-elements-[name]-[hash].js',
      },
    },
  },
});
