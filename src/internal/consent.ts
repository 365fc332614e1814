/**
 * The one consent model for third-party embeds (videos now; posts, galleries and frames later).
 *
 * An element that would load something from a third party (a player, a post's script, a frame)
 * shows a facade drawn from the article's own data, and requests nothing from that party until
 * either the reader presses it or the page has called `allowEmbeds([provider])`. Before it loads,
 * it fires `embed-activate` (bubbling, composed, cancelable) with `detail.provider` and
 * `detail.url`; `preventDefault()` stops the load. A consent manager uses one or both:
 *
 * @example
 * import { allowEmbeds } from 'article-elements';
 * // The reader already answered: these load without a press, elements already on the page too.
 * cmp.onConsent((granted) => allowEmbeds(granted)); // e.g. ['youtube', 'vimeo']
 * // Not yet: a press asks first.
 * document.addEventListener('embed-activate', (event) => {
 *   if (cmp.hasConsent(event.detail.provider)) return;
 *   event.preventDefault();
 *   cmp.ask(event.detail.provider).then((yes) => yes && allowEmbeds([event.detail.provider]));
 * });
 */

/** What `embed-activate` carries. */
export interface EmbedActivateDetail {
  /** Who would be contacted: 'youtube', 'vimeo', 'x', 'bluesky', … or an embed's provider name or host. */
  provider: string;
  /** What would be loaded: the player's or post's address. */
  url: string;
}

interface Consent {
  allowed: Set<string>;
  listeners: Set<(provider: string) => void>;
}

// Kept on the global object under a registered symbol, so that the npm build and the script-tag
// bundle on one page share one answer: a reader who allowed YouTube allowed it for both.
const KEY = Symbol.for('article-elements.consent');
const consent = (): Consent =>
  ((globalThis as unknown as Record<symbol, Consent>)[KEY] ??= { allowed: new Set(), listeners: new Set() });

/**
 * Lets the named providers load without a press, now and for the rest of the page's life: elements
 * already on the page load at once (each still fires `embed-activate` first, which can cancel it),
 * later ones as they connect. Names are case-insensitive ('youtube', 'vimeo', 'x', …). Call it
 * when your consent manager has the reader's answer; there is no undo short of a reload, as a
 * loaded player cannot be unloaded from the reader's memory anyway.
 */
export function allowEmbeds(providers: readonly string[]): void {
  if (!Array.isArray(providers))
    throw new TypeError(`allowEmbeds: expected a list of provider names such as ['youtube'], got ${typeof providers}`);
  const { allowed, listeners } = consent();
  for (const name of providers) {
    const provider = String(name).toLowerCase();
    if (allowed.has(provider)) continue;
    allowed.add(provider);
    for (const listener of [...listeners]) listener(provider);
  }
}

/** Whether `allowEmbeds` has allowed `provider`. */
export const embedAllowed = (provider: string): boolean => consent().allowed.has(provider.toLowerCase());

/** Calls `listener` with each provider allowed from now on; returns the unsubscribe function. */
export function onEmbedsAllowed(listener: (provider: string) => void): () => void {
  const { listeners } = consent();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fires `embed-activate` on `el`; false when a listener cancelled it (then load nothing). */
export const requestEmbed = (el: Element, provider: string, url: string): boolean =>
  el.dispatchEvent(
    new CustomEvent<EmbedActivateDetail>('embed-activate', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { provider, url },
    }),
  );
