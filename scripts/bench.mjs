// npm run bench: the performance benchmark of the Performance issue. Builds, serves the repository on
// loopback (gzip, as production), drives the system Chromium and prints one Markdown report:
//   - bundle bytes (min, gzip, brotli): the script-tag bundle, lazy siblings, each element alone
//   - CLS per page and width, also with images arriving 1.5 s late and with images failing (404)
//   - LCP of each way to ship the article vs the same article as plain static HTML, CPU 4x slower,
//     median of alternating runs, fresh browser context each run; and where the time goes
//   - render time for 1, 10, 100 articles and 1,000 pull quotes
//   - server-rendering throughput in Node
//   - requests to other origins, over every page load of the run
//   - Lighthouse performance score of the example page (default mobile settings)
// Timing figures live here, never in tests; `npm run check-sizes` is the CI check for sizes.
//
// Options: --runs=N (LCP runs per page, default 21: at least 9 for the issue, and more for a steadier
// median on a shared VM), --render-runs=N (default 5), --lcp-widths=375,1280 (default 375),
// --lighthouse-runs=N (default 3; 0 skips),
// --no-build (use dist/ as it is), --quick (3 runs of everything, for trying the script out).
// Progress goes to stderr; the report to stdout, and also to .tmp/bench.md (+ .tmp/bench.json).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { findChrome, CHROME_ARGS } from './chrome.mjs';
import { Bench } from './bench/browser.mjs';
import { writeBenchPages } from './bench/pages.mjs';
import {
  BUDGETS,
  ROOT,
  budgetedOver,
  bundleComposition,
  elementSizes,
  groupComposition,
  scriptTagSizes,
} from './bench/sizes.mjs';

process.chdir(ROOT);
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.split('=')[1] : fallback;
};
const quick = process.argv.includes('--quick');
const RUNS = Number(arg('runs', quick ? 3 : 21));
const RENDER_RUNS = Number(arg('render-runs', quick ? 3 : 5));
const LH_RUNS = Number(arg('lighthouse-runs', quick ? 1 : 3));
const LCP_WIDTHS = arg('lcp-widths', '375').split(',').map(Number);
const IMAGE_DELAY = 1500;
const CPU = 4;
const log = (...a) => console.error('bench:', ...a);

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const quantile = (xs, q) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.round(q * (v.length - 1)))] : undefined;
};
const ms = (x) => (x === undefined ? '–' : `${Math.round(x)}`);
/**
 * 95% bootstrap interval of median(a) / median(b): each page's runs resampled with replacement, 2,000
 * times, with a fixed seed so a report can be reproduced from its runs. It says whether a ratio near
 * its budget is told apart from the machine's noise, not only which side of the line the median fell.
 */
const ratioInterval = (a, b) => {
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const ratios = Array.from({ length: 2000 }, () => median(resample(a)) / median(resample(b)));
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
};
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const yes = (ok) => (ok ? '✅' : '❌');

// --- machine ---------------------------------------------------------------------------------------
const cpuModel = (() => {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8')
      .match(/^model name\s*:\s*(.+)$/m)?.[1]
      .trim();
  } catch {
    return cpus()[0]?.model;
  }
})();
const loadBefore = loadavg()[0];

// --- build -----------------------------------------------------------------------------------------
if (!process.argv.includes('--no-build')) {
  log('building (npm run build)…');
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
}
writeBenchPages();

// Other work in this tree may rebuild dist/ (the build starts by deleting it) while the bench runs:
// measure a private snapshot of what was just built, served from the same relative paths.
const SNAP = join(ROOT, '.tmp', 'bench-root');
rmSync(SNAP, { recursive: true, force: true });
for (const dir of ['dist', 'examples']) cpSync(join(ROOT, dir), join(SNAP, dir), { recursive: true });
// The package's own package.json beside them: "type": "module" for Node, and "sideEffects", whose
// paths are relative to it, for the bundler that measures each element. node_modules is found above.
cpSync(join(ROOT, 'package.json'), join(SNAP, 'package.json'));
for (const f of ['dist/article-elements.js', 'dist/ssr/index.js', 'examples/ssr.html', 'examples/static.html']) {
  if (!existsSync(join(SNAP, f)))
    throw new Error(`${f} is missing: the build did not finish (or another one deleted it); run again`);
}

