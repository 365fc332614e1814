// Hostile input, property-based (fast-check): articles built from markup nested thousands deep (closed,
// unclosed and misnested, the parser's own oddities: raw-text elements, comments, foreign
// content, adoption-agency patterns), fields around and past the size limit, character references
// beyond Unicode, bidi controls in names, labels and text, and URLs that pass for what they are not.
// Whatever arrives: normalizeArticle never throws, the article renders (`load`, never `error`),
// the light DOM it builds stays shallow, and nothing in it runs. A failure shrinks to the smallest
// article that still fails, printed as JSON.
//
// Generated articles per run: normalizing 400; rendering 60 in Chromium, SCALE of that in Firefox and
// WebKit (which render more slowly here).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import { normalizeArticle, type NewsArticle } from '../src/index.js';
import { installCanary } from './security/payloads.js';

const SCALE = /Chrome\//.test(navigator.userAgent) ? 1 : 0.4;
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const RUN = `top.__xss('fuzz-hostile')`;

// ---------------------------------------------------------------------------------------------------
// Generators

const word = fc.constantFrom('news', 'Kyiv', 'talks', 'Ukraine', 'officials', 'said', '2022', 'week');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

/** Markup nested deep: closed or not, attributes that hide `>`, the tags that bend the parser's rules. */
const deep = fc
  .record({
    tag: fc.constantFrom(
      'i',
      'b',
      'em',
      'span',
      'p',
      'li',
      'a href="/x"',
      'div',
      'font',
      'nobr',
      'table',
      'td',
      'select',
      'template',
      'svg',
      'math',
      'b title=">"',
      'i title="</i>"',
    ),
    n: fc.integer({ min: 20, max: 4000 }),
    closed: fc.boolean(),
    text: words,
  })
  .map(({ tag, n, closed, text }) => {
    const name = tag.split(' ')[0];
    return `<${tag}>`.repeat(n) + text + (closed ? `</${name}>`.repeat(n) : '');
  });

/** Patterns whose tree the parser rebuilds: misnested formatting, raw text, comments, CDATA. */
const tangled = fc
  .record({
    unit: fc.constantFrom(
      '<b><i></b>',
      '<b class=x><p></b>',
      '<a href="/a"><p><a href="/b">',
      '<p><b>x<p>',
      '<li><i>x<li>',
      '<svg><foreignObject></foreignObject></svg>',
      '<svg><![CDATA[ > </g></svg> ]]>',
      '<!-- </b> -->',
      '<!--><b>',
      '<style></b></style><b>',
      '<script><!--<script></script><b>',
      '<textarea></b><b></textarea>',
      '<noscript><b></noscript>',
      '<table><b><tr><td><i>',
      '<select><b><option>',
      '</p></br><b/>',
      '<K>x</k>',
      `<img src=x onerror=${RUN}>`,
    ),
    n: fc.integer({ min: 10, max: 3000 }),
    text: words,
  })
  .map(({ unit, n, text }) => unit.repeat(n) + text);

/** A field around the size limit (100,000 characters): under it, at it, past it. */
const huge = fc
  .record({ length: fc.constantFrom(99990, 100000, 100001, 150000), unit: fc.constantFrom('x', 'word ', '<b>w</b>') })
  .map(({ length, unit }) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Character references, valid and beyond Unicode, in text and in attributes. */
const references = fc
  .array(
    fc.constantFrom(
      '&#x110000;',
      '&#1114112;',
      '&#0;',
      '&#xD800;',
      '&#99999999999999;',
      '&#x10FFFF;',
      '&amp;',
      '&amp',
      '&#',
      '&#x;',
      '<a href="/x&#x110000;">link</a>',
      '<a href="&#106;avascript:alert(1)">j</a>',
      '<a href="/&#1114112;y">z</a>',
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(' '));

/** Bidi controls in and around names and text. */
const BIDI = [
  '\u202e',
  '\u202d',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200f',
  '\u061c',
];
const bidi = fc
  .tuple(fc.constantFrom(...BIDI), words, fc.constantFrom('', ...BIDI), words)
  .map(([a, w, b, v]) => `${a}${w}${b} ${v}`);

/** URLs that pass for what they are not. */
const url = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    ' java\tscript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '\\\\evil.example/track.gif',
    '/\\evil.example/x.gif',
    '//evil.example/x',
    'https://x.com.evil.example/someone/status/1',
    'https://evil.example/someone/status/1589201473538359296',
    'https://x.com/someone/status/1589201473538359296',
    'http://[::1',
    'https://example.com/%E0%A4%A',
    '/examples/the-corner-lead.svg',
    'https://example.com/a b',
  ),
  fc.constantFrom(' ', '.', ',', '\t').map((c) => `https://example.com/${c.repeat(20000)}x`),
);

