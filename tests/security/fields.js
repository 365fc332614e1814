// Where the corpus goes: every string field of the Article JSON and every attribute of every element,
// each with a kind that says how it is fed (text fields get harmless text around the payload, URL
// fields get the payload as it is) and what a reader must still see. Shared by the browser suites
// and the SSR end-to-end suite, so both exercise the very same (payload, field) pairs.
//
// A payload goes into every field of a group at once: one article per (payload, group). The groups
// keep apart fields that would hide each other (an unsafe image src leaves the whole photo out, so
// the URL fields cannot share an article with the caption they would take along).

/** Text the tests put around a payload; what survives of it is checked per (field, payload). */
export const markerBefore = (key) => `SAFEBEFORE_${key}_`;
export const markerAfter = (key) => `_${key}_SAFEAFTER`;
export const wrap = (key, payload) => `${markerBefore(key)} ${payload} ${markerAfter(key)}`;

/**
 * Text as compared: whitespace collapsed; control characters and U+FFFD left out (the HTML parser
 * replaces NUL, and a document's title drops controls: none of them is visible anyway).
 */
export const norm = (s) =>
  String(s ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Text as a code block must hold it, character for character: only what the HTML parser itself
 * changes in server-rendered markup is evened out (CR and CRLF become LF; NUL is dropped).
 */
export const verbatim = (s) =>
  String(s ?? '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/\u0000/g, '');

/** True when a browser would take `value` as a URL with a scheme other than http(s) or mailto. */
export function unsafeUrl(value) {
  try {
    return !['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
  } catch {
    return false; // relative (or not a URL at all): resolves against the page
  }
}

/** The URLs of a srcset's candidates (the HTML srcset parser, reduced to the URLs). */
export function srcsetUrls(value) {
  const urls = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    const start = i;
    while (i < value.length && !/\s/.test(value[i])) i++;
    let url = value.slice(start, i);
    const comma = url.endsWith(',');
    url = url.replace(/,+$/, '');
    if (url) urls.push(url);
    if (!comma) {
      let depth = 0;
      while (i < value.length && !(value[i] === ',' && depth === 0)) {
        if (value[i] === '(') depth++;
        else if (value[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
  }
  return urls;
}

export const BENIGN_HEADLINE = 'Benign headline stays';
export const BENIGN_PARAGRAPH = 'Benign body paragraph stays.';

const benignPhoto = (src) => ({
  src,
  alt: 'Benign alt',
  width: 1200,
  height: 800,
  srcset: `${src} 1200w`,
  sizes: '100vw',
  caption: 'Benign caption',
  credit: 'Benign credit',
});

/** A complete benign article, every field set, each block type at a fixed index of `body`. */
export function benignArticle(imageSrc) {
  return {
    url: 'https://example.com/news/benign',
    lang: 'en',
    section: { name: 'Benign Section', url: '/section' },
    category: { name: 'Benign Category', url: '/category' },
    headline: BENIGN_HEADLINE,
    dek: 'Benign dek.',
    published: '2022-11-05T12:00:00Z',
    modified: '2022-11-06T12:00:00Z',
    authors: [
      {
        name: 'Benign Author',
        url: '/author/benign',
        role: 'Benign role',
        bio: 'Benign bio.',
        image: benignPhoto(imageSrc),
        links: [{ label: 'Benign link', url: 'https://example.com/benign' }],
      },
    ],
    image: benignPhoto(imageSrc),
    body: [
      /* 0 */ { type: 'paragraph', html: BENIGN_PARAGRAPH },
      /* 1 */ { type: 'paragraph', html: 'Benign <em>paragraph</em>.' },
      /* 2 */ { type: 'paragraph', html: 'Benign <a href="/link">linked</a> paragraph.' },
      /* 3 */ { type: 'heading', text: 'Benign heading', level: 2 },
      /* 4 */ {
        type: 'blockquote',
        html: '<p>Benign quoted passage.</p>',
        source: { name: 'Benign Source', url: 'https://example.com/source' },
      },
      /* 5 */ { type: 'blockquote', html: '<p>Benign <a href="/quoted">linked</a> passage.</p>' },
      /* 6 */ { type: 'pullquote', text: 'Benign pull quote', attribution: 'Benign attribution' },
      /* 7 */ {
        type: 'tweet',
        url: 'https://x.com/benign/status/1589201473538359296',
        text: 'Benign post text',
        published: '2022-11-05T12:00:00Z',
        author: { name: 'Benign Poster', handle: 'benign', image: '/benign-avatar.png' },
      },
      /* 8 */ { type: 'image', ...benignPhoto(imageSrc) },
      /* 9 */ { type: 'paragraph', html: 'Benign last paragraph.' },
      /* 10 */ {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          'Benign <em>list</em> item',
          'Benign <a href="/item">linked</a> item',
          { html: 'Benign parent item', ordered: false, items: ['Benign nested item'] },
        ],
      },
      /* 11 */ {
        type: 'table',
        caption: 'Benign table caption',
        head: [['Benign head', 'Benign figures']],
        rows: [
          ['Benign cell', 12],
          ['Benign <a href="/cell">linked</a> cell', '3.5%'],
        ],
        source: { name: 'Benign table source', url: 'https://example.com/table-source' },
      },
      /* 12 */ { type: 'code', text: 'const benign = true;\n\treturn benign;', language: 'javascript' },
      /* 13 */ { type: 'divider' },
      /* 14 */ {
        type: 'callout',
        label: 'Benign label',
        title: 'Benign callout title',
        html: '<p>Benign callout.</p><ul><li>Benign point</li></ul>',
      },
      /* 15 */ { type: 'callout', html: '<p>Benign <a href="/callout">linked</a> callout.</p>' },
      /* 16 */ { type: 'correction', html: '<p>Benign correction.</p>', date: '2022-11-07', kind: 'clarification' },
      /* 17 */ {
        type: 'link',
        url: '/related',
        headline: 'Benign related headline',
        kicker: 'Benign kicker',
        image: benignPhoto(imageSrc),
      },
      /* 18 */ {
        type: 'link',
        url: 'https://example.com/related',
        headline: 'Benign second related headline',
        image: { src: imageSrc, alt: '', width: 1200, height: 800 },
      },
      /* 19 */ {
        type: 'embed',
        url: 'https://charts.example.com/embed/benign',
        title: 'Benign embed title',
        provider: 'Benign Provider',
        aspectRatio: '4:3',
        fallback: { src: imageSrc, alt: 'Benign embed alt' },
        caption: 'Benign embed caption',
        credit: 'Benign embed credit',
      },
      /* 20 */ {
        type: 'post',
        network: 'bluesky',
        url: 'https://bsky.app/profile/benign.bsky.social/post/3lbf3etdjxc24',
        text: 'Benign social post text',
        published: '2022-11-05T12:00:00Z',
        author: {
          name: 'Benign Social Poster',
          handle: 'benign.bsky.social',
          image: '/benign-avatar.png',
          url: 'https://example.com/benign-poster',
        },
        media: [{ src: imageSrc, alt: 'Benign post photo', width: 1200, height: 800 }],
        quoted: {
          url: 'https://bsky.app/profile/quoted.bsky.social/post/3lbf3etdjxc25',
          text: 'Benign quoted post text',
          published: '2022-11-04T12:00:00Z',
          author: { name: 'Benign Quoted Poster' },
        },
      },
      /* 21 */ {
        type: 'post',
        network: 'mastodon',
        url: 'https://mastodon.example/@benign/109876543210',
        text: 'Benign second social post',
        author: { name: 'Benign Second Poster' },
      },
      /* 22 */ {
        type: 'gallery',
        caption: 'Benign gallery caption',
        credit: 'Benign gallery credit',
        images: [benignPhoto(imageSrc), { src: imageSrc, alt: 'Benign second alt', width: 1200, height: 800 }],
      },
      /* 23 */ {
        type: 'video',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        title: 'Benign video title',
        poster: { src: imageSrc, alt: 'Benign poster alt' },
        duration: 'PT2M30S',
        uploaded: '2022-11-05',
        caption: 'Benign video caption',
        credit: 'Benign video credit',
        width: 16,
        height: 9,
      },
      /* 24 */ {
        type: 'video',
        provider: 'file',
        url: 'https://example.com/benign-video',
        src: 'https://example.com/benign.mp4',
        title: 'Benign file video title',
      },
      /* 25 */ {
        type: 'video',
        provider: 'vimeo',
        url: 'https://vimeo.com/76979871',
        title: 'Benign second video title',
        poster: { src: imageSrc, alt: '' },
      },
    ],
  };
}

/**
 * The kinds:
 *   text     wrapped; the whole wrapped text must show          tweet-text  wrapped; both markers must show
 *   code     wrapped; the whole wrapped text must show, and a <pre> must hold it verbatim (see `verbatim`)
 *   html     wrapped; markers show where the HTML parser makes them plain text outside code and foreign content
 *   href     the payload as a link's href inside an HTML field (markers outside the link)
 *   alt      wrapped; an <img> must carry exactly that alt       silent      wrapped; nothing to see, safety only
 *   date / number / type   wrapped; left out with a warning naming the path
 *   value    wrapped, where only a few values fit (a kind, a language name, true or false, a whole
 *            number); left out, or the default used, with a warning naming the path
 *   url / srcset           the raw payload; an unsafe scheme is dropped with a warning naming the path
 */
const TEXTY = new Set(['text', 'tweet-text', 'code', 'html', 'alt', 'silent', 'date', 'number', 'type', 'value']);
export const valueFor = (kind, key, payload) =>
  TEXTY.has(kind)
    ? wrap(key, payload)
    : kind === 'href'
      ? `${markerBefore(key)} <a href="${payload}">link text</a> ${markerAfter(key)}`
      : payload;

/** The groups: fields that take the same payload in one article. */
export const GROUPS = {
  text: 'text, HTML, date, number and block-type fields (payload wrapped in harmless text)',
  url: 'URL fields (payload as given)',
  shorthand: 'the shorthand string forms (payload wrapped in harmless text)',
  lang: 'lang (payload wrapped in harmless text)',
  srcset: 'srcset fields, beside a safe src (payload as given)',
};

const BLOCK_NAMES = [
  'paragraph',
  'paragraph',
  'paragraph (a link href)',
  'heading',
  'blockquote',
  'blockquote (a link href)',
  'pullquote',
  'tweet',
  'image',
  'block',
  'list',
  'table',
  'code',
  'divider',
  'callout',
  'callout (a link href)',
  'correction',
  'link',
  'link (its image URL)',
  'embed',
  'post',
  'post (its URL)',
  'gallery',
  'video',
  'video (a file)',
  'video (its poster)',
];

/** Every field of the Article JSON: [group, JSON path in the group's article, kind]. */
export const ARTICLE_FIELDS = [
  ['text', 'headline', 'text'],
  ['text', 'dek', 'text'],
  ['text', 'published', 'date'],
  ['text', 'modified', 'date'],
  ['text', 'section.name', 'text'],
  ['text', 'category.name', 'text'],
  ['text', 'image.alt', 'alt'],
  ['text', 'image.sizes', 'silent'],
  ['text', 'image.caption', 'text'],
  ['text', 'image.credit', 'text'],
  ['text', 'image.width', 'number'],
  ['text', 'image.height', 'number'],
  ['text', 'authors[0].name', 'text'],
  ['text', 'authors[0].role', 'text'],
  ['text', 'authors[0].bio', 'text'],
  ['text', 'authors[0].image.alt', 'silent'],
  ['text', 'authors[0].image.sizes', 'silent'],
  ['text', 'authors[0].image.caption', 'silent'],
  ['text', 'authors[0].image.credit', 'silent'],
  ['text', 'authors[0].image.width', 'number'],
  ['text', 'authors[0].image.height', 'number'],
  ['text', 'authors[0].links[0].label', 'text'],
  ['text', 'body[1].html', 'html'],
  ['text', 'body[2].html', 'href'],
  ['text', 'body[3].text', 'text'],
  ['text', 'body[3].level', 'number'],
  ['text', 'body[4].html', 'html'],
  ['text', 'body[4].source.name', 'text'],
  ['text', 'body[5].html', 'href'],
  ['text', 'body[6].text', 'text'],
  ['text', 'body[6].attribution', 'text'],
  ['text', 'body[7].text', 'tweet-text'],
  ['text', 'body[7].published', 'date'],
  ['text', 'body[7].author.name', 'text'],
  ['text', 'body[7].author.handle', 'text'],
  ['text', 'body[8].alt', 'alt'],
  ['text', 'body[8].sizes', 'silent'],
  ['text', 'body[8].caption', 'text'],
  ['text', 'body[8].credit', 'text'],
  ['text', 'body[8].width', 'number'],
  ['text', 'body[8].height', 'number'],
  ['text', 'body[9].type', 'type'],
  // List items are inline HTML, at the top level and nested under an item of their own.
  ['text', 'body[10].items[0]', 'html'],
  ['text', 'body[10].items[1]', 'href'],
  ['text', 'body[10].items[2].html', 'html'],
  ['text', 'body[10].items[2].items[0]', 'html'],
  ['text', 'body[10].items[2].ordered', 'value'],
  ['text', 'body[10].ordered', 'value'],
  ['text', 'body[10].start', 'value'],
  // A table's caption is text; its cells, head and body, are inline HTML.
  ['text', 'body[11].caption', 'text'],
  ['text', 'body[11].head[0][0]', 'html'],
  ['text', 'body[11].rows[0][0]', 'html'],
  ['text', 'body[11].rows[1][0]', 'href'],
  ['text', 'body[11].source.name', 'text'],
  ['text', 'body[12].text', 'code'],
  ['text', 'body[12].language', 'value'],
  ['text', 'body[14].label', 'text'],
  ['text', 'body[14].title', 'text'],
  ['text', 'body[14].html', 'html'],
  ['text', 'body[15].html', 'href'],
  ['text', 'body[16].html', 'html'],
  ['text', 'body[16].date', 'date'],
  ['text', 'body[16].kind', 'value'],
  // A link card's image is decorative (the headline names the link): its alt, caption and credit
  // are never shown.
  ['text', 'body[17].headline', 'text'],
  ['text', 'body[17].kicker', 'text'],
  ['text', 'body[17].image.alt', 'silent'],
  ['text', 'body[17].image.sizes', 'silent'],
  ['text', 'body[17].image.caption', 'silent'],
  ['text', 'body[17].image.credit', 'silent'],
  ['text', 'body[17].image.width', 'number'],
  ['text', 'body[17].image.height', 'number'],
  // An embed's title is a link to the original; its provider names the button; its fallback's alt
  // is the image's.
  ['text', 'body[19].title', 'text'],
  ['text', 'body[19].provider', 'text'],
  ['text', 'body[19].aspectRatio', 'value'],
  ['text', 'body[19].height', 'number'],
  ['text', 'body[19].fallback.alt', 'alt'],
  ['text', 'body[19].caption', 'text'],
  ['text', 'body[19].credit', 'text'],
  // A post on another network: its text, author, quoted post and photo's alt (in the element's
  // shadow DOM: checked for safety only).
  ['text', 'body[20].text', 'tweet-text'],
  ['text', 'body[20].published', 'date'],
  ['text', 'body[20].author.name', 'text'],
  ['text', 'body[20].author.handle', 'text'],
  ['text', 'body[20].media[0].alt', 'silent'],
  ['text', 'body[20].quoted.text', 'tweet-text'],
  ['text', 'body[20].quoted.published', 'date'],
  ['text', 'body[20].quoted.author.name', 'text'],
  // A video's title, caption and credit are slotted text; its poster's alt is not shown (the title
  // names the video); duration, date and size are checked values.
  ['text', 'body[23].title', 'text'],
  ['text', 'body[23].caption', 'text'],
  ['text', 'body[23].credit', 'text'],
  ['text', 'body[23].poster.alt', 'silent'],
  ['text', 'body[23].duration', 'value'],
  ['text', 'body[23].uploaded', 'date'],
  ['text', 'body[23].width', 'number'],
  ['text', 'body[23].height', 'number'],
  ['text', 'body[22].caption', 'text'],
  ['text', 'body[22].credit', 'text'],
  ['text', 'body[22].images[0].alt', 'alt'],
  ['text', 'body[22].images[0].sizes', 'silent'],
  ['text', 'body[22].images[0].caption', 'text'],
  ['text', 'body[22].images[0].credit', 'text'],
  ['text', 'body[22].images[0].width', 'number'],
  ['text', 'body[22].images[0].height', 'number'],
  ['lang', 'lang', 'silent'],
  ['shorthand', 'section', 'text'],
  ['shorthand', 'category', 'text'],
  ['shorthand', 'authors[1]', 'text'],
  ['shorthand', 'body[4].source', 'text'],
  ['shorthand', 'body[11].source', 'text'],
  ['url', 'url', 'url'],
  ['url', 'section.url', 'url'],
  ['url', 'category.url', 'url'],
  ['url', 'image.src', 'url'],
  ['url', 'authors[0].url', 'url'],
  ['url', 'authors[0].image.src', 'url'],
  ['url', 'authors[0].links[0].url', 'url'],
  ['url', 'body[4].source.url', 'url'],
  ['url', 'body[7].url', 'url'],
  ['url', 'body[7].author.image', 'url'],
  ['url', 'body[8].src', 'url'],
  ['url', 'body[11].source.url', 'url'],
  // An unsafe card URL leaves the whole card out: its image's URL is in another card.
  ['url', 'body[17].url', 'url'],
  ['url', 'body[18].image.src', 'url'],
  // An unsafe embed URL skips the embed, its fallback's URL reported all the same.
  ['url', 'body[19].url', 'url'],
  ['url', 'body[19].fallback.src', 'url'],
  // An unsafe post address leaves the whole post out: the other URLs are in another post.
  ['url', 'body[21].url', 'url'],
  ['url', 'body[20].author.image', 'url'],
  ['url', 'body[20].author.url', 'url'],
  ['url', 'body[20].media[0].src', 'url'],
  ['url', 'body[20].quoted.url', 'url'],
  // An unsafe image URL leaves that image out; the gallery's other image stays.
  ['url', 'body[22].images[1].src', 'url'],
  // An unsafe video page leaves the video out: the file's and the poster's URLs are in other blocks.
  ['url', 'body[23].url', 'url'],
  ['url', 'body[25].poster.src', 'url'],
  ['url', 'body[24].src', 'url'],
  ['srcset', 'image.srcset', 'srcset'],
  ['srcset', 'authors[0].image.srcset', 'srcset'],
  ['srcset', 'body[8].srcset', 'srcset'],
  ['srcset', 'body[17].image.srcset', 'srcset'],
  ['srcset', 'body[22].images[0].srcset', 'srcset'],
].map(([group, path, kind], i) => ({
  group,
  path,
  kind,
  key: `f${i}`,
  name: path.replace(/^body\[(\d+)\]/, (_, n) => `body[${BLOCK_NAMES[n]}]`),
}));

/** The JSON path a warning names: a bad block type is reported for the block itself. */
export const reportedPath = (field) => (field.kind === 'type' ? field.path.replace(/\.type$/, '') : field.path);

function setPath(obj, path, value) {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys.at(-1)] = value;
}

/**
 * The article for one payload in one group (or several groups whose fields do not clash), with
 * each (field, payload) pair: its key (for the markers), its JSON path and the value given.
 */
export function articleFor(group, payload, imageSrc) {
  const groups = [group].flat();
  const article = benignArticle(imageSrc);
  const items = [];
  for (const field of ARTICLE_FIELDS) {
    if (!groups.includes(field.group)) continue;
    const key = `${field.key}p${payload.id}`;
    let value = valueFor(field.kind, key, payload.payload);
    // A quotation's link goes inside one of its paragraphs.
    if (field.kind === 'href' && field.path === 'body[5].html') value = `<p>${value}</p>`;
    setPath(article, field.path, value);
    items.push({ field, key, value, path: reportedPath(field) });
  }
  return { article, items };
}

/**
 * Every attribute of every element, hand-authored. `benign` are the attributes every instance gets
 * (so that the element shows its usual parts). A payload goes into all of an element's attributes at
 * once, except those listed in `alone`, which would hide the others or be hidden by them
 * (`decorative` empties the alt text, `live` swaps the card for the live post, `src` replaces the
 * article, `srcset` is used only beside the benign `src`), or which slow WebKit's text layout down
 * with long texts (an unknown `lang`): each of those gets the payload on its own.
 */
export const ELEMENTS = {
  'article-header': {
    benign: {
      headline: 'Benign headline',
      section: 'Benign section',
      'section-href': '/section',
      category: 'Benign category',
      'category-href': '/category',
      dek: 'Benign dek',
      published: '2022-11-05T12:00:00Z',
      modified: '2022-11-06T12:00:00Z',
      'reading-time': '4',
      authors: '[{"name":"Benign Author","url":"/author"}]',
    },
    attributes: {
      'heading-level': 'number',
      section: 'text',
      'section-href': 'url',
      category: 'text',
      'category-href': 'url',
      headline: 'text',
      dek: 'text',
      authors: 'json-authors',
      published: 'date',
      modified: 'date',
      'reading-time': 'number',
      lang: 'silent',
    },
    alone: ['lang'],
  },
  'photo-figure': {
    benign: {
      src: 'IMAGE',
      alt: 'Benign alt',
      width: '1200',
      height: '800',
      caption: 'Benign caption',
      credit: 'Benign credit',
    },
    attributes: {
      src: 'url',
      srcset: 'srcset',
      sizes: 'silent',
      alt: 'alt',
      width: 'number',
      height: 'number',
      caption: 'text',
      credit: 'text',
      lead: 'silent',
      decorative: 'silent',
      lang: 'silent',
    },
    alone: ['srcset', 'decorative', 'lang'],
  },
  'pull-quote': {
    benign: {
      text: 'Benign quote',
      attribution: 'Benign attribution',
      source: 'Benign source',
      cite: 'https://example.com/source',
    },
    attributes: {
      variant: 'silent',
      text: 'text',
      attribution: 'text',
      source: 'text',
      cite: 'url',
      repeated: 'silent',
      lang: 'silent',
    },
    alone: ['lang'],
  },
  'tweet-embed': {
    benign: {
      url: 'https://x.com/benign/status/1589201473538359296',
      'author-name': 'Benign Poster',
      handle: 'benign',
      published: '2022-11-05T12:00:00Z',
      text: 'Benign post',
    },
    attributes: {
      url: 'url',
      'author-name': 'text',
      handle: 'text',
      avatar: 'url',
      published: 'date',
      text: 'tweet-text',
      live: 'silent',
      lang: 'silent',
    },
    alone: ['live', 'lang'],
  },
  'social-post': {
    benign: {
      network: 'bluesky',
      url: 'https://bsky.app/profile/benign.bsky.social/post/3lbf3etdjxc24',
      'author-name': 'Benign Social Poster',
      handle: 'benign.bsky.social',
      published: '2022-11-05T12:00:00Z',
      text: 'Benign social post',
    },
    attributes: {
      network: 'silent',
      url: 'url',
      'author-name': 'text',
      handle: 'text',
      avatar: 'url',
      'author-url': 'url',
      published: 'date',
      text: 'tweet-text',
      media: 'silent',
      live: 'silent',
      lang: 'silent',
    },
    alone: ['network', 'live', 'lang'],
  },
  'author-bio': {
    benign: {
      name: 'Benign Author',
      href: '/author',
      'job-title': 'Benign title',
      avatar: '/benign-avatar.png',
      bio: 'Benign bio',
      links: '[{"label":"Benign link","url":"https://example.com/"}]',
    },
    attributes: {
      name: 'text',
      href: 'url',
      'job-title': 'text',
      avatar: 'url',
      bio: 'text',
      links: 'json-links',
      lang: 'silent',
    },
    alone: ['lang'],
  },
  'embed-frame': {
    benign: {
      url: 'https://charts.example.com/embed/benign',
      'frame-title': 'Benign embed title',
      provider: 'Benign Provider',
      fallback: 'IMAGE',
      'fallback-alt': 'Benign embed alt',
      caption: 'Benign caption',
      credit: 'Benign credit',
    },
    attributes: {
      url: 'url',
      'frame-title': 'text',
      provider: 'text',
      'aspect-ratio': 'silent',
      height: 'number',
      fallback: 'url',
      'fallback-alt': 'alt',
      caption: 'text',
      credit: 'text',
      lang: 'silent',
    },
    // A bad url leaves no button (the provider's name is on it); a bad fallback shows the placeholder.
    alone: ['url', 'fallback', 'lang'],
  },
  'news-article': {
    benign: {},
    attributes: { src: 'fetch', 'heading-level': 'number', loading: 'silent', lang: 'silent' },
    alone: ['src', 'heading-level', 'lang'],
  },
};

/**
 * The value an attribute of `kind` gets for a payload. JSON attributes hold the wrapped payload as a
 * name or label (next to a safe URL, so that it shows) and the payload as a second entry's URL.
 */
export function attributeValue(kind, key, payload) {
  switch (kind) {
    case 'json-authors':
      return JSON.stringify([
        { name: wrap(key, payload), url: '/author' },
        { name: 'Second Author', url: payload },
      ]);
    case 'json-links':
      return JSON.stringify([
        { label: wrap(key, payload), url: 'https://example.com/' },
        { label: 'Second link', url: payload },
      ]);
    case 'url':
    case 'srcset':
    case 'fetch':
      return payload;
    default:
      return wrap(key, payload);
  }
}
