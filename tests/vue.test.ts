// Vue 3: the example page (examples/vue/ArticlePage.vue), compiled by Vue's SFC compiler and bundled as
// an app would be (scripts/build-framework-examples.mjs).
import { expect } from '@open-wc/testing';
import type { Article } from '../src/index.js';
import {
  cleanup,
  expectConsentBeforeLivePost,
  expectReferenceArticle,
  host,
  loadExample,
  reference,
  remember,
  settled,
} from './framework-helpers.js';

const example = await loadExample('vue');

describe('Vue (examples/vue)', () => {
  afterEach(cleanup);

  it('renders the reference article, every word, from the six elements', async () => {
    const target = host();
    remember(example.mount(target, { article: reference() }));
    const main = await settled(target);
    expect(main.querySelector('[role="alert"]')).to.equal(null);
    expectReferenceArticle(main);
    expect(main.querySelector('news-article')!.hasAttribute('article'), ':article is set as a property').to.equal(
      false,
    );
  });

  it('passes heading-level through to the headline', async () => {
    const target = host();
    remember(example.mount(target, { article: reference(), headingLevel: 3 }));
    expectReferenceArticle(await settled(target), 3);
  });

  it('reports to onArticleError (from @error) when the data holds no article', async () => {
    const target = host();
    const reported: string[] = [];
    remember(
      example.mount(target, { article: 42 as unknown as Article, onArticleError: (m: string) => reported.push(m) }),
    );
    const main = await settled(target);
    // Readers see the element's one calm sentence; the page's error tracking gets the details.
    const error = main.querySelector('news-article')!.shadowRoot!.querySelector('[part=error]')!;
    expect(error.textContent!.trim()).to.equal('This article could not be shown.');
    expect(main.textContent).to.not.contain('expected an Article');
    expect(reported).to.have.length(1);
    expect(reported[0]).to.contain('$: expected an Article object');
  });

  it('asks before loading a post from X (@tweet-embed-activate) and keeps the snapshot when refused', async () => {
    await expectConsentBeforeLivePost(example);
  });
});
