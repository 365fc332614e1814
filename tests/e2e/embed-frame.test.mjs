// Embed blocks and the consent model end to end, in the system Chromium, from the browser's own
// request log: the script-tag bundle on examples/embed.html (a Datawrapper chart with a fallback
// image of the page's own, a Flourish map whose fallback is on Flourish's servers, a map with no
// provider and no fallback), and server rendering read with JavaScript off. The providers' origins
// are answered by Playwright with a blank page standing in for them, so the log shows exactly what
// the page asked for and nothing needs the internet. Needs `npm run build` (pretest runs it): dist/.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { renderArticle } from '../../dist/ssr/index.js';

const ROOT = new URL('../../', import.meta.url);
const article = JSON.parse(readFileSync(new URL('examples/embed.json', ROOT), 'utf8'));
const embeds = article.body.filter((b) => b.type === 'embed');
const [chart, map, river] = embeds;
/** The providers' frames: answered with a blank page here. */
const FRAMES = /^https:\/\/(datawrapper\.dwcdn\.net|flo\.uri\.sh|maps\.alderbrook-river\.example)\//;

let server, browser, origin;
let late = false;
before(async () => {
  // The fallback image can be held back 1.5 s to check the reserved boxes.
  server = await serve('.', 0, { delay: (url) => (/embed-chart\.svg/.test(url) && late ? 1500 : 0) });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens `path`, recording every request. Requests to other origins are answered here (a blank page
 * for the frames, an abort for anything else) and logged either way.
 */
async function open(path, { js = true, width = 375, failFallbacks = false, html } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: js });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(
    (url) => url.origin !== origin,
    (route) =>
      FRAMES.test(route.request().url())
        ? route.fulfill({ body: '<!doctype html><title>chart</title><p>chart</p>', contentType: 'text/html' })
        : route.abort(),
  );
  if (failFallbacks) await page.route(/embed-chart\.svg/, (route) => route.fulfill({ status: 404, body: '' }));
  if (html) {
    const { path: at = '/__ssr__.html', body = html } = typeof html === 'string' ? {} : html;
    await page.route(`${origin}${at}`, (route) => route.fulfill({ body, contentType: 'text/html' }));
  }
  // Layout shifts from the very start, without user input excluded (the press is input).
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('load');
  const foreign = () => requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
  const cls = () => page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  return { page, requests, errors, foreign, cls, close: () => context.close() };
}

/** Waits for the article, then scrolls to the bottom and back. */
async function rendered(page) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('news-article > embed-frame').length === n,
    embeds.length,
  );
  await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('embed-frame')].map((el) => el.updateComplete));
    for (let y = 0; y <= document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    window.scrollTo(0, 0);
  });
}

const embed = (page, i) => page.locator('news-article > embed-frame').nth(i);
const button = (page, i) => embed(page, i).locator('[part=load-button]');

/** Hovers every embed and its button, and tabs through the page, as a reader passing by does. */
async function passBy(page) {
  for (let i = 0; i < embeds.length; i++) {
    await embed(page, i).scrollIntoViewIfNeeded();
    await embed(page, i).hover();
    if (await button(page, i).count()) await button(page, i).hover();
  }
  for (let i = 0; i < 14; i++) await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
}

