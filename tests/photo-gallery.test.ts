import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '../src/locales/ar.js';
import { PhotoGallery } from '../src/photo-gallery.js';
import { defineArticleElements, normalizeArticle, type Article, type NewsArticle, type Photo } from '../src/index.js';
import { articleJsonLd } from '../src/article/jsonld.js';
import { specOf } from '../src/article/define-block.js';
import {
  captureWarnings,
  container,
  imageFailed,
  imageLoaded,
  isHidden,
  MARKER,
  missing,
  mustPart,
  part,
  shownText,
} from './helpers.js';

/*
 * The gallery block and <photo-gallery>: reading the block (bad images reported by path and left
 * out), the light-DOM images (lazy, sized), boxes that hold with late and failing files, and the
 * full-screen viewer driven by the keyboard (real key presses, sendKeys, where the driver can), by its buttons and by
 * swipes (pointer events), in both directions; axe on pages 375 and 1280 px wide, light and dark.
 */

const asset = (name: string) => new URL(`/examples/gallery/${name}`, location.href).href;
/** A fresh URL for a file: not in the cache, so it has not arrived when the test first looks. */
let fresh = 0;
const late = (name: string) => `${asset(name)}?late=${++fresh}`;

const PHOTOS: Photo[] = [
  { src: asset('market-1.svg'), alt: 'Awnings at sunrise', width: 1600, height: 1067, caption: 'The first awnings.' },
  {
    src: asset('market-2.svg'),
    alt: 'A honey stall',
    width: 900,
    height: 1200,
    caption: 'Honey since 1998.',
    credit: 'Marta Okafor',
  },
  { src: asset('market-3.svg'), alt: 'The full path', width: 1600, height: 900, caption: 'Full by nine.' },
  { src: asset('market-4.svg'), alt: 'Seedlings', width: 1200, height: 1200 },
  { src: asset('market-5.svg'), alt: 'A pink awning', width: 1067, height: 1600, caption: 'The meeting point.' },
  { src: asset('market-6.svg'), alt: 'Evening light', width: 1600, height: 1067, caption: 'Closing time.' },
];

const articleWith = (images: unknown[], extra: Record<string, unknown> = {}): Article =>
  ({
    headline: 'Market day',
    body: [
      { type: 'paragraph', html: 'Before.' },
      { type: 'gallery', images, caption: 'Scenes from the market.', credit: 'Photos: Ledger', ...extra },
      { type: 'paragraph', html: 'After.' },
    ],
  }) as unknown as Article;

/** A <news-article> with a gallery, rendered; the gallery element and its article. */
async function rendered(images: unknown[] = PHOTOS, extra?: Record<string, unknown>, parent: Element = container()) {
  const article = document.createElement('news-article') as NewsArticle;
  article.article = articleWith(images, extra);
  const loaded = oneEvent(article, 'load');
  parent.append(article);
  await loaded;
  const el = article.querySelector<PhotoGallery>('photo-gallery')!;
  expect(el, 'a <photo-gallery>').to.not.equal(null);
  await el.updateComplete;
  return { el, article };
}

/**
 * `img`, made eager: the runner opens two pages at once, and a lazy image in the page that is not in
 * front is never fetched. Tests that wait for a file to arrive or fail use this, after checking what
 * they check of the lazy state.
 */
const eager = (img: HTMLImageElement | null) => {
  img!.loading = 'eager';
  return img!;
};

const thumbs = (el: PhotoGallery) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=thumb]'));
const dialog = (el: PhotoGallery) => el.shadowRoot!.querySelector('dialog');
const position = (el: PhotoGallery) => shownText(mustPart(el, 'position'));
const boxes = (el: Element) => thumbs(el as PhotoGallery).map((t) => JSON.stringify(t.getBoundingClientRect()));

/**
 * WebKitWebDriver cannot send keys into the runner's test frame: its first sendKeys leaves the
 * session switched into a frame, and every later one fails ("Invalid frame ID").
 */
