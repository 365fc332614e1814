// Readable everywhere, end to end in the system Chromium: the server-rendered page and hand-authored
// markup with JavaScript off, hydration with it on, and the structured data crawlers read.
// Needs `npm run build` (pretest runs it): dist/ and examples/ssr.html.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';

const article = JSON.parse(readFileSync(new URL('../../examples/the-corner.json', import.meta.url), 'utf8'));
const squash = (t) =>
  t
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
// Every piece of text in the reference article, as a reader should see it.
const expected = [
  article.section.name,
  article.category.name,
  article.headline,
  article.image.caption,
  article.image.credit,
  ...article.body.flatMap((b) => [
    b.html?.replace(/<\/p><p>/g, ' '),
    b.text,
    b.attribution,
    b.source?.name,
    b.author?.name,
  ]),
  ...article.authors.flatMap((a) => [a.name, a.role, a.bio]),
]
  .filter(Boolean)
  .map(squash);

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

async function open(path, { js = true, width = 375, scheme = 'light' } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    javaScriptEnabled: js,
    colorScheme: scheme,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${origin}/${path}`);
  await page.waitForLoadState('load');
  return { page, errors, close: () => context.close() };
}

function assertEveryWord(text) {
  const seen = squash(text);
  for (const piece of expected) assert.ok(seen.includes(piece), `not visible: "${piece.slice(0, 70)}…"`);
}

describe('with JavaScript disabled', () => {
  for (const width of [375, 1280]) {
    test(`the server-rendered page shows every word, laid out, at ${width}px`, async () => {
      const { page, close } = await open('examples/ssr.html', { js: false, width });
      assertEveryWord(await page.locator('body').innerText());
      const layout = await page.evaluate(() => {
        const header = document.querySelector('article-header');
        const h1 = header.shadowRoot?.querySelector('h1');
        // The photo's <img> is in the light DOM (readers see it), its box in the shadow root.
        const figure = document.querySelector('photo-figure > img');
        const p = document.querySelector('news-article > p');
        return {
          declarative: Boolean(header.shadowRoot),
          headline: h1 ? parseFloat(getComputedStyle(h1).fontSize) : 0,
          body: parseFloat(getComputedStyle(p).fontSize),
          measure: p.getBoundingClientRect().width,
          imageHeight: figure?.getBoundingClientRect().height ?? 0,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          h1s:
            document.querySelectorAll('h1').length +
            [...document.querySelectorAll('*')].reduce(
              (n, el) => n + (el.shadowRoot?.querySelectorAll('h1').length ?? 0),
              0,
            ),
        };
      });
      assert.ok(layout.declarative, 'declarative shadow DOM attached without script');
      assert.ok(
        layout.headline > layout.body * 1.5,
        `headline ${layout.headline}px set larger than body ${layout.body}px`,
      );
      assert.ok(layout.measure <= 38 * 16 + 1, `body column ${layout.measure}px keeps a readable measure`);
      assert.ok(layout.imageHeight > 100, 'lead photo box reserved');
      assert.equal(layout.overflow, 0, 'no horizontal overflow');
      assert.equal(layout.h1s, 1, 'exactly one h1');
      await close();
    });
  }

  test('hand-authored markup shows every word before any script runs', async () => {
    const { page, close } = await open('examples/hand-authored.html', { js: false });
    const text = squash(await page.locator('body').innerText());
    for (const piece of expected) {
      if (piece === squash(article.image.alt)) continue;
      assert.ok(text.includes(piece), `not visible: "${piece.slice(0, 70)}…"`);
    }
    await close();
  });
});

describe('with JavaScript', () => {
  test('the server-rendered page takes over without errors, duplicates or layout shift', async () => {
    const { page, errors, close } = await open('examples/ssr.html', { width: 1280 });
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
    );
    // Upgraded and through the first update (which keeps the server's DOM and styles).
    await page.waitForFunction(() => customElements.get('article-header') && !document.querySelector(':not(:defined)'));
    await page.evaluate(() =>
      Promise.all(Array.from(document.querySelectorAll('news-article, news-article *'), (e) => e.updateComplete)),
    );
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => ({
      shift: window.__shift,
      headlines: document.querySelector('article-header').shadowRoot.querySelectorAll('[part="headline"]').length,
      // Shown: the server, which cannot see the slotted <img>, also writes one into the slot's
      // fallback (lazy, so never fetched while the slotted one is shown).
      images: [
        ...document.querySelectorAll('photo-figure > img'),
        ...document.querySelector('photo-figure').shadowRoot.querySelectorAll('img'),
      ].filter((img) => img.checkVisibility()).length,
      posts: document.querySelector('tweet-embed').shadowRoot.querySelectorAll('[part="card"]').length,
    }));
    assert.deepEqual(errors, []);
    assert.equal(state.headlines, 1, 'one headline after upgrade');
    assert.equal(state.images, 1, 'one image after upgrade');
    assert.equal(state.posts, 1, 'one post card after upgrade');
    assert.equal(state.shift, 0, 'cumulative layout shift');
    assertEveryWord(await page.locator('body').innerText());
    await close();
  });
});

describe('a photo whose file fails', () => {
  /** Image nodes of Chromium's accessibility tree, as [role, name]. */
  async function images(page) {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => !n.ignored && ['image', 'img'].includes(n.role?.value))
      .map((n) => [n.role.value, n.name?.value]);
  }

  for (const [path, how] of [
    ['examples/index.html', 'rendered in the browser'],
    ['examples/ssr.html', 'rendered on the server'],
  ])
    test(`keeps its name in the accessibility tree (${how})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await page.route('**/the-corner-lead.svg', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto(`${origin}/${path}`);
      await page.waitForFunction(() =>
        document.querySelector('photo-figure')?.shadowRoot?.querySelector('[part="fallback"]'),
      );
      // The fallback is shown in place of the image...
      const shown = await page.evaluate(() => {
        const fallback = document.querySelector('photo-figure').shadowRoot.querySelector('[part="fallback"]');
        return fallback.checkVisibility() && fallback.getBoundingClientRect().height > 100;
      });
      assert.ok(shown, 'fallback shown in the reserved box');
      // ...and the accessibility tree still has an image, named by the alt text.
      assert.deepEqual(
        (await images(page)).filter(([, name]) => name === article.image.alt).length,
        1,
        `one image named "${article.image.alt}"; found ${JSON.stringify(await images(page))}`,
      );
      assert.ok(
        warnings.some((w) => /image\.src: image ".*the-corner-lead\.svg" failed to load/.test(w)),
        'warned, naming image.src',
      );
      await context.close();
    });
});

