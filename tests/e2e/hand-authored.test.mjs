// Hand-authored markup looks like the same article rendered from JSON (issue 21): the reference
// article written by hand (examples/hand-authored.html) against examples/index.html, which renders
// it from the-corner.json, in the system Chromium at 375 and 1280 px, light and dark. Each pair of
// matching pieces must have the same computed type, colour and box. Needs `npm run build`.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';

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
 * The computed style of each piece of the article on `path`: what a reader sees of it. Shadow parts
 * are reached through their hosts; box offsets are relative to the article's column.
 */
async function pieces(path, width, scheme) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(origin + path);
  await page.waitForFunction(
    () => document.querySelector('news-article > author-bio') && customElements.get('news-article'),
  );
  await page.evaluate(() => document.querySelector('news-article').updateComplete);
  const result = await page.evaluate(() => {
    const article = document.querySelector('news-article');
    const left = article.getBoundingClientRect().left;
    const part = (host, name) => host?.shadowRoot?.querySelector(`[part~="${name}"]`);
    const style = (el) => {
      if (!el) return null;
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        font: `${s.fontStyle} ${s.fontWeight} ${s.fontSize}/${s.lineHeight} ${s.fontFamily}`,
        color: s.color,
        margin: `${s.marginBlockStart} ${s.marginBlockEnd}`,
        left: Math.round(box.left - left),
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
    };
    const header = article.querySelector(':scope > article-header');
    const lead = article.querySelector(':scope > photo-figure[lead]');
    const block = article.querySelector(':scope > pull-quote[variant="block"]');
    const pull = article.querySelector(':scope > pull-quote:not([variant="block"])');
    const post = article.querySelector(':scope > tweet-embed');
    const bio = article.querySelector(':scope > author-bio');
    const paragraphs = article.querySelectorAll(':scope > p');
    return {
      headline: style(part(header, 'headline')),
      kicker: style(part(header, 'kicker')),
      byline: style(part(header, 'byline')),
      lead: style(lead),
      caption: style(part(lead, 'caption')),
      'first paragraph': style(paragraphs[0]),
      'last paragraph': style(paragraphs[paragraphs.length - 1]),
      'block quotation': style(block),
      'its first paragraph': style(block?.querySelector('p')),
      'its source': style(part(block, 'source')),
      'its source, slotted': style(block?.querySelector('[slot="source"]')),
      'pull quote': style(pull),
      post: style(post),
      "post's text": style(part(post, 'text')),
      bio: style(bio),
      "bio's text": style(part(bio, 'bio')),
    };
  });
  await context.close();
  return result;
}

describe('hand-authored markup and the same article from JSON', () => {
  for (const width of [375, 1280])
    for (const scheme of ['light', 'dark'])
      test(`look the same at ${width} px, ${scheme}`, async () => {
        const [json, hand] = await Promise.all([
          pieces('/examples/index.html', width, scheme),
          pieces('/examples/hand-authored.html', width, scheme),
        ]);
        for (const [name, fromJson] of Object.entries(json)) {
          assert.ok(fromJson, `${name}: missing from the JSON rendering`);
          assert.deepEqual(hand[name], fromJson, `${name} differs`);
        }
      });
});
