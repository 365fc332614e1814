import { html, nothing, render, type PropertyValues, type RootPart, type TemplateResult } from 'lit';
import { articlePieces } from '../../article/render.js';
import { specOf } from '../../article/define-block.js';
import { loadBlocks } from '../../article/blocks/lazy.js';
import { normalizeSteps, type Normalized } from '../../article/normalize.js';
import type { Article } from '../../article/types.js';
import { ArticleElementBase } from '../../internal/base.js';
import { msg, pending } from '../../internal/i18n.js';
import { adoptLightStyles } from '../../internal/light-styles.js';
import { loadSanitizer, sanitize } from '../../internal/sanitize.js';
import { DEFAULT_TAGS, type TagNames } from '../../internal/tags.js';
import { trustedJson } from '../../internal/trusted-types.js';
import { styles } from './news-article.styles.js';

/**
 * A whole article from one Article JSON: header, lead photo, every body block and the author bios,
 * composed from the other article elements. The data comes from the `article` property, from a
 * `src` URL, or from an inline `<script type="application/json">` child, in that order of precedence.
 *
 * Everything is rendered into the element's light DOM, so every word is in the document for
 * readers, crawlers and reader modes, and the publisher's CSS can style the body copy. Bad fields
 * are left out with one console warning each, naming the JSON path; only when nothing at all can be
 * shown does the element show a message and fire `error`.
 *
 * @tagname news-article
 * @summary A complete news article composed from Article JSON.
 *
 * @slot - Filled by the element with the rendered article.
 *
 * @csspart article - The `<article>` around the content.
 * @csspart error - The message shown when the article cannot be shown.
 *
 * @cssproperty [--article-gutter=clamp(1rem, 4vw, 2rem)] - Inline padding around the article.
 * @cssproperty [--article-measure=38rem] - Width of the text column (about 66 characters).
 * @cssproperty [--article-wide-measure=52rem] - Width of the lead image.
 * @cssproperty [--article-color-scheme=light dark] - `light` or `dark` forces a scheme; by default the reader's preference.
 * @cssproperty --article-font-serif - Serif stack for headline and body copy.
 * @cssproperty --article-font-sans - Sans-serif stack for labels, captions and the post card.
 * @cssproperty --article-color-text - Body text colour.
 * @cssproperty --article-color-muted - Secondary text colour (dek, captions, dates).
 * @cssproperty --article-color-accent - Accent colour (section label, pull-quote rule).
 * @cssproperty --article-color-link - Link colour.
 * @cssproperty --article-color-rule - Hairlines and borders.
 * @cssproperty --article-color-surface - Background.
 * @cssproperty --article-color-raised - Background of placeholders and avatars.
 * @cssproperty --article-font-size-body - Body copy size.
 * @cssproperty --article-line-height-body - Body copy line height.
 * @cssproperty --article-space - Space between blocks.
 *
 * @event load - The article has been rendered.
 * @event error - Nothing could be rendered: the JSON could not be fetched or parsed, or held no article. `event.message` says why.
 */
export class NewsArticle extends ArticleElementBase {
  static override styles = styles;

  // Reactive properties, declared here rather than with decorators: smaller output, same behaviour.
  static override properties = {
    article: { attribute: false },
    src: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    loading: { type: Boolean, reflect: true },
    failure: { state: true, attribute: false },
    loaded: { state: true, attribute: false },
  };

  /** Tag names this class composes with; a prefixed registration swaps them. */
  static tags: TagNames = DEFAULT_TAGS;

  /** The article to show. Takes precedence over `src` and inline JSON. */
  article?: Article;

  /** URL of an Article JSON file, fetched when set. */
  src?: string;

  /** Heading level of the headline (1–5); use 2 on pages that already have an h1. */
  headingLevel = 1;

  /** Set while the article is being fetched or rendered; styles reserve room for it. */
  loading = false;

  /** Why nothing could be shown, when that is the case. */
  private failure?: string;

  /** The article as last fetched or parsed from `src` or inline JSON. */
  private loaded?: unknown;

  #request = 0;

  /** True when the host's `lang` attribute was set from the data, not by the page. */
  #langFromData = false;

  /**
   * Where Lit draws in the light DOM (server-rendered content is not Lit's): one render root for
   * each piece of the article, each ending at a line break of its own (text, for the words'
   * sake, as the one template had between pieces): the header, the lead photo, the bios, then
   * each body block. In the document the bios come last, drawn once every block is in.
   */
  #parts: RootPart[] = [];

