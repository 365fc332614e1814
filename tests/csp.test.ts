import { expect } from '@open-wc/testing';
import corner from '../examples/the-corner.json';
import { allElements, articleRendered, imageSettled, openPage, partOf, words, type Page } from './frames.js';

/*
 * Pages served with a strict Content-Security-Policy and Trusted Types enforced (the headers are in
 * tests/e2e/pages/headers.mjs; the test server adds them, see web-test-runner.config.mjs). Every page
 * records securitypolicyviolation events from its first script. In every engine: Chromium (and Firefox
 * from 148) sanitize with the HTML Sanitizer API, WebKit and older Firefox with the DOMPurify
 * fallback, each under Trusted Types where the engine implements them (not Firefox ESR 140).
 * tests/e2e/csp.test.mjs opens the same pages as top-level documents.
 */

/** Every piece of text of an article, as readers should see it. */
function expectedText(article: typeof corner | Record<string, any>): string[] {
  const a = article as any;
  return [
    a.section?.name,
    a.category?.name,
    a.headline,
    a.image?.caption,
    a.image?.credit,
    ...a.body.flatMap((b: any) => [b.html, b.text, b.attribution, b.source?.name, b.author?.name]),
    ...a.authors.flatMap((x: any) => [x.name, x.role, x.bio]),
  ]
    .filter(Boolean)
    .map((t: string) => words(t.replace(/<\/p><p>/g, ' ')));
}

/** The flat-tree text of `el`: light DOM where it is slotted, shadow DOM fallbacks and labels. */
function shown(el: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return ` ${(node as Text).data} `;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const element = node as Element;
    if (element.localName === 'script' || element.localName === 'style') return '';
    if (element.localName === 'slot') {
      const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
      return (assigned.length ? assigned : Array.from(element.childNodes)).map(walk).join('');
    }
    const children = element.shadowRoot ? element.shadowRoot.childNodes : element.childNodes;
    return Array.from(children).map(walk).join('');
  };
  return words(walk(el));
}

async function openStrict(path: string): Promise<{ p: Page; article: HTMLElement }> {
  const p = await openPage(path, 375);
  const article = await articleRendered(p);
  const lead = article.querySelector('[data-article-role="lead"]');
  if (lead) await imageSettled(lead.querySelector(':scope > img')!);
  return { p, article };
}

/** The policy really is in force on the page: an inline style attribute is refused. */
async function expectPolicyInForce(p: Page) {
  const probe = p.doc.createElement('div');
  probe.setAttribute('style', 'color: rgb(1, 2, 3)');
  p.doc.body.append(probe);
  expect(p.win.getComputedStyle(probe).color, 'style-src applies to the page').to.not.equal('rgb(1, 2, 3)');
  probe.remove();
  // Trusted Types are enforced in every engine that implements them. Firefox before 148 (ESR 140 on
  // some machines here) does not: there the page still renders, since nothing depends on them.
  if (!('trustedTypes' in p.win)) return;
  expect(() => {
    p.doc.createElement('div').innerHTML = '<b>x</b>';
  }, 'Trusted Types are enforced').to.throw();
  // Both probes were violations; the tests' own count is taken before them.
}

function expectStyled(p: Page, article: HTMLElement) {
  const header = article.querySelector('[data-article-role="header"]')!;
  const headline = parseFloat(p.win.getComputedStyle(partOf(header, 'headline')).fontSize);
  const body = parseFloat(p.win.getComputedStyle(article.querySelector(':scope > p')!).fontSize);
  expect(headline, 'headline set larger than body copy').to.be.greaterThan(body * 1.5);
  const img = article.querySelector<HTMLImageElement>('[data-article-role="lead"] > img')!;
  expect(img.naturalWidth, 'lead photo loaded (img-src)').to.be.greaterThan(0);
  expect(p.win.getComputedStyle(img).display, "photo-figure's shadow styles applied").to.equal('block');
  const quote = article.querySelector('[data-article-role="quote"]:not([variant="block"])')!;
  expect(p.win.getComputedStyle(partOf(quote, 'quote')).fontFamily, "pull-quote's shadow styles applied").to.not.equal(
    p.win.getComputedStyle(p.doc.body).fontFamily,
  );
  expect(p.doc.adoptedStyleSheets.length, 'the light-DOM link styles adopted').to.be.greaterThan(0);
}

