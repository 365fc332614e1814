// npm run size-floor: how small the builds could get by trimming presentation alone. Rebuilds the
// script-tag bundle and measures the npm elements (as check-sizes does) with
//   1. every stylesheet emptied: each css`` literal, each design token and news-article's light-DOM
//      link rules become empty, and
//   2. that, and every English UI string (each msg() fallback) emptied too,
// and prints them beside the real sizes. Neither variant is a product: an unstyled library with no
// words is the floor that cutting CSS and text can reach. What is still over a budget at that floor
// can only be met by removing behaviour (see README, "Performance"). Run `npm run build` first.
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { BUDGETS, budgetedOver, elementSizes, ROOT, scriptTagSizes } from './bench/sizes.mjs';

const CSS = /\bcss\s*`(?:[^`\\]|\\.)*`/g;
const TOKEN = /\bunsafeCSS\(\s*(['"])(?:(?!\1)[^\\]|\\.)*\1\s*\)/g;
// news-article's light-DOM link rules (internal/light-styles.ts) are a plain string, not a css`` literal.
const LIGHT = /return\s*`:where\((?:[^`\\]|\\.)*`/g;
const MESSAGE = /\bmsg\(([^,()]+),\s*'(\w+)',\s*'(?:[^'\\]|\\.)*'/g;

/** The source text with its stylesheets (and, with `strings`, its English UI strings) emptied. */
function strip(code, strings) {
  let out = code.replace(CSS, 'css``').replace(TOKEN, "unsafeCSS('')").replace(LIGHT, "return ''");
  if (strings) out = out.replace(MESSAGE, "msg($1, '$2', ''");
  return out;
}

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

async function variant(name, strings) {
  const out = join(ROOT, '.tmp', `floor-${name}`);
  rmSync(out, { recursive: true, force: true });
  // The npm build, stripped file by file. Its own package.json keeps every module's side effects,
  // as the package's sideEffects list does for dist/.
  cpSync(join(ROOT, 'dist'), out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"type":"module","sideEffects":true}\n');
  for (const file of walk(out).filter((f) => f.endsWith('.js') && !/\/article-elements[^/]*\.js$/.test(f)))
    writeFileSync(file, strip(readFileSync(file, 'utf8'), strings));
  // The script-tag bundle, rebuilt by the project's Vite config from the stripped sources.
  const bundleDir = join(out, 'bundle');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    plugins: [
      {
        name: 'size-floor:strip',
        enforce: 'pre',
        transform: (code, id) => (/\/src\/.*\.ts$/.test(id) ? strip(code, strings) : null),
      },
    ],
    build: { outDir: bundleDir, emptyOutDir: true, sourcemap: false },
  });
  return { bundle: scriptTagSizes(bundleDir).total, npm: await elementSizes(out) };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const real = { bundle: scriptTagSizes().total, npm: await elementSizes() };
const noCss = await variant('no-css', false);
const bare = await variant('no-css-no-strings', true);
const rows = [
  ['dist/article-elements.js', BUDGETS.bundleGzip, (v) => v.bundle.gzip],
  ...real.npm.elements.map((e, i) => [
    e.composes ? `${e.tag}, above the five` : `${e.tag}, above Lit`,
    BUDGETS.elementOverLitGzip,
    (v) => budgetedOver(v.npm.elements[i]).gzip,
  ]),
];
console.log('| gzip | budget | as built | no CSS | no CSS, no UI text |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [label, budget, get] of rows) {
  const cell = (v) => `${kb(get(v))} ${get(v) <= budget ? '✅' : '❌'}`;
  console.log(`| ${label} | ${kb(budget)} | ${cell(real)} | ${cell(noCss)} | ${cell(bare)} |`);
}