describe('embed blocks and consent, in the script-tag bundle', () => {
  test('no request to another origin on load, scroll, hover and focus; no hints; the held-back fallback not shown', async () => {
    const { page, foreign, errors, cls, close } = await open('/examples/embed.html');
    await rendered(page);
    await passBy(page);
    assert.deepEqual(foreign(), [], 'requests to other origins');
    const hints = await page.evaluate(
      () => document.querySelectorAll('link[rel~=preconnect],link[rel~=dns-prefetch],link[rel~=prefetch]').length,
    );
    assert.equal(hints, 0, 'no preconnect, dns-prefetch or prefetch');
    assert.equal(await embed(page, 0).locator('[part=fallback]').count(), 1, "the page's own fallback shows");
    assert.equal(await embed(page, 1).locator('[part=fallback]').count(), 0, "Flourish's thumbnail waits");
    assert.equal(await embed(page, 1).locator('[part=placeholder]').innerText(), map.title);
    assert.equal(await page.locator('embed-frame iframe').count(), 0);
    assert.equal((await cls()).toFixed(3), '0.000');
    assert.deepEqual(errors, []);
    await close();
  });

  for (const [i, block] of embeds.entries()) {
    test(`pressing "${block.title}" requests its frame only, once, in the same box, sandboxed`, async () => {
      const { page, foreign, cls, close } = await open('/examples/embed.html');
      await rendered(page);
      await embed(page, i).scrollIntoViewIfNeeded();
      const box = await embed(page, i).boundingBox();
      await button(page, i).click();
      const frame = embed(page, i).locator('iframe');
      await frame.waitFor();
      await page.waitForTimeout(300);
      assert.deepEqual(foreign(), [block.url]);
      assert.deepEqual(await embed(page, i).boundingBox(), box, 'same box');
      assert.equal((await cls()).toFixed(3), '0.000');
      const sandbox = (await frame.getAttribute('sandbox')).split(' ').sort();
      assert.deepEqual(sandbox, [
        'allow-popups',
        'allow-popups-to-escape-sandbox',
        'allow-same-origin',
        'allow-scripts',
      ]);
      assert.equal(await frame.getAttribute('referrerpolicy'), 'strict-origin-when-cross-origin');
      assert.equal(await frame.getAttribute('allow'), 'fullscreen');
      assert.equal(await frame.getAttribute('title'), block.title);
      await close();
    });
  }

  test('a cancelled embed-activate requests nothing', async () => {
    const { page, foreign, close } = await open('/examples/embed.html');
    await rendered(page);
    await page.evaluate(() => document.addEventListener('embed-activate', (e) => e.preventDefault()));
    for (let i = 0; i < embeds.length; i++) await button(page, i).click();
    await page.waitForTimeout(500);
    assert.deepEqual(foreign(), []);
    assert.equal(await page.locator('embed-frame iframe').count(), 0);
    await close();
  });

  test('allowEmbeds up front loads that provider without a press, and no other', async () => {
    const { page, foreign, close } = await open('/examples/embed.html?allow=datawrapper');
    await rendered(page);
    await embed(page, 0).locator('iframe').waitFor();
    await passBy(page);
    assert.deepEqual(foreign(), [chart.url]);
    await close();
  });

  test('allowEmbeds loads an element already on the page; a host names a provider-less embed', async () => {
    const { page, foreign, close } = await open('/examples/embed.html');
    await rendered(page);
    assert.deepEqual(foreign(), []);
    await page.evaluate(async () =>
      (await import('/dist/article-elements.js')).allowEmbeds(['maps.alderbrook-river.example']),
    );
    await embed(page, 2).locator('iframe').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(foreign(), [river.url]);
    await close();
  });

  test('CLS 0.000 with the fallback 1.5 s late, and failing, before and after a press', async () => {
    for (const variant of ['late', 'fail']) {
      late = variant === 'late';
      const { page, cls, close } = await open('/examples/embed.html', { failFallbacks: variant === 'fail' });
      await rendered(page);
      await page.waitForTimeout(late ? 1800 : 300);
      if (variant === 'fail') assert.equal(await embed(page, 0).locator('[part=placeholder]').count(), 1);
      await button(page, 0).click();
      await page.waitForTimeout(300);
      assert.equal((await cls()).toFixed(3), '0.000', variant);
      await close();
    }
    late = false;
  });
});

