import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { linkify, postId } from '../src/internal/linkify.js';

/** Renders linkify's output and reads it back: the text, and each link as [text, href]. */
function linkified(text: string): { text: string; links: [string, string][]; rel: string[] } {
  const root = document.createElement('div');
  render(html`${linkify(text)}`, root);
  const anchors = Array.from(root.querySelectorAll('a'));
  return {
    text: root.textContent!,
    links: anchors.map((a) => [a.textContent!, a.getAttribute('href')!]),
    rel: anchors.map((a) => a.rel),
  };
}

describe('linkify', () => {
  it('leaves text without URLs, mentions or hashtags alone', () => {
    const text = 'Ukraine has never refused to negotiate. Our negotiating position is known and open.';
    expect(linkified(text)).to.deep.equal({ text, links: [], rel: [] });
  });

  it('links a URL, shown without its scheme, and keeps trailing punctuation outside it', () => {
    const result = linkified(
      'Read it: https://www.washingtonpost.com/world/. Then (https://example.com/a?b=1&c=2), then https://example.com/x!',
    );
    expect(result.links).to.deep.equal([
      ['washingtonpost.com/world/', 'https://www.washingtonpost.com/world/'],
      ['example.com/a?b=1&c=2', 'https://example.com/a?b=1&c=2'],
      ['example.com/x', 'https://example.com/x'],
    ]);
    expect(result.text).to.equal(
      'Read it: washingtonpost.com/world/. Then (example.com/a?b=1&c=2), then example.com/x!',
    );
    expect(result.rel).to.deep.equal(['nofollow ugc', 'nofollow ugc', 'nofollow ugc']);
  });

  it('shortens a long URL for display but links all of it', () => {
    const url = 'https://www.nationalreview.com/corner/biden-admin-pressures-ukraine-to-signal-openness/';
    const [[shown, href]] = linkified(url).links;
    expect(href).to.equal(url);
    expect(shown).to.equal('nationalreview.com/corner/biden…');
    expect(Array.from(shown)).to.have.length(32);
  });

  it('links @mentions, leaving trailing punctuation and e-mail addresses alone', () => {
    const result = linkified('Thanks @Podolyak_M, and @ZelenskyyUa! Mail tips@example.com.');
    expect(result.links).to.deep.equal([
      ['@Podolyak_M', 'https://x.com/Podolyak_M'],
      ['@ZelenskyyUa', 'https://x.com/ZelenskyyUa'],
    ]);
    expect(result.text).to.equal('Thanks @Podolyak_M, and @ZelenskyyUa! Mail tips@example.com.');
    expect(result.rel).to.deep.equal(['nofollow', 'nofollow']);
  });

  it('does not link a would-be handle longer than 15 characters', () => {
    expect(linkified('cc @abcdefghijklmnopq').links).to.deep.equal([]);
  });

  it('links #hashtags, including non-Latin ones, but not numbers or entities', () => {
    const result = linkified('#Ukraine! #Україна, #StandWithUkraine2022. Not #1 or &#39; or a#b');
    expect(result.links).to.deep.equal([
      ['#Ukraine', 'https://x.com/hashtag/Ukraine'],
      ['#Україна', `https://x.com/hashtag/${encodeURIComponent('Україна')}`],
      ['#StandWithUkraine2022', 'https://x.com/hashtag/StandWithUkraine2022'],
    ]);
    expect(result.text).to.equal('#Ukraine! #Україна, #StandWithUkraine2022. Not #1 or &#39; or a#b');
  });

  it('renders markup in the text as text, never as elements', () => {
    const root = document.createElement('div');
    render(html`${linkify('<img src=x onerror=alert(1)> @a <b>bold</b>')}`, root);
    expect(root.querySelector('img, b')).to.equal(null);
    expect(root.textContent).to.equal('<img src=x onerror=alert(1)> @a <b>bold</b>');
  });

  it('links only http and https URLs', () => {
    expect(linkified('javascript:alert(1) ftp://example.com/x').links).to.deep.equal([]);
  });
});

describe('postId', () => {
  it('finds the id in x.com and twitter.com post URLs', () => {
    expect(postId('https://x.com/Podolyak_M/status/1589201473538359296')).to.equal('1589201473538359296');
    expect(postId('https://twitter.com/Podolyak_M/status/1589201473538359296?s=20')).to.equal('1589201473538359296');
    expect(postId('https://mobile.twitter.com/Podolyak_M/statuses/42')).to.equal('42');
    expect(postId('https://www.x.com/a/status/7/photo/1')).to.equal('7');
  });

  it('finds none in other URLs', () => {
    for (const url of [
      undefined,
      '',
      'https://x.com/Podolyak_M',
      'http://x.com/Podolyak_M/status/1',
      'https://evil.example/x.com/a/status/1',
      'https://x.com.evil.example/a/status/1',
      'https://x.com/a/status/abc',
    ]) {
      expect(postId(url), String(url)).to.equal(undefined);
    }
  });
});
