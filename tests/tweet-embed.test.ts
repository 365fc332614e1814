import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import {
  allowEmbeds,
  normalizeArticle,
  TweetEmbed,
  type EmbedActivateDetail,
  type LivePostLoader,
} from '../src/index.js';
import {
  captureWarnings,
  imageFailed,
  isHidden,
  leadImage,
  MARKER,
  missing,
  mustPart,
  part,
  shownText,
  wrap,
} from './helpers.js';

const POST = 'https://x.com/Podolyak_M/status/1589201473538359296';
const POST_ID = '1589201473538359296';
const TEXT = 'Ukraine has never refused to negotiate. Our negotiating position is known and open.';

interface Call {
  id: string;
  target: HTMLElement;
  lang: string;
}

/** A stand-in for X's widget: records its calls and renders (or fails) when told to. */
function fakeLoader() {
  const calls: Call[] = [];
  let settle: { resolve(): void; reject(error: Error): void } | undefined;
  const loader: LivePostLoader = (id, target, lang) => {
    calls.push({ id, target, lang });
    return new Promise<void>((resolve, reject) => {
      settle = {
        resolve: () => {
          target.innerHTML = `<blockquote class="live-post">Live post ${id}</blockquote>`;
          resolve();
        },
        reject,
      };
    });
  };
  return {
    loader,
    calls,
    resolve: () => settle!.resolve(),
    reject: (message: string) => settle!.reject(new Error(message)),
  };
}

const liveChildren = (el: Element) => el.querySelectorAll(':scope > [slot="live"]');
const button = (el: TweetEmbed) => mustPart<HTMLButtonElement>(el, 'load-button');

const card = (url = POST) =>
  html`<tweet-embed
    url=${url}
    author-name="Mykhailo Podolyak"
    handle="@Podolyak_M"
    published="2022-11-05T12:00:00Z"
    text=${TEXT}
  ></tweet-embed>`;

