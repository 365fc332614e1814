// Video and post blocks and the consent model end to end, in the system Chromium, from the browser's own
// request log: the script-tag bundle on examples/video.html (a YouTube, a Vimeo and a file video),
// and server rendering read with JavaScript off. YouTube's and Vimeo's player origins are answered
// by Playwright with a blank page standing in for them, so the log shows exactly what the page
// asked for and nothing needs the internet. Needs `npm run build` (pretest runs it): dist/.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { renderArticle } from '../../dist/ssr/index.js';

const ROOT = new URL('../../', import.meta.url);
const article = JSON.parse(readFileSync(new URL('examples/video.json', ROOT), 'utf8'));
const posts = JSON.parse(readFileSync(new URL('examples/posts.json', ROOT), 'utf8'));
const PLAYERS = {
  youtube: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
  vimeo: 'https://player.vimeo.com/video/76979871',
};

let server, browser, origin;
before(async () => {
  // Posters can be held back (`?late`) or fail (`?fail`) to check the reserved boxes.
  server = await serve('.', 0, { delay: (url) => (IMAGES.test(url) && late ? 1500 : 0) });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  server?.close();
});
let late = false;
/** The sample images the examples use: held back (`late`) or failed (`failPosters`) to check the reserved boxes. */
const IMAGES = /(video-poster|sample-street|sample-map)\.svg/;
/** The official embed origins, answered here with a blank page (a post's photos on its network are aborted, and logged). */
const EMBED_ORIGINS =
  /^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com|platform\.twitter\.com|embed\.bsky\.app|mastodon\.social|www\.threads\.net|www\.instagram\.com|www\.tiktok\.com)\//;

/**
 * Opens `path`, recording every request. Requests to other origins are answered here (a blank page
 * for the two player origins, an abort for anything else) and logged either way.
 */
async function open(path, { js = true, width = 375, failPosters = false, html } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: js });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(
    (url) => url.origin !== origin,
    (route) =>
      EMBED_ORIGINS.test(route.request().url())
        ? route.fulfill({ body: '<!doctype html><title>player</title>', contentType: 'text/html' })
        : route.abort(),
  );
  if (failPosters) await page.route(IMAGES, (route) => route.fulfill({ status: 404, body: '' }));
  if (html) {
    const { path: at = '/__ssr__.html', body = html } = typeof html === 'string' ? {} : html;
    await page.route(`${origin}${at}`, (route) => route.fulfill({ body, contentType: 'text/html' }));
  }
  // Layout shifts from the very start, without user input excluded (the press is input).
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('load');
  const foreign = () => requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
  const cls = () => page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  return { page, requests, errors, foreign, cls, close: () => context.close() };
}

/** Waits for the article, then scrolls to the bottom and back. */
async function rendered(page) {
  await page.waitForFunction(() => document.querySelectorAll('news-article > video-embed').length === 3);
  await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('video-embed')].map((el) => el.updateComplete));
    for (let y = 0; y <= document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    window.scrollTo(0, 0);
  });
}

const facade = (page, provider) => page.locator(`video-embed[provider=${provider}]`).locator('[part=facade]');

/** Hovers and focuses every facade and every player control, as a reader passing by does. */
async function passBy(page) {
  for (const el of await page.locator('video-embed').all()) {
    await el.scrollIntoViewIfNeeded();
    await el.hover();
  }
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
}

