// Bundle sizes, shared by scripts/bench.mjs and scripts/check-sizes.mjs. Works on the built files
// (run `npm run build` first):
//   - the script-tag bundle dist/article-elements.js with everything it imports statically, and
//     each lazily loaded sibling separately;
//   - each element imported alone from npm (dist/<tag>.js), bundled with Lit by esbuild the way an
//     app's bundler would (minified, production Lit, dynamic imports split off and not counted),
//     against Lit's floor: one trivial LitElement bundled the same way.
// Compression: gzip level 9 and brotli quality 11, as scripts/sizes.mjs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TAGS = ['article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio', 'news-article'];
export const KB = 1024;
export const BUDGETS = {
  /** dist/article-elements.js and its static imports, gzip. */
  bundleGzip: 16 * KB,
  /** What the issue aims for. */
  bundleGzipTarget: 12 * KB,
  /** Each element alone, gzip, above Lit's floor. */
  elementOverLitGzip: 2 * KB,
};

const LIT_FLOOR = `import { LitElement, html, css } from 'lit';
customElements.define('lit-floor', class extends LitElement {
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<slot></slot>\`; }
});`;

export function measure(buf) {
  const bytes = typeof buf === 'string' ? Buffer.from(buf) : buf;
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (parts) =>
  parts.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });

/** Relative module specifiers imported statically (`import … from "./x"`, `import "./x"`), not `import("./x")`. */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g))
    found.add(m[1]);
  return [...found];
}

/** The script-tag bundle: the entry with everything it loads before running, and the lazy siblings. */
export function scriptTagSizes(dir = join(ROOT, 'dist')) {
  const entry = join(dir, 'article-elements.js');
  if (!existsSync(entry)) throw new Error(`${relative(dirname(dir), entry)} is missing: run \`npm run build\` first`);
  const eager = new Set();
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) visit(join(dirname(file), spec));
  };
  visit(entry);
  const files = [...eager].map((f) => ({ file: relative(dirname(dir), f), ...measure(readFileSync(f)) }));
  const lazy = readdirSync(dir)
    .filter((f) => /^article-elements-.*\.js$/.test(f) && !eager.has(join(dir, f)))
    .map((f) => ({ file: `dist/${f}`, ...measure(readFileSync(join(dir, f))) }));
  // One file is what a browser downloads; when there are several, gzip of each is summed.
  return { eager: files, total: files.length === 1 ? { ...files[0] } : { file: 'eager total', ...sum(files) }, lazy };
}

