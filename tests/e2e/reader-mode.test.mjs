// Reader modes: what Mozilla Readability (the engine of Firefox's Reader View) makes of an article
// page. Firefox serializes the page's DOM, which holds no shadow roots, and reads it again, so
// Readability sees only the light DOM; jsdom plays the same part here. Two sources: the server's
// HTML (renderArticle with `document: true`) and the DOM the script-tag bundle builds in Chromium.
// Needs `npm run build` (pretest runs it): dist/.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { renderArticle } from '../../dist/ssr/index.js';

/** Readability's check alone, a classic script that defines isProbablyReaderable. */
const READERABLE = createRequire(import.meta.url).resolve('@mozilla/readability/Readability-readerable.js');
const load = (name) => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const ARTICLES = { 'the-corner.json': load('the-corner.json'), 'every-block.json': load('every-block.json') };

/**
 * Text to compare: tags, whitespace and case gone, the JSON's one entity decoded. Without the
 * whitespace, paragraphs that textContent runs together ("…come.While") still match the JSON.
 */
const words = (text) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '')
    .toLowerCase();

const itemTexts = (items) => items.flatMap((i) => (typeof i === 'string' ? [i] : [i.html, ...itemTexts(i.items)]));

/** The words of a block a reader must find, from the JSON itself (not from our code). */
function blockTexts(b) {
  switch (b.type) {
    case 'paragraph':
      return [b.html];
    case 'heading':
    case 'code':
      return [b.text];
    case 'blockquote':
      return [b.html, b.source?.name];
    // A pull quote repeats the body's words, as an excerpt, not always verbatim ("…partners,” said"
    // becomes "…partners."). The element hides the copy from assistive technology and Readability
    // drops it with it, as a reader mode should: the words are read once, in the body.
    case 'pullquote':
      return [];
    // Links in a post show without their scheme ("dot.alderbrook.example/bikeways").
    case 'tweet':
      return [b.text.replace(/https?:\/\//g, ''), b.author?.name];
    case 'image':
      return [b.caption, b.credit];
    case 'list':
      return itemTexts(b.items);
    case 'table':
      return [b.caption, ...(b.head ?? []).flat(), ...b.rows.flat(), b.source?.name];
    case 'divider':
      return [];
    case 'callout':
      return [b.label, b.title, b.html];
    case 'correction':
      return [b.html];
    case 'link':
      return [b.kicker, b.headline];
    case 'video':
    case 'embed':
      return [b.title, b.caption, b.credit];
    // A post on another network: its text (links without their scheme) and author, and the quoted post's.
    case 'post':
      return [b, b.quoted].flatMap((p) => (p ? [p.text.replace(/https?:\/\//g, ''), p.author.name] : []));
    case 'gallery':
      return [...b.images.flatMap((p) => [p.caption, p.credit]), b.caption, b.credit];
    default:
      throw new Error(`the sample gained a ${b.type} block: add its text fields here`);
  }
}

/** Every photo of an article (lead and body), as [JSON path, photo]. */
const photosOf = (article) => [
  ...(article.image ? [['image', article.image]] : []),
  ...article.body.flatMap((b, i) => (b.type === 'image' ? [[`body[${i}]`, b]] : [])),
  ...article.body.flatMap((b, i) =>
    b.type === 'gallery' ? b.images.map((p, j) => [`body[${i}].images[${j}]`, p]) : [],
  ),
];

/** Readability's view of a page: readerable, then what it extracts (it changes the document, so last). */
function read(html, url) {
  const { document } = new JSDOM(html, { url }).window;
  const readerable = isProbablyReaderable(document);
  const parsed = new Readability(document).parse();
  assert.ok(parsed, 'Readability extracted nothing');
  const content = new JSDOM(`<body>${parsed.content}</body>`, { url }).window.document;
  return { readerable, url, ...parsed, contentDocument: content };
}

function assertReadable(result, article) {
  assert.equal(result.readerable, true, 'isProbablyReaderable');
  assert.equal(result.title, article.headline, 'title');
  for (const author of article.authors ?? [])
    assert.ok(result.byline?.includes(author.name), `byline "${result.byline}" names ${author.name}`);
  const text = words(result.contentDocument.body.textContent);
  article.body.forEach((b, i) => {
    for (const piece of blockTexts(b).filter(Boolean).map(words))
      assert.ok(text.includes(piece), `body[${i}] (${b.type}): "${piece.slice(0, 60)}…" is not in the content`);
  });
  for (const [path, photo] of photosOf(article)) {
    // Readability makes URLs absolute. (A link card may show the same file, without alt text.)
    const src = new URL(photo.src, result.url).href;
    const same = Array.from(result.contentDocument.querySelectorAll('img')).filter((i) => i.src === src);
    assert.ok(same.length, `${path}: no <img src="${photo.src}"> in the content`);
    const img = same.find((i) => i.getAttribute('alt') === photo.alt);
    assert.ok(img, `${path}: no <img src="${photo.src}"> with its alt text in the content`);
    // Its caption goes with it, in the same element.
    if (photo.caption)
      assert.ok(
        words(img.parentElement.textContent).includes(words(photo.caption)),
        `${path}: caption beside the image`,
      );
  }
}

describe('the server-rendered page', () => {
  for (const [name, article] of Object.entries(ARTICLES))
    test(`${name}: readerable, with title, byline, every block and every photo`, async () => {
      const html = await renderArticle(article, { document: true, onProblem: () => {} });
      assertReadable(read(html, 'http://127.0.0.1/examples/page.html'), article);
    });
});

describe('the client-rendered page', () => {
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

  for (const [page, name] of [
    ['index.html', 'the-corner.json'],
    ['every-block.html', 'every-block.json'],
  ])
    test(`examples/${page}: readerable, with title, byline, every block and every photo`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      const url = `${origin}/examples/${page}`;
      await tab.goto(url);
      await tab.waitForFunction(() => {
        const el = document.querySelector('news-article');
        return el?.querySelector('[data-article-role="header"]') && !el.hasAttribute('loading');
      });
      await tab.evaluate(() => document.querySelector('news-article').updateComplete);
      // The structured data is added after `load`; Readability reads it too.
      await tab.waitForFunction(() => document.querySelector('news-article script[type="application/ld+json"]'));
      // Firefox decides on the live page whether to offer Reader View, with Readability's check and
      // its own test of what is shown: a box with width and height.
      await tab.addScriptTag({ path: READERABLE });
      const offered = await tab.evaluate(() =>
        isProbablyReaderable(document, (node) => node.clientHeight > 0 && node.clientWidth > 0),
      );
      assert.equal(offered, true, "isProbablyReaderable on the live page, with Firefox's visibility test");
      const html = await tab.evaluate(() => document.documentElement.outerHTML);
      await context.close();
      assertReadable(read(html, url), ARTICLES[name]);
    });
});
