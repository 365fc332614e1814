// End to end, in the system Chromium: publisher pages served with a strict Content-Security-Policy
// and Trusted Types enforced, opened as top-level documents (tests/csp.test.ts opens the same pages in
// every engine, framed). The page's first script, external, records securitypolicyviolation events
// from the start; the browser's own console reports of refused content count too.
// `npm test` builds the bundle first (pretest).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { STRICT_CSP, TRUSTED_TYPES, headersFor } from './pages/headers.mjs';

const corner = JSON.parse(readFileSync(new URL('../../examples/the-corner.json', import.meta.url), 'utf8'));
const squash = (t) =>
  t
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const expected = (a) =>
  [
    a.section?.name,
    a.category?.name,
    a.headline,
    a.image?.caption,
    a.image?.credit,
    ...a.body.flatMap((b) => [
      b.html?.replace(/<\/p><p>/g, ' '),
      b.text,
      b.attribution,
      b.source?.name,
      b.author?.name,
    ]),
    ...a.authors.flatMap((x) => [x.name, x.role, x.bio]),
  ]
    .filter(Boolean)
    .map(squash);

let server, browser, origin;
before(async () => {
  server = await serve('.', 0, { headers: headersFor });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function open(page, { width = 375 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  const response = await tab.goto(`${origin}/tests/e2e/pages/${page}`);
  await tab.waitForFunction(() => {
    const el = document.querySelector('news-article');
    return el && !el.hasAttribute('loading') && el.querySelector('[data-article-role="header"]');
  });
  await tab.evaluate(() => document.querySelector('news-article').updateComplete);
  await tab.waitForLoadState('networkidle');
  return { tab, response, problems, close: () => context.close() };
}

/** What the page looks like to the tests: violations recorded, words shown, styles in force. */
function inspect(tab) {
  return tab.evaluate(() => {
    const article = document.querySelector('news-article');
    const part = (el, name) => el.shadowRoot.querySelector(`[part~="${name}"]`);
    const lead = article.querySelector('[data-article-role="lead"] > img');
    const ld = article.querySelector('script[type="application/ld+json"]');
    const inline = article.querySelector('script[type="application/json"]');
    return {
      violations: window.pageReport.violations,
      errors: window.pageReport.errors,
      text: article.innerText,
      headline: parseFloat(
        getComputedStyle(part(article.querySelector('[data-article-role="header"]'), 'headline')).fontSize,
      ),
      body: parseFloat(getComputedStyle(article.querySelector(':scope > p')).fontSize),
      leadLoaded: lead.complete && lead.naturalWidth > 0,
      leadDisplay: getComputedStyle(lead).display,
      jsonLd: ld && JSON.parse(ld.textContent),
      inline: inline && JSON.parse(inline.textContent),
      inlineStyleBlocked: (() => {
        const probe = document.createElement('div');
        probe.setAttribute('style', 'color: rgb(1, 2, 3)');
        document.body.append(probe);
        const blocked = getComputedStyle(probe).color !== 'rgb(1, 2, 3)';
        probe.remove();
        return blocked;
      })(),
    };
  });
}

function assertWhole(seen, article) {
  assert.deepEqual(seen.violations, [], 'securitypolicyviolation events');
  assert.deepEqual(seen.errors, [], 'page errors');
  const text = squash(seen.text);
  for (const piece of expected(article)) assert.ok(text.includes(piece), `not shown: "${piece.slice(0, 60)}…"`);
  assert.ok(
    seen.headline > seen.body * 1.5,
    `headline ${seen.headline}px set larger than body ${seen.body}px: shadow styles applied`,
  );
  assert.ok(seen.leadLoaded, 'lead photo loaded under img-src');
  assert.equal(seen.leadDisplay, 'block', "photo-figure's styles applied");
  assert.equal(seen.jsonLd?.['@type'], 'NewsArticle', 'JSON-LD added through the Trusted Types policy');
  assert.equal(seen.jsonLd.headline, article.headline);
  assert.ok(seen.inlineStyleBlocked, 'the policy is in force (an inline style attribute is refused)');
}

test('the reference article from <news-article src> under the strict policy: no violation, every word, styled', async () => {
  const { tab, response, problems, close } = await open('csp.html');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  const seen = await inspect(tab);
  assertWhole(seen, corner);
  // The probe above is the only refusal the browser reports.
  assert.deepEqual(
    problems.filter((p) => !/inline style|style-src/i.test(p)),
    [],
    'errors in the console',
  );
  await close();
});

test('an inline-JSON article (a data block, never executed) under the strict policy', async () => {
  const { tab, problems, close } = await open('csp-inline.html');
  const seen = await inspect(tab);
  assertWhole(seen, seen.inline);
  assert.deepEqual(
    problems.filter((p) => !/inline style|style-src/i.test(p)),
    [],
    'errors in the console',
  );
  await close();
});

test('the bundle twice under the policy with the trusted-types names docs/csp.md gives', async () => {
  const { tab, response, problems, close } = await open('csp-named.html');
  assert.equal(response.headers()['content-security-policy'], `${STRICT_CSP}; ${TRUSTED_TYPES}`);
  assertWhole(await inspect(tab), corner);
  assert.deepEqual(
    problems.filter((p) => !/inline style|style-src/i.test(p)),
    [],
    'errors in the console',
  );
  await close();
});
