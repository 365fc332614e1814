import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { SocialPost } from '../src/social-post.js';
import { allowEmbeds, normalizeArticle, type EmbedActivateDetail, type Problem } from '../src/index.js';
import { captureWarnings, isHidden, leadImage, missing, mustPart, part, shownText, wrap } from './helpers.js';

/*
 * <social-post> and the post block: one card per network (handles, marks, links), the photo grid,
 * the quoted post, and the consent model (embed-activate, allowEmbeds, images on the network's own
 * servers held back). The official embeds are pointed at blank frames (SocialPost.embeds), so
 * nothing here needs the internet; a whole page's request log is checked in tests/e2e/embeds.test.mjs.
 */

// Same-origin stand-ins (the test server answers 404, and a frame still loads): the address still
// shows what would have been loaded.
const fake = (name: string) => `${location.origin}/__fake-embed__/${name}/`;
const embeds = {
  x: fake('x'),
  bluesky: fake('bluesky'),
  mastodon: fake('mastodon'),
  threads: fake('threads'),
  instagram: fake('instagram'),
  tiktok: fake('tiktok'),
};
SocialPost.embeds = embeds;

interface Net {
  id: keyof typeof embeds;
  name: string;
  url: string;
  handle: string;
  shown: string;
  profile: string;
  mention: string;
  mentionHref: string;
  tagHref: string;
  host: string;
  embed: string;
}

const NETS: Net[] = [
  {
    id: 'x',
    name: 'X',
    url: 'https://x.com/AlderbrookDOT/status/1901647382019384620',
    handle: 'AlderbrookDOT',
    shown: '@AlderbrookDOT',
    profile: 'https://x.com/AlderbrookDOT',
    mention: '@AlderbrookCity',
    mentionHref: 'https://x.com/AlderbrookCity',
    tagHref: 'https://x.com/hashtag/Bikeways',
    host: 'x.com',
    embed: `${embeds.x}1901647382019384620`,
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    url: 'https://bsky.app/profile/alderbrook.bsky.social/post/3lbf3etdjxc24',
    handle: '@alderbrook',
    shown: 'alderbrook.bsky.social',
    profile: 'https://bsky.app/profile/alderbrook.bsky.social',
    mention: '@ferry.alderbrook.example',
    mentionHref: 'https://bsky.app/profile/ferry.alderbrook.example',
    tagHref: 'https://bsky.app/hashtag/Bikeways',
    host: 'bsky.app',
    embed: `${embeds.bluesky}alderbrook.bsky.social/app.bsky.feed.post/3lbf3etdjxc24`,
  },
  {
    id: 'mastodon',
    name: 'Mastodon',
    url: 'https://mastodon.social/@alderbrook/113456789012345678',
    handle: 'alderbrook',
    shown: '@alderbrook@mastodon.social',
    profile: 'https://mastodon.social/@alderbrook',
    mention: '@ferry@transit.example',
    mentionHref: 'https://mastodon.social/@ferry@transit.example',
    tagHref: 'https://mastodon.social/tags/Bikeways',
    host: 'mastodon.social',
    embed: `${embeds.mastodon}mastodon.social/@alderbrook/113456789012345678/embed`,
  },
  {
    id: 'threads',
    name: 'Threads',
    url: 'https://www.threads.net/@alderbrook.city/post/C8xYz12AbCd',
    handle: 'alderbrook.city',
    shown: '@alderbrook.city',
    profile: 'https://www.threads.net/@alderbrook.city',
    mention: '@ferry.news',
    mentionHref: 'https://www.threads.net/@ferry.news',
    tagHref: 'https://www.threads.net/search?serp_type=tags&q=Bikeways',
    host: 'www.threads.net',
    embed: `${embeds.threads}@alderbrook.city/post/C8xYz12AbCd/embed`,
  },
  {
    id: 'instagram',
    name: 'Instagram',
    url: 'https://www.instagram.com/p/C8xYz12AbCd/',
    handle: 'alderbrookcity',
    shown: '@alderbrookcity',
    profile: 'https://www.instagram.com/alderbrookcity/',
    mention: '@ferry.news',
    mentionHref: 'https://www.instagram.com/ferry.news/',
    tagHref: 'https://www.instagram.com/explore/tags/Bikeways/',
    host: 'www.instagram.com',
    embed: `${embeds.instagram}p/C8xYz12AbCd/embed/captioned/`,
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    url: 'https://www.tiktok.com/@alderbrookcity/video/7350000000000000000',
    handle: 'alderbrookcity',
    shown: '@alderbrookcity',
    profile: 'https://www.tiktok.com/@alderbrookcity',
    mention: '@ferry.news',
    mentionHref: 'https://www.tiktok.com/@ferry.news',
    tagHref: 'https://www.tiktok.com/tag/Bikeways',
    host: 'www.tiktok.com',
    embed: `${embeds.tiktok}7350000000000000000`,
  },
];
const net = (id: Net['id']) => NETS.find((n) => n.id === id)!;

