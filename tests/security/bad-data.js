// Bad data for the property test (tests/fuzz.test.ts): arbitraries for random and mutated articles.
// Plain JavaScript, so that a Node script can generate the same articles to look into a failure.
import fc from 'fast-check';
import { PAYLOADS } from './payloads.js';

const isObj = (v) => typeof v === 'object' && v !== null;

/** Every place in `value` a mutation can touch: [container, key] pairs (the root has no container). */
function places(value, out = []) {
  if (!isObj(value)) return out;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    out.push([value, key]);
    places(value[key], out);
  }
  return out;
}

function mutate(input, ops) {
  let root = structuredClone(input);
  for (const op of ops) {
    // fc.constant hands out one shared instance: copy it, or a mutation could tie it into a cycle.
    const o = { ...op, value: structuredClone(op.value) };
    const all = places(root);
    if (!all.length) {
      root = o.kind === 'wrap' ? [root] : o.value;
      continue;
    }
    const [parent, key] = all[o.at % all.length];
    const current = parent[key];
    const set = (v) => (parent[key] = v);
    switch (o.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key, 1);
        else delete parent[key];
        break;
      case 'replace':
        set(o.value);
        break;
      case 'insert':
        if (Array.isArray(parent)) parent.splice(key, 0, o.value);
        else if (Array.isArray(current)) current.push(o.value);
        else set(o.value);
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key, 0, structuredClone(current));
        break;
      case 'wrap':
        set(o.at % 2 ? [current] : { value: current });
        break;
      case 'string':
        set(typeof current === 'string' ? current + o.text : o.text);
        break;
    }
  }
  return root;
}

/**
 * The arbitraries. `image` is an image URL that loads, `missing(name)` one that answers 404,
 * `corner` the reference fixture (examples/the-corner.json) and `everyBlock` the sample with every
 * block type (examples/every-block.json).
 */
