// npm run size-floor: floors under the size budgets, i.e. how small the builds could get by trimming
// presentation, then shared code. Rebuilds the script-tag bundle and measures the npm elements (as
// check-sizes does) with
//   1. every stylesheet emptied: each css`` literal, each design token and news-article's light-DOM
//      link rules become empty,
//   2. that, and every English UI string (each msg() fallback) emptied too,
//   3. that, and the code the elements share made free: the base class reduced to the four methods
//      the elements call (no server-DOM keeping, slot tracking, URL policy or warnings), the define
//      guard to customElements.define, and dates, times and lists through Intl alone (no English
//      formatter that spares ICU's start-up). What is left is each element's own code,
// and prints them beside the real sizes. No variant is a product: they are floors. What is still
// over a budget at the last one is over it because of what that element itself must do (see
// README, "Performance"). Run `npm run build` first.
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { BUDGETS, budgetedOver, elementSizes, ROOT, scriptTagSizes } from './bench/sizes.mjs';

const CSS = /\bcss\s*`(?:[^`\\]|\\.)*`/g;
const TOKEN = /\bunsafeCSS\(\s*(['"])(?:(?!\1)[^\\]|\\.)*\1\s*\)/g;
// news-article's light-DOM link rules (internal/light-styles.ts) are a plain string, not a css`` literal.
const LIGHT = /return\s*`:where\((?:[^`\\]|\\.)*`/g;
const MESSAGE = /\bmsg\(([^,()]+),\s*'(\w+)',\s*'(?:[^'\\]|\\.)*'/g;

// Variant 3's stand-ins for the shared code (valid as JavaScript and as TypeScript without checking).
const BARE_BASE = `import { LitElement } from 'lit';
export class ArticleElementBase extends LitElement {
  get locale() { return this.lang || 'en'; }
  slotted(name) { return this.querySelector('[slot="' + (name || '') + '"]') !== null; }
  safe(name, value) { return value; }
  warn(message) { console.warn(message); }
}
`;
const BARE_DEFINE =
  'export function defineElement(tag, ctor) { customElements.get(tag) || customElements.define(tag, ctor); }\n';
/** i18n with the English formatter taken out: every language through Intl. */
const intlOnly = (code) =>
  code
    .replace(/const american = [^;]*;/, '')
    .replace(/const MONTHS =[\s\S]*?split\(' '\);/, '')
    .replace(/if \(american\(lang\)\) \{[\s\S]*?\n\s*\}\n(\s*)const text/, '$1const text')
    .replace(/if \(american\(lang\)\) \{\s*const count[\s\S]*?\n\s*\}\n/, '')
    .replace('if (items.length < 2 || american(lang))', 'if (items.length < 2)');

/**
 * The source text (of `file`) with its stylesheets emptied; at level 2 its English UI strings too;
 * at level 3 the shared code replaced as described above.
 */
function strip(code, level, file) {
  if (level >= 3 && /internal\/base\.[jt]s$/.test(file)) return BARE_BASE;
  if (level >= 3 && /internal\/define\.[jt]s$/.test(file)) return BARE_DEFINE;
  let out = code.replace(CSS, 'css``').replace(TOKEN, "unsafeCSS('')").replace(LIGHT, "return ''");
  if (level >= 2) out = out.replace(MESSAGE, "msg($1, '$2', ''");
  if (level >= 3 && /internal\/i18n\.[jt]s$/.test(file)) {
    out = intlOnly(out);
    if (/american/.test(out)) throw new Error(`size-floor: the English formatter in ${file} was not taken out`);
  }
  return out;
}

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

async function variant(name, level) {
  const out = join(ROOT, '.tmp', `floor-${name}`);
  rmSync(out, { recursive: true, force: true });
  // The npm build, stripped file by file. Its own package.json keeps every module's side effects,
  // as the package's sideEffects list does for dist/.
  cpSync(join(ROOT, 'dist'), out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"type":"module","sideEffects":true}\n');
  for (const file of walk(out).filter((f) => f.endsWith('.js') && !/\/article-elements[^/]*\.js$/.test(f)))
    writeFileSync(file, strip(readFileSync(file, 'utf8'), level, file));
  // The script-tag bundle, rebuilt by the project's Vite config from the stripped sources.
  const bundleDir = join(out, 'bundle');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    plugins: [
      {
        name: 'size-floor:strip',
        enforce: 'pre',
        transform: (code, id) => (/\/src\/.*\.ts$/.test(id) ? strip(code, level, id) : null),
      },
    ],
    build: { outDir: bundleDir, emptyOutDir: true, sourcemap: false },
  });
  return { bundle: scriptTagSizes(bundleDir).total, npm: await elementSizes(out) };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const real = { bundle: scriptTagSizes().total, npm: await elementSizes() };
const noCss = await variant('no-css', 1);
const bare = await variant('no-css-no-strings', 2);
const own = await variant('own-code', 3);
const rows = [
  ['dist/article-elements.js', BUDGETS.bundleGzip, (v) => v.bundle.gzip],
  ...real.npm.elements.map((e, i) => [
    e.composes ? `${e.tag}, above the five` : `${e.tag}, above Lit`,
    BUDGETS.elementOverLitGzip,
    (v) => budgetedOver(v.npm.elements[i]).gzip,
  ]),
];
console.log('| gzip | budget | as built | no CSS | no CSS, no UI text | own code only |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [label, budget, get] of rows) {
  const cell = (v) => `${kb(get(v))} ${get(v) <= budget ? '✅' : '❌'}`;
  console.log(`| ${label} | ${kb(budget)} | ${cell(real)} | ${cell(noCss)} | ${cell(bare)} | ${cell(own)} |`);
}