const realKeys = !(/AppleWebKit/.test(navigator.userAgent) && !/Chrom/.test(navigator.userAgent));

/**
 * Presses a key as a reader does (sendKeys), then waits for the element to render. In WebKit (see
 * realKeys) the key goes in as what it causes: Enter and Space click the focused button, Escape is
 * the dialog's close request the browser makes of it, any other key is its keydown event (which the
 * viewer handles itself).
 */
async function press(el: PhotoGallery, key: string) {
  // Chromium takes Escape as a close request only in the window in front (the runner has two pages).
  if (realKeys) {
    await sendKeys({ press: key });
    await el.updateComplete;
    return;
  }
  const focused = (el.shadowRoot!.activeElement ?? el) as HTMLElement;
  if (key === 'Enter' || key === ' ') focused.click();
  // What Escape does to a modal dialog: a cancel event, then it closes.
  else if (key === 'Escape' && dialog(el)?.dispatchEvent(new Event('cancel', { cancelable: true })))
    dialog(el)?.close();
  else focused.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}

/** Opens the viewer from thumbnail `i` with the keyboard. */
async function openWith(el: PhotoGallery, i: number, key = 'Enter') {
  thumbs(el)[i].focus();
  await press(el, key);
  expect(dialog(el)?.open, 'viewer open').to.equal(true);
}

function pointer(target: Element, type: string, x: number, y: number, pointerType = 'touch') {
  target.dispatchEvent(
    new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerType, pointerId: 7 }),
  );
}

/** A swipe across the viewer's image: `dx` px sideways (negative: leftward). */
async function swipe(el: PhotoGallery, dx: number, pointerType = 'touch') {
  const stage = mustPart(el, 'stage');
  pointer(stage, 'pointerdown', 300, 300, pointerType);
  pointer(stage, 'pointermove', 300 + dx / 2, 302, pointerType);
  pointer(stage, 'pointerup', 300 + dx, 305, pointerType);
  await el.updateComplete;
}

afterEach(() => {
  for (const d of document.querySelectorAll('photo-gallery, news-article')) d.remove();
});

