import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import {
  defineBlock,
  html as blockHtml,
  type Article,
  type Block,
  type ListItem,
  type NewsArticle,
  type Photo,
  type Reader,
} from '../src/index.js';
import everyBlock from '../examples/every-block.json';
import { allElements } from './frames.js';
import { captureWarnings, squash } from './helpers.js';

/*
 * Every block type Article JSON knows, through the npm modules (src/define.ts): the sample article
 * examples/every-block.json rendered whole, its markup, its layout on a small screen, axe, the
 * structured data, and blocks of the publisher's own made with defineBlock.
 */

const asset = (name: string) => new URL(`/examples/${name}`, location.href).href;

/** The every-block sample with its images pointed at the files the test server has. */
function sample(): Article {
  const article = structuredClone(everyBlock) as unknown as Article;
  const fix = (photo: Photo | undefined) => photo && (photo.src = asset(photo.src));
  fix(article.image);
  for (const block of article.body) {
    if (block.type === 'image') fix(block);
    if (block.type === 'link') fix(block.image);
    if (block.type === 'embed') fix(block.fallback);
    if (block.type === 'gallery') block.images.forEach(fix);
  }
  return article;
}

/** The sample's blocks of one type, in body order. */
const blocksOf = <T extends Block['type']>(type: T) =>
  (everyBlock as unknown as Article).body.filter((b): b is Extract<Block, { type: T }> => b.type === type);

const render = (article: Article = sample(), headingLevel = 1) =>
  fixture<NewsArticle>(html`<news-article heading-level=${headingLevel} .article=${article}></news-article>`);

/** Text of an HTML field as a reader gets it, tags dropped. */
const textOf = (markup: string) => squash(new DOMParser().parseFromString(markup, 'text/html').body.textContent);

/** The paragraphs and list items of an HTML field, or the whole field when it has none. */
function leaves(markup: string): string[] {
  const body = new DOMParser().parseFromString(markup, 'text/html').body;
  const found = Array.from(body.querySelectorAll('p, li'), (n) => squash(n.textContent));
  return found.length ? found : [squash(body.textContent)];
}

const itemTexts = (items: ListItem[]): string[] =>
  items.flatMap((item) => (typeof item === 'string' ? [textOf(item)] : [textOf(item.html), ...itemTexts(item.items)]));

/** What a reader must find of a block, in the order it must come. */
function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [textOf(block.html)];
    case 'heading':
      return [block.text];
    case 'blockquote':
      return [...leaves(block.html), block.source?.name ?? ''];
    case 'pullquote':
      return [block.text, block.attribution ?? ''];
    case 'tweet':
      return [block.text, block.author.name];
    case 'image':
      return [block.caption ?? '', block.credit ?? ''];
    case 'list':
      return itemTexts(block.items);
    case 'table':
      return [
        block.caption ?? '',
        ...(block.head ?? []).flat().map(textOf),
        ...block.rows.flat().map(textOf),
        block.source?.name ?? '',
      ];
    case 'code':
      return [block.text];
    case 'divider':
      return [];
    case 'callout':
      return [block.label ?? '', block.title ?? '', ...leaves(block.html)];
    case 'correction':
      return [block.kind === 'update' ? 'Update' : 'Correction', ...leaves(block.html)];
    case 'link':
      return [block.kicker ?? '', block.headline];
    case 'video':
      return [block.title, block.caption ?? '', block.credit ?? ''];
    case 'embed':
      return [block.title, block.caption ?? '', block.credit ?? ''];
    case 'post':
      return [block.text, block.author.name, ...(block.quoted ? [block.quoted.text, block.quoted.author.name] : [])];
    case 'gallery':
      return [
        ...block.images.flatMap((p) => [p.caption ?? '', p.credit ?? '']),
        block.caption ?? '',
        block.credit ?? '',
      ];
    default:
      throw new Error(`the sample gained a ${(block as Block).type} block: add its text fields here`);
  }
}