function expectJsonLd(article: HTMLElement, headline: string) {
  const script = article.querySelector('script[type="application/ld+json"]');
  expect(script, 'JSON-LD in light DOM').to.not.equal(null);
  const data = JSON.parse(script!.textContent!);
  expect(data['@type']).to.equal('NewsArticle');
  expect(data.headline).to.equal(headline);
}

describe('under a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(20000);
  let p: Page | undefined;
  afterEach(() => p?.close());

  it('renders the reference article from <news-article src> with no violation, styled, with its JSON-LD', async () => {
    let article: HTMLElement;
    ({ p, article } = await openStrict('/tests/e2e/pages/csp.html'));
    expect(p.report.violations, 'CSP violations').to.deep.equal([]);
    expect(p.report.errors, 'page errors').to.deep.equal([]);
    const text = shown(article);
    for (const piece of expectedText(corner)) expect(text, 'every word shown').to.include(piece);
    expectStyled(p, article);
    expectJsonLd(article, corner.headline);
    await expectPolicyInForce(p);
  });

  it('renders an inline-JSON article, with a URL in every field that takes one, with no violation', async () => {
    let article: HTMLElement;
    ({ p, article } = await openStrict('/tests/e2e/pages/csp-inline.html'));
    expect(p.report.violations, 'CSP violations').to.deep.equal([]);
    expect(p.report.errors, 'page errors').to.deep.equal([]);
    const data = JSON.parse(article.querySelector('script[type="application/json"]')!.textContent!);
    const text = shown(article);
    for (const piece of expectedText(data)) expect(text, 'every word shown').to.include(piece);
    expect(
      allElements(article).filter((e) => e.localName === 'a' && e.hasAttribute('href')).length,
      'links',
    ).to.be.greaterThan(5);
    expectStyled(p, article);
    expectJsonLd(article, data.headline);
  });

  it("keeps the post card when a reader asks for the live post: script-src refuses X's script, Trusted Types accept it", async () => {
    let article: HTMLElement;
    ({ p, article } = await openStrict('/tests/e2e/pages/csp-inline.html'));
    const post = article.querySelector('[data-article-role="post"]')!;
    const failed = new Promise<Event>((resolve) => post.addEventListener('tweet-embed-error', resolve, { once: true }));
    partOf(post, 'load-button').click();
    await failed;
    // The only refusal is the policy's script-src; the script URL itself came through our policy.
    expect(p.report.violations.map((v) => `${v.directive} ${v.blocked}`)).to.deep.equal([
      'script-src-elem https://platform.twitter.com/widgets.js',
    ]);
    expect(p.report.errors, 'page errors').to.deep.equal([]);
    expect(post.hasAttribute('live')).to.equal(false);
    expect(partOf(post, 'card').checkVisibility(), 'the card stays').to.equal(true);
  });

  it('works, loaded twice, with a trusted-types directive naming lit-html, article-elements, article-elements-live-post and dompurify', async () => {
    let article: HTMLElement;
    ({ p, article } = await openStrict('/tests/e2e/pages/csp-named.html'));
    expect(p.report.violations, 'CSP violations').to.deep.equal([]);
    expect(p.report.errors, 'page errors').to.deep.equal([]);
    expectStyled(p, article);
    expectJsonLd(article, corner.headline);
  });

  // An HTML field with links: the unsafe-link report must not parse markup through a Trusted Types sink.
  it('renders an article with links inside its HTML fields with no violation', async () => {
    let article: HTMLElement;
    ({ p, article } = await openStrict('/tests/e2e/pages/csp-links.html'));
    expect(p.report.violations, 'CSP violations').to.deep.equal([]);
    expect(p.report.errors, 'page errors').to.deep.equal([]);
    const data = JSON.parse(article.querySelector('script[type="application/json"]')!.textContent!);
    const text = shown(article);
    for (const piece of expectedText(data)) expect(text, 'every word shown').to.include(piece);
    const link = article.querySelector<HTMLAnchorElement>(':scope > p a[href]');
    expect(link?.href, 'the link in the paragraph kept').to.equal(data.body[0].html.match(/href="([^"]+)"/)[1]);
  });
});
