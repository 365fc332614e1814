// Gallery blocks end to end, in the system Chromium, from the browser's own request log: the
// script-tag bundle on examples/gallery.html (its gallery code a file of its own, loaded on first
// use), the viewer opened with the keyboard, boxes that hold with images late or failing, and server
// rendering read with JavaScript off. Every image comes from the article's data: nothing is asked
// of another origin. Needs `npm run build` (pretest runs it): dist/.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { renderArticle } from '../../dist/ssr/index.js';

const ROOT = new URL('../../', import.meta.url);
const article = JSON.parse(readFileSync(new URL('examples/gallery.json', ROOT), 'utf8'));
const galleries = article.body.filter((b) => b.type === 'gallery');

let server, browser, origin;
let late = false;
before(async () => {
  // Gallery images can be held back (`late`) to check the reserved boxes.
  server = await serve('.', 0, { delay: (url) => (/\/gallery\/market-[2-6]\.svg/.test(url) && late ? 1500 : 0) });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens `path`, recording every request; requests to other origins are aborted and logged. */
async function open(path, { js = true, width = 375, fail = false, html } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: js });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  if (fail) await page.route(/\/gallery\/market-[2-6]\.svg/, (route) => route.fulfill({ status: 404, body: '' }));
  if (html)
    await page.route(`${origin}/__ssr__.html`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  // Layout shifts from the very start, input included.
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

/** Waits for the article's galleries, then scrolls to the bottom and back, and through each strip. */
async function rendered(page) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('news-article > photo-gallery').length === n,
    galleries.length,
  );
  await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('photo-gallery')].map((el) => el.updateComplete));
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    for (let y = 0; y <= document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await frame();
    }
    for (const list of document.querySelectorAll('photo-gallery')) {
      const strip = list.shadowRoot.querySelector('[part=list]');
      strip.scrollIntoView();
      for (let x = 0; x <= strip.scrollWidth; x += 200) {
        strip.scrollLeft = x;
        await frame();
      }
    }
    window.scrollTo(0, 0);
  });
}

const gallerySrcs = () => galleries.flatMap((g) => g.images.map((p) => new URL(p.src, `${origin}/examples/`).href));

describe('gallery blocks in the script-tag bundle', () => {
  test('loads the gallery file once and every image from the page itself; nothing from another origin', async () => {
    const { page, requests, foreign, errors, cls, close } = await open('/examples/gallery.html');
    await rendered(page);
    assert.deepEqual(foreign(), [], 'requests to other origins');
    assert.equal(requests.filter((u) => /\/dist\/article-elements-gallery-[\w-]+\.js$/.test(u)).length, 1);
    // Only the article's own files: every image requested is one of its images.
    const images = requests.filter((u) => /\.(svg|jpe?g|png|webp|avif)(\?|$)/.test(u));
    const allowed = new Set([...gallerySrcs(), new URL(article.image.src, `${origin}/examples/`).href]);
    assert.deepEqual(
      images.filter((u) => !allowed.has(u)),
      [],
    );
    assert.equal((await cls()).toFixed(3), '0.000');
    assert.deepEqual(errors, []);
    await close();
  });

  test('thumbnails are lazy: out of view they are not requested, scrolled near they are', async () => {
    // The article far down a long page.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="/examples/">
      <script type="module" src="/dist/article-elements.js"></script></head>
      <body><div style="height: 6000px"></div><news-article src="/examples/gallery.json"></news-article></body></html>`;
    const { page, requests, foreign, close } = await open('/__ssr__.html', { html, width: 1280 });
    await page.waitForFunction(
      (n) => document.querySelectorAll('news-article > photo-gallery').length === n,
      galleries.length,
    );
    await page.evaluate(() =>
      Promise.all([...document.querySelectorAll('photo-gallery')].map((el) => el.updateComplete)),
    );
    const attributes = await page.$$eval('photo-gallery > img', (imgs) => imgs.map((i) => [i.loading, i.decoding]));
    assert.equal(
      attributes.length,
      galleries.reduce((n, g) => n + g.images.length, 0),
    );
    for (const a of attributes) assert.deepEqual(a, ['lazy', 'async']);
    await page.waitForTimeout(300);
    const thumbs = () => requests.filter((u) => /\/gallery\/market-[2-6]\.svg$/.test(u));
    assert.deepEqual(thumbs(), [], 'no thumbnail requested while far out of view');
    await page.locator('photo-gallery').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const img = document.querySelector('photo-gallery > img[slot="image-1"]');
      return img.complete && img.naturalWidth > 0;
    });
    assert.ok(thumbs().length > 0, 'requested once near');
    assert.deepEqual(foreign(), []);
    await close();
  });

  test('the viewer opens with Enter, moves with the arrows, closes with Escape and gives focus back', async () => {
    const { page, foreign, cls, close } = await open('/examples/gallery.html', { width: 1280 });
    await rendered(page);
    const gallery = page.locator('photo-gallery').first();
    await gallery.locator('[part=thumb]').nth(2).focus();
    await page.keyboard.press('Enter');
    const dialog = gallery.locator('dialog[part=viewer]');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('aria-label'), galleries[0].caption);
    assert.equal(await gallery.locator('[part=position]').innerText(), '3 of 6');
    await page.keyboard.press('ArrowRight');
    assert.equal(await gallery.locator('[part=position]').innerText(), '4 of 6');
    assert.ok((await gallery.locator('[part=viewer-caption]').innerText()).includes(galleries[0].images[3].caption));
    await page.keyboard.press('End');
    assert.equal(await gallery.locator('[part=position]').innerText(), '6 of 6');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const focused = await gallery.evaluate((el) => el.shadowRoot.activeElement?.dataset.i);
    assert.equal(focused, '2');
    assert.deepEqual(foreign(), []);
    assert.equal((await cls()).toFixed(3), '0.000');
    await close();
  });

  test('CLS 0.000 with images 1.5 s late, and with images failing, before and after the viewer', async () => {
    for (const variant of ['late', 'fail']) {
      late = variant === 'late';
      const { page, cls, close } = await open('/examples/gallery.html', { fail: variant === 'fail' });
      await rendered(page);
      await page.waitForTimeout(late ? 1800 : 300);
      const thumb = page.locator('photo-gallery').first().locator('[part=thumb]').nth(1);
      await thumb.click();
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(200);
      assert.equal((await cls()).toFixed(3), '0.000', variant);
      if (variant === 'fail') {
        const text = await thumb.innerText();
        assert.ok(text.includes(galleries[0].images[1].alt), `the failed image's alt shows: ${text}`);
      }
      await close();
    }
    late = false;
  });
});

