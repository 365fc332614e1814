// Bad data, as a property: thousands of random and mutated articles (from the reference fixture, a
// complete article, and one block of each type from the sample with every block type), given to
// <news-article> as the `article` property, as inline JSON (sometimes truncated) and from `src` (a
// blob URL, sometimes truncated, or a URL that answers 404), with images that load and images that
// answer 404. Blocks of every type are generated too, mostly well formed but with bad and hostile
// values (nested and over-deep lists, ragged tables, numbers as cells, unknown kinds and levels, bad
// dates, the security corpus's payloads as text and as link-card URLs). Whatever arrives: nothing
// throws uncaught, no payload runs, every problem is one warning naming the element and its JSON
// path, every block left untouched still shows its text, the article renders when anything can be
// rendered, and otherwise `error` fires and a readable message shows. A failure shrinks to the
// smallest article that still fails, printed as JSON.
//
// Generated articles per run (numRuns): in Chromium 1500 + 500 + 300 = 2300; in Firefox and WebKit,
// which render several times slower here, SCALE of that (see below). The last line of the browser
// log says how many ran.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import { normalizeArticle, type NewsArticle } from '../src/index.js';
import corner from '../examples/the-corner.json';
import everyBlock from '../examples/every-block.json';
import { benignArticle } from './security/fields.js';
import { badData } from './security/bad-data.js';
import { installCanary } from './security/payloads.js';
import { missing } from './helpers.js';

const IMAGE = new URL('/examples/the-corner-lead.svg', location.href).href;
/** Chromium runs 2300 articles; Firefox and WebKit 345, to keep the three engines within the time CI allows. */
const SCALE = /Chrome\//.test(navigator.userAgent) ? 1 : 0.15;
const runs = (n: number) => Math.round(n * SCALE);

type Json = unknown;
const { article, text } = badData({ image: IMAGE, missing, corner, benignArticle, everyBlock }) as {
  article: fc.Arbitrary<Json>;
  text: fc.Arbitrary<{ json: string; cut: boolean }>;
};

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const textOf = (markup: unknown) => new DOMParser().parseFromString(String(markup), 'text/html').body.textContent ?? '';

/** The text a block of the base articles must show (its own words, each on its own), without asking the library. */
function shownText(b: Record<string, unknown>): string[] {
  const own = (key: string) => (typeof b[key] === 'string' || typeof b[key] === 'number' ? [String(b[key])] : []);
  const items = (list: unknown): string[] =>
    Array.isArray(list) ? list.flatMap((i) => (isObj(i) ? [textOf(i.html), ...items(i.items)] : [textOf(i)])) : [];
  if (b.type === 'list') return items(b.items);
  if (b.type === 'table')
    return [...own('caption'), ...[b.head, b.rows].flatMap((r) => (Array.isArray(r) ? r.flat().map(textOf) : []))];
  if (b.type === 'link') return [...own('kicker'), ...own('headline')];
  if (typeof b.html === 'string') return [...own('label'), ...own('title'), textOf(b.html)];
  return own('text').length ? own('text') : own('caption');
}

/**
 * The blocks of the complete base articles, by their JSON, with the text each must show: an oracle
 * that does not ask normalizeArticle(). A generated article still holding one of them, as it was,
 * must render and show that text.
 */
const KNOWN_BLOCKS = new Map<string, string[]>();
for (const base of [corner, benignArticle(IMAGE), everyBlock] as { body: Record<string, unknown>[] }[]) {
  for (const b of base.body) {
    const shown = shownText(b).map(squash).filter(Boolean);
    if (shown.length) KNOWN_BLOCKS.set(JSON.stringify(b), shown);
  }
}

// ---------------------------------------------------------------------------------------------------
// Running one case

const uncaught: string[] = [];
// Payloads call the canary (and alert, confirm, prompt, print, which record too): none may run.
const fired: string[] = installCanary();
window.addEventListener('error', (e) => uncaught.push(`${e.message}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandled rejection: ${String(e.reason)}`));

