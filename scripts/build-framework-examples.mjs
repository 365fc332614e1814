// Builds the framework examples (examples/react, examples/vue, examples/svelte) the way an app's bundler
// would: each example's main.ts(x) and everything it imports, article-elements included (resolved
// through this package's own exports, so `npm run build` must have run), into
// examples/<framework>/dist/main.js. Their index.html pages load that file, and tests/<framework>.test.ts
// import it. The React build also writes dist/test-kit.js: the example plus the React it runs on and the
// six wrappers, so a test can call React.createElement on the same React instance.
//
// .vue files go through Vue's own SFC compiler (vue/compiler-sfc) and .svelte files through Svelte's,
// as @vitejs/plugin-vue and @sveltejs/vite-plugin-svelte would do; esbuild does the rest.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { compile as compileSvelte } from 'svelte/compiler';
import { parse as parseVue, compileScript } from 'vue/compiler-sfc';

if (!existsSync('dist/react.js')) {
  console.error('build-framework-examples: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

/** The tags Vue's template compiler must leave to the browser (the same line goes in a Vite config). */
const isCustomElement = (tag) =>
  ['news-article', 'article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio'].includes(tag);

const vuePlugin = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, (args) => {
      const { descriptor, errors } = parseVue(readFileSync(args.path, 'utf8'), { filename: args.path });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e.message ?? e) })) };
      if (descriptor.styles.length)
        return { errors: [{ text: 'this small SFC plugin does not compile <style> blocks' }] };
      const id = createHash('sha256').update(relative('.', args.path)).digest('hex').slice(0, 8);
      const script = compileScript(descriptor, {
        id,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement } },
      });
      return { contents: script.content, loader: script.lang === 'ts' ? 'ts' : 'js', resolveDir: dirname(args.path) };
    });
  },
};

const sveltePlugin = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, (args) => {
      const { js, warnings } = compileSvelte(readFileSync(args.path, 'utf8'), {
        filename: basename(args.path),
        generate: 'client',
      });
      return {
        contents: js.code,
        loader: 'js',
        resolveDir: dirname(args.path),
        warnings: warnings.map((w) => ({ text: `${w.code}: ${w.message}` })),
      };
    });
  },
};

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  sourcemap: true,
  logLevel: 'warning',
  // What Vite defines for an app's production build.
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  plugins: [vuePlugin, sveltePlugin],
};

const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['examples/react/main.tsx'], outfile: 'examples/react/dist/main.js' }),
  build({
    ...common,
    stdin: {
      contents: [
        "export * from './examples/react/main.tsx';",
        "export { ArticlePage } from './examples/react/ArticlePage.tsx';",
        "export * as React from 'react';",
        "export { createRoot } from 'react-dom/client';",
        "export { flushSync } from 'react-dom';",
        "export * as wrappers from 'article-elements/react';",
      ].join('\n'),
      resolveDir: '.',
      sourcefile: 'react-test-kit.ts',
      loader: 'ts',
    },
    outfile: 'examples/react/dist/test-kit.js',
  }),
  build({ ...common, entryPoints: ['examples/vue/main.ts'], outfile: 'examples/vue/dist/main.js' }),
  build({ ...common, entryPoints: ['examples/svelte/main.ts'], outfile: 'examples/svelte/dist/main.js' }),
]);
console.log(`examples/{react,vue,svelte}/dist/: framework examples built (${Date.now() - started} ms)`);
