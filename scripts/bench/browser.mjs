// Page measurements for scripts/bench.mjs, in the system Chromium through playwright-core. Every run
// gets a fresh browser context (empty cache, no service workers, no cookies).
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../chrome.mjs';

export const VIEWPORTS = {
  375: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  1280: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
};

/**
 * Installed before any page script: records layout shifts, LCP candidates, paint and a few
 * milestones (elements defined, <news-article> load) on window.__perf.
 */
function observe() {
  const perf = (window.__perf = { lcp: [], shifts: [], marks: {} });
  const describe = (node) => {
    if (!node) return '(gone)';
    if (node.nodeType !== 1) return node.nodeName;
    const root = node.getRootNode();
    const own = `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}${node.slot ? `[slot=${node.slot}]` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}${node.dataset?.articleRole ? `[${node.dataset.articleRole}]` : ''}`;
    return root instanceof ShadowRoot ? `${describe(root.host)} >>> ${own}` : own;
  };
  const rect = (r) => (r ? `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}` : '');
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        perf.lcp.push({
          time: e.startTime,
          renderTime: e.renderTime,
          loadTime: e.loadTime,
          size: e.size,
          url: e.url,
          element: e.element
            ? describe(e.element)
            : e.url
              ? 'img in a shadow root (or removed)'
              : 'text in a shadow root (or removed)',
        });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        perf.shifts.push({
          value: e.value,
          time: e.startTime,
          sources: e.sources.map((s) => `${describe(s.node)} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  customElements.whenDefined('news-article').then(() => (perf.marks.defined = performance.now()));
  // <news-article> fires a non-bubbling `load`: capture on the document sees it (a `load` event never
  // reaches window listeners). Images' loads are told apart by their target.
  document.addEventListener(
    'load',
    (e) => {
      if (e.target?.localName === 'news-article' && perf.marks.articleLoad === undefined)
        perf.marks.articleLoad = performance.now();
    },
    true,
  );
}

/** What the page is still waiting for, or '' once the article is fully in: elements defined and rendered, eager images settled. */
export function pending() {
  const deep = (root) =>
    Array.from(root.querySelectorAll('*')).flatMap((e) => (e.shadowRoot ? [e, ...deep(e.shadowRoot)] : [e]));
  const all = deep(document);
  const undefinedEl = document.querySelector(':not(:defined)');
  if (undefinedEl) return `<${undefinedEl.localName}> not defined`;
  if (!all.some((e) => e.localName === 'h1')) return 'no h1 yet';
  if (
    all.some(
      (e) => e.localName === 'news-article' && (e.hasAttribute('loading') || !e.querySelector('[data-article-role]')),
    )
  )
    return '<news-article> still loading';
  const img = all.find((e) => e.localName === 'img' && e.loading !== 'lazy' && !e.complete);
  return img ? `image ${img.getAttribute('src')} incomplete` : '';
}

function collect() {
  const perf = window.__perf;
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const res = (test) => resources.find((r) => test(new URL(r.name).pathname));
  const timing = (r) => (r ? { start: r.startTime, end: r.responseEnd } : undefined);
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  const last = perf.lcp.at(-1);
  return {
    lcp: last?.time,
    lcpElement: last?.element,
    lcpUrl: last?.url,
    lcpSize: last?.size,
    lcpCandidates: perf.lcp.map(
      (e) => `${Math.round(e.time)} ms ${e.element}${e.url ? ` ${e.url.split('/').pop()}` : ''} (${e.size})`,
    ),
    fcp,
    domContentLoaded: nav?.domContentLoadedEventEnd,
    load: nav?.loadEventEnd,
    bundle: timing(res((p) => p.endsWith('/article-elements.js'))),
    data: timing(res((p) => p.endsWith('.json'))),
    image: timing(res((p) => /\.(svg|png|jpe?g|webp|avif)$/.test(p))),
    defined: perf.marks.defined,
    articleLoad: perf.marks.articleLoad,
    cls: perf.shifts.reduce((a, s) => a + s.value, 0),
    shifts: perf.shifts,
  };
}

export class Bench {
  constructor(origin) {
    this.origin = origin;
    /** Every request made by any page, for the third-party count. */
    this.requests = [];
  }

  async start() {
    this.browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
    this.version = this.browser.version();
  }

  async close() {
    await this.browser?.close();
  }

  /** A fresh context and page, with observers installed, request logging and optional throttling. */
  async open({ width = 375, cpu = 1, route } = {}) {
    const context = await this.browser.newContext({ ...VIEWPORTS[width], colorScheme: 'light' });
    await context.addInitScript(observe);
    const requests = [];
    context.on('request', (r) => {
      this.requests.push(r.url());
      requests.push(r.url());
    });
    if (route) await context.route(route.match, route.handler);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (cpu > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    return { context, page, errors, requests };
  }

  /** Loads a page, waits for load and for the article to be complete, settles; returns metrics. */
  async load(path, { width, cpu, route, settle = 500, scroll = false, until } = {}) {
    const { context, page, errors, requests } = await this.open({ width, cpu, route });
    try {
      await page.goto(`${this.origin}/${path}`, { waitUntil: 'load', timeout: 60_000 });
      let stuck = '';
      try {
        if (until) await page.waitForFunction(until, null, { timeout: 30_000, polling: 100 });
        else await page.waitForFunction(`(${pending})() === ''`, null, { timeout: 30_000, polling: 100 });
      } catch (error) {
        // Measure anyway, and say what never happened.
        stuck = until ? error.message : await page.evaluate(`(${pending})()`);
      }
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(settle);
      if (scroll) {
        // Down to the bottom in screen-sized steps (lazy content comes in), then back to the top.
        await page.evaluate(async () => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 120)));
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
            scrollTo(0, y);
            await frame();
          }
          scrollTo(0, document.documentElement.scrollHeight);
          await frame();
          await new Promise((r) => setTimeout(r, 400));
          scrollTo(0, 0);
          await frame();
          await new Promise((r) => setTimeout(r, 400));
        });
      }
      const metrics = await page.evaluate(collect);
      return { ...metrics, errors, requests, stuck };
    } finally {
      await context.close();
    }
  }

  /** A self-timing page (examples/bench/articles.html, quotes.html): returns its window.__bench. */
  async timed(path, { width = 1280, cpu = 1 } = {}) {
    const { context, page, errors } = await this.open({ width, cpu });
    try {
      await page.goto(`${this.origin}/${path}`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => window.__bench, null, { timeout: 120_000, polling: 100 });
      const result = await page.evaluate(() => window.__bench);
      if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
      return result;
    } finally {
      await context.close();
    }
  }

  /** Requests to any origin but the local server (data:, blob: and about: are not requests). */
  foreign() {
    return this.requests.filter((u) => !u.startsWith(`${this.origin}/`) && !/^(data|blob|about):/.test(u));
  }
}