const text = fc.oneof(words, bidi, references, fc.constant(`<img src=x onerror=${RUN}>`));
const markup = fc.oneof(
  { weight: 3, arbitrary: deep },
  { weight: 3, arbitrary: tangled },
  huge,
  references,
  bidi,
  words,
);

const photo = fc.record(
  { src: url, alt: text, width: fc.constant(3), height: fc.constant(2), caption: text, credit: text, srcset: url },
  { requiredKeys: ['src'] },
);

const block = fc.oneof(
  markup.map((html) => ({ type: 'paragraph', html })),
  markup.map((html) => ({ type: 'callout', label: 'Key points', html })),
  fc.record({ html: markup, source: fc.record({ name: bidi, url }) }).map((b) => ({ type: 'blockquote', ...b })),
  fc.record({ text, attribution: bidi }).map((b) => ({ type: 'pullquote', ...b })),
  fc.record({ text, level: fc.constantFrom(2, 3) }).map((b) => ({ type: 'heading', ...b })),
  fc.array(markup, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'list', items })),
  fc
    .record({ rows: fc.array(fc.array(fc.oneof(markup, text), { maxLength: 3 }), { minLength: 1, maxLength: 3 }) })
    .map((b) => ({ type: 'table', ...b, source: { name: '\u202eSource', url: '/s' } })),
  fc.record({ url, headline: text, kicker: bidi, image: photo }).map((b) => ({ type: 'link', ...b })),
  photo.map((p) => ({ type: 'image', ...p })),
  fc
    .record({ text, url, author: fc.record({ name: bidi, handle: word, image: url }) })
    .map((b) => ({ type: 'tweet', ...b })),
);

const article = fc.record(
  {
    headline: fc.oneof(words, bidi, references),
    dek: text,
    section: fc.oneof(bidi, fc.record({ name: bidi, url })),
    authors: fc.array(fc.oneof(bidi, fc.record({ name: bidi, url, role: bidi, bio: text })), { maxLength: 2 }),
    image: photo,
    body: fc.array(block, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: ['headline', 'body'] },
);

// ---------------------------------------------------------------------------------------------------
// Rendering one

const fired = installCanary();
const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(e.message));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandled rejection: ${String(e.reason)}`));
const host = document.body.appendChild(document.createElement('div'));

/** How deep elements nest under `root`, walked without recursion. */
function depth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    for (const child of Array.from(node.childNodes))
      if (child.nodeType === Node.ELEMENT_NODE) stack.push([child, d + 1]);
  }
  return deepest;
}

async function render(value: unknown): Promise<{ events: string[]; depth: number }> {
  const el = document.createElement('news-article') as NewsArticle;
  const events: string[] = [];
  const done = new Promise<void>((resolve) => {
    el.addEventListener('load', () => (events.push('load'), resolve()));
    el.addEventListener('error', (e) => (events.push(`error: ${(e as ErrorEvent).message}`), resolve()));
  });
  const warn = console.warn;
  console.warn = () => {}; // hundreds of warnings, each checked by the other suites
  try {
    el.article = value as never;
    host.append(el);
    await done;
    await el.updateComplete;
    // The composed elements render after it; a rejection is reported in a later task.
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    console.warn = warn;
  }
  const result = { events, depth: depth(el) };
  el.remove();
  return result;
}

describe('hostile input (property-based, fast-check)', () => {
  const options = (n: number) => ({
    numRuns: n,
    includeErrorInReport: true,
    plugins: [fc.interruptAfterTimeLimit(100000, { failOnInterrupt: true })],
  });

  it('normalizeArticle never throws, and leaves HTML fields within the limits', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(article, (value) => {
        const { article: out } = normalizeArticle(value);
        for (const b of out?.body ?? []) {
          const html = (b as { html?: unknown }).html;
          // Fields of up to 100,000 characters, each growing at most threefold as its tags are closed.
          if (typeof html === 'string') expect(html.length, 'an HTML field').to.be.at.most(301000);
        }
      }),
      options(400),
    );
  });

  it(`renders ${runs(60)} hostile articles: load, never error, a shallow tree, nothing run`, async function () {
    this.timeout(200000);
    await fc.assert(
      fc.asyncProperty(article, async (value) => {
        const before = uncaught.length;
        const { events, depth: deepest } = await render(value);
        // Every generated article has a headline: something can always be shown.
        expect(events, 'events').to.deep.equal(['load']);
        // 32 elements in a field, at most as many again that the parser rebuilds, and the article's own.
        expect(deepest, 'elements nested in the article').to.be.at.most(80);
        expect(uncaught.slice(before), 'uncaught errors').to.deep.equal([]);
        expect(fired, 'payloads that ran').to.deep.equal([]);
      }),
      options(runs(60)),
    );
  });
});
