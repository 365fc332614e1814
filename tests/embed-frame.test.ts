import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/define.js';
import '../src/locales/ar.js';
import { EmbedFrame } from '../src/embed-frame.js';
import {
  allowEmbeds,
  defineArticleElements,
  normalizeArticle,
  type EmbedActivateDetail,
  type NewsArticle,
} from '../src/index.js';
import { allElements } from './frames.js';
import {
  captureWarnings,
  imageFailed,
  imageLoaded,
  leadImage,
  MARKER,
  missing,
  mustPart,
  part,
  shownText,
} from './helpers.js';

/*
 * <embed-frame> and the `embed` block: the facade drawn from the page's data, one press to the
 * frame, the consent model (`embed-activate`, `allowEmbeds`), the reserved box and the frame's
 * sandbox. Frames are pointed at a local stand-in page (EmbedFrame.frameSrc), so nothing here needs
 * the internet; the request log of a whole page is checked end to end in
 * tests/e2e/embed-frame.test.mjs.
 */

const CHART = 'https://datawrapper.dwcdn.net/AbC12/1/';
const DEMO = new URL('/examples/embed-demo.html', location.href).href;
// The same test server under its other name: another origin, as a provider's is.
const OTHER = new URL(DEMO);
OTHER.hostname = OTHER.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
/** Each https address is framed as the local stand-in, its address in the query. */
const standIn = (url: string) => `${DEMO}?for=${encodeURIComponent(url)}`;
EmbedFrame.frameSrc = standIn;

const TITLE = 'Ferry crossings per day, 2019 to 2025';

const chart = ({
  url = CHART,
  provider = 'Datawrapper' as string | null,
  fallback = leadImage() as string | null,
  ratio = undefined as string | undefined,
  height = undefined as number | undefined,
} = {}) =>
  fixture<EmbedFrame>(
    html`<embed-frame
      url=${url}
      frame-title=${TITLE}
      provider=${provider ?? ''}
      aspect-ratio=${ratio ?? ''}
      height=${height ?? ''}
      fallback=${fallback ?? ''}
      fallback-alt="Bar chart: crossings rose from 38 to 61 a day."
      ><a slot="title" href=${url}>${TITLE}</a><span slot="caption">Weekday crossings have nearly doubled.</span
      ><span slot="credit">Chart: Alderbrook Ledger</span></embed-frame
    >`,
  );

/** Presses the facade's button as a reader does. */
const press = (el: EmbedFrame) => mustPart(el, 'load-button').click();