describe('structured data', () => {
  // Google's Article structured data: headline, image, datePublished, dateModified and author
  // (Person: name, url) are the recommended properties; description, articleSection and citation
  // are schema.org properties we fill from the same data.
  function checkNewsArticle(ld, imageUrl = /^https?:\/\/.+the-corner-lead\.svg$/) {
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, article.headline);
    assert.ok(ld.headline.length <= 110, 'headline within 110 characters');
    assert.equal(ld.articleSection, article.section.name);
    assert.ok(Array.isArray(ld.image) && ld.image.length === 1);
    assert.equal(ld.image[0]['@type'], 'ImageObject');
    assert.match(ld.image[0].url, imageUrl, 'image URL');
    assert.equal(ld.image[0].caption, article.image.caption);
    assert.equal(ld.image[0].creditText, article.image.credit);
    assert.deepEqual(
      ld.author.map((a) => [a['@type'], a.name, a.jobTitle, a.description]),
      article.authors.map((a) => ['Person', a.name, a.role, a.bio]),
    );
    assert.ok(!/^by\s/i.test(ld.author[0].name), 'author name without "By"');
    assert.deepEqual(ld.citation, [{ '@type': 'CreativeWork', name: 'The Washington Post' }]);
    // The reference article has no date or URL: none are invented.
    assert.equal(ld.datePublished, undefined);
    assert.equal(ld.url, undefined);
  }

  test('<news-article> puts NewsArticle JSON-LD in its light DOM', async () => {
    const { page, close } = await open('examples/index.html');
    await page.waitForFunction(() => document.querySelector('news-article script[type="application/ld+json"]'));
    checkNewsArticle(JSON.parse(await page.locator('news-article script[type="application/ld+json"]').textContent()));
    await close();
  });

  test('the server-rendered document carries JSON-LD, title, description and Open Graph', async () => {
    const { page, close } = await open('examples/ssr.html', { js: false });
    // The build renders it without --base-url, so the page-relative image URL stays relative.
    checkNewsArticle(
      JSON.parse(await page.locator('script[type="application/ld+json"]').textContent()),
      /^the-corner-lead\.svg$/,
    );
    // The document's <title> is cut at a word to 70 characters (html-validate's long-title); og:title
    // and the structured data keep the whole headline.
    const title = await page.title();
    assert.ok(title.length <= 70 && title.endsWith('…') && article.headline.startsWith(title.slice(0, -1)), title);
    const meta = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('meta[property], meta[name]')].map((m) => [
          m.getAttribute('property') ?? m.name,
          m.content,
        ]),
      ),
    );
    assert.equal(meta['og:type'], 'article');
    assert.equal(meta['og:title'], article.headline);
    assert.match(meta['og:image'], /the-corner-lead\.svg$/);
    assert.equal(meta['article:section'], 'The Corner');
    assert.ok(meta.description.startsWith('The Biden administration has asked'));
    await close();
  });
});
