// Untrusted Article JSON, in the browser: every payload of the corpus in every string field (and the
// numbers, dates and block types that arrive as strings), rendered by <news-article>, hovered,
// clicked and inspected. One test file per group or two of fields (json-*.test.ts), so that each stays well
// within the runner's time per file; the same articles go through server rendering in
// tests/e2e/security.test.mjs.
import { expect } from '@open-wc/testing';
import type { NewsArticle } from '../../src/index.js';
import { KIND_COUNTS, PAYLOADS } from './payloads.js';
import { ARTICLE_FIELDS, BENIGN_PARAGRAPH, GROUPS, articleFor, markerAfter, markerBefore, verbatim } from './fields.js';
import {
  chunks,
  corpusHere,
  expectedHtmlMarkers,
  hasUnsafeLink,
  listed,
  norm,
  probe,
  srcsetUrls,
  stage,
  unsafeUrl,
  warningsDuring,
  type Probe,
} from './harness.js';

const IMAGE = new URL('/examples/the-corner-lead.svg', location.href).href;

// <news-article> renders an article in slices of a few blocks, waiting for a frame between them,
// except in a hidden page (see yieldToBrowser in its module). Here a thousand articles render one
// after another (each finished before the next, so that its warnings are its own) and are checked
// once all are in: frames add only time, about 15 ms each, six of them an article since the
// registry's block types joined the benign article. So this page says it is hidden.
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });

interface Rendered {
  payload: (typeof PAYLOADS)[number];
  items: ReturnType<typeof articleFor>['items'];
  warnings: string[];
  loaded: boolean;
  failed: boolean;
  header: boolean;
  /** The text of each code block (<pre>), as it is in the DOM. */
  codes: string[];
}

interface Run {
  probe: Probe;
  articles: Rendered[];
}

async function renderGroup(groups: string[], payloads: typeof PAYLOADS): Promise<Run> {
  const root = stage();
  const articles: Rendered[] = [];
  try {
    for (const payload of payloads) {
      const { article, items } = articleFor(groups, payload, IMAGE);
      const el = document.createElement('news-article') as NewsArticle;
      el.dataset.payload = payload.name;
      const entry: Rendered = {
        payload,
        items,
        warnings: [],
        loaded: false,
        failed: false,
        header: false,
        codes: [],
      };
      // Listening only while it renders: the clicks later dispatch load and error events on everything.
      const onLoad = () => (entry.loaded = true);
      const onError = () => (entry.failed = true);
      el.addEventListener('load', onLoad);
      el.addEventListener('error', onError);
      el.article = article as never;
      entry.warnings = await warningsDuring(async () => {
        root.append(el);
        await el.updateComplete;
      });
      el.removeEventListener('load', onLoad);
      el.removeEventListener('error', onError);
      entry.header = Boolean(el.querySelector(':scope > [data-article-role="header"]'));
      entry.codes = Array.from(el.querySelectorAll('pre'), (pre) => pre.textContent ?? '');
      articles.push(entry);
    }
    let result!: Probe;
    await warningsDuring(async () => (result = await probe(root)));
    return { probe: result, articles };
  } finally {
    root.remove();
  }
}

const named = (warnings: string[], path: string) => warnings.some((w) => w.startsWith(`news-article: ${path}: `));

/**
 * The suite for groups of fields that share one article per payload (see GROUPS in fields.js).
 * `share` = [i, n] runs the i-th of n interleaved shares of the payload chunks, so that a large
 * group can be split across test files, each within the runner's time per file in every engine.
 */