const textOf = (n: Net) => `Council votes Thursday, thanks ${n.mention}. #Bikeways https://example.com/bikeways`;

const post = (n: Net, media?: unknown[], avatar?: string) =>
  fixture<SocialPost>(
    html`<social-post
      network=${n.id}
      url=${n.url}
      author-name="Alderbrook City"
      handle=${n.handle}
      avatar=${avatar ?? ''}
      published="2026-03-16T10:05:00Z"
      media=${media ? JSON.stringify(media) : ''}
      text=${textOf(n)}
    ></social-post>`,
  );

const button = (el: SocialPost) => mustPart<HTMLButtonElement>(el, 'load-button');
const frames = (el: Element) => el.querySelectorAll(':scope > [slot=live] iframe');

/** The `embed-activate` events heard on the document while `fn` runs. */
async function activations(el: SocialPost, fn: () => unknown, cancel = false): Promise<EmbedActivateDetail[]> {
  const seen: EmbedActivateDetail[] = [];
  const listener = (e: Event) => {
    const event = e as CustomEvent<EmbedActivateDetail>;
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    seen.push(event.detail);
    if (cancel) event.preventDefault();
  };
  document.addEventListener('embed-activate', listener);
  try {
    await fn();
    await el.updateComplete;
  } finally {
    document.removeEventListener('embed-activate', listener);
  }
  return seen;
}

/** Requests to other origins since `before` (an index into the resource entries). */
const foreign = (before: number) =>
  performance
    .getEntriesByType('resource')
    .slice(before)
    .map((e) => e.name)
    .filter((name) => !name.startsWith(location.origin));

const photo = (src: string, alt = 'Riders on the new lane', width?: number, height?: number) =>
  width ? { src, alt, width, height } : { src, alt };

