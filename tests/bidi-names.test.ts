// Names and labels from the data are isolated from the words around them: a name holding a
// right-to-left override (U+202E), or written right to left, reorders only itself, never the rest
// of the byline, the attribution or the caption line. Checked on the layout: each word after the
// name still stands after it on the line.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { NewsArticle } from '../src/index.js';
import { container, part } from './helpers.js';

const RLO = '\u202e';

/** The box of the first occurrence of `text` in `root`'s text, looking into shadow roots too. */
function box(root: Node, text: string): DOMRect {
  const roots: Node[] = [root];
  while (roots.length) {
    const node = roots.shift()!;
    if (node instanceof Text && node.data.includes(text)) {
      const range = document.createRange();
      const at = node.data.indexOf(text);
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range.getBoundingClientRect();
    }
    if (node instanceof Element && node.shadowRoot) roots.push(node.shadowRoot);
    roots.push(...Array.from(node.childNodes));
  }
  throw new Error(`"${text}" not found`);
}

/** Each of `words` stands after the one before it on the same line (left to right). */
function inOrder(root: Node, words: string[]): void {
  const boxes = words.map((w) => box(root, w));
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [boxes[i - 1], boxes[i]];
    expect(b.top < a.bottom && a.top < b.bottom, `"${words[i]}" on the line of "${words[i - 1]}"`).to.equal(true);
    expect(boxes[i].left, `"${words[i]}" after "${words[i - 1]}"`).to.be.at.least(boxes[i - 1].right - 1);
  }
}

/** A wide box, so that each line under test fits on one line. */
const wide = () => {
  const box = container();
  box.style.inlineSize = '1400px';
  return box;
};

describe('names with a right-to-left override', () => {
  it('keep the rest of the byline in order (news-article, light DOM)', async () => {
    const el = document.createElement('news-article') as NewsArticle;
    el.article = {
      headline: 'A headline',
      authors: [{ name: `${RLO}Evil Name` }, { name: 'Jane Roe' }],
      body: [{ type: 'paragraph', html: 'Text.' }],
    };
    const loaded = new Promise((resolve) => el.addEventListener('load', resolve));
    wide().append(el);
    await loaded;
    const byline = el.querySelector('[slot="byline"]')!;
    inOrder(byline, ['By', 'Evil Name', 'and', 'Jane', 'Roe']);
    expect(box(byline, 'Evil Name').width, 'the name is shown').to.be.greaterThan(0);
  });

  it('keep the rest of the byline in order (article-header, from its authors)', async () => {
    const box = wide();
    const header = await fixture<HTMLElement>(
      html`<article-header
        headline="A headline"
        .authors=${[{ name: `${RLO}Evil Name` }, { name: 'Jane Roe' }]}
      ></article-header>`,
      { parentNode: box },
    );
    inOrder(part(header, 'byline')!, ['By', 'Evil Name', 'and', 'Jane', 'Roe']);
  });

  it('keep the source after the attribution in order (pull-quote)', async () => {
    const box = wide();
    const quote = await fixture<HTMLElement>(
      html`<pull-quote text="Words." attribution=${`${RLO}One official`} source="The Daily Paper"></pull-quote>`,
      { parentNode: box },
    );
    inOrder(part(quote, 'attribution')!, ['One official', 'The', 'Daily', 'Paper']);
  });

  it('keep the credit after the caption in order (photo-figure, credit set inline by the page)', async () => {
    const box = wide();
    const figure = await fixture<HTMLElement>(
      html`<photo-figure
        src="/examples/the-corner-lead.svg"
        alt="A lectern"
        width="1200"
        height="800"
        caption=${`${RLO}A caption`}
        credit="Credit Name"
      ></photo-figure>`,
      { parentNode: box },
    );
    const style = document.createElement('style');
    style.textContent = 'photo-figure::part(credit) { display: inline; margin-inline-start: 0.5em; }';
    box.append(style);
    inOrder(part(figure, 'caption')!, ['A caption', 'Credit', 'Name']);
  });

  it('are isolated wherever a name or label sits in a line: table source, post, bio, header labels', async () => {
    const el = document.createElement('news-article') as NewsArticle;
    el.article = {
      headline: 'A headline',
      section: `${RLO}Section`,
      category: 'Category',
      authors: [{ name: `${RLO}Author`, role: `${RLO}Role` }],
      body: [
        { type: 'table', rows: [['1']], source: { name: `${RLO}Evil Source` } },
        { type: 'tweet', text: 'A post.', author: { name: `${RLO}Poster`, handle: 'poster' } },
      ],
    } as never;
    const loaded = new Promise((resolve) => el.addEventListener('load', resolve));
    wide().append(el);
    await loaded;
    const source = el.querySelector('[data-article-role="table"] figcaption')!;
    expect(source.querySelector('bdi')?.textContent).to.equal(`${RLO}Evil Source`);
    expect(source.textContent!.trim()).to.equal(`Source: ${RLO}Evil Source`);
    const isolated = (host: Element, name: string) =>
      expect(getComputedStyle(part(host, name)!).unicodeBidi, `<${host.localName}> part ${name}`).to.equal('isolate');
    const post = el.querySelector('tweet-embed')!;
    await (post as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    isolated(post, 'name');
    isolated(post, 'handle');
    expect(getComputedStyle(post.querySelector('[slot="author"]')!).unicodeBidi).to.equal('isolate');
    const bio = el.querySelector('author-bio')!;
    isolated(bio, 'name');
    isolated(bio, 'role');
    const header = el.querySelector('article-header')!;
    isolated(header, 'section');
    isolated(header, 'category');
  });
});
