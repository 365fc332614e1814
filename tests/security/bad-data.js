// Bad data for the property test (tests/fuzz.test.ts): arbitraries for random and mutated articles.
// Plain JavaScript, so that a Node script can generate the same articles to look into a failure.
import fc from 'fast-check';

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
 * The arbitraries. `image` is an image URL that loads, `missing(name)` one that answers 404, and
 * `corner` the reference fixture (examples/the-corner.json).
 */
export function badData({ image, missing, corner, benignArticle }) {
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
    fc.constantFrom('map', 'video', 'PARAGRAPH', 'image ', '__proto__', 'constructor', 'toString'),
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

  /** A block, valid or not. */
  const block = fc.oneof(
    fc.record(
      {
        type: fc.constantFrom('paragraph', 'heading', 'blockquote', 'pullquote', 'tweet', 'image', 'map', 'unknown'),
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
      },
      { requiredKeys: [] },
    ),
    weird,
  );

  const op = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('delete', 'delete', 'replace', 'replace', 'replace', 'insert', 'duplicate', 'wrap', 'string'),
    value: fc.oneof(weird, block),
    text: fc.string({ unit: 'grapheme', maxLength: 30 }),
  });

  const bases = [
    corner,
    benignArticle(image),
    { headline: 'Only a headline' },
    { body: [{ type: 'paragraph', html: 'Only a paragraph.' }] },
  ];

  /** A mutated article: a base with up to ten mutations, or (rarely) anything at all. */
  // (Never null or undefined as a whole: setting the property to that means "no article", not a bad one.)
  const article = fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.constantFrom(...bases), fc.array(op, { maxLength: 10 }))
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

  return { weird, block, op, article, text };
}

export { mutate };
