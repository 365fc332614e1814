// Untrusted data end to end, in the system Chromium: the corpus of tests/security/ (every payload in
// every field of the Article JSON) through server rendering (renderArticle from dist/ssr/index.js),
// loaded with JavaScript off and with it on (then the script-tag bundle upgrades the elements). With
// JavaScript on, dispatched events reach every element of every article, and the real mouse hovers
// over and clicks everything in two articles of each kind of payload, server-rendered and rendered
// in the browser by <news-article>. The browser suites (tests/security/*.test.ts) cover the same
// pairs in three engines, and every attribute of every element. Needs `npm run build` (pretest runs it).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { renderArticle } from '../../dist/ssr/index.js';
import { KIND_COUNTS, PAYLOADS, installCanary } from '../security/payloads.js';
import {
  ARTICLE_FIELDS,
  BENIGN_PARAGRAPH,
  articleFor,
  markerAfter,
  markerBefore,
  norm,
  srcsetUrls,
  unsafeUrl,
  verbatim,
} from '../security/fields.js';
import { htmlOracle, inspectDom, installNavigationGuard, mouseTargets, pokeEverything } from '../security/inspect.js';

const IMAGE = '/examples/the-corner-lead.svg';
const BUNDLE = '/dist/article-elements.js';

/**
 * Groups of fields rendered together (see GROUPS in tests/security/fields.js): one article per
 * payload and group. `lang` is only parsed, not laid out: a page of 306 unknown language tags takes
 * Chromium half a minute to lay out, and a lang attribute shows nothing (the browser suites lay it out).
 */
const SSR_GROUPS = [
  { groups: ['text'], layout: true },
  { groups: ['url'], layout: true },
  { groups: ['shorthand', 'srcset'], layout: true },
  { groups: ['lang'], layout: false },
];

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

const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const listed = (title, problems, max = 12) =>
  problems.length
    ? `${title} (${problems.length}):\n${problems
        .slice(0, max)
        .map((p) => `  - ${p}`)
        .join('\n')}${problems.length > max ? `\n  … and ${problems.length - max} more` : ''}`
    : '';
const byId = new Map(PAYLOADS.map((p) => [String(p.id), p.name]));

/** A page at `path` on the test server answering `html`, in a fresh context; it records what it must never do. */
async function open(path, html, { js = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 2000 } });
  const page = await context.newPage();
  const seen = { dialogs: [], errors: [], navigations: [], popups: [] };
  page.on('dialog', (d) => (seen.dialogs.push(`${d.type()}: ${d.message()}`), d.dismiss().catch(() => {})));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('popup', (p) => seen.popups.push(p.url()));
  page.on(
    'framenavigated',
    (f) => f === page.mainFrame() && f.url() !== `${origin}${path}` && seen.navigations.push(f.url()),
  );
  // Only the page and the files it needs reach the test server; a payload's URL (relative junk, or
  // another origin) gets a 404 here and is never sent.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${origin}${path}` && html !== undefined)
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    if (/^\/(dist|examples|tests\/e2e\/pages)\/[\w./-]+$/.test(url.slice(origin.length))) return route.continue();
    return route.fulfill({ status: 404, body: 'not found' });
  });
  if (js) await page.addInitScript(installCanary);
  // The consent manager says no: pressing an embed's button must never load a third party's frame.
  if (js) await page.addInitScript(() => document.addEventListener('embed-activate', (e) => e.preventDefault()));
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 60000 });
  return { page, seen, close: () => context.close() };
}

/**
 * The real mouse (Chromium's input pipeline: trusted events, :hover, link activation) over the
 * `selector` matches numbered `indices`, each scrolled into view: it moves over every element, light
 * and shadow, and clicks every link, button and other control. Returns how many points it visited.
 */
async function realMouse(page, selector, indices) {
  const cdp = await page.context().newCDPSession(page);
  let points = 0;
  const send = (type, { x, y }) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: type === 'mouseMoved' ? 'none' : 'left',
      clickCount: 1,
    });
  for (const index of indices) {
    const { hover, click } = await page.evaluate(mouseTargets, { selector, index });
    points += hover.length + click.length;
    // Pipelined: the browser handles the events in order, each hit-tested where the mouse is then.
    await Promise.all(hover.map((p) => send('mouseMoved', p)));
    await Promise.all(click.flatMap((p) => [send('mouseMoved', p), send('mousePressed', p), send('mouseReleased', p)]));
  }
  await cdp.detach();
  return points;
}

