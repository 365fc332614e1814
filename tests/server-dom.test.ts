// Server-rendered markup taking over: the elements keep the declarative shadow DOM the server sent
// (the lead <img> stays the node the browser painted), and Lit takes over on the first change or
// interaction. Markup is parsed with Document.parseHTMLUnsafe (declarative shadow roots attached,
// elements not yet upgraded), then moved into this document, where the elements are defined.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { NewsArticle, PhotoFigure, TweetEmbed } from '../src/index.js';
import { TweetEmbed as TweetEmbedClass } from '../src/index.js';
import { container, part } from './helpers.js';

type Upgradable = Element & { updateComplete: Promise<unknown> };

/** Parses `markup` off-document (shadow roots attached, nothing upgraded) and returns its body's children. */
function parse(markup: string): Element[] {
  const doc = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(markup);
  return Array.from(doc.body.children);
}

/** Connects parsed elements here (they upgrade) and waits for every element in them to update. */
async function connect(nodes: Element[]): Promise<HTMLElement> {
  const box = container();
  box.append(...nodes.map((n) => document.adoptNode(n)));
  const all = Array.from(box.querySelectorAll('*')).filter((e) => e.localName.includes('-')) as Upgradable[];
  await Promise.all(all.map((e) => e.updateComplete));
  return box;
}

/** What the client renders for `markup`, as server markup: the host with its shadow root as a template. */
async function serverMarkup(markup: string): Promise<string> {
  const box = container();
  box.innerHTML = markup;
  const el = box.firstElementChild as Upgradable;
  await el.updateComplete;
  // Its eager images settle first, so that what they warn about is not heard by the test that follows.
  const images = Array.from(el.shadowRoot!.querySelectorAll('img')).filter(
    (img) => img.getAttribute('src') && img.loading !== 'lazy',
  );
  await Promise.all(
    images.map((img) => {
      if (img.complete) return undefined;
      return new Promise((settle) => {
        img.addEventListener('load', settle);
        img.addEventListener('error', settle);
      });
    }),
  );

  const html = el.outerHTML.replace(/<\/[\w-]+>$/, '');
  // As the server writes it: the element's styles in a <style> of the shadow root.
  const styles = (el.constructor as unknown as { elementStyles: { cssText?: string }[] }).elementStyles;
  const css = styles.map((sheet) => sheet.cssText ?? '').join('\n');
  const out = `${html.slice(0, html.indexOf('>') + 1)}<template shadowrootmode="open"><style>${css}</style>${el.shadowRoot!.innerHTML}</template>${el.innerHTML}</${el.localName}>`;
  box.remove();
  return out;
}