describe('<photo-gallery> written by hand, with the script-tag bundle', () => {
  test('its code loads from beside the bundle; its images come from its attribute, lazily, and open in the viewer', async () => {
    const images = galleries[0].images.slice(0, 3);
    const attribute = JSON.stringify(images).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="/examples/">
      <script type="module" src="/dist/article-elements.js"></script></head>
      <body><main><photo-gallery images='${attribute}' caption="By hand"></photo-gallery></main></body></html>`;
    const { page, requests, foreign, errors, close } = await open('/__ssr__.html', { html });
    await page.locator('photo-gallery [part=thumb]').first().waitFor();
    assert.equal(requests.filter((u) => /\/dist\/article-elements-gallery-[\w-]+\.js$/.test(u)).length, 1);
    assert.equal(await page.locator('photo-gallery [part=thumb]').count(), 3);
    const loading = await page
      .locator('photo-gallery [part=thumb] img')
      .evaluateAll((imgs) => imgs.map((i) => i.loading));
    assert.deepEqual(loading, ['lazy', 'lazy', 'lazy']);
    await page.locator('photo-gallery [part=thumb]').nth(1).click();
    await page.locator('photo-gallery dialog').waitFor();
    assert.equal(await page.locator('photo-gallery [part=position]').innerText(), '2 of 3');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('photo-gallery [part=position]').innerText(), '3 of 3');
    assert.deepEqual(foreign(), []);
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('gallery blocks, server-rendered, JavaScript off', () => {
  test('every image is laid out with its caption, the gallery caption and credit readable, nothing foreign requested', async () => {
    const fragment = await renderArticle(article, { onProblem: () => {} });
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="/examples/"></head><body>${fragment}</body></html>`;
    for (const width of [375, 1280]) {
      const { page, foreign, close } = await open('/__ssr__.html', { js: false, html, width });
      const els = page.locator('photo-gallery');
      assert.equal(await els.count(), galleries.length);
      for (const [g, block] of galleries.entries()) {
        const el = els.nth(g);
        const text = (await el.innerText()).replace(/\s+/g, ' ');
        if (block.caption) assert.ok(text.includes(block.caption), `caption of gallery ${g}`);
        for (const [i, p] of block.images.entries()) {
          if (p.caption)
            assert.ok(text.includes(p.caption), `caption of image ${i} of gallery ${g} at ${width}: ${text}`);
          const img = el.locator(`img[slot="image-${i}"]`);
          assert.equal(await img.getAttribute('alt'), p.alt);
          assert.equal(await img.getAttribute('loading'), 'lazy');
          const box = await img.evaluate((node) => node.getBoundingClientRect().toJSON());
          assert.ok(
            box.width > 100 && box.height > 60,
            `image ${i} of gallery ${g} laid out at ${width}: ${JSON.stringify(box)}`,
          );
        }
      }
      // The first image of the first gallery is in view and shows.
      await page.waitForFunction(() => {
        const img = document.querySelector('photo-gallery > img[slot="image-0"]');
        return img?.complete && img.naturalWidth > 0;
      });
      assert.deepEqual(foreign(), []);
      await close();
    }
  });

  test('structured data lists the gallery images beside the lead photo, which is not repeated', async () => {
    const page = await renderArticle(article, { document: true, baseUrl: article.url, onProblem: () => {} });
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)[1]);
    const ld = Array.isArray(json) ? json[0] : json;
    const abs = (src) => new URL(src, article.url).href;
    const expected = [...new Set([article.image.src, ...galleries.flatMap((g) => g.images.map((p) => p.src))])].map(
      abs,
    );
    assert.deepEqual(
      ld.image.map((i) => i.url),
      expected,
    );
    assert.equal(ld.image[1]['@type'], 'ImageObject');
    assert.equal(ld.image[1].caption, galleries[0].images[1].caption);
  });
});
