// Small helpers shared by the element suites. Nothing here fakes the browser.
import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Like open-wc's `fixture` for a template whose root is a plain wrapper (a <div> setting lang or a
 * custom property): waits for the elements inside to render. `fixture` waits for an animation frame
 * on such roots, and a page in a background tab (the runner opens two at once) may never get one.
 */
export async function wrap(template: TemplateResult): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLElement>(template);
  await Promise.all(
    Array.from(
      wrapper.querySelectorAll('*'),
      (el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
    ),
  );
  return wrapper;
}

/** An empty container in the fixture area, to connect elements built by hand. */
export const container = (): HTMLElement => fixtureSync<HTMLElement>(document.createElement('div'));

/** The element in `el`'s shadow root carrying `part`, or null. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T & Element>(`[part~="${name}"]`) as T | null;
}

/** Like `part`, but fails the test with a clear message when the part is missing. */
export function mustPart<T extends Element = HTMLElement>(el: Element, name: string): T {
  const found = part<T>(el, name);
  if (!found) throw new Error(`<${el.localName}> has no part="${name}"`);
  return found;
}

/**
 * The text a reader gets from `node`: slots contribute what is assigned to them, or their fallback
 * content when nothing is (the flat tree), and whitespace is collapsed.
 */
export function shownText(node: Node): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(collect).join('');
  if (node instanceof Element && (node.localName === 'style' || node.localName === 'script')) return '';
  const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return Array.from(children).map(collect).join('');
}

/** True when `el` is not rendered: it or a flat-tree ancestor is display: none. */
export function isHidden(el: Element): boolean {
  return !el.checkVisibility();
}

/** Collapses whitespace, for comparing text. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Records console.warn calls while `fn` runs (they still reach the real console) and restores it,
 * even when `fn` throws.
 */
export async function captureWarnings(fn: () => unknown | Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** A URL on the test server that answers 404. */
export const missing = (name: string): string => new URL(`/tests/__missing__/${name}`, location.href).href;

/** An image that exists on the test server (1200 × 800 SVG). */
export const leadImage = (): string => new URL('/examples/the-corner-lead.svg', location.href).href;

/** Resolves when `img` has failed to load (at once if it already has). */
export async function imageFailed(img: HTMLImageElement, timeout = 5000): Promise<void> {
  if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`image ${img.src} neither failed nor loaded in ${timeout} ms`)),
      timeout,
    );
    img.addEventListener('error', () => (clearTimeout(timer), resolve()), { once: true });
    img.addEventListener(
      'load',
      () => (clearTimeout(timer), reject(new Error(`image ${img.src} loaded; expected it to fail`))),
      {
        once: true,
      },
    );
  });
}

/** Resolves when `img` has loaded (at once if it already has). */
export async function imageLoaded(img: HTMLImageElement, timeout = 5000): Promise<void> {
  if (img.complete && img.naturalWidth > 0) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`image ${img.src} did not load in ${timeout} ms`)), timeout);
    img.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
    img.addEventListener('error', () => (clearTimeout(timer), reject(new Error(`image ${img.src} failed to load`))), {
      once: true,
    });
  });
}

/** A colour no stylesheet would pick by accident, as getComputedStyle reports it. */
export const MARKER = 'rgb(1, 2, 3)';