  /** Counts show() calls, so an older one still rendering slices stops. */
  #shown = 0;

  /** Work that `updateComplete` waits for: fetching `src`, then rendering the article. */
  #pending: Promise<unknown> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    // Data is on its way (server-rendered content, by contrast, is already in place).
    this.loading =
      !this.querySelector(':scope > [data-article-role]') &&
      Boolean(this.article || this.src || this.querySelector(':scope > script[type="application/json"]'));
    adoptLightStyles(this.localName, (this.constructor as typeof NewsArticle).tags);
    if (this.article === undefined && !this.src && this.loaded === undefined) this.#readInlineJson();
    this.#giveRoles();
  }

  /**
   * Elements written by hand inside the article (a CMS's markup, no JSON) get the roles that
   * rendering from JSON gives them, so the column lays them out alike: the same spacing, the lead
   * photo as wide. Again whenever children change (the default slot's slotchange).
   */
  #giveRoles = (): void => {
    const { header, figure, quote, post, bio, video } = (this.constructor as typeof NewsArticle).tags;
    const roles: Record<string, string> = { [header]: 'header', [quote]: 'quote', [post]: 'post', [bio]: 'bio' };
    roles[video] = 'video';
    for (const child of this.children) {
      if (child.hasAttribute('data-article-role')) continue;
      const role =
        child.localName === figure ? (child.hasAttribute('lead') ? 'lead' : 'figure') : roles[child.localName];
      if (role) child.setAttribute('data-article-role', role);
    }
  };

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src && this.article === undefined) {
      this.loading = true;
      this.#pending = this.#fetchSrc(this.src);
    }
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('article') || changed.has('loaded') || changed.has('headingLevel')) {
      const data = this.article ?? this.loaded;
      // Whatever goes wrong while rendering ends in the element's error state, never an unhandled rejection.
      if (data !== undefined)
        this.#pending = this.#show(data).catch((error) =>
          this.#fail(`rendering failed: ${(error as Error)?.message ?? error}`),
        );
    }
  }

  /** Resolves once the article (or the error message) is in the DOM, including any fetch. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A fetch that lands schedules another update; wait until nothing is left to do.
    for (let pending = this.#pending; ; pending = this.#pending) {
      await pending;
      result = (await super.getUpdateComplete()) && result;
      if (pending === this.#pending) return result;
    }
  }

  #readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      void this.#prepare((this.loaded = JSON.parse(script.textContent ?? '')));
    } catch (error) {
      this.#fail(`the inline JSON could not be parsed: ${(error as Error).message}`);
    }
  }

  async #fetchSrc(src: string): Promise<void> {
    const request = ++this.#request;
    let data: unknown;
    try {
      const response = await fetch(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new Error(`it is not valid JSON (${(error as Error).message})`);
      }
    } catch (error) {
      if (request === this.#request) this.#fail(`"${src}" could not be loaded: ${(error as Error).message}`);
      return;
    }
    if (request === this.#request && this.article === undefined) void this.#prepare((this.loaded = data));
  }

  /** The last input normalized, and the result: data is normalized once, when it arrives. */
  #normalized?: [unknown, Promise<Normalized>];

  #prepare(data: unknown): Promise<Normalized> {
    if (this.#normalized?.[0] !== data) this.#normalized = [data, this.#normalize(data)];
    return this.#normalized![1];
  }

  /**
   * Reads the data a block at a time, giving the main thread back after each slice's worth (a
   * long article would otherwise hold it for one long task). The lead photo is asked for as soon
   * as it is read, and the code of lazily loaded block types before their blocks are read.
   */
  async #normalize(data: unknown): Promise<Normalized> {
    const steps = normalizeSteps(data);
    let step = steps.next();
    const image = step.done ? undefined : step.value;
    if (image) {
      // Asked for now, not when its <img> is rendered after the sanitizer and the block code
      // have loaded: the photo is usually the largest paint. Same src, srcset and sizes, so the
      // browser reuses the response.
      const img = new Image();
      img.fetchPriority = 'high';
      if (image.srcset) img.srcset = image.srcset;
      if (image.sizes) img.sizes = image.sizes;
      img.src = image.src;
    }
    await loadBlocks(data, specOf);
    for (let start = performance.now(); !step.done; step = steps.next())
      if (performance.now() - start > SLICE_MS) {
        await yieldTask();
        start = performance.now();
      }
    return step.value;
  }

  async #show(data: unknown): Promise<void> {
    const { article, problems } = await this.#prepare(data);
    // One warning a problem, in slices too: thousands of them held the main thread for 200 ms.
    for (let i = 0, start = performance.now(); i < problems.length; i++) {
      this.warn(`${problems[i].path}: ${problems[i].message}`);
      if (performance.now() - start > SLICE_MS) {
        await yieldTask();
        start = performance.now();
      }
    }
    if (!article) {
      this.#fail(problems.map((p) => `${p.path}: ${p.message}`).join('; '), false);
      return;
    }
    await Promise.all([loadSanitizer(), pending.messages?.(article.lang || this.locale)]);
    this.failure = undefined;
    // The article's language must reach its light-DOM blocks (screen-reader pronunciation, :lang(),
    // dates and built-in words), so it goes on the host, unless the page set a lang there itself.
    if (!this.hasAttribute('lang') || this.#langFromData) {
      this.#langFromData = Boolean(article.lang);
      if (article.lang) this.setAttribute('lang', article.lang);
      else this.removeAttribute('lang');
    }
    const request = ++this.#shown;
    const warn = (path: string, message: string) => this.warn(`${path}: ${message}`);
    const pieces = articlePieces(article, {
      lang: this.locale,
      headingLevel: this.headingLevel,
      tags: (this.constructor as typeof NewsArticle).tags,
      warn,
      sanitize: (markup, mode, path) => sanitize(markup, mode, (message) => warn(path, message)),
    });
    // Places something else removed (a framework clearing the element, say) are drawn afresh.
    if (this.#parts[0]?.endNode?.parentNode !== this) this.#parts = [];
    if (!this.#parts.length && this.querySelector(':scope > [data-article-role]')) {
      // Server-rendered: Lit did not draw that content and cannot update it, so it gives way
      // (the data in an inline JSON script stays).
      for (const node of Array.from(this.childNodes))
        if (!(node as Element).matches?.('script[type="application/json"]')) node.remove();
    }
    // Each piece renders into its own place: a slice adds only its blocks, and an article already on
    // screen is updated in place, piece by piece. What throws while rendering is left out with a
    // warning naming its JSON path; the rest of the article stays.
    const put = (k: number, path: string, value: unknown) => {
      const part = this.#parts[k];
      // A new place is drawn in a fragment and then put in whole, at the end (before the bios when
      // they are in): in Firefox a child inserted before another costs a walk through the host's
      // children, to place it in the slot, and an article would cost the square of its length.
      const place = part ? this : document.createDocumentFragment();
      const before = (part?.endNode ?? place.appendChild(document.createTextNode('\n'))) as ChildNode;
      try {
        this.#parts[k] = render(value, place, { host: this, renderBefore: before });
      } catch (error) {
        warn(path, `could not be rendered (${(error as Error)?.message ?? error}); left out`);
        this.#parts[k] = render(nothing, place, { host: this, renderBefore: before });
      }
      if (!part) this.insertBefore(place, k > BIOS ? (this.#parts[BIOS]?.startNode ?? null) : null);
    };
    put(0, '$', pieces.header());
    put(1, 'image', pieces.lead());
    // In slices: the header, the lead photo and the first block, then as many blocks as fit in a
    // slice's time, giving the browser the main thread between slices to handle input and to lay out
    // and paint what came in. Each slice costs about the same whatever the article's length, so
    // the whole costs in proportion to it, and no task runs long. A slice's time counts its blocks'
    // elements rendering themselves after it and the browser styling, laying out and painting them,
    // per block, as measured on the slice before.
    // `loading` keeps the reserved height until the last slice, so nothing below shifts.
    const total = article.body.length;
    let later = 0;
    for (let i = 0, first = true; ; first = false) {
      const start = performance.now();
      let n = 0;
      for (; i < total && (n === 0 || (!first && performance.now() - start + n * later < SLICE_MS)); i++, n++)
        put(BIOS + 1 + i, `body[${article.bodyIndex?.[i] ?? i}]`, pieces.block(i));
      if (i === total) break;
      const spent = performance.now() - start;
      // The new elements' first renders are microtasks queued by now: a few hops see them done.
      for (let hop = 0; hop < 3; hop++) await null;
      const rendered = performance.now() - start - spent;
      later = (rendered + (await yieldToBrowser())) / n;
      if (request !== this.#shown) return; // newer data took over
    }
    // Blocks beyond this article's last, from an earlier one, go with their places.
    const stale = this.#parts.splice(BIOS + 1 + total);
    if (stale.length) remove(this, stale[0], stale[stale.length - 1]);
    put(BIOS, 'authors', pieces.bios());
    // Crawlers read structured data from the light DOM. It is not needed to show the article, so
    // its code loads after the bundle (a same-origin request) and then adds the script; a data
    // block never runs, but under Trusted Types its text still has to come from a policy.
    const structured = import('../../article/jsonld.js').then(
      ({ articleJsonLd, scriptSafeJson }) => {
        if (request !== this.#shown) return;
        // Put in whole, so a crawler never finds an empty block.
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = trustedJson(scriptSafeJson(articleJsonLd(article, document.baseURI, specOf))) as string;
        this.querySelector(':scope > script[type="application/ld+json"]')?.remove();
        this.append(script);
      },
      (error: unknown) => this.warn(`structured data could not be added: ${error}`),
    );
    this.loading = false;
    this.dispatchEvent(new Event('load'));
    await structured;
  }

  #fail(reason: string, warn = true): void {
    this.#shown++;
    this.failure = reason;
    this.loading = false;
    // A server-rendered article stays on screen beside the message; what Lit drew goes.
    if (this.#parts.length) {
      for (const part of this.#parts) if (part) remove(this, part, part);
      this.#parts = [];
      this.querySelector(':scope > script[type="application/ld+json"]')?.remove();
    }
    // The whole document is at fault: its JSON path is the root, as in every other data warning.
    if (warn) this.warn(`$: ${reason}`);
    this.dispatchEvent(new ErrorEvent('error', { message: reason }));
  }

  override render(): TemplateResult {
    return html`
      <article part="article"><slot @slotchange=${this.#giveRoles}></slot></article>
      ${
        this.failure
          ? // One calm sentence in the reader's language; what went wrong is for developers (the
            // console and the error event), not readers. A polite status: nothing else to announce.
            html`<p part="error" role="status">
              ${msg(this.locale, 'articleFailed', 'This article could not be shown.')}
            </p>`
          : nothing
      }
    `;
  }
}

/** Index of the bios' render root (see #parts); the body blocks' follow. */
const BIOS = 2;

/** Milliseconds of work a slice aims at: well within a frame's worth of waiting for input. */
const SLICE_MS = 30;

/**
 * Removes render roots `from` to `to` (in document order) with everything between, from `host`,
 * node by node (Firefox 140's Range.deleteContents left a shadow host's light-DOM children in
 * place). Nodes that something else already moved or removed (a framework clearing the element,
 * say) are left where they are.
 */
function remove(host: Node, from: RootPart, to: RootPart): void {
  const end = to?.endNode;
  let node = from?.startNode;
  if (node?.parentNode !== host || end?.parentNode !== host) {
    for (const n of [node, end]) if (n?.parentNode === host) host.removeChild(n);
    return;
  }
  while (node) {
    const next: ChildNode | null = node.nextSibling;
    host.removeChild(node);
    if (node === end) break;
    node = next;
  }
}

/** Resolves in a task of its own: input and other work can run first (no frame is waited for). */
function yieldTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/**
 * Resolves after the browser has had a chance to handle input and to style, lay out and paint what
 * the last slice added: a task queued from an animation frame runs after that frame's rendering.
 * Yielding a task alone (scheduler.yield) lets input in but not rendering, so the style and layout
 * of every slice would pile up in one long task at the end. Frames can stall (a hidden page gets
 * none, an off-screen cross-origin frame gets few), so a timer also moves on after 50 ms, and a
 * hidden page queues a task at once (not a timer alone: a background tab gets one a second).
 * Resolves with the milliseconds from the frame's start to that task: the browser's rendering of
 * the slice (0 when no frame came).
 */
function yieldToBrowser(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    let frame = 0;
    channel.port1.onmessage = () => resolve(frame && performance.now() - frame);
    let timer = 0;
    const next = (time?: number) => {
      if (timer < 0) return;
      clearTimeout(timer);
      timer = -1;
      if (time) frame = performance.now();
      channel.port2.postMessage(undefined);
    };
    if (document.visibilityState !== 'visible') return next();
    timer = setTimeout(next, 50) as unknown as number;
    requestAnimationFrame(next);
  });
}
