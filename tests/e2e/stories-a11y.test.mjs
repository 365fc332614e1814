// axe-core on every Storybook story and on the example pages (the reference article, and the sample
// with every block type), in light and dark colour
// schemes, at 375 and 1280 px (WCAG 2.2 A and AA rules). Builds the static Storybook first when it
// is missing or older than the sources.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const newest = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => statSync(join(dir, f)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
const index = 'storybook-static/index.json';
if (!existsSync(index) || Math.max(newest('src'), newest('stories'), newest('.storybook')) > statSync(index).mtimeMs) {
  execFileSync('npm', ['run', 'build-storybook'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const stories = Object.values(JSON.parse(readFileSync(index, 'utf8')).entries).filter((e) => e.type === 'story');

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

async function audit(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource });
  // Storybook's a11y panel may be running axe in the same page: wait for it to finish.
  const result = await page.evaluate(async () => {
    for (;;) {
      try {
        return await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
      } catch (error) {
        if (!/already running/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Waits until every article element on the page has rendered (and news-article has loaded or failed).
const settled = () =>
  Promise.all(
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.includes('-') && el.updateComplete)
      .map((el) => el.updateComplete),
  ).then(() => new Promise((r) => setTimeout(r, 50)));

const CONFIGS = [
  ['light', 375],
  ['light', 1280],
  ['dark', 375],
  ['dark', 1280],
];

// Each page is loaded once and audited in all four configurations (scheme and width are switched
// in place, which re-lays out the page as a fresh load would).
test(`axe: ${stories.length} stories and four example pages, light and dark, at 375 and 1280 px`, async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const failures = [];
  const pages = [
    ...stories.map((story) => [story.id, `storybook-static/iframe.html?id=${story.id}&viewMode=story`]),
    ...['examples/index.html', 'examples/ssr.html', 'examples/hand-authored.html', 'examples/every-block.html'].map(
      (p) => [p, p],
    ),
  ];
  for (const [name, path] of pages) {
    await page.goto(`${origin}/${path}`);
    if (path.startsWith('storybook'))
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0);
    await page.evaluate(settled);
    for (const [scheme, width] of CONFIGS) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const violations = await audit(page);
      if (violations.length) failures.push(`${name} (${scheme}, ${width}px): ${violations.join('; ')}`);
    }
  }
  await context.close();
  assert.deepEqual(failures, []);
});

// English interface strings (src/internal/i18n.ts and the elements' msg() calls), as a reader sees
// them or hears them (aria-label).
const ENGLISH = [
  /\bBy\b/,
  /\bmin read\b/,
  /\bUpdated\b/,
  /\bView on X\b/,
  /\bLoad post from X\b/,
  /\bLoading the live post\b/,
  /\bSkip past post\b/,
  /\bAbout\b/,
  /\bProfiles\b/,
  /\bImage unavailable\b/,
  /\bPhoto:/,
  /\bByline\b/,
];

// Storybook registers the languages as the script-tag bundle does, so its right-to-left (Arabic)
// stories show no English interface text.
test('right-to-left stories show Arabic interface strings, no English', async () => {
  const rtl = stories.filter((story) => /right-to-left/.test(story.id));
  assert.ok(rtl.length >= 5, `expected the right-to-left stories, found ${rtl.map((s) => s.id)}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const found = [];
  for (const story of rtl) {
    await page.goto(`${origin}/storybook-static/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0);
    await page.evaluate(settled);
    // Every text node and aria-label inside the Arabic part of the page, shadow roots included.
    const texts = await page.evaluate(() => {
      const out = [];
      const walk = (root) => {
        for (const node of root.childNodes) {
          if (node.nodeType === Node.TEXT_NODE) out.push(node.data);
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          if (node.localName === 'style' || node.localName === 'script') continue;
          if (node.hasAttribute('aria-label')) out.push(node.getAttribute('aria-label'));
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      };
      for (const el of document.querySelectorAll('[lang|="ar"]')) walk(el);
      return out;
    });
    assert.ok(texts.join('').trim().length > 0, `${story.id}: no Arabic content found`);
    for (const text of texts) {
      if (ENGLISH.some((re) => re.test(text))) found.push(`${story.id}: "${text.trim()}"`);
    }
  }
  await context.close();
  assert.deepEqual(found, []);
});