describe('<embed-frame> written by hand, with the script-tag bundle', () => {
  test('its code loads from beside the bundle, and it asks before loading the frame', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/article-elements.js"></script></head>
      <body><embed-frame url="${chart.url}" frame-title="By hand" provider="Datawrapper" aspect-ratio="4:3" fallback="/examples/embed-chart.svg" fallback-alt="A bar chart"><a slot="title" href="${chart.url}">By hand</a></embed-frame></body></html>`;
    const { page, foreign, errors, close } = await open('/__hand__.html', {
      html: { path: '/__hand__.html', body: html },
    });
    await page.locator('embed-frame [part=load-button]').waitFor();
    const box = await page.locator('embed-frame [part=frame]').boundingBox();
    assert.ok(Math.abs(box.height - (box.width * 3) / 4) < 1, `a 4:3 box: ${JSON.stringify(box)}`);
    await page.locator('embed-frame').hover();
    assert.deepEqual(foreign(), []);
    await page.locator('embed-frame [part=load-button]').click();
    await page.locator('embed-frame iframe').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(foreign(), [chart.url]);
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('embed blocks, server-rendered, JavaScript off', () => {
  test('the fallback image (or the title), a link to the original, the caption and credit, laid out; nothing foreign', async () => {
    const fragment = await renderArticle(article);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="/examples/"></head><body>${fragment}</body></html>`;
    const { page, foreign, cls, close } = await open('/__ssr__.html', { js: false, html });
    const els = page.locator('embed-frame');
    assert.equal(await els.count(), embeds.length);
    for (const [i, block] of embeds.entries()) {
      const el = els.nth(i);
      const text = (await el.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes(block.title), `title of embed ${i}: ${text}`);
      if (block.caption) assert.ok(text.includes(block.caption), `caption of embed ${i}`);
      if (block.credit) assert.ok(text.toLowerCase().includes(block.credit.toLowerCase()), `credit of embed ${i}`);
      const link = el.locator('a[slot=title]');
      assert.equal(await link.getAttribute('href'), block.url, `link to the original ${i}`);
      assert.ok(await link.isVisible(), `link ${i} visible`);
      // No button without script: it would do nothing.
      assert.equal(await el.locator('[part=load-button]').isVisible(), false, `no dead button ${i}`);
      const frame = await el.locator('[part=frame]').boundingBox();
      assert.ok(frame.height > 150, `box ${i} laid out: ${JSON.stringify(frame)}`);
      if (block.height) assert.equal(frame.height, block.height);
    }
    const fallback = els.nth(0).locator('[part=fallback]');
    assert.equal(await fallback.getAttribute('src'), chart.fallback.src);
    assert.equal(await fallback.getAttribute('alt'), chart.fallback.alt);
    assert.ok(await fallback.evaluate((img) => img.complete && img.naturalWidth > 0), 'the fallback image shows');
    assert.equal(await els.nth(1).locator('[part=fallback]').count(), 0, "Flourish's thumbnail is not requested");
    assert.equal(await els.nth(1).locator('[part=placeholder]').innerText(), map.title);
    assert.deepEqual(foreign(), []);
    assert.equal((await cls()).toFixed(3), '0.000');
    await close();
  });

  test('a reader mode (Readability) keeps each title as a link to the original, and the captions', async () => {
    const html = await renderArticle(article, { document: true, baseUrl: article.url });
    const url = 'http://127.0.0.1/examples/embed.html';
    const parsed = new Readability(new JSDOM(html, { url }).window.document).parse();
    const content = new JSDOM(`<body>${parsed.content}</body>`, { url }).window.document;
    const text = content.body.textContent.replace(/\s+/g, ' ');
    for (const block of embeds) {
      const link = [...content.querySelectorAll('a')].find((a) => a.textContent.trim() === block.title);
      assert.equal(link?.href, block.url, `a link to ${block.url}`);
      if (block.caption) assert.ok(text.includes(block.caption), `caption: ${block.caption}`);
    }
  });

  test('structured data leaves the embeds out', async () => {
    const page = await renderArticle(article, { document: true, baseUrl: article.url });
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)[1]);
    const text = JSON.stringify(json);
    for (const block of embeds) assert.ok(!text.includes(block.url), block.url);
    assert.ok(!text.includes('embed-chart.svg'), 'the fallback is not one of the article images');
  });
});