describe('<tweet-embed>', () => {
  describe('accessibility', () => {
    it('passes axe with every part filled', async () => {
      const el = await fixture<TweetEmbed>(card());
      await expect(el).to.be.accessible();
    });

    it('passes axe when empty', async () => {
      const el = await fixture<TweetEmbed>(html`<tweet-embed></tweet-embed>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe after the live post failed', async () => {
      const fake = fakeLoader();
      const el = await fixture<TweetEmbed>(card());
      el.loader = fake.loader;
      button(el).click();
      await captureWarnings(async () => {
        const failed = oneEvent(el, 'tweet-embed-error');
        fake.reject('offline');
        await failed;
        await el.updateComplete;
      });
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults and reflection', () => {
    it('starts as a snapshot card, not live', async () => {
      const el = await fixture<TweetEmbed>(card());
      expect(el.live).to.equal(false);
      expect(el.hasAttribute('live')).to.equal(false);
      expect(isHidden(mustPart(el, 'card'))).to.equal(false);
      expect(mustPart(el, 'card').getAttribute('aria-label')).to.equal('Post by Mykhailo Podolyak on X');
      expect(liveChildren(el)).to.have.length(0);
    });

    it('makes no request to X before the reader asks', async () => {
      await fixture<TweetEmbed>(card());
      expect(document.querySelector('script[src*="twitter.com"], script[src*="x.com"]')).to.equal(null);
      const thirdParty = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).origin !== location.origin);
      expect(thirdParty.map((entry) => entry.name)).to.deep.equal([]);
    });

    it('shows name, handle, date and a link to the original', async () => {
      const el = await fixture<TweetEmbed>(card());
      expect(shownText(mustPart(el, 'name'))).to.equal('Mykhailo Podolyak');
      expect(shownText(mustPart(el, 'handle'))).to.equal('@Podolyak_M');
      const date = mustPart<HTMLAnchorElement>(el, 'date');
      expect(date.getAttribute('href')).to.equal(POST);
      expect(date.querySelector('time')!.getAttribute('datetime')).to.equal('2022-11-05T12:00:00Z');
      expect(date.textContent).to.contain('November 5, 2022');
      expect(mustPart(el, 'link').getAttribute('href')).to.equal(POST);
      expect(shownText(mustPart(el, 'link'))).to.equal('View on X (opens x.com)');
    });

    it('falls back to the handle for the name, with or without "@"', async () => {
      const el = await fixture<TweetEmbed>(html`<tweet-embed handle="Podolyak_M" text="x"></tweet-embed>`);
      expect(shownText(mustPart(el, 'name'))).to.equal('Podolyak_M');
      expect(shownText(mustPart(el, 'handle'))).to.equal('@Podolyak_M');
    });

    it('shows initials without an avatar', async () => {
      const el = await fixture<TweetEmbed>(card());
      expect(shownText(mustPart(el, 'avatar'))).to.equal('MP');
      expect(mustPart(el, 'avatar').querySelector('img')).to.equal(null);
    });

    it('loads a same-origin avatar', async () => {
      const el = await fixture<TweetEmbed>(
        html`<tweet-embed author-name="Mykhailo Podolyak" avatar=${leadImage()} text="x"></tweet-embed>`,
      );
      expect(mustPart(el, 'avatar').querySelector('img')!.getAttribute('src')).to.equal(leadImage());
    });

    it('shows initials when the avatar fails to load, and warns', async () => {
      const avatar = missing('post-avatar.png');
      let el!: TweetEmbed;
      const warnings = await captureWarnings(async () => {
        el = await fixture<TweetEmbed>(
          html`<tweet-embed author-name="Mykhailo Podolyak" avatar=${avatar} text="x"></tweet-embed>`,
        );
        const img = mustPart(el, 'avatar').querySelector('img')!;
        img.loading = 'eager'; // lazy, and a page the runner keeps in the background may never load it
        await imageFailed(img);
        await el.updateComplete;
      });
      expect(warnings).to.include(`tweet-embed: avatar "${avatar}" failed to load; showing initials instead`);
      expect(mustPart(el, 'avatar').querySelectorAll('img').length).to.equal(0);
      expect(shownText(mustPart(el, 'avatar'))).to.equal('MP');
    });

    it('shows initials instead of a cross-origin avatar, and warns', async () => {
      const avatar = 'https://pbs.twimg.com/profile_images/1/podolyak.jpg';
      let el!: TweetEmbed;
      const warnings = await captureWarnings(async () => {
        el = await fixture<TweetEmbed>(
          html`<tweet-embed author-name="Mykhailo Podolyak" avatar=${avatar} text="x"></tweet-embed>`,
        );
      });
      expect(warnings).to.include(
        `tweet-embed: avatar "${avatar}" is on another origin; showing initials so the page makes no third-party request`,
      );
      expect(mustPart(el, 'avatar').querySelector('img')).to.equal(null);
      expect(shownText(mustPart(el, 'avatar'))).to.equal('MP');
    });

    it('offers "Load post from X" only for a post URL', async () => {
      const cases: [string, boolean][] = [
        [POST, true],
        ['https://twitter.com/Podolyak_M/status/1589201473538359296', true],
        ['https://mobile.x.com/Podolyak_M/status/1589201473538359296?s=20', true],
        ['https://x.com/Podolyak_M', false],
        ['https://example.com/Podolyak_M/status/1589201473538359296', false],
        ['http://x.com/Podolyak_M/status/1589201473538359296', false],
      ];
      for (const [url, offered] of cases) {
        const el = await fixture<TweetEmbed>(card(url));
        expect(part(el, 'load-button') !== null, url).to.equal(offered);
        expect(part(el, 'notice') !== null, url).to.equal(offered);
        // Only a post's own address is linked as one ("View on X"): see tests/untrusted-fields.test.ts.
        expect(part(el, 'link')?.getAttribute('href') ?? null, url).to.equal(offered ? url : null);
      }
    });

    it('labels the button with the privacy note', async () => {
      const el = await fixture<TweetEmbed>(card());
      expect(shownText(button(el))).to.equal('Load post from X');
      const note = el.shadowRoot!.getElementById(button(el).getAttribute('aria-describedby')!)!;
      expect(note).to.equal(part(el, 'notice'));
      expect(shownText(note)).to.equal('Loading the live post connects to X.');
    });

    it('speaks the language of the nearest lang', async () => {
      const wrapper = await wrap(html`<div lang="de">${card()}</div>`);
      const el = wrapper.querySelector('tweet-embed')!;
      expect(shownText(button(el))).to.equal('Beitrag von X laden');
      expect(shownText(mustPart(el, 'link'))).to.equal('Auf X ansehen (öffnet x.com)');
    });

    it('drops an unsafe url with a warning', async () => {
      let el!: TweetEmbed;
      const warnings = await captureWarnings(async () => {
        el = await fixture<TweetEmbed>(
          html`<tweet-embed url="javascript:alert(1)" author-name="A" text="x"></tweet-embed>`,
        );
      });
      expect(warnings).to.include('tweet-embed: url: unsafe URL scheme "javascript:" removed');
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(part(el, 'load-button')).to.equal(null);
      expect(isHidden(mustPart(el, 'footer'))).to.equal(true);
    });
  });

  describe('when text comes from attributes', () => {
    it('links URLs, @mentions and #hashtags in text', async () => {
      const el = await fixture<TweetEmbed>(
        html`<tweet-embed
          author-name="A"
          text="Read https://example.com/a. Thanks @Podolyak_M! #Ukraine"
        ></tweet-embed>`,
      );
      const text = mustPart(el, 'text');
      expect(shownText(text)).to.equal('Read example.com/a. Thanks @Podolyak_M! #Ukraine');
      const links = Array.from(text.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['example.com/a', 'https://example.com/a'],
        ['@Podolyak_M', 'https://x.com/Podolyak_M'],
        ['#Ukraine', 'https://x.com/hashtag/Ukraine'],
      ]);
    });
  });

  describe('when text comes from slots', () => {
    it('shows slotted text and author instead of the attributes', async () => {
      const el = await fixture<TweetEmbed>(
        html`<tweet-embed author-name="Attr name" text="Attr text">
          <span slot="author">Mykhailo <b>Podolyak</b></span>
          <p>${TEXT}</p>
        </tweet-embed>`,
      );
      expect(shownText(mustPart(el, 'text'))).to.equal(TEXT);
      expect(shownText(mustPart(el, 'name'))).to.equal('Mykhailo Podolyak');
    });
  });

  describe('parts', () => {
    it('exposes every documented part', async () => {
      const el = await fixture<TweetEmbed>(card());
      for (const name of [
        'card',
        'header',
        'avatar',
        'name',
        'handle',
        'logo',
        'text',
        'footer',
        'date',
        'link',
        'load-button',
        'notice',
      ]) {
        expect(part(el, name), name).to.not.equal(null);
      }
      expect(mustPart(el, 'card').localName).to.equal('article');
      expect(button(el).type).to.equal('button');
    });
  });

  describe('when empty', () => {
    it('draws nothing and takes no space: no card, avatar circle or mark', async () => {
      const el = await fixture<TweetEmbed>(html`<tweet-embed></tweet-embed>`);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(isHidden(mustPart(el, 'avatar'))).to.equal(true);
      expect(isHidden(mustPart(el, 'logo'))).to.equal(true);
      const slotted = await fixture<TweetEmbed>(html`<tweet-embed><p>${TEXT}</p></tweet-embed>`);
      expect(slotted.getBoundingClientRect().height).to.be.greaterThan(0);
      const named = await fixture<TweetEmbed>(html`<tweet-embed author-name="Mykhailo Podolyak"></tweet-embed>`);
      expect(named.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('renders without throwing and hides the footer, handle, button and notice', async () => {
      const el = await fixture<TweetEmbed>(html`<tweet-embed></tweet-embed>`);
      expect(isHidden(mustPart(el, 'footer'))).to.equal(true);
      expect(part(el, 'handle')).to.equal(null);
      expect(part(el, 'load-button')).to.equal(null);
      expect(part(el, 'notice')).to.equal(null);
      expect(shownText(mustPart(el, 'text'))).to.equal('');
    });

    it('shows a date without a link when there is no url', async () => {
      const el = await fixture<TweetEmbed>(
        html`<tweet-embed author-name="A" text="x" published="2022-11-05"></tweet-embed>`,
      );
      expect(isHidden(mustPart(el, 'footer'))).to.equal(false);
      expect(part(el, 'date')).to.equal(null);
      expect(mustPart(el, 'footer').querySelector('time')!.getAttribute('datetime')).to.equal('2022-11-05');
    });

    it('leaves out an invalid date', async () => {
      const el = await fixture<TweetEmbed>(
        html`<tweet-embed author-name="A" text="x" published="yesterday"></tweet-embed>`,
      );
      expect(el.shadowRoot!.querySelector('time')).to.equal(null);
      expect(isHidden(mustPart(el, 'footer'))).to.equal(true);
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed, cancelable tweet-embed-activate on the button', async () => {
      const fake = fakeLoader();
      const wrapper = await wrap(html`<div>${card()}</div>`);
      const el = wrapper.querySelector('tweet-embed')!;
      el.loader = fake.loader;
      const heard = oneEvent(wrapper, 'tweet-embed-activate');
      button(el).click();
      const event = await heard;
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(fake.calls).to.have.length(1);
    });

    it('does not load when tweet-embed-activate is cancelled', async () => {
      const fake = fakeLoader();
      const el = await fixture<TweetEmbed>(card());
      el.loader = fake.loader;
      el.addEventListener('tweet-embed-activate', (event) => event.preventDefault(), { once: true });
      button(el).click();
      await el.updateComplete;
      expect(fake.calls).to.have.length(0);
      expect(liveChildren(el)).to.have.length(0);
      expect(button(el).disabled).to.equal(false);
    });

    it('fires embed-activate with provider "x" and the post address first, then tweet-embed-activate', async () => {
      const fake = fakeLoader();
      const el = await fixture<TweetEmbed>(card());
      el.loader = fake.loader;
      const order: string[] = [];
      let detail: EmbedActivateDetail | undefined;
      const onConsent = (e: Event) => {
        const event = e as CustomEvent<EmbedActivateDetail>;
        expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
        detail = event.detail;
        order.push('embed-activate');
      };
      document.addEventListener('embed-activate', onConsent, { once: true });
      el.addEventListener('tweet-embed-activate', () => order.push('tweet-embed-activate'), { once: true });
      button(el).click();
      expect(order).to.deep.equal(['embed-activate', 'tweet-embed-activate']);
      expect(detail).to.deep.equal({ provider: 'x', url: POST });
      expect(fake.calls).to.have.length(1);
    });

    it('does not load, nor ask again, when embed-activate is cancelled', async () => {
      const fake = fakeLoader();
      const el = await fixture<TweetEmbed>(card());
      el.loader = fake.loader;
      let compat = 0;
      el.addEventListener('tweet-embed-activate', () => compat++);
      el.addEventListener('embed-activate', (event) => event.preventDefault(), { once: true });
      button(el).click();
      await el.updateComplete;
      expect([fake.calls.length, compat, liveChildren(el).length]).to.deep.equal([0, 0, 0]);
      expect(button(el).disabled).to.equal(false);
    });

    it('hands the loader the post id, a light-DOM target in slot "live" and the language', async () => {
      const fake = fakeLoader();
      const wrapper = await wrap(html`<div lang="fr">${card()}</div>`);
      const el = wrapper.querySelector('tweet-embed')!;
      el.loader = fake.loader;
      button(el).click();
      expect(fake.calls).to.have.length(1);
      const { id, target, lang } = fake.calls[0];
      expect(id).to.equal(POST_ID);
      expect(lang).to.equal('fr');
      expect(target.parentElement).to.equal(el);
      expect(target.slot).to.equal('live');
    });

    it('shows a loading state and ignores further clicks until the loader settles', async () => {
      const fake = fakeLoader();
      const el = await fixture<TweetEmbed>(card());
      el.loader = fake.loader;
      button(el).click();
      await el.updateComplete;
      expect(button(el).disabled).to.equal(true);
      expect(shownText(button(el))).to.equal('Loading post from X…');
      button(el).click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-button"]')!.dispatchEvent(new MouseEvent('click'));
      expect(fake.calls).to.have.length(1);
      // Until it is live, the target is in the page but not shown.
      expect(getComputedStyle(fake.calls[0].target).visibility).to.equal('hidden');
      const loaded = oneEvent(el, 'tweet-embed-load');
      fake.resolve();
      await loaded;
    });

    it('goes live and fires tweet-embed-load when the loader renders the post', async () => {
      const fake = fakeLoader();
      const el = await fixture<TweetEmbed>(card());
      el.loader = fake.loader;
      button(el).click();
      const loaded = oneEvent(el, 'tweet-embed-load');
      fake.resolve();
      await loaded;
      await el.updateComplete;
      expect(el.live).to.equal(true);
      expect(el.hasAttribute('live')).to.equal(true);
      expect(liveChildren(el)).to.have.length(1);
      expect(liveChildren(el)[0].textContent).to.equal(`Live post ${POST_ID}`);
      expect(isHidden(mustPart(el, 'card'))).to.equal(true);
      expect(isHidden(liveChildren(el)[0])).to.equal(false);
      expect(getComputedStyle(liveChildren(el)[0]).visibility).to.equal('visible');
    });

    it('keeps the snapshot and fires tweet-embed-error when the loader fails', async () => {
      const fake = fakeLoader();
      const el = await fixture<TweetEmbed>(card());
      el.loader = fake.loader;
      button(el).click();
      let event!: CustomEvent<{ message: string }>;
      const warnings = await captureWarnings(async () => {
        const failed = oneEvent(el, 'tweet-embed-error');
        fake.reject(`X did not render post ${POST_ID}`);
        event = await failed;
        await el.updateComplete;
      });
      expect(event.detail.message).to.equal(`X did not render post ${POST_ID}`);
      expect(warnings).to.include(`tweet-embed: live post could not be loaded: X did not render post ${POST_ID}`);
      expect(el.live).to.equal(false);
      expect(liveChildren(el)).to.have.length(0);
      expect(isHidden(mustPart(el, 'card'))).to.equal(false);
      const notice = mustPart(el, 'notice');
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(shownText(notice)).to.equal(
        'The live post could not be loaded. The copy above is what the author posted.',
      );
      expect(button(el).disabled).to.equal(false);
      expect(shownText(button(el))).to.equal('Load post from X');
    });

    it('uses TweetEmbed.loader for instances without a loader of their own', async () => {
      const shared = fakeLoader();
      const own = fakeLoader();
      const original = TweetEmbed.loader;
      TweetEmbed.loader = shared.loader;
      try {
        const a = await fixture<TweetEmbed>(card());
        const b = await fixture<TweetEmbed>(card());
        b.loader = own.loader;
        button(a).click();
        button(b).click();
        expect(shared.calls.map((c) => c.target.parentElement)).to.deep.equal([a]);
        expect(own.calls.map((c) => c.target.parentElement)).to.deep.equal([b]);
      } finally {
        TweetEmbed.loader = original;
      }
    });

    it('skips past the post with the skip link', async () => {
      const el = await fixture<TweetEmbed>(card());
      const skip = Array.from(el.shadowRoot!.querySelectorAll('a')).find((a) => a.textContent === 'Skip past post')!;
      expect(skip, 'skip link').to.not.equal(undefined);
      skip.click();
      const focused = el.shadowRoot!.activeElement!;
      expect(focused).to.not.equal(null);
      expect(focused.compareDocumentPosition(mustPart(el, 'footer')) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(
        0,
      );
      expect(location.hash).to.equal('');
    });
  });

  describe('with photos and a quoted post', () => {
    const media = (srcs: string[]) => JSON.stringify(srcs.map((src, i) => ({ src, alt: `Photo ${i + 1}` })));

    it("shows the photos in a reserved 16:9 grid, X's own held back as named boxes", async () => {
      const el = await fixture<TweetEmbed>(
        html`<tweet-embed
          url=${POST}
          author-name="A"
          text="x"
          media=${media([leadImage(), 'https://pbs.twimg.com/media/FgX.jpg', missing('p.jpg')])}
        ></tweet-embed>`,
      );
      const grid = mustPart(el, 'media');
      expect(Array.from(grid.children, (c) => c.localName)).to.deep.equal(['img', 'span', 'img']);
      expect([grid.children[1].getAttribute('role'), grid.children[1].getAttribute('aria-label')]).to.deep.equal([
        'img',
        'Photo 2',
      ]);
      const { width, height } = grid.getBoundingClientRect();
      expect(height).to.be.closeTo((width * 9) / 16, 1.5);
      await new Promise((r) => setTimeout(r, 300));
      expect(grid.getBoundingClientRect().height).to.equal(height);
      const before = performance.getEntriesByType('resource').map((e) => e.name);
      expect(before.filter((n) => n.includes('twimg'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a quoted post inside, as a smaller card without a button of its own', async () => {
      const el = await fixture<TweetEmbed>(
        html`<tweet-embed url=${POST} author-name="Mykhailo Podolyak"
          ><p>${TEXT}</p>
          <tweet-embed
            slot="quoted"
            url="https://x.com/ZelenskyyUa/status/1589000000000000000"
            author-name="Volodymyr Zelenskyy"
            handle="ZelenskyyUa"
            ><p>Quoted text.</p></tweet-embed
          ></tweet-embed
        >`,
      );
      const quoted = el.querySelector<TweetEmbed>('tweet-embed[slot=quoted]')!;
      await quoted.updateComplete;
      expect(mustPart(el, 'card').contains(el.shadowRoot!.querySelector('slot[name=quoted]'))).to.equal(true);
      expect(shownText(mustPart(quoted, 'text'))).to.equal('Quoted text.');
      expect(mustPart(quoted, 'link').getAttribute('href')).to.equal(
        'https://x.com/ZelenskyyUa/status/1589000000000000000',
      );
      expect(part(quoted, 'load-button')).to.equal(null);
      expect(part(el, 'load-button')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('are read from the tweet block: four photos at most, one level of quoting, on X only', () => {
      const { article, problems } = normalizeArticle({
        headline: 'H',
        body: [
          {
            type: 'tweet',
            url: POST,
            text: 'x',
            author: { name: 'A' },
            media: Array.from({ length: 5 }, () => ({ src: '/a.jpg', alt: '' })),
            quoted: {
              url: 'https://x.com/b/status/2',
              text: 'quoted',
              author: { name: 'B' },
              quoted: { url: 'https://x.com/c/status/3', text: 'deeper', author: { name: 'C' } },
            },
          },
          {
            type: 'tweet',
            text: 'y',
            author: { name: 'A' },
            quoted: { url: 'https://bsky.app/profile/b.bsky.social/post/1', text: 'q', author: { name: 'B' } },
          },
        ],
      });
      const [one, two] = article!.body as unknown as {
        media?: unknown[];
        quoted?: { text: string; quoted?: unknown };
      }[];
      expect(one.media).to.have.length(4);
      expect(one.quoted!.text).to.equal('quoted');
      expect(one.quoted!.quoted).to.equal(undefined);
      expect(two.quoted).to.equal(undefined);
      expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
        'body[0].media: at most 4 photos; the rest are left out',
        'body[0].quoted.quoted: a post quoted inside a quoted post is left out (one level only)',
        'body[1].quoted.url: not the address of a post on X (https://x.com/<handle>/status/<id>); left out',
      ]);
    });
  });

  describe('theming', () => {
    it('draws the card border from --article-tweet-embed-border-color set on an ancestor', async () => {
      const plain = await fixture<TweetEmbed>(card());
      expect(getComputedStyle(mustPart(plain, 'card')).borderTopColor).to.not.equal(MARKER);
      const wrapper = await wrap(html`<div style="--article-tweet-embed-border-color: ${MARKER}">${card()}</div>`);
      expect(getComputedStyle(mustPart(wrapper.querySelector('tweet-embed')!, 'card')).borderTopColor).to.equal(MARKER);
    });
  });

  // Last: what allowEmbeds allows stays allowed for the rest of the page.
  describe('allowEmbeds', () => {
    it('loads a post already on the page without a press once X is allowed, asking first', async () => {
      const fake = fakeLoader();
      const original = TweetEmbed.loader;
      TweetEmbed.loader = fake.loader;
      try {
        const el = await fixture<TweetEmbed>(card());
        const quoted = document.createElement('tweet-embed');
        quoted.slot = 'quoted';
        quoted.url = 'https://x.com/b/status/2';
        el.append(quoted);
        await quoted.updateComplete;
        expect(fake.calls).to.have.length(0);
        const seen: string[] = [];
        const listener = (e: Event) => seen.push((e as CustomEvent<EmbedActivateDetail>).detail.provider);
        document.addEventListener('embed-activate', listener);
        allowEmbeds(['x']);
        document.removeEventListener('embed-activate', listener);
        // The post loads; the post it quotes comes with it (X's embed shows the quote).
        expect(seen).to.deep.equal(['x']);
        expect(fake.calls.map((c) => c.id)).to.deep.equal([POST_ID]);
        const later = await fixture<TweetEmbed>(card());
        await new Promise((r) => setTimeout(r));
        expect(fake.calls.map((c) => c.target.parentElement)).to.deep.equal([el, later]);
      } finally {
        TweetEmbed.loader = original;
      }
    });
  });
});
