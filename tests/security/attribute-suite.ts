// Untrusted attributes, in the browser: every payload of the corpus in every attribute of every
// element, hand-authored with setAttribute, hovered, clicked and inspected. One test file per element
// (attributes-*.test.ts), so that each stays well within the runner's time per file.
import { expect } from '@open-wc/testing';
import { PAYLOADS } from './payloads.js';
import {
  BENIGN_HEADLINE,
  BENIGN_PARAGRAPH,
  ELEMENTS,
  attributeValue,
  markerAfter,
  markerBefore,
  norm,
  wrap,
} from './fields.js';
import {
  chunks,
  corpusHere,
  listed,
  probe,
  srcsetUrls,
  stage,
  unsafeUrl,
  warningsDuring,
  type Probe,
} from './harness.js';

const IMAGE = new URL('/examples/the-corner-lead.svg', location.href).href;
type Tag = keyof typeof ELEMENTS;
type Payload = (typeof PAYLOADS)[number];

/** What each element shows from its benign attributes: it must keep showing it. */
const BENIGN_SHOWS: Record<Tag, [string, string][]> = {
  'article-header': [
    ['headline', 'Benign headline'],
    ['dek', 'Benign dek'],
    ['section', 'Benign section'],
  ],
  'photo-figure': [
    ['caption', 'Benign caption'],
    ['credit', 'Benign credit'],
  ],
  'pull-quote': [
    ['text', 'Benign quote'],
    ['attribution', 'Benign attribution'],
  ],
  'tweet-embed': [
    ['author-name', 'Benign Poster'],
    ['text', 'Benign post'],
  ],
  'social-post': [
    ['author-name', 'Benign Social Poster'],
    ['text', 'Benign social post'],
  ],
  'author-bio': [
    ['name', 'Benign Author'],
    ['bio', 'Benign bio'],
  ],
  'embed-frame': [
    ['caption', 'Benign caption'],
    ['credit', 'Benign credit'],
  ],
  'news-article': [['src', BENIGN_PARAGRAPH]],
};

/** An attribute set to a payload: the value given and its marker key. */
interface Given {
  attribute: string;
  kind: string;
  key: string;
  value: string;
}

/** One way of feeding a payload to an element: which attributes get it, and how. */
interface Setup {
  title: string;
  attributes: string[];
  /** JSON attributes get the raw payload (not JSON at all) instead of JSON holding it. */
  raw?: boolean;
}

export function setupsFor(tag: Tag): Setup[] {
  const spec = ELEMENTS[tag];
  const all = Object.keys(spec.attributes);
  const together = all.filter((a) => !(spec.alone as string[]).includes(a));
  const json = all.filter((a) => spec.attributes[a as keyof typeof spec.attributes].startsWith('json'));
  return [
    ...(together.length ? [{ title: `every attribute at once: ${together.join(', ')}`, attributes: together }] : []),
    ...(spec.alone as string[]).map((a) => ({ title: `${a} alone`, attributes: [a] })),
    ...(json.length ? [{ title: `${json.join(', ')} as raw text, not JSON`, attributes: json, raw: true }] : []),
  ];
}

interface Made {
  el: HTMLElement;
  payload: Payload;
  given: Given[];
  warnings: string[];
  loaded: boolean;
  failed: boolean;
}

interface Run {
  probe: Probe;
  made: Made[];
  /** Error messages <news-article> elements show, as a reader sees them. */
  errorMessages: string[];
}

/** A small article for <news-article heading-level / lang>: a headline, a paragraph and a heading. */
const smallArticle = () => ({
  headline: BENIGN_HEADLINE,
  body: [
    { type: 'paragraph', html: BENIGN_PARAGRAPH },
    { type: 'heading', text: 'Benign heading' },
  ],
});

