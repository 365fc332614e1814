// npm run screenshots [page] [name]: an example page at 375 px and 1280 px, light and dark, into docs/
// (default: the reference article; `examples/every-block.html every-block` for the sample with every block type).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';
import { findChrome, CHROME_ARGS } from './chrome.mjs';

const page = process.argv[2] ?? 'examples/index.html';
const name = process.argv[3] ?? 'the-corner';
const server = await serve('.');
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
mkdirSync('docs', { recursive: true });
for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      deviceScaleFactor: width < 500 ? 2 : 1,
    });
    const tab = await context.newPage();
    tab.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
    await tab.goto(base + page);
    await tab.waitForFunction(() => document.querySelector('news-article')?.children.length > 1);
    await tab.waitForTimeout(300);
    const file = `docs/${name}-${width}-${scheme}.png`;
    await tab.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
server.close();