// --- sizes -----------------------------------------------------------------------------------------
log('measuring bundle sizes…');
const tag = scriptTagSizes(join(SNAP, 'dist'));
const npm = await elementSizes(join(SNAP, 'dist'));
const composition = bundleComposition(join(SNAP, 'dist', 'article-elements.js'));

// --- server rendering (alone on the machine: before the browser starts) -----------------------------
log('server-rendering throughput (about 7 s)…');
const ssr = JSON.parse(
  execFileSync('node', ['scripts/bench/ssr.mjs', '3', SNAP], { encoding: 'utf8', stdio: ['ignore', 'pipe', 2] })
    .trim()
    .split('\n')
    .pop(),
);

// --- pages -----------------------------------------------------------------------------------------
let imageDelay = 0;
const isImage = (url) => /\.(svg|png|jpe?g|webp|avif)(\?|$)/.test(url);
const server = await serve(SNAP, 0, { compress: true, delay: (url) => (imageDelay && isImage(url) ? imageDelay : 0) });
const origin = `http://127.0.0.1:${server.address().port}`;
const bench = new Bench(origin);
await bench.start();

// LCP: every page in turn (A, B, C, …, A, B, C, …), a fresh context per run, CPU 4x slower.
const LCP_PAGES = [
  { id: 'static', label: 'Static HTML, no script (`examples/static.html`)', path: 'examples/static.html' },
  {
    id: 'ssr',
    label: 'Server-rendered, bundle hydrates (`examples/ssr.html`)',
    path: 'examples/ssr.html',
    budget: 1.1,
  },
  {
    id: 'inline',
    label: 'Client-rendered, inline JSON (`examples/bench/inline.html`)',
    path: 'examples/bench/inline.html',
    budget: 1.5,
  },
  {
    id: 'template',
    label: 'Reference: bare template string, inline JSON (`examples/bench/template.html`)',
    path: 'examples/bench/template.html',
  },
  { id: 'src', label: '`<news-article src>` (`examples/bench/src.html`)', path: 'examples/bench/src.html', budget: 2 },
  {
    id: 'example',
    label: 'Example page: `src` + preloads (`examples/index.html`)',
    path: 'examples/index.html',
    budget: 2,
  },
];
const lcp = {};
for (const width of LCP_WIDTHS) {
  lcp[width] = Object.fromEntries(LCP_PAGES.map((p) => [p.id, []]));
  for (let round = 0; round < RUNS; round++) {
    log(`LCP at ${width} px, round ${round + 1}/${RUNS}`);
    for (const p of LCP_PAGES) lcp[width][p.id].push(await bench.load(p.path, { width, cpu: CPU }));
  }
}

// CLS: each page and width, images on time, 1.5 s late, and failing; after load, a settle period,
// a scroll to the bottom and back. CPU 4x slower, as for LCP.
const CLS_PAGES = [
  { id: 'example', label: 'Example page (`examples/index.html`)', path: 'examples/index.html' },
  { id: 'ssr', label: 'Server-rendered (`examples/ssr.html`)', path: 'examples/ssr.html' },
  {
    id: 'inline',
    label: 'Client-rendered, inline JSON (`examples/bench/inline.html`)',
    path: 'examples/bench/inline.html',
  },
];
const CONDITIONS = [
  { id: 'ok', label: 'images on time' },
  { id: 'late', label: `images ${IMAGE_DELAY / 1000} s late` },
  { id: 'fail', label: 'images fail (404)' },
];
const failImages = {
  match: (url) => isImage(url.href),
  handler: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
};
const cls = {};
for (const p of CLS_PAGES) {
  for (const c of CONDITIONS) {
    for (const width of [375, 1280]) {
      log(`CLS ${p.id} ${c.id} ${width} px`);
      imageDelay = c.id === 'late' ? IMAGE_DELAY : 0;
      const m = await bench.load(p.path, {
        width,
        cpu: CPU,
        settle: 1000,
        scroll: true,
        route: c.id === 'fail' ? failImages : undefined,
      });
      imageDelay = 0;
      cls[`${p.id} ${c.id} ${width}`] = m;
    }
  }
}

