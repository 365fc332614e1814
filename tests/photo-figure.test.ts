import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define.js';
import type { PhotoFigure } from '../src/index.js';
import {
  captureWarnings,
  imageFailed,
  imageLoaded,
  isHidden,
  leadImage,
  MARKER,
  missing,
  mustPart,
  part,
  shownText,
  wrap,
} from './helpers.js';

const ALT = 'President Joe Biden speaking at a lectern at a campaign rally.';
const CAPTION = 'President Joe Biden delivers remarks in Albuquerque, N.M., November 3, 2022.';
const CREDIT = 'Kevin Lamarque/Reuters';

/** The <img> the element draws from its attributes, in its shadow root. */
const img = (el: PhotoFigure) => {
  const found = el.shadowRoot!.querySelector('img');
  if (!found) throw new Error('<photo-figure> drew no <img>');
  return found;
};

// Tests that wait for an image to load or fail set `lead` (eager): the runner opens two pages at
// once, and a lazy image in the page that is not in front is never fetched.

describe('<photo-figure>', () => {
  describe('accessibility', () => {
    it('passes axe with image, caption and credit', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure
          lead
          src=${leadImage()}
          alt=${ALT}
          width="1200"
          height="800"
          caption=${CAPTION}
          credit=${CREDIT}
        ></photo-figure>`,
      );
      await imageLoaded(img(el));
      await expect(el).to.be.accessible();
    });

    it('passes axe when empty', async () => {
      const el = await fixture<PhotoFigure>(html`<photo-figure></photo-figure>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe when the image is broken', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure lead src=${missing('a11y.png')} alt=${ALT} width="4" height="3"></photo-figure>`,
      );
      await imageFailed(img(el));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults and reflection', () => {
    it('loads lazily at normal priority with its alt and intrinsic size', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure src=${leadImage()} alt=${ALT} width="1200" height="800"></photo-figure>`,
      );
      expect(el.lead).to.equal(false);
      expect(el.hasAttribute('lead')).to.equal(false);
      const image = img(el);
      expect(image.getAttribute('src')).to.equal(leadImage());
      expect(image.alt).to.equal(ALT);
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('fetchpriority')).to.equal('auto');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.getAttribute('width')).to.equal('1200');
      expect(image.getAttribute('height')).to.equal('800');
    });

    it('loads a lead image eagerly at high priority, and reflects lead', async () => {
      const el = await fixture<PhotoFigure>(html`<photo-figure src=${leadImage()} alt=${ALT}></photo-figure>`);
      el.lead = true;
      await el.updateComplete;
      expect(el.hasAttribute('lead')).to.equal(true);
      expect(img(el).getAttribute('loading')).to.equal('eager');
      expect(img(el).getAttribute('fetchpriority')).to.equal('high');
    });

    it('passes srcset and sizes through', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure
          src=${leadImage()}
          srcset="${leadImage()} 1200w"
          sizes="(min-width: 60rem) 52rem, 100vw"
          alt=${ALT}
        ></photo-figure>`,
      );
      expect(img(el).getAttribute('srcset')).to.equal(`${leadImage()} 1200w`);
      expect(img(el).getAttribute('sizes')).to.equal('(min-width: 60rem) 52rem, 100vw');
    });

    it('reserves the box from width and height before the file arrives', async () => {
      // Far below the fold, a lazy image is not fetched at all: whatever size it has comes from width/height.
      // A query of its own keeps the file out of the memory cache, which would satisfy even a lazy image.
      const wrapper = await wrap(
        html`<div style="inline-size: 300px; margin-block-start: 20000px">
          <photo-figure src="${leadImage()}?reserve" alt=${ALT} width="1200" height="600"></photo-figure>
        </div>`,
      );
      const el = wrapper.querySelector('photo-figure')!;
      const box = img(el).getBoundingClientRect();
      expect(img(el).complete, 'the lazy image should not have loaded').to.equal(false);
      expect(box.width).to.equal(300);
      expect(box.height).to.equal(150); // 2:1, not the 3:2 used when no size is given
    });

    it('warns when alt is missing', async () => {
      const warnings = await captureWarnings(() => fixture(html`<photo-figure src="/x/photo.jpg"></photo-figure>`));
      expect(warnings).to.include(
        'photo-figure: alt text is missing for "/x/photo.jpg"; add alt, or set decorative for a purely decorative image',
      );
    });

    it('gives a decorative image an empty alt and no warning', async () => {
      let el!: PhotoFigure;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PhotoFigure>(
          html`<photo-figure decorative src=${leadImage()} alt="ignored"></photo-figure>`,
        );
      });
      expect(img(el).getAttribute('alt')).to.equal('');
      expect(warnings.filter((w) => w.includes('alt text'))).to.deep.equal([]);
    });

    it('drops an unsafe src with a warning', async () => {
      let el!: PhotoFigure;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PhotoFigure>(html`<photo-figure src="javascript:alert(1)" alt="x"></photo-figure>`);
      });
      expect(warnings).to.include('photo-figure: src: unsafe URL scheme "javascript:" removed');
      expect(img(el).hasAttribute('src')).to.equal(false);
    });
  });

  describe('when caption and credit come from attributes', () => {
    it('shows them in the figcaption, the credit labelled for screen readers', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure src=${leadImage()} alt=${ALT} caption=${CAPTION} credit=${CREDIT}></photo-figure>`,
      );
      const caption = mustPart(el, 'caption');
      expect(caption.localName).to.equal('figcaption');
      expect(isHidden(caption)).to.equal(false);
      expect(shownText(mustPart(el, 'credit'))).to.equal(`Photo: ${CREDIT}`);
      expect(shownText(caption)).to.equal(`${CAPTION} Photo: ${CREDIT}`);
    });

    it('shows a credit alone', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure src=${leadImage()} alt=${ALT} credit=${CREDIT}></photo-figure>`,
      );
      expect(isHidden(mustPart(el, 'caption'))).to.equal(false);
      expect(isHidden(mustPart(el, 'credit'))).to.equal(false);
      expect(shownText(mustPart(el, 'caption'))).to.equal(`Photo: ${CREDIT}`);
    });
  });

  describe('when caption and credit come from slots', () => {
    it('shows slotted content instead of the attributes', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure src=${leadImage()} alt=${ALT} caption="Attr caption" credit="Attr credit">
          <span slot="caption">${CAPTION}</span>
          <span slot="credit">${CREDIT}</span>
        </photo-figure>`,
      );
      expect(shownText(mustPart(el, 'caption'))).to.equal(`${CAPTION} Photo: ${CREDIT}`);
    });

    it('shows the figcaption for slotted content alone', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure src=${leadImage()} alt=${ALT}><span slot="caption">${CAPTION}</span></photo-figure>`,
      );
      expect(isHidden(mustPart(el, 'caption'))).to.equal(false);
      expect(isHidden(mustPart(el, 'credit'))).to.equal(true);
      expect(shownText(mustPart(el, 'caption'))).to.include(CAPTION);
    });
  });

  describe('parts', () => {
    it('exposes figure, image, caption and credit, and no fallback while the image is fine', async () => {
      const el = await fixture<PhotoFigure>(
        html`<photo-figure lead src=${leadImage()} alt=${ALT} caption="c" credit="r"></photo-figure>`,
      );
      expect(mustPart(el, 'figure').localName).to.equal('figure');
      // The box around the image: the image may be slotted, in light DOM, where parts do not reach.
      expect(mustPart(el, 'image').contains(img(el))).to.equal(true);
      expect(part(el, 'caption')).to.not.equal(null);
      expect(part(el, 'credit')).to.not.equal(null);
      await imageLoaded(img(el));
      await el.updateComplete;
      expect(part(el, 'fallback')).to.equal(null);
    });
  });

  describe('when empty', () => {
    it('renders without throwing, hides the figcaption and shows the placeholder', async () => {
      const el = await fixture<PhotoFigure>(html`<photo-figure></photo-figure>`);
      expect(isHidden(mustPart(el, 'caption'))).to.equal(true);
      expect(img(el).hasAttribute('src')).to.equal(false);
      expect(shownText(mustPart(el, 'fallback'))).to.equal('Image unavailable');
      expect(mustPart(el, 'figure').getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('when the image is broken', () => {
    it('keeps its box, at the aspect ratio of width and height, and shows the alt text', async () => {
      const src = missing('barn.jpg');
      let el!: PhotoFigure;
      const warnings = await captureWarnings(async () => {
        const wrapper = await wrap(
          html`<div style="inline-size: 320px">
            <photo-figure
              lead
              src=${src}
              alt="A red barn in snow"
              width="400"
              height="300"
              caption="The barn."
            ></photo-figure>
          </div>`,
        );
        el = wrapper.querySelector('photo-figure')!;
        await imageFailed(img(el));
        await el.updateComplete;
      });
      expect(warnings).to.include(`photo-figure: image "${src}" failed to load; showing its alt text instead`);

      const fallback = mustPart(el, 'fallback');
      expect(isHidden(fallback)).to.equal(false);
      expect(fallback.textContent).to.include('Image unavailable');
      expect(fallback.textContent).to.include('A red barn in snow');
      // The broken <img> is hidden, so the fallback stands in for it as an image named by the alt
      // text (tests/e2e/readable.test.mjs reads the accessibility tree).
      expect(fallback.getAttribute('role')).to.equal('img');
      expect(fallback.getAttribute('aria-label')).to.equal('A red barn in snow');
      expect(fallback.hasAttribute('aria-hidden')).to.equal(false);
      expect(img(el).alt).to.equal('A red barn in snow');

      const box = img(el).getBoundingClientRect();
      expect(box.width).to.equal(320);
      expect(box.height).to.be.greaterThan(0);
      expect(box.width / box.height).to.be.closeTo(400 / 300, 0.01);
      const frame = fallback.parentElement!.getBoundingClientRect();
      expect(frame.height).to.be.closeTo(240, 1);
      const fb = fallback.getBoundingClientRect();
      expect(fb.height).to.be.closeTo(frame.height, 1);
      expect(isHidden(mustPart(el, 'caption'))).to.equal(false);
    });

    it('keeps a 3:2 box for a broken image without width and height', async () => {
      let el!: PhotoFigure;
      await captureWarnings(async () => {
        const wrapper = await wrap(
          html`<div style="inline-size: 300px">
            <photo-figure lead src=${missing('unsized.jpg')} alt="Unsized"></photo-figure>
          </div>`,
        );
        el = wrapper.querySelector('photo-figure')!;
        await imageFailed(img(el));
        await el.updateComplete;
      });
      const box = img(el).getBoundingClientRect();
      expect(box.width).to.equal(300);
      expect(box.height).to.be.closeTo(200, 1);
    });

    it('recovers when given a working src', async () => {
      let el!: PhotoFigure;
      await captureWarnings(async () => {
        el = await fixture<PhotoFigure>(
          html`<photo-figure lead src=${missing('first.jpg')} alt="Retry" width="3" height="2"></photo-figure>`,
        );
        await imageFailed(img(el));
        await el.updateComplete;
      });
      expect(part(el, 'fallback')).to.not.equal(null);
      el.src = leadImage();
      await el.updateComplete;
      await imageLoaded(img(el));
      expect(part(el, 'fallback')).to.equal(null);
    });
  });

  describe('when the <img> is slotted (as <news-article> composes it)', () => {
    /** A photo-figure with its <img> as a child, in a column 300px wide. */
    async function slottedFigure(src: string, { width = 1200, height = 600, path = '' } = {}) {
      const wrapper = await wrap(
        html`<div style="inline-size: 300px">
          <photo-figure data-json-path=${path || nothing} alt=${ALT} width=${width} height=${height} caption=${CAPTION}
            ><img slot="image" src=${src} alt=${ALT} width=${width} height=${height} loading="eager"
          /></photo-figure>
        </div>`,
      );
      const el = wrapper.querySelector('photo-figure')!;
      return { el, image: el.querySelector('img')! };
    }

    it('shows the child <img> in the box, passes axe, and draws no <img> of its own', async () => {
      const { el, image } = await slottedFigure(`${leadImage()}?slotted`);
      await imageLoaded(image);
      expect(image.assignedSlot?.name).to.equal('image');
      expect(el.shadowRoot!.querySelector('img'), 'no second <img>').to.equal(null);
      expect(mustPart(el, 'image').getBoundingClientRect().width).to.equal(300);
      const box = image.getBoundingClientRect();
      expect(box.width).to.equal(300);
      expect(box.height).to.be.closeTo(200, 1); // the file's own 3:2 once loaded
      expect(part(el, 'fallback')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("reserves its box from width and height, and holds it against the page's CSS", async () => {
      const style = document.createElement('style');
      // What a theme might do to every image on its pages, !important included.
      style.textContent = `img { display: inline !important; position: absolute !important; float: left !important;
        inline-size: 50px !important; block-size: 40px !important; max-inline-size: 10px !important;
        margin: 30px !important; padding: 10px !important; border: 5px solid red !important; }`;
      document.head.append(style);
      try {
        // Far below the fold and lazy, so never fetched: its size comes from width and height alone.
        const wrapper = await wrap(
          html`<div style="inline-size: 300px; margin-block-start: 20000px">
            <photo-figure alt=${ALT} width="1200" height="600"
              ><img slot="image" src="${leadImage()}?held" alt=${ALT} width="1200" height="600" loading="lazy"
            /></photo-figure>
          </div>`,
        );
        const el = wrapper.querySelector('photo-figure')!;
        const image = el.querySelector('img')!;
        expect(image.complete, 'the lazy image should not have loaded').to.equal(false);
        const box = image.getBoundingClientRect();
        const frame = mustPart(el, 'image').getBoundingClientRect();
        expect([box.left, box.top, box.width, box.height]).to.deep.equal([frame.left, frame.top, 300, 150]);
        expect(frame.height).to.equal(150);
      } finally {
        style.remove();
      }
    });

    it('shows the fallback when the file fails, as an image named by the alt text, naming the JSON path', async () => {
      const src = missing('slotted.jpg');
      let el!: PhotoFigure;
      let image!: HTMLImageElement;
      const warnings = await captureWarnings(async () => {
        ({ el, image } = await slottedFigure(src, { width: 400, height: 300, path: 'body[4]' }));
        await imageFailed(image);
        await el.updateComplete;
      });
      expect(warnings).to.include(
        `photo-figure: body[4].src: image "${src}" failed to load; showing its alt text instead`,
      );
      const fallback = mustPart(el, 'fallback');
      expect(shownText(fallback)).to.include(ALT);
      expect(fallback.getAttribute('role')).to.equal('img');
      expect(fallback.getAttribute('aria-label')).to.equal(ALT);
      expect(image.checkVisibility({ visibilityProperty: true }), 'the broken <img> is hidden').to.equal(false);
      const frame = mustPart(el, 'image').getBoundingClientRect();
      expect(frame.width).to.equal(300);
      expect(frame.height).to.be.closeTo(225, 1);
      expect(fallback.getBoundingClientRect().height).to.be.closeTo(225, 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('styles the image box through ::part(image), slotted image or not', async () => {
      const wrapper = await wrap(
        html`<div>
          <style>
            .themed photo-figure::part(image) {
              border-radius: 7px;
            }
          </style>
          <div class="themed">
            <photo-figure src=${leadImage()} alt="x"></photo-figure>
            <photo-figure alt="x"><img slot="image" src=${leadImage()} alt="x" /></photo-figure>
          </div>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('photo-figure')) {
        const box = mustPart(el, 'image');
        expect(getComputedStyle(box).borderTopLeftRadius).to.equal('7px');
        expect(getComputedStyle(box).overflow, 'the image is clipped to it').to.equal('hidden');
      }
    });

    it('colours the credit from --article-photo-figure-credit-color set on an ancestor', async () => {
      const plain = await fixture<PhotoFigure>(
        html`<photo-figure src=${leadImage()} alt="x" credit=${CREDIT}></photo-figure>`,
      );
      expect(getComputedStyle(mustPart(plain, 'credit')).color).to.not.equal(MARKER);
      const wrapper = await wrap(
        html`<div style="--article-photo-figure-credit-color: ${MARKER}">
          <photo-figure src=${leadImage()} alt="x" credit=${CREDIT}></photo-figure>
        </div>`,
      );
      expect(getComputedStyle(mustPart(wrapper.querySelector('photo-figure')!, 'credit')).color).to.equal(MARKER);
    });
  });
});
