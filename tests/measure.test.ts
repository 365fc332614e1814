import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import '../src/video-embed.js';
import { leadImage, mustPart } from './helpers.js';

/*
 * Every element keeps a readable line alone, not only inside <news-article> (issue 21): on a page
 * 1280 px wide, a dek, a quotation, a caption or a bio runs to about 75 characters a line, where
 * before they ran 150 to 190.
 */

const LONG =
  'Officials in Kyiv said the talks could resume within weeks if both sides agreed on where they would meet, ' +
  'who would attend and which of the earlier drafts would be the starting point, though neither government ' +
  'has yet confirmed a date, and diplomats in three capitals cautioned that a great deal could still change.';

/** Characters per line of the text under `node` (all its text, light or shadow DOM), on average. */
function charactersPerLine(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return range.toString().replace(/\s+/g, ' ').trim().length / tops.size;
}

async function wide(template: TemplateResult): Promise<HTMLElement> {
  // The element itself is the fixture (a plain <div> would make the fixture wait for an animation
  // frame, which a background tab never gives), inside a parent 1280 px wide.
  const parentNode = document.createElement('div');
  parentNode.style.inlineSize = '1280px';
  document.body.append(parentNode);
  return fixture<HTMLElement>(template, { parentNode });
}

const READABLE = 95;

describe('each element alone, 1280 px wide, keeps a readable measure', () => {
  it("<article-header>'s dek", async () => {
    const el = await wide(html`<article-header headline="Talks may resume" dek=${LONG}></article-header>`);
    expect(charactersPerLine(mustPart(el, 'dek')))
      .to.be.below(READABLE)
      .and.above(40);
  });

  it('<pull-quote> as a block quotation and as a pull quote', async () => {
    for (const variant of ['block', 'pull']) {
      const el = await wide(html`<pull-quote variant=${variant}><p>${LONG}</p></pull-quote>`);
      expect(charactersPerLine(el.querySelector('p')!), variant)
        .to.be.below(READABLE)
        .and.above(20);
    }
  });

  it("<photo-figure>'s caption", async () => {
    const el = await wide(
      html`<photo-figure src=${leadImage()} alt="" width="1200" height="800" caption=${LONG}></photo-figure>`,
    );
    expect(charactersPerLine(mustPart(el, 'caption')))
      .to.be.below(READABLE)
      .and.above(40);
  });

  it("<video-embed>'s caption", async () => {
    const el = await wide(
      html`<video-embed
        url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        video-title="Talks"
        caption=${LONG}
      ></video-embed>`,
    );
    expect(charactersPerLine(mustPart(el, 'caption')))
      .to.be.below(READABLE)
      .and.above(40);
  });

  it("<author-bio>'s bio", async () => {
    const el = await wide(html`<author-bio name="Jimmy Quinn" bio=${LONG}></author-bio>`);
    expect(charactersPerLine(mustPart(el, 'bio')))
      .to.be.below(READABLE)
      .and.above(40);
  });
});
