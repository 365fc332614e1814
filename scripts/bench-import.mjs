// Import benchmark: imports every page of a corpus folder (pages/<name>/source.html, with
// Readability's expected.html and expected-metadata.json beside it) and prints, per page and in
// total, how much of Readability's article the importer keeps. Readability is a reference, not the
// truth: read the pages where the two disagree.
//
//   node scripts/bench-import.mjs ../shared/corpus/pages [--markdown] [--worst 10]
//
// The importer is bundled from src/ with esbuild first, so the numbers are for the source as it is.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const markdown = args.includes('--markdown');
const worstAt = args.indexOf('--worst');
const worstCount = worstAt >= 0 ? Number(args[worstAt + 1] ?? 10) : 10;
if (!folder || !existsSync(folder)) {
  console.error('usage: node scripts/bench-import.mjs <corpus pages folder> [--markdown] [--worst N]');
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const entry = join(work, 'entry.mjs');
writeFileSync(entry, `export { importArticle } from ${JSON.stringify(join(root, 'src/import/index.ts'))};\n`);
const bundle = join(work, 'import.mjs');
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'error',
});
const { importArticle } = await import(bundle);
// What `article-elements validate` runs (JSON Schema and the normalizer's rules), from the build.
const { validateArticle } = await import(join(root, 'dist/ssr/validate.js'));

/** Words for comparing: letters and digits, lower case; each CJK character a word of its own. */
const words = (text) =>
  (text ?? '')
    .toLowerCase()
    .replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, ' $1 ')
    .match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
const htmlText = (html) =>
  html
    ? parseHTML(`<!doctype html><html><body>${html.replace(/<br>/g, ' <br>')}</body></html>`).document.body.textContent
    : '';
const squash = (s) => words(s).join(' ');

/** Every word the article shows (not the headline, which Readability keeps apart). */
function articleText(a) {
  const parts = [];
  const photo = (p) => p && parts.push(p.caption, p.credit);
  photo(a.image);
  const items = (list) =>
    list.forEach((i) =>
      typeof i === 'string' ? parts.push(htmlText(i)) : (parts.push(htmlText(i.html)), items(i.items)),
    );
  for (const b of a.body) {
    if (b.html) parts.push(htmlText(b.html));
    if (b.text) parts.push(b.text);
    if (b.type === 'image') photo(b);
    if (b.type === 'gallery') {
      b.images.forEach(photo);
      parts.push(b.caption, b.credit);
    }
    if (b.type === 'list') items(b.items);
    if (b.type === 'table') {
      for (const c of [...(b.head ?? []), ...b.rows].flat()) parts.push(htmlText(c));
      parts.push(b.caption);
    }
    if (b.type === 'pullquote') parts.push(b.attribution);
    if (b.type === 'blockquote') parts.push(b.source?.name);
    if (b.type === 'tweet' || b.type === 'post') parts.push(b.author?.name);
    if (b.type === 'video' || b.type === 'embed') parts.push(b.title, b.caption, b.credit);
    if (b.type === 'link') parts.push(b.headline);
  }
  return parts.filter(Boolean).join(' ');
}