describe('video blocks and consent, in the script-tag bundle', () => {
  test('no request to another origin on load, scroll, hover and focus; no hints either', async () => {
    const { page, foreign, errors, cls, close } = await open('/examples/video.html');
    await rendered(page);
    await passBy(page);
    assert.deepEqual(foreign(), [], 'requests to other origins');
    const hints = await page.evaluate(
      () => document.querySelectorAll('link[rel~=preconnect],link[rel~=dns-prefetch],link[rel~=prefetch]').length,
    );
    assert.equal(hints, 0, 'no preconnect, dns-prefetch or prefetch');
    assert.equal((await cls()).toFixed(3), '0.000');
    assert.deepEqual(errors, []);
    await close();
  });

  for (const provider of ['youtube', 'vimeo']) {
    test(`pressing the ${provider} facade requests its player only, once, and starts it`, async () => {
      const { page, foreign, cls, close } = await open('/examples/video.html');
      await rendered(page);
      await page.locator(`video-embed[provider=${provider}]`).scrollIntoViewIfNeeded();
      const box = await page.locator(`video-embed[provider=${provider}]`).boundingBox();
      await facade(page, provider).click();
      await page.locator(`video-embed[provider=${provider}] iframe`).waitFor();
      await page.waitForTimeout(300);
      const expected = `${PLAYERS[provider]}?autoplay=1${provider === 'vimeo' ? '&dnt=1' : ''}`;
      assert.deepEqual(foreign(), [expected]);
      assert.deepEqual(await page.locator(`video-embed[provider=${provider}]`).boundingBox(), box, 'same box');
      assert.equal((await cls()).toFixed(3), '0.000');
      await close();
    });
  }

  test('a cancelled embed-activate requests nothing', async () => {
    const { page, foreign, close } = await open('/examples/video.html');
    await rendered(page);
    await page.evaluate(() => document.addEventListener('embed-activate', (e) => e.preventDefault()));
    await facade(page, 'youtube').click();
    await page.waitForTimeout(500);
    assert.deepEqual(foreign(), []);
    assert.equal(await page.locator('video-embed iframe').count(), 0);
    assert.equal(new URL(page.url()).pathname, '/examples/video.html', 'the link was not followed');
    await close();
  });

  test('allowEmbeds up front loads that provider without a press, and no other', async () => {
    const { page, foreign, close } = await open('/examples/video.html?allow=youtube');
    await rendered(page);
    await page.locator('video-embed[provider=youtube] iframe').waitFor();
    await passBy(page);
    assert.deepEqual(foreign(), [PLAYERS.youtube]);
    await close();
  });

  test('allowEmbeds loads an element already on the page', async () => {
    const { page, foreign, close } = await open('/examples/video.html');
    await rendered(page);
    assert.deepEqual(foreign(), []);
    await page.evaluate(async () => (await import('/dist/article-elements.js')).allowEmbeds(['vimeo']));
    await page.locator('video-embed[provider=vimeo] iframe').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(foreign(), [`${PLAYERS.vimeo}?dnt=1`]);
    await close();
  });

  test('CLS 0.000 with posters 1.5 s late, and with posters failing, before and after a press', async () => {
    for (const variant of ['late', 'fail']) {
      late = variant === 'late';
      const { page, cls, close } = await open('/examples/video.html', { failPosters: variant === 'fail' });
      await rendered(page);
      await page.waitForTimeout(late ? 1800 : 300);
      await facade(page, 'youtube').click();
      await page.waitForTimeout(300);
      assert.equal((await cls()).toFixed(3), '0.000', variant);
      await close();
    }
    late = false;
  });
});

describe('<video-embed> written by hand, with the script-tag bundle', () => {
  test('its code loads from beside the bundle, and it asks before loading the player', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/article-elements.js"></script></head>
      <body><video-embed url="https://youtu.be/dQw4w9WgXcQ" video-title="By hand" poster="/examples/video-poster.svg" duration="PT45S"><span slot="title">By hand</span></video-embed></body></html>`;
    const { page, foreign, errors, close } = await open('/__hand__.html', {
      html: { path: '/__hand__.html', body: html },
    });
    await page.locator('video-embed [part=facade]').waitFor({ state: 'attached' });
    const box = await page.locator('video-embed').boundingBox();
    assert.ok(box.height > 100, `a box reserved: ${JSON.stringify(box)}`);
    assert.equal(await page.locator('video-embed time').innerText(), '0:45');
    await page.locator('video-embed').hover();
    assert.deepEqual(foreign(), []);
    await page.locator('video-embed [part=facade]').click();
    await page.locator('video-embed iframe').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(foreign(), [`${PLAYERS.youtube}?autoplay=1`]);
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('video blocks, server-rendered, JavaScript off', () => {
  test('title, caption and a link to each video page are readable, with the poster, and nothing foreign is requested', async () => {
    const fragment = await renderArticle(article);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="/examples/"></head><body>${fragment}</body></html>`;
    const { page, foreign, close } = await open('/__ssr__.html', { js: false, html });
    const videos = page.locator('video-embed');
    assert.equal(await videos.count(), 3);
    for (const [i, block] of article.body.filter((b) => b.type === 'video').entries()) {
      const el = videos.nth(i);
      const text = (await el.innerText()).replace(/\s+/g, ' ');
      assert.ok(text.includes(block.title), `title of video ${i}: ${text}`);
      if (block.caption) assert.ok(text.includes(block.caption), `caption of video ${i}`);
      if (block.provider === 'file') {
        assert.equal(await el.locator('video').getAttribute('src'), block.src);
        continue;
      }
      assert.equal(await el.locator('[part=facade]').getAttribute('href'), block.url);
      const poster = el.locator('[part=poster]');
      assert.equal(await poster.getAttribute('src'), block.poster.src);
      assert.ok((await poster.evaluate((img) => img.getBoundingClientRect().height)) > 100, 'poster laid out');
    }
    assert.deepEqual(foreign(), []);
    await close();
  });

  test('structured data lists each video as a VideoObject', async () => {
    const page = await renderArticle(article, { document: true, baseUrl: article.url });
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)[1]);
    const videos = (Array.isArray(json) ? json[0] : json).video;
    assert.deepEqual(
      videos.map((v) => [v['@type'], v.name, v.embedUrl ?? v.contentUrl, v.duration]),
      [
        ['VideoObject', article.body[1].title, PLAYERS.youtube, 'PT2M30S'],
        ['VideoObject', article.body[3].title, PLAYERS.vimeo, 'PT1M05S'],
        [
          'VideoObject',
          article.body[5].title,
          'https://www.alderbrookledger.example/examples/video-fog.mp4',
          'PT0M48S',
        ],
      ],
    );
    assert.equal(videos[0].thumbnailUrl, 'https://www.alderbrookledger.example/region/2026/03/20/video-poster.svg');
    assert.equal(videos[0].uploadDate, '2026-03-20');
  });
});

