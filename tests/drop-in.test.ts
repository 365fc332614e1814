import { expect } from '@open-wc/testing';
import corner from '../examples/the-corner.json';
import { articleRendered, openPage, words, type Page } from './frames.js';

/*
 * The built files on real pages (tests/e2e/pages/): the script-tag bundle loaded twice and the npm
 * build beside it, in either order, and a page that already owns <pull-quote> registering ours under
 * a prefix. tests/define.test.ts covers the same from source, inside one module graph.
 */
const TAGS = ['article-header', 'photo-figure', 'pull-quote', 'tweet-embed', 'author-bio', 'news-article'];
const CLASSES = ['ArticleHeader', 'PhotoFigure', 'PullQuote', 'TweetEmbed', 'AuthorBio', 'NewsArticle'];
const pullquote = corner.body.find((b) => b.type === 'pullquote')!;
const post = corner.body.find((b) => b.type === 'tweet')!;

type Copy = Record<string, CustomElementConstructor>;
type Copies = { bundle: Copy; widget: Copy; npm: Copy };

/** Every piece of the reference article, shown. */
function expectReference(article: Element) {
  const text = words(article.textContent);
  for (const piece of [corner.headline, corner.image.caption, pullquote.text, post.text, corner.authors[0].bio]) {
    expect(text).to.include(words(piece));
  }
}

const redefinitions = (p: Page) => p.report.warnings.filter((w) => /already defined/.test(w));

describe('loading the library more than once', function () {
  this.timeout(20000);
  let p: Page | undefined;
  afterEach(() => p?.close());

  it('with the bundle twice and the npm build after it: no error, the first copy registers, the article renders', async () => {
    p = await openPage('/tests/e2e/pages/double.html', 375);
    const article = await articleRendered(p);
    const copies = (p.win as unknown as { copies: Copies }).copies;
    expect(p.report.errors, 'page errors').to.deep.equal([]);
    expect(redefinitions(p), 'warnings about other definitions').to.deep.equal([]);
    TAGS.forEach((tag, i) => {
      // Three module instances, so three sets of classes; the first one loaded holds the tags.
      expect(copies.widget[CLASSES[i]], CLASSES[i]).to.not.equal(copies.bundle[CLASSES[i]]);
      expect(copies.npm[CLASSES[i]], CLASSES[i]).to.not.equal(copies.bundle[CLASSES[i]]);
      expect(p!.win.customElements.get(tag), tag).to.equal(copies.bundle[CLASSES[i]]);
    });
    expectReference(article);
  });

  it('with the npm build first and the bundle after it: no error, the npm classes stay', async () => {
    p = await openPage('/tests/e2e/pages/npm-first.html', 375);
    const article = await articleRendered(p);
    const copies = (p.win as unknown as { copies: Copies }).copies;
    expect(p.report.errors, 'page errors').to.deep.equal([]);
    expect(redefinitions(p), 'warnings about other definitions').to.deep.equal([]);
    TAGS.forEach((tag, i) => expect(p!.win.customElements.get(tag), tag).to.equal(copies.npm[CLASSES[i]]));
    expectReference(article);
  });
});

describe('on a page that already has a <pull-quote>', function () {
  this.timeout(20000);
  let p: Page;
  before(async () => {
    p = await openPage('/tests/e2e/pages/prefix.html', 375);
  });
  after(() => p.close());

  it('registers every element under the prefix and returns the names', async () => {
    await articleRendered(p, 'acme-news-article');
    expect(p.report.errors, 'page errors').to.deep.equal([]);
    expect((p.win as unknown as { definedTags: unknown }).definedTags).to.deep.equal({
      header: 'acme-article-header',
      figure: 'acme-photo-figure',
      quote: 'acme-pull-quote',
      post: 'acme-tweet-embed',
      bio: 'acme-author-bio',
      article: 'acme-news-article',
      video: 'acme-video-embed',
      embed: 'acme-embed-frame',
      social: 'acme-social-post',
      gallery: 'acme-photo-gallery',
    });
    for (const tag of TAGS) expect(p.win.customElements.get(`acme-${tag}`), `acme-${tag}`).to.not.equal(undefined);
  });

  it('composes <acme-news-article> from acme-* elements only', async () => {
    const article = await articleRendered(p, 'acme-news-article');
    const pieces = Array.from(article.querySelectorAll(':scope > :not(p, script)'), (c) => c.localName);
    expect(pieces).to.deep.equal([
      'acme-article-header',
      'acme-photo-figure',
      'acme-pull-quote',
      'acme-pull-quote',
      'acme-tweet-embed',
      'acme-author-bio',
    ]);
    expect(article.querySelector(TAGS.join(', ')), 'an unprefixed element inside').to.equal(null);
    for (const el of Array.from(article.querySelectorAll(pieces.join(', '))))
      expect(el.shadowRoot, el.localName).to.not.equal(null);
    expectReference(article);
  });

  it("leaves the page's own <pull-quote> alone, with one warning that names the prefix option", async () => {
    await articleRendered(p, 'acme-news-article');
    const theirs = p.doc.getElementById('theirs')!;
    expect(p.win.customElements.get('pull-quote')!.name).to.equal('TheirPullQuote');
    expect(theirs.dataset.owner).to.equal('publisher');
    expect(theirs.shadowRoot).to.equal(null);
    expect(theirs.textContent).to.equal("The publisher's own pull quote, with a link.");
    // Our link colours are scoped to our elements: the page's link keeps the page's default colour.
    const control = p.doc.createElement('a');
    control.href = './';
    p.doc.body.append(control);
    expect(p.win.getComputedStyle(theirs.querySelector('a')!).color).to.equal(p.win.getComputedStyle(control).color);
    // Loading the bundle registers the unprefixed names too; the taken one is left, with a pointer to the fix.
    expect(redefinitions(p)).to.have.length(1);
    expect(redefinitions(p)[0]).to.contain('<pull-quote> is already defined by another script');
    expect(redefinitions(p)[0]).to.contain("prefix: 'acme'");
  });
});
