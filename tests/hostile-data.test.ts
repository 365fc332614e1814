// Input that runs no script but would take the article down, freeze the reader's tab or reach past
// the data: HTML nested thousands deep, fields and articles too large, a block whose elements
// throw while rendering, a page whose Object.prototype was polluted, and a pull quote with no word
// in it. Whatever arrives, the article renders what it can, each problem is one warning naming its
// JSON path, and nothing is read from anywhere but the data.
import { expect } from '@open-wc/testing';
import { render as litRender } from 'lit';
import '../src/define.js';
import {
  defineArticleElements,
  defineBlock,
  html as blockHtml,
  normalizeArticle,
  type NewsArticle,
} from '../src/index.js';
import { articleTemplate } from '../src/article/render.js';
import { captureWarnings, container, squash } from './helpers.js';

/** Connects a <news-article> showing `article`; resolves once it fired `load` or `error`. */
async function show(article: unknown): Promise<{ el: NewsArticle; warnings: string[]; events: string[] }> {
  const el = document.createElement('news-article') as NewsArticle;
  const events: string[] = [];
  const warnings = await captureWarnings(async () => {
    const done = new Promise<void>((resolve) => {
      el.addEventListener('load', () => (events.push('load'), resolve()));
      el.addEventListener('error', (e) => (events.push(`error: ${(e as ErrorEvent).message}`), resolve()));
    });
    el.article = article as never;
    container().append(el);
    await done;
    await el.updateComplete;
  });
  return { el, warnings, events };
}

/** How deep elements nest under `root`, walked without recursion. */
function depth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    for (const child of Array.from(node.childNodes))
      if (child.nodeType === Node.ELEMENT_NODE) stack.push([child, d + 1]);
  }
  return deepest;
}