// Post blocks: examples/posts.html has one post on each network, a quoted post, photos of the
// publisher's own and photos and an avatar on the networks' servers (held back until consent).
const FRAMES = {
  x: 'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1901647382019384620',
  bluesky: 'https://embed.bsky.app/embed/alderbrookriders.bsky.social/app.bsky.feed.post/3lbf3etdjxc24',
  mastodon: 'https://mastodon.social/@stationroad/113456789012345678/embed',
  threads: 'https://www.threads.net/@alderbrook.bakery/post/C8xYz12AbCd/embed',
  instagram: 'https://www.instagram.com/p/C8xYz12AbCd/embed/captioned/',
  tiktok: 'https://www.tiktok.com/embed/v2/7350000000000000000',
};
/** Each network's own hosts: what a press on its post may reach. */
const OWN = {
  x: /^https:\/\/([a-z0-9-]+\.)*(twitter\.com|x\.com|twimg\.com)\//,
  bluesky: /^https:\/\/([a-z0-9-]+\.)*(bsky\.app|bsky\.social|bsky\.network)\//,
  mastodon: /^https:\/\/([a-z0-9-]+\.)*mastodon\.social\//,
  threads: /^https:\/\/([a-z0-9-]+\.)*(threads\.net|threads\.com|cdninstagram\.com|fbcdn\.net)\//,
  instagram: /^https:\/\/([a-z0-9-]+\.)*(instagram\.com|cdninstagram\.com|fbcdn\.net)\//,
  tiktok: /^https:\/\/([a-z0-9-]+\.)*(tiktok\.com|tiktokcdn\.com)\//,
};

async function postsRendered(page) {
  await page.waitForFunction(() => document.querySelectorAll('news-article > social-post').length === 6);
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('social-post')];
    await Promise.all(all.map((el) => el.updateComplete));
    for (let y = 0; y <= document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    window.scrollTo(0, 0);
  });
}

const postOn = (page, network) => page.locator(`news-article > social-post[network=${network}]`);

/** Hovers every post and its links, and tabs through the page. */
async function passByPosts(page) {
  for (const el of await page.locator('social-post').all()) {
    await el.scrollIntoViewIfNeeded();
    await el.hover();
  }
  for (const link of await page.locator('social-post [part=link]').all())
    if (await link.isVisible()) await link.hover();
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
}

describe('post blocks and consent, in the script-tag bundle', () => {
  test('no request to another origin on load, scroll, hover and focus; no hints either', async () => {
    const { page, foreign, errors, cls, close } = await open('/examples/posts.html');
    await postsRendered(page);
    await passByPosts(page);
    assert.deepEqual(foreign(), [], 'requests to other origins');
    const hints = await page.evaluate(
      () => document.querySelectorAll('link[rel~=preconnect],link[rel~=dns-prefetch],link[rel~=prefetch]').length,
    );
    assert.equal(hints, 0, 'no preconnect, dns-prefetch or prefetch');
    assert.equal(await page.locator('iframe').count(), 0);
    assert.equal((await cls()).toFixed(3), '0.000');
    assert.deepEqual(errors, []);
    await close();
  });

  for (const network of Object.keys(FRAMES)) {
    test(`pressing "Load post from …" on ${network} requests only ${network}'s origins`, async () => {
      const { page, foreign, close } = await open('/examples/posts.html');
      await postsRendered(page);
      const post = postOn(page, network);
      await post.scrollIntoViewIfNeeded();
      await post.locator('[part=load-button]').click();
      await post.locator('iframe').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      const requested = foreign();
      assert.ok(requested.includes(FRAMES[network]), `the official embed: ${JSON.stringify(requested)}`);
      assert.deepEqual(
        requested.filter((u) => !OWN[network].test(u)),
        [],
        `only ${network}'s origins`,
      );
      assert.equal(await page.locator('iframe').count(), 1);
      await close();
    });
  }

  test('a cancelled embed-activate requests nothing, and the snapshot stays', async () => {
    const { page, foreign, close } = await open('/examples/posts.html');
    await postsRendered(page);
    await page.evaluate(() => document.addEventListener('embed-activate', (e) => e.preventDefault()));
    for (const network of Object.keys(FRAMES)) await postOn(page, network).locator('[part=load-button]').click();
    await page.waitForTimeout(500);
    assert.deepEqual(foreign(), []);
    assert.equal(await page.locator('iframe').count(), 0);
    await close();
  });

  test('allowEmbeds up front loads that network without a press, with its photos, and no other', async () => {
    const { page, foreign, close } = await open('/examples/posts.html?allow=mastodon');
    await postsRendered(page);
    await postOn(page, 'mastodon').locator('iframe').waitFor({ state: 'attached' });
    await passByPosts(page);
    const requested = foreign();
    assert.ok(requested.includes(FRAMES.mastodon), JSON.stringify(requested));
    assert.deepEqual(
      requested.filter((u) => !OWN.mastodon.test(u)),
      [],
    );
    await close();
  });

  test('CLS 0.000 with photos 1.5 s late, and with photos failing', async () => {
    for (const variant of ['late', 'fail']) {
      late = variant === 'late';
      const { page, cls, close } = await open('/examples/posts.html', { failPosters: variant === 'fail' });
      await postsRendered(page);
      await page.waitForTimeout(late ? 1800 : 300);
      assert.equal((await cls()).toFixed(3), '0.000', variant);
      await close();
    }
    late = false;
  });
});

