/**
 * What a consent facade shares, whatever it stands in for (a player, a chart, a map): the box
 * reserved before anything loads, and the wiring to the consent model (internal/consent.ts).
 * `<embed-frame>` uses it; `<video-embed>` has the same pieces inline and could import these.
 */
import { css, svg, type ReactiveController, type ReactiveControllerHost, type SVGTemplateResult } from 'lit';
import { embedAllowed, onEmbedsAllowed } from './consent.js';

/**
 * The spacer that gives the frame its height: an `<svg>` whose viewBox is the shape (`width` by
 * `height`), or, with `px`, a fixed height. Attributes, not a style: server-rendered markup under a
 * strict CSP keeps its box too.
 */
export const spacer = (width: number, height: number, px?: number): SVGTemplateResult =>
  px
    ? svg`<svg class="spacer" aria-hidden="true" width="100%" height=${px}></svg>`
    : svg`<svg class="spacer" aria-hidden="true" viewBox="0 0 ${width} ${height}"></svg>`;

/** The frame: the spacer sets its size, and everything else lies on top of it, so nothing moves. */
export const frameStyles = /* @__PURE__ */ css`
  [part='frame'] {
    position: relative;
    overflow: hidden;
  }
  .spacer {
    display: block;
    inline-size: 100%;
  }
  [part='frame'] > :not(.spacer) {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
    margin: 0;
  }
`;

/**
 * Calls `load` when the page allows the host's provider (see `allowEmbeds`): at once after the
 * first update if it is already allowed (attributes set by a parser or a framework are in by
 * then), else when it is. Subscribed only while the host is connected. Each provider allowed also
 * updates the host: an image held back for it may show now, even when the load is cancelled.
 */
export class ConsentController implements ReactiveController {
  #host: ReactiveControllerHost & Element;
  #provider: () => string;
  #load: () => void;
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost & Element, provider: () => string, load: () => void) {
    this.#host = host;
    this.#provider = provider;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe ??= onEmbedsAllowed((provider) => {
      if (provider === this.#provider()) this.#load();
      this.#host.requestUpdate();
    });
    void this.#host.updateComplete.then(() => this.#host.isConnected && embedAllowed(this.#provider()) && this.#load());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