export async function renderSetup(tag: Tag, setup: Setup, payloads: Payload[]): Promise<Run> {
  const spec = ELEMENTS[tag];
  const kinds = spec.attributes as Record<string, string>;
  const root = stage();
  const made: Made[] = [];
  try {
    for (const payload of payloads) {
      const el = document.createElement(tag);
      el.dataset.handAuthored = '';
      el.dataset.payload = payload.name;
      for (const [name, value] of Object.entries(spec.benign)) el.setAttribute(name, value === 'IMAGE' ? IMAGE : value);
      const given = setup.attributes.map((attribute) => {
        const key = `a${Object.keys(kinds).indexOf(attribute)}p${payload.id}`;
        const kind = kinds[attribute];
        return {
          attribute,
          kind,
          key,
          value: setup.raw ? payload.payload : attributeValue(kind, key, payload.payload),
        };
      });
      for (const g of given) el.setAttribute(g.attribute, g.value);
      if (tag === 'news-article' && !setup.attributes.includes('src'))
        (el as unknown as { article: unknown }).article = smallArticle();
      const entry: Made = { el, payload, given, warnings: [], loaded: false, failed: false };
      // Listening only while it renders: the clicks later dispatch load and error events on everything.
      const onLoad = () => (entry.loaded = true);
      const onError = () => (entry.failed = true);
      el.addEventListener('load', onLoad);
      el.addEventListener('error', onError);
      entry.warnings = await warningsDuring(async () => {
        root.append(el);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      });
      el.removeEventListener('load', onLoad);
      el.removeEventListener('error', onError);
      made.push(entry);
    }
    let result!: Probe;
    await warningsDuring(async () => (result = await probe(root)));
    const errorMessages = made
      .map((m) => m.el.shadowRoot?.querySelector<HTMLElement>('[part~="error"]'))
      .filter((e): e is HTMLElement => Boolean(e?.checkVisibility()))
      .map((e) => norm(e.textContent));
    return { probe: result, made, errorMessages };
  } finally {
    root.remove();
  }
}

/** The URL a given value puts where the element would use it, for each kind of URL attribute. */
function urlsOf(g: Given, raw: boolean): string[] {
  if (raw) return [];
  if (g.kind === 'url') return [g.value];
  if (g.kind === 'srcset') return srcsetUrls(g.value);
  if (g.kind === 'json-authors' || g.kind === 'json-links') return [JSON.parse(g.value)[1].url];
  return [];
}

