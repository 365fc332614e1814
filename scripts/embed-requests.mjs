// npm run bench:embeds: for each third-party provider, the requests a page makes to other origins
// before the reader presses its facade (on load, scroll, hover and focus) and once they do, in the
// system Chromium. The example pages (video, posts, embeds, and the reference article for X) are
// served locally; every other origin is answered with an empty page by the script itself, so nothing
// reaches the internet and a provider's page makes none of its own requests: what is counted is what
// our elements ask for. Prints a Markdown table. Needs `npm run build` (dist/).
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { findChrome, CHROME_ARGS } from './chrome.mjs';

/** [provider, page, selector of its element, selector of the control a reader presses]. */
const CASES = [
  ['youtube', 'video.html', 'video-embed[provider=youtube]', '[part=facade]'],
  ['vimeo', 'video.html', 'video-embed[provider=vimeo]', '[part=facade]'],
  ['x (tweet-embed)', 'every-block.html', 'news-article > tweet-embed', '[part=load-button]'],
  ...['x', 'bluesky', 'mastodon', 'threads', 'instagram', 'tiktok'].map((n) => [
    n,
    'posts.html',
    `news-article > social-post[network=${n}]`,
    '[part=load-button]',
  ]),
  ['embed (Datawrapper)', 'embed.html', 'news-article > embed-frame >> nth=0', '[part=load-button]'],
];

const server = await serve('.', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const rows = [];
for (const [provider, path, selector, control] of CASES) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (r) => !r.url().startsWith(origin) && foreign.push(r.url()));
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.fulfill({ body: '<!doctype html><title>stand-in</title>', contentType: 'text/html' }),
  );
  await page.goto(`${origin}/examples/${path}`);
  const el = page.locator(selector);
  await el.waitFor({ state: 'attached' });
  // A reader passing by: every element scrolled to and hovered, the page tabbed through.
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await el.scrollIntoViewIfNeeded();
  await el.hover();
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  const before = foreign.length;
  await el.locator(control).click();
  await page.waitForTimeout(800);
  const after = foreign.slice(before);
  const origins = [...new Set(after.map((u) => new URL(u).origin))];
  rows.push(`| ${provider} | ${before} | ${after.length} | ${origins.join(', ') || '–'} |`);
  await context.close();
}
await browser.close();
server.close();
console.log(`Requests to other origins, Chromium, ${new Date().toISOString().slice(0, 10)}:\n`);
console.log(
  '| provider | before the press (load, scroll, hover, focus) | after the press | origins asked after the press |',
);
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
