import { html, nothing, type TemplateResult } from 'lit';
import { ArticleElementBase } from '../../internal/base.js';
import { initials, msg } from '../../internal/i18n.js';
import { maybeLink, ownProp } from '../../internal/templates.js';
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

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    name: {},
    href: {},
    jobTitle: { attribute: 'job-title' },
    avatar: {},
    bio: {},
    links: { type: Array },
  };

  /** The author's name. */
  name?: string;

  /** Link for the name, e.g. the author's page. */
  href?: string;

  /** Job title, e.g. "National Security Correspondent". (Not `role`: that is the host's ARIA role.) */
  jobTitle?: string;

  /** Photo URL; initials show without one. */
  avatar?: string;

  /** Bio text, when not given as content. */
  bio?: string;

  /** Profile links as `{ label, url }` objects (JSON in the attribute). */
  links: AuthorBioLink[] = [];

  override render(): TemplateResult {
    const lang = this.locale;
    const name = this.name?.trim() ?? '';
    const avatar = this.safe('avatar', this.avatar);
    const links = (Array.isArray(this.links) ? this.links : [])
      .map((link, i) => ({ label: ownProp(link, 'label'), url: this.safe(`links[${i}].url`, ownProp(link, 'url')) }))
      .filter((link) => typeof link.label === 'string' && link.label && link.url);
    return html`
      <section part="base" aria-label=${name ? msg(lang, 'about', 'About {name}', name) : nothing}>
        <span part="avatar" aria-hidden="true"
          >${avatar ? html`<img src=${avatar} alt="" width="64" height="64" loading="lazy" />` : initials(name)}</span
        >
        <div class="body">
          <p part="name"><slot name="name">${maybeLink(name, this.safe('href', this.href))}</slot></p>
          <p part="role" ?hidden=${!this.jobTitle && !this.slotted('job-title')}>
            <slot name="job-title">${this.jobTitle}</slot>
          </p>
          <div part="bio" ?hidden=${!this.bio && !this.slotted('')}><slot>${this.bio}</slot></div>
          ${
            links.length
              ? html`<ul part="links" aria-label=${msg(lang, 'profiles', 'Profiles')}>
                  ${links.map((link) => html`<li><a href=${link.url!}>${link.label}</a></li>`)}
                </ul>`
              : nothing
          }
        </div>
      </section>
    `;
  }
}
