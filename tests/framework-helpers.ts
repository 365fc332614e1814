// Shared by the framework suites (react, vue, svelte). Each example is built like an app would build
// it, with its own copy of the elements, by scripts/build-framework-examples.mjs (pretest runs it);
// the suites load that build, so what they check is what an app built the same way gets.
import { expect, waitUntil } from '@open-wc/testing';
import type { Article, LivePostLoader } from '../src/index.js';
import corner from '../examples/the-corner.json';
import { leadImage, mustPart, shownText, squash } from './helpers.js';

/** A built example: `mount(target, props)` renders its page and returns an unmount function. */
export interface ExampleModule {
  mount(target: Element, props: { article: Article; headingLevel?: number; allowLivePost?: () => boolean }): () => void;
}

/** Imports `examples/<name>/dist/<file>` with a clear message when the examples were not built. */
export async function loadExample<T = ExampleModule>(name: string, file = 'main.js'): Promise<T> {
  const url = new URL(`../examples/${name}/dist/${file}`, import.meta.url).href;
  try {
    return (await import(url)) as T;
  } catch (error) {
    throw new Error(
      `${url} could not be imported (${(error as Error).message}); run \`node scripts/build-framework-examples.mjs\` (pretest does)`,
    );
  }
}

/** The reference article with its lead photo pointed at the file the test server has. */
export function reference(): Article {
  const article = structuredClone(corner) as unknown as Article;
  article.image = { ...article.image!, src: leadImage() };
  return article;
}

/** The reference article with an address for its post on X, so the post offers "Load post from X". */
export function withPostUrl(article: Article): Article {
  const body = article.body.map((b) =>
    b.type === 'tweet' ? { ...b, url: 'https://x.com/Podolyak_M/status/1589201473538359296' } : b,
  );
  return { ...article, body } as Article;
}

/** An empty element in the document to mount a page into; `cleanup()` removes them all. */
const mounted: (() => void)[] = [];
export function host(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(() => el.remove());
  return el;
}
export function remember(unmount: () => void): void {
  mounted.unshift(unmount);
}
export function cleanup(): void {
  for (const fn of mounted.splice(0)) fn();
}

/** Resolves when the example page has finished: `aria-busy` is off, or an alert is showing. */
export async function settled(target: Element): Promise<HTMLElement> {
  await waitUntil(
    () => target.querySelector('main[aria-busy="false"]') || target.querySelector('[role="alert"]'),
    'the example page neither rendered the article nor showed an error',
    { timeout: 5000 },
  );
  return target.querySelector('main')!;
}

const textOfHtml = (markup: string) => squash(new DOMParser().parseFromString(markup, 'text/html').body.textContent);

/** Every text of the reference article a reader must see, with the field it comes from. */
export function referenceTexts(): [string, string][] {
  const a = corner as unknown as Article;
  const texts: [string, string][] = [
    ['section', a.section!.name],
    ['category', a.category!.name],
    ['headline', a.headline],
    ['image.caption', a.image!.caption!],
    ['image.credit', a.image!.credit!],
  ];
  a.body.forEach((b, i) => {
    const block = b as Record<string, any>;
    if (block.html) texts.push([`body[${i}].html`, textOfHtml(block.html)]);
    if (block.text) texts.push([`body[${i}].text`, block.text]);
    if (block.attribution) texts.push([`body[${i}].attribution`, block.attribution]);
    if (block.source?.name) texts.push([`body[${i}].source`, block.source.name]);
    if (block.author?.name) texts.push([`body[${i}].author`, block.author.name]);
  });
  a.authors!.forEach((author, i) => {
    texts.push([`authors[${i}].name`, author.name]);
    if (author.role) texts.push([`authors[${i}].role`, author.role]);
    if (author.bio) texts.push([`authors[${i}].bio`, textOfHtml(author.bio)]);
  });
  return texts;
}

/** Checks that `root` shows the whole reference article, composed from the six elements. */
export function expectReferenceArticle(root: Element, headingLevel = 1): void {
  const article = root.querySelector('news-article');
  expect(article, '<news-article>').to.exist;
  const shown = shownText(article!);
  for (const [path, text] of referenceTexts()) {
    expect(text, `${path} is empty in the fixture`).to.not.equal('');
    expect(shown, path).to.contain(squash(text));
  }
  const count = (tag: string) => article!.querySelectorAll(tag).length;
  expect(
    ['article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio'].map((tag) => [tag, count(tag)]),
  ).to.deep.equal([
    ['article-header', 1],
    ['photo-figure', 1],
    ['pull-quote', 2],
    ['tweet-embed', 1],
    ['author-bio', 1],
  ]);
  for (const tag of ['news-article', 'article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio']) {
    expect(customElements.get(tag), `<${tag}> is registered`).to.exist;
  }
  const headline = mustPart(article!.querySelector('article-header')!, 'headline');
  expect(headline.localName).to.equal(`h${headingLevel}`);
  expect(article!.querySelector<HTMLImageElement>('photo-figure > img')!.alt).to.equal(corner.image.alt);
}

/**
 * Replaces the live-post loader of the page's <tweet-embed> class with one that records its calls
 * and renders nothing from the network. Returns the calls and a function that restores the original.
 */
export function fakeLivePosts(): { calls: string[]; restore(): void } {
  const TweetEmbed = customElements.get('tweet-embed') as unknown as { loader: LivePostLoader };
  const original = TweetEmbed.loader;
  const calls: string[] = [];
  TweetEmbed.loader = async (id, target) => {
    calls.push(id);
    target.textContent = `live post ${id}`;
  };
  return { calls, restore: () => (TweetEmbed.loader = original) };
}

/** Presses "Load post from X" on the article's post. */
export function pressLoadPost(root: Element): HTMLElement {
  const post = root.querySelector<HTMLElement>('tweet-embed')!;
  mustPart<HTMLButtonElement>(post, 'load-button').click();
  return post;
}

/**
 * The consent check every example implements: a refusal cancels tweet-embed-activate (no request,
 * snapshot stays); a yes lets the loader run and the post go live.
 */
export async function expectConsentBeforeLivePost(example: ExampleModule): Promise<void> {
  const fake = fakeLivePosts();
  try {
    let answer = false;
    const asked: boolean[] = [];
    const target = host();
    remember(
      example.mount(target, { article: withPostUrl(reference()), allowLivePost: () => (asked.push(answer), answer) }),
    );
    await settled(target);

    const post = pressLoadPost(target);
    await (post as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(asked, 'asked once').to.deep.equal([false]);
    expect(fake.calls, 'no request after a refusal').to.deep.equal([]);
    expect(post.hasAttribute('live')).to.equal(false);

    answer = true;
    pressLoadPost(target);
    await waitUntil(() => post.hasAttribute('live'), 'the post went live after consent', { timeout: 3000 });
    expect(asked).to.deep.equal([false, true]);
    expect(fake.calls).to.deep.equal(['1589201473538359296']);
  } finally {
    fake.restore();
  }
}