/** Every text of the sample, in reading order, with the JSON path it comes from. */
function readingOrder(a: Article): [string, string][] {
  const pieces: [string, string][] = [
    ['section', a.section!.name],
    ['category', a.category!.name],
    ['headline', a.headline],
    ['dek', a.dek!],
    ...a.authors!.map((author, i): [string, string] => [`authors[${i}].name (byline)`, author.name]),
    ['image.caption', a.image!.caption!],
    ['image.credit', a.image!.credit!],
  ];
  a.body.forEach((block, i) => blockTexts(block).forEach((text) => pieces.push([`body[${i}] (${block.type})`, text])));
  a.authors!.forEach((author, i) =>
    pieces.push(
      [`authors[${i}].name`, author.name],
      [`authors[${i}].role`, author.role!],
      [`authors[${i}].bio`, author.bio!],
    ),
  );
  return pieces.filter(([, text]) => text !== '').map(([path, text]) => [path, squash(text)]);
}

/** The words in `el`'s light DOM, as a reader mode or crawler takes them: scripts (JSON-LD) left out. */
const lightText = (el: Element): string => squash(lightWords(el));
const lightWords = (node: Node): string =>
  node instanceof Text
    ? node.data
    : node instanceof Element && !(node instanceof HTMLScriptElement)
      ? Array.from(node.childNodes, lightWords).join('')
      : '';

const NUMERIC_COLUMNS = [false, true, true, true, true, false];

