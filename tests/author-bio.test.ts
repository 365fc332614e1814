import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AuthorBio } from '../src/index.js';
import { AuthorBio as AuthorBioClass } from '../src/index.js';
import {
  captureWarnings,
  container,
  imageFailed,
  imageLoaded,
  isHidden,
  leadImage,
  missing,
  mustPart,
  part,
  shownText,
  wrap,
} from './helpers.js';

const NAME = 'Jimmy Quinn';
const HREF = 'https://www.nationalreview.com/author/jimmy-quinn/';
const ROLE = 'National Security Correspondent, National Review';
const BIO =
  'Jimmy Quinn is the national security correspondent for National Review and a Novak Fellow at The Fund for American Studies.';
const LINKS = [
  { label: 'X', url: 'https://x.com/jimmyquinn' },
  { label: 'Email', url: 'mailto:jquinn@example.com' },
];

/**
 * The avatar's <img>, made to load now: it is lazy, and a lazy image in a page the runner keeps in
 * the background may never start.
 */
function eager(el: Element): HTMLImageElement {
  const img = mustPart(el, 'avatar').querySelector('img')!;
  img.loading = 'eager';
  return img;
}

describe('<author-bio>', () => {
  describe('accessibility', () => {
    it('passes axe with every part filled', async () => {
      const el = await fixture<AuthorBio>(
        html`<author-bio name=${NAME} href=${HREF} job-title=${ROLE} bio=${BIO} .links=${LINKS}></author-bio>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe when empty', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio></author-bio>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe with a photo', async () => {
      const el = await fixture<AuthorBio>(
        html`<author-bio name=${NAME} avatar=${leadImage()} bio=${BIO}></author-bio>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults and reflection', () => {
    it('is a region labelled with the name', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio name=${NAME}></author-bio>`);
      const base = mustPart(el, 'base');
      expect(base.localName).to.equal('section');
      expect(base.getAttribute('aria-label')).to.equal('About Jimmy Quinn');
    });

    it('shows initials without an avatar, and no links list', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio name=${NAME}></author-bio>`);
      expect(el.links).to.deep.equal([]);
      expect(shownText(mustPart(el, 'avatar'))).to.equal('JQ');
      expect(mustPart(el, 'avatar').getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'links')).to.equal(null);
    });

    it('shows the avatar image, decorative beside the name', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio name=${NAME} avatar=${leadImage()}></author-bio>`);
      const img = mustPart(el, 'avatar').querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(leadImage());
      expect(img.getAttribute('alt')).to.equal('');
      expect(shownText(mustPart(el, 'avatar'))).to.equal('');
    });

    it('links the name to href', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio name=${NAME} href=${HREF}></author-bio>`);
      const link = mustPart(el, 'name').querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(HREF);
      expect(link.textContent).to.equal(NAME);
    });

    it('does not link the name to an unsafe href', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio name=${NAME} href="javascript:alert(1)"></author-bio>`);
      expect(mustPart(el, 'name').querySelector('a')).to.equal(null);
      expect(shownText(mustPart(el, 'name'))).to.equal(NAME);
    });

    it('lists profile links given as a property', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio name=${NAME} .links=${LINKS}></author-bio>`);
      const list = mustPart(el, 'links');
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('aria-label')).to.equal('Profiles');
      const links = Array.from(list.querySelectorAll('li > a')).map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).to.deep.equal(LINKS.map((l) => [l.label, l.url]));
    });

    it('reads links given as JSON in the attribute', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio name=${NAME} links=${JSON.stringify(LINKS)}></author-bio>`);
      expect(mustPart(el, 'links').querySelectorAll('a')).to.have.length(2);
    });

    it('drops unsafe and incomplete links, warning about the unsafe one', async () => {
      let el!: AuthorBio;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AuthorBio>(
          html`<author-bio
            name=${NAME}
            .links=${[
              { label: 'Evil', url: 'javascript:alert(1)' },
              { label: '', url: 'https://x.com/a' },
              { label: 'Site', url: HREF },
            ]}
          ></author-bio>`,
        );
      });
      expect(warnings).to.include('author-bio: links[0].url: unsafe URL scheme "javascript:" removed');
      const links = Array.from(mustPart(el, 'links').querySelectorAll('a')).map((a) => a.textContent);
      expect(links).to.deep.equal(['Site']);
    });

    it('drops an unsafe avatar with a warning and shows initials', async () => {
      let el!: AuthorBio;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AuthorBio>(html`<author-bio name=${NAME} avatar="javascript:alert(1)"></author-bio>`);
      });
      expect(warnings).to.include('author-bio: avatar: unsafe URL scheme "javascript:" removed');
      expect(shownText(mustPart(el, 'avatar'))).to.equal('JQ');
    });

    it('writes its labels in the language of the nearest lang', async () => {
      const wrapper = await wrap(html`<div lang="es"><author-bio name=${NAME} .links=${LINKS}></author-bio></div>`);
      const el = wrapper.querySelector('author-bio')!;
      expect(mustPart(el, 'base').getAttribute('aria-label')).to.equal('Sobre Jimmy Quinn');
      expect(mustPart(el, 'links').getAttribute('aria-label')).to.equal('Perfiles');
    });
  });

  describe('when text comes from attributes', () => {
    it('shows name, job title and bio', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio name=${NAME} job-title=${ROLE} bio=${BIO}></author-bio>`);
      expect(shownText(mustPart(el, 'name'))).to.equal(NAME);
      expect(shownText(mustPart(el, 'role'))).to.equal(ROLE);
      expect(shownText(mustPart(el, 'bio'))).to.equal(BIO);
      expect(isHidden(mustPart(el, 'role'))).to.equal(false);
      expect(isHidden(mustPart(el, 'bio'))).to.equal(false);
    });
  });

  describe('when text comes from slots', () => {
    it('shows slotted name, job title and bio instead of the attributes', async () => {
      const el = await fixture<AuthorBio>(
        html`<author-bio name=${NAME} job-title="Attr title" bio="Attr bio">
          <a slot="name" href=${HREF}>Jimmy <b>Quinn</b></a>
          <span slot="job-title">${ROLE}</span>
          <p>${BIO}</p>
        </author-bio>`,
      );
      expect(shownText(mustPart(el, 'name'))).to.equal('Jimmy Quinn');
      expect(shownText(mustPart(el, 'role'))).to.equal(ROLE);
      expect(shownText(mustPart(el, 'bio'))).to.equal(BIO);
    });

    it('shows the role and bio wrappers for slotted content alone', async () => {
      const el = await fixture<AuthorBio>(
        html`<author-bio name=${NAME}
          ><span slot="job-title">${ROLE}</span>
          <p>${BIO}</p></author-bio
        >`,
      );
      expect(isHidden(mustPart(el, 'role'))).to.equal(false);
      expect(isHidden(mustPart(el, 'bio'))).to.equal(false);
    });
  });

  describe('parts', () => {
    it('exposes every documented part', async () => {
      const el = await fixture<AuthorBio>(
        html`<author-bio name=${NAME} job-title=${ROLE} bio=${BIO} .links=${LINKS}></author-bio>`,
      );
      for (const name of ['base', 'avatar', 'name', 'role', 'bio', 'links'])
        expect(part(el, name), name).to.not.equal(null);
    });
  });

  describe('when empty', () => {
    it('renders without throwing and hides role, bio and links', async () => {
      const el = await fixture<AuthorBio>(html`<author-bio></author-bio>`);
      expect(isHidden(mustPart(el, 'role'))).to.equal(true);
      expect(isHidden(mustPart(el, 'bio'))).to.equal(true);
      expect(part(el, 'links')).to.equal(null);
      expect(shownText(mustPart(el, 'avatar'))).to.equal('');
    });
  });

  describe('when the avatar fails to load', () => {
    it('shows the initials in its place, with a warning', async () => {
      const src = missing('avatar.png');
      let el!: AuthorBio;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AuthorBio>(html`<author-bio name=${NAME} avatar=${src}></author-bio>`);
        await imageFailed(eager(el));
        await el.updateComplete;
      });
      const avatar = mustPart(el, 'avatar');
      expect(avatar.querySelectorAll('img').length).to.equal(0);
      expect(shownText(avatar)).to.equal('JQ');
      expect(warnings).to.include(`author-bio: avatar "${src}" failed to load; showing initials instead`);
    });

    it('shows the photo again when given one that loads', async () => {
      let el!: AuthorBio;
      await captureWarnings(async () => {
        el = await fixture<AuthorBio>(html`<author-bio name=${NAME} avatar=${missing('first.png')}></author-bio>`);
        await imageFailed(eager(el));
        await el.updateComplete;
      });
      el.avatar = leadImage();
      await el.updateComplete;
      await imageLoaded(eager(el));
      expect(shownText(mustPart(el, 'avatar'))).to.equal('');
    });

    it('shows the initials when a server-rendered avatar failed before the element upgraded', async () => {
      const src = missing('server-avatar.png');
      // Server markup under a name not yet defined, so the image fails first and the upgrade comes after.
      const tag = `author-bio-late-${Math.random().toString(36).slice(2)}`;
      const box = container();
      (box as unknown as { setHTMLUnsafe(markup: string): void }).setHTMLUnsafe(
        `<${tag} name="${NAME}" avatar="${src}"><template shadowrootmode="open"><section part="base"><span part="avatar" aria-hidden="true"><img src="${src}" alt="" width="64" height="64"></span><div class="body"><p part="name">${NAME}</p></div></section></template></${tag}>`,
      );
      const host = box.firstElementChild!;
      await imageFailed(host.shadowRoot!.querySelector('img')!);
      let el!: AuthorBio;
      await captureWarnings(async () => {
        customElements.define(tag, class extends AuthorBioClass {});
        el = host as AuthorBio;
        await el.updateComplete;
        await el.updateComplete;
      });
      const avatar = mustPart(el, 'avatar');
      expect(avatar.querySelectorAll('img').length).to.equal(0);
      expect(shownText(avatar)).to.equal('JQ');
      box.remove();
    });
  });

  describe('in a script without italics', () => {
    it('sets the bio upright in Arabic and Japanese, italic in English', async () => {
      const style = async (lang: string, slotted = false) => {
        const wrapper = await wrap(
          slotted
            ? html`<div lang="en">
                <author-bio name=${NAME}><p lang=${lang}>${BIO}</p></author-bio>
              </div>`
            : html`<div lang=${lang}><author-bio name=${NAME} bio=${BIO}></author-bio></div>`,
        );
        const el = wrapper.querySelector('author-bio')!;
        const text = slotted ? el.querySelector('p')! : mustPart(el, 'bio');
        return getComputedStyle(text).fontStyle;
      };
      const shown = [];
      for (const [lang, slotted] of [['en'], ['ar'], ['ja'], ['ar-EG'], ['ar', true], ['fr', true]] as const)
        shown.push(await style(lang, slotted));
      expect(shown).to.deep.equal(['italic', 'normal', 'normal', 'normal', 'normal', 'italic']);
    });
  });

  describe('theming', () => {
    it('sizes the avatar from --article-author-bio-avatar-size set on an ancestor', async () => {
      const plain = await fixture<AuthorBio>(html`<author-bio name=${NAME}></author-bio>`);
      expect(getComputedStyle(mustPart(plain, 'avatar')).width).to.not.equal('40px');
      const wrapper = await wrap(
        html`<div style="--article-author-bio-avatar-size: 40px"><author-bio name=${NAME}></author-bio></div>`,
      );
      const avatar = mustPart(wrapper.querySelector('author-bio')!, 'avatar');
      expect(getComputedStyle(avatar).width).to.equal('40px');
      expect(getComputedStyle(avatar).height).to.equal('40px');
    });
  });
});