export function articleSuite(groups: (keyof typeof GROUPS)[], share: [number, number] = [0, 1]): void {
  const description = groups.map((g) => GROUPS[g]).join('; ');
  const fields = ARTICLE_FIELDS.filter((f) => (groups as string[]).includes(f.group));
  const has = (...kinds: string[]) => fields.some((f) => kinds.includes(f.kind));

  describe(`untrusted Article JSON in the browser: ${description}`, () => {
    const corpus = corpusHere(PAYLOADS, groups.includes('lang'));
    it(`feeds ${corpus.length} of ${PAYLOADS.length} named payloads (${corpus.length === PAYLOADS.length ? 'all' : 'one of each kind: see corpusHere'}) in ${Object.keys(KIND_COUNTS).length} kinds into ${fields.length} fields: ${fields.map((f) => f.name).join(', ')}`, () => {
      expect(PAYLOADS.length).to.be.at.least(150);
      // Every kind the issue names, each with a few cases at least.
      for (const kind of [
        'script',
        'handler',
        'attribute',
        'svg',
        'mathml',
        'mutation',
        'javascript-url',
        'data-url',
        'vbscript-url',
        'srcset',
        'css',
      ])
        expect(KIND_COUNTS[kind] ?? 0, kind).to.be.at.least(5);
      const named = (pattern: RegExp) => PAYLOADS.filter((p) => pattern.test(p.name)).length;
      expect(
        named(/url: .*(space|tab|newline|null|control|whitespace|feed|separator)/),
        'URLs with whitespace tricks',
      ).to.be.at.least(10);
      expect(named(/url: .*entit/), 'URLs with entity tricks').to.be.at.least(8);
      expect(fields.length, 'fields').to.be.greaterThan(0);
      expect(new Set(PAYLOADS.map((p) => p.payload)).size, 'distinct payloads').to.equal(PAYLOADS.length);
      expect(new Set(PAYLOADS.map((p) => p.name)).size, 'distinct names').to.equal(PAYLOADS.length);
    });

    for (const { title, payloads } of chunks(corpus, 40).filter((_, i) => i % share[1] === share[0])) {
      describe(`with ${title}`, () => {
        let run: Run;
        const items = () =>
          run.articles.flatMap((a) =>
            a.items.map((item) => ({ ...item, payload: a.payload, warnings: a.warnings, codes: a.codes })),
          );

        before(async function () {
          this.timeout(120000);
          run = await renderGroup(groups, payloads);
        });

        it('runs no script, with everything hovered, pressed, clicked and focused', () => {
          const { probe: p } = run;
          expect(p.touched, 'elements hovered and clicked').to.be.greaterThan(payloads.length * 20);
          expect(p.clickedLinks, 'links clicked').to.be.greaterThan(0);
          const byId = new Map(PAYLOADS.map((x) => [String(x.id), x.name]));
          const problems = [
            listed(
              'the canary fired for',
              p.fired.map((id) => byId.get(id) ?? id),
            ),
            listed('a click reached an unsafe link', p.unsafeNavigations),
            listed('uncaught errors', p.uncaught),
          ].filter(Boolean);
          expect(problems.join('\n')).to.equal('');
        });

        it('lets no script, frame, form, object, style element, handler or unsafe URL into the light or shadow DOM', () => {
          expect(run.probe.shadowRoots, 'shadow roots walked').to.be.at.least(payloads.length * 5);
          expect(listed('found', run.probe.violations)).to.equal('');
        });

        it('renders the rest of every article', () => {
          const broken = run.articles.filter((a) => !a.loaded || a.failed || !a.header);
          expect(
            listed(
              'no load event or no header',
              broken.map((a) => a.payload.name),
            ),
          ).to.equal('');
          expect(run.probe.text.split(BENIGN_PARAGRAPH).length - 1, 'benign first paragraphs shown').to.equal(
            payloads.length,
          );
        });

        if (has('text', 'code')) {
          it('shows each payload in a text field as plain text, with the harmless text around it', () => {
            const missing = items().filter(
              (i) => ['text', 'code'].includes(i.field.kind) && !run.probe.text.includes(norm(i.value)),
            );
            expect(
              listed(
                'not shown as text',
                missing.map((m) => `${m.field.name}: ${m.payload.name}`),
              ),
            ).to.equal('');
          });
        }

        if (has('code')) {
          it('keeps each payload in a code field verbatim in a <pre>, every character and space', () => {
            const changed = items().filter(
              (i) => i.field.kind === 'code' && !i.codes.some((c) => verbatim(c) === verbatim(i.value)),
            );
            expect(
              listed(
                'not kept verbatim',
                changed.map((m) => `${m.field.name}: ${m.payload.name}`),
              ),
            ).to.equal('');
          });
        }

        if (has('html', 'href', 'tweet-text')) {
          it('shows the harmless text around each payload in an HTML field or post', () => {
            const missing: string[] = [];
            for (const item of items()) {
              if (!['html', 'href', 'tweet-text'].includes(item.field.kind)) continue;
              const expected =
                item.field.kind === 'tweet-text'
                  ? [markerBefore(item.key), markerAfter(item.key)]
                  : expectedHtmlMarkers(item.value, item.key);
              // The text before a payload is plain text whatever follows; an oracle that says otherwise is broken.
              if (!expected.includes(markerBefore(item.key)))
                missing.push(`${item.field.name}: ${item.payload.name}: oracle lost the leading text`);
              for (const marker of expected) {
                if (!run.probe.text.includes(marker))
                  missing.push(`${item.field.name}: ${item.payload.name}: ${marker}`);
              }
            }
            expect(listed('harmless text not shown', missing)).to.equal('');
          });

          // Only where this part of the corpus puts links with an unsafe scheme in the HTML fields.
          const links = payloads.some((p) =>
            articleFor(groups, p, IMAGE).items.some(
              (i) => ['html', 'href'].includes(i.field.kind) && hasUnsafeLink(i.value),
            ),
          );
          if (links)
            it('reports each link in an HTML field whose URL it dropped', () => {
              const silent = items().filter(
                (i) => ['html', 'href'].includes(i.field.kind) && hasUnsafeLink(i.value) && !named(i.warnings, i.path),
              );
              expect(
                listed(
                  'unsafe link removed without a warning naming the path',
                  silent.map((s) => `${s.path}: ${s.payload.name}`),
                ),
              ).to.equal('');
            });
        }

        if (has('alt')) {
          it('keeps each alt text whole, as an attribute', () => {
            const missing = items().filter((i) => i.field.kind === 'alt' && !run.probe.alts.includes(norm(i.value)));
            expect(
              listed(
                'alt text not kept',
                missing.map((m) => `${m.field.name}: ${m.payload.name}`),
              ),
            ).to.equal('');
          });
        }

        if (has('date', 'number', 'type', 'value')) {
          it('leaves each invalid date, number, block type and other value out (or uses the default) with a warning naming the JSON path', () => {
            const invalid = items().filter((i) =>
              i.field.kind === 'date'
                ? Number.isNaN(new Date(i.value).getTime())
                : i.field.kind === 'number'
                  ? !(Number(i.value) > 0)
                  : i.field.kind === 'type' || i.field.kind === 'value',
            );
            expect(invalid.length).to.equal(
              payloads.length * fields.filter((f) => ['date', 'number', 'type', 'value'].includes(f.kind)).length,
            );
            const silent = invalid.filter((i) => !named(i.warnings, i.path));
            expect(
              listed(
                'left out without a warning naming the path',
                silent.map((s) => `${s.path}: ${s.payload.name}`),
              ),
            ).to.equal('');
          });
        }

        if (has('url', 'srcset')) {
          it('drops each URL with an unsafe scheme, with a warning naming the JSON path', () => {
            const unsafe = items().filter((i) =>
              i.field.kind === 'srcset' ? srcsetUrls(i.value).some(unsafeUrl) : unsafeUrl(i.value),
            );
            const silent = unsafe.filter((i) => !named(i.warnings, i.path));
            expect(
              listed(
                'unsafe URL without a warning naming the path',
                silent.map((s) => `${s.path}: ${s.payload.name}`),
              ),
            ).to.equal('');
          });
        }
      });
    }
  });
}