describe('<news-article> with hostile and huge input', () => {
  describe('when an HTML field nests thousands deep', () => {
    it('renders it at most 32 deep, its text kept, with one warning naming the path', async function () {
      this.timeout(60000);
      const { el, warnings, events } = await show({
        headline: 'Deep',
        body: [
          { type: 'paragraph', html: `${'<i>'.repeat(2400)}unclosed italics` },
          { type: 'paragraph', html: `${'<b>'.repeat(10000)}nested bold${'</b>'.repeat(10000)}` },
          { type: 'paragraph', html: 'After them.' },
        ],
      });
      expect(events).to.deep.equal(['load']);
      const paragraphs = Array.from(el.querySelectorAll(':scope > p'));
      expect(paragraphs.map((p) => squash(p.textContent))).to.deep.equal([
        'unclosed italics',
        'nested bold',
        'After them.',
      ]);
      for (const p of paragraphs) expect(depth(p), 'elements nested in a paragraph').to.be.at.most(32);
      expect(paragraphs[0].querySelectorAll('i').length, 'the italics kept, to the limit').to.equal(32);
      for (const path of ['body[0].html', 'body[1].html'])
        expect(
          warnings.filter((w) => w.startsWith(`news-article: ${path}: elements nest deeper than 32`)),
          path,
        ).to.have.length(1);
    });

    it('keeps markup nested within the limit as it was, in order', () => {
      const html = 'A <b>bold <i>and</i></b> <a href="/x" title="a > b">link</a> <em>x<br>y</em>';
      const { article, problems } = normalizeArticle({ headline: 'h', body: [{ type: 'paragraph', html }] });
      expect(problems).to.deep.equal([]);
      expect((article!.body[0] as { html: string }).html).to.equal(html);
    });
  });

  describe('when a field or the article is too large', () => {
    it('leaves out a field longer than 100,000 characters, with a warning, and renders the rest', async () => {
      const { el, warnings, events } = await show({
        headline: 'Huge',
        body: [
          { type: 'paragraph', html: 'x'.repeat(100001) },
          { type: 'paragraph', html: 'The rest.' },
        ],
      });
      expect(events).to.deep.equal(['load']);
      expect(Array.from(el.querySelectorAll(':scope > p'), (p) => p.textContent)).to.deep.equal(['The rest.']);
      expect(warnings).to.include(
        'news-article: body[0].html: 100,001 characters, more than the limit of 100,000; left out',
      );
    });

    it('refuses an article of more than 5,000 blocks with a message that says so', async function () {
      this.timeout(60000);
      const body = Array.from({ length: 5001 }, () => ({ type: 'paragraph', html: 'x' }));
      const { el, events } = await show({ headline: 'Too long', body });
      expect(events).to.deep.equal([
        'error: body: 5,001 blocks, more than the limit of 5,000; the article is not rendered',
      ]);
      expect(el.querySelector(':scope > p')).to.equal(null);
    });

    it('takes other limits as an option of normalizeArticle', () => {
      const input = { headline: 'h', body: [{ type: 'paragraph', html: '<b><b><b>deep</b></b></b>' }] };
      const { article, problems } = normalizeArticle(input, { limits: { depth: 2, field: 30 } });
      // The third end tag closes nothing: the parser ignores it, as it would have.
      expect((article!.body[0] as { html: string }).html).to.equal('<b><b>deep</b></b></b>');
      expect(problems.map((p) => [p.path, p.code])).to.deep.equal([['body[0].html', 'too-deep']]);
      const tooMuch = normalizeArticle(input, { limits: { text: 10 } });
      expect(tooMuch.article).to.equal(undefined);
      expect(tooMuch.problems.map((p) => p.code)).to.deep.equal(['too-large']);
    });
  });

  describe('when a piece cannot be rendered', () => {
    it('leaves out a block whose elements throw while rendering, and a publisher normalizer that throws', async () => {
      customElements.define(
        'x-hostile-setter',
        class extends HTMLElement {
          set boom(_: unknown) {
            throw new Error('the setter threw');
          }
        },
      );
      defineBlock('throws-in-dom', { render: () => blockHtml`<x-hostile-setter .boom=${1}></x-hostile-setter>` });
      defineBlock('throws-reading', {
        normalize: () => {
          throw new Error('the normalizer threw');
        },
        render: () => blockHtml`<p>never</p>`,
      });
      defineBlock('throws-counting', {
        text: () => {
          throw new Error('text() threw');
        },
        render: () => blockHtml`<p data-counted>counted</p>`,
      });
      const { el, warnings, events } = await show({
        headline: 'Still here',
        body: [
          { type: 'paragraph', html: 'Before.' },
          { type: 'throws-in-dom' },
          { type: 'throws-reading' },
          { type: 'throws-counting' },
          { type: 'paragraph', html: 'After.' },
        ],
      });
      expect(events).to.deep.equal(['load']);
      expect(Array.from(el.querySelectorAll(':scope > p'), (p) => p.textContent)).to.deep.equal([
        'Before.',
        'counted',
        'After.',
      ]);
      expect(warnings.filter((w) => w.startsWith('news-article: body[1]: '))).to.have.length(1);
      expect(warnings.find((w) => w.startsWith('news-article: body[1]: '))).to.match(/the setter threw/);
      expect(warnings).to.include(
        'news-article: body[2]: throws-reading block could not be read (the normalizer threw), skipped',
      );
    });

    it('leaves out only the header, the lead photo or the bio whose template throws', () => {
      const { article } = normalizeArticle({
        headline: 'A headline',
        image: { src: '/lead.jpg', alt: 'Lead', width: 3, height: 2 },
        authors: [{ name: 'A. Writer' }, { name: 'B. Writer' }],
        body: [{ type: 'paragraph', html: 'Body text.' }],
      });
      const broken = (object: object, key: string) =>
        Object.defineProperty(object, key, {
          get() {
            throw new Error(`no ${key}`);
          },
        });
      broken(article!, 'headline');
      broken(article!.image!, 'src');
      broken(article!.authors![0], 'name');
      const warned: string[] = [];
      const box = container();
      litRender(
        articleTemplate(article!, {
          lang: 'en',
          sanitize: (markup) => markup,
          warn: (path, message) => warned.push(`${path}: ${message}`),
        }),
        box,
      );
      expect(warned).to.deep.equal([
        '$: the header could not be rendered (no headline); left out',
        'image: the photo could not be rendered (no src); left out',
        'authors[0]: the author bio could not be rendered (no name); left out',
      ]);
      expect(box.querySelector('article-header')).to.equal(null);
      expect(box.querySelector('photo-figure')).to.equal(null);
      expect(Array.from(box.querySelectorAll('author-bio'), (b) => b.getAttribute('name'))).to.deep.equal([
        'B. Writer',
      ]);
      expect(squash(box.textContent)).to.include('Body text.');
    });
  });

  describe('when Object.prototype is polluted', () => {
    /** Runs `fn` with `values` inherited by every object, as a polluting bug elsewhere on the page leaves them. */
    async function polluted<T>(values: Record<string, unknown>, fn: () => Promise<T> | T): Promise<T> {
      for (const [key, value] of Object.entries(values))
        Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
      try {
        return await fn();
      } finally {
        for (const key of Object.keys(values)) delete (Object.prototype as Record<string, unknown>)[key];
      }
    }

    it('reads only the data’s own properties', async () => {
      const { el } = await polluted(
        {
          html: 'POLLUTED html',
          name: 'POLLUTED name',
          text: 'POLLUTED text',
          caption: 'POLLUTED caption',
          author: { name: 'POLLUTED author' },
          items: ['POLLUTED item'],
          rows: [['POLLUTED cell']],
        },
        () =>
          show({
            headline: 'Clean',
            authors: [{ url: 'https://example.com/nobody' }],
            body: [
              { type: 'paragraph', html: 'Only this.' },
              { type: 'paragraph' },
              { type: 'pullquote' },
              { type: 'list' },
              { type: 'table' },
              { type: 'tweet', text: 'A post.' },
              { type: 'image', src: '/examples/the-corner-lead.svg', alt: 'A photo', width: 3, height: 2 },
            ],
          }),
      );
      expect(el.textContent).to.not.include('POLLUTED');
      expect(el.innerHTML).to.not.include('POLLUTED');
      expect(el.querySelectorAll(':scope > p').length).to.equal(1);
      expect(el.querySelector('tweet-embed')?.getAttribute('author-name'), 'a post without its author').to.equal('');
    });

    it('reads only own properties of options: the prefix, normalizeArticle’s and defineBlock’s', async () => {
      const tags = await polluted({ prefix: 'polluted' }, () => defineArticleElements());
      expect(tags.article).to.equal('news-article');
      expect(customElements.get('polluted-news-article')).to.equal(undefined);

      const { problems } = await polluted({ knownTypes: ['smuggled'] }, () =>
        normalizeArticle({ headline: 'h', body: [{ type: 'smuggled' }] }),
      );
      expect(problems.map((p) => p.code)).to.deep.equal(['unknown-block']);

      defineBlock('plain-block', { render: () => blockHtml`<p>plain</p>` });
      const result = await polluted({ normalize: 'not a function', text: 'not a function' }, () =>
        normalizeArticle({ headline: 'h', body: [{ type: 'plain-block', size: 1 }] }),
      );
      expect(result.problems).to.deep.equal([]);
      expect(result.article!.body).to.deep.equal([{ type: 'plain-block', size: 1 }]);
    });
  });

  describe('when a pull quote has no word in it', () => {
    it('does not mark a quote of emoji or punctuation as repeating the body', async () => {
      const { el } = await show({
        headline: 'Reactions',
        body: [
          { type: 'paragraph', html: 'Readers answered with ❤️ and 👍🏽, and little else.' },
          { type: 'pullquote', text: '👍🏽 ❤️ !!!' },
          { type: 'pullquote', text: '…' },
        ],
      });
      for (const quote of Array.from(el.querySelectorAll('pull-quote'))) {
        expect(quote.hasAttribute('repeated'), quote.textContent!).to.equal(false);
        expect(quote.getAttribute('aria-hidden'), quote.textContent!).to.equal(null);
      }
    });
  });
});
