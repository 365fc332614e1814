// The importer (src/import, issue 22) on fixtures written for the project: an AMP page (the
// reference article), a WordPress REST post with every supported Gutenberg block, a page of
// embedded posts and videos, captions that carry their credit, and a page full of furniture.
// src/import is bundled with esbuild for the run (with normalizeArticle, which every result must
// pass), and again for workerd, where it must give the same results. No network but localhost;
// only the `validate` check reads the build (dist/).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startWorkerd } from './workerd.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => readFileSync(join(ROOT, 'tests/fixtures/import', name), 'utf8');

/** The fields of issue 18's block types, exactly (the importer adds none of its own). */
const FIELDS = {
  video: [
    'type',
    'provider',
    'url',
    'title',
    'poster',
    'src',
    'duration',
    'uploaded',
    'caption',
    'credit',
    'width',
    'height',
  ],
  post: ['type', 'network', 'url', 'text', 'published', 'author', 'media', 'quoted'],
  gallery: ['type', 'images', 'caption', 'credit'],
  embed: ['type', 'url', 'title', 'provider', 'aspectRatio', 'height', 'fallback', 'caption', 'credit'],
};
const POST_AUTHOR = ['name', 'handle', 'image', 'url'];
const REQUIRED = {
  video: ['provider', 'url', 'title'],
  post: ['network', 'url', 'text', 'author'],
  gallery: ['images'],
  embed: ['url', 'title'],
};

let work;
let importArticle, detectKind, splitCredit, normalizeArticle, runImport;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'import-test-'));
  const entry = join(work, 'entry.mjs');
  writeFileSync(
    entry,
    `export { importArticle, detectKind, splitCredit } from ${JSON.stringify(join(ROOT, 'src/import/index.ts'))};\n` +
      `export { runImport } from ${JSON.stringify(join(ROOT, 'src/import/cli.ts'))};\n` +
      `export { normalizeArticle } from ${JSON.stringify(join(ROOT, 'src/article/normalize.ts'))};\n`,
  );
  const outfile = join(work, 'import.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  ({ importArticle, detectKind, splitCredit, normalizeArticle, runImport } = await import(outfile));
});
after(() => rmSync(work, { recursive: true, force: true }));

/** Imports, and checks that the result is valid Article JSON (no error from normalizeArticle). */
function imported(input, options) {
  const result = importArticle(input, options);
  assert.ok(result.article, `an article came out: ${JSON.stringify(result.problems)}`);
  const errors = normalizeArticle(result.article).problems.filter((p) => p.severity === 'error');
  assert.deepEqual(errors, [], 'normalizeArticle finds no error');
  for (const [i, b] of result.article.body.entries()) {
    if (!FIELDS[b.type]) continue;
    for (const key of Object.keys(b))
      assert.ok(FIELDS[b.type].includes(key), `body[${i}]: ${b.type} has no field "${key}" in issue 18`);
    for (const key of REQUIRED[b.type])
      assert.ok(b[key] !== undefined && b[key] !== '', `body[${i}]: ${b.type}.${key} is set`);
    if (b.type === 'post')
      for (const key of Object.keys(b.author)) assert.ok(POST_AUTHOR.includes(key), `post author field ${key}`);
  }
  return result;
}

// validate loads the block schemas as modules of their own: it is read from the build (npm test builds first).
test('every fixture imports to an article that `article-elements validate` passes (JSON Schema and rules)', async () => {
  const { validateArticle } = await import('../../dist/ssr/validate.js');
  for (const name of ['amp-corner.html', 'wordpress-post.json', 'embeds.html', 'credits.html', 'furniture.html']) {
    const { article } = importArticle(fixture(name));
    const errors = validateArticle(article).filter((p) => p.severity === 'error');
    assert.deepEqual(errors, [], name);
    // Naming a type the library knows among custom ones keeps its schema (the tweet block's refers to
    // the post block's definitions: replacing it threw on a missing reference).
    assert.deepEqual(validateArticle(article, { blocks: ['post', 'recipe'] }), validateArticle(article), name);
  }
});

describe('detecting the kind of input', () => {
  test('AMP by its root element, WordPress by its JSON, else HTML', () => {
    assert.equal(detectKind(fixture('amp-corner.html')), 'amp');
    assert.equal(detectKind(fixture('embeds.html')), 'html');
    assert.equal(detectKind(fixture('wordpress-post.json')), 'wordpress');
    assert.equal(detectKind(JSON.parse(fixture('wordpress-post.json'))), 'wordpress');
    assert.equal(detectKind('<html amp lang="en"><body><p>x</p></body></html>'), 'amp');
  });
});

