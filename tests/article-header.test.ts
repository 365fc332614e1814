import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ArticleHeader } from '../src/index.js';
import { captureWarnings, isHidden, MARKER, mustPart, part, shownText, wrap } from './helpers.js';

const QUINN = { name: 'Jimmy Quinn', url: 'https://www.nationalreview.com/author/jimmy-quinn/' };
const HEADLINE = 'Biden Admin Pressures Ukraine to Signal Openness to Talks with Putin: Report';

describe('<article-header>', () => {
  describe('accessibility', () => {
    it('passes axe with every part filled', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header
          section="The Corner"
          section-href="https://www.nationalreview.com/corner/"
          category="World"
          headline=${HEADLINE}
          dek="Kyiv maintains there is nothing to discuss under Putin."
          .authors=${[QUINN, { name: 'Jane Roe' }]}
          published="2022-11-05T12:00:00Z"
          modified="2022-11-06T12:00:00Z"
        ></article-header>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe when empty', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header></article-header>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults and reflection', () => {
    it('renders the headline as an h1 and reflects heading-level="1"', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header headline="Hi"></article-header>`);
      expect(el.headingLevel).to.equal(1);
      expect(el.getAttribute('heading-level')).to.equal('1');
      expect(mustPart(el, 'headline').localName).to.equal('h1');
      expect(el.authors).to.deep.equal([]);
    });

    it('uses the heading element named by heading-level', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header heading-level="2" headline="Hi"></article-header>`);
      expect(el.headingLevel).to.equal(2);
      expect(mustPart(el, 'headline').localName).to.equal('h2');
      expect(shownText(mustPart(el, 'headline'))).to.equal('Hi');
    });

    it('reflects a headingLevel set as a property and re-renders the heading', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header headline="Hi"></article-header>`);
      el.headingLevel = 3;
      await el.updateComplete;
      expect(el.getAttribute('heading-level')).to.equal('3');
      expect(mustPart(el, 'headline').localName).to.equal('h3');
      expect(el.shadowRoot!.querySelectorAll('h1, h2, h4, h5, h6')).to.have.length(0);
    });

    it('updates an h3 headline in place when the text changes (one template per level, reused)', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header heading-level="3" headline="Hi"></article-header>`);
      const heading = mustPart(el, 'headline');
      el.headline = 'Hello';
      await el.updateComplete;
      expect(mustPart(el, 'headline')).to.equal(heading);
      expect(shownText(heading)).to.equal('Hello');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(mustPart(el, 'headline').localName).to.equal('h4');
      el.headingLevel = 3;
      await el.updateComplete;
      expect(mustPart(el, 'headline').localName).to.equal('h3');
      expect(shownText(mustPart(el, 'headline'))).to.equal('Hello');
    });

    it('clamps an out-of-range heading-level to h1–h6', async () => {
      const high = await fixture<ArticleHeader>(html`<article-header heading-level="9"></article-header>`);
      expect(mustPart(high, 'headline').localName).to.equal('h6');
      const junk = await fixture<ArticleHeader>(html`<article-header heading-level="abc"></article-header>`);
      expect(mustPart(junk, 'headline').localName).to.equal('h1');
    });

    it('shows the authors as "By A and B" in English', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header .authors=${[QUINN, { name: 'Jane Roe' }]}></article-header>`,
      );
      expect(shownText(mustPart(el, 'byline'))).to.equal('By Jimmy Quinn and Jane Roe');
      const link = mustPart(el, 'byline').querySelector('a')!;
      expect(link.textContent).to.equal('Jimmy Quinn');
      expect(link.getAttribute('href')).to.equal(QUINN.url);
    });

    it('lists three authors with the serial comma of en', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header
          .authors=${[{ name: 'A. One' }, { name: 'B. Two' }, { name: 'C. Three' }]}
        ></article-header>`,
      );
      expect(shownText(mustPart(el, 'byline'))).to.equal('By A. One, B. Two, and C. Three');
    });

    it('writes the byline and dates in the language of the nearest lang', async () => {
      const wrapper = await wrap(
        html`<div lang="de">
          <article-header .authors=${[QUINN, { name: 'Jane Roe' }]} published="2022-11-05"></article-header>
        </div>`,
      );
      const el = wrapper.querySelector('article-header')!;
      expect(shownText(mustPart(el, 'byline'))).to.equal('Von Jimmy Quinn und Jane Roe');
      expect(shownText(mustPart(el, 'published'))).to.equal('5. November 2022');
    });

    it('reads authors given as JSON in the attribute', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header authors='[{"name":"Jimmy Quinn"}]'></article-header>`,
      );
      expect(shownText(mustPart(el, 'byline'))).to.equal('By Jimmy Quinn');
    });

    it('does not link an author whose url is unsafe', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header .authors=${[{ name: 'Mallory', url: 'javascript:alert(1)' }]}></article-header>`,
      );
      expect(shownText(mustPart(el, 'byline'))).to.equal('By Mallory');
      expect(mustPart(el, 'byline').querySelector('a')).to.equal(null);
    });

    it('writes published as <time datetime> formatted with Intl', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header published="2022-11-05"></article-header>`);
      const time = mustPart(el, 'published');
      expect(time.localName).to.equal('time');
      expect(time.getAttribute('datetime')).to.equal('2022-11-05');
      expect(time.textContent).to.equal('November 5, 2022');
    });

    it('includes the time of day for a date-time', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header published="2022-11-05T12:00:00Z"></article-header>`);
      const time = mustPart(el, 'published');
      expect(time.getAttribute('datetime')).to.equal('2022-11-05T12:00:00Z');
      // The hour depends on the machine's time zone; the date and an "at h:mm" do not.
      expect(time.textContent).to.match(/^November 5, 2022 at \d{1,2}:\d{2}\s?[AP]M$/);
    });

    it('adds an "Updated" note only when modified differs from published', async () => {
      const same = await fixture<ArticleHeader>(
        html`<article-header published="2022-11-05" modified="2022-11-05"></article-header>`,
      );
      expect(part(same, 'updated')).to.equal(null);
      const later = await fixture<ArticleHeader>(
        html`<article-header published="2022-11-05" modified="2022-11-06"></article-header>`,
      );
      expect(shownText(mustPart(later, 'updated'))).to.equal('Updated November 6, 2022');
      expect(mustPart(later, 'updated').querySelector('time')!.getAttribute('datetime')).to.equal('2022-11-06');
    });
  });

  describe('when text comes from attributes', () => {
    it('fills section, category, headline and dek', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header
          section="The Corner"
          section-href="https://www.nationalreview.com/corner/"
          category="World"
          headline=${HEADLINE}
          dek="A dek."
        ></article-header>`,
      );
      expect(shownText(mustPart(el, 'section'))).to.equal('The Corner');
      expect(mustPart(el, 'section').querySelector('a')!.getAttribute('href')).to.equal(
        'https://www.nationalreview.com/corner/',
      );
      expect(shownText(mustPart(el, 'category'))).to.equal('World');
      expect(mustPart(el, 'category').querySelector('a')).to.equal(null);
      expect(shownText(mustPart(el, 'headline'))).to.equal(HEADLINE);
      expect(shownText(mustPart(el, 'dek'))).to.equal('A dek.');
      for (const name of ['kicker', 'section', 'category', 'dek'])
        expect(isHidden(mustPart(el, name)), name).to.equal(false);
    });
  });

  describe('when text comes from slots', () => {
    it('shows slotted content instead of the attribute of the same name', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header
          section="Attr section"
          category="Attr category"
          headline="Attr headline"
          dek="Attr dek"
          .authors=${[{ name: 'Attr Author' }]}
          published="2022-11-05"
        >
          <a slot="section" href="/corner/">The Corner</a>
          <span slot="category">World</span>
          <span slot="headline">Slotted <em>headline</em></span>
          <span slot="dek">Slotted dek</span>
          <span slot="byline">By <a href="/jq">Jimmy Quinn</a></span>
          <span slot="dateline">Nov. 5</span>
        </article-header>`,
      );
      expect(shownText(mustPart(el, 'section'))).to.equal('The Corner');
      expect(shownText(mustPart(el, 'category'))).to.equal('World');
      expect(shownText(mustPart(el, 'headline'))).to.equal('Slotted headline');
      expect(shownText(mustPart(el, 'dek'))).to.equal('Slotted dek');
      expect(shownText(mustPart(el, 'byline'))).to.equal('By Jimmy Quinn');
      expect(shownText(mustPart(el, 'dateline'))).to.equal('Nov. 5');
    });

    it('shows wrappers for slotted content with no attribute', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header>
          <span slot="category">World</span>
          <span slot="dek">Slotted dek</span>
          <span slot="byline">By Jimmy Quinn</span>
        </article-header>`,
      );
      expect(isHidden(mustPart(el, 'kicker'))).to.equal(false);
      expect(isHidden(mustPart(el, 'section'))).to.equal(true);
      expect(isHidden(mustPart(el, 'category'))).to.equal(false);
      expect(isHidden(mustPart(el, 'dek'))).to.equal(false);
      expect(isHidden(mustPart(el, 'meta'))).to.equal(false);
      expect(isHidden(mustPart(el, 'byline'))).to.equal(false);
      expect(isHidden(mustPart(el, 'dateline'))).to.equal(true);
    });

    it('shows the dek wrapper once dek content is added later', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header headline="Hi"></article-header>`);
      expect(isHidden(mustPart(el, 'dek'))).to.equal(true);
      const dek = document.createElement('span');
      dek.slot = 'dek';
      dek.textContent = 'Arrived late';
      el.append(dek);
      await aTimeout(0); // slotchange is delivered as a microtask after the mutation
      await el.updateComplete;
      expect(isHidden(mustPart(el, 'dek'))).to.equal(false);
      expect(shownText(mustPart(el, 'dek'))).to.equal('Arrived late');
    });
  });

  describe('parts', () => {
    it('exposes every documented part', async () => {
      const el = await fixture<ArticleHeader>(
        html`<article-header
          section="S"
          category="C"
          headline="H"
          dek="D"
          .authors=${[{ name: 'A' }]}
          published="2022-11-05"
          modified="2022-11-06"
        ></article-header>`,
      );
      for (const name of [
        'header',
        'kicker',
        'section',
        'category',
        'headline',
        'dek',
        'meta',
        'byline',
        'dateline',
        'published',
        'updated',
      ]) {
        expect(part(el, name), name).to.not.equal(null);
      }
      expect(mustPart(el, 'header').localName).to.equal('header');
      expect(mustPart(el, 'byline').localName).to.equal('address');
    });
  });

  describe('when empty', () => {
    it('renders without throwing and hides every empty wrapper', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header></article-header>`);
      expect(mustPart(el, 'headline').localName).to.equal('h1');
      expect(shownText(mustPart(el, 'headline'))).to.equal('');
      for (const name of ['kicker', 'dek', 'meta', 'byline', 'dateline'])
        expect(isHidden(mustPart(el, name)), name).to.equal(true);
      expect(part(el, 'published')).to.equal(null);
      expect(part(el, 'updated')).to.equal(null);
    });

    it('draws nothing and takes no space: no rule', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header></article-header>`);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(isHidden(mustPart(el, 'header'))).to.equal(true);
      const dated = await fixture<ArticleHeader>(html`<article-header published="2022-11-05"></article-header>`);
      expect(dated.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('hides the heading when there is no headline', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header></article-header>`);
      expect(isHidden(mustPart(el, 'headline'))).to.equal(true);
    });

    it('ignores authors that are not a list or have no name', async () => {
      const el = await fixture<ArticleHeader>(html`<article-header .authors=${'nobody' as never}></article-header>`);
      expect(isHidden(mustPart(el, 'byline'))).to.equal(true);
    });
  });

  describe('when a date is invalid', () => {
    it('warns and leaves the date out', async () => {
      let el!: ArticleHeader;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ArticleHeader>(html`<article-header published="not a date"></article-header>`);
      });
      expect(warnings).to.include('article-header: published "not a date" is not a valid date, left out');
      expect(el.shadowRoot!.querySelector('time')).to.equal(null);
      expect(isHidden(mustPart(el, 'dateline'))).to.equal(true);
      expect(isHidden(mustPart(el, 'meta'))).to.equal(true);
    });

    it('keeps a valid published date when only modified is invalid', async () => {
      let el!: ArticleHeader;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ArticleHeader>(
          html`<article-header published="2022-11-05" modified="2022-13-45"></article-header>`,
        );
      });
      expect(warnings).to.include('article-header: modified "2022-13-45" is not a valid date, left out');
      expect(mustPart(el, 'published').getAttribute('datetime')).to.equal('2022-11-05');
      expect(part(el, 'updated')).to.equal(null);
    });
  });

  describe('theming', () => {
    it('colours the section label from --article-header-section-color set on an ancestor', async () => {
      const plain = await fixture<ArticleHeader>(html`<article-header section="The Corner"></article-header>`);
      expect(getComputedStyle(mustPart(plain, 'section')).color).to.not.equal(MARKER);
      const wrapper = await wrap(
        html`<div style="--article-header-section-color: ${MARKER}">
          <article-header section="The Corner"></article-header>
        </div>`,
      );
      const el = wrapper.querySelector('article-header')!;
      expect(getComputedStyle(mustPart(el, 'section')).color).to.equal(MARKER);
    });
  });
});
