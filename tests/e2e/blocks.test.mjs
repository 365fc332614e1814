// Every block type end to end, in the system Chromium: the script-tag bundle (whose rarer block
// types load lazily, from files beside it, only when an article uses them), server rendering read
// with JavaScript off, and a publisher's own block type (defineBlock) on the server and in
// `validate`. Needs `npm run build` (pretest runs it): dist/.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { defineBlock, html, normalizeArticle } from '../../dist/index.js';
import { renderArticle } from '../../dist/ssr/index.js';

const ROOT = new URL('../../', import.meta.url);
const sample = JSON.parse(readFileSync(new URL('examples/every-block.json', ROOT), 'utf8'));

/** The block types whose code the script-tag bundle loads lazily (vite.config.ts). */
const LAZY = ['list', 'table', 'code', 'callout', 'correction', 'link', 'gallery'];
const LAZY_FILE = new RegExp(`/dist/article-elements-(${LAZY.join('|')})-[\\w-]+\\.js$`);

/** Words as a reader gets them: block tags a space, inline tags nothing, case and whitespace folded. */
const words = (text) =>
  text
    .replace(/<\/?(?:p|li|ul|ol|br)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase(); // innerText applies text-transform

const itemTexts = (items) => items.flatMap((i) => (typeof i === 'string' ? [i] : [i.html, ...itemTexts(i.items)]));

/** What a reader must find of a block, in order. */
function blockTexts(b) {
  switch (b.type) {
    case 'paragraph':
      return [b.html];
    case 'heading':
    case 'code':
      return [b.text];
    case 'blockquote':
      return [b.html, b.source?.name];
    case 'pullquote':
      return [b.text, b.attribution];
    case 'tweet':
      return [b.text, b.author.name];
    case 'image':
      return [b.caption, b.credit];
    case 'list':
      return itemTexts(b.items);
    case 'table':
      return [b.caption, ...(b.head ?? []).flat(), ...b.rows.flat(), b.source?.name];
    case 'divider':
      return [];
    case 'video':
    case 'embed':
      return [b.title, b.caption, b.credit];
    case 'post':
      return [b.text, b.author.name, b.quoted?.text, b.quoted?.author.name];
    case 'gallery':
      return [...b.images.flatMap((p) => [p.caption, p.credit]), b.caption, b.credit];
    case 'callout':
      return [b.label, b.title, b.html];
    case 'correction':
      return [b.kind === 'update' ? 'Update' : 'Correction', b.html];
    case 'link':
      return [b.kicker, b.headline];
    default:
      throw new Error(`the sample gained a ${b.type} block: add its text fields here`);
  }
}

/** Every text of the sample, in reading order: [where it comes from, its words]. */
const READING_ORDER = [
  ['section', sample.section.name],
  ['category', sample.category.name],
  ['headline', sample.headline],
  ['dek', sample.dek],
  ['image.caption', sample.image.caption],
  ['image.credit', sample.image.credit],
  ...sample.body.flatMap((b, i) => blockTexts(b).map((t) => [`body[${i}] (${b.type})`, t])),
  ...sample.authors.flatMap((a, i) => [
    [`authors[${i}].name`, a.name],
    [`authors[${i}].bio`, a.bio],
  ]),
]
  .filter(([, t]) => t)
  .map(([path, t]) => [path, words(t)]);

function assertReadingOrder(text) {
  const seen = words(text);
  let at = 0;
  for (const [path, piece] of READING_ORDER) {
    const found = seen.indexOf(piece, at);
    assert.ok(found >= 0, `${path}: "${piece.slice(0, 60)}…" not shown after what comes before it`);
    at = found + piece.length;
  }
}

const [correction] = sample.body.filter((b) => b.type === 'correction');
/** The correction is schema.org's CorrectionComment; the update (the sample's last block) is not one. */
function assertCorrection(ld) {
  assert.deepEqual(ld.correction, [
    { '@type': 'CorrectionComment', text: correction.html.replace(/<[^>]+>/g, ''), datePublished: correction.date },
  ]);
}

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

/**
 * Opens `path` in a fresh context, recording every request and every error. `routes` answers some
 * URLs (path -> { body, type }) instead of the server.
 */
async function open(path, { js = true, width = 375, routes = {} } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: js });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const [route, { body, type }] of Object.entries(routes))
    await page.route(`${origin}${route}`, (r) => r.fulfill({ body, contentType: type }));
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('load');
  return { page, requests, errors, close: () => context.close() };
}

