import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { VideoEmbed } from '../src/video-embed.js';
import { allowEmbeds, defineArticleElements, type EmbedActivateDetail } from '../src/index.js';
import { captureWarnings, leadImage, MARKER, missing, mustPart, part, shownText } from './helpers.js';

/*
 * <video-embed>: the facade drawn from the page's data, one press to the provider's player, the
 * consent model (`embed-activate`, `allowEmbeds`), the reserved box. The players are pointed at blank
 * frames (VideoEmbed.players), so nothing here needs the internet; the request log of a whole
 * page is checked end to end in tests/e2e/embeds.test.mjs.
 */

const YT = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const VIMEO = 'https://vimeo.com/76979871';
// Blank frames: the address still shows what would have been loaded.
const players = { youtube: 'about:blank#youtube/embed/', vimeo: 'about:blank#vimeo/video/' };
VideoEmbed.players = players;

const video = (url = YT, provider = 'youtube') =>
  fixture<VideoEmbed>(
    html`<video-embed
      provider=${provider}
      url=${url}
      video-title="Inside the Kherson ferry crossing"
      poster=${leadImage()}
      duration="PT2M30S"
      ><span slot="title">Inside the Kherson ferry crossing</span
      ><span slot="caption">Ferries carry supplies across the Dnipro.</span
      ><span slot="credit">Reuters</span></video-embed
    >`,
  );

/**
 * Presses the facade as a reader does (a click, no modifier) and returns whether the element took
 * the click (prevented its default). A click it leaves alone is stopped here, after it decided, so
 * the test page never follows the link.
 */
function press(el: VideoEmbed, init: MouseEventInit = {}): boolean {
  let taken = false;
  const record = (e: Event) => {
    taken = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', record, { once: true });
  mustPart(el, 'facade').dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
  );
  window.removeEventListener('click', record);
  return taken;
}

/** The `embed-activate` events fired below `el`'s parent while `fn` runs. */
async function activations(el: Element, fn: () => unknown, cancel = false): Promise<EmbedActivateDetail[]> {
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
    await (el as VideoEmbed).updateComplete;
  } finally {
    document.removeEventListener('embed-activate', listener);
  }
  return seen;
}

const frameHeight = (el: VideoEmbed) => mustPart(el, 'frame').getBoundingClientRect().height;
const frameWidth = (el: VideoEmbed) => mustPart(el, 'frame').getBoundingClientRect().width;