describe('an AMP page: the reference article', () => {
  test('metadata from JSON-LD (@graph, @id references, section list) before Open Graph', () => {
    const { article, kind, problems } = imported(fixture('amp-corner.html'));
    assert.equal(kind, 'amp');
    assert.deepEqual(problems, []);
    assert.equal(article.headline, 'Biden Admin Pressures Ukraine to Signal Openness to Talks with Putin: Report');
    assert.equal(article.url, 'https://www.nationalreview.com/corner/biden-admin-pressures-ukraine/');
    assert.deepEqual(article.section, { name: 'The Corner' });
    assert.deepEqual(article.category, { name: 'World' });
    assert.equal(article.published, '2022-11-06T10:15:00-05:00');
    assert.equal(article.lang, 'en-US');
    assert.deepEqual(article.authors, [
      {
        name: 'Jimmy Quinn',
        url: 'https://www.nationalreview.com/author/jimmy-quinn/',
        role: 'National Security Correspondent',
        bio: 'Jimmy Quinn is the national security correspondent for National Review and a Novak Fellow at The Fund for American Studies.',
      },
    ]);
  });

  test('the lead amp-img with its caption and credit split, from above the text', () => {
    const { article } = imported(fixture('amp-corner.html'));
    assert.deepEqual(article.image, {
      src: 'https://www.nationalreview.com/wp-content/uploads/2022/11/biden-rally-1200x800.jpg',
      alt: 'President Joe Biden speaking at a lectern at a campaign rally.',
      width: 1200,
      height: 800,
      caption:
        'President Joe Biden delivers remarks at a Democratic Party of New Mexico campaign rally in Albuquerque, N.M., November 3, 2022.',
      credit: 'Kevin Lamarque/Reuters',
    });
  });

  test('body: paragraphs, the quoted passage with its source, the pull quote, amp-twitter, amp-youtube, amp-iframe', () => {
    const { article } = imported(fixture('amp-corner.html'));
    assert.deepEqual(
      article.body.map((b) => b.type),
      ['paragraph', 'paragraph', 'blockquote', 'pullquote', 'paragraph', 'paragraph', 'tweet', 'video', 'embed'],
    );
    assert.match(article.body[0].html, /^The Biden administration .* the <em>Washington Post<\/em> reported\. /);
    assert.deepEqual(article.body[2], {
      type: 'blockquote',
      html:
        '<p>The request by American officials is not aimed at pushing Ukraine to the negotiating table, these people said.</p>' +
        '<p>“Ukraine fatigue is a real thing for some of our partners,” said one U.S. official.</p>',
      source: { name: 'The Washington Post' },
    });
    assert.deepEqual(article.body[3], {
      type: 'pullquote',
      text: 'Ukraine fatigue is a real thing for some of our partners.',
      attribution: 'One U.S. official',
    });
    assert.deepEqual(article.body[6], {
      type: 'tweet',
      text: 'Ukraine has never refused to negotiate. Our negotiating position is known and open.',
      author: { name: 'Mykhailo Podolyak' },
    });
    assert.deepEqual(article.body[7], {
      type: 'video',
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      title: 'Briefing on the talks',
      width: 480,
      height: 270,
    });
    assert.deepEqual(article.body[8], {
      type: 'embed',
      url: 'https://datawrapper.dwcdn.net/AbC12/1/',
      title: 'Aid to Ukraine by country',
      provider: 'Datawrapper',
      aspectRatio: '600/400',
    });
  });

  test('no furniture: navigation, share buttons, ads, "Back to top", "Exit mobile version"', () => {
    const json = JSON.stringify(imported(fixture('amp-corner.html')).article);
    for (const text of ['Exit mobile version', 'Back to top', 'Home', 'doubleclick', 'noamp'])
      assert.ok(!json.includes(text), text);
  });
});