/** Waits for `<news-article>` to finish rendering, then scrolls through so lazy images load too. */
async function rendered(page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('news-article');
    return el?.querySelector(':scope > [data-article-role="header"]') && !el.hasAttribute('loading');
  });
  await page.evaluate(() => document.querySelector('news-article').updateComplete);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

/** The lazily loaded block files requested, by type, with how often each was asked for. */
function lazyRequests(requests) {
  const counts = {};
  for (const url of requests) {
    const type = LAZY_FILE.exec(new URL(url).pathname)?.[1];
    if (type) counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

/** What overflows sideways: the page, and the table's and code's own scrolling boxes. */
const layoutAt = (page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const box = (selector) => {
      const el = document.querySelector(selector);
      return el && { overflowX: getComputedStyle(el).overflowX, scrolls: el.scrollWidth > el.clientWidth };
    };
    const th = document.querySelectorAll('news-article > [data-article-role="table"] th');
    return {
      clientWidth: root.clientWidth,
      overflow: root.scrollWidth - root.clientWidth,
      table: box('news-article > [data-article-role="table"] > section'),
      code: box('news-article > pre[data-article-role="code"]'),
      align: Array.from(th, (cell) => getComputedStyle(cell).textAlign),
    };
  });

function assertLayout(layout) {
  assert.equal(layout.clientWidth, 320);
  assert.equal(layout.overflow, 0, 'the page scrolls sideways');
  assert.deepEqual(layout.table, { overflowX: 'auto', scrolls: true }, 'the table scrolls in its own box');
  assert.deepEqual(layout.code, { overflowX: 'auto', scrolls: true }, 'the code scrolls in its own box');
  assert.deepEqual(layout.align, ['start', 'end', 'end', 'end', 'end', 'start'], 'figures align to the end');
}

describe('the script-tag bundle', () => {
  test('dist/ has a file of its own for each lazily loaded block type', () => {
    const files = readdirSync(new URL('dist/', ROOT)).map((f) => `/dist/${f}`);
    for (const type of LAZY)
      assert.ok(
        files.some((f) => LAZY_FILE.exec(f)?.[1] === type),
        `no dist/article-elements-${type}-*.js`,
      );
  });

  test('renders every block of the every-block sample, loading each block file it uses once, from no other origin', async () => {
    const { page, requests, errors, close } = await open('/tests/e2e/pages/every-block.html', { width: 320 });
    await rendered(page);
    assertReadingOrder(await page.locator('news-article').innerText());
    assert.deepEqual(lazyRequests(requests), Object.fromEntries(LAZY.map((type) => [type, 1])));
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests to other origins');
    // The words of the lazily loaded blocks count in the reading time, as in the npm build.
    const minutes = await page.locator('news-article > article-header').getAttribute('reading-time');
    assert.equal(minutes, String(normalizeArticle(sample).article.readingTime));
    // The link card is one link, named by its kicker and headline.
    const card = sample.body.find((b) => b.type === 'link');
    const name = `${card.kicker} ${card.headline}`;
    assert.equal(await page.getByRole('link', { name, exact: true }).count(), 1, `one link named "${name}"`);
    // The styles of the lazily loaded blocks arrive with their code.
    assertLayout(await layoutAt(page));
    const ld = JSON.parse(await page.locator('news-article > script[type="application/ld+json"]').textContent());
    assertCorrection(ld);
    assert.deepEqual(errors, []);
    await close();
  });

  test('the reference article (no rarer block) requests no block file', async () => {
    const { page, requests, errors, close } = await open('/examples/index.html');
    await rendered(page);
    assert.ok(
      requests.some((u) => u.endsWith('/dist/article-elements.js')),
      'the page loads the script-tag bundle',
    );
    assert.deepEqual(lazyRequests(requests), {});
    assert.deepEqual(errors, []);
    await close();
  });

  test('an article with some of the rarer types requests exactly their files', async () => {
    const article = {
      headline: 'Two rarer types',
      body: [
        { type: 'paragraph', html: 'A table and some code.' },
        { type: 'table', rows: [['Harmon Street', '1.8']] },
        { type: 'code', text: 'SELECT 1;' },
        { type: 'table', rows: [['Station Road', '3.1']] },
      ],
    };
    const { page, requests, errors, close } = await open('/tests/e2e/pages/every-block.html', {
      routes: { '/examples/every-block.json': { body: JSON.stringify(article), type: 'application/json' } },
    });
    await rendered(page);
    assert.deepEqual(lazyRequests(requests), { table: 1, code: 1 });
    assert.equal(await page.locator('news-article > figure[data-article-role="table"] table').count(), 2);
    assert.equal(await page.locator('news-article > pre > code').textContent(), 'SELECT 1;');
    assert.deepEqual(errors, []);
    await close();
  });
  // A hashed block file can go missing (a deploy replaced it while a cached page still names the
  // old one, or the network dropped it): only the blocks of that type may drop out, never the article.
  test('a block file that fails to load leaves out only the blocks of its type', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.route(/\/dist\/article-elements-table-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${origin}/tests/e2e/pages/every-block.html`);
    await page.waitForFunction(() => {
      const el = document.querySelector('news-article');
      return (
        el && !el.hasAttribute('loading') && (el.children.length || el.shadowRoot?.querySelector('[part="error"]'))
      );
    });
    const state = await page.evaluate(() => {
      const el = document.querySelector('news-article');
      return {
        error: el.shadowRoot.querySelector('[part="error"]')?.textContent.trim(),
        tables: el.querySelectorAll(':scope > [data-article-role="table"]').length,
        lists: el.querySelectorAll(':scope > [data-article-role="list"]').length,
        header: Boolean(el.querySelector(':scope > [data-article-role="header"]')),
      };
    });
    assert.deepEqual(state, { error: undefined, tables: 0, lists: 2, header: true });
    const at = sample.body.findIndex((b) => b.type === 'table');
    assert.ok(
      warnings.some((w) => w.startsWith(`news-article: body[${at}]`)),
      `a warning names body[${at}]: ${warnings.join(' | ')}`,
    );
    await context.close();
  });
});

describe('server rendering, read with JavaScript off', () => {
  test('shows every block, in light DOM, laid out at 320 px, with the correction in the JSON-LD', async () => {
    const problems = [];
    const document = await renderArticle(sample, { document: true, onProblem: (p) => problems.push(p) });
    assert.deepEqual(problems, [], 'the sample is clean');
    // Served from examples/, where the article's page-relative images are.
    const path = '/examples/every-block.ssr.html';
    const { page, requests, errors, close } = await open(path, {
      js: false,
      width: 320,
      routes: { [path]: { body: document, type: 'text/html; charset=utf-8' } },
    });
    assertReadingOrder(await page.locator('body').innerText());
    const found = await page.evaluate(() =>
      [
        'news-article > ul[data-article-role="list"] > li > ul > li',
        'news-article > ol[data-article-role="list"][start="3"] > li',
        'news-article > figure[data-article-role="table"] > section > table > thead > tr > th[scope="col"]',
        'news-article > figure[data-article-role="table"] table > tbody > tr > td',
        'news-article > pre[data-article-role="code"] > code.language-sql',
        'news-article > hr',
        'news-article > [role="note"][data-article-role="callout"]',
        'news-article > [role="note"][data-article-role="correction"] time[datetime]',
        'news-article > a[data-article-role="link"] > img[alt=""][loading="lazy"]',
      ].map((s) => [s, document.querySelectorAll(s).length]),
    );
    assert.deepEqual(
      found.filter(([, n]) => n === 0),
      [],
      'elements missing from the light DOM',
    );
    assertLayout(await layoutAt(page));
    assertCorrection(JSON.parse(await page.locator('script[type="application/ld+json"]').textContent()));
    assert.deepEqual(lazyRequests(requests), {});
    assert.ok(!requests.some((u) => u.endsWith('.js')), 'no script requested');
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('a block type of the publisher’s own', () => {
  const recipe = {
    type: 'recipe',
    name: 'Lentil soup <script>alert(1)</script>',
    steps: ['Soften the onion.', 'Add the lentils and stock.'],
  };
  const article = {
    headline: 'Friday soup',
    body: [{ type: 'paragraph', html: 'Before the recipe.' }, recipe, { type: 'paragraph', html: 'After it.' }],
  };

  test('renders on the server: defineBlock and html from the package index, renderArticle from ssr', async () => {
    defineBlock('recipe', {
      normalize: (read) => ({ name: read.text('name', true), steps: read.list('steps', (s) => s) }),
      render: (b) =>
        html`<section class="recipe">
          <p>${b.name}</p>
          <ol>
            ${b.steps.map((s) => html`<li>${s}</li>`)}
          </ol>
        </section>`,
      text: (b) => `${b.name} ${b.steps.join(' ')}`,
    });
    const problems = [];
    const out = await renderArticle(article, { onProblem: (p) => problems.push(p) });
    assert.deepEqual(problems, []);
    const doc = new JSDOM(out).window.document;
    const section = doc.querySelector('news-article > section.recipe');
    assert.ok(section, 'the recipe block is rendered');
    assert.equal(section.previousElementSibling.textContent, 'Before the recipe.');
    assert.equal(section.nextElementSibling.textContent, 'After it.');
    assert.equal(section.querySelector('p').textContent, recipe.name, 'data stays text');
    assert.equal(doc.querySelectorAll('script:not([type="application/ld+json"])').length, 0);
    assert.deepEqual(
      Array.from(section.querySelectorAll('ol > li'), (li) => li.textContent),
      recipe.steps,
    );
  });

  describe('validate', () => {
    let dir;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'article-blocks-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    const validate = (...args) =>
      spawnSync(process.execPath, ['dist/cli.js', 'validate', ...args], { cwd: ROOT, encoding: 'utf8' });
    const write = (name, data) => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(data));
      return file;
    };

    test('accepts the every-block sample', () => {
      const run = validate('examples/every-block.json');
      assert.equal(run.status, 0, run.stdout + run.stderr);
    });

    test('accepts a recipe block with --block recipe, and names it as unknown without', () => {
      const file = write('recipe.json', article);
      const accepted = validate(file, '--block', 'recipe');
      assert.equal(accepted.status, 0, accepted.stdout + accepted.stderr);
      const refused = validate(file);
      assert.equal(refused.status, 1, refused.stdout + refused.stderr);
      assert.match(refused.stdout, /body\[1\].*unknown block type "recipe"/);
    });

    test('checks a recipe block against the schema given with --block', () => {
      const schema = write('recipe.schema.json', {
        required: ['name', 'steps'],
        properties: { name: { type: 'string' }, steps: { type: 'array', items: { type: 'string' } } },
      });
      const good = write('good.json', article);
      const bad = write('bad.json', { ...article, body: [{ type: 'recipe', steps: 'stir' }] });
      assert.equal(validate(good, '--block', `recipe=${schema}`).status, 0);
      const run = validate(bad, '--block', `recipe=${schema}`);
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /body\[0\]/);
    });
  });
});