function overlap(expected, got) {
  const counts = new Map();
  for (const w of expected) counts.set(w, (counts.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of got) {
    const n = counts.get(w);
    if (n) {
      hit++;
      counts.set(w, n - 1);
    }
  }
  return hit;
}

/** An image's file name without the CMS's size suffix: the same photo at two sizes matches. */
const fileKey = (src) => {
  let path = src ?? '';
  try {
    path = new URL(src, 'http://x.invalid/').pathname;
  } catch {}
  return decodeURIComponent(path.split('/').pop() ?? '')
    .toLowerCase()
    .replace(/\.(?:jpe?g|png|gif|webp|avif|svg)$/, '')
    .replace(/[-_](?:\d+x\d+|scaled|\d{2,4}w?)$/, '');
};

const countItems = (list) => list.reduce((n, i) => n + 1 + (typeof i === 'string' ? 0 : countItems(i.items)), 0);
const isDataTable = (t) =>
  !t.querySelector('table') &&
  t.querySelectorAll('tr').length >= 2 &&
  Math.max(...Array.from(t.querySelectorAll('tr'), (r) => r.children.length)) >= 2;

const EMBEDS_IN_PAGE =
  'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.bluesky-embed, blockquote.tiktok-embed, blockquote.mastodon-embed, amp-twitter, amp-youtube, amp-vimeo, ' +
  'iframe[src*="youtube"], iframe[src*="vimeo"], iframe[data-src*="youtube"], iframe[data-src*="vimeo"]';

const pages = readdirSync(folder)
  .filter((n) => existsSync(join(folder, n, 'source.html')))
  .sort();
const rows = [];
for (const name of pages) {
  const dir = join(folder, name);
  const source = readFileSync(join(dir, 'source.html'), 'utf8');
  const expectedHtml = existsSync(join(dir, 'expected.html')) ? readFileSync(join(dir, 'expected.html'), 'utf8') : '';
  const meta = existsSync(join(dir, 'expected-metadata.json'))
    ? JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8'))
    : {};
  const t0 = performance.now();
  const result = importArticle(source);
  const ms = performance.now() - t0;
  const a = result.article ?? { headline: '', body: [] };
  const exp = parseHTML(`<!doctype html><html><body>${expectedHtml.replace(/<br\b/g, ' <br')}</body></html>`).document;
  const expWords = words(exp.body.textContent);
  const gotWords = words(articleText(a));
  const hit = overlap(expWords, gotWords);
  const expImgs = new Set(
    Array.from(exp.querySelectorAll('img'), (i) => i.getAttribute('src'))
      .filter((s) => s && !/^data:/.test(s))
      .map(fileKey),
  );
  const mine = [
    a.image,
    ...a.body.flatMap((b) => (b.type === 'image' ? [b] : b.type === 'gallery' ? b.images : b.poster ? [b.poster] : [])),
  ]
    .filter(Boolean)
    .map((p) => fileKey(p.src));
  const photosKept = [...expImgs].filter((k) => mine.includes(k)).length;
  const expItems = exp.querySelectorAll('li').length;
  const myItems = a.body.reduce((n, b) => n + (b.type === 'list' ? countItems(b.items) : 0), 0);
  const expTables = Array.from(exp.querySelectorAll('table')).filter(isDataTable).length;
  const myTables = a.body.filter((b) => b.type === 'table').length;
  const src = parseHTML(source).document;
  const embedsInPage = src.querySelectorAll(EMBEDS_IN_PAGE).length;
  const embedsFound = a.body.filter((b) => ['tweet', 'post', 'video'].includes(b.type)).length;
  const errors = result.article
    ? validateArticle(result.article).filter((p) => p.severity === 'error')
    : [{ message: 'no article' }];
  const titleOk = meta.title
    ? (() => {
        const x = squash(meta.title),
          y = squash(a.headline);
        return !!y && (x === y || x.includes(y) || y.includes(x));
      })()
    : undefined;
  const byline = squash(meta.byline ?? '');
  const names = (a.authors ?? []).map((p) => squash(p.name)).filter(Boolean);
  const bylineOk = !byline
    ? names.length
      ? '+'
      : '='
    : !names.length
      ? '-'
      : names.every((n) => byline.includes(n)) ||
          byline.includes(names.join(' ')) ||
          names.some((n) => n.includes(byline))
        ? '='
        : 'x';
  rows.push({
    name,
    recall: expWords.length ? hit / expWords.length : 1,
    precision: gotWords.length ? hit / gotWords.length : expWords.length ? 0 : 1,
    expWords: expWords.length,
    gotWords: gotWords.length,
    photos: [photosKept, expImgs.size],
    items: [Math.min(myItems, expItems), expItems],
    tables: [Math.min(myTables, expTables), expTables],
    embeds: [embedsFound, embedsInPage],
    titleOk,
    bylineOk,
    valid: errors.length === 0,
    errors,
    ms,
  });
}

const pct = (x) => (x * 100).toFixed(1).padStart(5) + '%';
const frac = ([a, b]) => (b ? `${a}/${b}` : '-');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sum = (key) => rows.reduce((acc, r) => [acc[0] + r[key][0], acc[1] + r[key][1]], [0, 0]);

// Process start included: a fresh node imports the bundle and one page (the largest three).
const largest = [...pages]
  .map((n) => [n, readFileSync(join(folder, n, 'source.html')).length])
  .sort((a, b) => b[1] - a[1])
  .slice(0, 3);
const cold = largest.map(([n]) => {
  const file = resolve(folder, n, 'source.html');
  const t = performance.now();
  const run = spawnSync(process.execPath, [
    '--input-type=module',
    '-e',
    `import { importArticle } from ${JSON.stringify(bundle)}; import { readFileSync } from 'node:fs'; importArticle(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ]);
  if (run.status !== 0) console.error(run.stderr.toString());
  return [n, performance.now() - t];
});
rmSync(work, { recursive: true, force: true });

const header = [
  'page',
  'recall',
  'precision',
  'words',
  'photos',
  'list items',
  'tables',
  'posts+videos',
  'title',
  'byline',
  'valid',
  'ms',
];
const line = (r) => [
  r.name,
  pct(r.recall),
  pct(r.precision),
  `${r.gotWords}/${r.expWords}`,
  frac(r.photos),
  frac(r.items),
  frac(r.tables),
  frac(r.embeds),
  r.titleOk === undefined ? '-' : r.titleOk ? 'yes' : 'no',
  r.bylineOk,
  r.valid ? 'yes' : `NO (${r.errors.length})`,
  r.ms.toFixed(0),
];
const ratio = ([a, b]) => (b ? `${((a / b) * 100).toFixed(1)}% (${a}/${b})` : '-');
const totals = {
  pages: rows.length,
  'median recall': pct(median(rows.map((r) => r.recall))).trim(),
  'median precision': pct(median(rows.map((r) => r.precision))).trim(),
  'mean recall': pct(rows.reduce((a, r) => a + r.recall, 0) / rows.length).trim(),
  'mean precision': pct(rows.reduce((a, r) => a + r.precision, 0) / rows.length).trim(),
  'photos kept': ratio(sum('photos')),
  'list items kept': ratio(sum('items')),
  'data tables kept': ratio(sum('tables')),
  'posts and videos recognised (found / embed codes in the page)': `${sum('embeds')[0]} / ${sum('embeds')[1]}`,
  'titles agree': `${rows.filter((r) => r.titleOk).length}/${rows.filter((r) => r.titleOk !== undefined).length}`,
  'bylines agree (= same or both none; - missed; + only ours; x differ)': ['=', '-', '+', 'x']
    .map((k) => `${k} ${rows.filter((r) => r.bylineOk === k).length}`)
    .join(', '),
  'valid (article-elements validate: no errors)': `${rows.filter((r) => r.valid).length}/${rows.length}`,
  'import time, median / max (ms)': `${median(rows.map((r) => r.ms)).toFixed(0)} / ${Math.max(...rows.map((r) => r.ms)).toFixed(0)}`,
  'with process start, largest pages (ms)': cold.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', '),
};
const worst = [...rows].sort((a, b) => a.recall + a.precision - (b.recall + b.precision)).slice(0, worstCount);

if (markdown) {
  console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const r of rows) console.log(`| ${line(r).join(' | ')} |`);
  console.log('\n| total | |\n| --- | --- |');
  for (const [k, v] of Object.entries(totals)) console.log(`| ${k} | ${v} |`);
} else {
  const all = [header, ...rows.map(line)];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  for (const r of all) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  console.log('');
  for (const [k, v] of Object.entries(totals)) console.log(`${k}: ${v}`);
}
console.log(`\nworst ${worstCount} (recall + precision):`);
for (const r of worst)
  console.log(
    `  ${r.name}: recall ${pct(r.recall).trim()}, precision ${pct(r.precision).trim()}${r.valid ? '' : `, errors: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`}`,
  );
const invalid = rows.filter((r) => !r.valid);
for (const r of invalid)
  console.log(`invalid: ${r.name}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