/** Bundles one entry (a path, or source text) with Lit as an app's bundler would; static code only. */
async function bundleAlone(entry, resolveDir = ROOT) {
  const stdin = entry.includes('\n') ? { contents: entry, resolveDir, loader: 'js' } : undefined;
  const result = await build({
    ...(stdin ? { stdin } : { entryPoints: [entry] }),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    outdir: join(ROOT, '.tmp', 'size'),
    metafile: true,
    logLevel: 'silent',
  });
  const byPath = new Map(result.outputFiles.map((f) => [relative(ROOT, f.path), f.contents]));
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find(
    (o) => outputs[o].entryPoint !== undefined || (stdin && o.endsWith('stdin.js')),
  );
  const eager = new Set();
  const visit = (o) => {
    if (eager.has(o)) return;
    eager.add(o);
    for (const imp of outputs[o].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entryOut);
  const code = Buffer.concat([...eager].map((o) => Buffer.from(byPath.get(o))));
  return {
    ...measure(code),
    lazyChunks: Object.keys(outputs).filter((o) => !eager.has(o) && o.endsWith('.js')).length,
  };
}

/**
 * Each element alone from the npm build, and Lit's floor. `<news-article>` registers the five
 * elements it composes (one import shows an article), so its own cost is also given as the increment
 * over those five: what the composing element itself adds.
 */
export async function elementSizes(dir = join(ROOT, 'dist')) {
  const lit = await bundleAlone(LIT_FLOOR);
  const elements = [];
  for (const tag of TAGS) {
    const file = join(dir, `${tag}.js`);
    if (!existsSync(file)) throw new Error(`${relative(dirname(dir), file)} is missing: run \`npm run build\` first`);
    const size = await bundleAlone(file);
    elements.push({
      tag,
      ...size,
      overLit: { min: size.min - lit.min, gzip: size.gzip - lit.gzip, brotli: size.brotli - lit.brotli },
    });
  }
  const all = await bundleAlone(join(dir, 'define.js'));
  const parts = await bundleAlone(
    `${TAGS.filter((t) => t !== 'news-article')
      .map((t) => `import './${t}.js';`)
      .join('\n')}\n`,
    dir,
  );
  const article = elements.find((e) => e.tag === 'news-article');
  const composes = /\bimport\s*["']\.\/(article-header|photo-figure|pull-quote|tweet-embed|author-bio)\.js["']/.test(
    readFileSync(join(dir, 'news-article.js'), 'utf8'),
  );
  if (composes) {
    article.composes = true;
    article.parts = parts;
    article.own = {
      min: article.min - parts.min,
      gzip: article.gzip - parts.gzip,
      brotli: article.brotli - parts.brotli,
    };
  }
  return { lit, elements, all, parts };
}

/** The number the per-element budget applies to: above Lit, or for a composing element, above what it composes. */
export const budgetedOver = (e) => (e.composes ? e.own : e.overLit);

// --- where the bytes of the script-tag bundle come from (its source map) ---

const B64 = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const d = B64[c];
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Minified bytes of dist/article-elements.js per original source file, from its source map: each
 * mapped segment runs to the next one. Names under node_modules are grouped per package file.
 */
export function bundleComposition(file = join(ROOT, 'dist', 'article-elements.js')) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const bytes = new Map();
  let source = 0;
  let unmapped = 0;
  map.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    const segs = line ? line.split(',').map(decodeVlq) : [];
    let col = 0;
    let prev = { col: 0, source: -1 };
    if (!segs.length) unmapped += Buffer.byteLength(text);
    for (const s of segs) {
      col += s[0];
      if (prev.source >= 0)
        bytes.set(prev.source, (bytes.get(prev.source) ?? 0) + Buffer.byteLength(text.slice(prev.col, col)));
      else unmapped += Buffer.byteLength(text.slice(prev.col, col));
      if (s.length > 1) source += s[1];
      prev = { col, source: s.length > 1 ? source : -1 };
    }
    if (segs.length) {
      if (prev.source >= 0)
        bytes.set(prev.source, (bytes.get(prev.source) ?? 0) + Buffer.byteLength(text.slice(prev.col)));
      else unmapped += Buffer.byteLength(text.slice(prev.col));
    }
  });
  const name = (i) =>
    map.sources[i]
      .replace(/^(\.\.\/)+/, '')
      .replace(/^.*node_modules\//, '')
      .replace(/^src\//, 'src/');
  const rows = [...bytes].map(([i, n]) => ({ source: name(i), min: n })).sort((a, b) => b.min - a.min);
  return { total: Buffer.byteLength(code), unmapped, rows };
}

/** The same grouped: Lit (lit-html, reactive-element, lit-element, directives), each src folder. */
export function groupComposition(rows) {
  const groups = new Map();
  for (const r of rows) {
    const key = /^(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(r.source)
      ? 'Lit (lit-html, @lit/reactive-element, lit-element)'
      : r.source.startsWith('src/')
        ? r.source
            .split('/')
            .slice(0, r.source.startsWith('src/components/') ? 3 : 2)
            .join('/')
        : r.source;
    groups.set(key, (groups.get(key) ?? 0) + r.min);
  }
  return [...groups].map(([group, min]) => ({ group, min })).sort((a, b) => b.min - a.min);
}
