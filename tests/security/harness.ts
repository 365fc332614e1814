// The browser side of the untrusted-data suites: the canary, the navigation guard, rendering batches of
// articles or hand-authored elements, and the checks that turn what a page shows into failures.
import '../../src/define.js';
import { TweetEmbed } from '../../src/index.js';
import { installCanary } from './payloads.js';
import { htmlOracle, inspectDom, installNavigationGuard, pokeEverything } from './inspect.js';
import { markerAfter, markerBefore, norm, srcsetUrls, unsafeUrl } from './fields.js';

type Win = Window & { __unsafeNavigations: string[]; __clickedLinks: number };

const fired: string[] = installCanary();
installNavigationGuard();
// Clicking "Load post from X" must never reach X: the live-post loader is a stand-in.
TweetEmbed.loader = async (_id, target) => {
  target.textContent = 'Stand-in live post';
};
// Pressing an embed's button must never load a third party's frame: the consent manager says no.
document.addEventListener('embed-activate', (e) => e.preventDefault());

const uncaught: string[] = [];
window.addEventListener('error', (e) => {
  if (e instanceof ErrorEvent) uncaught.push(e.message);
});
window.addEventListener('unhandledrejection', (e) => uncaught.push(String((e as PromiseRejectionEvent).reason)));

/**
 * Warnings recorded while `recording` is on, and kept off the console (there are thousands); the
 * late ones (an image that fails once its batch is gone) are dropped: they belong to no check.
 */
let recording: string[] | undefined;
console.warn = (...args: unknown[]) => recording?.push(args.map(String).join(' '));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn` with console.warn recorded, returning what was warned. */
export async function warningsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const outer = recording;
  const mine: string[] = [];
  recording = mine;
  try {
    await fn();
  } finally {
    recording = outer;
    outer?.push(...mine);
  }
  return mine;
}

export interface Probe {
  violations: string[];
  /** What the canary, alert, confirm, prompt or print recorded. */
  fired: string[];
  /** Links with an unsafe scheme that a click reached. */
  unsafeNavigations: string[];
  uncaught: string[];
  text: string;
  alts: string[];
  elements: number;
  shadowRoots: number;
  touched: number;
  clickedLinks: number;
}

/**
 * After a batch is in the page: let asynchronous handlers (image errors, autofocus, animations) have
 * their chance, check the DOM, hover/press/click/focus everything, wait again and check once more.
 */
export async function probe(root: Element): Promise<Probe> {
  const win = window as unknown as Win;
  const firedBefore = fired.length;
  const navBefore = win.__unsafeNavigations.length;
  const clicksBefore = win.__clickedLinks;
  const uncaughtBefore = uncaught.length;
  await sleep(100);
  // Text as a reader first sees it: after the clicks a post may have been swapped for the live one.
  const first = inspectDom({ root });
  const touched = pokeEverything({ root });
  await sleep(60);
  const second = inspectDom({ root, text: false });
  return {
    violations: [...new Set([...first.violations, ...second.violations])],
    fired: fired.slice(firedBefore),
    unsafeNavigations: win.__unsafeNavigations.slice(navBefore),
    uncaught: uncaught.slice(uncaughtBefore),
    text: norm(first.text),
    alts: first.alts.map(norm),
    elements: second.counts.elements,
    shadowRoots: second.counts.shadowRoots,
    touched,
    clickedLinks: win.__clickedLinks - clicksBefore,
  };
}

/** A container in the page for one batch; `done` removes it. */
export function stage(): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'security-stage';
  document.body.append(div);
  return div;
}

/** Failure text for a list of problems, or '' when there are none. */
export function listed(title: string, problems: string[], max = 12): string {
  if (!problems.length) return '';
  const shown = problems.slice(0, max).map((p) => `  - ${p}`);
  return `${title} (${problems.length}):\n${shown.join('\n')}${problems.length > max ? `\n  … and ${problems.length - max} more` : ''}`;
}

/** The markers of an HTML field a reader must still see (see htmlOracle in inspect.js). */
export const expectedHtmlMarkers = (html: string, key: string): string[] =>
  htmlOracle([{ html, before: markerBefore(key), after: markerAfter(key) }])[0].markers;

/** Whether an HTML field holds a live link with an unsafe scheme (see htmlOracle in inspect.js). */
export const hasUnsafeLink = (html: string): boolean => htmlOracle([{ html, before: '', after: '' }])[0].unsafeLink;

/**
 * Every engine runs every (payload, field) pair, with one exception: WebKitGTK lays text out very
 * slowly for each new unknown language tag (about 0.2 s an element here, against 5 ms in Chromium
 * and Firefox), so there a payload in `lang` runs for the first payload of each kind only. Every
 * pair also goes through server rendering (tests/e2e/security.test.mjs).
 */
export const slowUnknownLang = !/Chrome\/|Firefox\//.test(navigator.userAgent);

export function corpusHere<T extends { kind: string }>(payloads: T[], intoLang = false): T[] {
  if (!intoLang || !slowUnknownLang) return payloads;
  const kinds = new Set<string>();
  return payloads.filter((p) => !kinds.has(p.kind) && Boolean(kinds.add(p.kind)));
}

/** The corpus in about equal parts of at most `size`, in order, named for the test titles. */
export function chunks<T extends { kind: string; id: number }>(
  payloads: T[],
  size: number,
): { title: string; payloads: T[] }[] {
  const parts = Math.ceil(payloads.length / size);
  return Array.from({ length: parts }, (_, i) => {
    const slice = payloads.slice(
      Math.round((i * payloads.length) / parts),
      Math.round(((i + 1) * payloads.length) / parts),
    );
    const kinds = [...new Set(slice.map((p) => p.kind))];
    return { title: `${slice.length} payloads (${kinds.join(', ')})`, payloads: slice };
  });
}

/** True where HTML fields go through the browser's own HTML Sanitizer API. */
export const nativeSanitizer = typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';

export { norm, srcsetUrls, unsafeUrl };
