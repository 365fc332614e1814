import { expect } from '@open-wc/testing';
import corner from '../examples/the-corner.json';
import {
  allElements,
  articleRendered,
  horizontalOverflow,
  imageSettled,
  openPage,
  partOf,
  shownBox,
  words,
  type Page,
} from './frames.js';

/*
 * The reference article on a publisher page (tests/e2e/pages/hostile.html, script-tag bundle and
 * <news-article src>) under the CSS real publisher pages ship: the published resets, read from
 * node_modules, and rules of the kind old WordPress themes, content-box pages and large base font
 * sizes bring. At a small phone, a phone and a desktop width, in every engine.
 */
const SHEETS = ['none', 'tailwind', 'bootstrap', 'normalize', 'wordpress', 'content-box', 'large-font', 'all'] as const;
const WIDTHS = [320, 375, 1280] as const;

const page = (sheet: string, bundle = true) =>
  `/tests/e2e/pages/hostile.html?sheet=${sheet}${bundle ? '' : '&bundle=0'}`;
const pullquote = corner.body.find((b) => b.type === 'pullquote')!;
const blockquote = corner.body.find((b) => b.type === 'blockquote')!;
const post = corner.body.find((b) => b.type === 'tweet')!;

/** Computed styles that would show our CSS reaching the page's own markup. Sizes that follow layout are left out. */
const WATCHED = [
  'display',
  'box-sizing',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'text-decoration-line',
  'text-decoration-color',
  'text-decoration-thickness',
  'text-underline-offset',
  'quotes',
  'vertical-align',
  'float',
  'outline-style',
  'box-shadow',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-left-width',
  'border-left-style',
  'border-left-color',
  'border-radius',
  'color-scheme',
];

function hostStyles(p: Page): Record<string, string>[] {
  return Array.from(p.doc.querySelectorAll('html, body, [data-host]'), (el) => {
    const cs = p.win.getComputedStyle(el);
    return Object.fromEntries([['element', el.localName], ...WATCHED.map((name) => [name, cs.getPropertyValue(name)])]);
  });
}

/** `<span class="x" part="y">` in `<tweet-embed>`: enough to find an element in a failure message. */
function nameOf(el: Element): string {
  const attrs = ['part', 'slot', 'class', 'data-article-role']
    .map((a) => (el.hasAttribute(a) ? ` ${a}="${el.getAttribute(a)}"` : ''))
    .join('');
  const host = (el.getRootNode() as Partial<ShadowRoot>).host;
  return `<${el.localName}${attrs}>${host ? ` in <${host.localName}>` : ''}`;
}

/** Combinations that fail and are skipped until fixed (none at present). */
const LAYOUT_BUGS = new Set<string>();

const rect = (el: Element) => el.getBoundingClientRect();

const visible = (el: Element) => el.checkVisibility() && rect(el).width > 0 && rect(el).height > 0;

