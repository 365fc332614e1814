import { html, nothing, type TemplateResult } from 'lit';
import { ArticleElementBase } from '../../internal/base.js';
import { formatDate, msg, plural, relativeTime } from '../../internal/i18n.js';
import { headingHtml } from '../../internal/retag.js';
import { maybeLink, nameList, ownProp, timeTag, type Named } from '../../internal/templates.js';
import { styles } from './article-header.styles.js';

/**
 * The top of an article: section and category, headline, dek, byline and dates.
 *
 * Text can come from attributes or, so that it is in the page before any script runs, from slotted
 * light DOM (`<span slot="headline">…</span>`); a slot wins over its attribute.
 *
 * @tagname article-header
 * @summary Section label, headline, dek, byline and publication dates of an article.
 *
 * @slot section - Section name, usually a link ("The Corner"). Falls back to `section`.
 * @slot category - Category name, usually a link ("World"). Falls back to `category`.
 * @slot headline - Headline text (phrasing content; the element supplies the heading). Falls back to `headline`.
 * @slot dek - One or two sentences under the headline. Falls back to `dek`.
 * @slot byline - The whole byline, e.g. `By <a href="…">Jimmy Quinn</a>`. Falls back to "By" and `authors`.
 * @slot dateline - Publication and update dates. Falls back to `published` and `modified`.
 *
 * @csspart header - The `<header>` wrapping everything.
 * @csspart kicker - The line holding section and category.
 * @csspart section - The section label.
 * @csspart category - The category label.
 * @csspart headline - The heading element.
 * @csspart dek - The dek.
 * @csspart meta - The line holding byline and dates.
 * @csspart byline - The byline.
 * @csspart dateline - The dates.
 * @csspart published - The publication `<time>`.
 * @csspart updated - The "Updated" note.
 * @csspart reading-time - The "4 min read" note.
 *
 * @cssproperty [--article-header-headline-size=clamp(1.875rem, 1.4rem + 2.2vw, 2.75rem)] - Headline size.
 * @cssproperty [--article-header-headline-weight=700] - Headline weight.
 * @cssproperty [--article-header-section-color=var(--article-color-accent)] - Section label colour.
 * @cssproperty --article-font-headline - Headline font family (defaults to the serif stack).
 */
export class ArticleHeader extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    section: {},
    sectionHref: { attribute: 'section-href' },
    category: {},
    categoryHref: { attribute: 'category-href' },
    headline: {},
    dek: {},
    authors: { type: Array },
    published: {},
    modified: {},
    readingTime: { type: Number, attribute: 'reading-time' },
  };

  /** Level of the headline's heading element, 1–6. Use 2 on pages that already have an h1. */
  headingLevel = 1;

  /** Section name, e.g. "The Corner". */
  section?: string;

  /** Link for the section name. */
  sectionHref?: string;

  /** Category name, e.g. "World". */
  category?: string;

  /** Link for the category name. */
  categoryHref?: string;

  /** Headline text. */
  headline?: string;

  /** Dek (standfirst). */
  dek?: string;

  /** Authors for the default byline, as `{ name, url? }` objects (JSON in the attribute). */
  authors: Named[] = [];

  /** ISO 8601 date-time of publication. */
  published?: string;

  /** ISO 8601 date-time of the last update; shown when it differs from `published` ("Updated 2 hours ago" within a day). */
  modified?: string;

  /** Estimated reading time in minutes, shown as "4 min read". */
  readingTime?: number;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    for (const key of ['published', 'modified'] as const) {
      const value = this[key];
      if (changed.has(key) && value && !formatDate(value, 'en'))
        this.warn(`${key} "${value}" is not a valid date, left out`);
    }
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 1));
    // The headline's template is written as <h1>; other levels get a copy with the name edited.
    const h1Html = headingHtml(1, level);
    const hasSection = Boolean(this.section) || this.slotted('section');
    const hasCategory = Boolean(this.category) || this.slotted('category');
    // Unsafe URLs are dropped here, where the warning can name the element and attribute.
    // Own properties only: a polluted Object.prototype is not an author.
    const authors = (Array.isArray(this.authors) ? this.authors : []).map((a, i) => {
      const url = ownProp(a, 'url');
      return { name: ownProp(a, 'name') as string, url: url ? this.safe(`authors[${i}].url`, url) : undefined };
    });
    // The byline's <address> has no aria-label: it has no role that takes a name (naming a
    // generic element is prohibited in ARIA), and its text ("By …") says what it is.
    const hasByline = authors.length > 0 || this.slotted('byline');
    const published = timeTag(this.published, lang, 'published');
    const updated =
      this.modified && this.modified !== this.published
        ? timeTag(this.modified, lang, undefined, relativeTime)
        : nothing;
    const minutes = Math.round(Number(this.readingTime));
    const reading =
      minutes > 0
        ? html`<span part="reading-time">${plural(lang, 'minRead', '{name} min read', minutes)}</span>`
        : nothing;
    const hasDates = published !== nothing || updated !== nothing || reading !== nothing || this.slotted('dateline');
    return html`
      <header part="header">
        <p part="kicker" ?hidden=${!hasSection && !hasCategory}>
          <span part="section" ?hidden=${!hasSection}
            ><slot name="section">${maybeLink(this.section, this.safe('section-href', this.sectionHref))}</slot></span
          >
          <span part="category" ?hidden=${!hasCategory}
            ><slot name="category"
              >${maybeLink(this.category, this.safe('category-href', this.categoryHref))}</slot
            ></span
          >
        </p>
        ${h1Html`<h1 part="headline" ?hidden=${!this.headline && !this.slotted('headline')}><slot name="headline">${this.headline}</slot></h1>`}
        <div part="dek" ?hidden=${!this.dek && !this.slotted('dek')}><slot name="dek">${this.dek}</slot></div>
        <div part="meta" ?hidden=${!hasByline && !hasDates}>
          <address part="byline" ?hidden=${!hasByline}>
            <slot name="byline"
              >${this.slotted('byline') ? nothing : html`${msg(lang, 'by', 'By')} ${nameList(authors, lang)}`}</slot
            >
          </address>
          <p part="dateline" ?hidden=${!hasDates}>
            <slot name="dateline"
              >${published}${
                updated === nothing
                  ? nothing
                  : html`<span part="updated">${msg(lang, 'updated', 'Updated')} ${updated}</span>`
              }${reading}</slot
            >
          </p>
        </div>
      </header>
    `;
  }
}