describe('a WordPress REST post', () => {
  const post = () => JSON.parse(fixture('wordpress-post.json'));
  const BODY = [
    {
      type: 'paragraph',
      html: 'The first tram in seventy years ran down the high street on Saturday, <strong>on time</strong>, watched by <a href="https://tram.example/2024/06/crowds/">thousands of people</a>.',
    },
    { type: 'heading', text: 'A line rebuilt' },
    {
      type: 'image',
      src: 'https://tram.example/wp-content/uploads/2024/06/depot-1024x683.jpg',
      alt: 'Trams lined up in the depot',
      width: 1024,
      height: 683,
      caption: 'The depot on the eve of the opening.',
      credit: 'Ann Lee / Example Agency',
    },
    {
      type: 'gallery',
      images: [
        {
          src: 'https://tram.example/wp-content/uploads/2024/06/rails.jpg',
          alt: 'New rails in the road',
          width: 800,
          height: 600,
          caption: 'New rails',
        },
        {
          src: 'https://tram.example/wp-content/uploads/2024/06/wires.jpg',
          alt: 'Overhead wires',
          width: 800,
          height: 600,
        },
      ],
      caption: 'Building the line, spring 2024',
    },
    {
      type: 'list',
      items: [
        'Six stops on the first section',
        { html: 'A tram every <em>ten</em> minutes', items: ['every eight at peak times'], ordered: true },
      ],
    },
    { type: 'blockquote', html: '<p>We waited a long time for this day.</p>', source: { name: 'The Tram Society' } },
    {
      type: 'pullquote',
      text: 'It feels like the town has its heart back.',
      attribution: 'A shopkeeper on the high street',
    },
    {
      type: 'table',
      head: [['Stop', 'Minutes from depot']],
      rows: [
        ['Market Square', '4'],
        ['Station', '11'],
      ],
      caption: 'Journey times',
    },
    { type: 'divider' },
    { type: 'code', text: '{ "line": 1, "stops": 6 }', language: 'json' },
    {
      type: 'tweet',
      text: 'All aboard! The first tram in 70 years has left the depot.',
      url: 'https://twitter.com/tramsociety/status/1800000000000000001',
      published: '2024-06-08',
      author: { name: 'Tram Society', handle: 'tramsociety' },
    },
    {
      type: 'video',
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=aBcDeFgHiJk',
      title: 'First tram run, cab view',
      width: 640,
      height: 360,
      caption: 'The first run, filmed from the cab',
    },
    {
      type: 'video',
      provider: 'vimeo',
      url: 'https://vimeo.com/123456789',
      title: 'Tramway restoration',
      width: 640,
      height: 360,
    },
    {
      type: 'embed',
      url: 'https://open.spotify.com/embed/episode/4exampleEpisode?utm_source=oembed',
      title: 'Spotify Embed: The Tram Podcast',
      provider: 'Spotify',
      height: 152,
    },
    { type: 'heading', text: 'What next', level: 3 },
    { type: 'paragraph', html: 'The second section, to the hospital, is due to open in 2026.' },
  ];

  test('every supported Gutenberg block, from content.raw through the block parser', () => {
    const { article, kind, problems } = imported(post());
    assert.equal(kind, 'wordpress');
    assert.deepEqual(problems, []);
    assert.deepEqual(article.body, BODY);
  });

  test('the same blocks from content.rendered alone (no raw: the public API)', () => {
    const p = post();
    delete p.content.raw;
    assert.deepEqual(imported(p).article.body, BODY);
  });

  test('as JSON text, and the embedded author, featured image and categories', () => {
    const { article } = imported(fixture('wordpress-post.json'));
    assert.equal(article.headline, 'Trams return to the high street – after 70 years');
    assert.equal(article.dek, 'The first tram in seventy years ran on Saturday, and the town came out to watch.');
    assert.equal(article.url, 'https://tram.example/2024/06/trams-return/');
    assert.equal(article.published, '2024-06-08T09:30:00Z');
    assert.equal(article.modified, '2024-06-09T07:00:00Z');
    assert.equal(article.lang, 'en-GB');
    assert.deepEqual(article.section, { name: 'Local & Regional', url: 'https://tram.example/category/local/' });
    assert.deepEqual(article.category, { name: 'Transport', url: 'https://tram.example/category/local/transport/' });
    assert.deepEqual(article.authors, [
      {
        name: 'Ana Lima',
        url: 'https://tram.example/author/ana-lima/',
        bio: 'Ana Lima covers transport for the Tram Example.',
        image: { src: 'https://secure.gravatar.example/avatar/abc?s=96', alt: '', width: 96, height: 96 },
      },
    ]);
    assert.deepEqual(article.image, {
      src: 'https://tram.example/wp-content/uploads/2024/06/first-tram.jpg',
      alt: 'A green tram on the high street',
      width: 2000,
      height: 1333,
      caption: 'The first tram passes the market hall.',
      credit: 'Jo Bloggs/Example Agency',
    });
    assert.ok(!JSON.stringify(article).includes('Share this'), 'Jetpack share buttons left out');
  });

  test('an embed with no snapshot anywhere is kept as a link, and reported', () => {
    const p = post();
    p.content.raw =
      '<!-- wp:embed {"url":"https://twitter.com/someone/status/42","providerNameSlug":"twitter"} -->\n' +
      '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/someone/status/42\n</div></figure>\n<!-- /wp:embed -->';
    const { article, problems } = imported(p);
    assert.deepEqual(article.body, [
      { type: 'link', url: 'https://twitter.com/someone/status/42', headline: 'Post on X' },
    ]);
    assert.deepEqual(problems, [
      { path: 'body[0]', message: 'post on X kept as a link: the post carries no snapshot of it' },
    ]);
  });

  test('JSON that is not a post gives no article and says why', () => {
    const result = importArticle('{"id": 3}');
    assert.equal(result.kind, 'wordpress');
    assert.equal(result.article, undefined);
    assert.equal(result.problems[0].path, '$');
  });
});

