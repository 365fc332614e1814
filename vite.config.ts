import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { LITERAL_OPTIONS, minifyHTMLLiterals } from './scripts/minify-literals.mjs';

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

/** Block types whose code (template, normalizer, styles) loads the first time an article uses one. */
const LAZY_BLOCKS = ['list', 'table', 'code', 'callout', 'correction', 'link', 'video', 'embed', 'post', 'gallery'];

/**
 * In the bundle, the block registry (src/article/blocks/index.ts) gets a lazy stand-in for each of
 * LAZY_BLOCKS (see src/article/blocks/lazy.ts), which imports the real module when first needed;
 * the bundler makes that module a file of its own. Only imports made by index.ts are swapped.
 */
function lazyBlocks(): Plugin {
  const PREFIX = '\0article-elements:lazy-block:';
  return {
    name: 'article-elements:lazy-blocks',
    enforce: 'pre',
    resolveId(source, importer) {
      const type = /^\.\/([a-z-]+)\.js$/.exec(source)?.[1];
      if (type && LAZY_BLOCKS.includes(type) && importer?.endsWith('/src/article/blocks/index.ts'))
        return PREFIX + type;
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      // Only the spec is taken from the module (destructured), so the bundler leaves the rest of
      // its exports (the JSON Schema fragment, read only by the schema builder) out of the file.
      const type = id.slice(PREFIX.length);
      const dir = new URL('./src/article/blocks/', import.meta.url).pathname;
      // Only the spec is taken from the module, so that the bundler leaves its other exports (the
      // JSON Schema, for the validator) out of the lazily loaded file.
      return `import { lazyBlock } from ${JSON.stringify(`${dir}lazy.ts`)};
export const ${type} = /* @__PURE__ */ lazyBlock(${JSON.stringify(type)}, () => import(${JSON.stringify(`${dir}${type}.ts`)}).then(({ ${type}: spec }) => ({ ${type}: spec })));`;
    },
  };
}

/**
 * The modules the bundle's entry loads statically, to be kept in the entry file itself. Rolldown's
 * automatic chunking moved some of them (Lit and the design tokens, or another set as the block
 * files changed) into a shared file of their own, which the entry then imported: one more request
 * before anything renders, for code every page needs (rolldown issue 10731, "module already loaded
 * by the entry is emitted as a separate chunk"). A manual group that holds the entry module and its
 * static imports is the entry chunk; lazily loaded files import what they share from it.
 */
function entryClosure(entry: string) {
  let closure: Set<string> | undefined;
  // A group's `name` function: this group's name for a module of the closure, none for the others.
  return (id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => {
    if (!closure) {
      closure = new Set([entry]);
      for (const at of closure) for (const next of ctx.getModuleInfo(at)?.importedIds ?? []) closure.add(next);
    }
    return closure.has(id) ? 'article-elements' : null;
  };
}
const ENTRY = fileURLToPath(new URL('./src/define.ts', import.meta.url));

/**
 * The script-tag build: one self-contained ES module, dist/article-elements.js, that registers all
 * six elements with Lit inlined. Code most pages never run (DOMPurify for engines without the HTML
 * Sanitizer API, the live-post loader) is split into sibling files loaded on demand.
 * The npm build (one module per element, lit as a dependency) is plain `tsc`; see scripts/build.mjs.
 */
export default defineConfig({
  plugins: [minifyLiterals(), lazyBlocks()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: ENTRY,
      formats: ['es'],
      fileName: () => 'article-elements.js',
    },
    rolldownOptions: {
      // Lets the bundler put code shared by the bundle and its lazily loaded files in the bundle
      // itself (it is always loaded first), rather than in a chunk of its own that would cost the
      // page a second request before anything renders.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // A finished file: no bundler reads it again, so its /* @__PURE__ */ annotations are only bytes.
        comments: false,
        chunkFileNames: 'article-elements-[name]-[hash].js',
        codeSplitting: { groups: [{ name: entryClosure(ENTRY), debugName: 'entry and its static imports' }] },
      },
    },
  },
});