describe('every block type', () => {
  describe('when given the every-block sample', () => {
    it('puts every word of every block in the light DOM, in reading order, and nothing else', async () => {
      const el = await render();
      const light = lightText(el);
      let at = 0;
      const between: string[] = [];
      for (const [path, text] of readingOrder(sample())) {
        const found = light.indexOf(text, at);
        expect(found, `${path}: "${text.slice(0, 60)}" after what comes before it`).to.be.at.least(0);
        between.push(light.slice(at, found));
        at = found + text.length;
      }
      between.push(light.slice(at));
      // Only the built-in words are left: the byline's, the correction dates and the table's source label.
      expect(squash(between.join(' '))).to.equal('By and March 18, 2026 Source: March 19, 2026');
    });

    it('renders lists as ul and ol with li, a nested list inside its li, and the start number', async () => {
      const el = await render();
      const [bullets, numbered] = blocksOf('list');
      const lists = el.querySelectorAll(':scope > [data-article-role="list"]');
      expect(Array.from(lists, (l) => l.localName)).to.deep.equal(['ul', 'ol']);
      const items = lists[0].querySelectorAll(':scope > li');
      expect(items.length).to.equal(bullets.items.length);
      const parent = items[1];
      const nested = parent.querySelector(':scope > ul');
      expect(nested, 'nested list inside the second li').to.not.equal(null);
      expect(parent.querySelector(':scope > strong')!.textContent).to.equal('Station Road');
      const nestedItems = (bullets.items[1] as Exclude<ListItem, string>).items;
      expect(Array.from(nested!.querySelectorAll(':scope > li'), (li) => squash(li.textContent))).to.deep.equal(
        nestedItems.map((i) => textOf(i as string)),
      );
      expect(items[0].querySelector(':scope > strong')!.textContent).to.equal('Harmon Street');
      const ol = lists[1] as HTMLOListElement;
      expect(ol.getAttribute('start')).to.equal(String(numbered.start));
      expect(ol.start).to.equal(3);
      expect(Array.from(ol.querySelectorAll(':scope > li'), (li) => squash(li.textContent))).to.deep.equal(
        numbered.items as string[],
      );
    });

    it('renders the table with its caption, column headers, cells and source', async () => {
      const el = await render();
      const [block] = blocksOf('table');
      const figure = el.querySelector(':scope > figure[data-article-role="table"]')!;
      expect(figure, 'figure[data-article-role=table]').to.not.equal(null);
      const region = figure.querySelector(':scope > section')!;
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('aria-label')).to.equal(block.caption);
      const table = region.querySelector<HTMLTableElement>(':scope > table')!;
      expect(squash(table.caption?.textContent)).to.equal(block.caption);
      const heads = table.querySelectorAll(':scope > thead > tr > th');
      expect(Array.from(heads, (th) => th.textContent)).to.deep.equal(block.head![0]);
      expect(Array.from(heads, (th) => th.getAttribute('scope'))).to.deep.equal(block.head![0].map(() => 'col'));
      const rows = table.querySelectorAll(':scope > tbody > tr');
      expect(
        Array.from(rows, (tr) => Array.from(tr.children, (c) => `${c.localName}:${squash(c.textContent)}`)),
      ).to.deep.equal(block.rows.map((row) => row.map((cell) => `td:${textOf(cell)}`)));
      const source = figure.querySelector(':scope > figcaption a')!;
      expect(source.getAttribute('href')).to.equal(block.source!.url);
      expect(source.textContent).to.equal(block.source!.name);
    });

    it('renders code in pre and code, its whitespace kept, with its language as a class', async () => {
      const el = await render();
      const [block] = blocksOf('code');
      const pre = el.querySelector(':scope > pre[data-article-role="code"]')!;
      expect(pre, 'pre').to.not.equal(null);
      expect(pre.getAttribute('tabindex')).to.equal('0');
      const code = pre.querySelector(':scope > code')!;
      expect(code.className).to.equal('language-sql');
      expect(pre.textContent).to.equal(block.text);
    });

    it('renders the divider as an hr', async () => {
      const el = await render();
      const hrs = el.querySelectorAll(':scope > hr');
      expect(hrs.length).to.equal(1);
      expect(hrs[0].getAttribute('data-article-role')).to.equal('divider');
      expect(squash(hrs[0].nextElementSibling!.textContent)).to.match(/^Update /);
    });

    it('renders the callout as a note with its label, title and list', async () => {
      const el = await render();
      const [block] = blocksOf('callout');
      const note = el.querySelector(':scope > [data-article-role="callout"]')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(note.querySelector('[data-part="label"]')!.textContent).to.equal(block.label);
      expect(note.querySelector('[data-part="title"]')!.textContent).to.equal(block.title);
      expect(Array.from(note.querySelectorAll(':scope > ul > li'), (li) => li.textContent)).to.deep.equal(
        leaves(block.html),
      );
    });

    it('renders corrections and updates as notes with a label and a time element', async () => {
      const el = await render();
      const notes = el.querySelectorAll(':scope > [data-article-role="correction"]');
      const expected = blocksOf('correction');
      expect(notes.length).to.equal(expected.length);
      notes.forEach((note, i) => {
        const block = expected[i];
        expect(note.getAttribute('role')).to.equal('note');
        expect(note.getAttribute('data-kind')).to.equal(block.kind);
        const label = note.querySelector('[data-part="label"]')!;
        expect(label.querySelector('strong')!.textContent).to.equal(block.kind === 'update' ? 'Update' : 'Correction');
        const time = label.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal(block.date);
        expect(squash(time.textContent)).to.not.equal('');
        expect(squash(note.textContent)).to.contain(textOf(block.html));
      });
      // Where the publisher put them: first and last in the body.
      expect(notes[0].previousElementSibling!.getAttribute('data-article-role')).to.equal('lead');
      expect(notes[1].nextElementSibling!.localName).to.equal('author-bio');
    });

    it('renders the link card as one link holding the kicker, headline and a decorative, lazy image', async () => {
      const el = await render();
      const [block] = blocksOf('link');
      const cards = el.querySelectorAll(':scope > [data-article-role="link"]');
      expect(cards.length).to.equal(1);
      const card = cards[0] as HTMLAnchorElement;
      expect(card.localName).to.equal('a');
      expect(card.getAttribute('href')).to.equal(block.url);
      expect(card.querySelectorAll('a').length, 'links inside the link').to.equal(0);
      expect(card.querySelector('[data-part="kicker"]')!.textContent).to.equal(block.kicker);
      expect(card.querySelector('[data-part="headline"]')!.textContent).to.equal(block.headline);
      const img = card.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal(String(block.image!.width));
      expect(img.getAttribute('height')).to.equal(String(block.image!.height));
      // One element for the block: its neighbours are the paragraphs around it in the body.
      const at = sample().body.findIndex((b) => b.type === 'link');
      const [before, after] = [sample().body[at - 1], sample().body[at + 1]];
      expect(squash(card.previousElementSibling!.textContent)).to.equal(textOf((before as { html: string }).html));
      expect(squash(card.nextElementSibling!.textContent)).to.equal(textOf((after as { html: string }).html));
    });
  });

  describe('headings', () => {
    const text = blocksOf('heading').find((h) => h.level === 4)!.text;

    it('renders a level 4 heading as an h4', async () => {
      const el = await render();
      const found = Array.from(el.querySelectorAll(':scope > h2, :scope > h3, :scope > h4, :scope > h5'), (h) => [
        h.localName,
        h.textContent,
      ]);
      expect(found).to.deep.equal(blocksOf('heading').map((h) => [`h${h.level}`, h.text]));
      expect(el.querySelector(':scope > h4')!.textContent).to.equal(text);
    });

    it('renders it as an h5 when heading-level is 2', async () => {
      const el = await render(sample(), 2);
      expect(el.querySelector(':scope > h5')!.textContent).to.equal(text);
      expect(el.querySelector(':scope > h4')!.textContent).to.not.equal(text);
    });
  });

  describe('table columns', () => {
    it('aligns columns of figures to the end, in tabular figures, and text columns to the start', async () => {
      const el = await render();
      const rows = el.querySelectorAll('[data-article-role="table"] tr');
      expect(rows.length).to.equal(7);
      for (const row of Array.from(rows)) {
        Array.from(row.children).forEach((cell, j) => {
          const where = `${cell.localName} ${j} "${squash(cell.textContent)}"`;
          const style = getComputedStyle(cell);
          expect(cell.hasAttribute('data-numeric'), `${where}: data-numeric`).to.equal(NUMERIC_COLUMNS[j]);
          if (NUMERIC_COLUMNS[j]) {
            expect(style.textAlign, where).to.be.oneOf(['end', 'right']);
            expect(style.fontVariantNumeric, where).to.contain('tabular-nums');
          } else {
            expect(style.textAlign, where).to.be.oneOf(['start', 'left']);
            expect(style.fontVariantNumeric, where).to.not.contain('tabular-nums');
          }
        });
      }
    });
  });

  describe('structured data', () => {
    const ld = async (article: Article) => {
      const el = await render(article);
      const script = el.querySelector(':scope > script[type="application/ld+json"]');
      expect(script, 'JSON-LD script').to.not.equal(null);
      return JSON.parse(script!.textContent!) as { correction?: unknown[] };
    };

    it('lists the correction as a CorrectionComment, and not the update', async () => {
      const [correction, update] = blocksOf('correction');
      expect(update.kind).to.equal('update');
      expect((await ld(sample())).correction).to.deep.equal([
        { '@type': 'CorrectionComment', text: textOf(correction.html), datePublished: correction.date },
      ]);
    });

    it('lists a clarification too, and no correction property when there is only an update', async () => {
      const [, update] = blocksOf('correction');
      const clarification = { type: 'correction', kind: 'clarification', html: 'It was Tuesday.' } as const;
      const only = { ...sample(), body: [{ type: 'paragraph', html: 'Text.' }, update] } as Article;
      expect((await ld(only)).correction).to.equal(undefined);
      expect((await ld({ ...only, body: [...only.body, clarification] })).correction).to.deep.equal([
        { '@type': 'CorrectionComment', text: 'It was Tuesday.' },
      ]);
    });

    it('gives the text of a correction with inline markup as a reader reads it', async () => {
      const correction = {
        type: 'correction',
        date: '2026-03-18',
        html: 'The vote was on <em>Tuesday</em>, not <a href="https://example.com/">Monday</a>.',
      } as const;
      expect((await ld({ ...sample(), body: [correction] })).correction).to.deep.equal([
        { '@type': 'CorrectionComment', text: 'The vote was on Tuesday, not Monday.', datePublished: '2026-03-18' },
      ]);
    });
  });
});