describe('a page with embedded posts and videos', () => {
  const body = () => imported(fixture('embeds.html')).article.body.filter((b) => b.type !== 'paragraph');

  test('X: text with its line break, author, handle, date and the post URL without tracking', () => {
    assert.deepEqual(body()[0], {
      type: 'tweet',
      text: 'What a night on the harbour!\nThank you to every volunteer. pic.twitter.com/AbCdEf',
      url: 'https://twitter.com/examplemayor/status/1590000000000000001',
      published: '2022-11-05',
      author: { name: 'Example Mayor', handle: 'examplemayor' },
    });
  });

  test('Bluesky, Mastodon, Instagram and TikTok become post blocks; Threads without a snapshot a link', () => {
    const [, bluesky, mastodon, instagram, tiktok, threads] = body();
    assert.deepEqual(bluesky, {
      type: 'post',
      network: 'bluesky',
      url: 'https://bsky.app/profile/did:plc:abc123/post/3kexample',
      text: 'Lanterns on the water, just after sunset.',
      // A time of day without a zone: only the day is certain.
      published: '2022-11-05',
      author: { name: 'Sam Reyes', handle: 'samreyes.bsky.social', url: 'https://bsky.app/profile/did:plc:abc123' },
    });
    assert.deepEqual(mastodon, {
      type: 'post',
      network: 'mastodon',
      url: 'https://social.example/@harbourmaster/109000000000000001',
      text: 'Every crew kept the channel clear tonight. Thank you all.',
      author: { name: 'harbourmaster@social.example', handle: 'harbourmaster@social.example' },
    });
    assert.deepEqual(instagram, {
      type: 'post',
      network: 'instagram',
      url: 'https://www.instagram.com/p/Cexample01/',
      text: 'The opening parade, from the quay.',
      author: { name: 'Harbour Festival', handle: 'harbourfest' },
    });
    assert.deepEqual(tiktok, {
      type: 'post',
      network: 'tiktok',
      url: 'https://www.tiktok.com/@stagedancer/video/7160000000000000001',
      text: 'Opening night from the stage #harbourfest',
      author: { name: 'stagedancer', handle: 'stagedancer' },
    });
    assert.deepEqual(threads, {
      type: 'link',
      url: 'https://www.threads.net/@harbourfest/post/Cexample02',
      headline: 'Post on Threads',
    });
  });

  test('YouTube and Vimeo frames and a bare YouTube link become video blocks; <video> a file video', () => {
    const videos = body().filter((b) => b.type === 'video');
    assert.deepEqual(videos, [
      {
        type: 'video',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=aBcDeFgHiJk',
        title: 'Harbour Festival fireworks, full show',
        width: 560,
        height: 315,
      },
      {
        type: 'video',
        provider: 'vimeo',
        url: 'https://vimeo.com/123456789/abcdef1234',
        title: 'Building the festival',
        width: 640,
        height: 360,
      },
      {
        type: 'video',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=ZyXwVuTsRqP',
        title: 'YouTube video',
      },
      {
        type: 'video',
        provider: 'file',
        url: 'https://gazette.example/media/parade.mp4',
        src: 'https://gazette.example/media/parade.mp4',
        title: 'The parade in one minute',
        poster: { src: 'https://gazette.example/media/parade.jpg', alt: '' },
        width: 1280,
        height: 720,
        caption: 'The parade in one minute.',
        credit: 'Gazette staff',
      },
    ]);
  });

  test('a chart frame becomes an embed; an unknown frame a link, reported with its place', () => {
    const { article, problems } = imported(fixture('embeds.html'));
    const last = article.body.slice(-4);
    assert.deepEqual(last, [
      { type: 'paragraph', html: 'Ticket sales by night are in the chart below.' },
      {
        type: 'embed',
        url: 'https://datawrapper.dwcdn.net/Xy12Z/3/',
        title: 'Tickets sold by night',
        provider: 'Datawrapper',
        height: 420,
      },
      { type: 'link', url: 'https://widgets.example-polls.net/poll/998', headline: 'Reader poll: best night?' },
      { type: 'paragraph', html: 'The festival continues until Sunday.' },
    ]);
    const at = (b) => `body[${article.body.indexOf(b)}]`;
    assert.deepEqual(problems, [
      {
        path: at(article.body.find((b) => b.headline === 'Post on Threads')),
        message: 'post on Threads kept as a link: the page carries no snapshot of it',
      },
      {
        path: at(article.body.find((b) => b.url === 'https://www.youtube.com/watch?v=ZyXwVuTsRqP')),
        message: 'video without a title; "YouTube video" used',
      },
      { path: at(last[2]), message: 'iframe from an unknown provider kept as a link' },
    ]);
    assert.match(problems[2].path, /^body\[\d+\]$/);
  });

  test('no request is needed: the embed scripts and the hidden tracking frame are gone', () => {
    const json = JSON.stringify(imported(fixture('embeds.html')).article);
    assert.ok(!json.includes('widgets.js') && !json.includes('embed.js'));
    assert.ok(!json.includes('tracker.example'));
  });
});

