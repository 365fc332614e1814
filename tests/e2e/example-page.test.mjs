// End to end, in the system Chromium: the example publisher page loads dist/article-elements.js with
// one script tag and shows the reference article from <news-article src>, asking no other origin.
// `npm test` builds the bundle first (pretest).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';

const article = JSON.parse(readFileSync(new URL('../../examples/the-corner.json', import.meta.url), 'utf8'));
let server, browser, origin;

before(async () => {
  server = await serve('.');
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});

const words = (text) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase(); // innerText applies text-transform

for (const width of [375, 1280]) {
  test(`example page at ${width}px renders every word with no request to another origin`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${origin}/examples/index.html`);
    await page.waitForFunction(() =>
      document.querySelector('news-article')?.querySelector('[data-article-role="header"]'),
    );
    // Scroll through so lazy images load too: they must still be same-origin.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    const text = words(await page.locator('news-article').innerText());
    const expected = [
      article.section.name,
      article.category.name,
      article.headline,
      article.image.caption,
      article.image.credit,
      ...article.body.flatMap((b) => [b.html, b.text, b.attribution, b.source?.name, b.author?.name]).filter(Boolean),
      ...article.authors.flatMap((a) => [a.name, a.bio]),
    ].map((t) => words(t.replace(/<\/p><p>/g, ' ')));
    for (const piece of expected) assert.ok(text.includes(piece), `missing on the page: "${piece.slice(0, 60)}…"`);

    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests to other origins');
    assert.ok(
      requests.some((u) => u.endsWith('/dist/article-elements.js')),
      'the page loads the script-tag bundle',
    );
    assert.deepEqual(problems, [], 'console errors');

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'horizontal overflow');
    await context.close();
  });
}
