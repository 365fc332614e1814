import { expect } from '@open-wc/testing';
// ajv ships CommonJS only; tests/vendor/ajv.js is the installed ajv + ajv-formats bundled as an ES module.
import { Ajv2020, addFormats } from './vendor/ajv.js';
// Assembled by the build from the block registry (src/article/schema.ts); pretest builds it.
import schema from '../dist/article/article.schema.json';
import everyBlock from '../examples/every-block.json';
import { BLOCKS } from '../src/article/blocks/registry.js';
import corner from '../examples/the-corner.json';
import { normalizeArticle } from '../src/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** A copy of the reference fixture changed by `edit`. */
function variant(edit: (a: any) => void): unknown {
  const copy = structuredClone(corner);
  edit(copy);
  return copy;
}

/** The instance paths the schema complains about, for readable failures. */
function errorsOf(data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e: any) => `${e.instancePath || '/'} ${e.message}`);
}

const MINIMAL = { headline: 'Kyiv Rejects Talks', body: [] };

describe('Article JSON Schema', () => {
  it('is a valid draft 2020-12 schema that compiles in strict mode', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema)).to.equal(true);
  });

  describe('when given valid articles', () => {
    it('accepts the reference fixture', () => {
      expect(errorsOf(corner)).to.deep.equal([]);
    });

    it('accepts the smallest article: a headline and an empty body', () => {
      expect(errorsOf(MINIMAL)).to.deep.equal([]);
    });

    it('accepts relative, mailto and https URLs and an empty (decorative) alt', () => {
      const data = variant((a) => {
        a.url = 'https://www.nationalreview.com/corner/biden-admin-pressures-ukraine/';
        a.section.url = '/corner/';
        a.authors[0].links = [{ label: 'Email', url: 'mailto:jquinn@example.com' }];
        a.image.alt = '';
      });
      expect(errorsOf(data)).to.deep.equal([]);
    });

    it('accepts every block type in its documented shape', () => {
      const data = variant((a) => {
        a.body.push(
          { type: 'heading', text: 'Kherson', level: 3 },
          { type: 'image', src: 'map.png', alt: 'Map of Kherson', width: 800, height: 600, credit: 'NR' },
          {
            type: 'tweet',
            url: 'https://x.com/Podolyak_M/status/1589201473538359296',
            text: 'Ukraine has never refused to negotiate.',
            published: '2022-11-05T12:00:00Z',
            author: { name: 'Mykhailo Podolyak', handle: '@Podolyak_M' },
          },
        );
      });
      expect(errorsOf(data)).to.deep.equal([]);
    });

    it('accepts the sample article that uses every block type', () => {
      expect(errorsOf(everyBlock)).to.deep.equal([]);
      const types = new Set(everyBlock.body.map((b: { type: string }) => b.type));
      expect([...types].sort()).to.deep.equal(Object.keys(BLOCKS).sort());
    });

    it("dispatches on exactly the registry's block types", () => {
      const dispatch = (schema.$defs as any).block;
      expect(dispatch.properties.type.enum).to.deep.equal(Object.keys(BLOCKS));
      for (const type of Object.keys(BLOCKS)) expect(schema.$defs).to.have.property(`${type}Block`);
    });

    it('accepts a plain ISO date for published, as its description says', () => {
      expect(errorsOf({ ...MINIMAL, published: '2022-11-05' })).to.deep.equal([]);
    });
  });

  describe('when given invalid articles', () => {
    const cases: [string, unknown][] = [
      ['a missing headline', variant((a) => delete a.headline)],
      ['an empty headline', variant((a) => (a.headline = ''))],
      ['a missing body', variant((a) => delete a.body)],
      ['a body that is not a list', variant((a) => (a.body = { type: 'paragraph', html: 'x' }))],
      ['a javascript: URL', variant((a) => (a.section.url = 'javascript:alert(1)'))],
      ['a javascript: URL with leading space and mixed case', variant((a) => (a.image.src = '  JavaScript:alert(1)'))],
      [
        'a data: URL in a profile link',
        variant((a) => (a.authors[0].links = [{ label: 'x', url: 'data:text/html,hi' }])),
      ],
      ['an unknown block type', variant((a) => a.body.push({ type: 'map', lat: 46.6, lng: 32.6 }))],
      ['a block without a type', variant((a) => a.body.push({ html: 'x' }))],
      ['a paragraph without html', variant((a) => a.body.push({ type: 'paragraph', text: 'x' }))],
      ['a heading of level 5', variant((a) => a.body.push({ type: 'heading', text: 'x', level: 5 }))],
      ['a list without items', variant((a) => a.body.push({ type: 'list', items: [] }))],
      [
        'a list item that is a number',
        variant((a) => a.body.push({ type: 'list', items: [{ html: 'x', items: [3] }] })),
      ],
      [
        'a list with a fractional start',
        variant((a) => a.body.push({ type: 'list', ordered: true, start: 1.5, items: ['x'] })),
      ],
      ['a table without rows', variant((a) => a.body.push({ type: 'table', caption: 'x' }))],
      ['a table row that is not a list', variant((a) => a.body.push({ type: 'table', rows: ['a, b'] }))],
      ['a code block without text', variant((a) => a.body.push({ type: 'code', language: 'sql' }))],
      ['a callout without html', variant((a) => a.body.push({ type: 'callout', label: 'Key points' }))],
      [
        'a correction of an unknown kind',
        variant((a) => a.body.push({ type: 'correction', html: 'x', kind: 'retraction' })),
      ],
      [
        'a correction with a date that is not ISO 8601',
        variant((a) => a.body.push({ type: 'correction', html: 'x', date: 'Tuesday' })),
      ],
      ['a link card without a headline', variant((a) => a.body.push({ type: 'link', url: '/next' }))],
      [
        'a link card to a javascript: URL',
        variant((a) => a.body.push({ type: 'link', url: 'javascript:alert(1)', headline: 'x' })),
      ],
      ['a tweet without an author', variant((a) => a.body.push({ type: 'tweet', text: 'x' }))],
      ['an image without alt', variant((a) => delete a.image.alt)],
      ['a zero width', variant((a) => (a.image.width = 0))],
      ['a date that is not ISO 8601', variant((a) => (a.published = 'yesterday'))],
      ['an author without a name', variant((a) => a.authors.push({ bio: 'Anonymous.' }))],
      ['something that is not an object', ['headline', 'body']],
    ];
    for (const [what, data] of cases) {
      it(`rejects ${what}`, () => {
        expect(validate(data), JSON.stringify(data).slice(0, 120)).to.equal(false);
      });
    }

    it('points at the offending block', () => {
      const data = variant((a) => a.body.push({ type: 'map' }));
      const paths = (validate(data), validate.errors ?? []).map((e: any) => e.instancePath);
      expect(paths).to.include(`/body/${corner.body.length}/type`);
    });
  });

  describe('beside normalizeArticle', () => {
    it('normalizes the fixture without dropping a block or an author', () => {
      const { article } = normalizeArticle(corner);
      expect(article!.body).to.have.length(corner.body.length);
      expect(article!.authors).to.have.length(corner.authors.length);
    });

    it('agrees with the normalizer about unsafe URLs and unknown blocks', () => {
      for (const data of [
        variant((a) => (a.section.url = 'javascript:alert(1)')),
        variant((a) => a.body.push({ type: 'map' })),
      ]) {
        expect(validate(data)).to.equal(false);
        expect(normalizeArticle(data).problems).to.not.deep.equal([]);
      }
    });
  });
});