describe('captions that carry their credit', () => {
  const images = (options) => imported(fixture('credits.html'), options).article.body.filter((b) => b.type === 'image');

  test('"(Name/Agency)", "Photo: … / …", "Photograph: …", a credit element, and a caption with none', () => {
    assert.deepEqual(
      images().map((i) => [i.caption, i.credit]),
      [
        ['The barrier at Riverside Quay on Saturday morning.', 'Jo Bloggs/Example Agency'],
        ['Volunteers filled sandbags through the night.', 'Ann Lee / Example Agency'],
        ['Pumps clearing water from the high street.', 'Sam Reyes/Example Pictures'],
        ['The river from the air, with the barrier on the left.', 'Drone Unit'],
        ["The mayor (left) at the barrier with the site's engineers.", undefined],
      ],
    );
  });

  test('relative URLs resolve against <base>, itself against the canonical URL', () => {
    const [barrier, sandbags] = images();
    assert.equal(barrier.src, 'https://news.example/static/img/barrier.jpg');
    assert.equal(
      barrier.srcset,
      'https://news.example/static/img/barrier-800.jpg 800w, https://news.example/static/img/barrier.jpg 1600w',
    );
    assert.equal(sandbags.src, 'https://news.example/photos/sandbags.jpg');
  });

  test('baseUrl, when given, is the page address instead of the canonical URL', () => {
    const [barrier] = images({ baseUrl: 'https://mirror.example/copy/page.html' });
    assert.equal(barrier.src, 'https://mirror.example/static/img/barrier.jpg');
  });

  test('splitCredit on its own', () => {
    const cases = [
      [
        'A rally in Albuquerque. (Kevin Lamarque/Reuters)',
        { caption: 'A rally in Albuquerque.', credit: 'Kevin Lamarque/Reuters' },
      ],
      ['Crowds at the gate (AP Photo/Jane Doe)', { caption: 'Crowds at the gate', credit: 'AP Photo/Jane Doe' }],
      ['Photo: Ann Lee / AFP', { credit: 'Ann Lee / AFP' }],
      [
        'The quay at dawn. Photograph: Sam Reyes/Getty Images',
        { caption: 'The quay at dawn.', credit: 'Sam Reyes/Getty Images' },
      ],
      ['The quay at dawn. Credit: Sam Reyes', { caption: 'The quay at dawn.', credit: 'Sam Reyes' }],
      ['The committee (from left) at the hearing.', { caption: 'The committee (from left) at the hearing.' }],
      ['The committee at the hearing (left to right)', { caption: 'The committee at the hearing (left to right)' }],
      ['', {}],
    ];
    for (const [input, expected] of cases) assert.deepEqual(splitCredit(input), expected, input);
  });
});

