// Server-rendering throughput in Node, run by scripts/bench.mjs in a child process (so nothing else
// shares its heap or event loop): imports the built dist/ssr/index.js, warms up, then renders the
// fixture back to back for about `seconds` per variant (a fragment, a whole document) and prints one
// JSON line.
//   node scripts/bench/ssr.mjs [seconds] [root: where dist/ and examples/ are, default the repository]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './sizes.mjs';

const seconds = Number(process.argv[2] ?? 3);
const root = process.argv[3] ?? ROOT;
const { renderArticle } = await import(pathToFileURL(join(root, 'dist', 'ssr', 'index.js')).href);
const article = JSON.parse(readFileSync(join(root, 'examples', 'the-corner.json'), 'utf8'));
const quiet = { onProblem() {} };

/** Renders back to back for `ms`; returns renders and elapsed time. */
async function timeWindow(options, ms) {
  let renders = 0;
  let bytes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    bytes = (await renderArticle(article, options)).length;
    renders++;
  }
  return { renders, ms: performance.now() - t0, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = {
  fragment: { ...quiet },
  document: { ...quiet, document: true, scriptSrc: '../dist/article-elements.js' },
};
// Warm-up (JIT, template caches, jsdom), then alternating half-second windows, `seconds` in all
// per variant. The median window is robust to other processes sharing the machine.
for (const options of Object.values(variants)) await timeWindow(options, 1000);
const windows = { fragment: [], document: [] };
for (let i = 0; i < seconds * 2; i++)
  for (const [name, options] of Object.entries(variants)) windows[name].push(await timeWindow(options, 500));
const result = {};
for (const [name, ws] of Object.entries(windows)) {
  const renders = ws.reduce((a, w) => a + w.renders, 0);
  const ms = ws.reduce((a, w) => a + w.ms, 0);
  const msEach = median(ws.map((w) => w.ms / w.renders));
  result[name] = {
    renders,
    ms,
    msEach,
    perSecond: 1000 / msEach,
    overallPerSecond: (renders * 1000) / ms,
    bytes: ws[0].bytes,
  };
}
console.log(JSON.stringify(result));
