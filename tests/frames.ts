// Whole publisher pages (tests/e2e/pages/) in an iframe of a given width: the frame is the reader's
// viewport, so media queries, vw units and overflow behave as on a phone or a desktop, in every
// engine the suite runs in. The pages record errors, CSP violations and console warnings from their
// first script (tests/e2e/pages/harness.js) in `window.pageReport`.

export interface PageReport {
  errors: string[];
  violations: { directive: string; blocked: string; sample: string; source: string; disposition: string }[];
  warnings: string[];
}

export interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { pageReport: PageReport };
  doc: Document;
  report: PageReport;
  close(): void;
}

/** Opens `path` in an iframe `width` px wide and resolves once the page has loaded. */
export async function openPage(path: string, width: number, height = 800): Promise<Page> {
  const frame = document.createElement('iframe');
  // In view at the top left: engines may put off work in frames nobody can see.
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${height}px; border: 0; background: #fff; z-index: 1`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  if (!win.pageReport) throw new Error(`${path} did not run tests/e2e/pages/harness.js`);
  return { frame, win, doc: frame.contentDocument!, report: win.pageReport, close: () => frame.remove() };
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Every element under `root` in the flat tree: light DOM children and shadow roots alike. */
export function allElements(root: Element | Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | Document | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** The parent in the flat tree: the slot a node is assigned to, else its parent or shadow host. */
export function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  // Nodes here belong to the frame's realm: compare node types, not classes.
  return node.parentNode?.nodeType === Node.DOCUMENT_FRAGMENT_NODE
    ? ((node.parentNode as ShadowRoot).host ?? null)
    : null;
}

export const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/**
 * The part of an element or text node a reader can see: its box cut by every flat-tree ancestor that
 * clips overflow (a name cut short with an ellipsis is shown only up to the ellipsis).
 */
export function shownBox(node: Element | Text): { left: number; right: number; width: number } {
  const win = node.ownerDocument.defaultView!;
  let box: DOMRect;
  if (isElement(node)) box = node.getBoundingClientRect();
  else {
    const range = node.ownerDocument.createRange();
    range.selectNodeContents(node);
    box = range.getBoundingClientRect();
  }
  let { left, right } = box;
  for (let a = flatParent(node); a; a = flatParent(a)) {
    if (win.getComputedStyle(a).overflowX !== 'visible') {
      const clip = a.getBoundingClientRect();
      left = Math.max(left, clip.left);
      right = Math.min(right, clip.right);
    }
  }
  return { left, right, width: Math.max(0, right - left) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves with the article element once it has rendered its content and every element in it has
 * finished updating. Fails with the page's report when that does not happen within `timeout`.
 */
export async function articleRendered(page: Page, selector = 'news-article', timeout = 8000): Promise<HTMLElement> {
  const started = Date.now();
  for (;;) {
    const el = page.doc.querySelector<HTMLElement>(selector);
    if (el && el.querySelector(':scope > [data-article-role="header"]') && !el.hasAttribute('loading')) {
      await (el as Updatable).updateComplete;
      await Promise.all(allElements(el).map((e) => (e as Updatable).updateComplete));
      return el;
    }
    if (Date.now() - started > timeout) {
      throw new Error(`<${selector}> did not render within ${timeout} ms; page report: ${JSON.stringify(page.report)}`);
    }
    await sleep(25);
  }
}

/** Resolves when `img` has loaded or failed. */
export function imageSettled(img: HTMLImageElement): Promise<void> {
  if (img.complete) return Promise.resolve();
  return new Promise((resolve) => {
    img.addEventListener('load', () => resolve(), { once: true });
    img.addEventListener('error', () => resolve(), { once: true });
  });
}

/** How far the page scrolls sideways: 0 when nothing overflows the viewport. */
export const horizontalOverflow = (doc: Document): number =>
  doc.documentElement.scrollWidth - doc.documentElement.clientWidth;

/** The element's part `name` in its shadow root; fails the test when it is missing. */
export function partOf(el: Element, name: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`<${el.localName}> has no part="${name}"`);
  return found;
}

/** Words as a reader gets them: tags dropped, case and whitespace folded. */
export const words = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
