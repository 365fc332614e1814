import { LitElement } from 'lit';
import { langOf, messagesReady } from './i18n.js';
import { hasSlotted } from './slots.js';
import { safeUrl } from './url.js';

/** What every article element shares: slot tracking, language and warnings that name the element. */
export class ArticleElementBase extends LitElement {
  /** Marks our classes so the define guard can tell them from a stranger's. */
  static articleElement = true;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered element arrives with a declarative shadow root. Rather than ship Lit's
    // hydration support (about 3 KB gzip, and it fails on any client/server difference), the first
    // render replaces its content. That happens in the microtask after upgrade, before the next
    // frame, so readers see no flash and no shift; the light-DOM text is never touched.
    // (Keeping the server's DOM until the first change was tried: see the performance issue.)
    this.shadowRoot?.replaceChildren();
    const root = super.createRenderRoot();
    // Wrappers around optional slots hide when empty: re-render when a slot the last render asked
    // about has gained or lost content (not on every slotchange: the first assignment fires one
    // for each slot, and the render already saw that content).
    root.addEventListener('slotchange', () => {
      for (const [name, had] of this.seenSlots) {
        if (hasSlotted(this, name) !== had) return this.requestUpdate();
      }
    });
    return root;
  }

  /** An update waits for the strings of the element's language when they load on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = messagesReady(this.locale);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
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