// Render time: N elements created with .article set, until every one has fired load, its parts have
// rendered and layout is done. No CPU throttling; median of RENDER_RUNS fresh contexts.
const RENDERS = [
  { id: 'a1', label: '1 article', path: 'examples/bench/articles.html?n=1', n: 1 },
  { id: 'a10', label: '10 articles', path: 'examples/bench/articles.html?n=10', n: 10 },
  { id: 'a100', label: '100 articles', path: 'examples/bench/articles.html?n=100', n: 100 },
  { id: 'q1000', label: '1,000 pull quotes', path: 'examples/bench/quotes.html?n=1000', n: 1000 },
];
const renders = Object.fromEntries(RENDERS.map((r) => [r.id, []]));
for (let round = 0; round < RENDER_RUNS; round++) {
  log(`render time, round ${round + 1}/${RENDER_RUNS}`);
  for (const r of RENDERS) renders[r.id].push(await bench.timed(r.path));
}
const chromium = bench.version;
await bench.close();

// Lighthouse, default (mobile, simulated throttling) settings, on the example page.
const lighthouseRuns = [];
/** The LCP element (absent when Lighthouse cannot name a node in a shadow root) and LCP phases. */
const lcpTables = (audits) => {
  const tables = audits['largest-contentful-paint-element']?.details?.items ?? [];
  const element = tables.find((t) => t.items?.[0]?.node)?.items[0].node;
  const phases = tables.find((t) => t.items?.[0]?.phase)?.items ?? [];
  return {
    element: element ? (element.snippet ?? element.nodeLabel) : 'not named (in a shadow root)',
    phases: phases.map((x) => `${x.phase} ${Math.round(x.timing)} ms`).join(', '),
  };
};
if (LH_RUNS > 0) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: findChrome(),
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
  });
  try {
    for (let i = 0; i < LH_RUNS; i++) {
      log(`Lighthouse ${i + 1}/${LH_RUNS}`);
      const { lhr } = await lighthouse(`${origin}/examples/index.html`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const a = lhr.audits;
      const urls = (a['network-requests']?.details?.items ?? []).map((r) => r.url);
      lighthouseRuns.push({
        version: lhr.lighthouseVersion,
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        si: a['speed-index'].numericValue,
        lcpElement: lcpTables(a).element,
        lcpPhases: lcpTables(a).phases,
        longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({
          url: t.url,
          duration: t.duration,
          start: t.startTime,
        })),
        foreign: urls.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(u)),
      });
    }
  } finally {
    await chrome.kill();
  }
}
server.close();

// --- report ----------------------------------------------------------------------------------------
const out = [];
const p = (line = '') => out.push(line);
const now = new Date();
const budgets = [];
const budget = (name, ok, detail) => budgets.push({ name, ok, detail });

p('## Performance benchmark');
p();
p(
  `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${chromium ? `Chromium ${chromium}` : 'Chromium'} (headless) · ${cpuModel} · ${cpus().length} cores · Node ${process.versions.node} · load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end · \`npm run bench\``,
);
p();

p('### Bundle size');
p();
p('| file | min | gzip | brotli | budget (gzip) | holds |');
p('| --- | ---: | ---: | ---: | --- | :---: |');
const bundleOk = tag.total.gzip <= BUDGETS.bundleGzip;
budget('Script-tag bundle ≤ 16 KB gzip', bundleOk, `${kb(tag.total.gzip)} (aim 12 KB)`);
p(
  `| \`dist/article-elements.js\`: script tag, all six elements, Lit included | ${kb(tag.total.min)} | **${kb(tag.total.gzip)}** | ${kb(tag.total.brotli)} | ≤ 16 KB (aim 12 KB) | ${yes(bundleOk)} |`,
);
for (const l of tag.lazy)
  p(`| \`${l.file}\`, lazy | ${kb(l.min)} | ${kb(l.gzip)} | ${kb(l.brotli)} | counted separately | |`);