describe('page furniture', () => {
  test('navigation, share buttons, newsletter form, related lists, comments and back-to-top never become text', () => {
    const { article, problems } = imported(fixture('furniture.html'));
    assert.deepEqual(problems, []);
    assert.deepEqual(article.body, [
      {
        type: 'paragraph',
        html: 'The town library reopened on Friday after a two-year restoration that repaired its roof, its reading room and the clock above the entrance.',
      },
      {
        type: 'paragraph',
        html: 'Readers queued from eight in the morning. The first to be let in was a retired teacher who said she had borrowed her first book there in 1961.',
      },
      { type: 'heading', text: 'What changed' },
      {
        type: 'list',
        items: [
          'A new roof, with the original slates where they could be saved',
          {
            html: "The reading room's windows, <em>repaired</em> rather than replaced",
            items: ['twelve of them by hand'],
          },
          'A lift to the upper floor',
        ],
      },
      {
        type: 'table',
        caption: 'Visitors in the first week',
        head: [['Day', 'Visitors']],
        rows: [
          ['Friday', '1,204'],
          ['Saturday', '2,310'],
        ],
      },
      { type: 'paragraph', html: 'The council said the building would keep its old opening hours for now.' },
    ]);
    const json = JSON.stringify(article);
    for (const text of [
      'Skip to content',
      'Share on',
      'newsletter',
      'Subscribe',
      'Related',
      'Swimming pool',
      'Bus timetable',
      'thoughts on',
      'Leave a Reply',
      'Back to top',
      'Town Herald',
    ])
      assert.ok(!json.includes(text), text);
  });

  test('microdata gives the headline, author and date when there is no JSON-LD or Open Graph', () => {
    const { article } = imported(fixture('furniture.html'));
    assert.equal(article.headline, 'Library reopens after two-year restoration');
    assert.deepEqual(article.authors, [{ name: 'Priya Shah' }]);
    assert.equal(article.published, '2024-05-10T09:30:00+01:00');
  });
});

test('lists as browsers show them: a list straight inside a list, text loose in a list, a list of pictures', () => {
  const { article } = imported(
    `<html><head><title>Lists</title></head><body><article><p>${'Some text before the lists, to make an article. '.repeat(6)}</p>
      <ol start="3"><li>Find candidates:</li><ol><li>routable ones</li><li>any</li></ol><li>Pick one</li></ol>
      <ul><li>first</li> loose text <li>second</li></ul>
      <ul><li><img src="https://x.example/a.jpg" alt="A" width="4" height="3"></li><li><figure><img src="https://x.example/b.jpg" alt="B" width="4" height="3"><figcaption>Bee</figcaption></figure></li></ul>
      </article></body></html>`,
  );
  assert.deepEqual(article.body.slice(1), [
    {
      type: 'list',
      ordered: true,
      start: 3,
      items: [{ html: 'Find candidates:', items: ['routable ones', 'any'], ordered: true }, 'Pick one'],
    },
    { type: 'list', items: ['first', 'loose text', 'second'] },
    {
      type: 'gallery',
      images: [
        { src: 'https://x.example/a.jpg', alt: 'A', width: 4, height: 3 },
        { src: 'https://x.example/b.jpg', alt: 'B', width: 4, height: 3, caption: 'Bee' },
      ],
    },
  ]);
});

test('a figure holding a blurred placeholder and the photo (lazy loading) is one image; frames nobody sees are dropped', () => {
  const { article, problems } = imported(
    `<html><head><title>Lazy</title></head><body><article><p>${'Text of the story, long enough to be an article. '.repeat(6)}</p>
      <figure><img src="https://cdn.example/max/60/photo.jpg?q=20" width="60" height="40" alt="">
      <img src="https://cdn.example/max/1400/photo.jpg" srcset="https://cdn.example/max/700/photo.jpg 700w, https://cdn.example/max/1400/photo.jpg 1400w" width="1400" height="933" alt="The harbour">
      <figcaption>The harbour at dawn</figcaption></figure>
      <iframe src="https://ads.example/slot/ad.html" width="300" height="250"></iframe>
      <iframe src="https://stats.example/p.html" width="1" height="1"></iframe>
      </article></body></html>`,
  );
  assert.deepEqual(article.body.slice(1), [
    {
      type: 'image',
      src: 'https://cdn.example/max/1400/photo.jpg',
      alt: 'The harbour',
      width: 1400,
      height: 933,
      srcset: 'https://cdn.example/max/700/photo.jpg 700w, https://cdn.example/max/1400/photo.jpg 1400w',
      caption: 'The harbour at dawn',
    },
  ]);
  assert.deepEqual(problems, []);
});