/**
 * The payloads the real mouse visits: the first of each kind, and every one whose handler answers the
 * mouse (a click takes about 8 ms here, too slow for the whole corpus; dispatched events reach every
 * element of every payload).
 */
const MOUSE_SAMPLE = new Set(
  PAYLOADS.filter(
    (p, i) => PAYLOADS.findIndex((q) => q.kind === p.kind) === i || /mouse|click|pointer/.test(p.name),
  ).map((p) => p.id),
);

/** Lets asynchronous handlers (image errors, autofocus, animations) have their chance. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 150))));

/** What the canary, the navigation guard and the page's own error listeners saw. */
const incidents = async (page, seen) => {
  const inPage = await page.evaluate(() => ({
    fired: window.__xssFired ?? [],
    unsafe: window.__unsafeNavigations ?? [],
  }));
  return [
    listed(
      'the canary fired for',
      inPage.fired.map((id) => byId.get(id) ?? id),
    ),
    listed('a click reached an unsafe link', inPage.unsafe),
    listed('dialogs', seen.dialogs),
    listed('uncaught errors', seen.errors),
    listed('navigations', seen.navigations),
    listed('popups', seen.popups),
  ].filter(Boolean);
};

/**
 * The checks on what a reader gets, for one rendered payload: `text` is the visible text of its
 * article, `alts` its images' alt texts, `codes` the text of its code blocks, `oracle` what
 * htmlOracle says of each HTML field, `reported` the JSON paths warned about.
 */
function expectations(items, { text, alts, codes = [], oracle, reported }, payload) {
  const missing = [];
  const silent = [];
  for (const item of items) {
    const { kind, name } = item.field;
    const where = `${name}: ${payload.name}`;
    if ((kind === 'text' || kind === 'code') && !text.includes(norm(item.value)))
      missing.push(`${where}: not shown as text`);
    if (kind === 'code' && !codes.some((c) => verbatim(c) === verbatim(item.value)))
      missing.push(`${where}: not kept verbatim in a <pre>`);
    if (kind === 'tweet-text')
      for (const m of [markerBefore(item.key), markerAfter(item.key)])
        if (!text.includes(m)) missing.push(`${where}: ${m}`);
    if (kind === 'html' || kind === 'href') {
      const o = oracle.get(item.key);
      if (!o.markers.includes(markerBefore(item.key))) missing.push(`${where}: oracle lost the leading text`);
      for (const m of o.markers) if (!text.includes(m)) missing.push(`${where}: ${m}`);
      if (o.unsafeLink && !reported.has(item.path)) silent.push(`${where}: unsafe link dropped without a warning`);
    }
    if (kind === 'alt' && !alts.includes(norm(item.value))) missing.push(`${where}: alt text not kept`);
    const invalid =
      kind === 'date'
        ? Number.isNaN(new Date(item.value).getTime())
        : kind === 'number'
          ? !(Number(item.value) > 0)
          : kind === 'type' || kind === 'value';
    if (invalid && !reported.has(item.path)) silent.push(`${where}: left out without a warning`);
    const unsafe =
      kind === 'url' ? unsafeUrl(item.value) : kind === 'srcset' ? srcsetUrls(item.value).some(unsafeUrl) : false;
    if (unsafe && !reported.has(item.path)) silent.push(`${where}: unsafe URL without a warning`);
  }
  return { missing, silent };
}

