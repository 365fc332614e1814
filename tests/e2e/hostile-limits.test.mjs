// Hostile and huge input on the server (issue 20): HTML nested thousands deep, articles past the
// limits, and a host whose Object.prototype was polluted, through renderArticle and
// normalizeArticle as the package ships them. Costs are measured as ratios within one run (never an
// absolute time). Needs `npm run build` (pretest runs it): dist/.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { normalizeArticle } from '../../dist/index.js';
import * as normalizing from '../../dist/article/normalize.js';
import { renderArticle } from '../../dist/ssr/index.js';

/** Renders `article` on the server, collecting its problems instead of printing them. */
async function render(article) {
  const problems = [];
  const html = await renderArticle(article, { onProblem: (p) => problems.push(p) });
  return { html, problems };
}

/** How deep elements nest in `html`, parsed as a browser would (parse5), walked without recursion. */
function depth(html) {
  const child = (node, name) => node.childNodes.find((n) => n.nodeName === name);
  const body = child(child(parse(html), 'html'), 'body');
  let deepest = 0;
  const stack = [[body, 0]];
  while (stack.length) {
    const [node, d] = stack.pop();
    deepest = Math.max(deepest, d);
    for (const c of node.childNodes ?? []) if (c.tagName) stack.push([c, d + 1]);
  }
  return deepest;
}

/** Milliseconds `fn` takes, the best of `n` runs. */
async function timed(fn, n = 2) {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Milliseconds a call of `fn` takes: the best of three rounds, a round calling it until 50 ms have
 * passed. A call of a few milliseconds, timed once, is mostly noise (a collection, the timer).
 */
async function perCall(fn) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    let calls = 0;
    do {
      await fn();
      calls++;
    } while (performance.now() - start < 50);
    best = Math.min(best, (performance.now() - start) / calls);
  }
  return best;
}

const paragraph = (html) => ({
  headline: 'Hostile',
  body: [
    { type: 'paragraph', html },
    { type: 'paragraph', html: 'After.' },
  ],
});

describe('HTML nested thousands deep, on the server', () => {
  test('2,400 unclosed <i> render, at most 32 deep, with one warning naming the path', async () => {
    const { html, problems } = await render(paragraph(`${'<i>'.repeat(2400)}unclosed italics`));
    assert.match(html, /unclosed italics/);
    assert.match(html, /After\./);
    assert.ok(depth(html) < 80, `nested ${depth(html)} deep`);
    assert.deepEqual(
      problems.filter((p) => p.code === 'too-deep').map((p) => [p.path, p.severity]),
      [['body[0].html', 'warning']],
    );
  });

  test('10,000 nested <b> cost no more than 10,000 <b> side by side', async () => {
    const nested = paragraph(`${'<b>'.repeat(10000)}bold${'</b>'.repeat(10000)}`);
    const flat = paragraph(`${'<b>b</b>'.repeat(10000)}`);
    await render(flat); // warm-up
    const deep = await timed(() => render(nested));
    const wide = await timed(() => render(flat));
    assert.ok(deep / wide < 3, `nested ${Math.round(deep)} ms against side by side ${Math.round(wide)} ms`);
  });
});

describe('limits', () => {
  test('are documented defaults', () => {
    assert.deepEqual(normalizing.DEFAULT_LIMITS, {
      blocks: 5000,
      values: 50000,
      field: 100000,
      text: 5000000,
      depth: 32,
    });
  });

  test('an article of more than 5,000 blocks is refused with a message that says so', async () => {
    const body = Array.from({ length: 5001 }, () => ({ type: 'paragraph', html: 'x' }));
    await assert.rejects(
      renderArticle({ headline: 'Too long', body }, { onProblem: () => {} }),
      /body: 5,001 blocks, more than the limit of 5,000; the article is not rendered/,
    );
  });

  test('an article of more than 5,000,000 characters is refused, before the rest of it is read', () => {
    const body = Array.from({ length: 60 }, () => ({ type: 'paragraph', html: 'x'.repeat(99000) }));
    const { article, problems } = normalizeArticle({ headline: 'Too big', body });
    assert.equal(article, undefined);
    assert.deepEqual(problems, [
      {
        path: '$',
        message: 'more than 5,000,000 characters of text, the limit; the article is not rendered',
        code: 'too-large',
        severity: 'error',
      },
    ]);
  });

  test('a field of more than 100,000 characters is left out, the rest rendered', async () => {
    const { html, problems } = await render(paragraph('x'.repeat(100001)));
    assert.doesNotMatch(html, /xxxxxxxxxx/);
    assert.match(html, /After\./);
    assert.ok(problems.some((p) => p.path === 'body[0].html' && p.code === 'too-large'));
  });

  test('a table of 60,000 cells is refused: each cell counts', () => {
    const { article, problems } = normalizeArticle({
      headline: 'h',
      body: [{ type: 'table', rows: [Array(60000).fill('')] }],
    });
    assert.equal(article, undefined);
    assert.equal(problems[0].code, 'too-large');
  });

  test('normalizeArticle takes other limits, any left out keeping its default', () => {
    const input = { headline: 'h', body: [{ type: 'paragraph', html: 'x'.repeat(200) }] };
    assert.deepEqual(
      normalizeArticle(input, { limits: { field: 100 } }).problems.map((p) => [p.path, p.code]),
      [
        ['body[0].html', 'too-large'],
        ['body[0]', 'block-skipped'],
      ],
    );
    assert.equal(normalizeArticle(input, { limits: { blocks: 0 } }).problems[0].path, 'body');
    assert.deepEqual(normalizeArticle(input, { limits: { field: Infinity } }).problems, []);
  });

  test('the cost of rendering grows in proportion to the article: 2,000 blocks about ten times 200', async () => {
    const article = (n) => ({
      headline: 'Long',
      body: Array.from({ length: n }, (_, i) => ({ type: 'paragraph', html: `Paragraph ${i}, <em>short</em>.` })),
    });
    await render(article(50));
    const small = await perCall(() => render(article(200)));
    const large = await perCall(() => render(article(2000)));
    assert.ok(large / small < 15, `2,000 blocks ${Math.round(large)} ms against 200 blocks ${Math.round(small)} ms`);
  });
});

describe('a polluted Object.prototype, on the server', () => {
  test('is neither data nor an option of rendering', async () => {
    const values = {
      html: 'POLLUTED html',
      name: 'POLLUTED name',
      author: { name: 'POLLUTED author' },
      tags: {
        header: 'polluted-header',
        figure: 'polluted-figure',
        quote: 'polluted-quote',
        post: 'polluted-post',
        bio: 'polluted-bio',
      },
      blocks: 0,
      knownTypes: ['smuggled'],
    };
    for (const [key, value] of Object.entries(values))
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    let result;
    try {
      result = await render({
        headline: 'Clean',
        authors: [{ url: 'https://example.com/nobody' }, { name: 'A. Writer' }],
        body: [
          { type: 'paragraph', html: 'Only this.' },
          { type: 'paragraph' },
          { type: 'tweet', text: 'A post.' },
          { type: 'smuggled' },
        ],
      });
    } finally {
      for (const key of Object.keys(values)) delete Object.prototype[key];
    }
    assert.doesNotMatch(result.html, /POLLUTED|polluted-/);
    assert.match(result.html, /<article-header/);
    assert.match(result.html, /Only this\./);
    assert.match(result.html, /<author-bio/);
    assert.ok(result.problems.some((p) => p.path === 'body[3]' && p.code === 'unknown-block'));
  });
});