/** The `embed-activate` events fired while `fn` runs (each cancelled when `cancel`). */
async function activations(el: EmbedFrame, fn: () => unknown, cancel = false): Promise<EmbedActivateDetail[]> {
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

const box = (el: EmbedFrame) => mustPart(el, 'frame').getBoundingClientRect();
const frame = (el: EmbedFrame) => el.shadowRoot!.querySelector('iframe');
/**
 * Resource requests made since `before` entries, to other origins than this test server's (under
 * either of its names), or for the frame's stand-in.
 */
const foreignSince = (before: number) =>
  performance
    .getEntriesByType('resource')
    .slice(before)
    .map((e) => e.name)
    .filter((n) => !(n.startsWith(location.origin) || n.startsWith(OTHER.origin)) || n.includes('embed-demo'));

const problemsOf = (block: Record<string, unknown>) =>
  normalizeArticle({ headline: 'Embeds', body: [{ type: 'embed', ...block }] }, { onProblem: () => {} });

describe('the embed block', () => {
  describe('normalizing', () => {
    it('keeps a complete block as given', () => {
      const block = {
        url: CHART,
        title: TITLE,
        provider: 'Datawrapper',
        aspectRatio: '4:3',
        fallback: { src: '/chart.png', alt: 'Bar chart' },
        caption: 'Caption',
        credit: 'Credit',
      };
      const { article, problems } = problemsOf(block);
      expect(problems).to.deep.equal([]);
      expect(article!.body[0]).to.deep.equal({ type: 'embed', ...block, height: undefined });
    });

    it('skips an http (or any non-https) address, naming the field', () => {
      for (const url of ['http://datawrapper.dwcdn.net/AbC12/1/', '/charts/1', 'mailto:desk@example.com']) {
        const { article, problems } = problemsOf({ url, title: TITLE });
        expect(article!.body, url).to.deep.equal([]);
        expect(problems[0], url).to.deep.include({
          path: 'body[0].url',
          message: `${JSON.stringify(url)} is not an https address; only https addresses are framed`,
          code: 'unsafe-url',
          severity: 'error',
        });
      }
      const { problems } = problemsOf({ url: 'javascript:alert(1)', title: TITLE });
      expect(problems[0]).to.deep.include({ path: 'body[0].url', code: 'unsafe-url' });
    });

    it('skips a block without a title, naming it', () => {
      const { article, problems } = problemsOf({ url: CHART });
      expect(article!.body).to.deep.equal([]);
      expect(problems.map((p) => p.path)).to.include('body[0].title');
    });

    it('accepts 16/9, 16:9, 4:3 and 1.5, and reports any other aspectRatio, keeping the block', () => {
      for (const aspectRatio of ['16/9', '16:9', '4:3', '1.5', ' 21 / 9 '])
        expect(problemsOf({ url: CHART, title: TITLE, aspectRatio }).problems, aspectRatio).to.deep.equal([]);
      for (const aspectRatio of ['wide', '16x9', '0/9', '16/0', '-4:3', '169', '1:20', '16/9/4']) {
        const { article, problems } = problemsOf({ url: CHART, title: TITLE, aspectRatio });
        expect(problems, aspectRatio).to.have.length(1);
        expect(problems[0]).to.deep.include({ path: 'body[0].aspectRatio', code: 'bad-value' });
        expect(problems[0].message).to.equal(
          `${JSON.stringify(aspectRatio.trim())} is not a ratio such as 16/9, 4:3 or 1.5 (from 1:10 to 10:1); left out`,
        );
        expect((article!.body[0] as { aspectRatio?: string }).aspectRatio).to.equal(undefined);
      }
    });

    it('reports a bad or too tall height, and uses height when both it and aspectRatio are given', () => {
      expect(problemsOf({ url: CHART, title: TITLE, height: 'tall' }).problems[0]).to.deep.include({
        path: 'body[0].height',
      });
      expect(problemsOf({ url: CHART, title: TITLE, height: 9000 }).problems[0]).to.deep.include({
        path: 'body[0].height',
        message: '9000 is taller than 4000 px; left out',
      });
      const { article, problems } = problemsOf({ url: CHART, title: TITLE, height: 420, aspectRatio: '16/9' });
      expect(problems).to.deep.equal([
        {
          path: 'body[0].aspectRatio',
          message: 'both aspectRatio and height given: height is used',
          code: 'bad-value',
          severity: 'warning',
        },
      ]);
      expect(article!.body[0]).to.deep.include({ height: 420, aspectRatio: undefined });
    });

    it('reports an unsafe fallback image and keeps the embed without it', () => {
      const { article, problems } = problemsOf({
        url: CHART,
        title: TITLE,
        fallback: { src: 'javascript:alert(1)', alt: 'x' },
      });
      expect(problems[0]).to.deep.include({ path: 'body[0].fallback.src', code: 'unsafe-url' });
      expect(article!.body[0]).to.deep.include({ fallback: undefined, url: CHART });
    });
  });

  describe('rendered by <news-article>', () => {
    it('puts the title as a link to the original, the caption and the credit in light DOM', async () => {
      const el = document.createElement('news-article') as NewsArticle;
      el.article = {
        headline: 'Embeds',
        body: [
          {
            type: 'embed',
            url: CHART,
            title: TITLE,
            provider: 'Datawrapper',
            height: 420,
            fallback: { src: leadImage(), alt: 'Bar chart' },
            caption: 'Weekday crossings have nearly doubled.',
            credit: 'Chart: Alderbrook Ledger',
          },
        ],
      };
      const loaded = new Promise((r) => el.addEventListener('load', r, { once: true }));
      document.body.append(el);
      await loaded;
      const embed = el.querySelector<EmbedFrame>(':scope > embed-frame[data-article-role="embed"]')!;
      await embed.updateComplete;
      const link = embed.querySelector<HTMLAnchorElement>(':scope > a[slot=title]')!;
      expect([link.href, link.textContent]).to.deep.equal([CHART, TITLE]);
      expect(embed.querySelector('[slot=caption]')!.textContent).to.equal('Weekday crossings have nearly doubled.');
      expect(embed.querySelector('[slot=credit]')!.textContent).to.equal('Chart: Alderbrook Ledger');
      expect(mustPart<HTMLImageElement>(embed, 'fallback').alt).to.equal('Bar chart');
      expect(box(embed).height).to.equal(420);
      expect(frame(embed)).to.equal(null);
      el.remove();
    });
  });
});

describe('<embed-frame>', () => {
  it('is accessible', async () => {
    const el = await chart();
    await expect(el).to.be.accessible();
  });

  describe('before the reader asks', () => {
    it('shows the fallback image, the title, the caption and a button that names the provider', async () => {
      const el = await chart();
      const img = mustPart<HTMLImageElement>(el, 'fallback');
      expect([img.src, img.alt]).to.deep.equal([leadImage(), 'Bar chart: crossings rose from 38 to 61 a day.']);
      expect(part(el, 'placeholder')).to.equal(null);
      const button = mustPart<HTMLButtonElement>(el, 'load-button');
      expect(button.localName).to.equal('button');
      expect(shownText(button)).to.equal(`Load interactive content from Datawrapper: ${TITLE}`);
      expect(shownText(mustPart(el, 'provider'))).to.equal('Datawrapper');
      expect(shownText(mustPart(el, 'caption'))).to.contain(TITLE);
      expect(shownText(mustPart(el, 'caption'))).to.contain('Weekday crossings have nearly doubled.');
      expect(frame(el)).to.equal(null);
      expect(el.active).to.equal(false);
    });

    it('shows a neutral placeholder with the title without a fallback, and the host without a provider', async () => {
      const el = await chart({ fallback: null, provider: null });
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(shownText(mustPart(el, 'placeholder'))).to.equal(TITLE);
      expect(shownText(mustPart(el, 'load-button'))).to.equal(
        `Load interactive content from datawrapper.dwcdn.net: ${TITLE}`,
      );
      expect(shownText(mustPart(el, 'provider'))).to.equal('datawrapper.dwcdn.net');
    });

    it("keeps a fallback on the provider's own servers back, with the placeholder", async () => {
      for (const fallback of [
        'https://datawrapper.dwcdn.net/AbC12/full.png',
        'https://img.datawrapper.de/AbC12/plain.png',
      ]) {
        const before = performance.getEntriesByType('resource').length;
        const el = await chart({ fallback });
        expect(part(el, 'fallback'), fallback).to.equal(null);
        expect(shownText(mustPart(el, 'placeholder'))).to.equal(TITLE);
        await new Promise((r) => setTimeout(r, 100));
        expect(foreignSince(before)).to.deep.equal([]);
      }
      // Another site's image is not the provider's (here, this test server under its other name).
      const other = OTHER.href.replace('embed-demo.html', 'the-corner-lead.svg');
      expect(part(await chart({ fallback: other }), 'fallback')).to.not.equal(null);
    });

    it('contacts no one on load, hover, focus and scroll, and adds no hints', async () => {
      const before = performance.getEntriesByType('resource').length;
      const el = await chart({ fallback: null });
      const button = mustPart<HTMLButtonElement>(el, 'load-button');
      for (const type of ['pointerover', 'mouseover', 'pointerenter', 'mouseenter', 'pointermove', 'touchstart'])
        button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      button.focus();
      el.scrollIntoView();
      window.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(foreignSince(before)).to.deep.equal([]);
      expect(
        document.head.querySelectorAll('link[rel~=preconnect],link[rel~=dns-prefetch],link[rel~=prefetch]'),
      ).to.have.length(0);
      expect(frame(el)).to.equal(null);
    });

    it('warns about an address that is not https and offers no button, only the link', async () => {
      let el!: EmbedFrame;
      const warnings = await captureWarnings(async () => {
        el = await chart({ url: 'http://datawrapper.dwcdn.net/AbC12/1/' });
      });
      expect(warnings).to.deep.equal([
        'embed-frame: url "http://datawrapper.dwcdn.net/AbC12/1/" is not an https address; only https addresses are framed',
      ]);
      expect(part(el, 'load-button')).to.equal(null);
    });
  });

  describe('its box', () => {
    it('is 16:9 by default, the shape of aspect-ratio, or height px tall (height wins)', async () => {
      const el = await chart();
      // The width of the moment: a taller box may bring the page a scrollbar.
      const width = () => box(el).width;
      expect(box(el).height).to.be.closeTo((width() * 9) / 16, 1);
      el.aspectRatio = '4:3';
      await el.updateComplete;
      expect(box(el).height).to.be.closeTo((width() * 3) / 4, 1);
      el.aspectRatio = '1.5';
      await el.updateComplete;
      expect(box(el).height).to.be.closeTo(width() / 1.5, 1);
      el.height = 420;
      await el.updateComplete;
      expect(box(el).height).to.equal(420);
      el.aspectRatio = undefined;
      await el.updateComplete;
      expect(box(el).height).to.equal(420);
    });

    it('warns about a bad aspect-ratio and keeps 16:9', async () => {
      let el!: EmbedFrame;
      const warnings = await captureWarnings(async () => (el = await chart({ ratio: 'wide' })));
      expect(warnings).to.deep.equal([
        'embed-frame: aspect-ratio "wide" is not a ratio such as 16/9, 4:3 or 1.5; 16:9 is used',
      ]);
      expect(box(el).height).to.be.closeTo((box(el).width * 9) / 16, 1);
    });

    it('does not move while the fallback loads, nor when it fails (the placeholder stands in)', async () => {
      const el = await chart({ fallback: `${leadImage()}?late=${Date.now()}`, height: 300 });
      const before = box(el);
      // Lazy images wait for the viewport, which a test page in a background tab never has.
      const img = mustPart<HTMLImageElement>(el, 'fallback');
      img.loading = 'eager';
      await imageLoaded(img);
      expect(box(el)).to.deep.equal(before);
      el.fallback = missing('chart.png');
      await el.updateComplete;
      await imageFailed(mustPart<HTMLImageElement>(el, 'fallback'));
      await el.updateComplete;
      expect(part(el, 'fallback')).to.equal(null);
      expect(shownText(mustPart(el, 'placeholder'))).to.equal(TITLE);
      expect(box(el)).to.deep.equal(before);
      // The box below the figure's frame keeps its place too.
      const caption = mustPart(el, 'caption').getBoundingClientRect().top;
      expect(caption).to.be.greaterThan(before.bottom);
    });
  });

  describe('when pressed', () => {
    it('fires embed-activate, then loads the frame from the embed only, in the same box, focused', async () => {
      const el = await chart();
      const height = box(el).height;
      const before = performance.getEntriesByType('resource').length;
      const seen = await activations(el, () => press(el));
      expect(seen).to.deep.equal([{ provider: 'datawrapper', url: standIn(CHART) }]);
      const iframe = frame(el)!;
      expect(iframe.getAttribute('part')).to.equal('embed');
      expect(iframe.getAttribute('src')).to.equal(standIn(CHART));
      expect(part(el, 'facade')).to.equal(null);
      // The fallback stays under the frame while it loads, and the frame lies on top.
      const under = mustPart(el, 'fallback').getBoundingClientRect();
      expect(under).to.deep.equal(iframe.getBoundingClientRect());
      expect(iframe.compareDocumentPosition(mustPart(el, 'fallback'))).to.equal(Node.DOCUMENT_POSITION_PRECEDING);
      expect(el.active).to.equal(true);
      expect(el.hasAttribute('active')).to.equal(true);
      expect(box(el).height).to.equal(height);
      expect(el.shadowRoot!.activeElement).to.equal(iframe);
      await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
      // The stand-in page loaded, and nothing else was requested.
      const names = performance
        .getEntriesByType('resource')
        .slice(before)
        .map((e) => e.name);
      expect(names.filter((n) => n !== standIn(CHART))).to.deep.equal([]);
    });

    it('sandboxes the frame without top navigation, names it and sends only the origin as referrer', async () => {
      const el = await chart();
      press(el);
      await el.updateComplete;
      const iframe = frame(el)!;
      const flags = iframe.getAttribute('sandbox')!.split(' ');
      // The stand-in is on this page's origin: no allow-same-origin, or it could lift its sandbox.
      expect(flags).to.deep.equal(['allow-scripts', 'allow-popups', 'allow-popups-to-escape-sandbox']);
      expect(flags.some((f) => f.startsWith('allow-top-navigation'))).to.equal(false);
      expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      expect(iframe.getAttribute('allow')).to.equal('fullscreen');
      expect(iframe.title).to.equal(TITLE);
      expect(iframe.getAttribute('loading')).to.equal('eager');
    });

    it('keeps its own origin in a frame from another origin (never top navigation either)', async () => {
      const saved = EmbedFrame.frameSrc;
      EmbedFrame.frameSrc = () => OTHER.href;
      try {
        const el = await chart();
        press(el);
        await el.updateComplete;
        expect(frame(el)!.getAttribute('sandbox')).to.equal(
          'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-same-origin',
        );
        // The frame really is sandboxed: it cannot reach this page.
        await new Promise((r) => frame(el)!.addEventListener('load', r, { once: true }));
        expect(() => frame(el)!.contentDocument!.title).to.throw();
      } finally {
        EmbedFrame.frameSrc = saved;
      }
    });

    it('loads nothing when a listener cancels embed-activate', async () => {
      const el = await chart();
      const before = performance.getEntriesByType('resource').length;
      const seen = await activations(el, () => press(el), true);
      expect(seen).to.have.length(1);
      expect(frame(el)).to.equal(null);
      expect(el.active).to.equal(false);
      expect(part(el, 'fallback')).to.not.equal(null);
      await new Promise((r) => setTimeout(r, 100));
      expect(
        performance
          .getEntriesByType('resource')
          .slice(before)
          .filter((e) => e.name.includes('embed-demo')),
      ).to.deep.equal([]);
    });
  });

  describe('right to left', () => {
    it('speaks Arabic and lays its caption out from the right', async () => {
      // fixtureSync: fixture() waits for an animation frame, which a background tab never gets.
      const wrapper = fixtureSync<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="inline-size: 600px">
          <embed-frame url=${CHART} frame-title="عبور العبارة يوميًا" provider="Datawrapper" aspect-ratio="4/3"
            ><span slot="caption">تضاعف عدد الرحلات تقريبًا.</span><span slot="credit">رسم بياني</span></embed-frame
          >
        </div>`,
      );
      const el = wrapper.querySelector('embed-frame')!;
      await el.updateComplete;
      expect(shownText(mustPart(el, 'load-button'))).to.equal(
        'تحميل المحتوى التفاعلي من Datawrapper: عبور العبارة يوميًا',
      );
      const frameBox = box(el);
      const credit = el.querySelector('[slot=credit]')!.getBoundingClientRect();
      expect(credit.right).to.be.closeTo(frameBox.right, 1);
      expect(credit.left).to.be.greaterThan(frameBox.left + 100);
      expect(frameBox.height).to.be.closeTo((frameBox.width * 3) / 4, 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('takes the button colour from --article-embed-frame-button-color', async () => {
      const el = await chart();
      el.style.setProperty('--article-embed-frame-button-color', MARKER);
      expect(getComputedStyle(mustPart(el, 'load-button')).backgroundColor).to.equal(MARKER);
    });
  });

  describe('with a prefixed registration', () => {
    it('is defined under the prefix, and a prefixed article composes it', async () => {
      const tags = defineArticleElements({ prefix: 'emb' });
      expect(tags.embed).to.equal('emb-embed-frame');
      const article = document.createElement('emb-news-article') as HTMLElement & { article: unknown };
      article.article = { headline: 'Prefixed', body: [{ type: 'embed', url: CHART, title: 'Prefixed chart' }] };
      const loaded = new Promise((r) => article.addEventListener('load', r, { once: true }));
      document.body.append(article);
      await loaded;
      const el = article.querySelector<EmbedFrame>('emb-embed-frame')!;
      expect(customElements.get('emb-embed-frame')).to.not.equal(undefined);
      await el.updateComplete;
      expect(shownText(mustPart(el, 'placeholder'))).to.equal('Prefixed chart');
      article.remove();
    });
  });

  describe('on a page of its own', () => {
    /** Embeds in an article on a page `width` px wide (an iframe: its viewport is the page's), with axe. */
    async function embedPage(width: number, dark: boolean) {
      const holder = document.createElement('iframe');
      holder.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: 800px; border: 0; z-index: 1`;
      holder.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" /><title>Embeds</title>
        <script src="/node_modules/axe-core/axe.min.js"></script>
        <script type="module" src="/src/define.ts"></script></head>
        <body style="${dark ? 'background: #151515; color: #ebe9e5; ' : ''}margin: 0">
        <main style="${dark ? '--article-color-scheme: dark; ' : ''}padding: 1rem"></main></body></html>`;
      const loaded = new Promise((r) => holder.addEventListener('load', r, { once: true }));
      document.body.append(holder);
      await loaded;
      const win = holder.contentWindow as Window & typeof globalThis & { axe: typeof import('axe-core') };
      await win.customElements.whenDefined('news-article');
      const el = win.document.createElement('news-article') as NewsArticle;
      el.article = win.JSON.parse(
        JSON.stringify({
          headline: 'The ferry in numbers',
          body: [
            {
              type: 'embed',
              url: CHART,
              title: TITLE,
              provider: 'Datawrapper',
              height: 400,
              fallback: { src: leadImage(), alt: 'Bar chart: crossings rose from 38 to 61 a day.' },
              caption: 'Weekday crossings have nearly doubled.',
              credit: 'Chart: Alderbrook Ledger',
            },
            {
              type: 'embed',
              url: 'https://maps.example/embed/channel',
              title: 'The river channel',
              aspectRatio: '4:3',
            },
          ],
        }),
      );
      const ready = new Promise((r) => el.addEventListener('load', r, { once: true }));
      win.document.querySelector('main')!.append(el);
      await ready;
      await Promise.all(allElements(el).map((e) => (e as Partial<NewsArticle>).updateComplete));
      return { win, el, close: () => holder.remove() };
    }

    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        it(`passes axe in ${scheme} at ${width} px, and fits`, async function () {
          this.timeout(30000);
          const { win, el, close } = await embedPage(width, scheme === 'dark');
          try {
            const embeds = el.querySelectorAll('embed-frame');
            expect(embeds).to.have.length(2);
            for (const e of embeds) expect(e.getBoundingClientRect().right).to.be.at.most(width);
            expect(win.getComputedStyle(el).backgroundColor).to.equal(
              scheme === 'dark' ? 'rgb(21, 21, 21)' : 'rgb(255, 255, 255)',
            );
            const { violations, passes } = await win.axe.run(el);
            expect(
              violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
            ).to.deep.equal([]);
            // Contrast was checked on the button, not left "incomplete".
            const contrast = passes.find((p) => p.id === 'color-contrast');
            const targets = contrast?.nodes.map((n) => JSON.stringify(n.target)) ?? [];
            expect(
              targets.filter((t) => t.includes('button')),
              targets.join('\n'),
            ).to.have.length.at.least(1);
          } finally {
            close();
          }
        });
      }
    }
  });

  // Last: what allowEmbeds allows stays allowed for the rest of the page.
  describe('allowEmbeds', () => {
    it('loads an element already on the page without a press (lazily), by provider name', async () => {
      const el = await chart({ provider: 'Flourish', url: 'https://flo.uri.sh/visualisation/1/embed' });
      expect(el.active).to.equal(false);
      const seen = await activations(el, () => allowEmbeds(['flourish']));
      const url = standIn('https://flo.uri.sh/visualisation/1/embed');
      expect(seen).to.deep.equal([{ provider: 'flourish', url }]);
      expect(frame(el)!.getAttribute('src')).to.equal(url);
      expect(frame(el)!.getAttribute('loading')).to.equal('lazy');
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('loads an element added later at once; without a provider the host is the name', async () => {
      allowEmbeds(['maps.alderbrook.example']);
      const seen: EmbedActivateDetail[] = [];
      const listen = (e: Event) => seen.push((e as CustomEvent<EmbedActivateDetail>).detail);
      document.addEventListener('embed-activate', listen);
      try {
        const el = await chart({ provider: null, url: 'https://maps.alderbrook.example/embed/channel' });
        await el.updateComplete;
        await new Promise((r) => setTimeout(r));
        expect(el.active).to.equal(true);
      } finally {
        document.removeEventListener('embed-activate', listen);
      }
      expect(seen).to.deep.equal([
        { provider: 'maps.alderbrook.example', url: standIn('https://maps.alderbrook.example/embed/channel') },
      ]);
    });

    it("shows a fallback on the provider's servers once the provider is allowed (the frame refused)", async () => {
      const fallback = OTHER.href.replace('embed-demo.html', 'the-corner-lead.svg');
      const url = `https://${OTHER.hostname}/embed/1`;
      const el = await chart({ provider: 'Local maps', url, fallback });
      // OTHER is this test server's other name: an https embed on the same site as the image.
      expect(part(el, 'fallback')).to.equal(null);
      const seen = await activations(el, () => allowEmbeds(['Local maps']), true);
      expect(seen).to.have.length(1);
      expect(el.active).to.equal(false);
      expect(mustPart<HTMLImageElement>(el, 'fallback').getAttribute('src')).to.equal(fallback);
    });
  });
});
