import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PullQuote } from '../src/index.js';
import { captureWarnings, isHidden, MARKER, mustPart, part, shownText, wrap } from './helpers.js';

const QUOTE = 'Ukraine fatigue is a real thing for some of our partners.';
const WAPO = 'https://www.washingtonpost.com/national-security/2022/11/05/ukraine-russia-peace-negotiations/';

describe('<pull-quote>', () => {
  describe('accessibility', () => {
    it('passes axe as a pull quote', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote text=${QUOTE} attribution="One U.S. official"></pull-quote>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe as a block quotation with a linked source', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote variant="block" source="The Washington Post" cite=${WAPO}>
          <p>The request by American officials is not aimed at pushing Ukraine to the negotiating table.</p>
          <p>${QUOTE}</p>
        </pull-quote>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe when empty', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote></pull-quote>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe when repeated', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote repeated text=${QUOTE} attribution="One U.S. official"></pull-quote>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults and reflection', () => {
    it('is a pull quote, not repeated, and reflects variant="pull"', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote text=${QUOTE}></pull-quote>`);
      expect(el.variant).to.equal('pull');
      expect(el.getAttribute('variant')).to.equal('pull');
      expect(el.repeated).to.equal(false);
      expect(el.hasAttribute('repeated')).to.equal(false);
      expect(mustPart(el, 'figure').hasAttribute('aria-hidden')).to.equal(false);
    });

    it('reflects variant and repeated set as properties', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote text=${QUOTE}></pull-quote>`);
      el.variant = 'block';
      el.repeated = true;
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('block');
      expect(el.hasAttribute('repeated')).to.equal(true);
    });

    it('styles the two variants differently', async () => {
      const pull = await fixture<PullQuote>(html`<pull-quote text=${QUOTE}></pull-quote>`);
      const block = await fixture<PullQuote>(html`<pull-quote variant="block" text=${QUOTE}></pull-quote>`);
      const pullFigure = getComputedStyle(mustPart(pull, 'figure'));
      const blockFigure = getComputedStyle(mustPart(block, 'figure'));
      expect(pullFigure.borderTopWidth).to.equal('3px');
      expect(pullFigure.borderLeftWidth).to.equal('0px');
      expect(blockFigure.borderTopWidth).to.equal('0px');
      expect(blockFigure.borderLeftWidth).to.equal('3px');
      const pullSize = parseFloat(getComputedStyle(mustPart(pull, 'quote')).fontSize);
      const blockSize = parseFloat(getComputedStyle(mustPart(block, 'quote')).fontSize);
      expect(pullSize).to.be.greaterThan(blockSize);
    });

    it('puts the source URL in the blockquote cite and links the source name', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote variant="block" text=${QUOTE} source="The Washington Post" cite=${WAPO}></pull-quote>`,
      );
      expect(mustPart(el, 'quote').localName).to.equal('blockquote');
      expect(mustPart(el, 'quote').getAttribute('cite')).to.equal(WAPO);
      const source = mustPart(el, 'source');
      expect(source.localName).to.equal('cite');
      expect(source.querySelector('a')!.getAttribute('href')).to.equal(WAPO);
      expect(shownText(source)).to.equal('The Washington Post');
    });

    it('names an unlinked source when there is no cite', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote variant="block" text=${QUOTE} source="The Washington Post"></pull-quote>`,
      );
      expect(mustPart(el, 'quote').hasAttribute('cite')).to.equal(false);
      expect(mustPart(el, 'source').querySelector('a')).to.equal(null);
      expect(shownText(mustPart(el, 'attribution'))).to.equal('The Washington Post');
    });

    it('drops an unsafe cite with a warning', async () => {
      let el!: PullQuote;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PullQuote>(
          html`<pull-quote variant="block" text="q" source="Evil" cite=" javascript:alert(1)"></pull-quote>`,
        );
      });
      expect(warnings).to.include('pull-quote: cite: unsafe URL scheme "javascript:" removed');
      expect(mustPart(el, 'quote').hasAttribute('cite')).to.equal(false);
      expect(mustPart(el, 'source').querySelector('a')).to.equal(null);
    });
  });

  describe('when text comes from attributes', () => {
    it('shows text and attribution', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote text=${QUOTE} attribution="One U.S. official"></pull-quote>`,
      );
      expect(shownText(mustPart(el, 'quote'))).to.equal(QUOTE);
      expect(shownText(mustPart(el, 'attribution'))).to.equal('One U.S. official');
      expect(isHidden(mustPart(el, 'attribution'))).to.equal(false);
    });

    it('joins attribution and source with a comma', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote text=${QUOTE} attribution="One U.S. official" source="The Washington Post"></pull-quote>`,
      );
      expect(shownText(mustPart(el, 'attribution'))).to.equal('One U.S. official, The Washington Post');
    });
  });

  describe('when text comes from slots', () => {
    it('shows slotted paragraphs and attribution instead of the attributes', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote text="Attr text" attribution="Attr attribution">
          <p>First paragraph.</p>
          <p>Second paragraph.</p>
          <span slot="attribution">One <em>U.S.</em> official</span>
        </pull-quote>`,
      );
      expect(shownText(mustPart(el, 'quote'))).to.equal('First paragraph. Second paragraph.');
      expect(shownText(mustPart(el, 'attribution'))).to.equal('One U.S. official');
    });

    it('accepts a bare text node as the quote', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote text="Attr text">${QUOTE}</pull-quote>`);
      expect(shownText(mustPart(el, 'quote'))).to.equal(QUOTE);
    });

    it('shows the figcaption for a slotted attribution alone', async () => {
      const el = await fixture<PullQuote>(
        html`<pull-quote>${QUOTE}<span slot="attribution">One U.S. official</span></pull-quote>`,
      );
      expect(isHidden(mustPart(el, 'attribution'))).to.equal(false);
    });
  });

  describe('parts', () => {
    it('exposes figure, quote, attribution and source', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote text="q" attribution="a" source="s"></pull-quote>`);
      expect(mustPart(el, 'figure').localName).to.equal('figure');
      expect(mustPart(el, 'quote').localName).to.equal('blockquote');
      expect(mustPart(el, 'attribution').localName).to.equal('figcaption');
      expect(part(el, 'source')).to.not.equal(null);
    });
  });

  describe('as a pull quote', () => {
    it('speaks as a quotation, not a subhead: regular weight, italic where the script has italics', async () => {
      const wrapper = await wrap(
        html`<div lang="en">
          <pull-quote text=${QUOTE}></pull-quote>
          <div lang="ar"><pull-quote text="التعب من أوكرانيا أمر حقيقي لدى بعض شركائنا."></pull-quote></div>
        </div>`,
      );
      const [en, ar] = Array.from(wrapper.querySelectorAll('pull-quote'), (el) =>
        getComputedStyle(mustPart(el, 'quote')),
      );
      expect(en.fontWeight).to.equal('400');
      expect(en.fontStyle).to.equal('italic');
      expect(ar.fontStyle).to.equal('normal');
    });
  });

  describe('as a block quotation', () => {
    it('keeps a spaced ellipsis together, and with the word before it, at every width', async () => {
      const text = 'for many years to come. . . . While U.S. officials share their counterparts’ assessment';
      const wrapper = await wrap(
        html`<div style="inline-size: 400px"><pull-quote variant="block" text=${text}></pull-quote></div>`,
      );
      const el = wrapper.querySelector('pull-quote')!;
      const node = Array.from(mustPart(el, 'quote').querySelector('slot')!.childNodes).find(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('come'),
      )!;
      const start = node.textContent!.indexOf('come');
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 'come. . . .'.length);
      const split: number[] = [];
      for (let width = 120; width <= 400; width += 2) {
        wrapper.style.inlineSize = `${width}px`;
        const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        if (tops.size > 1) split.push(width);
      }
      expect(split, 'widths at which "come. . . ." broke across lines').to.deep.equal([]);
    });

    it('is set apart from body copy: smaller and softer than the text around it', async () => {
      const wrapper = await wrap(
        html`<div>
          <p>Body</p>
          <pull-quote variant="block" text=${QUOTE}></pull-quote>
        </div>`,
      );
      const el = wrapper.querySelector('pull-quote')!;
      const quote = getComputedStyle(mustPart(el, 'quote'));
      const host = getComputedStyle(el);
      expect(parseFloat(quote.fontSize)).to.be.lessThan(parseFloat(host.fontSize));
      expect(quote.color).to.not.equal(host.color);
    });
  });

  describe('when empty', () => {
    it('draws nothing and takes no space, as a pull quote or a block quotation', async () => {
      for (const variant of ['pull', 'block']) {
        const el = await fixture<PullQuote>(html`<pull-quote variant=${variant}></pull-quote>`);
        expect(el.getBoundingClientRect().height, variant).to.equal(0);
        expect(isHidden(mustPart(el, 'figure')), variant).to.equal(true);
      }
      // Any one piece is enough to show it.
      const quote = await fixture<PullQuote>(html`<pull-quote text=${QUOTE}></pull-quote>`);
      expect(quote.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('renders without throwing and hides the attribution', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote></pull-quote>`);
      expect(shownText(mustPart(el, 'quote'))).to.equal('');
      expect(isHidden(mustPart(el, 'attribution'))).to.equal(true);
      expect(isHidden(mustPart(el, 'source'))).to.equal(true);
    });
  });

  describe('when repeated', () => {
    it('hides the figure from assistive technology', async () => {
      const el = await fixture<PullQuote>(html`<pull-quote repeated text=${QUOTE}></pull-quote>`);
      expect(mustPart(el, 'figure').getAttribute('aria-hidden')).to.equal('true');
      el.repeated = false;
      await el.updateComplete;
      expect(mustPart(el, 'figure').hasAttribute('aria-hidden')).to.equal(false);
    });
  });

  describe('theming', () => {
    it('names its parts for its variant, so a theme can style one without the other', async () => {
      const pull = await fixture<PullQuote>(
        html`<pull-quote text=${QUOTE} attribution="One U.S. official"></pull-quote>`,
      );
      const block = await fixture<PullQuote>(
        html`<pull-quote variant="block" text=${QUOTE} source="The Washington Post"></pull-quote>`,
      );
      const names = (el: PullQuote) =>
        Array.from(el.shadowRoot!.querySelectorAll('[part]'), (node) => node.getAttribute('part')).sort();
      expect(names(pull)).to.deep.equal([
        'attribution pull-attribution',
        'figure pull-figure',
        'quote pull-quote',
        'source pull-source',
      ]);
      expect(names(block)).to.deep.equal([
        'attribution block-attribution',
        'figure block-figure',
        'quote block-quote',
        'source block-source',
      ]);
    });

    it("the broadsheet theme centres the pull quote only, and keeps the block quotation's text flush", async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/examples/themes/broadsheet.css';
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject;
      });
      document.head.append(link);
      try {
        await loaded;
        const pull = await fixture<PullQuote>(
          html`<pull-quote text=${QUOTE} attribution="One U.S. official"></pull-quote>`,
        );
        const block = await fixture<PullQuote>(
          html`<pull-quote variant="block" source="The Washington Post"><p>${QUOTE}</p></pull-quote>`,
        );
        expect(getComputedStyle(mustPart(pull, 'quote')).textAlign).to.equal('center');
        expect(getComputedStyle(mustPart(pull, 'attribution')).textAlign).to.equal('center');
        expect(getComputedStyle(mustPart(block, 'quote')).textAlign).to.be.oneOf(['start', 'left']);
        expect(getComputedStyle(mustPart(block, 'attribution')).textAlign).to.be.oneOf(['start', 'left']);
        expect(getComputedStyle(mustPart(block, 'quote')).fontStyle).to.equal('normal');
        // The opening mark stays upright in the theme's italic, so it reads as a quotation mark.
        expect(getComputedStyle(mustPart(pull, 'quote'), '::before').fontStyle).to.equal('normal');
      } finally {
        link.remove();
      }
    });

    it('colours the pull quote rule from --article-pull-quote-accent-color set on an ancestor', async () => {
      const plain = await fixture<PullQuote>(html`<pull-quote text="q"></pull-quote>`);
      expect(getComputedStyle(mustPart(plain, 'figure')).borderTopColor).to.not.equal(MARKER);
      const wrapper = await wrap(
        html`<div style="--article-pull-quote-accent-color: ${MARKER}"><pull-quote text="q"></pull-quote></div>`,
      );
      expect(getComputedStyle(mustPart(wrapper.querySelector('pull-quote')!, 'figure')).borderTopColor).to.equal(
        MARKER,
      );
    });
  });
});
