import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ArticleElementBase } from '../../internal/base.js';
import { initials, msg } from '../../internal/i18n.js';
import { maybeLink } from '../../internal/templates.js';
import { safeUrl } from '../../internal/url.js';
import { styles } from './author-bio.styles.js';

export interface AuthorBioLink {
  label: string;
  url: string;
}

/**
 * Who wrote the article: name, role, photo or initials, a short bio and profile links. It is a
 * labelled region ("About Jimmy Quinn") so screen-reader users can jump to it.
 *
 * @tagname author-bio
 * @summary Author name, role, avatar, bio and profile links.
 *
 * @slot - The bio text, e.g. `<p>…</p>`. Falls back to `bio`.
 * @slot name - The author's name, e.g. a link. Falls back to `name` (linked to `href`).
 * @slot job-title - The job title. Falls back to `job-title`.
 *
 * @csspart base - The `<section>` wrapping the bio.
 * @csspart avatar - The photo or initials.
 * @csspart name - The name.
 * @csspart role - The job title.
 * @csspart bio - The bio text.
 * @csspart links - The list of profile links.
 *
 * @cssproperty [--article-author-bio-avatar-size=4rem] - Avatar diameter.
 */
export class AuthorBio extends ArticleElementBase {
  static override styles = styles;

  /** The author's name. */
  @property() name?: string;

  /** Link for the name, e.g. the author's page. */
  @property() href?: string;

  /** Job title, e.g. "National Security Correspondent". (Not `role`: that is the host's ARIA role.) */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /** Photo URL; initials show without one. */
  @property() avatar?: string;

  /** Bio text, when not given as content. */
  @property() bio?: string;

  /** Profile links as `{ label, url }` objects (JSON in the attribute). */
  @property({ type: Array }) links: AuthorBioLink[] = [];

  override render(): TemplateResult {
    const lang = this.locale;
    const name = this.name?.trim() ?? '';
    const avatar = safeUrl(this.avatar, (reason) => this.warn(`avatar: ${reason}`));
    const links = (Array.isArray(this.links) ? this.links : [])
      .map((link) => ({ label: link?.label, url: safeUrl(link?.url, (r) => this.warn(`links: ${r}`)) }))
      .filter((link) => link.label && link.url);
    return html`
      <section part="base" aria-label=${name ? msg(lang, 'about', name) : nothing}>
        <span part="avatar" aria-hidden="true"
          >${avatar ? html`<img src=${avatar} alt="" width="64" height="64" loading="lazy" />` : initials(name)}</span
        >
        <div class="body">
          <p part="name"><slot name="name">${maybeLink(name, this.href)}</slot></p>
          <p part="role" ?hidden=${!this.jobTitle && !this.slotted('job-title')}>
            <slot name="job-title">${this.jobTitle ?? nothing}</slot>
          </p>
          <div part="bio" ?hidden=${!this.bio && !this.slotted('')}><slot>${this.bio ?? nothing}</slot></div>
          ${links.length
            ? html`<ul part="links" aria-label=${msg(lang, 'profiles')}>
                ${links.map((link) => html`<li><a href=${link.url!}>${link.label}</a></li>`)}
              </ul>`
            : nothing}
        </div>
      </section>
    `;
  }
}