/** The suite for some of the elements. */
export function attributeSuite(tags: Tag[]): void {
  for (const tag of tags) {
    describe(`<${tag}> hand-authored with untrusted attributes`, () => {
      for (const setup of setupsFor(tag)) {
        describe(setup.title, () => {
          // An unknown lang slows WebKit's text layout down: fewer payloads there (see corpusHere).
          const corpus = corpusHere(PAYLOADS, setup.attributes.includes('lang'));
          for (const { title, payloads } of chunks(corpus, 80)) {
            describe(`with ${title}`, () => {
              let run: Run;
              const given = () => run.made.flatMap((m) => m.given.map((g) => ({ ...g, made: m })));
              before(async function () {
                this.timeout(120000);
                run = await renderSetup(tag, setup, payloads);
              });

              it('runs no script, with everything hovered, pressed, clicked and focused', () => {
                const { probe: p } = run;
                expect(p.touched, 'elements hovered and clicked').to.be.greaterThan(run.made.length * 3);
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

              it('lets no script, frame, form, object, style element, handler or unsafe URL into what it renders', () => {
                expect(run.probe.shadowRoots, 'shadow roots walked').to.be.at.least(run.made.length);
                expect(listed('found', run.probe.violations)).to.equal('');
              });

              // A post marked live has swapped its card for the live post: nothing of the card shows.
              const hidden = (tag === 'tweet-embed' || tag === 'social-post') && setup.attributes.includes('live');
              const benign = hidden ? [] : BENIGN_SHOWS[tag].filter(([from]) => !setup.attributes.includes(from));
              if (benign.length) {
                it('still shows what its other attributes say', () => {
                  const missing: string[] = [];
                  for (const [, text] of benign) {
                    const shown = run.probe.text.split(text).length - 1;
                    if (shown < run.made.length)
                      missing.push(`"${text}" shown ${shown} times for ${run.made.length} elements`);
                  }
                  expect(listed('not shown', missing)).to.equal('');
                });
              }

              if (
                !setup.raw &&
                setup.attributes.some((a) =>
                  ['text', 'tweet-text', 'json-authors', 'json-links'].includes(ELEMENTS[tag].attributes[a as never]),
                )
              ) {
                it('shows each payload in a text attribute as plain text, with the harmless text around it', () => {
                  const missing: string[] = [];
                  for (const g of given()) {
                    if (g.kind === 'tweet-text') {
                      for (const m of [markerBefore(g.key), markerAfter(g.key)])
                        if (!run.probe.text.includes(m)) missing.push(`${g.attribute}: ${g.made.payload.name}: ${m}`);
                    } else if (
                      ['text', 'json-authors', 'json-links'].includes(g.kind) &&
                      !run.probe.text.includes(norm(wrap(g.key, g.made.payload.payload)))
                    ) {
                      missing.push(`${g.attribute}: ${g.made.payload.name}`);
                    }
                  }
                  expect(listed('not shown as text', missing)).to.equal('');
                });
              }

              if (!setup.raw && setup.attributes.some((a) => ELEMENTS[tag].attributes[a as never] === 'alt')) {
                it('keeps each alt text whole, as an attribute', () => {
                  const missing = given().filter((g) => g.kind === 'alt' && !run.probe.alts.includes(norm(g.value)));
                  expect(
                    listed(
                      'alt text not kept',
                      missing.map((m) => m.made.payload.name),
                    ),
                  ).to.equal('');
                });
              }

              if (setup.attributes.some((a) => ELEMENTS[tag].attributes[a as never] === 'date')) {
                it('leaves each invalid date out with a warning naming the element and attribute', () => {
                  const silent = given().filter(
                    (g) =>
                      g.kind === 'date' &&
                      Number.isNaN(new Date(g.value).getTime()) &&
                      !g.made.warnings.some((w) => w.startsWith(`${tag}: ${g.attribute} `)),
                  );
                  expect(
                    listed(
                      'invalid date without a warning',
                      silent.map((g) => `${g.attribute}: ${g.made.payload.name}`),
                    ),
                  ).to.equal('');
                });
              }

              for (const attribute of setup.raw ? [] : setup.attributes) {
                const kind = (ELEMENTS[tag].attributes as Record<string, string>)[attribute];
                if (!['url', 'srcset', 'json-authors', 'json-links'].includes(kind)) continue;
                // Only where this part of the corpus has URLs with an unsafe scheme for the attribute.
                const probeGiven = (p: Payload): Given => ({
                  attribute,
                  kind,
                  key: 'k',
                  value: attributeValue(kind, 'k', p.payload),
                });
                if (!payloads.some((p) => urlsOf(probeGiven(p), false).some(unsafeUrl))) continue;
                it(`drops each unsafe URL in ${attribute} with a warning naming the element and attribute`, () => {
                  const unsafe = given().filter((g) => g.attribute === attribute && urlsOf(g, false).some(unsafeUrl));
                  const silent = unsafe.filter(
                    (g) => !g.made.warnings.some((w) => w.startsWith(`${tag}: `) && w.includes(attribute)),
                  );
                  expect(
                    listed(
                      'unsafe URL without a warning',
                      silent.map((g) => `${g.made.payload.name}: ${urlsOf(g, false).join(' ')}`),
                    ),
                  ).to.equal('');
                });
              }

              if (tag === 'news-article' && setup.attributes.includes('src')) {
                it('shows the article or, when nothing can be shown, a readable message and an error event', () => {
                  const neither = run.made.filter((m) => m.loaded === m.failed);
                  expect(
                    listed(
                      'fired neither or both of load and error',
                      neither.map((m) => m.payload.name),
                    ),
                  ).to.equal('');
                  const failed = run.made.filter((m) => m.failed).length;
                  expect(failed, 'articles that could not be loaded').to.be.greaterThan(0);
                  expect(run.errorMessages.length, 'error messages shown').to.equal(failed);
                  const unreadable = run.errorMessages.filter((t) => t.length < 20);
                  expect(listed('unreadable messages', unreadable)).to.equal('');
                });
              }
            });
          }
        });
      }
    });
  }
}
