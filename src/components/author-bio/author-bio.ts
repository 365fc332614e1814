import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
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
 * @csspart avatar - The photo, or the initials when there is none or it fails to load.
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
    broken: { state: true, attribute: false },
  };

  /** The author's name. */
  name?: string;

  /** Link for the name, e.g. the author's page. */
  href?: string;

  /** Job title, e.g. "National Security Correspondent". (Not `role`: that is the host's ARIA role.) */
  jobTitle?: string;

  /** Photo URL; initials show without one, and in its place if it fails to load. */
  avatar?: string;

  /** Bio text, when not given as content. */
  bio?: string;

  /** Profile links as `{ label, url }` objects (JSON in the attribute). */
  links: AuthorBioLink[] = [];

  /** True when the avatar failed to load. */
  private broken = false;

  override willUpdate(changed: PropertyValues<this>): void {
    // A new photo gets its chance (not at the first update: an error before it was this photo's).
    if (this.hasUpdated && changed.has('avatar')) this.broken = false;
  }

  override firstUpdated(): void {
    // Heard on the root (error does not bubble: capture), so a server-rendered <img> is heard too,
    // but not an image in the slotted bio; one that failed before the upgrade has fired already.
    const root = this.renderRoot;
    root.addEventListener('error', (e) => (e.target as Node).getRootNode() === root && this.#handleError(), true);
    const img = root.querySelector('img');
    if (img?.complete && !img.naturalWidth && img.getAttribute('src')) this.#handleError();
  }

  #handleError(): void {
    // Once per avatar: a server-rendered image that failed fails again in the DOM Lit renders after it.
    if (this.broken) return;
    this.broken = true;
    const path = this.dataset.jsonPath ? `${this.dataset.jsonPath}.image.src: ` : '';
    this.warn(`${path}avatar "${this.avatar}" failed to load; showing initials instead`);
  }

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
          >${avatar && !this.broken ? html`<img src=${avatar} alt="" width="64" height="64" loading="lazy" />` : initials(name)}</span
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