/** The page's viewport is the iframe's: a page `width` px wide that loads the npm modules and axe-core. */
interface FramePage {
  doc: Document;
  win: Window & typeof globalThis & { axe: typeof import('axe-core') };
  el: NewsArticle;
  close(): void;
}

/**
 * The every-block sample on a page of its own, `width` px wide: in an iframe, the frame is the
 * viewport, so vw units, media queries and page overflow are those of a phone or a desktop, in
 * every engine (setViewport from @web/test-runner-commands does not work over WebDriver, WebKit's
 * only driver here). The page imports the same npm modules, src/define.ts.
 */
async function framePage(width: number, dark = false): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: 800px; border: 0; z-index: 1`;
  const page = dark ? 'background: #151515; color: #ebe9e5; ' : '';
  const wrapper = dark ? '--article-color-scheme: dark; ' : '';
  frame.srcdoc = `<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Every block type</title>
        <script src="/node_modules/axe-core/axe.min.js"></script>
        <script type="module" src="/src/define.ts"></script>
      </head>
      <body style="${page}margin: 0">
        <main style="${wrapper}padding: 1rem"></main>
      </body>
    </html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FramePage['win'];
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('news-article');
  const el = doc.createElement('news-article') as NewsArticle;
  el.article = win.JSON.parse(JSON.stringify(sample()));
  doc.querySelector('main')!.append(el);
  await el.updateComplete;
  await Promise.all(allElements(el).map((e) => (e as Partial<NewsArticle>).updateComplete));
  return { doc, win, el, close: () => frame.remove() };
}