describe('server-rendered markup', () => {
  it('keeps the server DOM on upgrade: the painted <img> stays the same node, nothing is rendered twice', async () => {
    const markup = await serverMarkup(
      `<photo-figure lead src="/examples/the-corner-lead.svg" alt="A lectern" width="1200" height="800" caption="A caption"></photo-figure>`,
    );
    const nodes = parse(markup);
    const serverImg = nodes[0].shadowRoot!.querySelector('img');
    expect(serverImg, 'declarative shadow root parsed').to.exist;
    const box = await connect(nodes);
    const figure = box.querySelector('photo-figure') as PhotoFigure;
    expect(figure.shadowRoot!.querySelector('img')).to.equal(serverImg);
    expect(figure.shadowRoot!.querySelectorAll('img').length).to.equal(1);
    // The server's own <style> still styles it; no constructed sheet is adopted on top yet.
    expect(figure.shadowRoot!.querySelectorAll('style').length).to.equal(1);
    expect(figure.shadowRoot!.adoptedStyleSheets.length).to.equal(0);
    expect(getComputedStyle(serverImg!).display).to.equal('block');
  });

  it('renders with Lit on the first change after upgrade, without duplicating anything', async () => {
    const markup = await serverMarkup(
      `<photo-figure src="/examples/the-corner-lead.svg" alt="A lectern" width="1200" height="800" caption="Old caption"></photo-figure>`,
    );
    const box = await connect(parse(markup));
    const figure = box.querySelector('photo-figure') as PhotoFigure;
    figure.caption = 'New caption';
    await figure.updateComplete;
    expect(figure.shadowRoot!.querySelectorAll('img').length).to.equal(1);
    expect(figure.shadowRoot!.querySelectorAll('figure').length).to.equal(1);
    expect(figure.shadowRoot!.querySelectorAll('style').length).to.equal(0);
    expect(part(figure, 'caption')!.textContent).to.contain('New caption');
    expect(part(figure, 'caption')!.textContent).not.to.contain('Old caption');
    // And Lit keeps it from then on: a second change updates in place.
    const litImg = figure.shadowRoot!.querySelector('img');
    figure.alt = 'Another lectern';
    await figure.updateComplete;
    expect(figure.shadowRoot!.querySelector('img')).to.equal(litImg);
    expect(litImg!.alt).to.equal('Another lectern');
  });

  it('content slotted after upgrade shows (the server DOM gives way to Lit)', async () => {
    const markup = await serverMarkup(
      `<photo-figure lead src="/examples/the-corner-lead.svg" alt="A lectern" width="1200" height="800"></photo-figure>`,
    );
    const box = await connect(parse(markup));
    const figure = box.querySelector('photo-figure') as PhotoFigure;
    expect(part(figure, 'caption')!.hidden, 'no caption at first').to.equal(true);
    const caption = document.createElement('span');
    caption.slot = 'caption';
    caption.textContent = 'A caption added later';
    figure.append(caption);
    const deadline = Date.now() + 3000;
    while (part(figure, 'caption')!.hidden && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(part(figure, 'caption')!.hidden, 'caption shown').to.equal(false);
    expect(figure.shadowRoot!.querySelectorAll('figcaption').length).to.equal(1);
  });

  it('a click on a server-rendered button reaches the element (the live-post button)', async () => {
    const markup = await serverMarkup(
      `<tweet-embed url="https://x.com/someone/status/1589201473538359296" author-name="Some One" handle="someone" text="Hello"></tweet-embed>`,
    );
    const calls: string[] = [];
    const previous = TweetEmbedClass.loader;
    TweetEmbedClass.loader = async (id, target) => {
      calls.push(id);
      target.textContent = 'Stand-in live post';
    };
    try {
      const box = await connect(parse(markup));
      const post = box.querySelector('tweet-embed') as TweetEmbed;
      const button = part<HTMLButtonElement>(post, 'load-button');
      expect(button, 'the server rendered the button').to.exist;
      let activated = 0;
      post.addEventListener('tweet-embed-activate', () => activated++);
      const loaded = new Promise((resolve) => post.addEventListener('tweet-embed-load', resolve, { once: true }));
      button!.click();
      await loaded;
      expect(calls).to.deep.equal(['1589201473538359296']);
      expect(activated).to.equal(1);
      expect(post.textContent).to.contain('Stand-in live post');
      expect(post.shadowRoot!.querySelectorAll('[part="card"]').length).to.equal(1);
    } finally {
      TweetEmbedClass.loader = previous;
    }
  });

  it('a server-rendered image that fails shows the fallback', async () => {
    const markup = await serverMarkup(
      // lead: loaded eagerly (a lazy image in a page in the background may never load).
      `<photo-figure lead src="/examples/no-such-image.png" alt="A missing photo" width="1200" height="800"></photo-figure>`,
    );
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // Give the server markup's copy of the image a chance to fail before or after upgrade.
      const nodes = parse(markup);
      const box = await connect(nodes);
      const figure = box.querySelector('photo-figure') as PhotoFigure;
      const deadline = Date.now() + 5000;
      while (!part(figure, 'fallback') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(part(figure, 'fallback'), 'fallback shown').to.exist;
      expect(figure.shadowRoot!.querySelectorAll('img').length).to.equal(1);
      // Once, though the server's image and the one Lit renders after it both fail.
      await new Promise((r) => setTimeout(r, 300));
      expect(warnings.filter((w) => /photo-figure: image .* failed to load/.test(w)).length).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });

  it('a server-rendered <news-article> given new data shows the new article alone', async () => {
    // The server's light DOM, as the browser renders it (the elements' shadow roots do not matter here).
    const source = container();
    const client = document.createElement('news-article') as NewsArticle;
    client.article = { headline: 'The old headline', body: [{ type: 'paragraph', html: 'Old text.' }] };
    source.append(client);
    await client.updateComplete;
    const markup = `<news-article>${client.innerHTML}</news-article>`;
    source.remove();

    const box = await connect(parse(markup));
    const el = box.querySelector('news-article') as NewsArticle;
    expect(el.querySelectorAll(':scope > article-header').length, 'server content in place').to.equal(1);
    el.article = { headline: 'A new headline', body: [{ type: 'paragraph', html: 'New text.' }] };
    await el.updateComplete;
    const headers = el.querySelectorAll(':scope > article-header');
    expect(headers.length).to.equal(1);
    expect(headers[0].getAttribute('headline')).to.equal('A new headline');
    expect(el.textContent).to.not.contain('Old text.');
    expect(el.querySelectorAll(':scope > p').length).to.equal(1);
  });
});