// Warnings are recorded, not printed (there are thousands): those during a case belong to it; those
// after (an image that answers 404 once its element is gone) are kept as `late`, and checked too.
let recording: string[] | undefined;
const late: string[] = [];
console.warn = (...args: unknown[]) => (recording ?? late).push(args.map(String).join(' '));

/** A task later, without setTimeout's clamping (thousands of cases wait for one). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

interface Outcome {
  warnings: string[];
  loads: number;
  errors: ErrorEvent[];
  header: boolean;
  headline: string;
  blocks: number;
  bios: number;
  /** The article's text in light DOM, without its JSON-LD. */
  text: string;
  message: string;
  messageShown: boolean;
  uncaught: string[];
  /** What the canary recorded. */
  fired: string[];
}

// <news-article> renders an article in slices, waiting for a frame between them, except in a hidden
// page (see yieldToBrowser in its module). Thousands of articles render here one after another, each
// checked once it is complete: frames add only time (about 15 ms each, up to six an article with the
// block types of the registry), so this page says it is hidden. The slices still render one by one.
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });

// Not a fixture: @open-wc/testing removes fixtures after each test, and the properties span three.
const host = document.body.appendChild(document.createElement('div'));

/** Renders one <news-article> fed by `setup`, waits until it is done, and says what happened. */
async function render(setup: (el: NewsArticle) => void): Promise<Outcome> {
  const el = document.createElement('news-article') as NewsArticle;
  const out: Outcome = {
    warnings: [],
    loads: 0,
    errors: [],
    header: false,
    headline: '',
    blocks: 0,
    bios: 0,
    text: '',
    message: '',
    messageShown: false,
    uncaught: [],
    fired: [],
  };
  const before = uncaught.length;
  const firedBefore = fired.length;
  el.addEventListener('load', () => out.loads++);
  el.addEventListener('error', (e) => out.errors.push(e as ErrorEvent));
  recording = out.warnings;
  try {
    setup(el);
    host.append(el);
    await el.updateComplete;
    // The composed elements render after it, and a rejection is reported in a later task: let both happen.
    await nextTask();
    await nextTask();
  } finally {
    recording = undefined;
  }
  out.header = Boolean(el.querySelector(':scope > [data-article-role="header"]'));
  out.headline = squash(el.querySelector(':scope > [data-article-role="header"] > [slot="headline"]')?.textContent);
  // A body block is a paragraph, a heading, or anything with a role but the header, lead photo and bios.
  out.blocks = el.querySelectorAll(
    ':scope > :is(p, h2, h3, h4, h5, h6), :scope > [data-article-role]:not([data-article-role="header"], [data-article-role="lead"], [data-article-role="bio"])',
  ).length;
  out.bios = el.querySelectorAll(':scope > author-bio').length;
  out.text = squash(Array.from(el.children, (c) => (c.localName === 'script' ? '' : c.textContent)).join(' '));
  const message = el.shadowRoot?.querySelector<HTMLElement>('[part~="error"]');
  out.message = squash(message?.textContent);
  out.messageShown = Boolean(message?.checkVisibility());
  out.uncaught = uncaught.slice(before);
  out.fired = fired.slice(firedBefore);
  el.remove();
  return out;
}

// A JSON path as the warnings give it: $, headline, body[3], authors[0].links[1].url
const PATH = String.raw`(?:\$|[A-Za-z_]\w*(?:\[\d+\])*(?:\.[A-Za-z_]\w*(?:\[\d+\])*)*)`;
const DATA_WARNING = new RegExp(`^news-article: ${PATH}: \\S.*`, 's');
const IMAGE_WARNING = new RegExp(`^photo-figure: ${PATH}\\.src: image ".*" failed to load; .+`, 's');
const ELEMENT_WARNING = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+: \S.*/s;

/** A warning names its element and, when it is about the data, the JSON path. */
function expectWellFormed(w: string): void {
  expect(w, 'a warning names its element').to.match(ELEMENT_WARNING);
  if (w.startsWith('news-article: ')) expect(w, 'a news-article warning names a JSON path').to.match(DATA_WARNING);
  if (/failed to load/.test(w) && w.startsWith('photo-figure: '))
    expect(w, 'a photo that failed names its JSON path').to.match(IMAGE_WARNING);
}

