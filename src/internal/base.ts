import { adoptStyles, LitElement, ReactiveElement, type PropertyValues } from 'lit';
import { langOf, messagesReady } from './i18n.js';
import { hasSlotted } from './slots.js';
import { safeUrl } from './url.js';

/** Keep server-rendered DOM until the first change (see `server`); off until the bug above is found. */
const KEEP_SERVER_DOM = false;

/** What every article element shares: slot tracking, language and warnings that name the element. */
export class ArticleElementBase extends LitElement {
  /** Marks our classes so the define guard can tell them from a stranger's. */
  static articleElement = true;

  /**
   * True while the shadow root still holds what the server rendered (declarative shadow DOM).
   *
   * Server and browser render the same data through the same templates, so the first update keeps
   * that DOM rather than building it again: no work done twice on upgrade, and the server-rendered
   * <img> stays the one the browser already painted (re-creating it made the lead photo a new
   * Largest Contentful Paint, as late as the script). We do not ship Lit's hydration support
   * (about 3 KB gzip, and it fails on any client/server difference): the first change of a
   * property or state after upgrade clears the server DOM and renders it with Lit from then on, and
   * an interaction with the server DOM before that (a click on a button, an image failing) does the
   * same first, then replays the click on the element Lit rendered in its place.
   */
  private server = false;

  /** The nodes the server rendered, removed when Lit takes over. */
  private serverNodes: ChildNode[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.serverNodes = Array.from(this.shadowRoot?.childNodes ?? []);
    // Off for now: with it on, the SSR untrusted-data test (tests/e2e/security.test.mjs, JavaScript
    // on, events dispatched on everything) saw the page's execution context destroyed by a
    // navigation, not yet explained. Until then the first update replaces the server's DOM.
    this.server = KEEP_SERVER_DOM && this.serverNodes.length > 0;
    // Server DOM carries its own <style>: our constructed sheets are adopted at takeover, not now
    // (parsing them and restyling every shadow tree would change nothing on screen).
    const root = this.server ? this.shadowRoot! : super.createRenderRoot();
    // Wrappers around optional slots hide when empty: re-render when a slot the last render asked
    // about has gained or lost content (not on every slotchange: the first assignment fires one
    // for each slot, and the render already saw that content).
    root.addEventListener('slotchange', () => {
      // Server DOM: nothing rendered here has asked about slots yet; a change takes over.
      if (this.server && this.hasUpdated) return this.takeOver();
      for (const [name, had] of this.seenSlots) {
        if (hasSlotted(this, name) !== had) return this.requestUpdate();
      }
    });
    if (this.server) {
      const onServerEvent = (event: Event) => {
        const target = event.composedPath()[0] as Element;
        if (!this.server || target.getRootNode() !== root) return;
        // The same element in Lit's DOM: the nth of its tag (markers and styles differ, elements do not).
        const nth = Array.prototype.indexOf.call(root.querySelectorAll(target.localName), target);
        this.takeOver();
        if (event.type === 'click') {
          event.preventDefault();
          event.stopImmediatePropagation();
          (root.querySelectorAll(target.localName)[nth] as HTMLElement | undefined)?.click?.();
        }
      };
      root.addEventListener('click', onServerEvent, true);
      root.addEventListener('error', onServerEvent, true);
    }
    return root;
  }

  /** An update waits for the strings of the element's language when they load on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // (Not for the first update of server DOM, which renders nothing.)
    const ready = this.server && !this.hasUpdated ? undefined : messagesReady(this.locale);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Lit renders now, in place of the server's DOM. */
  private takeOver(): void {
    this.server = false;
    this.requestUpdate();
    this.performUpdate();
    // Rendered at once (a click is replayed on the result), so with English if this language's
    // strings are still on their way; render again when they are here.
    messagesReady(this.locale)?.then(() => this.requestUpdate());
  }

  protected override update(changed: PropertyValues): void {
    if (this.server && !this.hasUpdated) {
      // Keep the server's DOM (see `server`), and skip render() too: the server has checked and
      // reported the same data, and rendering here would cost the first Intl date format of the
      // page (ICU's start-up: tens of milliseconds on a phone) for a result nobody sees.
      // ReactiveElement's update reflects attributes.
      (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(this, changed);
      return;
    }
    if (this.serverNodes.length) {
      for (const node of this.serverNodes) node.remove();
      this.serverNodes = [];
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
      // LitElement renders before the root's first child as it found it: a server node, now gone.
      this.renderOptions.renderBefore = this.renderRoot.firstChild;
    }
    this.server = false;
    super.update(changed);
  }

  /** What each `slotted(name)` call of the last render answered. */
  private seenSlots = new Map<string, boolean>();

  /** The language in force here: the element's or its nearest ancestor's `lang`, else the page's. */
  protected get locale(): string {
    return langOf(this);
  }

  protected slotted(name = ''): boolean {
    const has = hasSlotted(this, name);
    this.seenSlots.set(name, has);
    return has;
  }

  /** Last input and result of each checked URL attribute, so a re-render does not warn again. */
  private checked = new Map<string, [unknown, string | undefined]>();

  /**
   * `value` through the URL policy (or `check`), warning once per bad value and naming `name`.
   * Call it from render(): the result is cached until the value changes.
   */
  protected safe(name: string, value: unknown, check: typeof safeUrl = safeUrl): string | undefined {
    const hit = this.checked.get(name);
    if (hit && hit[0] === value) return hit[1];
    const result = check(value, (reason) => this.warn(`${name}: ${reason}`));
    this.checked.set(name, [value, result]);
    return result;
  }

  protected warn(message: string): void {
    console.warn(`${this.localName}: ${message}`);
  }
}