p(
  `| Lit's floor: one trivial LitElement, bundled | ${kb(npm.lit.min)} | ${kb(npm.lit.gzip)} | ${kb(npm.lit.brotli)} | | |`,
);
for (const e of npm.elements) {
  const over = budgetedOver(e).gzip;
  const ok = over <= BUDGETS.elementOverLitGzip;
  if (e.composes) {
    budget(`\`<${e.tag}>\` ≤ the five it composes + 2 KB gzip`, ok, `+ ${kb(over)}`);
    p(
      `| \`<${e.tag}>\` from npm, with Lit and the five elements it registers | ${kb(e.min)} | ${kb(e.gzip)} | ${kb(e.brotli)} | the five + **${kb(over)}** (≤ + 2 KB); Lit + ${kb(e.overLit.gzip)} in all | ${yes(ok)} |`,
    );
  } else {
    budget(`\`<${e.tag}>\` alone ≤ Lit + 2 KB gzip`, ok, `Lit + ${kb(over)}`);
    p(
      `| \`<${e.tag}>\` alone from npm, with Lit | ${kb(e.min)} | ${kb(e.gzip)} | ${kb(e.brotli)} | Lit + **${kb(over)}** (≤ Lit + 2 KB) | ${yes(ok)} |`,
    );
  }
}
p(
  `| all six from npm (\`define.js\`), with Lit | ${kb(npm.all.min)} | ${kb(npm.all.gzip)} | ${kb(npm.all.brotli)} | | |`,
);
p();
p(
  `Where the script-tag bundle's ${kb(composition.total)} (minified) come from, by its source map: ${groupComposition(
    composition.rows,
  )
    .map((g) => `${g.group.replace(/ \(.*\)/, '')} ${kb(g.min)}`)
    .join(' · ')} · bundler glue ${kb(composition.unmapped)}.`,
);
p();

p(`### Layout shift (CLS), CPU ${CPU}x slower, after load + 1 s + scroll to the bottom and back`);
p();
p('| page | images | 375 px | 1280 px | holds |');
p('| --- | --- | ---: | ---: | :---: |');
const shiftNotes = [];
for (const pg of CLS_PAGES) {
  for (const c of CONDITIONS) {
    const a = cls[`${pg.id} ${c.id} 375`];
    const b = cls[`${pg.id} ${c.id} 1280`];
    const ok = a.cls < 0.0005 && b.cls < 0.0005;
    if (pg.id !== 'inline') budget(`CLS 0.000: ${pg.id}, ${c.label}`, ok, `${a.cls.toFixed(3)} / ${b.cls.toFixed(3)}`);
    p(`| ${pg.label} | ${c.label} | ${a.cls.toFixed(3)} | ${b.cls.toFixed(3)} | ${yes(ok)} |`);
    for (const [w, m] of [
      [375, a],
      [1280, b],
    ]) {
      for (const s of m.shifts)
        shiftNotes.push(
          `${pg.id}, ${c.label}, ${w} px: ${s.value.toFixed(4)} at ${Math.round(s.time)} ms: ${s.sources.join('; ')}`,
        );
    }
  }
}
p();
if (shiftNotes.length) {
  p('Shifts seen:');
  for (const n of shiftNotes.slice(0, 12)) p(`- ${n}`);
  p();
}

