// Valid HTML (issue 19), checked by two tools nobody on this project wrote: the WHATWG parser
// (parse5: zero parse errors) and html-validate's recommended rules, configured in
// .htmlvalidate.json with only what custom elements and declarative shadow DOM need. Checked on
// the server's output (renderArticle from dist/ssr/index.js, a fragment and a whole document) and on
// the client's (the example pages in the system Chromium once <news-article> has rendered, as
// document.documentElement.outerHTML). Needs `npm run build` (pretest runs it).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment } from 'parse5';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';
import { renderArticle } from '../../dist/ssr/index.js';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (name) => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8'));
// The configuration is found from the file name given, as for a file in the repository's root.
const validator = new HtmlValidate(new FileSystemConfigLoader());

/**
 * Rules on how markup is written that a DOM serialization (outerHTML) cannot follow, whatever the
 * page's source says: it writes a boolean attribute as `crossorigin=""`, and moves the whitespace
 * after </body> into the body, leaving a line of spaces. Off for the client's output only.
 */
const SERIALIZED = { rules: { 'attribute-empty-style': 'off', 'no-trailing-whitespace': 'off' } };

/** Every complaint of both tools about `html`, each with a little of the markup around it. */
async function problems(html, { fragment, serialized = false }) {
  const found = [];
  const around = (offset) => JSON.stringify(html.slice(Math.max(0, offset - 40), offset + 20));
  (fragment ? parseFragment : parse)(html, {
    onParseError: (e) => found.push(`parse5: ${e.code} at ${e.startOffset}: ${around(e.startOffset)}`),
  });
  const file = join(ROOT, fragment ? 'fragment.html' : 'document.html');
  const report = await validator.validateString(html, file, serialized ? SERIALIZED : {});
  for (const result of report.results)
    for (const m of result.messages)
      found.push(`html-validate: ${m.ruleId}: ${m.message} (${m.selector ?? `offset ${m.offset}`})`);
  return found;
}

describe('the server output', () => {
  for (const file of ['the-corner.json', 'every-block.json'])
    for (const document of [false, true])
      test(`${file}, ${document ? 'a whole document' : 'a fragment'}: no parse error, valid`, async () => {
        const warnings = [];
        const html = await renderArticle(json(file), { document, onProblem: (p) => warnings.push(p) });
        assert.deepEqual(warnings, [], 'the example renders without a warning');
        assert.ok(/<template [^>]*shadowrootmode="open"/.test(html), 'declarative shadow DOM is checked too');
        assert.deepEqual(await problems(html, { fragment: !document }), []);
      });

  test('the checks see what they must: a stray Lit marker, a misused aria-label, a self-closed <meta>', async () => {
    // Each a mistake the server once made: the checks above cannot pass on output that has them.
    const html = await renderArticle(json('the-corner.json'), { document: true });
    const mistakes = [
      ['</slot>', '<?></slot>', /parse5: unexpected-question-mark-instead-of-tag-name/],
      ['<address part="byline"', '<address part="byline" aria-label="Byline"', /html-validate: aria-label-misuse/],
      ['<meta charset="utf-8">', '<meta charset="utf-8" />', /html-validate: void-style/],
    ];
    for (const [from, to, expected] of mistakes) {
      assert.ok(html.includes(from), from);
      assert.match((await problems(html.replace(from, to), { fragment: false })).join('\n'), expected);
    }
  });
});

describe('the client output, in Chromium', () => {
  let server, browser, origin;
  before(async () => {
    server = await serve(ROOT);
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const page of ['index.html', 'every-block.html'])
    test(`examples/${page} once <news-article> has rendered: no parse error, valid`, async () => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(`${origin}/examples/${page}`);
      // Rendered: the data read, every element in the page updated.
      await tab.waitForFunction(() => {
        const el = document.querySelector('news-article');
        return customElements.get('news-article') && el && !el.loading && el.children.length > 0;
      });
      const html = await tab.evaluate(async () => {
        const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
        await Promise.all(elements.map((e) => e.updateComplete));
        return `${new XMLSerializer().serializeToString(document.doctype)}\n${document.documentElement.outerHTML}`;
      });
      await context.close();
      assert.deepEqual(errors, []);
      assert.ok(html.includes('<article-header'), 'the article is in the page');
      assert.deepEqual(await problems(html, { fragment: false, serialized: true }), []);
    });
});