describe('metadata in order of trust', () => {
  const page = (
    head,
    body = '<article><p>' + 'Text of the article, long enough to be read as one. '.repeat(8) + '</p></article>',
  ) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  test('JSON-LD in a list, with author names as text, wins over Open Graph', () => {
    const { article } = imported(
      page(`<meta property="og:title" content="OG title"><meta property="article:author" content="OG Author">
        <script type="application/ld+json">[{"@type":"Organization","name":"Gazette"},{"@type":"BlogPosting","headline":"LD title","author":"Ann Lee and Bo Park","dateModified":"2024-01-02T03:04:05Z"}]</script>`),
    );
    assert.equal(article.headline, 'LD title');
    assert.deepEqual(article.authors, [{ name: 'Ann Lee' }, { name: 'Bo Park' }]);
    assert.equal(article.modified, '2024-01-02T03:04:05Z');
  });

  test('Open Graph and article:* when there is no JSON-LD', () => {
    const { article } = imported(
      page(`<meta property="og:title" content="OG title"><meta property="og:description" content="The dek.">
        <meta property="article:published_time" content="2023-07-01T12:00:00+02:00"><meta property="article:section" content="Science">
        <meta property="og:image" content="/lead.jpg"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">
        <meta property="og:locale" content="fr_FR">`),
      { baseUrl: 'https://site.example/a/b' },
    );
    assert.equal(article.headline, 'OG title');
    assert.equal(article.dek, 'The dek.');
    assert.equal(article.published, '2023-07-01T12:00:00+02:00');
    assert.deepEqual(article.section, { name: 'Science' });
    assert.deepEqual(article.image, { src: 'https://site.example/lead.jpg', alt: '', width: 1200, height: 630 });
    assert.equal(article.lang, 'fr-FR');
  });

  test('a page with no title at all gets the first words, and says so', () => {
    const { article, problems } = imported(
      '<html><body><p>' + 'Quarks may become deconfined under extreme conditions. '.repeat(6) + '</p></body></html>',
    );
    assert.equal(
      article.headline,
      'Quarks may become deconfined under extreme conditions. Quarks may become deconfined under…',
    );
    assert.deepEqual(
      problems.filter((p) => p.path === 'headline'),
      [{ path: 'headline', message: 'no headline found; the first words of the text are used' }],
    );
  });

  test('an empty page gives no article and never throws', () => {
    const result = importArticle('');
    assert.equal(result.article, undefined);
    assert.equal(result.kind, 'html');
    assert.deepEqual(result.problems, [{ path: '$', message: 'no article found: no headline and no content' }]);
  });
});