describe('gallery block', () => {
  describe('reading the data', () => {
    it('leaves out each bad image with a problem naming its path, and keeps the rest', () => {
      const { article, problems } = normalizeArticle(
        articleWith([
          PHOTOS[0],
          { alt: 'No file' },
          'market.jpg',
          { src: 'javascript:alert(1)', alt: 'Script' },
          { src: asset('market-2.svg'), alt: 'Unsized' },
          PHOTOS[2],
        ]),
      );
      const block = article!.body[1] as { images: Photo[] };
      expect(block.images.map((p) => p.alt)).to.deep.equal(['Awnings at sunrise', 'Unsized', 'The full path']);
      const seen = problems.map((p) => [p.path, p.code]);
      expect(seen).to.deep.include.members([
        ['body[1].images[1].src', 'missing'],
        ['body[1].images[2]', 'not-an-object'],
        ['body[1].images[3].src', 'unsafe-url'],
        ['body[1].images[4]', 'no-size'],
      ]);
      expect(problems.find((p) => p.path === 'body[1].images[2]')!.message).to.equal(
        'expected a photo object, got "market.jpg"; left out',
      );
    });

    it('skips a gallery with no usable image, with a warning, and renders the rest', async () => {
      const { problems, article } = normalizeArticle(articleWith([{ src: 'javascript:x', alt: 'x' }, 42]));
      expect(problems.map((p) => `${p.path}: ${p.message}`)).to.include.members([
        'body[1].images: no usable image',
        'body[1]: gallery block skipped',
      ]);
      expect(article!.body.map((b) => b.type)).to.deep.equal(['paragraph', 'paragraph']);
      const missingList = normalizeArticle(articleWith(undefined as unknown as unknown[], { images: undefined }));
      expect(missingList.problems.map((p) => `${p.path}: ${p.message}`)).to.include('body[1].images: missing');
      const notList = normalizeArticle(articleWith('a.jpg' as unknown as unknown[]));
      expect(notList.problems.map((p) => `${p.path}: ${p.message}`)).to.include(
        'body[1].images: expected a list, got "a.jpg"; left out',
      );
      // In the page: the other blocks show, and the console names the path.
      const warnings = await captureWarnings(async () => {
        const el = await fixture<NewsArticle>(
          html`<news-article .article=${articleWith([{ alt: 'x' }])}></news-article>`,
        );
        expect(el.querySelector('photo-gallery')).to.equal(null);
        expect(el.querySelectorAll('p').length).to.equal(2);
      });
      expect(warnings.join('\n')).to.contain('body[1].images[0].src: missing');
    });

    it('adds the images to the JSON-LD image list, the lead photo once', () => {
      const article = articleWith(PHOTOS.slice(0, 3));
      article.image = PHOTOS[0];
      const ld = articleJsonLd(normalizeArticle(article).article!, 'https://news.example/a', specOf) as {
        image: { url: string; caption?: string; creditText?: string; width?: number }[];
      };
      expect(ld.image.map((i) => i.url)).to.deep.equal(PHOTOS.slice(0, 3).map((p) => p.src));
      expect(ld.image[1]).to.include({ caption: 'Honey since 1998.', creditText: 'Marta Okafor', width: 900 });
    });
  });

  describe('rendered in an article', () => {
    it('puts every image and caption in the light DOM, lazy, async and sized', async () => {
      const { el } = await rendered();
      const imgs = Array.from(el.querySelectorAll<HTMLImageElement>(':scope > img'));
      expect(imgs.map((i) => [i.slot, i.alt, i.getAttribute('width'), i.getAttribute('height')])).to.deep.equal(
        PHOTOS.map((p, i) => [`image-${i}`, p.alt, String(p.width), String(p.height)]),
      );
      for (const img of imgs) expect([img.loading, img.decoding]).to.deep.equal(['lazy', 'async']);
      expect(el.querySelector(':scope > [slot=caption-1]')!.textContent).to.equal('Honey since 1998.');
      expect(el.querySelector(':scope > [slot=credit-1]')!.textContent).to.equal('Marta Okafor');
      expect(el.querySelector(':scope > [slot=caption]')!.textContent).to.equal('Scenes from the market.');
      // Each slotted image sits in its thumbnail button.
      thumbs(el).forEach((t, i) =>
        expect((t.querySelector('slot') as HTMLSlotElement).assignedElements()).to.deep.equal([imgs[i]]),
      );
      expect(shownText(mustPart(el, 'caption'))).to.equal('Scenes from the market. Photo: Photos: Ledger');
    });

    it('is accessible', async () => {
      const { el } = await rendered();
      await expect(el).to.be.accessible();
    });

    it('names each thumbnail button by its alt text, or its number for a decorative image', async () => {
      const { el } = await rendered([PHOTOS[0], { ...PHOTOS[1], alt: '' }]);
      const [a, b] = thumbs(el);
      expect([a.getAttribute('aria-label'), b.getAttribute('aria-label')]).to.deep.equal([
        'Awnings at sunrise',
        'Image 2',
      ]);
      expect(a.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(a.type).to.equal('button');
    });

    it('requests no image it does not show, and nothing from another origin', async () => {
      const before = performance.getEntriesByType('resource').length;
      const { el } = await rendered();
      await new Promise((r) => setTimeout(r, 200));
      const names = performance
        .getEntriesByType('resource')
        .slice(before)
        .map((e) => e.name);
      expect(names.filter((n) => !n.startsWith(location.origin))).to.deep.equal([]);
      // The viewer's large image is not requested before the viewer opens.
      expect(part(el, 'viewer-image')).to.equal(null);
    });
  });

  describe('boxes', () => {
    it('keeps every box, and what follows, in place while the files arrive (CLS 0)', async () => {
      const shifts: number[] = [];
      const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
      const observer = supported
        ? new PerformanceObserver((list) =>
            shifts.push(...list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value)),
          )
        : undefined;
      observer?.observe({ type: 'layout-shift' });
      const images = PHOTOS.map((p, i) => ({ ...p, src: late(`market-${i + 1}.svg`) }));
      const { el, article } = await rendered(images);
      const after = article.querySelectorAll('p')[1];
      const first = boxes(el);
      const below = after.getBoundingClientRect().top;
      const imgs = Array.from(el.querySelectorAll<HTMLImageElement>(':scope > img'));
      expect(imgs[0].complete && imgs[0].naturalWidth > 0, 'not arrived yet at the first look').to.equal(false);
      thumbs(el).forEach((t) => expect(t.getBoundingClientRect().height).to.be.greaterThan(50));
      await Promise.all(imgs.map((img) => imageLoaded(eager(img))));
      expect(boxes(el)).to.deep.equal(first);
      expect(after.getBoundingClientRect().top).to.equal(below);
      observer?.disconnect();
      expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
    });

    it('keeps the box of a failed image and shows its alt text there, named for assistive technology', async () => {
      const images = [PHOTOS[0], { ...PHOTOS[1], src: missing('gallery-honey.jpg') }, PHOTOS[2]];
      let el!: PhotoGallery;
      const before: string[] = [];
      const warnings = await captureWarnings(async () => {
        ({ el } = await rendered(images));
        before.push(...boxes(el));
        await imageFailed(eager(el.querySelector<HTMLImageElement>(':scope > img[slot=image-1]')));
        await el.updateComplete;
      });
      expect(boxes(el)).to.deep.equal(before);
      const thumb = thumbs(el)[1];
      const fallback = thumb.querySelector('[part=fallback]')!;
      expect(shownText(fallback)).to.equal('Image unavailable A honey stall');
      // The button's name is that text (no aria-label that would differ from what shows).
      expect(thumb.hasAttribute('aria-label')).to.equal(false);
      expect(shownText(thumb)).to.equal('Image unavailable A honey stall');
      expect(getComputedStyle(el.querySelector(':scope > img[slot=image-1]')!).visibility).to.equal('hidden');
      expect(warnings.some((w) => w.includes('body[1].images[1].src: image') && w.includes('failed to load'))).to.equal(
        true,
      );
      await expect(el).to.be.accessible();
    });

    it('gives an image without width and height the same box as the others', async () => {
      const { el } = await rendered([PHOTOS[0], { src: PHOTOS[3].src, alt: 'Unsized' }]);
      const [a, b] = thumbs(el).map((t) => t.getBoundingClientRect());
      expect(b.height).to.equal(a.height);
      expect(b.width).to.equal(a.width);
    });
  });

  describe('written by hand, from attributes alone', () => {
    it('draws its own lazy images and captions from `images`, and checks their URLs', async () => {
      let el!: PhotoGallery;
      const data = [PHOTOS[0], { src: 'javascript:alert(1)', alt: 'x' }, PHOTOS[1]];
      const warnings = await captureWarnings(async () => {
        el = await fixture<PhotoGallery>(
          html`<photo-gallery images=${JSON.stringify(data)} caption="By hand"></photo-gallery>`,
        );
      });
      expect(warnings.some((w) => w.startsWith('photo-gallery: images[1].src:'))).to.equal(true);
      const imgs = Array.from(el.shadowRoot!.querySelectorAll<HTMLImageElement>('[part=thumb] img'));
      expect(imgs.map((i) => [i.getAttribute('src'), i.loading, i.decoding])).to.deep.equal([
        [PHOTOS[0].src, 'lazy', 'async'],
        [PHOTOS[1].src, 'lazy', 'async'],
      ]);
      expect(shownText(mustPart(el, 'item-caption').querySelector('bdi')!)).to.equal('The first awnings.');
      expect(isHidden(mustPart(el, 'item-caption').querySelector('[part=credit]')!)).to.equal(true);
      expect(shownText(mustPart(el, 'caption').querySelector('bdi')!)).to.equal('By hand');
    });

    it('shows nothing for JSON it cannot use', async () => {
      const el = await fixture<PhotoGallery>(html`<photo-gallery images="not json"></photo-gallery>`);
      expect(thumbs(el)).to.have.length(0);
    });
  });

  describe('the viewer', () => {
    it('opens with Enter on a thumbnail: a named modal dialog with the large image, caption, credit and position', async () => {
      const { el } = await rendered();
      await openWith(el, 1);
      const d = dialog(el)!;
      expect(d.matches(':modal')).to.equal(true);
      expect(d.getAttribute('aria-label')).to.equal('Scenes from the market.');
      const img = mustPart<HTMLImageElement>(el, 'viewer-image');
      expect([img.getAttribute('src'), img.alt]).to.deep.equal([PHOTOS[1].src, 'A honey stall']);
      expect(position(el)).to.equal('2 of 6');
      const caption = mustPart(el, 'viewer-caption');
      expect(caption.getAttribute('aria-live')).to.equal('polite');
      expect(shownText(caption)).to.equal('2 of 6 Honey since 1998. Photo: Marta Okafor');
      expect(d.getAttribute('aria-describedby')).to.equal(caption.id);
      // The image fills the screen's box: it is as large as the viewport allows.
      expect(mustPart(el, 'stage').getBoundingClientRect().width).to.equal(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
    });

    it('is named by its count when the gallery has no caption', async () => {
      const { el } = await rendered(PHOTOS.slice(0, 2), { caption: undefined });
      el.show(0);
      await el.updateComplete;
      expect(dialog(el)!.getAttribute('aria-label')).to.equal('2 photos');
      el.close();
      const one = await rendered(PHOTOS.slice(0, 1), { caption: undefined });
      one.el.show(0);
      await one.el.updateComplete;
      expect(dialog(one.el)!.getAttribute('aria-label')).to.equal('1 photo');
    });

    it('opens with Space too, and names its buttons', async () => {
      const { el } = await rendered();
      await openWith(el, 0, ' ');
      expect(position(el)).to.equal('1 of 6');
      expect(
        ['previous', 'next', 'close'].map((p) => [
          mustPart(el, p).localName,
          mustPart(el, p).getAttribute('aria-label'),
        ]),
      ).to.deep.equal([
        ['button', 'Previous image'],
        ['button', 'Next image'],
        ['button', 'Close'],
      ]);
      // Focus starts on the close button, the first control in the dialog.
      expect(el.shadowRoot!.activeElement).to.equal(mustPart(el, 'close'));
    });

    it('moves with the arrow keys, Home and End, and announces each caption', async () => {
      const { el } = await rendered();
      await openWith(el, 2);
      const caption = mustPart(el, 'viewer-caption');
      await press(el, 'ArrowRight');
      expect(position(el)).to.equal('4 of 6');
      // The same live region, its text changed: screen readers read the change.
      expect(mustPart(el, 'viewer-caption')).to.equal(caption);
      expect(mustPart<HTMLImageElement>(el, 'viewer-image').getAttribute('src')).to.equal(PHOTOS[3].src);
      await press(el, 'ArrowRight');
      expect(shownText(caption)).to.equal('5 of 6 The meeting point.');
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowLeft');
      expect(position(el)).to.equal('3 of 6');
      await press(el, 'End');
      expect(position(el)).to.equal('6 of 6');
      await press(el, 'ArrowRight');
      expect(position(el), 'wraps to the first').to.equal('1 of 6');
      await press(el, 'ArrowLeft');
      expect(position(el), 'wraps to the last').to.equal('6 of 6');
      await press(el, 'Home');
      expect(shownText(caption)).to.equal('1 of 6 The first awnings.');
    });

    it('moves with its previous and next buttons', async () => {
      const { el } = await rendered();
      await openWith(el, 0);
      mustPart(el, 'next').click();
      await el.updateComplete;
      mustPart(el, 'next').click();
      await el.updateComplete;
      expect(position(el)).to.equal('3 of 6');
      mustPart(el, 'previous').click();
      await el.updateComplete;
      expect(position(el)).to.equal('2 of 6');
    });

    it('closes with Escape and gives focus back to the thumbnail that opened it', async () => {
      const { el } = await rendered();
      await openWith(el, 3);
      await press(el, 'ArrowRight');
      await press(el, 'Escape');
      await el.updateComplete;
      // (Not the dialog's close event: Chromium puts that off in a page that is not in front.)
      expect(dialog(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(thumbs(el)[3]);
      expect(document.activeElement).to.equal(el);
    });

    it('closes with its close button, focus back on the thumbnail', async () => {
      const { el } = await rendered();
      await openWith(el, 4);
      mustPart(el, 'close').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(dialog(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(thumbs(el)[4]);
    });

    it('moves on a swipe across the image (touch and pen, not a mouse drag or a tap)', async () => {
      const { el } = await rendered();
      await openWith(el, 2);
      await swipe(el, -120);
      expect(position(el), 'leftward: next').to.equal('4 of 6');
      await swipe(el, 120);
      await swipe(el, 120, 'pen');
      expect(position(el), 'rightward: previous').to.equal('2 of 6');
      await swipe(el, -120, 'mouse');
      await swipe(el, -20);
      expect(position(el), 'a mouse drag and a short move change nothing').to.equal('2 of 6');
      // Mostly vertical: a scroll, not a swipe.
      const stage = mustPart(el, 'stage');
      pointer(stage, 'pointerdown', 300, 100);
      pointer(stage, 'pointerup', 250, 400);
      await el.updateComplete;
      expect(position(el)).to.equal('2 of 6');
    });

    it('shows the alt text in place of a large image that fails, and keeps its box', async () => {
      const images = [PHOTOS[0], { ...PHOTOS[1], src: missing('gallery-large.jpg') }];
      let el!: PhotoGallery;
      await captureWarnings(async () => {
        ({ el } = await rendered(images));
        await imageFailed(eager(el.querySelector<HTMLImageElement>(':scope > img[slot=image-1]')));
        await openWith(el, 0);
        const stage = JSON.stringify(mustPart(el, 'stage').getBoundingClientRect());
        await press(el, 'ArrowRight');
        await imageFailed(mustPart<HTMLImageElement>(el, 'viewer-image'));
        // (A file that failed before fails at once, and its error event comes in a task of its own.)
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
        expect(JSON.stringify(mustPart(el, 'stage').getBoundingClientRect())).to.equal(stage);
      });
      expect(shownText(mustPart(el, 'stage').querySelector('[part=fallback]')!)).to.equal(
        'Image unavailable A honey stall',
      );
      expect(getComputedStyle(mustPart(el, 'viewer-image')).visibility).to.equal('hidden');
      // The next image gets its chance.
      await press(el, 'ArrowLeft');
      expect(mustPart(el, 'stage').querySelector('[part=fallback]')).to.equal(null);
    });

    describe('right to left', () => {
      it('mirrors the arrow keys and swipes, and speaks Arabic', async () => {
        const page = container();
        page.dir = 'rtl';
        page.lang = 'ar';
        const { el } = await rendered(PHOTOS, {}, page);
        await openWith(el, 2);
        expect(position(el)).to.equal('3 من 6');
        expect(mustPart(el, 'next').getAttribute('aria-label')).to.equal('الصورة التالية');
        await press(el, 'ArrowLeft');
        expect(position(el), 'ArrowLeft: next').to.equal('4 من 6');
        await press(el, 'ArrowRight');
        await press(el, 'ArrowRight');
        expect(position(el), 'ArrowRight: previous').to.equal('2 من 6');
        await swipe(el, 120);
        expect(position(el), 'rightward swipe: next').to.equal('3 من 6');
        await swipe(el, -120);
        expect(position(el), 'leftward swipe: previous').to.equal('2 من 6');
        // The next button sits on the left, the previous on the right.
        const next = mustPart(el, 'next').getBoundingClientRect();
        const previous = mustPart(el, 'previous').getBoundingClientRect();
        expect(next.left).to.be.lessThan(previous.left);
        await press(el, 'Escape');
        page.remove();
      });
    });
  });

  describe('theming', () => {
    it('takes the placeholder colour from --article-photo-gallery-placeholder-color', async () => {
      const { el } = await rendered();
      el.style.setProperty('--article-photo-gallery-placeholder-color', MARKER);
      expect(getComputedStyle(thumbs(el)[0]).backgroundColor).to.equal(MARKER);
    });
  });

  describe('with a prefixed registration', () => {
    it('is defined under the prefix, and a prefixed article composes it', async () => {
      const tags = defineArticleElements({ prefix: 'gal' });
      expect(tags.gallery).to.equal('gal-photo-gallery');
      const article = document.createElement('gal-news-article') as HTMLElement & { article: unknown };
      article.article = articleWith(PHOTOS.slice(0, 2));
      const loaded = oneEvent(article, 'load');
      document.body.append(article);
      await loaded;
      const el = article.querySelector<PhotoGallery>('gal-photo-gallery')!;
      await el.updateComplete;
      expect(thumbs(el)).to.have.length(2);
      article.remove();
    });
  });
});

/** A page `width` px wide (an iframe: its own viewport) holding a gallery article, with axe-core. */
async function framePage(width: number, dark: boolean) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: 800px; border: 0; z-index: 1`;
  frame.srcdoc = `<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Gallery</title>
        <script src="/node_modules/axe-core/axe.min.js"></script>
        <script type="module" src="/src/define.ts"></script>
      </head>
      <body style="${dark ? 'background: #151515; color: #ebe9e5; ' : ''}margin: 0">
        <main style="${dark ? '--article-color-scheme: dark; ' : ''}padding: 1rem"></main>
      </body>
    </html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { axe: typeof import('axe-core') };
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('news-article');
  const article = doc.createElement('news-article') as NewsArticle;
  const data = articleWith([...PHOTOS, { ...PHOTOS[0], src: missing('gallery-axe.jpg') }]);
  article.article = win.JSON.parse(JSON.stringify(data));
  const loadedArticle = new Promise((r) => article.addEventListener('load', r, { once: true }));
  doc.querySelector('main')!.append(article);
  await loadedArticle;
  const el = article.querySelector('photo-gallery') as PhotoGallery;
  await el.updateComplete;
  await imageFailed(eager(el.querySelector<HTMLImageElement>(':scope > img[slot=image-6]')));
  await el.updateComplete;
  return { win, doc, el, close: () => frame.remove() };
}

describe('<photo-gallery> on a page', () => {
  let page: Awaited<ReturnType<typeof framePage>> | undefined;
  afterEach(() => page?.close());

  for (const scheme of ['light', 'dark'] as const)
    for (const width of [375, 1280])
      it(`passes axe in ${scheme} at ${width} px, closed and with the viewer open`, async function () {
        this.timeout(60000);
        await captureWarnings(async () => (page = await framePage(width, scheme === 'dark')));
        const { win, el } = page!;
        const list = el.shadowRoot!.querySelector('[part=list]')!;
        // Narrow: a strip that scrolls sideways inside its own box; wide: a grid, nothing scrolls.
        if (width === 375) expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
        else expect(list.scrollWidth).to.equal(list.clientWidth);
        expect(page!.doc.documentElement.scrollWidth).to.be.at.most(width);
        const run = async (what: string) => {
          const { violations } = await win.axe.run(el);
          expect(
            violations.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
          ).to.deep.equal([]);
        };
        await run('closed');
        el.show(1);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
        await run('viewer open');
        el.show(6);
        await el.updateComplete;
        await imageFailed(el.shadowRoot!.querySelector<HTMLImageElement>('[part=viewer-image]')!);
        await el.updateComplete;
        await run('viewer open on a failed image');
        el.close();
      });
});
