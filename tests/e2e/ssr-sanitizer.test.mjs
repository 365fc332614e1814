// The server's sanitizer (sanitize-html under renderArticle) against mutation XSS: what it emits must
// parse, in a WHATWG parser (parse5, the browser's algorithm), to nothing but the allowlist. The
// project develops with sanitize-html 2.17.5 (the last release for Node 20); the advisories fixed
// after it are each rendered here, then markup generated from their pieces. The check is on the
// output's tree, not on strings, so it holds for whichever sanitize-html release npm installed.
// Needs `npm run build` (pretest runs it): dist/.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import fc from 'fast-check';
import { renderArticle } from '../../dist/ssr/index.js';

// What a paragraph may hold (src/internal/sanitize.ts, INLINE_ELEMENTS and the attribute lists).
const INLINE = new Set(['a', 'em', 'strong', 'i', 'b', 'br', 'code', 'sub', 'sup']);
const ATTRIBUTES = { a: ['href', 'title', 'hreflang'] };
const GLOBAL = ['lang', 'dir'];
const SAFE_HREF = /^(?:https?:|mailto:|tel:|[^:]*$)/i;
/** A URL as a browser reads its scheme: without whitespace and C0 controls. */
// eslint-disable-next-line no-control-regex -- the controls are what is removed
const bare = (url) => url.replace(/[\s\u0000-\u001f]/g, '');

/** Every element of a parse5 tree, template contents (declarative shadow roots) included. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child);
    if (child.content) yield* elements(child.content);
  }
}
const find = (node, name) => [...elements(node)].find((el) => el.tagName === name);

/** Renders `markup` as a paragraph's html; returns the paragraph's light-DOM elements, checked. */
async function rendered(markup) {
  const problems = [];
  const page = await renderArticle(
    { headline: 'Sanitizer', body: [{ type: 'paragraph', html: markup }] },
    { onProblem: (p) => problems.push(p) },
  );
  const doc = parse(page);
  const article = find(doc, 'news-article');
  assert.ok(article, 'a <news-article> is rendered');
  const paragraphs = article.childNodes.filter((n) => n.tagName === 'p');
  for (const p of paragraphs)
    for (const el of elements(p)) {
      assert.ok(INLINE.has(el.tagName), `<${el.tagName}> came through, from ${JSON.stringify(markup)}`);
      const keep = [...(ATTRIBUTES[el.tagName] ?? []), ...GLOBAL];
      for (const { name, value } of el.attrs) {
        assert.ok(keep.includes(name), `${name} on <${el.tagName}> came through, from ${JSON.stringify(markup)}`);
        if (name === 'href') assert.match(bare(value), SAFE_HREF, `href ${JSON.stringify(value)}`);
      }
    }
  // Anywhere on the page: no script but the JSON-LD, no handler attribute, no javascript: URL.
  for (const el of elements(doc)) {
    if (el.tagName === 'script')
      assert.equal(el.attrs.find((a) => a.name === 'type')?.value, 'application/ld+json', 'only JSON-LD scripts');
    for (const { name, value } of el.attrs) {
      assert.ok(!/^on/i.test(name), `a ${name} attribute on <${el.tagName}>, from ${JSON.stringify(markup)}`);
      assert.doesNotMatch(bare(value), /^(?:javascript|vbscript|data):/i);
    }
    assert.ok(
      !['iframe', 'object', 'embed', 'meta', 'noscript', 'textarea', 'xmp', 'animate', 'set', 'math'].includes(
        el.tagName,
      ),
      `<${el.tagName}> on the page, from ${JSON.stringify(markup)}`,
    );
  }
  return { paragraphs, problems };
}