for (const width of LCP_WIDTHS) {
  const runs = lcp[width];
  const base = median(runs.static.map((m) => m.lcp));
  p(`### Largest Contentful Paint at ${width} px, CPU ${CPU}x slower, median of ${RUNS} alternating runs`);
  p();
  p(
    '| page | LCP | middle half | × static | 95% interval | paired | budget | holds | FCP | bundle in | defined | data in | rendered | image requested | image in | LCP element |',
  );
  p('| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const pg of LCP_PAGES) {
    const r = runs[pg.id];
    const m = (f) => median(r.map(f));
    const value = m((x) => x.lcp);
    const ratio = value / base;
    const interval =
      pg.id === 'static'
        ? ''
        : ratioInterval(
            r.map((x) => x.lcp).filter(Number.isFinite),
            runs.static.map((x) => x.lcp).filter(Number.isFinite),
          )
            .map((x) => x.toFixed(2))
            .join('–');
    const ok = pg.budget ? ratio <= pg.budget : undefined;
    if (pg.budget) budget(`LCP ${pg.id} ≤ ${pg.budget}x static (${width} px)`, ok, `${ratio.toFixed(2)}x`);
    const elements = [
      ...new Set(r.map((x) => `${x.lcpElement}${x.lcpUrl ? ` (${x.lcpUrl.split('/').pop()})` : ''}`)),
    ].join('; ');
    p(
      `| ${pg.label} | **${ms(value)}** | ${ms(
        quantile(
          r.map((x) => x.lcp),
          0.25,
        ),
      )}–${ms(
        quantile(
          r.map((x) => x.lcp),
          0.75,
        ),
      )} | ${pg.id === 'static' ? '1.00' : `**${ratio.toFixed(2)}**`} | ${interval} | ${pg.id === 'static' ? '' : median(r.map((x, i) => x.lcp / runs.static[i].lcp)).toFixed(2)} | ${pg.budget ? `≤ ${pg.budget}` : ''} | ${ok === undefined ? '' : yes(ok)} | ${ms(m((x) => x.fcp))} | ${ms(m((x) => x.bundle?.end))} | ${ms(m((x) => x.defined))} | ${ms(m((x) => x.data?.end))} | ${ms(m((x) => x.articleLoad))} | ${ms(m((x) => x.image?.start))} | ${ms(m((x) => x.image?.end))} | ${elements} |`,
    );
  }
  p();
  p(
    '"× static": ratio of the medians (what the budgets are judged on); "95% interval": bootstrap interval of that ratio (2,000 resamples of the runs), so a ratio whose interval spans its budget is within this machine’s noise; "paired": median of each round’s ratio to the static page loaded just before it, steadier on a busy machine. Times in ms from navigation start. "bundle in", "data in", "image in": response end of `article-elements.js`, the JSON and the photo; "defined": `news-article` defined (bundle evaluated); "rendered": `<news-article>` fired `load`; "image requested": the photo’s request start.',
  );
  p();
}

p('### Render time, no CPU throttling, median of ' + RENDER_RUNS + ' runs');
p();
p('| what | ms | ms each | to next frame | DOM elements |');
p('| --- | ---: | ---: | ---: | ---: |');
const rmed = {};
for (const r of RENDERS) {
  const m = (f) => median(renders[r.id].map(f));
  rmed[r.id] = m((x) => x.ms);
  p(
    `| ${r.label} | **${ms(rmed[r.id])}** | ${(rmed[r.id] / r.n).toFixed(2)} | ${ms(m((x) => x.msToFrame))} | ${m((x) => x.elements)} |`,
  );
}
const scale = rmed.a100 / rmed.a10;
budget('100 articles ≤ 10x the time of 10', scale <= 10, `${scale.toFixed(1)}x`);
p();
p(
  `From creation (\`document.createElement\`, \`.article\` set) until every element fired \`load\`, its parts finished their first render, and a forced layout. 100 articles take **${scale.toFixed(1)}x** the time of 10 (budget ≤ 10x: ${yes(scale <= 10)}). 1,000 pull quotes: **${ms(rmed.q1000)} ms**.`,
);
p();

p('### Server rendering in Node (`dist/ssr/index.js`), median of half-second windows');
p();
p('| output | articles / s | ms per article | bytes |');
p('| --- | ---: | ---: | ---: |');
p(
  `| \`renderArticle(article)\`: the article | **${Math.round(ssr.fragment.perSecond)}** | ${ssr.fragment.msEach.toFixed(1)} | ${ssr.fragment.bytes} |`,
);
p(
  `| \`renderArticle(article, { document: true })\`: whole page | ${Math.round(ssr.document.perSecond)} | ${ssr.document.msEach.toFixed(1)} | ${ssr.document.bytes} |`,
);
p();