/**
 * What must hold for one case. `data` is what normalizeArticle() sees, or `unparsable` when the JSON
 * text cannot be parsed (or could not be loaded).
 */
function verify(out: Outcome, data: { value: Json } | 'unparsable'): void {
  expect(out.uncaught, 'uncaught errors').to.deep.equal([]);
  expect(out.fired, 'payloads that ran').to.deep.equal([]);
  out.warnings.forEach(expectWellFormed);
  const own = out.warnings.filter((w) => w.startsWith('news-article: '));

  // Independent of normalizeArticle(): the blocks of the base articles still there as they were, and a headline.
  const value = data === 'unparsable' ? undefined : data.value;
  const body = isObj(value) && Array.isArray(value.body) ? value.body : [];
  const untouched = body.flatMap((b) => KNOWN_BLOCKS.get(JSON.stringify(b)) ?? []);
  const headline = isObj(value) && typeof value.headline === 'string' ? squash(value.headline) : '';
  for (const shown of untouched) expect(out.text, 'an untouched block shows its text').to.include(shown);
  if (headline) expect(out.headline, 'the headline').to.equal(headline);

  const normalized = value === undefined ? undefined : normalizeArticle(value);
  if (normalized?.article) {
    expect(out.loads, 'load events').to.equal(1);
    expect(out.errors.length, 'error events').to.equal(0);
    expect(out.header, 'header rendered').to.equal(true);
    expect(out.blocks, 'body blocks rendered').to.equal(normalized.article.body.length);
    expect(out.bios, 'author bios rendered').to.equal(normalized.article.authors?.length ?? 0);
    expect(out.messageShown, 'error message shown').to.equal(false);
  } else {
    expect(untouched.length + headline.length, 'something that could be rendered').to.equal(0);
    expect(out.errors.length, 'error events').to.equal(1);
    expect(out.loads, 'load events').to.equal(0);
    expect(out.errors[0].message, 'error event message').to.match(/\w{3,}/);
    expect(out.messageShown, 'error message shown').to.equal(true);
    expect(out.message.replace(/[^\p{L}]/gu, '').length, 'readable message').to.be.greaterThan(20);
  }
  if (normalized) {
    // Each problem in the data is exactly one warning, naming its JSON path.
    const expected = normalized.problems.map((p) => `news-article: ${p.path}: ${p.message}`);
    for (const w of new Set(expected)) {
      expect(own.filter((x) => x === w).length, `warnings saying ${w}`).to.equal(
        expected.filter((x) => x === w).length,
      );
    }
  } else {
    expect(own.length, 'warnings about data that could not be read').to.equal(1);
  }
}

/** Parses like <news-article> does, to know what it should make of a text. */
function parsed(json: string): { value: Json } | 'unparsable' {
  try {
    return { value: JSON.parse(json) };
  } catch {
    return 'unparsable';
  }
}

const inline = (json: string) => (el: NewsArticle) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
};