test('src/import uses no Node built-in (it must run at the edge): it bundles for the browser platform', async () => {
  const result = await build({
    entryPoints: [join(ROOT, 'src/import/index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(
    inputs.some((i) => i.includes('linkedom')),
    'linkedom is in the bundle',
  );
  assert.ok(
    !inputs.some((i) => /^(?:node:|fs$|path$|url$|os$)/.test(i)),
    inputs.filter((i) => !i.includes('/')).join(', '),
  );
});

describe('the import command (runImport, for `article-elements import`)', () => {
  /** Real file and network I/O, captured output. `fetch` refuses unless the test allows it. */
  const io = (overrides = {}) => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        stdout: (t) => (out.stdout += t),
        stderr: (t) => (out.stderr += t),
        readFile: (path) => readFile(path, 'utf8'),
        writeFile: (path, text) => writeFile(path, text),
        fetch: () => Promise.reject(new Error('no network in this test')),
        ...overrides,
      },
    };
  };
  const file = (name) => join(ROOT, 'tests/fixtures/import', name);

  test('a file: Article JSON on stdout, the kind and the report on stderr, exit 0, no network', async () => {
    const { out, io: handles } = io();
    assert.equal(await runImport([file('embeds.html')], handles), 0);
    assert.deepEqual(JSON.parse(out.stdout), importArticle(fixture('embeds.html')).article);
    const lines = out.stderr.trim().split('\n');
    assert.equal(lines[0], `${file('embeds.html')}: read as an HTML page`);
    assert.match(lines[1], /^body\[\d+\]: post on Threads kept as a link/);
    assert.match(lines[3], /^body\[\d+\]: iframe from an unknown provider kept as a link$/);
    assert.match(lines.at(-1), /: \d+ blocks, 3 problems reported$/);
  });

  test('AMP and WordPress files are detected and said so', async () => {
    for (const [name, seen] of [
      ['amp-corner.html', 'an AMP page'],
      ['wordpress-post.json', 'a WordPress REST post'],
    ]) {
      const { out, io: handles } = io();
      assert.equal(await runImport([file(name)], handles), 0);
      assert.equal(out.stderr.split('\n')[0], `${file(name)}: read as ${seen}`);
    }
  });

  test('--out writes the file; --base-url resolves relative addresses', async () => {
    const target = join(work, 'out.json');
    const { out, io: handles } = io();
    assert.equal(
      await runImport([file('credits.html'), '--out', target, '--base-url', 'https://mirror.example/x/y'], handles),
      0,
    );
    assert.equal(out.stdout, '');
    const written = JSON.parse(readFileSync(target, 'utf8'));
    assert.equal(written.body[1].src, 'https://mirror.example/static/img/barrier.jpg');
    assert.match(out.stderr, /written to .*out\.json\n$/);
  });

  test('a URL is fetched once, and relative addresses resolve against where it was served from', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/old') return res.writeHead(301, { location: '/news/credits' }).end();
      if (req.url === '/news/credits')
        return res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(fixture('credits.html').replace(/<link rel="canonical"[^>]*>/, ''));
      res.writeHead(404).end();
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const requested = [];
    try {
      const { out, io: handles } = io({ fetch: (url, init) => (requested.push(url), fetch(url, init)) });
      assert.equal(await runImport([`${origin}/old`], handles), 0);
      assert.deepEqual(requested, [`${origin}/old`]);
      assert.equal(JSON.parse(out.stdout).body[1].src, `${origin}/static/img/barrier.jpg`);
      const missing = io({ fetch });
      assert.equal(await runImport([`${origin}/gone`], missing.io), 1);
      assert.match(missing.out.stderr, /HTTP 404/);
    } finally {
      server.close();
    }
  });

  test('exit 1 when no article comes out; 2 for a usage error', async () => {
    const empty = join(work, 'empty.html');
    writeFileSync(empty, '');
    const none = io();
    assert.equal(await runImport([empty], none.io), 1);
    assert.match(none.out.stderr, /no article could be imported/);
    assert.equal(none.out.stdout, '');
    for (const argv of [
      [],
      ['a.html', 'b.html'],
      ['a.html', '--kind', 'pdf'],
      ['a.html', '--frobnicate'],
      ['a.html', '--out'],
    ]) {
      const bad = io();
      assert.equal(await runImport(argv, bad.io), 2, argv.join(' '));
      assert.match(bad.out.stderr, /^article-elements import: .*\nusage: article-elements import/);
    }
    const missing = io();
    assert.equal(await runImport([join(work, 'nope.html')], missing.io), 1);
    assert.match(missing.out.stderr, /nope\.html: ENOENT/);
  });
});

describe('at the edge: importArticle in workerd (Cloudflare’s runtime, no Node built-ins)', () => {
  let worker;
  before(async () => {
    const result = await build({
      stdin: {
        contents: `import { importArticle } from ${JSON.stringify(join(ROOT, 'src/import/index.ts'))};
export default {
  async fetch(request) {
    const { input, options } = await request.json();
    return Response.json(importArticle(input, options));
  },
};`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'error',
    });
    worker = await startWorkerd(join(work, 'edge'), result.outputFiles[0].contents);
  });
  after(() => worker?.stop());

  test('every fixture gives the same article and report in workerd as in Node', async () => {
    for (const name of ['amp-corner.html', 'wordpress-post.json', 'embeds.html', 'credits.html', 'furniture.html']) {
      const { status, json: edge } = await worker.post({ input: fixture(name), options: {} });
      assert.equal(status, 200, worker.output);
      assert.ok(edge.article, name);
      assert.deepEqual(edge, JSON.parse(JSON.stringify(importArticle(fixture(name)))), name);
    }
  });
});

describe('article-elements import (the built CLI)', () => {
  const cli = (...args) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'import', ...args], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  test('prints Article JSON for an AMP page, says what it saw, and exits 0', async () => {
    const { code, stdout, stderr } = await cli(
      'tests/fixtures/import/amp-corner.html',
      '--base-url',
      'https://www.example.com/the-corner/',
    );
    assert.equal(code, 0, stderr);
    const article = JSON.parse(stdout);
    assert.ok(article.headline, 'a headline');
    assert.ok(article.body.length > 0, 'blocks');
    assert.match(stderr, /amp/i, 'the kind it detected');
  });

  test('exits 1 with a message when the file is not there', async () => {
    const { code, stdout, stderr } = await cli('tests/fixtures/import/no-such-page.html');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /no-such-page\.html/);
  });
});