describe('<social-post>', () => {
  describe('on each network', () => {
    for (const n of NETS) {
      it(`${n.name}: mark, handle, linked text, date and link to the original`, async () => {
        const el = await post(n);
        expect(mustPart(el, 'card').getAttribute('aria-label')).to.equal(`Post by Alderbrook City on ${n.name}`);
        expect(mustPart(el, 'logo').getAttribute('aria-label')).to.equal(n.name);
        expect(mustPart(el, 'logo').querySelector('svg')).to.not.equal(null);
        expect(shownText(mustPart(el, 'name'))).to.equal('Alderbrook City');
        expect(shownText(mustPart(el, 'handle'))).to.equal(n.shown);
        expect(mustPart(el, 'handle').querySelector('a')!.getAttribute('href')).to.equal(n.profile);
        const links = Array.from(mustPart(el, 'text').querySelectorAll('a')).map((a) => [
          a.textContent,
          a.getAttribute('href'),
        ]);
        expect(links).to.deep.equal([
          [n.mention, n.mentionHref],
          ['#Bikeways', n.tagHref],
          ['example.com/bikeways', 'https://example.com/bikeways'],
        ]);
        expect(mustPart(el, 'date').getAttribute('href')).to.equal(n.url);
        expect(mustPart(el, 'date').querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-16T10:05:00Z');
        expect(shownText(mustPart(el, 'link'))).to.equal(`View on ${n.name} (opens ${n.host})`);
        expect(mustPart(el, 'link').getAttribute('href')).to.equal(n.url);
        expect(shownText(button(el))).to.equal(`Load post from ${n.name}`);
        expect(shownText(mustPart(el, 'notice'))).to.equal(`Loading the live post connects to ${n.name}.`);
      });
    }

    it('passes axe on every network', async () => {
      for (const n of NETS) {
        const el = await post(n, [photo(leadImage())]);
        await expect(el).to.be.accessible();
      }
    });

    it('takes the network from the address when none is given', async () => {
      for (const n of NETS) {
        const el = await fixture<SocialPost>(html`<social-post url=${n.url} author-name="A" text="x"></social-post>`);
        expect(mustPart(el, 'logo').getAttribute('aria-label'), n.url).to.equal(n.name);
      }
    });

    it('writes a Mastodon handle given with its instance as it is, and links a profile given in the data', async () => {
      const m = net('mastodon');
      const el = await fixture<SocialPost>(
        html`<social-post
          network="mastodon"
          url=${m.url}
          handle="@ferry@transit.example"
          author-url="https://transit.example/@ferry"
          text="x"
        ></social-post>`,
      );
      expect(shownText(mustPart(el, 'handle'))).to.equal('@ferry@transit.example');
      expect(mustPart(el, 'handle').querySelector('a')!.getAttribute('href')).to.equal(
        'https://transit.example/@ferry',
      );
      expect(shownText(mustPart(el, 'name'))).to.equal('ferry@transit.example');
    });

    it('is only a card, without a button, for an address that is not a post on its network, and says so', async () => {
      let el!: SocialPost;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SocialPost>(
          html`<social-post
            network="bluesky"
            url="https://bsky.app/profile/alderbrook.bsky.social"
            author-name="A"
            text="x"
          ></social-post>`,
        );
      });
      expect(warnings).to.deep.equal([
        'social-post: url: not the address of a post on Bluesky (https://bsky.app/profile/<handle>/post/<id>); left out',
      ]);
      expect(part(el, 'load-button')).to.equal(null);
      expect(part(el, 'link')).to.equal(null);
    });

    it('warns about an unknown network', async () => {
      const warnings = await captureWarnings(() =>
        fixture(html`<social-post network="myspace" url=${net('x').url} text="x"></social-post>`),
      );
      expect(warnings).to.include(
        'social-post: network "myspace" is not one of x, bluesky, mastodon, threads, instagram, tiktok',
      );
    });
  });

  describe('photos', () => {
    for (const count of [1, 2, 3, 4]) {
      it(`shows ${count} in a box reserved before they load, the same when they fail`, async () => {
        const media = Array.from({ length: count }, (_, i) =>
          photo(missing(`post-${count}-${i}.jpg`), `Photo ${i + 1}`),
        );
        const el = await post(net('x'), media);
        const grid = mustPart(el, 'media');
        const imgs = grid.querySelectorAll('img');
        expect(imgs).to.have.length(count);
        expect(Array.from(imgs, (img) => img.alt)).to.deep.equal(media.map((m) => m.alt));
        const { width, height } = grid.getBoundingClientRect();
        // 16:9 for two to four; one photo without a size too.
        expect(height).to.be.closeTo((width * 9) / 16, 1.5);
        await new Promise((r) => setTimeout(r, 300));
        expect(grid.getBoundingClientRect().height).to.equal(height);
        // Every photo has a box of its own inside the grid.
        for (const img of imgs) expect(img.getBoundingClientRect().height).to.be.greaterThan(40);
      });
    }

    it('gives a single photo its own shape, kept between 4:5 and 2:1', async () => {
      const cases: [number, number, number][] = [
        [1200, 800, 1200 / 800],
        [800, 1600, 0.8],
        [3000, 500, 2],
      ];
      for (const [w, h, ratio] of cases) {
        const el = await post(net('x'), [photo(leadImage(), 'A', w, h)]);
        const box = mustPart(el, 'media').getBoundingClientRect();
        expect(box.width / box.height, `${w}x${h}`).to.be.closeTo(ratio, 0.02);
      }
    });

    it('shows four at most, and warns', async () => {
      let el!: SocialPost;
      const warnings = await captureWarnings(async () => {
        el = await post(
          net('x'),
          Array.from({ length: 5 }, () => photo(leadImage())),
        );
      });
      expect(mustPart(el, 'media').querySelectorAll('img')).to.have.length(4);
      expect(warnings).to.include('social-post: media: at most 4 photos; the rest are left out');
    });

    it('ignores media that is not a JSON list, and drops an unsafe photo address with a warning', async () => {
      const bad = await fixture<SocialPost>(
        html`<social-post url=${net('x').url} text="x" media="{oops"></social-post>`,
      );
      expect(part(bad, 'media')).to.equal(null);
      let el!: SocialPost;
      const warnings = await captureWarnings(async () => {
        el = await post(net('x'), [photo('javascript:alert(1)'), photo(leadImage())]);
      });
      expect(warnings).to.include('social-post: media: unsafe URL scheme "javascript:" removed');
      expect(mustPart(el, 'media').querySelectorAll('img')).to.have.length(1);
    });
  });

  describe('a quoted post', () => {
    it('sits inside the post as a smaller card with its own text, author and link, without a button', async () => {
      const b = net('bluesky');
      const el = await fixture<SocialPost>(
        html`<social-post network="bluesky" url=${b.url} author-name="Alderbrook City"
          ><p>Our answer to the ferry question.</p>
          <social-post
            slot="quoted"
            network="bluesky"
            url="https://bsky.app/profile/ferry.alderbrook.example/post/3lbf3etdjxc99"
            author-name="Alderbrook Ferry"
            handle="ferry.alderbrook.example"
            media=${JSON.stringify([photo(leadImage())])}
            ><p>Service resumes Monday.</p></social-post
          ></social-post
        >`,
      );
      const quoted = el.querySelector<SocialPost>('social-post[slot=quoted]')!;
      await quoted.updateComplete;
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=quoted]')!;
      expect(slot.assignedElements()).to.deep.equal([quoted]);
      expect(mustPart(el, 'card').contains(slot)).to.equal(true);
      expect(shownText(mustPart(quoted, 'text'))).to.equal('Service resumes Monday.');
      expect(shownText(mustPart(quoted, 'handle'))).to.equal('ferry.alderbrook.example');
      expect(mustPart(quoted, 'link').getAttribute('href')).to.equal(
        'https://bsky.app/profile/ferry.alderbrook.example/post/3lbf3etdjxc99',
      );
      expect(mustPart(quoted, 'media').querySelectorAll('img')).to.have.length(1);
      expect(part(quoted, 'load-button')).to.equal(null);
      expect(part(el, 'load-button')).to.not.equal(null);
      // Smaller: a quoted card's avatar is half the size.
      expect(mustPart(quoted, 'avatar').getBoundingClientRect().width).to.be.lessThan(
        mustPart(el, 'avatar').getBoundingClientRect().width,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('before the reader asks', () => {
    it('contacts no one on load, hover and focus: no frame, script, image or hint', async () => {
      const before = performance.getEntriesByType('resource').length;
      const els: SocialPost[] = [];
      for (const n of NETS)
        els.push(
          await post(
            n,
            [photo('https://cdn.bsky.app/img/feed/1.jpg'), photo('https://pbs.twimg.com/media/2.jpg')],
            'https://pbs.twimg.com/profile_images/1/a.jpg',
          ),
        );
      for (const el of els) {
        for (const type of ['pointerover', 'mouseover', 'pointerenter', 'mouseenter', 'pointermove', 'touchstart'])
          button(el).dispatchEvent(new Event(type, { bubbles: true, composed: true }));
        button(el).focus();
        mustPart<HTMLAnchorElement>(el, 'link').focus();
        await el.updateComplete;
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(foreign(before)).to.deep.equal([]);
      expect(document.querySelectorAll('iframe, script[src*="//"]')).to.have.length(0);
      expect(
        document.head.querySelectorAll('link[rel~=preconnect],link[rel~=dns-prefetch],link[rel~=prefetch]'),
      ).to.have.length(0);
    });

    it("holds back photos and the avatar on the network's own servers: initials and named boxes of the same size", async () => {
      const b = net('bluesky');
      const media = [photo('https://cdn.bsky.app/img/feed/1.jpg', 'The new lane'), photo(leadImage(), 'The old lane')];
      const el = await post(b, media, 'https://cdn.bsky.app/img/avatar/1.jpg');
      expect(mustPart(el, 'avatar').querySelector('img')).to.equal(null);
      expect(shownText(mustPart(el, 'avatar'))).to.equal('AC');
      const grid = mustPart(el, 'media');
      const [held, own] = Array.from(grid.children);
      expect([held.localName, held.getAttribute('role'), held.getAttribute('aria-label')]).to.deep.equal([
        'span',
        'img',
        'The new lane',
      ]);
      // The publisher's own photo loads.
      expect((own as HTMLImageElement).src).to.equal(leadImage());
      expect(held.getBoundingClientRect().height).to.equal(own.getBoundingClientRect().height);
    });

    it("holds back a Mastodon post's photos on its instance (and its subdomains)", async () => {
      const el = await post(net('mastodon'), [
        photo('https://files.mastodon.social/media/1.png'),
        photo('https://mastodon.social/system/2.png'),
        photo(leadImage()),
      ]);
      expect(Array.from(mustPart(el, 'media').children, (c) => c.localName)).to.deep.equal(['span', 'span', 'img']);
    });

    it('keeps the boxes when the avatar and photos fail, and shows initials for the avatar', async () => {
      let el!: SocialPost;
      const warnings = await captureWarnings(async () => {
        el = await post(net('x'), [photo(missing('p1.jpg')), photo(missing('p2.jpg'))], missing('avatar.png'));
        const img = mustPart(el, 'avatar').querySelector('img')!;
        img.loading = 'eager';
        await new Promise((r) => setTimeout(r, 500));
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('avatar'))).to.have.length(1);
      expect(shownText(mustPart(el, 'avatar'))).to.equal('AC');
      expect(mustPart(el, 'media').querySelectorAll('img')).to.have.length(2);
    });
  });

  describe('when the reader presses the button', () => {
    for (const n of NETS) {
      it(`${n.name}: fires embed-activate, then loads only ${n.name}'s official embed in a frame`, async () => {
        const el = await post(n);
        const loaded = oneEvent(el, 'social-post-load');
        const seen = await activations(el, () => button(el).click());
        expect(seen).to.deep.equal([{ provider: n.id, url: n.embed }]);
        await loaded;
        const [frame] = frames(el) as NodeListOf<HTMLIFrameElement>;
        expect(frame.getAttribute('src')).to.equal(n.embed);
        expect(frame.title).to.equal(`Post by Alderbrook City on ${n.name}`);
        expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
        expect(frame.getAttribute('sandbox')).to.equal(
          'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
        );
        expect(frame.getAttribute('allow') ?? '').to.equal(
          n.id === 'tiktok' ? 'encrypted-media; fullscreen; picture-in-picture' : '',
        );
        expect(el.live).to.equal(true);
        expect(isHidden(mustPart(el, 'card'))).to.equal(true);
        // The link to the original stays below the live post.
        const below = el.shadowRoot!.querySelector('.original a')!;
        expect([below.getAttribute('href'), isHidden(below)]).to.deep.equal([n.url, false]);
        expect(document.querySelectorAll('iframe')).to.have.length(1);
      });
    }

    it("lets the network's own photos load (a Mastodon instance on this machine stands in)", async () => {
      // The instance is "localhost", so its photo is the test server's: held, then loaded, offline.
      const el = await fixture<SocialPost>(
        html`<social-post
          url="https://localhost/@ana/1"
          text="x"
          media=${JSON.stringify([photo(leadImage())])}
        ></social-post>`,
      );
      expect(mustPart(el, 'media').querySelector('img')).to.equal(null);
      button(el).click();
      await el.updateComplete;
      expect(mustPart(el, 'media').querySelector('img')!.src).to.equal(leadImage());
    });

    it('loads nothing when a listener cancels embed-activate', async () => {
      const el = await post(net('threads'), [photo('https://scontent.cdninstagram.com/1.jpg')]);
      const seen = await activations(el, () => button(el).click(), true);
      expect(seen).to.have.length(1);
      await new Promise((r) => setTimeout(r, 50));
      expect(el.querySelectorAll('[slot=live]')).to.have.length(0);
      expect(el.live).to.equal(false);
      expect(button(el).disabled).to.equal(false);
      // Nor do the held photos: cancelling is a "no".
      expect(part(el, 'media')!.querySelector('img')).to.equal(null);
    });

    it('keeps the snapshot and its link and says so calmly when the live post fails', async () => {
      const el = await post(net('tiktok'));
      const original = SocialPost.loader;
      SocialPost.loader = () => Promise.reject(new Error('no answer in 15 s'));
      try {
        let event!: CustomEvent<{ message: string }>;
        const warnings = await captureWarnings(async () => {
          const failed = oneEvent(el, 'social-post-error');
          button(el).click();
          event = await failed;
          await el.updateComplete;
        });
        expect(event.detail.message).to.equal('no answer in 15 s');
        expect(warnings).to.include('social-post: live post could not be loaded: no answer in 15 s');
        expect(el.live).to.equal(false);
        expect(el.querySelectorAll('[slot=live]')).to.have.length(0);
        expect(isHidden(mustPart(el, 'card'))).to.equal(false);
        expect(mustPart(el, 'link').getAttribute('href')).to.equal(net('tiktok').url);
        const notice = mustPart(el, 'notice');
        expect(notice.getAttribute('role')).to.equal('alert');
        expect(shownText(notice)).to.equal(
          'The live post could not be loaded. The copy above is what the author posted.',
        );
        expect(button(el).disabled).to.equal(false);
        await expect(el).to.be.accessible();
      } finally {
        SocialPost.loader = original;
      }
    });

    it('fails after SocialPost.timeout when the frame never answers', async () => {
      const el = await post(net('instagram'));
      const timeout = SocialPost.timeout;
      SocialPost.timeout = 100;
      // A frame whose load handler is never set stands for a network that never answers.
      Object.defineProperty(HTMLIFrameElement.prototype, 'onload', { set() {}, configurable: true });
      try {
        await captureWarnings(async () => {
          const failed = oneEvent(el, 'social-post-error');
          button(el).click();
          expect((await failed).detail.message).to.equal('no answer in 0.1 s');
        });
        expect(el.live).to.equal(false);
        expect(frames(el)).to.have.length(0);
      } finally {
        SocialPost.timeout = timeout;
        delete (HTMLIFrameElement.prototype as unknown as Record<string, unknown>).onload;
      }
    });

    it('shows a loading state and ignores further presses until the loader settles', async () => {
      const el = await post(net('bluesky'));
      let settle!: () => void;
      const calls: string[] = [];
      el.loader = (url) => {
        calls.push(url);
        return new Promise<void>((resolve) => (settle = resolve));
      };
      button(el).click();
      await el.updateComplete;
      expect(button(el).disabled).to.equal(true);
      expect(shownText(button(el))).to.equal('Loading post from Bluesky…');
      button(el).click();
      expect(calls).to.deep.equal([net('bluesky').embed]);
      settle();
      await oneEvent(el, 'social-post-load');
    });
  });

  describe('in right-to-left text', () => {
    it('mirrors the card: the mark at the inline end, and the handle kept left to right', async () => {
      const wrapper = await wrap(
        html`<div dir="rtl" lang="ar">
          <social-post network="mastodon" url=${net('mastodon').url} author-name="مدينة ألدربروك" handle="alderbrook"
            ><p>يصوّت المجلس يوم الخميس #Bikeways</p></social-post
          >
        </div>`,
      );
      const el = wrapper.querySelector<SocialPost>('social-post')!;
      await el.updateComplete;
      const logo = mustPart(el, 'logo').getBoundingClientRect();
      const avatar = mustPart(el, 'avatar').getBoundingClientRect();
      expect(avatar.left, 'avatar on the right').to.be.greaterThan(logo.left);
      expect(getComputedStyle(mustPart(el, 'handle')).unicodeBidi).to.equal('isolate');
      expect(shownText(mustPart(el, 'handle'))).to.equal('@alderbrook@mastodon.social');
      expect(shownText(button(el))).to.equal('تحميل المنشور من Mastodon');
      await expect(el).to.be.accessible();
    });
  });

  describe('on a page, light and dark, at 375 and 1280 px', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        it(`passes axe in ${scheme} at ${width} px`, async function () {
          this.timeout(30000);
          const frame = document.createElement('iframe');
          frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: 800px; border: 0; z-index: 1`;
          const page = scheme === 'dark' ? 'background: #151515; color: #ebe9e5; --article-color-scheme: dark; ' : '';
          const cards = NETS.map(
            (n) => `<social-post network="${n.id}" url="${n.url}" author-name="Alderbrook City" handle="${n.handle}"
              published="2026-03-16T10:05:00Z" media='${JSON.stringify([photo('https://cdn.bsky.app/1.jpg'), photo(leadImage())])}'
              ><p>${textOf(n)}</p></social-post>`,
          ).join('');
          frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" /><title>Posts</title>
            <script src="/node_modules/axe-core/axe.min.js"></script>
            <script type="module" src="/src/social-post.ts"></script></head>
            <body style="${page}margin: 0"><main style="padding: 1rem">${cards}</main></body></html>`;
          const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
          document.body.append(frame);
          try {
            await loaded;
            const win = frame.contentWindow as Window & typeof globalThis & { axe: typeof import('axe-core') };
            await win.customElements.whenDefined('social-post');
            const els = Array.from(frame.contentDocument!.querySelectorAll<SocialPost>('social-post'));
            await Promise.all(els.map((el) => el.updateComplete));
            expect(frame.contentDocument!.documentElement.scrollWidth).to.be.at.most(width);
            const { violations } = await win.axe.run(frame.contentDocument!.querySelector('main')!);
            expect(
              violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join('; ')}`),
            ).to.deep.equal([]);
          } finally {
            frame.remove();
          }
        });
      }
    }
  });
});

describe('the post block', () => {
  const base = { headline: 'Posts' };
  const normalize = (block: Record<string, unknown>) => {
    const { article, problems } = normalizeArticle({ ...base, body: [{ type: 'post', ...block }] });
    return {
      block: article?.body[0] as Record<string, unknown> | undefined,
      problems: problems.filter((p) => p.code !== 'block-skipped').map((p: Problem) => `${p.path}: ${p.message}`),
    };
  };
  const good = {
    network: 'bluesky',
    url: net('bluesky').url,
    text: 'Council votes Thursday.',
    author: { name: 'Alderbrook City', handle: '@alderbrook.bsky.social' },
  };

  it('reads a post, its author as an object and its photos', () => {
    const { block, problems } = normalize({ ...good, media: [{ src: '/a.jpg', alt: 'A', width: 4, height: 3 }] });
    expect(problems).to.deep.equal([]);
    expect(block).to.deep.include({ type: 'post', network: 'bluesky', url: good.url, text: good.text });
    expect(block!.author).to.deep.equal({
      name: 'Alderbrook City',
      handle: 'alderbrook.bsky.social',
      image: undefined,
      url: undefined,
    });
    expect(block!.media).to.deep.equal([{ src: '/a.jpg', alt: 'A', width: 4, height: 3 }]);
  });

  it("accepts each network's post addresses and refuses others, naming the field", () => {
    const cases: [string, string, boolean][] = [
      ['x', 'https://twitter.com/a/status/1', true],
      ['x', 'https://x.com/a', false],
      ['bluesky', 'https://bsky.app/profile/did:plc:abc123/post/3lbf3etdjxc24', true],
      ['bluesky', 'https://bsky.app/profile/a.bsky.social', false],
      ['mastodon', 'https://social.example/@ana/113456789', true],
      ['mastodon', 'https://social.example/@ana', false],
      ['mastodon', 'http://social.example/@ana/113456789', false],
      ['threads', 'https://www.threads.com/@ana/post/C8xYz', true],
      ['threads', 'https://www.threads.net/ana/post/C8xYz', false],
      ['instagram', 'https://www.instagram.com/reel/C8xYz/', true],
      ['instagram', 'https://www.instagram.com/ana/', false],
      ['tiktok', 'https://www.tiktok.com/@ana/video/7350000000000000000', true],
      ['tiktok', 'https://www.tiktok.com/@ana', false],
      ['x', 'https://bsky.app/profile/a.bsky.social/post/3lbf3etdjxc24', false],
    ];
    for (const [network, url, ok] of cases) {
      const { block, problems } = normalize({ ...good, network, url });
      expect(Boolean(block), `${network} ${url}`).to.equal(ok);
      if (!ok) expect(problems[0], url).to.match(/^body\[0\]\.url: ".*" is not the address of a post on /);
    }
  });

  it('reports each missing or bad field by its path, and the rest of the article renders', () => {
    expect(normalize({ ...good, network: 'myspace' }).problems[0]).to.match(/^body\[0\]\.network: /);
    expect(normalize({ ...good, network: undefined }).problems).to.include('body[0].network: missing');
    expect(normalize({ ...good, author: { handle: 'a.bsky.social' } }).problems).to.include(
      'body[0].author.name: missing',
    );
    expect(normalize({ ...good, author: undefined }).problems).to.include('body[0].author: missing');
    const { block, problems } = normalize({
      ...good,
      media: Array.from({ length: 5 }, () => ({ src: '/a.jpg', alt: '' })),
    });
    expect(block!.media).to.have.length(4);
    expect(problems).to.include('body[0].media: at most 4 photos; the rest are left out');
  });

  it('reads a quoted post one level deep, on the same network', () => {
    const quoted = {
      url: 'https://bsky.app/profile/ferry.alderbrook.example/post/3lbf3etdjxc99',
      text: 'Service resumes Monday.',
      author: { name: 'Alderbrook Ferry' },
      quoted: { url: 'https://bsky.app/profile/x.bsky.social/post/1', text: 'deeper', author: { name: 'X' } },
    };
    const { block, problems } = normalize({ ...good, quoted });
    expect(problems).to.deep.equal([
      'body[0].quoted.quoted: a post quoted inside a quoted post is left out (one level only)',
    ]);
    expect(block!.quoted).to.deep.include({ url: quoted.url, text: quoted.text });
    expect((block!.quoted as Record<string, unknown>).quoted).to.equal(undefined);
    const elsewhere = normalize({ ...good, quoted: { ...quoted, quoted: undefined, url: net('x').url } });
    expect(elsewhere.block!.quoted).to.equal(undefined);
    expect(elsewhere.problems[0]).to.match(/^body\[0\]\.quoted\.url: ".*" is not the address of a post on Bluesky/);
  });

  it('renders a <social-post> with its quoted post in <news-article>', async () => {
    const el = document.createElement('news-article') as HTMLElement & { article: unknown };
    el.article = {
      ...base,
      body: [
        {
          type: 'post',
          ...good,
          media: [{ src: leadImage(), alt: 'The lane' }],
          quoted: { url: net('bluesky').url, text: 'Quoted text.', author: { name: 'Alderbrook Ferry' } },
        },
      ],
    };
    const loaded = new Promise((r) => el.addEventListener('load', r, { once: true }));
    document.body.append(el);
    try {
      await loaded;
      await waitUntil(() => el.querySelector(':scope > social-post'), 'the post rendered');
      const card = el.querySelector<SocialPost>(':scope > social-post')!;
      await card.updateComplete;
      expect(card.dataset.articleRole).to.equal('social-post');
      expect(shownText(mustPart(card, 'text'))).to.contain('Council votes Thursday.');
      expect(mustPart(card, 'media').querySelectorAll('img')).to.have.length(1);
      const quoted = card.querySelector<SocialPost>(':scope > social-post[slot=quoted]')!;
      await quoted.updateComplete;
      expect(shownText(mustPart(quoted, 'text'))).to.equal('Quoted text.');
    } finally {
      el.remove();
    }
  });
});

// Last: what allowEmbeds allows stays allowed for the rest of the page.
describe('<social-post> and allowEmbeds', () => {
  it('loads a post already on the page without a press, and shows its held photos', async () => {
    // A Mastodon instance on this machine: its photo is the test server's (see above).
    const el = await fixture<SocialPost>(
      html`<social-post
        url="https://localhost/@ana/1"
        text="x"
        media=${JSON.stringify([photo(leadImage())])}
      ></social-post>`,
    );
    expect(frames(el)).to.have.length(0);
    expect(mustPart(el, 'media').querySelector('img')).to.equal(null);
    const loaded = oneEvent(el, 'social-post-load');
    const seen = await activations(el, () => allowEmbeds(['mastodon']));
    expect(seen).to.deep.equal([{ provider: 'mastodon', url: `${embeds.mastodon}localhost/@ana/1/embed` }]);
    await loaded;
    expect(frames(el)).to.have.length(1);
    expect(mustPart(el, 'media').querySelector('img')!.src).to.equal(leadImage());
  });

  it('loads a post added later at once, and leaves other networks alone', async () => {
    const other = await post(net('bluesky'));
    const el = await post(net('mastodon'));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(frames(el)).to.have.length(1);
    expect(frames(other)).to.have.length(0);
  });

  it("keeps other networks' photos held: allowing Mastodon allows no one else", async () => {
    const el = await post(net('threads'), [
      photo('https://cdn.bsky.app/1.png'),
      photo('https://scontent.cdninstagram.com/2.jpg'),
    ]);
    expect(Array.from(mustPart(el, 'media').children, (c) => c.localName)).to.deep.equal(['span', 'span']);
  });
});
