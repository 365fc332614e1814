// npm run check-sizes: the size budgets of the Performance issue, checked on the built files (run
// `npm run build` first; CI runs it after the build). Exits 1 when any budget is exceeded.
//   - dist/article-elements.js (all six elements, Lit included, and whatever it imports statically):
//     at most 16 KB gzip (the aim is 12 KB)
//   - each element imported alone from npm (dist/<tag>.js bundled with Lit, as an app would):
//     at most 2 KB gzip above Lit's floor (one trivial LitElement bundled the same way).
//     news-article.js registers the five elements it composes; its budget applies to what it adds
//     above those five (all six minus the other five), and its total is printed beside it.
// Lazily loaded siblings (DOMPurify fallback, live-post loader, languages, JSON-LD) are printed, not budgeted.
//
// Two kinds of limit:
//   - the issue's budgets above (16 KB, Lit + 2 KB): printed as ok/OVER;
//   - size-limits.json: the sizes as measured now plus a small margin, so that nothing grows
//     unnoticed while the budgets are not met yet. These fail the run (exit 1); CI runs this after
//     the build. Lower a limit whenever a size goes down; raise one only with a reason in the commit.
//     `--update` rewrites the file from the current sizes (+2%).
// `--why` also lists where the script-tag bundle's bytes come from (by its source map).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  BUDGETS,
  budgetedOver,
  bundleComposition,
  elementSizes,
  groupComposition,
  scriptTagSizes,
} from './bench/sizes.mjs';

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const LIMITS_FILE = new URL('../size-limits.json', import.meta.url);
const limits = existsSync(LIMITS_FILE) ? JSON.parse(readFileSync(LIMITS_FILE, 'utf8')) : {};
const measured = {};
let failed = false;
let overBudget = 0;
/** Records `value` under `key` and says whether it is within size-limits.json (failing the run if not). */
const hold = (key, value) => {
  measured[key] = value;
  const held = limits[key] === undefined || value <= limits[key];
  if (!held) failed = true;
  return held;
};
const limitText = (key) => (limits[key] === undefined ? '      –' : kb(limits[key]).padStart(9));
const check = (label, value, limit, note = '') => {
  const key = label.split(' ')[0];
  const held = hold(key, value);
  if (value > limit) overBudget++;
  console.log(
    `${held ? (value <= limit ? 'ok  ' : 'OVER') : 'FAIL'} ${label.padEnd(52)} ${kb(value).padStart(9)} gzip  budget ${kb(limit).padStart(9)}  limit ${limitText(key)}${note ? `  ${note}` : ''}`,
  );
};

let bundle, npm;
try {
  bundle = scriptTagSizes();
  npm = await elementSizes();
} catch (error) {
  console.error(`check-sizes: ${error.message}`);
  process.exit(1);
}

check(
  'dist/article-elements.js (script tag, all six)',
  bundle.total.gzip,
  BUDGETS.bundleGzip,
  `(aim ${kb(BUDGETS.bundleGzipTarget)}; ${kb(bundle.total.min)} min)`,
);
// One request before anything renders: the entry imports nothing statically (see vite.config.ts,
// entryClosure, for the bundler behaviour this guards against).
if (bundle.eager.length > 1) {
  failed = true;
  console.log(
    `FAIL dist/article-elements.js imports ${bundle.eager
      .slice(1)
      .map((f) => f.file)
      .join(', ')} statically: one file is one request`,
  );
}
for (const l of bundle.lazy) {
  // Held to a limit too, by name without the content hash.
  const key = l.file.replace(/-[\w-]{8}\.js$/, '.js');
  const held = hold(key, l.gzip);
  console.log(
    `${held ? '    ' : 'FAIL'} ${`${l.file} (lazy, not budgeted)`.padEnd(52)} ${kb(l.gzip).padStart(9)} gzip  ${''.padStart(16)}  limit ${limitText(key)}`,
  );
}
console.log(`     ${"Lit's floor (one trivial LitElement)".padEnd(52)} ${kb(npm.lit.gzip).padStart(9)} gzip`);
for (const e of npm.elements) {
  if (e.composes) {
    check(
      `${e.tag} from npm, above the five it composes`,
      budgetedOver(e).gzip,
      BUDGETS.elementOverLitGzip,
      `(${kb(e.gzip)} with Lit and the five; Lit + ${kb(e.overLit.gzip)})`,
    );
  } else {
    check(
      `${e.tag} alone from npm, above Lit`,
      budgetedOver(e).gzip,
      BUDGETS.elementOverLitGzip,
      `(${kb(e.gzip)} with Lit)`,
    );
  }
}

if (process.argv.includes('--update')) {
  const next = Object.fromEntries(Object.entries(measured).map(([k, v]) => [k, Math.ceil((v * 1.02) / 10) * 10]));
  writeFileSync(LIMITS_FILE, `${JSON.stringify(next, null, 2)}\n`);
  console.log('size-limits.json: rewritten from the sizes above, +2%');
  failed = false;
}
console.log(
  failed
    ? '\ncheck-sizes: a size grew past its limit in size-limits.json (see FAIL above)'
    : `\ncheck-sizes: every size within size-limits.json; ${overBudget ? `${overBudget} still over the issue's budget (OVER)` : "all within the issue's budgets"}`,
);

if (process.argv.includes('--why') || failed) {
  const { total, unmapped, rows } = bundleComposition();
  console.log(`\nWhere the ${kb(total)} (minified) of dist/article-elements.js come from, by its source map:`);
  for (const g of groupComposition(rows)) console.log(`  ${kb(g.min).padStart(9)}  ${g.group}`);
  console.log(`  ${kb(unmapped).padStart(9)}  (not mapped to a source: bundler glue)`);
  if (process.argv.includes('--why')) {
    console.log('\nLargest source files:');
    for (const r of rows.slice(0, 20)) console.log(`  ${kb(r.min).padStart(9)}  ${r.source}`);
  }
}
process.exit(failed ? 1 : 0);