describe('on hostile publisher pages', function () {
  this.timeout(30000);
  let p: Page | undefined;
  afterEach(() => p?.close());

  for (const sheet of SHEETS) {
    describe(`with ${sheet === 'none' ? 'no page CSS' : `the ${sheet} stylesheet${sheet === 'all' ? 's together' : ''}`}`, () => {
      for (const width of WIDTHS) {
        it(`keeps the reference article whole at ${width}px`, async () => {
          p = await openPage(page(sheet), width);
          const article = await articleRendered(p);
          const column = rect(article);
          expect(p.report.errors, 'page errors').to.deep.equal([]);

          // The lead photo: loaded, shown, and no wider than the article's column.
          const figure = article.querySelector('[data-article-role="lead"]')!;
          const img = figure.querySelector<HTMLImageElement>(':scope > img')!;
          await imageSettled(img);
          expect(img.naturalWidth, 'lead photo loaded').to.be.greaterThan(0);
          expect(visible(img), 'lead photo shown').to.equal(true);
          expect(rect(img).width).to.be.at.most(column.width + 0.5);
          expect(rect(img).left).to.be.at.least(column.left - 0.5);
          expect(rect(img).right).to.be.at.most(column.right + 0.5);
          // Its box keeps the photo's shape (1200 × 800).
          expect(rect(img).width / rect(img).height).to.be.closeTo(1.5, 0.02);

          expect(horizontalOverflow(p.doc), 'horizontal overflow').to.equal(0);
          for (const el of allElements(article)) {
            const box = shownBox(el);
            if (box.width === 0) continue;
            expect(box.right, `${nameOf(el)} ends past the viewport`).to.be.at.most(width + 0.5);
            expect(box.left, `${nameOf(el)} starts before the viewport`).to.be.at.least(-0.5);
          }

          // The headline is set as a headline, larger than the body copy, whatever the page does to h1.
          const header = article.querySelector('[data-article-role="header"]')!;
          const headline = partOf(header, 'headline');
          const body = article.querySelector(':scope > p')!;
          expect(words(headline.textContent + header.textContent)).to.include(words(corner.headline));
          expect(parseFloat(p.win.getComputedStyle(headline).fontSize)).to.be.greaterThan(
            parseFloat(p.win.getComputedStyle(body).fontSize) * 1.2,
          );

          // Pull quote, block quote and the post card: shown, with their text.
          const [block, pull] = Array.from(article.querySelectorAll('[data-article-role="quote"]'));
          expect(block.getAttribute('variant')).to.equal('block');
          expect(visible(partOf(block, 'quote')), 'block quote shown').to.equal(true);
          expect(words(block.textContent)).to.include(words(blockquote.html!.split('</p>')[0]));
          expect(visible(partOf(pull, 'quote')), 'pull quote shown').to.equal(true);
          expect(words(pull.textContent)).to.include(words(pullquote.text));
          const postEl = article.querySelector('[data-article-role="post"]')!;
          expect(visible(partOf(postEl, 'card')), 'post card shown').to.equal(true);
          expect(words(postEl.textContent)).to.include(words(post.text));
          for (const el of [block, pull, postEl]) {
            const text = p.doc.createRange();
            text.selectNodeContents(el);
            expect(text.getBoundingClientRect().height, `text of <${el.localName}> laid out`).to.be.greaterThan(0);
          }
        });
        (LAYOUT_BUGS.has(`${sheet} ${width}`) ? it.skip : it)(
          `keeps its own layout at ${width}px: a gutter, one centred column, space between paragraphs`,
          async () => {
            p = await openPage(page(sheet), width);
            const article = await articleRendered(p);
            const column = rect(article);
            const [first, second] = Array.from(article.querySelectorAll(':scope > p'), rect);
            const headline = rect(partOf(article.querySelector('[data-article-role="header"]')!, 'headline'));
            const lead = rect(article.querySelector('[data-article-role="lead"]')!);
            const problems: string[] = [];
            const px = (n: number) => `${Math.round(n)}px`;
            // The gutter (--article-gutter, at least 1rem) keeps text off the edges of a phone's screen.
            if (first.left < 12 || width - first.right < 12)
              problems.push(`body copy runs from ${px(first.left)} to ${px(first.right)}: no gutter`);
            // Headline, lead photo and body copy are centred in the element, on one axis.
            for (const [name, box] of [
              ['body copy', first],
              ['headline', headline],
              ['lead photo', lead],
            ] as const) {
              const before = box.left - column.left;
              const after = column.right - box.right;
              if (Math.abs(before - after) > 1)
                problems.push(`${name} not centred: ${px(before)} before, ${px(after)} after`);
            }
            if (second.top - first.bottom < 8) problems.push(`paragraphs ${px(second.top - first.bottom)} apart`);
            expect(problems.join('; ')).to.equal('');
          },
        );
      }

      it('is a page that fits a 320px screen by itself (so any overflow above is ours)', async () => {
        p = await openPage(page(sheet, false), 320);
        expect(horizontalOverflow(p.doc)).to.equal(0);
      });

      it("leaves the page's own elements as they were", async () => {
        const styled = await openPage(page(sheet), 1280);
        await articleRendered(styled);
        const withOurs = hostStyles(styled);
        styled.close();
        p = await openPage(page(sheet, false), 1280);
        expect(p.doc.querySelector('news-article')!.shadowRoot, 'the bundle is not on this page').to.equal(null);
        expect(withOurs).to.deep.equal(hostStyles(p));
      });
    });
  }
});