export function badData({ image, missing, corner, benignArticle, everyBlock }) {
  /** Values that do not belong where they land: wrong types, nulls, odd numbers, long and odd strings. */
  const weird = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.integer(),
    fc.constantFrom(0, -1, 1e308, -0, 2.5, Number.MAX_SAFE_INTEGER, NaN, Infinity),
    fc.double(),
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('', ' ', '\n\t', '\u0000', '\u202e', '\ud800', '🙂'.repeat(500), 'x'.repeat(20000)),
    fc.constantFrom(
      '2022-13-45',
      'yesterday',
      '1e10',
      'NaN',
      '0000-00-00',
      '2022-02-30T25:61:00Z',
      '-271821-04-20T00:00:00Z',
    ),
    fc.constantFrom('map', 'video', 'PARAGRAPH', 'image ', 'LIST', 'hr', '__proto__', 'constructor', 'toString'),
    fc.constantFrom('javascript:alert(1)', 'data:,x', '/tests/__missing__/x.png', '//', 'http://', 'mailto:', '#'),
    fc.constantFrom(
      '<b>bold',
      '<p>unclosed',
      '</p></p>',
      '<a href="javascript:alert(1)">x</a>',
      '<img src=x onerror=alert(1)>',
    ),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    fc.constant({ type: 'map', center: [0, 0] }),
    fc.constant([null]),
    fc.constant({}),
    fc.constant([]),
  );

  /** Markup and URLs meant to run script: the corpus of the security suites (tests/security/payloads.js). */
  const hostile = fc.constantFrom(...PAYLOADS.map((p) => p.payload));
  /** URLs as text: the corpus's script and other-scheme URLs, some that are fine, one that answers 404. */
  const urlText = fc.oneof(
    fc.constantFrom(...PAYLOADS.filter((p) => /-url$|-scheme$/.test(p.kind)).map((p) => p.payload)),
    fc.constantFrom('https://example.com/related', '/related', 'mailto:desk@example.com', missing('related'), '#', ' '),
  );
  const url = fc.oneof({ weight: 3, arbitrary: urlText }, { weight: 1, arbitrary: weird });
  /** A text or HTML field: any text, a payload, or something that is not text at all. */
  const str = fc.oneof(
    { weight: 3, arbitrary: fc.string() },
    { weight: 2, arbitrary: hostile },
    { weight: 1, arbitrary: weird },
  );
  const photo = fc.oneof(
    fc.record(
      {
        src: fc.oneof(fc.constantFrom(image, missing('card.png')), url),
        alt: str,
        width: fc.oneof(fc.constant(1200), weird),
        height: fc.oneof(fc.constant(800), weird),
        srcset: fc.oneof(
          urlText.map((u) => `${u} 1x`),
          weird,
        ),
        sizes: str,
      },
      { requiredKeys: ['src'] },
    ),
    weird,
  );
  const link = fc.oneof(fc.record({ name: str, url }, { requiredKeys: [] }), str);
  const date = fc.oneof(fc.constantFrom('2026-03-18', '2026-03-18T06:00:00-05:00'), weird, str);

  /** A list item: text, a number, or an item with a list under it, up to four deep here. */
  const { item } = fc.letrec((tie) => ({
    item: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'list-item' },
      str,
      fc.integer(),
      fc.record(
        {
          html: str,
          items: fc.oneof(fc.array(tie('item'), { maxLength: 4 }), weird),
          ordered: fc.oneof(fc.boolean(), weird),
        },
        { requiredKeys: [] },
      ),
    ),
  }));
  /** Items nested `depth` deep: past the six levels a list keeps, the rest gives way with a warning. */
  const deepItems = fc.integer({ min: 5, max: 9 }).map((depth) => {
    let items = ['The deepest item'];
    for (let d = depth - 1; d >= 1; d--) items = [`An item at level ${d}`, { html: `A parent at level ${d}`, items }];
    return items;
  });
  /** A table cell: text or HTML, or a figure (as text or as a number), or anything else. */
  const cell = fc.oneof(
    { weight: 3, arbitrary: str },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
    { weight: 1, arbitrary: fc.constantFrom('12.5%', '$3.4 million', '€2bn', '1,204 km', '(3)', '−4', '—', 'n/a', '') },
  );
  /** Rows of cells, each row as long as it likes (ragged), or not rows at all. */
  const rows = (max) =>
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.array(
          fc.oneof({ weight: 6, arbitrary: fc.array(cell, { maxLength: 5 }) }, { weight: 1, arbitrary: weird }),
          { maxLength: max },
        ),
      },
      { weight: 1, arbitrary: weird },
    );

  /** The block types of the registry, each with its own fields: mostly well formed, with bad and hostile values. */
  const typed = fc.oneof(
    fc.record(
      {
        type: fc.constant('list'),
        ordered: fc.oneof(fc.boolean(), weird),
        start: fc.oneof(fc.integer({ min: -5, max: 1000 }), weird),
        items: fc.oneof(
          { weight: 4, arbitrary: fc.array(item, { maxLength: 6 }) },
          { weight: 1, arbitrary: deepItems },
          { weight: 1, arbitrary: weird },
        ),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      { type: fc.constant('table'), caption: str, head: rows(2), rows: rows(6), source: link },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      {
        type: fc.constant('code'),
        text: fc.oneof(
          str,
          fc.constantFrom('\n\n  indented\n\t\ttabbed\n\n', '\n', '   ', '</pre><script>alert(1)</script>'),
        ),
        language: fc.oneof(
          fc.constantFrom('js', 'SQL', 'c++', 'c#', 'objective-c', ' python ', 'a b', 'x'.repeat(41), '__proto__'),
          str,
        ),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constant('divider'), html: str }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('callout'), label: str, title: str, html: str }, { requiredKeys: ['type'] }),
    fc.record(
      {
        type: fc.constant('correction'),
        html: str,
        date,
        kind: fc.oneof(
          fc.constantFrom('correction', 'clarification', 'update', 'Update', 'retraction', '', '__proto__'),
          weird,
        ),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constant('link'), url, headline: str, kicker: str, image: photo }, { requiredKeys: ['type'] }),
    fc.record(
      {
        type: fc.constant('gallery'),
        images: fc.oneof({ weight: 5, arbitrary: fc.array(photo, { maxLength: 5 }) }, { weight: 1, arbitrary: weird }),
        caption: str,
        credit: str,
      },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      {
        type: fc.constant('video'),
        provider: fc.oneof(fc.constantFrom('youtube', 'vimeo', 'file', 'YouTube', 'dailymotion', '__proto__'), weird),
        url: fc.oneof(
          fc.constantFrom(
            'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
            'https://youtu.be/dQw4w9WgXcQ',
            'https://vimeo.com/76979871',
            'https://www.youtube.com/watch?v=short',
          ),
          url,
        ),
        title: str,
        poster: photo,
        src: url,
        duration: fc.oneof(fc.constantFrom('PT2M30S', 'PT1H', 'P1D', 'PT', '2:30', 'PT99999999S'), weird),
        uploaded: date,
        caption: str,
        credit: str,
        width: fc.oneof(fc.constantFrom(16, 0, -4, 1e9), weird),
        height: fc.oneof(fc.constantFrom(9, 0, -3, 1e9), weird),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      {
        type: fc.constant('embed'),
        url: fc.oneof(fc.constantFrom('https://datawrapper.dwcdn.net/AbC12/1/', 'http://example.com/chart'), url),
        title: str,
        provider: str,
        aspectRatio: fc.oneof(fc.constantFrom('16/9', '4:3', '1.5', '169', '0', '1/0', '-1'), weird),
        height: fc.oneof(fc.constantFrom(400, 0, -1, 1e9), weird),
        fallback: photo,
        caption: str,
        credit: str,
      },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      {
        type: fc.constant('post'),
        network: fc.oneof(
          fc.constantFrom('x', 'bluesky', 'mastodon', 'threads', 'instagram', 'tiktok', 'myspace'),
          weird,
        ),
        url: fc.oneof(
          fc.constantFrom(
            'https://bsky.app/profile/a.bsky.social/post/3lbf3etdjxc24',
            'https://mastodon.social/@a/113456789012345678',
            'https://x.com/a/status/1',
          ),
          url,
        ),
        text: str,
        published: date,
        author: fc.oneof(fc.record({ name: str, handle: str, image: url, url }), weird),
        media: fc.oneof(fc.array(photo, { maxLength: 5 }), weird),
        quoted: fc.oneof(fc.record({ url, text: str, author: fc.oneof(fc.record({ name: str }), weird) }), weird),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      {
        type: fc.constant('heading'),
        text: str,
        level: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 6, '3', 2.5, 0, -1), weird),
      },
      { requiredKeys: ['type'] },
    ),
  );

  /** A block, valid or not. */
  const block = fc.oneof(
    fc.record(
      {
        type: fc.constantFrom(
          'paragraph',
          'heading',
          'blockquote',
          'pullquote',
          'tweet',
          'image',
          'list',
          'table',
          'code',
          'divider',
          'callout',
          'correction',
          'link',
          'gallery',
          'video',
          'embed',
          'post',
          'map',
          'unknown',
        ),
        html: fc.oneof(fc.string(), weird),
        text: fc.oneof(fc.string(), weird),
        level: fc.oneof(fc.constantFrom(2, 3, 4, '2'), weird),
        url: fc.oneof(fc.constantFrom('https://x.com/a/status/1', '/p', missing('post')), weird),
        src: fc.oneof(fc.constantFrom(image, missing('block.png')), weird),
        alt: fc.oneof(fc.string(), weird),
        author: fc.oneof(
          fc.record({ name: fc.oneof(fc.string(), weird), handle: fc.oneof(fc.string(), weird) }),
          weird,
        ),
        source: fc.oneof(fc.record({ name: fc.oneof(fc.string(), weird), url: weird }), weird),
        attribution: fc.oneof(fc.string(), weird),
        items: fc.oneof(fc.array(item, { maxLength: 3 }), weird),
        rows: rows(3),
        caption: fc.oneof(fc.string(), weird),
        language: fc.oneof(fc.string(), weird),
        kind: fc.oneof(fc.string(), weird),
        date: fc.oneof(fc.string(), weird),
        headline: fc.oneof(fc.string(), weird),
        image: fc.oneof(photo, weird),
        images: fc.oneof(fc.array(photo, { maxLength: 3 }), weird),
      },
      { requiredKeys: [] },
    ),
    typed,
    weird,
  );

  const op = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('delete', 'delete', 'replace', 'replace', 'replace', 'insert', 'duplicate', 'wrap', 'string'),
    value: fc.oneof(weird, block),
    text: fc.string({ unit: 'grapheme', maxLength: 30 }),
  });

  // One block of each type, from the sample article.
  const sample = everyBlock && {
    headline: everyBlock.headline,
    lang: everyBlock.lang,
    body: everyBlock.body.filter((b, i, all) => all.findIndex((c) => c.type === b.type) === i),
  };
  const bases = [
    corner,
    benignArticle(image),
    ...(sample ? [sample] : []),
    { headline: 'Only a headline' },
    { body: [{ type: 'paragraph', html: 'Only a paragraph.' }] },
  ];

  /** An article of generated blocks, mostly of the registry's types, usually under a plain headline. */
  const generated = fc.record(
    {
      headline: fc.oneof({ weight: 3, arbitrary: fc.constant('Generated blocks') }, { weight: 1, arbitrary: str }),
      body: fc.array(fc.oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: block }), { maxLength: 8 }),
    },
    { requiredKeys: ['body'] },
  );

  /**
   * A mutated article: a base with up to ten mutations, an article of generated blocks with a few,
   * or (rarely) anything at all.
   */
  // (Never null or undefined as a whole: setting the property to that means "no article", not a bad one.)
  const article = fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.constantFrom(...bases), fc.array(op, { maxLength: 10 }))
        .map(([b, ops]) => mutate(b, ops))
        .filter((v) => v !== undefined && v !== null),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(generated, fc.array(op, { maxLength: 3 }))
        .map(([b, ops]) => mutate(b, ops))
        .filter((v) => v !== undefined && v !== null),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }).filter((v) => v !== undefined && v !== null) },
    { weight: 1, arbitrary: weird.filter((v) => v !== undefined && v !== null) },
  );

  /** JSON text of an article, whole or cut short (truncated JSON). */
  const text = fc.tuple(article, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 2 })).map(([a, cut]) => {
    const json = JSON.stringify(a) ?? 'undefined';
    return cut === null ? { json, cut: false } : { json: json.slice(0, Math.floor(json.length * cut)), cut: true };
  });

  return { weird, hostile, url, block, typed, generated, op, article, text };
}

export { mutate };