describe('<social-post> written by hand, with the script-tag bundle', () => {
  test('its code loads from beside the bundle, and it asks before loading the embed', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/article-elements.js"></script></head>
      <body><social-post network="bluesky" url="https://bsky.app/profile/alderbrookriders.bsky.social/post/3lbf3etdjxc24" author-name="Alderbrook Riders Union" handle="alderbrookriders"><p>By hand #AlderbrookBikeways</p></social-post></body></html>`;
    const { page, foreign, errors, close } = await open('/__hand-post__.html', {
      html: { path: '/__hand-post__.html', body: html },
    });
    await page.locator('social-post [part=load-button]').waitFor();
    assert.equal(await page.locator('social-post [part=handle]').innerText(), 'alderbrookriders.bsky.social');
    await page.locator('social-post').hover();
    assert.deepEqual(foreign(), []);
    await page.locator('social-post [part=load-button]').click();
    await page.locator('social-post iframe').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    assert.deepEqual(foreign(), [FRAMES.bluesky]);
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('post blocks, server-rendered, JavaScript off', () => {
  test('text, author, handle, a link to each original and the photos (held ones as named boxes) read without script, with nothing foreign requested', async () => {
    const fragment = await renderArticle(posts);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="/examples/"></head><body>${fragment}</body></html>`;
    const { page, foreign, close } = await open('/__ssr-posts__.html', {
      js: false,
      html: { path: '/__ssr-posts__.html', body: html },
    });
    const cards = page.locator('news-article > social-post');
    assert.equal(await cards.count(), 6);
    for (const [i, block] of posts.body.filter((b) => b.type === 'post').entries()) {
      const el = cards.nth(i);
      const text = (await el.innerText()).replace(/\s+/g, ' ');
      for (const piece of [block.text.slice(0, 30), block.author.name])
        assert.ok(text.includes(piece), `post ${i} (${block.network}): "${piece}" in ${text}`);
      assert.equal(await el.locator('[part=link]').first().getAttribute('href'), block.url);
      assert.ok(
        (await el
          .locator('[part=card]')
          .first()
          .evaluate((c) => c.getBoundingClientRect().height)) > 80,
        'laid out',
      );
      for (const photo of block.media ?? []) {
        const own = !/^https:/.test(photo.src);
        const node = el.locator(own ? `img[alt="${photo.alt}"]` : `[role=img][aria-label="${photo.alt}"]`);
        assert.equal(await node.count(), 1, `photo "${photo.alt}" of post ${i}`);
      }
      if (block.quoted) assert.ok(text.includes(block.quoted.text.slice(0, 30)), `quoted post of post ${i}`);
    }
    assert.deepEqual(foreign(), []);
    await close();
  });

  test('structured data cites each post as a SocialMediaPosting', async () => {
    const page = await renderArticle(posts, { document: true, baseUrl: posts.url });
    const json = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)[1]);
    const citations = (Array.isArray(json) ? json[0] : json).citation;
    assert.deepEqual(
      citations.map((c) => [c['@type'], c.url, c.author.name]),
      posts.body.filter((b) => b.type === 'post').map((b) => ['SocialMediaPosting', b.url, b.author.name]),
    );
    assert.equal(citations[1].sharedContent.url, posts.body[2].quoted.url);
  });
});