describe(`untrusted data through server rendering: ${PAYLOADS.length} payloads (${Object.entries(KIND_COUNTS)
  .map(([k, n]) => `${n} ${k}`)
  .join(', ')})`, () => {
  for (const { groups, layout } of SSR_GROUPS) {
    const fields = ARTICLE_FIELDS.filter((f) => groups.includes(f.group));
    describe(`${groups.join(' + ')}: ${fields.map((f) => f.name).join(', ')}`, () => {
      /** Per payload: its (field, payload) items, the document, the body and the paths warned about. */
      const rendered = [];
      let lightStyle, off, on, mouse;

      const page = (entries = rendered) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${entries
          .map((r) => `<section data-payload="${escapeAttribute(r.payload.name)}">${r.body}</section>`)
          .join('\n')}</body></html>`;

      before(async () => {
        for (const payload of PAYLOADS) {
          const { article, items } = articleFor(groups, payload, IMAGE);
          const reported = new Set();
          const doc = await renderArticle(article, { document: true, onProblem: (p) => reported.add(p.path) });
          const body = doc.slice(doc.indexOf('<main>') + '<main>'.length, doc.lastIndexOf('</main>'));
          rendered.push({ payload, article, items, reported, doc, body });
        }
        // Our own constant style element (the light-DOM link colours) sits before each article.
        lightStyle = /<style>([\s\S]*?)<\/style>(?:<!--[^>]*-->|\s)*<news-article/.exec(rendered[0].body)[1];
        if (!layout) return;
        // The two big pages load side by side.
        [off, on] = await Promise.all([withJavaScriptOff(), withJavaScriptOn()]);
        mouse = await withTheRealMouse();
      });

      // JavaScript off: the page inspected whole, then each article's visible text and alt texts.
      async function withJavaScriptOff() {
        const { page: p, close } = await open(`/__security__/ssr-off-${groups.join('-')}.html`, page(), { js: false });
        const html = rendered.flatMap((r) =>
          r.items
            .filter((i) => ['html', 'href'].includes(i.field.kind))
            .map((i) => ({ html: i.value, before: markerBefore(i.key), after: markerAfter(i.key), key: i.key })),
        );
        const result = await p.evaluate(
          ([inspect, oracle, style, html]) => {
            const inspectDom = (0, eval)(`(${inspect})`);
            const htmlOracle = (0, eval)(`(${oracle})`);
            return {
              all: inspectDom({ root: document.body, allowedLightStyle: style, text: false }),
              each: [...document.querySelectorAll('section[data-payload]')].map((s) => {
                const r = inspectDom({ root: s, allowedLightStyle: style });
                return { text: r.text, alts: r.alts, codes: [...s.querySelectorAll('pre')].map((p) => p.textContent) };
              }),
              oracle: htmlOracle(html),
            };
          },
          [inspectDom.toString(), htmlOracle.toString(), lightStyle, html],
        );
        await close();
        result.oracle = new Map(result.oracle.map((o, i) => [html[i].key, o]));
        return result;
      }

      // JavaScript on: the server's DOM inspected (any script in it has had its chance to run), then
      // the script-tag bundle upgrades the elements, and everything is hovered, pressed, clicked and
      // focused with dispatched events, a slice of the page at a time (the others hidden, so that a
      // focus does not lay out the whole page).
      async function withJavaScriptOn() {
        const { page: p, seen, close } = await open(`/__security__/ssr-on-${groups.join('-')}.html`, page());
        await p.evaluate(installNavigationGuard, true);
        await settle(p);
        const server = await p.evaluate(inspectDom, { allowedLightStyle: lightStyle, text: false });
        await p.addScriptTag({ url: BUNDLE, type: 'module' });
        await p.waitForFunction(
          () =>
            customElements.get('news-article') &&
            customElements.get('tweet-embed') &&
            customElements.get('social-post'),
        );
        await p.evaluate(() => {
          // Stand-ins for X's widget and the other networks' frames: the pokes press every button.
          for (const tag of ['tweet-embed', 'social-post'])
            customElements.get(tag).loader = async (_id, target) => void (target.textContent = 'Stand-in live post');
        });
        await settle(p);
        const upgraded = await p.evaluate(inspectDom, {
          allowedLightStyle: lightStyle,
          allowScriptSrc: BUNDLE,
          text: false,
        });
        await p.addStyleTag({ content: 'section[data-payload]:not(.poked) { display: none }' });
        const touched = await p.evaluate(
          async ([poke, size]) => {
            const pokeEverything = (0, eval)(`(${poke})`);
            const sections = [...document.querySelectorAll('section[data-payload]')];
            let touched = 0;
            for (let i = 0; i < sections.length; i += size) {
              const slice = sections.slice(i, i + size);
              for (const s of slice) s.classList.add('poked');
              for (const s of slice) touched += pokeEverything({ root: s });
              await new Promise((r) => setTimeout(r, 20));
              for (const s of slice) s.classList.remove('poked');
            }
            return touched;
          },
          [pokeEverything.toString(), 20],
        );
        await settle(p);
        const after = await p.evaluate(inspectDom, {
          allowedLightStyle: lightStyle,
          allowScriptSrc: BUNDLE,
          text: false,
        });
        const problems = await incidents(p, seen);
        await close();
        const violations = [...new Set([...server.violations, ...upgraded.violations, ...after.violations])];
        return { touched, problems, violations, shadowRoots: upgraded.counts.shadowRoots };
      }

      // The real mouse (trusted input: :hover, link activation) over the sample's articles on a page
      // of their own, small enough to scroll through: the server's DOM before any script of ours runs,
      // then, once the bundle has upgraded the elements, the same articles rendered in the browser by
      // <news-article> (the browser's sanitizer, not the server's). Dispatched events reach the
      // upgraded server-rendered articles, all of them, on the big page.
      async function withTheRealMouse() {
        const sample = rendered.filter((r) => MOUSE_SAMPLE.has(r.payload.id));
        const all = sample.map((_, i) => i);
        const path = `/__security__/ssr-mouse-${groups.join('-')}.html`;
        const { page: p, seen, close } = await open(path, page(sample));
        await p.evaluate(installNavigationGuard, true);
        await settle(p);
        const server = await realMouse(p, 'section[data-payload]', all);
        await settle(p);
        await p.addScriptTag({ url: BUNDLE, type: 'module' });
        await p.waitForFunction(
          () =>
            customElements.get('news-article') &&
            customElements.get('tweet-embed') &&
            customElements.get('social-post'),
        );
        await p.evaluate(() => {
          // Stand-ins for X's widget and the other networks' frames: the pokes press every button.
          for (const tag of ['tweet-embed', 'social-post'])
            customElements.get(tag).loader = async (_id, target) => void (target.textContent = 'Stand-in live post');
        });
        await p.evaluate(
          async (batch) => {
            const stage = document.body.appendChild(document.createElement('main'));
            stage.id = 'stage';
            console.warn = () => {};
            for (const { name, article } of batch) {
              const el = document.createElement('news-article');
              el.dataset.payload = name;
              el.article = article;
              stage.append(el);
              await el.updateComplete;
            }
          },
          sample.map((r) => ({ name: r.payload.name, article: r.article })),
        );
        await settle(p);
        const browser = await realMouse(p, '#stage > news-article', all);
        await settle(p);
        const after = await p.evaluate(inspectDom, {
          allowedLightStyle: lightStyle,
          allowScriptSrc: BUNDLE,
          text: false,
        });
        const problems = await incidents(p, seen);
        await close();
        return { articles: sample.length, server, browser, problems, violations: after.violations };
      }

      const silentDrops = () =>
        rendered.flatMap(
          (r) =>
            expectations(
              r.items,
              { text: '', alts: [], oracle: off?.oracle ?? new Map(), reported: r.reported },
              r.payload,
            ).silent,
        );

      test('reports each dropped value (unsafe URL, invalid date, number, block type or other value) with its JSON path', () => {
        assert.equal(listed('dropped silently', silentDrops()), '');
      });

      if (layout) {
        test('with JavaScript off, lets no script, frame, form, object, style element, handler or unsafe URL into the page', () => {
          assert.ok(PAYLOADS.length >= 150, `payloads: ${PAYLOADS.length}`);
          assert.equal(off.each.length, PAYLOADS.length, 'articles on the page');
          assert.ok(off.all.counts.shadowRoots >= PAYLOADS.length * 5, 'declarative shadow roots attached');
          assert.equal(listed('found', off.all.violations), '');
        });

        test('with JavaScript off, shows every article and the harmless text around each payload', () => {
          const missing = [];
          rendered.forEach((r, i) => {
            const text = norm(off.each[i].text);
            if (!text.includes(BENIGN_PARAGRAPH)) missing.push(`${r.payload.name}: the rest of the article is missing`);
            const { alts, codes } = off.each[i];
            missing.push(
              ...expectations(
                r.items,
                { text, alts: alts.map(norm), codes, oracle: off.oracle, reported: r.reported },
                r.payload,
              ).missing,
            );
          });
          assert.equal(listed('not shown', missing), '');
        });

        test(`with JavaScript on, runs no script while everything is hovered, pressed, clicked and focused with dispatched events, before and after the bundle upgrades the elements`, () => {
          assert.ok(on.touched > PAYLOADS.length * 20, `elements poked: ${on.touched}`);
          assert.ok(on.shadowRoots >= PAYLOADS.length * 5, 'shadow roots after the upgrade');
          assert.equal(on.problems.join('\n'), '');
        });

        test(`with JavaScript on, runs no script while the real mouse hovers over and clicks everything in ${MOUSE_SAMPLE.size} articles (the first of each kind and those answering the mouse), server-rendered before any script of ours runs and rendered in the browser`, () => {
          assert.equal(mouse.articles, MOUSE_SAMPLE.size, 'articles under the mouse');
          assert.ok(mouse.server > mouse.articles * 10, `mouse targets, server-rendered: ${mouse.server}`);
          assert.ok(mouse.browser > mouse.articles * 10, `mouse targets, rendered in the browser: ${mouse.browser}`);
          assert.equal(mouse.problems.join('\n'), '');
          assert.equal(listed('found after the clicks', mouse.violations), '');
        });

        test('with JavaScript on, lets nothing unsafe into the page, before the upgrade, after it and after the clicks', () => {
          assert.equal(listed('found', on.violations), '');
        });
      }

      test(`as a whole document, keeps title, meta, canonical link and html lang${layout ? '' : ', and the body'} free of markup and unsafe URLs`, async () => {
        // The head of each document (a body laid out is checked above), parsed by Chromium's HTML
        // parser without scripting, as with JavaScript off; a script would need an element there.
        // parseHTMLUnsafe attaches declarative shadow roots and runs nothing.
        const docs = rendered.map((r) => (layout ? r.doc.replace(/<main>[\s\S]*<\/main>/, '<main></main>') : r.doc));
        const { page: p, close } = await open('/__security__/ssr-heads.html', '<!doctype html><title>heads</title>');
        const results = await p.evaluate(
          ([inspect, docs, style]) => {
            const inspectDom = (0, eval)(`(${inspect})`);
            return docs.map((html) => {
              const doc = Document.parseHTMLUnsafe(html);
              const found = inspectDom({ root: doc, allowedLightStyle: style, text: false });
              return {
                violations: found.violations,
                shadowRoots: found.counts.shadowRoots,
                title: doc.title,
                lang: doc.documentElement.getAttribute('lang'),
                articleLang: doc.querySelector('news-article')?.getAttribute('lang'),
              };
            });
          },
          [inspectDom.toString(), docs, lightStyle],
        );
        await close();
        const problems = [];
        rendered.forEach((r, i) => {
          const got = results[i];
          problems.push(...got.violations.map((v) => `${r.payload.name}: ${v}`));
          const headline = r.items.find((x) => x.field.path === 'headline');
          // The title is the headline, or, past 70 characters, its start with an ellipsis.
          const [title, whole] = [norm(got.title), norm(headline?.value)];
          const start = title.endsWith('…') ? title.slice(0, -1) : undefined;
          if (headline && title !== whole && !(start && title.length <= 70 && whole.startsWith(start)))
            problems.push(`${r.payload.name}: title is "${got.title.slice(0, 80)}"`);
          const lang = r.items.find((x) => x.field.path === 'lang');
          if (lang && norm(got.lang) !== norm(lang.value))
            problems.push(`${r.payload.name}: html lang is "${got.lang?.slice(0, 80)}"`);
          if (lang && norm(got.articleLang) !== norm(lang.value))
            problems.push(`${r.payload.name}: news-article lang is "${got.articleLang?.slice(0, 80)}"`);
          if (!layout && got.shadowRoots < 5) problems.push(`${r.payload.name}: ${got.shadowRoots} shadow roots`);
        });
        assert.equal(listed('found', problems), '');
      });
    });
  }
});
