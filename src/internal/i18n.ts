/**
 * Built-in UI strings and Intl formatting. The table is a plain object rather than @lit/localize:
 * the library owns a dozen short strings, and a lookup by the element's `lang` needs no build step
 * or runtime locale switching. English is built in; the other languages are modules of their own
 * (src/locales/) that register themselves, so an element imported alone carries only English.
 * `define.js` (and so the script-tag bundle) loads them on demand instead: a language's strings, about
 * 0.4 KB gzip, are fetched the first time an element in that language renders, and the element waits
 * for them (see lazyMessages). Importing a locale module up front skips that request.
 */
export interface Messages {
  by: string;
  updated: string;
  photo: string;
  loadPost: string;
  loadingPost: string;
  postFailed: string;
  viewOnX: string;
  postOnX: string;
  skipPost: string;
  privacy: string;
  about: string;
  byline: string;
  imageUnavailable: string;
  opensSite: string;
  profiles: string;
  articleFailed: string;
  /** `{name}` is the number of minutes. */
  minRead: string;
}

type Table = Record<string, Messages>;

// `{name}` is replaced by `msg()`.
const MESSAGES: Table = {
  en: {
    by: 'By',
    updated: 'Updated',
    photo: 'Photo:',
    loadPost: 'Load post from X',
    loadingPost: 'Loading post from X…',
    postFailed: 'The live post could not be loaded. The copy above is what the author posted.',
    viewOnX: 'View on X',
    postOnX: 'Post by {name} on X',
    skipPost: 'Skip past post',
    privacy: 'Loading the live post connects to X.',
    about: 'About {name}',
    byline: 'Byline',
    imageUnavailable: 'Image unavailable',
    opensSite: '(opens x.com)',
    profiles: 'Profiles',
    articleFailed: 'This article could not be shown.',
    minRead: '{name} min read',
  },
};

/** Loaders of languages not registered yet, by primary language subtag; and what they are doing. */
const loaders: Record<string, () => Promise<{ default: Messages }>> = {};
const loading: Record<string, Promise<unknown>> = {};

/** Registers loaders for languages fetched on demand, e.g. `{ de: () => import('./locales/messages/de.js') }`. */
export function lazyMessages(table: Record<string, () => Promise<{ default: Messages }>>): void {
  Object.assign(loaders, table);
}

/**
 * Undefined when `lang`'s strings are here (or no loader has them: English is used); otherwise a
 * promise that settles once they are. A failed load is warned about and English used.
 */
export function messagesReady(lang: string): Promise<unknown> | undefined {
  const lower = lang.toLowerCase();
  const primary = lower.split('-')[0];
  if (MESSAGES[lower] || MESSAGES[primary] || !loaders[primary]) return undefined;
  return (loading[primary] ??= loaders[primary]().then(
    (module) => registerMessages(primary, module.default),
    (error: unknown) => {
      console.warn(`article-elements: the "${primary}" strings could not be loaded (${error}); using English`);
      delete loaders[primary];
    },
  ));
}

/** Adds or replaces a language's strings, e.g. `registerMessages('it', {...})`. */
export function registerMessages(lang: string, messages: Messages): void {
  MESSAGES[lang.toLowerCase()] = messages;
}

export function msg(lang: string, key: keyof Messages, name = ''): string {
  const lower = lang.toLowerCase();
  // Own properties only: a lang such as "constructor" must not find Object.prototype's members.
  const own = (key: string) => (Object.hasOwn(MESSAGES, key) ? MESSAGES[key] : undefined);
  const table = own(lower) ?? own(lower.split('-')[0]) ?? MESSAGES.en;
  return table[key].replace('{name}', name);
}

let serverLang = 'en';

/** Server rendering has no ancestors to ask: it sets the language of the article being rendered. */
export function setServerLang(lang: string): void {
  serverLang = lang;
}

/** The language in force for an element: its own or nearest ancestor's `lang`, else the page's. */
export function langOf(el: Element): string {
  if (typeof el.closest !== 'function') return el.getAttribute?.('lang') || serverLang;
  const own = el.closest('[lang]')?.getAttribute('lang');
  if (own) return own;
  if (typeof document !== 'undefined' && document.documentElement?.lang) return document.documentElement.lang;
  return 'en';
}

function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A date for `<time>`: the machine value and the reader's text, or undefined when invalid. */
export function formatDate(value: string | undefined, lang: string): { iso: string; text: string } | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const text = new Intl.DateTimeFormat(safeLocale(lang), {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
  }).format(date);
  return { iso: value.trim(), text };
}

/**
 * "3 hours ago" for a time within the last day (relative times read better for fresh updates),
 * else undefined.
 */
export function relativeTime(value: string | undefined, lang: string, now = Date.now()): string | undefined {
  const time = value ? new Date(value).getTime() : NaN;
  const seconds = (time - now) / 1000;
  if (Number.isNaN(seconds) || seconds > 60 || seconds < -86400) return undefined;
  const rtf = new Intl.RelativeTimeFormat(safeLocale(lang), { numeric: 'auto' });
  return seconds > -3600
    ? rtf.format(Math.round(seconds / 60), 'minute')
    : rtf.format(Math.round(seconds / 3600), 'hour');
}

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], lang: string): { type: string; value: string }[] {
  // One name needs no joining, and the first Intl.ListFormat of a page costs tens of milliseconds
  // while the engine loads its data: skip it when it cannot matter, and build one per language.
  if (items.length < 2) return items.map((value) => ({ type: 'element', value }));
  const locale = safeLocale(lang);
  const format = (listFormats[locale] ??= new Intl.ListFormat(locale, { type: 'conjunction' }));
  // formatToParts keeps the names as separate pieces ("element") so each can become a link.
  return format.formatToParts(items);
}

const listFormats: Record<string, Intl.ListFormat> = {};

/** Up to two initials for an avatar placeholder: "Jimmy Quinn" -> "JQ". */
export function initials(name: string): string {
  const words = name.replace(/^@/, '').trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w)[0]?.toUpperCase() ?? '').join('');
}