describe('every block type on a page', () => {
  let page: FramePage | undefined;
  afterEach(() => page?.close());

  it('never scrolls sideways at 320 px: the table and the code scroll inside their own boxes', async () => {
    page = await framePage(320);
    const { doc, win, el } = page;
    const root = doc.documentElement;
    expect(win.innerWidth, 'viewport width').to.equal(320);
    expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
    for (const selector of ['[data-article-role="table"] > section', ':scope > pre[data-article-role="code"]']) {
      const box = el.querySelector(selector)!;
      expect(win.getComputedStyle(box).overflowX, selector).to.equal('auto');
      expect(box.scrollWidth, `${selector} scroll width`).to.be.greaterThan(box.clientWidth);
      expect(box.getBoundingClientRect().right, `${selector} right edge`).to.be.at.most(root.clientWidth);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      it(`passes axe in ${scheme} at ${width} px`, async function () {
        this.timeout(60000);
        page = await framePage(width, scheme === 'dark');
        const { win, el } = page;
        const host = win.getComputedStyle(el);
        // The scheme really is the one asked for: the article's own background.
        expect(host.backgroundColor).to.equal(scheme === 'dark' ? 'rgb(21, 21, 21)' : 'rgb(255, 255, 255)');
        const { violations, passes } = await win.axe.run(el);
        expect(
          violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary})`).join('; ')}`,
          ),
        ).to.deep.equal([]);
        // The contrast rule did reach the text of the new block types (not only "incomplete").
        const checked = new Set(
          passes
            .find((p) => p.id === 'color-contrast')
            ?.nodes.map((n) => page!.doc.querySelector(n.target.join(' '))?.closest('[data-article-role]'))
            .map((role) => role?.getAttribute('data-article-role')),
        );
        for (const role of ['list', 'table', 'code', 'callout', 'correction', 'link'])
          expect(checked.has(role), `colour contrast checked in the ${role} block`).to.equal(true);
      });
    }
  }
});