const foreign = [...bench.foreign(), ...lighthouseRuns.flatMap((r) => r.foreign)];
const exampleJs = [
  ...new Set(
    lcp[LCP_WIDTHS[0]].example
      .flatMap((m) => m.requests)
      .filter((u) => /\.m?js(\?|$)/.test(u))
      .map((u) => new URL(u).pathname),
  ),
];
budget('Zero requests to other origins', foreign.length === 0, `${foreign.length}`);
const lhScore = median(lighthouseRuns.map((r) => r.score));
const lhMid = lighthouseRuns.find((r) => r.score === lhScore) ?? lighthouseRuns[0];
if (lighthouseRuns.length) budget('Lighthouse performance 100 (example page)', lhScore === 100, `${lhScore}`);

p('### Requests and Lighthouse');
p();
p('| check | result | holds |');
p('| --- | --- | :---: |');
p(
  `| Requests to other origins, over all ${bench.requests.length} requests of the run${lighthouseRuns.length ? ' and Lighthouse' : ''} | **${foreign.length}**${foreign.length ? `: ${[...new Set(foreign)].slice(0, 5).join(', ')}` : ''} | ${yes(foreign.length === 0)} |`,
);
p(
  // The bundle, and after render the JSON-LD builder; never DOMPurify (Chromium has the Sanitizer
  // API), the live-post loader (nobody asked) or a language (the article is in English).
  `| Scripts the example page loads in Chromium (the bundle, then the JSON-LD builder, nothing else) | ${exampleJs.map((u) => `\`${u}\``).join(', ')} | ${yes(exampleJs.every((u) => /\/article-elements(-jsonld-[\w-]+)?\.js$/.test(u)))} |`,
);
if (lhMid) {
  p(
    `| Lighthouse ${lhMid.version} performance, example page, mobile defaults (median of ${lighthouseRuns.length}: ${lighthouseRuns.map((r) => r.score).join(', ')}) | **${lhScore}**: FCP ${ms(lhMid.fcp)} ms, LCP ${ms(lhMid.lcp)} ms, TBT ${ms(lhMid.tbt)} ms, CLS ${lhMid.cls.toFixed(3)}, Speed Index ${ms(lhMid.si)} ms; LCP element: ${lhMid.lcpElement.startsWith('<') ? `\`${lhMid.lcpElement.replace(/\s+/g, ' ').slice(0, 60)}\`` : lhMid.lcpElement}; ${lhMid.lcpPhases ? `LCP phases: ${lhMid.lcpPhases}; ` : ''}long tasks: ${lhMid.longTasks.map((t) => `${Math.round(t.duration)} ms ${t.url.split('/').pop() || t.url}`).join(', ') || 'none'} | ${yes(lhScore === 100)} |`,
  );
}
p();

const stuck = [
  ...Object.values(lcp).flatMap((w) =>
    Object.entries(w).flatMap(([id, runs]) => runs.filter((r) => r.stuck).map((r) => `LCP ${id}: ${r.stuck}`)),
  ),
  ...Object.entries(cls)
    .filter(([, r]) => r.stuck)
    .map(([k, r]) => `CLS ${k}: ${r.stuck}`),
];
if (stuck.length) {
  p(`Runs that never finished (measured after 30 s anyway): ${stuck.length}: ${[...new Set(stuck)].join('; ')}.`);
  p();
}
const errors = [...Object.values(lcp).flatMap((w) => Object.values(w).flat()), ...Object.values(cls)].flatMap(
  (r) => r.errors,
);
if (errors.length) {
  p(`Page errors: ${[...new Set(errors)].join('; ')}`);
  p();
}

const failing = budgets.filter((b) => !b.ok);
p(
  `**Budgets: ${budgets.length - failing.length} of ${budgets.length} hold.**${failing.length ? ` Failing: ${failing.map((b) => `${b.name} (${b.detail})`).join('; ')}.` : ''}`,
);

const report = out.join('\n');
console.log(report);
mkdirSync('.tmp', { recursive: true });
writeFileSync(join('.tmp', 'bench.md'), `${report}\n`);
writeFileSync(
  join('.tmp', 'bench.json'),
  JSON.stringify(
    {
      date: now.toISOString(),
      chromium,
      cpuModel,
      cores: cpus().length,
      sizes: { tag, npm },
      cls,
      lcp,
      renders,
      ssr,
      lighthouse: lighthouseRuns,
      budgets,
    },
    null,
    1,
  ),
);
