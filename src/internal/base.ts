import { adoptStyles, LitElement, ReactiveElement, type PropertyValues } from 'lit';
import { langOf } from './i18n.js';
import { hasSlotted } from './slots.js';
import { safeUrl } from './url.js';

/** What every article element shares: slot tracking, language and warnings that name the element. */
export class ArticleElementBase extends LitElement {
  /** Marks our classes so the define guard can tell them from a stranger's. */
  static articleElement = true;

  /**
   * The nodes of a server-rendered (declarative) shadow root, kept until the element's first change.
   * Server and browser render the same data through the same templates, so the upgrade builds
   * nothing: no work done twice, and the lead <img> stays the node the browser has already fetched
   * and painted (a new one was a new Largest Contentful Paint, as late as the script). We don't ship
   * Lit's hydration support (about 3 KB gzip, and an error on any client/server difference): the
   * first update after upgrade that has something to change removes these nodes and renders with
   * Lit from then on. Event handlers are delegated to the host or root (see tweet-embed,
   * photo-figure), so server-rendered buttons and images work before that.
   */
  #server?: ChildNode[];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const kept = this.shadowRoot?.firstChild ? Array.from(this.shadowRoot.childNodes) : undefined;
    // The server's DOM carries its own <style>: our constructed sheets are adopted at takeover.
    const root = kept ? this.shadowRoot! : super.createRenderRoot();
    this.#server = kept;
    // Wrappers around optional slots hide when empty: re-render when a slot the last render asked
    // about has gained or lost content (not on every slotchange: the first assignment fires one
    // for each slot, and the render already saw that content). Server DOM asked nothing: any
    // change after upgrade takes over.
    root.addEventListener('slotchange', () => {
      if (this.#server) return void (this.hasUpdated && this.requestUpdate());
      for (const [name, had] of this.#seenSlots) {
        if (hasSlotted(this, name) !== had) return this.requestUpdate();
      }
    });
    return root;
  }

  protected override update(changed: PropertyValues): void {
    const server = this.#server;
    if (server && !this.hasUpdated) {
      // Upgrade of server DOM: reflect attributes (ReactiveElement's update) and render nothing:
      // the server has rendered and reported the same data.
      (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(this, changed);
      return;
    }
    if (server) {
      for (const node of server) node.remove();
      this.#server = undefined;
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    super.update(changed);
  }

  /** What each `slotted(name)` call of the last render answered. */
  #seenSlots = new Map<string, boolean>();

  /** The language in force here: the element's or its nearest ancestor's `lang`, else the page's. */
  protected get locale(): string {
    return langOf(this);
  }

  protected slotted(name = ''): boolean {
    const has = hasSlotted(this, name);
    this.#seenSlots.set(name, has);
    return has;
  }

  /** Warnings already given by `safe`: a re-render does not repeat them. */
  #said = new Set<string>();

  /** `value` through the URL policy (or `check`), warning once per bad value and naming `name`. */
  protected safe(name: string, value: unknown, check: typeof safeUrl = safeUrl): string | undefined {
    return check(value, (reason) => {
      const message = `${name}: ${reason}`;
      if (!this.#said.has(message)) {
        this.#said.add(message);
        this.warn(message);
      }
    });
  }

  protected warn(message: string): void {
    console.warn(`${this.localName}: ${message}`);
  }
}
