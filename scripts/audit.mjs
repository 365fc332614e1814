// npm run audit: Lighthouse (pinned 12.2.3, on the system Chromium) against the example page and the
// server-rendered page; prints each category's score. Builds first if dist/ is missing.
// Fails (exit 1) when accessibility, SEO or best practices is below 100.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';
import { findChrome, CHROME_ARGS } from './chrome.mjs';

if (!existsSync('dist/article-elements.js') || !existsSync('examples/ssr.html'))
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const server = await serve('.', 0, { compress: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: findChrome(),
  chromeFlags: ['--headless=new', ...CHROME_ARGS],
});
const pages = ['examples/index.html', 'examples/ssr.html'];
const must = ['accessibility', 'seo', 'best-practices'];
let failed = false;
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | --- | --- |');
for (const page of pages) {
  const result = await lighthouse(`${origin}/${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
  const c = result.lhr.categories;
  const score = (k) => Math.round(c[k].score * 100);
  console.log(
    `| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
  );
  for (const k of must) {
    if (score(k) < 100) {
      failed = true;
      const misses = Object.values(result.lhr.audits).filter(
        (a) => a.score !== null && a.score < 1 && c[k].auditRefs.some((r) => r.id === a.id && r.weight > 0),
      );
      for (const a of misses) console.log(`  ${page} ${k}: ${a.id} — ${a.title}`);
    }
  }
}
await chrome.kill();
server.close();
process.exit(failed ? 1 : 0);