describe('<news-article> with bad data (property-based, fast-check)', () => {
  let total = 0;
  const property = (n: number) => {
    total += runs(n);
    // A failure shrinks to the smallest article that still fails, printed as JSON with the
    // assertion that failed. The time limit (a failure, never a pass) keeps a slow shrink within the
    // test's timeout; the counterexample found by then is printed.
    return {
      numRuns: runs(n),
      includeErrorInReport: true,
      plugins: [fc.interruptAfterTimeLimit(150000, { failOnInterrupt: true })],
    };
  };

  // A language named like an Object.prototype member once found a function instead of a table of
  // words, and every element saying a built-in word threw while rendering.
  it('renders an article whose lang is named like an Object.prototype member', async function () {
    this.timeout(60000); // WebKit lays text out slowly in each unknown language
    for (const lang of ['constructor', '__proto__', 'constructor-x', 'toString', 'hasOwnProperty-x']) {
      const value = { ...(corner as object), lang };
      verify(await render((el) => (el.article = value as never)), { value });
    }
  });

  it('gives one warning naming the root JSON path when the data cannot be read at all', async () => {
    const bad = '{"headline": "Cut sh';
    const url = URL.createObjectURL(new Blob([bad], { type: 'application/json' }));
    const cases = [
      await render(inline(bad)),
      await render((el) => el.setAttribute('src', missing('article.json'))),
      await render((el) => el.setAttribute('src', url)),
    ];
    URL.revokeObjectURL(url);
    for (const out of cases) {
      verify(out, 'unparsable');
      expect(out.warnings.filter((w) => w.startsWith('news-article: '))[0]).to.match(/^news-article: \$: /);
    }
  });

  it('renders the rest of an article whose photos answer 404, with one warning naming each JSON path', async function () {
    this.timeout(30000);
    const value = structuredClone(corner) as { image: { src: string }; body: unknown[] };
    value.image.src = missing('lead.jpg');
    value.body.splice(2, 0, { type: 'image', src: missing('block.jpg'), alt: 'A photo that is not there' });
    const el = document.createElement('news-article') as NewsArticle;
    let loads = 0;
    el.addEventListener('load', () => loads++);
    const warnings: string[] = [];
    const failed = () => warnings.filter((w) => /failed to load/.test(w));
    recording = warnings;
    try {
      el.article = value as never;
      host.append(el);
      await el.updateComplete;
      // Each photo warns when its request fails. A body photo loads lazily, and not at all in a
      // background tab (the runner has two open): ask for it now.
      const block = el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('[data-json-path="body[2]"]')!;
      await block.updateComplete;
      block.querySelector('img')!.loading = 'eager';
      for (let waited = 0; failed().length < 2 && waited < 5000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads, 'load events').to.equal(1);
      expect(el.querySelectorAll(':scope > p, :scope > pull-quote, :scope > tweet-embed').length).to.equal(7);
      expect(squash(el.textContent)).to.include(KNOWN_BLOCKS.get(JSON.stringify(corner.body[6]))![0]);
    } finally {
      recording = undefined;
      el.remove();
    }
    warnings.forEach(expectWellFormed);
    expect(failed().map((w) => w.split(': image ')[0])).to.have.members([
      'photo-figure: body[2].src',
      'photo-figure: image.src',
    ]);
    expect(failed().length, 'one warning for each').to.equal(2);
  });

  it(`renders what it can of ${runs(1500)} random and mutated articles given as the article property`, async function () {
    this.timeout(200000);
    await fc.assert(
      fc.asyncProperty(article, async (value) => {
        verify(await render((el) => (el.article = value as never)), { value });
      }),
      property(1500),
    );
  });

  it(`renders what it can of ${runs(500)} random, mutated and truncated articles given as inline JSON`, async function () {
    this.timeout(200000);
    await fc.assert(
      fc.asyncProperty(text, async ({ json }) => {
        verify(await render(inline(json)), parsed(json));
      }),
      property(500),
    );
  });

  it(`renders what it can of ${runs(300)} random, mutated and truncated articles fetched from src, or a src that 404s`, async function () {
    this.timeout(200000);
    await fc.assert(
      fc.asyncProperty(fc.option(text, { freq: 8 }), async (t) => {
        const url = t ? URL.createObjectURL(new Blob([t.json], { type: 'application/json' })) : missing('article.json');
        try {
          verify(await render((el) => el.setAttribute('src', url)), t ? parsed(t.json) : 'unparsable');
        } finally {
          if (t) URL.revokeObjectURL(url);
        }
      }),
      property(300),
    );
  });

  // Last: images that answer 404 after their article was checked warn late (and a handler on one would run late).
  it('leaves no late warning without its element and JSON path, no uncaught error and no payload run', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(total, 'generated articles').to.equal(runs(2300));
    late.forEach(expectWellFormed);
    expect(uncaught).to.deep.equal([]);
    expect(fired, 'payloads that ran').to.deep.equal([]);
  });

  after(() =>
    console.log(
      `fast-check numRuns in ${navigator.userAgent.match(/(Chrome|Firefox|Safari)\/[\d.]+/)?.[0]}: ${total} generated articles rendered`,
    ),
  );
});