// The shapes of the advisories fixed after sanitize-html 2.17.5, and of the two before it that the
// project's earlier versions were exposed to, in this allowlist's terms (an <a> keeps its title).
const ADVISORIES = {
  'GHSA-2rjc-9xvg-45j7 (CDATA hiding a <noscript>)':
    '<![CDATA[><noscript>]]><a title="</noscript><img src=x onerror=alert(1)>">x</a>',
  'GHSA-x3q4-9hxx-gx8m (<noscript> closed early by an ancestor end tag)':
    '<b><noscript></b><a title="</noscript><img src=x onerror=alert(1)>">x</a></noscript>',
  'GHSA-jxwj-j7wr-gfrw (</textarea/> and foreign <textarea>)':
    '<textarea></textarea/><img src=x onerror=alert(1)><svg><textarea><img src=x onerror=alert(2)></textarea></svg>',
  'GHSA-6wrv-5cp6-h3c5 (<style> inside SVG and MathML)':
    '<svg><style><img src=x onerror=alert(1)></style></svg><math><annotation-xml encoding="text/html"><style>&lt;img src=x onerror=alert(2)&gt;</style></annotation-xml></math>',
  'GHSA-cv27-6wvh-8x7j (meta refresh)': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">x',
  'SVG animation retargeting href': '<svg><a><animate attributeName="href" values="javascript:alert(1)"/>x</a></svg>',
  'URL attributes other than href (2.17.6)':
    '<a href="https://example.com/" ping="javascript:alert(1)" formaction="javascript:alert(2)" xlink:href="javascript:alert(3)">x</a>',
  'CVE-2026-44990 (<xmp> raw text)': '<xmp><img src=x onerror=alert(1)></xmp>x',
  'zero-padded character references in a URL (htmlparser2 8)': '<a href="&#0000106avascript:alert(1)">x</a>',
  'GHSA-c9rx-x947-fp3h (nested <iframe> fallback)': '<iframe>'.repeat(200) + '<img src=x onerror=alert(1)>',
};

describe('the advisories fixed in sanitize-html since 2.17.5, rendered on the server', () => {
  for (const [name, markup] of Object.entries(ADVISORIES))
    test(name, async () => {
      const { paragraphs } = await rendered(markup);
      assert.ok(paragraphs.length <= 1);
    });

  test('the text around removed markup is kept, escaped (not lost, not live)', async () => {
    const { paragraphs, problems } = await rendered(
      'Before <xmp><b>inside</b></xmp> after <u>under</u> <script>x()</script>end',
    );
    const text = (node) => (node.childNodes ?? []).map((n) => n.value ?? text(n)).join('');
    assert.equal(text(paragraphs[0]).replace(/\s+/g, ' '), 'Before after under end');
    // Code elements go with their content, silently (as in the browser); other markup is named.
    assert.deepEqual(
      problems.map((p) => p.message),
      ['removed markup not allowed here: <u>'],
    );
  });
});

describe('generated hostile markup, rendered on the server', () => {
  // Pieces of the advisories above and of HTML's raw-text, foreign-content and comment rules.
  const PIECES = [
    '<noscript>',
    '</noscript>',
    '<![CDATA[',
    ']]>',
    '<textarea>',
    '</textarea/>',
    '<xmp>',
    '</xmp>',
    '<svg>',
    '</svg>',
    '<math>',
    '<mtext>',
    '<annotation-xml encoding="text/html">',
    '<style>',
    '</style>',
    '<a title="',
    '<a href="javascript:alert(1)">',
    '<a href="https://example.com/">',
    '</a>',
    '">',
    "'>",
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<!--',
    '-->',
    '--!>',
    '<iframe>',
    '</iframe>',
    '<b>',
    '</b>',
    '<em>',
    '<p>',
    '</p>',
    '<br/>',
    '<template>',
    '</template>',
    '<select>',
    '<option>',
    '<plaintext>',
    '<title>',
    '</title>',
    '<table>',
    '<td>',
    'text',
    '"',
    "'",
    '<',
    '>',
    '&',
    '&lt;',
    '&#0000060;',
    '/',
    '=',
    ' ',
    '\n',
    '\0',
  ];
  test('parses to nothing but the allowlist (300 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }), async (pieces) => {
        await rendered(pieces.join(''));
      }),
      { numRuns: 300 },
    );
  });
});
