import { expect } from '@open-wc/testing';
import { loadSanitizer, sanitize } from '../src/internal/sanitize.js';
import { safeUrl } from '../src/internal/url.js';

/** Sanitizes `markup` into a detached div and collects what it reported. */
function clean(markup: string, mode: 'inline' | 'block' = 'inline'): { root: HTMLDivElement; issues: string[] } {
  const issues: string[] = [];
  const root = document.createElement('div');
  root.append(sanitize(markup, mode, (message) => issues.push(message)));
  return { root, issues };
}

const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">a</a>',
  '<a href=" javascript:alert(1)">b</a>',
  '<a href="java&#x09;script:alert(1)">c</a>',
  '<a href="java\nscript:alert(1)">d</a>',
  '<a href="&#106;avascript:alert(1)">e</a>',
  '<a href="JaVaScRiPt:alert(1)">f</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">g</a>',
  '<a href="data:text/html,<script>alert(1)</script>">h</a>',
  '<a href="vbscript:msgbox(1)">i</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<em onmouseover="alert(1)" style="background:url(javascript:alert(1))">j</em>',
  '<math><a xlink:href="javascript:alert(1)">k</a></math>',
  '<form action="javascript:alert(1)"><button>l</button></form>',
];

describe('sanitize', () => {
  before(async () => {
    await loadSanitizer();
  });

  describe('when given attacks', () => {
    for (const attack of ATTACKS) {
      it(`leaves nothing executable in ${attack}`, () => {
        for (const mode of ['inline', 'block'] as const) {
          const { root } = clean(attack, mode);
          expect(
            root.querySelector('script, iframe, img, svg, math, form, button, object, embed, style'),
            mode,
          ).to.equal(null);
          for (const el of root.querySelectorAll('*')) {
            for (const attr of el.attributes) {
              expect(attr.name, `${el.localName} ${mode}`).to.not.match(/^on/i);
              expect(attr.name, `${el.localName} ${mode}`).to.not.equal('style');
            }
          }
          for (const a of root.querySelectorAll('a[href]')) {
            expect(new URL(a.getAttribute('href')!, location.href).protocol, mode).to.match(/^(https?|mailto):$/);
          }
        }
      });
    }

    it('drops the body of a script, not only its tags', () => {
      const { root } = clean('Before<script>alert("pwned")</script>after');
      expect(root.textContent).to.equal('Beforeafter');
    });

    it('keeps the text of a link whose href it removed', () => {
      const { root } = clean('Read <a href=" java&#x09;script:alert(1)">this</a> now');
      expect(root.textContent).to.equal('Read this now');
      expect(root.querySelector('a')!.hasAttribute('href')).to.equal(false);
    });
  });

  describe('when given allowed markup', () => {
    it('keeps the inline elements and a safe link with its title', () => {
      const { root, issues } = clean(
        '<em>a</em><strong>b</strong><i>c</i><b>d</b><code>e</code>H<sub>2</sub>O x<sup>2</sup><br><a href="https://www.washingtonpost.com/" title="The Post" hreflang="en">f</a>',
      );
      expect(Array.from(root.children, (c) => c.localName)).to.deep.equal([
        'em',
        'strong',
        'i',
        'b',
        'code',
        'sub',
        'sup',
        'br',
        'a',
      ]);
      const a = root.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal('https://www.washingtonpost.com/');
      expect(a.title).to.equal('The Post');
      expect(a.hreflang).to.equal('en');
      expect(issues).to.deep.equal([]);
    });

    it('keeps mailto and relative links', () => {
      const { root } = clean('<a href="mailto:tips@example.com">m</a> <a href="/corner/">r</a>');
      expect(Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal([
        'mailto:tips@example.com',
        '/corner/',
      ]);
    });

    it('keeps lang and dir, and drops other attributes', () => {
      const { root } = clean('<em lang="uk" dir="ltr" class="x" id="y" data-z="1" title="t">Слава</em>');
      const em = root.querySelector('em')!;
      expect(Array.from(em.attributes, (a) => a.name).sort()).to.deep.equal(['dir', 'lang']);
      expect(em.textContent).to.equal('Слава');
    });

    it('keeps paragraphs in block mode and unwraps them in inline mode', () => {
      const markup = '<p>One.</p><p>Two.</p>';
      expect(Array.from(clean(markup, 'block').root.children, (c) => c.localName)).to.deep.equal(['p', 'p']);
      const inline = clean(markup, 'inline');
      expect(inline.root.children).to.have.length(0);
      expect(inline.root.textContent).to.equal('One.Two.');
      expect(inline.issues).to.deep.equal(['removed markup not allowed here: <p>']);
    });
  });

  describe('when given disallowed elements', () => {
    it('unwraps nested disallowed elements and keeps their text and allowed children', () => {
      const { root, issues } = clean(
        '<div>Kyiv <span class="x">says <em>there is <u>nothing</u></em> to</span> discuss</div>',
      );
      expect(root.textContent).to.equal('Kyiv says there is nothing to discuss');
      expect(root.querySelector('div, span, u')).to.equal(null);
      expect(root.querySelector('em')!.textContent).to.equal('there is nothing');
      for (const tag of ['<div>', '<span>', '<u>']) expect(issues.join(' ')).to.contain(tag);
    });

    it('unwraps a heading and a list in a paragraph field', () => {
      const { root } = clean('<h2>Title</h2><ul><li>one</li><li>two</li></ul>', 'block');
      expect(root.querySelector('h2, ul, li')).to.equal(null);
      expect(root.textContent).to.equal('Titleonetwo');
    });

    it('keeps the text of elements the browser sanitizer does not know', () => {
      const { root } = clean(
        'Word <font color="red">from</font> <o:p>a</o:p> <x-widget>CMS</x-widget> <center>export</center>',
      );
      expect(root.textContent).to.equal('Word from a CMS export');
    });
  });
});

describe('safeUrl', () => {
  it('keeps http(s), mailto and relative URLs, trimmed', () => {
    expect(safeUrl(' https://example.com/a ')).to.equal('https://example.com/a');
    expect(safeUrl('HTTP://EXAMPLE.COM/')).to.equal('HTTP://EXAMPLE.COM/');
    expect(safeUrl('mailto:a@example.com')).to.equal('mailto:a@example.com');
    expect(safeUrl('/corner/')).to.equal('/corner/');
    expect(safeUrl('the-corner-lead.svg')).to.equal('the-corner-lead.svg');
    expect(safeUrl('//cdn.example.com/x.png')).to.equal('//cdn.example.com/x.png');
  });

  it('rejects other schemes however they are disguised, saying why', () => {
    const reasons: string[] = [];
    for (const url of [
      'javascript:alert(1)',
      '\u0000 javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'JAVASCRIPT:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(
        safeUrl(url, (r) => reasons.push(r)),
        JSON.stringify(url),
      ).to.equal(undefined);
    }
    expect(reasons).to.include('unsafe URL scheme "javascript:" removed');
    expect(reasons).to.include('unsafe URL scheme "data:" removed');
  });

  it('rejects non-strings and empty strings', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
  });
});