describe('<video-embed>', () => {
  it('is accessible', async () => {
    const el = await video();
    await expect(el).to.be.accessible();
  });

  describe('before the reader asks', () => {
    it('shows the poster from the data, the title, the length and which provider plays it', async () => {
      const el = await video();
      expect(mustPart<HTMLImageElement>(el, 'poster').src).to.equal(leadImage());
      expect(shownText(mustPart(el, 'title'))).to.equal('Play video: Inside the Kherson ferry crossing');
      const time = mustPart(el, 'duration').querySelector('time')!;
      expect([time.getAttribute('datetime'), time.textContent]).to.deep.equal(['PT2M30S', '2:30']);
      expect(shownText(mustPart(el, 'notice'))).to.equal('YouTube loads when you press play');
      expect(shownText(mustPart(el, 'caption'))).to.contain('Ferries carry supplies across the Dnipro.');
    });

    it('is a link to the video page, and has no frame', async () => {
      const el = await video();
      expect(mustPart<HTMLAnchorElement>(el, 'facade').href).to.equal(YT);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(el.active).to.equal(false);
    });

    it('makes up no image: without a poster there is none', async () => {
      const el = await fixture<VideoEmbed>(html`<video-embed url=${YT} video-title="No poster"></video-embed>`);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(mustPart(el, 'frame').getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it("keeps a poster on the provider's own servers back until the provider is allowed", async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed
          url=${YT}
          video-title="Thumb"
          poster="https://i.ytimg.com/vi/dQw4w9WgXcQ/hq.jpg"
        ></video-embed>`,
      );
      expect(part(el, 'poster')).to.equal(null);
    });

    it('contacts no one on hover and focus', async () => {
      const el = await video();
      const before = performance.getEntriesByType('resource').length;
      const facade = mustPart<HTMLAnchorElement>(el, 'facade');
      for (const type of ['pointerover', 'mouseover', 'pointerenter', 'mouseenter', 'pointermove', 'touchstart'])
        facade.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      facade.focus();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      const after = performance.getEntriesByType('resource').slice(before);
      expect(after.map((e) => e.name).filter((n) => !n.startsWith(location.origin))).to.deep.equal([]);
      expect(document.head.querySelectorAll('link[rel~=preconnect],link[rel~=dns-prefetch]')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    });

    it('reserves a 16:9 box by default and the shape of width and height when given', async () => {
      const el = await video();
      expect(frameHeight(el)).to.be.closeTo((frameWidth(el) * 9) / 16, 1);
      el.width = 4;
      el.height = 3;
      await el.updateComplete;
      expect(frameHeight(el)).to.be.closeTo((frameWidth(el) * 3) / 4, 1);
    });

    it('keeps its box when the poster fails', async () => {
      const el = await video();
      const height = frameHeight(el);
      el.poster = missing('poster.jpg');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      expect(frameHeight(el)).to.equal(height);
    });
  });

  describe('when pressed', () => {
    it('fires embed-activate, then loads the YouTube player from youtube-nocookie and starts it', async () => {
      const el = await video();
      const height = frameHeight(el);
      let taken = false;
      const seen = await activations(el, () => (taken = press(el)));
      const url = `${players.youtube}dQw4w9WgXcQ?autoplay=1`;
      expect(seen).to.deep.equal([{ provider: 'youtube', url }]);
      expect(taken).to.equal(true);
      const frame = mustPart<HTMLIFrameElement>(el, 'player');
      expect(frame.getAttribute('src')).to.equal(url);
      expect(frame.title).to.equal('Inside the Kherson ferry crossing');
      expect(frame.getAttribute('allow')).to.equal('autoplay; encrypted-media; fullscreen; picture-in-picture');
      expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      expect(el.active).to.equal(true);
      expect(el.hasAttribute('active')).to.equal(true);
      // Same box before and after: nothing below moves.
      expect(frameHeight(el)).to.equal(height);
      expect(el.shadowRoot!.activeElement).to.equal(frame);
    });

    it('loads Vimeo with dnt=1, and the hash of an unlisted video', async () => {
      const el = await video(`${VIMEO}/abc123def4`, 'vimeo');
      const seen = await activations(el, () => press(el));
      expect(seen).to.deep.equal([
        { provider: 'vimeo', url: `${players.vimeo}76979871?h=abc123def4&autoplay=1&dnt=1` },
      ]);
      expect(mustPart(el, 'player').getAttribute('src')).to.equal(seen[0].url);
    });

    it('accepts youtu.be and shorts addresses', async () => {
      for (const url of ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/shorts/dQw4w9WgXcQ']) {
        const el = await video(url);
        press(el);
        await el.updateComplete;
        expect(mustPart(el, 'player').getAttribute('src')).to.equal(`${players.youtube}dQw4w9WgXcQ?autoplay=1`);
      }
    });

    it('loads nothing when a listener cancels embed-activate', async () => {
      const el = await video();
      let taken = false;
      const seen = await activations(el, () => (taken = press(el)), true);
      expect(seen).to.have.length(1);
      expect(taken).to.equal(true); // no navigation either
      expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(el.active).to.equal(false);
    });

    it('leaves a modified click to the browser (a new tab on the video page)', async () => {
      const el = await video();
      let taken = false;
      const seen = await activations(el, () => (taken = press(el, { ctrlKey: true })));
      expect(seen).to.deep.equal([]);
      expect(taken).to.equal(false);
    });

    it('is only a link for an address that is not a video page, with a warning naming it', async () => {
      let el!: VideoEmbed;
      const warnings = await captureWarnings(async () => {
        el = await fixture<VideoEmbed>(
          html`<video-embed
            provider="youtube"
            url="https://www.youtube.com/@channel"
            video-title="Channel"
          ></video-embed>`,
        );
      });
      expect(warnings).to.deep.equal([
        'video-embed: url "https://www.youtube.com/@channel" is not a YouTube video page (youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/…)',
      ]);
      let taken = false;
      const seen = await activations(el, () => (taken = press(el)));
      expect(seen).to.deep.equal([]);
      expect(taken).to.equal(false);
    });
  });

  describe("with provider 'file'", () => {
    it('is a native video that loads nothing before play, with the poster and the title', async () => {
      const el = await fixture<VideoEmbed>(
        html`<video-embed
          provider="file"
          url="/video/ferry"
          src="/media/ferry.mp4"
          poster=${leadImage()}
          video-title="Ferry"
          ><span slot="title">Ferry</span></video-embed
        >`,
      );
      const player = mustPart<HTMLVideoElement>(el, 'player');
      expect(player.localName).to.equal('video');
      expect([player.controls, player.preload, player.getAttribute('src')]).to.deep.equal([
        true,
        'none',
        '/media/ferry.mp4',
      ]);
      expect(player.getAttribute('poster')).to.equal(leadImage());
      expect(player.getAttribute('aria-label')).to.equal('Ferry');
      expect(shownText(mustPart(el, 'title'))).to.equal('Ferry');
      expect(part(el, 'facade')).to.equal(null);
    });
  });

  describe('theming', () => {
    it('takes the play button colour from --article-video-embed-button-color', async () => {
      const el = await video();
      el.style.setProperty('--article-video-embed-button-color', MARKER);
      expect(getComputedStyle(mustPart(el, 'play-button')).backgroundColor).to.equal(MARKER);
    });
  });

  describe('with a prefixed registration', () => {
    it('is defined under the prefix, and a prefixed article composes it', async () => {
      const tags = defineArticleElements({ prefix: 'vid' });
      expect(tags.video).to.equal('vid-video-embed');
      expect(customElements.get('vid-video-embed')).to.not.equal(undefined);
      const article = document.createElement('vid-news-article') as HTMLElement & { article: unknown };
      article.article = {
        headline: 'Prefixed',
        body: [{ type: 'video', provider: 'youtube', url: YT, title: 'Prefixed video' }],
      };
      const loaded = new Promise((r) => article.addEventListener('load', r, { once: true }));
      document.body.append(article);
      await loaded;
      const el = article.querySelector<VideoEmbed>('vid-video-embed')!;
      await el.updateComplete;
      expect(shownText(mustPart(el, 'title'))).to.equal('Play video: Prefixed video');
      article.remove();
    });
  });

  // Last: what allowEmbeds allows stays allowed for the rest of the page.
  describe('allowEmbeds', () => {
    it('refuses anything but a list, saying what it wants', () => {
      expect(() => allowEmbeds('youtube' as unknown as string[])).to.throw(
        TypeError,
        "allowEmbeds: expected a list of provider names such as ['youtube'], got string",
      );
    });

    it('starts a player the reader asked for once the consent manager allows its provider', async () => {
      const el = await video(VIMEO, 'vimeo');
      await activations(el, () => press(el), true);
      expect(el.active).to.equal(false);
      const seen = await activations(el, () => allowEmbeds(['Vimeo']));
      expect(seen).to.deep.equal([{ provider: 'vimeo', url: `${players.vimeo}76979871?autoplay=1&dnt=1` }]);
      expect(el.active).to.equal(true);
    });

    it('loads an element already on the page without a press (and without autoplay)', async () => {
      const el = await video();
      expect(el.active).to.equal(false);
      const seen = await activations(el, () => allowEmbeds(['youtube']));
      expect(seen).to.deep.equal([{ provider: 'youtube', url: `${players.youtube}dQw4w9WgXcQ` }]);
      expect(mustPart(el, 'player').getAttribute('src')).to.equal(`${players.youtube}dQw4w9WgXcQ`);
    });

    it('loads an element added later at once', async () => {
      const seen = await activations(document.body, async () => {
        const el = await video('https://youtu.be/dQw4w9WgXcQ');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r));
        expect(el.active).to.equal(true);
      });
      expect(seen).to.have.length(1);
    });
  });
});