describe('defineBlock', () => {
  interface Recipe {
    type: 'recipe';
    name: string;
    steps: string[];
  }
  const recipe = {
    normalize: (read: Reader) => {
      const name = read.text('name', true);
      const steps = read.list('steps', (s) => (typeof s === 'string' && s.trim() ? s : undefined));
      return name === undefined ? undefined : { name, steps };
    },
    render: (b: Recipe) =>
      blockHtml`<section class="recipe">
        <p class="recipe-name">${b.name}</p>
        <ol>
          ${b.steps.map((step) => blockHtml`<li>${step}</li>`)}
        </ol>
      </section>`,
  };
  // 690 words of steps: three minutes of reading at 230 words a minute.
  const steps = [0, 1, 2].map((n) => Array.from({ length: 230 }, (_, i) => `stir${n}x${i}`).join(' '));
  const NAME = 'Lentil soup <img src=x onerror="window.pwned = true">';
  const withBlock = (type: string): Article =>
    ({
      headline: 'Friday soup',
      body: [
        { type: 'paragraph', html: 'Before the recipe.' },
        { type, name: NAME, steps },
        { type: 'paragraph', html: 'After the recipe.' },
      ],
    }) as unknown as Article;

  it('renders a block of the publisher’s own type where it is, and counts its text in the reading time', async () => {
    defineBlock<Recipe>('recipe', { ...recipe, text: (b) => `${b.name} ${b.steps.join(' ')}` });
    const el = await render(withBlock('recipe'));
    const section = el.querySelector(':scope > section.recipe')!;
    expect(section, 'the recipe block').to.not.equal(null);
    expect(section.previousElementSibling!.textContent).to.equal('Before the recipe.');
    expect(section.nextElementSibling!.textContent).to.equal('After the recipe.');
    // Data is text, never markup.
    expect(section.querySelector('.recipe-name')!.textContent).to.equal(NAME);
    expect(section.querySelector('img')).to.equal(null);
    expect(Array.from(section.querySelectorAll('ol > li'), (li) => li.textContent)).to.deep.equal(steps);
    expect(el.querySelector('article-header')!.getAttribute('reading-time')).to.equal('3');
  });

  it('leaves the reading time alone for a block type without text', async () => {
    defineBlock<Recipe>('recipe-untold', recipe);
    const el = await render(withBlock('recipe-untold'));
    expect(el.querySelectorAll(':scope > section.recipe li').length).to.equal(3);
    expect(el.querySelector('article-header')!.getAttribute('reading-time')).to.equal('1');
  });

  it('leaves out a block whose render throws, with one warning naming it, and renders the rest', async () => {
    defineBlock('exploding-widget', {
      render: () => {
        throw new Error('widget exploded');
      },
    });
    // Enough blocks after it that the article renders in several slices.
    const paragraphs = Array.from({ length: 12 }, (_, i) => ({ type: 'paragraph', html: `Paragraph ${i}.` }));
    const article = {
      headline: 'Still here',
      body: [paragraphs[0], { type: 'exploding-widget', size: 3 }, ...paragraphs.slice(1)],
    } as unknown as Article;
    let el!: NewsArticle;
    const warnings = await captureWarnings(async () => {
      el = await render(article);
    });
    expect(warnings).to.deep.equal([
      'news-article: body[1]: exploding-widget block could not be rendered (widget exploded); left out',
    ]);
    expect(Array.from(el.querySelectorAll(':scope > p'), (p) => p.textContent)).to.deep.equal(
      paragraphs.map((p) => p.html),
    );
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('refuses the built-in type names, with a TypeError, and the built-in block stays', async () => {
    const hijack = { render: () => blockHtml`<p>hijacked</p>` };
    const builtIn = ['paragraph', 'heading', 'blockquote', 'pullquote', 'tweet', 'image'];
    const added = ['list', 'table', 'code', 'divider', 'callout', 'correction', 'link'];
    for (const type of [...builtIn, ...added])
      expect(() => defineBlock(type, hijack), type).to.throw(TypeError, `"${type}" is a built-in block type`);
    const el = await render({ headline: 'H', body: [{ type: 'paragraph', html: 'Mine.' }] });
    expect(el.querySelector(':scope > p')!.textContent).to.equal('Mine.');
  });

  it('refuses names that are not lower-case words, and a definition without render, with a TypeError', () => {
    const fine = { render: () => '' };
    for (const type of ['', 'Recipe', '1recipe', '-recipe', 'my recipe', 'recipe_card', 'récipe', 'recipe!', 42])
      expect(() => defineBlock(type as string, fine), String(type)).to.throw(TypeError, /must start with a letter/);
    expect(() => defineBlock('no-render', {} as never)).to.throw(TypeError, /needs a render function/);
    expect(() => defineBlock('fine-name-2', fine)).to.not.throw();
  });

  it('gives normalize the same reader as the built-in blocks: read.url drops a javascript: URL', async () => {
    interface Promo {
      type: 'promo';
      label: string;
      href?: string;
    }
    defineBlock<Promo>('promo', {
      normalize: (read) => {
        const label = read.text('label', true);
        return label === undefined ? undefined : { label, href: read.url('href') };
      },
      render: (b) =>
        b.href
          ? blockHtml`<a class="promo" href=${b.href}>${b.label}</a>`
          : blockHtml`<span class="promo">${b.label}</span>`,
    });
    const article = {
      headline: 'Promos',
      body: [
        { type: 'promo', label: 'Unsafe', href: 'javascript:alert(1)' },
        { type: 'promo', label: 'Also unsafe', href: ' JaVaScRiPt:alert(1)' },
        { type: 'promo', label: 'Safe', href: 'https://example.com/subscribe' },
      ],
    } as unknown as Article;
    let el!: NewsArticle;
    const warnings = await captureWarnings(async () => {
      el = await render(article);
    });
    const promos = Array.from(el.querySelectorAll(':scope > .promo'), (p) => [p.localName, p.getAttribute('href')]);
    expect(promos).to.deep.equal([
      ['span', null],
      ['span', null],
      ['a', 'https://example.com/subscribe'],
    ]);
    expect(warnings.filter((w) => w.startsWith('news-article: body[0].href: '))).to.have.length(1);
    expect(warnings.filter((w) => w.startsWith('news-article: body[1].href: '))).to.have.length(1);
    expect(warnings.some((w) => w.includes('body[2]'))).to.equal(false);
  });

  it('leaves out the bad fields a normalize reports, each with a warning naming its JSON path', async () => {
    interface Dish {
      type: 'dish';
      name: string;
      servings?: number;
      ingredients: string[];
    }
    defineBlock<Dish>('dish', {
      normalize: (read) => {
        const line = (value: unknown, path: string) =>
          typeof value === 'string' && value.trim()
            ? value.trim()
            : read.report('expected a line of text; left out', 'wrong-type', 'warning', path);
        const name = read.text('name', true);
        if (name === undefined) return undefined;
        return { name, servings: read.number('servings'), ingredients: read.list('ingredients', line) };
      },
      render: (b) =>
        blockHtml`<section class="dish" data-servings=${b.servings ?? 'none'}>
          <p class="dish-name">${b.name}</p>
          <ul>
            ${b.ingredients.map((item) => blockHtml`<li>${item}</li>`)}
          </ul>
        </section>`,
    });
    const article = {
      headline: 'Friday soup',
      body: [{ type: 'dish', name: 'Lentil soup', servings: 'six', ingredients: ['Lentils', 14, '   ', 'Stock'] }],
    } as unknown as Article;
    let el!: NewsArticle;
    const warnings = await captureWarnings(async () => {
      el = await render(article);
    });
    const dish = el.querySelector(':scope > .dish')!;
    expect(dish.getAttribute('data-servings')).to.equal('none');
    expect(Array.from(dish.querySelectorAll('li'), (li) => li.textContent)).to.deep.equal(['Lentils', 'Stock']);
    for (const path of ['body[0].servings', 'body[0].ingredients[1]', 'body[0].ingredients[2]'])
      expect(
        warnings.filter((w) => w.startsWith(`news-article: ${path}: `)),
        path,
      ).to.have.length(1);
  });
});
